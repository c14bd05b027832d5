// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "./IJobInbox.sol";
import {IDisputeGame} from "./IDisputeGame.sol";

/// @title IJobReceiver
/// @notice What a DApp implements to receive results: Rollup.deliver calls it with the job's callback gas limit. A
///         callback that reverts or runs out of gas does not block the delivery (JobDelivered reports it).
interface IJobReceiver {
    /// @param jobId The JobInbox id of an L1 job; for an L2 job (a signed request), uint256(keccak256 of the request's
    ///        bytes), its record's requestHash.
    /// @param output The job's output: the generated token ids as big-endian uint32 (inference).
    function onJobResult(uint256 jobId, bytes calldata output) external;
}

/// @title IRollup
/// @notice Bonded batch proposals of job records, their challenge window, disputes (one DisputeGame per disputed
///         record), finalization and delivery to DApps, and the sequencer's stake for forced-inclusion faults
///         (docs/protocol.md, "Job lifecycle").
///         A batch is proposed with its records and their outputs as calldata (its data availability: nothing a
///         challenger needs is anywhere but on L1); the contract computes the Merkle root (prover/merkle) over the
///         leaves keccak256(abi.encode(record)), checks every output against its record and marks each record's
///         job Included at the record's position. A record finalizes `challengeWindow` seconds after its batch was
///         proposed, plus `finalityDelay`, unless a dispute on it is pending. A record proven wrong is voided: its
///         job is refunded and the proposer's bond for it (bondPerRecord) pays the game's winner. The rest of the
///         batch is unaffected. Every record is either disputable to a one-step proof or voidable by
///         reportInvalid (docs/protocol.md, "Soundness").
/// @dev ETH conservation: address(this).balance == sum of unreleased batch bonds + sequencer stake + credits + open
///      data-challenge bonds.
interface IRollup {
    /// @notice One job's result, as the sequencer commits to it (Go: internal/record, byte for byte). An L1 job's record
    ///         names it by jobId with requestHash zero; an L2 job's (a request signed by its sender, IJobInbox.JobRequest)
    ///         has jobId zero and requestHash = keccak256 of the request's bytes, which travel with the batch's data.
    struct JobRecord {
        uint64 jobId; // JobInbox id; 0 for an L2 job
        IJobInbox.Kind kind; // what the job computed
        bytes32 modelRoot; // root of the model it ran (ModelRegistry); training: the base model's (pretraining: 0)
        bytes32 inputHash; // keccak256 of the job input: the prompt's token ids as be32 (as JobInbox stores it);
        // training: the training configuration's preimage, so inputHash is its config hash (train.ConfigHash)
        uint32 promptLen; // prompt tokens (the job's input bytes / 4); training: 0
        uint32 outputLen; // generated tokens (inference: 1..params.maxTokens, fewer only when stopped at EOS); training: 0
        IJobInbox.Params params; // the job's sampling parameters; training: maxTokens is the number of steps N
        bytes32 outputHash; // keccak256 of the output (IJobReceiver.onJobResult); training: of newModelRoot's 32 bytes
        bytes32 residualRoot; // the residual root of the final level-1 state h(P, 0); training: 0
        bytes32 kvRoot; // the KV root of the final level-1 state h(P, 0); training: 0
        uint128 fee; // wei of the job's max fee paid to the proposer at delivery
        bytes32 requestHash; // L2 job: keccak256 of its request's bytes, abi.encode(JobRequest, signature); L1 job: 0
        bytes32 datasetRoot; // training: the dataset root (DatasetRegistry); inference: 0
        bytes32 newModelRoot; // training: the claimed model root after the run; inference: 0
    }

    /// @notice A proposed batch.
    struct Batch {
        bytes32 recordsRoot; // Merkle root over keccak256(abi.encode(record))
        bytes32 daCommitment; // calldata batch: keccak256 of propose's calldata; blob batch: keccak256 of its blob hashes
        address proposer; // who proposed (the sequencer) and gets the bond back
        uint32 recordCount; // records in the batch
        uint64 proposedAt; // L1 timestamp of the proposal
        uint128 bond; // bondPerRecord × recordCount, held until released
        uint32 pendingDisputes; // disputes and open data challenges not yet settled
        uint32 voided; // records proven wrong
        bool bondReleased; // the unslashed bond went back to the proposer
        bool blobs; // the records and outputs are in blobs (proposeBlobs), not in calldata
        uint64 disputableUntil; // the window's end: proposedAt + challengeWindow, later after a late data resolution
    }

