// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "./IJobInbox.sol";
import {IDisputeGame} from "./IDisputeGame.sol";

/// @title IJobReceiver
/// @notice What a DApp implements to receive results: Rollup.deliver calls it with the job's callback gas limit. A
///         callback that reverts or runs out of gas does not block the delivery (JobDelivered reports it).
interface IJobReceiver {
    /// @param jobId The JobInbox id of the job.
    /// @param output The job's output: the generated token ids as big-endian uint32 (inference), or
    ///        abi.encode(newModelRoot, trainingConfigHash) (training).
    function onJobResult(uint256 jobId, bytes calldata output) external;
}

/// @title IRollup
/// @notice Bonded batch proposals of job records, their challenge window, disputes (one DisputeGame per disputed
///         record), finalization and delivery to DApps, and the sequencer's stake for forced-inclusion faults
///         (docs/protocol.md, "Job lifecycle").
///         A batch commits to `recordCount` records by the Merkle root (prover/merkle) over the leaves
///         keccak256(abi.encode(record)); each record finalizes `challengeWindow` seconds after its batch was
///         proposed unless a dispute on it is pending. A record proven wrong is voided: its job is refunded and
///         the proposer's bond for it (bondPerRecord) pays the game's winner. The rest of the batch is unaffected.
/// @dev ETH conservation: address(this).balance == sum of unreleased batch bonds + sequencer stake + credits.
interface IRollup {
    /// @notice One job's result, as the sequencer commits to it (Go: sequencer/records, byte for byte).
    struct JobRecord {
        uint64 jobId; // JobInbox id
        IJobInbox.Kind kind; // what the job computed
        bytes32 modelRoot; // root of the model it ran (ModelRegistry)
        bytes32 inputHash; // keccak256 of the job input (as JobInbox stores it)
        bytes32 promptRoot; // chunk-tree root of the prompt's token ids (prover/vm PromptRoot)
        uint32 promptLen; // prompt tokens
        uint32 outputLen; // generated tokens (inference: params.maxTokens)
        IJobInbox.Params params; // the job's sampling parameters
        bytes32 outputHash; // keccak256 of the output (IJobReceiver.onJobResult)
        bytes32 residualRoot; // the residual root of the final level-1 state h(P, 0)
        bytes32 kvRoot; // the KV root of the final level-1 state h(P, 0)
        uint128 fee; // wei of the job's max fee paid to the proposer at delivery
    }

    /// @notice A proposed batch.
    struct Batch {
        bytes32 recordsRoot; // Merkle root over keccak256(abi.encode(record))
        bytes32 daCommitment; // keccak256 of the batch data posted as calldata, or its blobs' versioned hashes hash
        address proposer; // who proposed (the sequencer) and gets the bond back
        uint32 recordCount; // records in the batch
        uint64 proposedAt; // L1 timestamp of the proposal
        uint128 bond; // bondPerRecord × recordCount, held until released
        uint32 pendingDisputes; // disputes not yet settled
        uint32 voided; // records proven wrong
        bool bondReleased; // the unslashed bond went back to the proposer
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
        uint128 bondPerRecord; // wei bonded per record of a batch
        uint128 inclusionPenalty; // wei of the sequencer's stake paid to whoever proves a forced-inclusion fault
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

    event BatchProposed(
        uint256 indexed batchIndex, bytes32 recordsRoot, uint32 recordCount, bytes32 daCommitment, uint256 bond
    );
    event RecordDisputed(uint256 indexed batchIndex, uint256 indexed recordIndex, address game, address challenger);
    event DisputeSettled(
        uint256 indexed batchIndex, uint256 indexed recordIndex, IDisputeGame.GameStatus status, address winner
    );
    event RecordVoided(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId);
    /// @notice Emitted by reportInvalid: `reason` names the first field that contradicts the record's job.
    event RecordInvalid(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId, string reason);
    event JobDelivered(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 indexed jobId, bool callbackOk);
    event BondReleased(uint256 indexed batchIndex, address proposer, uint256 amount);
    event Staked(address indexed sequencer, uint256 amount, uint256 total);
    event Unstaked(address indexed sequencer, uint256 amount, uint256 total);
    event InclusionFaultProven(uint256 indexed jobId, address indexed prover, uint256 penalty);
    event Credited(address indexed account, uint256 amount);
    event CreditWithdrawn(address indexed account, uint256 amount);