    /// @notice A data-availability challenge on one record of a batch (challengeData).
    struct DataChallenge {
        address challenger; // who challenged (zero: never challenged)
        uint64 deadline; // the proposer must resolve it by then
        bool resolved; // the record and output were posted by resolveData
        uint64 disputableUntil; // once resolved: the record stays disputable until then (resolution + dataWindow)
    }

    /// @notice Where a record is. None: undisputed (finalizes after the window); Disputed: a game is pending;
    ///         Voided: proven wrong, job refunded; Delivered: final and delivered. Voided and Delivered are terminal.
    enum RecordStatus {
        None,
        Disputed,
        Voided,
        Delivered
    }

    /// @notice The parameters, fixed at deployment (docs/game.md, "Parameters").
    struct RollupConfig {
        uint64 challengeWindow; // seconds after a proposal during which its records may be disputed
        uint64 finalityDelay; // seconds between a window's end or a game's resolution and acting on it (air-gap)
        uint128 bondPerRecord; // wei bonded per record of a batch
        uint128 inclusionPenalty; // wei of the sequencer's stake paid to whoever proves a forced-inclusion fault
        uint128 minFee; // a Pending job whose max fee is below it may be rejected (reject, FeeBelowMinimum)
        uint64 dataWindow; // any batch: seconds to resolve a data challenge, and to dispute after a resolution
        uint128 dataChallengeBond; // any batch: wei a data challenge is bonded with (the proposer's if resolved)
    }

    /// @notice Why a record is void without a game (reportInvalid, voidUnavailable) or cannot be delivered: the first
    ///         field that contradicts its job (docs/protocol.md, "Soundness").
    enum Invalidity {
        None, // consistent with its job
        JobNotIncluded, // its job is not Included at this record's position (unknown, elsewhere, or settled)
        Kind, // another kind than the job's
        KindUnsupported, // a kind no VM judges yet (training)
        InputHash, // another input than the job's
        Params, // other sampling parameters than the job's
        Fee, // above the job's max fee
        ModelRefused, // the job's model was shown refused (IModelRegistry.reportRefusedRow)
        ModelRoot, // another model root than the job's model's
        PromptLen, // another prompt length than the job's
        OutputLen, // outputLen is 0 or above the job's maxTokens
        OutputLength, // the output is not outputLen 4-byte token ids
        OutputToken, // an output token id is not below the vocabulary
        DataUnavailable, // a blob record whose data challenge went unanswered (voidUnavailable)
        EarlyStopWithoutEos, // outputLen is below maxTokens but the last output token is not the model's EOS
        TokenAfterEos, // an output token before the last is the model's EOS (the job stops there)
        RequestMalformed, // L2: the request's bytes are not the canonical abi.encode(JobRequest, bytes signature)
        RequestSignature, // L2: the signature is not the request's sender's (65 bytes r ‖ s ‖ v, low s)
        RequestReplayed, // L2: the sender's nonce was consumed by another record's delivery
        RequestExpired, // L2: the request's expiry is before its batch's proposal
        RequestInvalid // L2: the request breaks a rule JobInbox.submit checks of an L1 job (model, params, prompt)
    }

    /// @notice Why a Pending job is rejected (reject): each is checked on-chain, so no false rejection succeeds.
    enum RejectReason {
        ModelRefused, // the job's model was shown refused after the job was submitted
        FeeBelowMinimum, // the job's max fee is below minFee
        ModelUnservable // the sequencer declared the job's model unservable (declareUnservable)
    }

    error NotSequencer(address caller);
    error ZeroValue(string field);
    error OutOfRange(string field, uint256 value, uint256 min, uint256 max);
    error WrongBatchIndex(uint256 got, uint256 want);
    error IncorrectBond(uint256 sent, uint256 required);
    error UnknownBatch(uint256 batchIndex);
    error RecordNotInBatch(uint256 batchIndex, uint256 recordIndex);
    error WrongRecordStatus(uint256 batchIndex, uint256 recordIndex, RecordStatus have);
    error ChallengeWindowClosed(uint256 batchIndex, uint256 closedAt);
    error ChallengeWindowOpen(uint256 batchIndex, uint256 closesAt);
    error GameNotResolved(address game);
    error WrongOutput(bytes32 got, bytes32 want);
    error InsufficientGas(uint256 left, uint256 needed);
    error BondAlreadyReleased(uint256 batchIndex);
    error DisputesPending(uint256 batchIndex, uint256 pending);
    error NotForceRefunded(uint256 jobId);
    error FaultAlreadyProven(uint256 jobId);
    error InsufficientStake(uint256 have, uint256 want);
    error NoCredit(address account);
    error TransferFailed(address to, uint256 amount);
    /// @notice reportInvalid found the record consistent with its job.
    error RecordValid(uint256 batchIndex, uint256 recordIndex);
    /// @notice The record cannot be delivered: `reason` names the first field that contradicts its job
    ///         (reportInvalid voids it).
    error InvalidRecord(uint256 batchIndex, uint256 recordIndex, Invalidity reason);
    /// @notice Output `recordIndex` of a proposal does not hash to its record's outputHash.
    error OutputMismatch(uint256 recordIndex);
    /// @notice Request `recordIndex` of a proposal is not its record's: it must hash to requestHash, and be empty
    ///         when requestHash is zero.
    error RequestMismatch(uint256 recordIndex);
    /// @notice The request shown hashes to `got` (zero: empty), not the record's requestHash `want`.
    error WrongRequest(bytes32 got, bytes32 want);
    /// @notice A record's output (`outputBytes`) or request (`requestBytes`) is longer than
    ///         RecordValidity.MAX_OUTPUT_BYTES or MAX_REQUEST_BYTES: propose and resolveData refuse it.
    error DataTooLong(uint256 outputBytes, uint256 requestBytes);
    /// @notice The batch's records are final only after `finalAt` (window plus finality delay), or the game
    ///         resolved less than finalityDelay ago.
    error NotFinalYet(uint256 finalAt);
    /// @notice The stake `have` does not cover `want`: inclusionPenalty per Included job, plus one.
    error StakeTooLow(uint256 have, uint256 want);
    /// @notice Proposals are paused by the guardian.
    error Paused();
    /// @notice Only the guardian may call this (and there is none when it is zero).
    error NotGuardian(address caller);
    /// @notice Job `jobId` is not Pending, or `reason` does not hold for it.
    error RejectionInvalid(uint256 jobId, RejectReason reason);
    /// @notice The deployment's contracts do not fit together: `field` names what.
    error ConfigMismatch(string field);
    /// @notice proposeBlobs was called in a transaction that carries no blob.
    error NoBlobs();
    /// @notice The record's data is already challenged (or was resolved): one challenge per record.
    error DataAlreadyChallenged(uint256 batchIndex, uint256 recordIndex);
    /// @notice The record has no open data challenge.
    error NoOpenDataChallenge(uint256 batchIndex, uint256 recordIndex);
    /// @notice The data challenge's deadline `deadline` has passed (resolveData) or not yet (voidUnavailable).
    error DataDeadline(uint256 batchIndex, uint256 recordIndex, uint256 deadline);
    /// @notice The record's data is challenged and not yet resolved: it cannot be delivered or its bond released.
    error DataChallengePending(uint256 batchIndex, uint256 recordIndex);
    /// @notice Job `jobId` is not the job the batch included at (batchIndex, recordIndex).
    error JobNotAt(uint256 jobId, uint256 batchIndex, uint256 recordIndex);
    /// @notice pause() while paused.
    error AlreadyPaused();
    /// @notice unpause() while not paused.
    error NotPaused();