    /// @notice Proposes batch `batchIndex` (must be batchCount()): its records root, count and DA commitment, with
    ///         bond bondPerRecord × recordCount; marks the L1 jobs `includedJobIds` Included in the inbox.
    function propose(
        uint64 batchIndex,
        bytes32 recordsRoot,
        uint32 recordCount,
        bytes32 daCommitment,
        uint64[] calldata includedJobIds
    ) external payable;

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

    /// @notice Settles the resolved game of a disputed record. CHALLENGER_WINS: the record is voided, its job
    ///         refunded, and bondPerRecord is credited to the root claim's counteredBy. DEFENDER_WINS: the record
    ///         returns to None and finalizes as any other.
    function settle(uint64 batchIndex, uint32 recordIndex) external;

    /// @notice Delivers a final record: after the window, undisputed. Checks the record against the batch root and
    ///         `output` against record.outputHash, releases the fee to the proposer through the inbox, records the
    ///         lineage of a training job, then calls the job's callback with its gas limit (a failing callback does
    ///         not revert the delivery). Reverts with InsufficientGas if too little gas is left to honour that limit.
    function deliver(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output
    ) external;

    /// @notice Voids a record that contradicts its own job, so that it could never be delivered nor judged by a
    ///         game: a job that is not Included in the inbox, a kind, input hash or parameters other than the
    ///         job's, a fee above its max fee, a model root other than the registered model's, or an inference
    ///         record whose lengths the game cannot run. The job is refunded and the record's bond (while the batch
    ///         holds it) is credited to the caller. Anyone may call it, at any time before delivery.
    function reportInvalid(uint64 batchIndex, uint32 recordIndex, JobRecord calldata record, bytes32[] calldata proof)
        external;

    /// @notice Returns the batch's bond, less what was slashed, to its proposer's credit once the window has
    ///         passed and no dispute is pending.
    function releaseBond(uint64 batchIndex) external;

    /// @notice Adds msg.value to the sequencer's stake (only the sequencer).
    function stake() external payable;

    /// @notice Takes `amount` of the sequencer's stake back to its credit (only the sequencer). The stake may
    ///         not go below inclusionPenalty while the sequencer is active.
    function unstake(uint256 amount) external;

    /// @notice Proves that L1 job `jobId` was refunded by JobInbox.refundOverdue (the sequencer failed to include
    ///         it in time): pays inclusionPenalty of the stake (or what is left) to the caller's credit, once per job.
    function proveInclusionFault(uint256 jobId) external;

    /// @notice Pays out msg.sender's credit.
    function withdrawCredit() external;

    function batch(uint256 batchIndex) external view returns (Batch memory);
    function batchCount() external view returns (uint256);
    function recordStatus(uint256 batchIndex, uint256 recordIndex) external view returns (RecordStatus);
    function gameOf(uint256 batchIndex, uint256 recordIndex) external view returns (IDisputeGame);
    /// @notice True iff the record is undisputed and its batch's window has passed (it may be delivered).
    function isFinal(uint256 batchIndex, uint256 recordIndex) external view returns (bool);
    function credit(address account) external view returns (uint256);
    function stakeOf() external view returns (uint256);
    function sequencer() external view returns (address);
    function inbox() external view returns (IJobInbox);
    function config() external view returns (RollupConfig memory);
    /// @notice keccak256(abi.encode(record)): the record's leaf preimage hash in its batch tree.
    function recordHash(JobRecord calldata record) external pure returns (bytes32);
}