    event BatchProposed(
        uint256 indexed batchIndex, bytes32 recordsRoot, uint32 recordCount, bytes32 daCommitment, uint256 bond
    );
    event RecordDisputed(uint256 indexed batchIndex, uint256 indexed recordIndex, address game, address challenger);
    event DisputeSettled(
        uint256 indexed batchIndex, uint256 indexed recordIndex, IDisputeGame.GameStatus status, address winner
    );
    event RecordVoided(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId);
    /// @notice Emitted by reportInvalid: `reason` names the first field that contradicts the record's job.
    event RecordInvalid(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId, Invalidity reason);
    event JobDelivered(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 indexed jobId, bool callbackOk);
    event BondReleased(uint256 indexed batchIndex, address proposer, uint256 amount);
    event Staked(address indexed sequencer, uint256 amount, uint256 total);
    event Unstaked(address indexed sequencer, uint256 amount, uint256 total);
    /// @notice The sequencer's fault on job `jobId` was proven: `penalty` of its stake is credited to `payee`, the
    ///         job's submitter.
    event InclusionFaultProven(uint256 indexed jobId, address indexed payee, uint256 penalty);
    event JobRejected(uint256 indexed jobId, RejectReason reason);
    /// @notice The sequencer declared model `modelId` unservable: no new jobs, pending ones rejectable.
    event ModelDeclaredUnservable(uint256 indexed modelId);
    event DataChallenged(uint256 indexed batchIndex, uint256 indexed recordIndex, address challenger, uint256 deadline);
    /// @notice The record, its inclusion proof, output and request a data challenge asked for, posted on L1: they
    ///         are in this event (and in the calldata of resolveData, which a contract may have built where no
    ///         watcher can read it: the event is what watchers read).
    event DataResolved(
        uint256 indexed batchIndex,
        uint256 indexed recordIndex,
        JobRecord record,
        bytes32[] proof,
        bytes output,
        bytes request
    );
    event ProposalsPaused(address indexed guardian);
    event ProposalsUnpaused(address indexed guardian);
    event GameBlacklisted(address indexed game);
    /// @notice A disputed record whose game the guardian blacklisted was voided without slashing anyone.
    event DisputeBlacklisted(uint256 indexed batchIndex, uint256 indexed recordIndex, address game);
    event Credited(address indexed account, uint256 amount);
    event CreditWithdrawn(address indexed account, uint256 amount);

    /// @notice Proposes batch `batchIndex` (must be batchCount()): its records and their outputs, in calldata (the
    ///         batch's data availability), with bond bondPerRecord × records.length. Checks each output against its
    ///         record's outputHash, marks record i's job Included at (batchIndex, i) (so a job is included only by a
    ///         record that names it, and by one record), and requires a stake covering inclusionPenalty per Included
    ///         job plus one. Only the sequencer, and not while paused.
    ///         Request i is record i's L2 request (its hash is requestHash), or empty for an L1 job's record
    ///         (requestHash zero, whose job is marked Included); an L2 record names no job (jobId 0). No output may be
    ///         longer than RecordValidity.MAX_OUTPUT_BYTES nor request than MAX_REQUEST_BYTES (DataTooLong): longer
    ///         ones are invalid anyway, and showing them to reportInvalid could cost more gas than a block holds.
    ///         When the caller is not an externally owned account calling it directly (a contract, an EIP-7702
    ///         account, a constructor: one that may build the call where no transaction's input holds it), the
    ///         Rollup also logs the call's calldata itself, raw, in a log with no topic, whose data's keccak256 is
    ///         the batch's daCommitment: else a watcher would have to data-challenge every record, and the proposer
    ///         answer each with the data it had all along and take every challenge bond.
    function propose(
        uint64 batchIndex,
        JobRecord[] calldata records,
        bytes[] calldata outputs,
        bytes[] calldata requests
    ) external payable;

    /// @notice Proposes blob batch `batchIndex`: the records and outputs are in the blobs of this transaction (their
    ///         versioned hashes are recorded: daCommitment = keccak256 of them), record i names job jobIds[i] (marked
    ///         Included at (batchIndex, i)) or, with jobIds[i] zero, is an L2 record (its request is in the blobs), and `recordsRoot` is the root over the records. The contract cannot read
    ///         the blobs, so each record's availability can be challenged (challengeData) during the window; an
    ///         unresolved challenge voids the record (a fault). Bond and stake as propose; only the sequencer, not while
    ///         paused.
    function proposeBlobs(uint64 batchIndex, bytes32 recordsRoot, uint64[] calldata jobIds) external payable;

    /// @notice Challenges the availability of record `recordIndex` of batch `batchIndex` (a blob batch's record or
    ///         output is not in its blobs, or does not decode; a calldata batch's propose call cannot be read, as when
    ///         a contract or an EIP-7702 account built it), bonded with dataChallengeBond, during the batch's
    ///         original window (answers never extend when challenges may be made). The proposer must answer with
    ///         resolveData within dataWindow, or the record is voidable.
    function challengeData(uint64 batchIndex, uint32 recordIndex) external payable;

    /// @notice Answers a data challenge: posts the record (with its inclusion proof), its output and, for an L2 record,
    ///         its request (else empty) on L1 before the challenge's deadline. The challenge bond is credited to the batch's
    ///         proposer, whoever answers (a challenge of available data always costs its author), and this record stays disputable
    ///         for dataWindow more (so it can still be disputed now that it is known). Anyone may call it. An output or
    ///         request over propose's limits cannot be posted (DataTooLong): the record stays unresolved, voidable.
    function resolveData(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external;

    /// @notice Voids a record whose data challenge was not resolved in time: its job `jobId` (the one included at
    ///         that position, or 0 for an L2 record's position: nothing to refund, no penalty) is refunded, bondPerRecord plus the challenge bond go to the challenger, and the
    ///         withholding is a fault: inclusionPenalty of the stake goes to the job's submitter.
    function voidUnavailable(uint64 batchIndex, uint32 recordIndex, uint64 jobId) external;

    /// @notice Disputes record `recordIndex` of batch `batchIndex` inside its challenge window: checks `record`
    ///         against the batch root with `proof`, creates its game (the VM checks `setupData`), and makes the
    ///         first attack on the root claiming `challengerClaim`, bonded with msg.value (factory initBond()).
    function dispute(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata setupData,
        bytes32 challengerClaim
    ) external payable returns (IDisputeGame game);

    /// @notice Settles the resolved game of a disputed record, finalityDelay after its resolution. CHALLENGER_WINS:
    ///         the record is voided, its job refunded (a serving fault: inclusionPenalty to the job's submitter), and
    ///         bondPerRecord is credited to the root claim's counteredBy. DEFENDER_WINS: the record returns to None and finalizes as any other. A game the
    ///         guardian blacklisted voids the record without slashing anyone (the job is refunded).
    function settle(uint64 batchIndex, uint32 recordIndex) external;

    /// @notice Delivers a final record: undisputed, after the window and the finality delay. Checks the record
    ///         against the batch root, `output` against record.outputHash and the record against its job (as
    ///         reportInvalid: an invalid record is never delivered), releases the fee to the proposer through the
    ///         inbox (an L2 record: charges it from the sender's L2 balance and consumes the request's nonce,
    ///         IJobInbox.chargeRequest; `request` is its request, empty for an L1 record), then calls the job's callback with its gas limit (a failing callback does not revert the
    ///         delivery). Reverts with InsufficientGas if too little gas is left to honour that limit.
    function deliver(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external;

    /// @notice Voids a record that contradicts its own job, so that it could never be delivered nor judged by a
    ///         game: a job not Included by this record, a kind, input hash or parameters other than the job's, a fee
    ///         above its max fee, a model that was shown refused or a model root other than the registered
    ///         model's, a prompt length other than the job's, an output length of 0 or above maxTokens, an output
    ///         (`output`, which must hash to outputHash: it is in the batch's calldata) that is not outputLen token
    ///         ids below the vocabulary, or one that breaks early stop (RecordValidity.outputInvalidity): shorter
    ///         than maxTokens without ending at the model's EOS, or with an EOS before its last token; for an L2 record
    ///         (`request`, hashing to requestHash), a request that is malformed, badly signed, replayed, expired or
    ///         breaks a rule JobInbox.submit checks, or that the record contradicts. The job is refunded (if included at this position: a serving fault, whose
    ///         inclusionPenalty goes to its submitter) and bondPerRecord is credited to the caller: from the batch's
    ///         bond while it is held, else from the sequencer's stake above inclusionPenalty per Included job (what
    ///         is left of that). Anyone may call
    ///         it, at any time before delivery.
    function reportInvalid(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external;

    /// @notice Rejects Pending job `jobId`, refunding it in full without a penalty, for a reason checked on-chain
    ///         (RejectReason). Anyone may call it, until the job is overdue (then JobInbox.refundOverdue decides
    ///         whether it is a fault).
    function reject(uint256 jobId, RejectReason reason) external;

    /// @notice Declares model `modelId` unservable, for good (only the sequencer): e.g. its weights cannot be
    ///         obtained or run. JobInbox then refuses new jobs on it and anyone may reject its Pending jobs
    ///         (RejectReason.ModelUnservable) without a fault; jobs already Included must still be delivered. It
    ///         applies to the whole model, so it cannot single out jobs.
    function declareUnservable(uint64 modelId) external;

    /// @notice Stops new proposals (only the guardian). Disputes, settlement, delivery and refunds go on.
    function pause() external;

    /// @notice Lets proposals resume (only the guardian).
    function unpause() external;

    /// @notice Marks `game` as untrusted (only the guardian, before its record is settled): settle then voids the
    ///         record without slashing or rewarding anyone, so neither a wrong delivery nor a wrong slashing follows
    ///         from a faulty game. Cannot be undone.
    function blacklist(IDisputeGame game) external;

    /// @notice Returns the batch's bond, less what was slashed, to its proposer's credit once the window has
    ///         passed and no dispute is pending.
    function releaseBond(uint64 batchIndex) external;

    /// @notice Adds msg.value to the sequencer's stake (only the sequencer).
    function stake() external payable;

    /// @notice Takes `amount` of the sequencer's stake back to its credit (only the sequencer). The stake may
    ///         not go below inclusionPenalty × (Included jobs + 1) while the sequencer is active.
    function unstake(uint256 amount) external;

    /// @notice Proves a sequencer fault on L1 job `jobId` — refunded by JobInbox.refundOverdue as a fault (not included,
    ///         or not delivered, in time), or refunded because the record at its position was voided or lost its
    ///         game (a serving fault, paid at once when the stake allows) — and pays inclusionPenalty of the stake (or
    ///         what is left) to the credit of the job's submitter, the user the fault wronged, once per job. A
    ///         never-included job's fault is paid only from the stake above inclusionPenalty per Included job, so
    ///         such faults (possibly on the sequencer's own jobs) cannot drain the included jobs' reserve. Anyone may
    ///         call it.
    function proveInclusionFault(uint256 jobId) external;

    /// @notice Pays out msg.sender's credit.
    function withdrawCredit() external;

    function batch(uint256 batchIndex) external view returns (Batch memory);
    function batchCount() external view returns (uint256);
    function recordStatus(uint256 batchIndex, uint256 recordIndex) external view returns (RecordStatus);
    function gameOf(uint256 batchIndex, uint256 recordIndex) external view returns (IDisputeGame);
    /// @notice True iff the record is undisputed and its batch's window and the finality delay have passed.
    function isFinal(uint256 batchIndex, uint256 recordIndex) external view returns (bool);
    function credit(address account) external view returns (uint256);
    function stakeOf() external view returns (uint256);
    function sequencer() external view returns (address);
    function inbox() external view returns (IJobInbox);
    function config() external view returns (RollupConfig memory);
    /// @notice The guardian (zero for none): may pause proposals and blacklist games (docs/game.md, "Guardian").
    function guardian() external view returns (address);
    function paused() external view returns (bool);
    /// @notice L1 blocks spent with proposals paused, the current pause included: a pending job's inclusion fault
    ///         counts only unpaused blocks (JobInbox.refundOverdue).
    function pausedBlocks() external view returns (uint256);
    /// @notice Whether the sequencer declared model `modelId` unservable.
    function unservable(uint256 modelId) external view returns (bool);
    /// @notice When record (batchIndex, recordIndex) became (or becomes) deliverable: type(uint256).max while it is
    ///         disputed; the second after its data challenge's deadline while that challenge is unanswered (the
    ///         record was due by then); else the first second after its dispute deadline and the finality delay, or
    ///         its settlement if it survived a dispute. An Included job is overdue deliveryWindow after.
    function deliverableAt(uint256 batchIndex, uint256 recordIndex) external view returns (uint256);
    function blacklisted(IDisputeGame game) external view returns (bool);
    function dataChallenge(uint256 batchIndex, uint256 recordIndex) external view returns (DataChallenge memory);
    /// @notice The last moment record (batchIndex, recordIndex) may be disputed: its batch's window end, or later
    ///         if its data challenge was answered late (resolution + dataWindow).
    function recordDeadline(uint256 batchIndex, uint256 recordIndex) external view returns (uint256);
    /// @notice keccak256(abi.encode(record)): the record's leaf preimage hash in its batch tree.
}
