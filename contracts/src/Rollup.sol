// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup, IJobReceiver} from "./interfaces/IRollup.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IDatasetRegistry} from "./interfaces/IDatasetRegistry.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IDisputeGame} from "./interfaces/IDisputeGame.sol";
import {IDisputeGameFactory} from "./interfaces/IDisputeGameFactory.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";
import {RecordValidity, MAX_RECORD_OUTPUT_BYTES, MAX_RECORD_REQUEST_BYTES} from "./RecordValidity.sol";

/// @title Rollup
/// @notice Bonded batch proposals of job records, their challenge window, one dispute game per disputed record,
///         finalization and delivery to DApps, and the sequencer's stake for forced-inclusion faults
///         (docs/protocol.md, "Job lifecycle"). Every payment out of this contract is pull-based: it is credited
///         and paid by withdrawCredit.
/// @dev Deployment cycle: JobInbox (its `rollup`) and DisputeGameFactory (its `rollup`) are constructed with this
///      contract's address, which deployers precompute; DatasetRegistry with the JobInbox as its `writer`.
///
///      Soundness (docs/protocol.md, "Soundness"): every record a proposer can post is either disputable down to a
///      one-step proof or voidable by reportInvalid. propose binds each record to its job and its output to the
///      calldata; RecordValidity checks everything TransformerVM.setup needs that the record could get wrong; the
///      inbox checked the prompt against the model at submission; the ModelRegistry admits only models whose
///      longest record the game covers, and a model with a weight the runtime refuses can be shown refused.
///
///      Record lifecycle: None -> Disputed -> (Voided | None) and None -> Delivered, after the window and the
///      finality delay. A record whose dispute the defender won goes back to None and is marked `survived`: it may
///      not be disputed again, so a record gets at most one game (a second game over the same record would only let
///      a challenger replay a lost argument and hold the record's delivery hostage).
///
///      ETH conservation: address(this).balance == bondsHeld() + stakeOf() + totalCredits() + dataBondsHeld(), where
///      bondsHeld()
///      is the sum over batches whose bond was not released of bond - voided × bondPerRecord (the slashed part
///      of a bond is credited to the game's winner when the record is voided). ETH forced in without a call can
///      only make the balance larger.
contract Rollup is IRollup {
    /// @notice Most records one batch may commit to (a records tree of depth at most 12).
    uint32 public constant MAX_RECORDS = 4096;
    /// @notice Gas that deliver keeps back, beyond the callback's gas limit (and the 1/64 the EVM withholds from
    ///         a call), for the call itself (a cold account access) and what follows it. A delivery with less gas
    ///         left reverts with InsufficientGas, so no relayer can starve a callback by sending too little gas.
    uint256 public constant CALLBACK_RESERVE_GAS = 10_000;

    /// @notice A record's dispute was settled for the defender: it may not be disputed again.
    error DisputeSurvived(uint256 batchIndex, uint256 recordIndex, address game);

    /// @dev Per-record state, one slot: the game (if any), the status, whether the record survived a dispute, and
    ///      the disputed record's job id (for the refund if it is voided).
    struct RecordState {
        IDisputeGame game;
        RecordStatus status;
        bool survived;
        uint64 jobId;
    }

    /// @inheritdoc IRollup
    address public immutable sequencer;
    /// @inheritdoc IRollup
    address public immutable guardian;
    /// @inheritdoc IRollup
    IJobInbox public immutable inbox;
    /// @notice The factory every game is created by.
    IDisputeGameFactory public immutable factory;
    /// @notice The registry training jobs name their datasets in, and their lineage is recorded in when their record
    ///         is delivered (its `writer` is the inbox: IJobInbox.release).
    IDatasetRegistry public immutable datasets;
    /// @notice The registry a record's model is checked against.
    IModelRegistry public immutable models;
    /// @notice The checks of a record against its job and model (created by the constructor, on this inbox and
    ///         registry): deliver refuses and reportInvalid voids exactly the records it finds invalid.
    RecordValidity public immutable validity;

    /// @dev RollupConfig, unpacked into immutables.
    uint64 internal immutable _challengeWindow;
    uint64 internal immutable _finalityDelay;
    uint128 internal immutable _bondPerRecord;
    uint128 internal immutable _inclusionPenalty;
    uint128 internal immutable _minFee;
    uint64 internal immutable _dataWindow;
    uint128 internal immutable _dataChallengeBond;

    /// @dev Batches by index.
    Batch[] internal _batches;
    /// @dev Record states by batch and record index.
    mapping(uint256 batchIndex => mapping(uint256 recordIndex => RecordState)) internal _records;
    /// @dev Pull payments.
    mapping(address account => uint256) internal _credit;
    /// @dev Sum of `_credit`.
    uint256 internal _totalCredits;
    /// @dev Sum of bond - voided × bondPerRecord over the batches whose bond was not released.
    uint256 internal _bondsHeld;
    /// @dev The sequencer's stake.
    uint256 internal _stake;
    /// @dev Jobs whose fault (inclusion, delivery or serving) was paid.
    mapping(uint256 jobId => bool) internal _faultProven;
    /// @dev Jobs whose record at their position was voided (reportInvalid, voidUnavailable) or lost its game: a
    ///      fault of the sequencer, provable by proveInclusionFault if it could not be paid at once.
    mapping(uint256 jobId => bool) internal _servingFault;
    /// @dev Whether the guardian paused proposals.
    bool internal _paused;
    /// @dev Blocks spent paused in pauses that ended.
    uint64 internal _pausedBlocks;
    /// @dev The block at which the current pause began.
    uint64 internal _pausedAt;
    /// @dev Models the sequencer declared it cannot serve.
    mapping(uint256 modelId => bool) internal _unservable;
    /// @dev When a disputed record that survived was settled (it became deliverable then, at the earliest).
    mapping(uint256 batchIndex => mapping(uint256 recordIndex => uint256)) internal _settledAt;
    /// @dev Games the guardian blacklisted.
    mapping(IDisputeGame game => bool) internal _blacklisted;
    /// @dev Positions of L2 records, one bit each: marked by proposeBlobs (jobIds[i] zero) and by propose (a record
    ///      with a requestHash).
    mapping(uint256 batchIndex => mapping(uint256 word => uint256)) internal _l2Positions;
    /// @dev Data challenges of records (of blob and calldata batches alike).
    mapping(uint256 batchIndex => mapping(uint256 recordIndex => DataChallenge)) internal _data;
    /// @dev Sum of the bonds of open data challenges.
    uint256 internal _dataBondsHeld;

    /// @dev Reverts with NotSequencer unless the caller is the sequencer.
    modifier onlySequencer() {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        _;
    }

    /// @dev Reverts with NotGuardian unless the caller is the guardian (no caller is, when it is zero).
    modifier onlyGuardian() {
        if (msg.sender != guardian) revert NotGuardian(msg.sender);
        _;
    }

    /// @param sequencer_ The only account that may propose and stake; non-zero.
    /// @param guardian_ The account that may pause proposals and blacklist games; zero for none.
    /// @param inbox_ The JobInbox whose `rollup` this contract is; non-zero, checking jobs against `models_`.
    /// @param factory_ The DisputeGameFactory whose `rollup` this contract is; non-zero, with the depths `models_`
    ///        admits models for.
    /// @param datasets_ The DatasetRegistry whose `writer` is `inbox_`; non-zero.
    /// @param models_ The ModelRegistry jobs name their models in; non-zero.
    /// @param cfg challengeWindow, bondPerRecord and inclusionPenalty: each non-zero, and bondPerRecord at most
    ///        type(uint128).max / MAX_RECORDS, so that every bond fits Batch.bond; dataWindow and dataChallengeBond
    ///        non-zero.
    constructor(
        address sequencer_,
        address guardian_,
        IJobInbox inbox_,
        IDisputeGameFactory factory_,
        IDatasetRegistry datasets_,
        IModelRegistry models_,
        RollupConfig memory cfg
    ) {
        if (sequencer_ == address(0)) revert ZeroValue("sequencer");
        if (address(inbox_) == address(0)) revert ZeroValue("inbox");
        if (address(factory_) == address(0)) revert ZeroValue("factory");
        if (address(datasets_) == address(0)) revert ZeroValue("datasets");
        if (address(models_) == address(0)) revert ZeroValue("models");
        if (cfg.challengeWindow == 0) revert ZeroValue("challengeWindow");
        if (cfg.bondPerRecord == 0) revert ZeroValue("bondPerRecord");
        if (cfg.bondPerRecord > type(uint128).max / MAX_RECORDS) {
            revert OutOfRange("bondPerRecord", cfg.bondPerRecord, 1, type(uint128).max / MAX_RECORDS);
        }
        if (cfg.inclusionPenalty == 0) revert ZeroValue("inclusionPenalty");
        if (cfg.dataWindow == 0) revert ZeroValue("dataWindow");
        if (cfg.dataChallengeBond == 0) revert ZeroValue("dataChallengeBond");
        if (address(inbox_.models()) != address(models_)) revert ConfigMismatch("inbox.models");
        // A sender's withdrawal must not be ready before a request accepted before it asked can be delivered.
        if (inbox_.withdrawalDelay() <= uint256(cfg.challengeWindow) + 2 * uint256(cfg.dataWindow) + cfg.finalityDelay)
        {
            revert ConfigMismatch("withdrawalDelay");
        }
        IDisputeGame.GameConfig memory g = factory_.gameConfig();
        if (g.splitDepth != models_.splitDepth() || g.maxDepth != models_.maxDepth()) {
            revert ConfigMismatch("game depths");
        }
        sequencer = sequencer_;
        guardian = guardian_;
        inbox = inbox_;
        factory = factory_;
        datasets = datasets_;
        models = models_;
        validity = new RecordValidity(inbox_, models_, datasets_, address(factory_.trainingVM()) != address(0));
        _challengeWindow = cfg.challengeWindow;
        _finalityDelay = cfg.finalityDelay;
        _bondPerRecord = cfg.bondPerRecord;
        _inclusionPenalty = cfg.inclusionPenalty;
        _minFee = cfg.minFee;
        _dataWindow = cfg.dataWindow;
        _dataChallengeBond = cfg.dataChallengeBond;
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with OutOfRange (outputs or requests not one per record), NotSequencer, Paused, WrongBatchIndex,
    ///      OutOfRange (records not 1 to MAX_RECORDS), IncorrectBond, OutputMismatch, RequestMismatch or StakeTooLow;
    ///      markIncluded reverts for an L1 record's job that is not Pending (unknown, or named by an earlier record).
    function propose(
        uint64 batchIndex,
        JobRecord[] calldata records,
        bytes[] calldata outputs,
        bytes[] calldata requests
    ) external payable onlySequencer {
        uint256 n = records.length;
        if (outputs.length != n) revert OutOfRange("outputs", outputs.length, n, n);
        if (requests.length != n) revert OutOfRange("requests", requests.length, n, n);
        _checkProposal(batchIndex, n);
        IJobInbox inbox_ = inbox;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            JobRecord calldata r = records[i];
            _checkLengths(outputs[i], requests[i]);
            if (keccak256(outputs[i]) != r.outputHash) revert OutputMismatch(i);
            if (_requestHash(requests[i]) != r.requestHash) revert RequestMismatch(i);
            leaves[i] = keccak256(abi.encode(r));
            // An L2 record names no job: RecordValidity checks its request instead, and its position is marked L2
            // (as proposeBlobs marks it) so that voidUnavailable can void it should its data be challenged.
            // forge-lint: disable-next-line(unsafe-typecast) -- i < MAX_RECORDS
            if (r.requestHash == bytes32(0)) inbox_.markIncluded(r.jobId, batchIndex, uint32(i));
            else _l2Positions[batchIndex][i >> 8] |= 1 << (i & 255);
        }
        _pushBatch(batchIndex, LibMerkle.computeRoot(leaves), n, keccak256(msg.data), false);
        // A caller with code (a contract, an EIP-7702 account) or one that is not the transaction's sender (a
        // constructor) may have built this call where no transaction's input holds it: its calldata goes on L1 here,
        // raw, in a log with no topic (self-authenticating: its keccak256 is the daCommitment; tx.origin is no
        // authorization, it tells whether the input is this call). Past the free memory pointer, as scratch.
        assembly ("memory-safe") {
            if or(xor(caller(), origin()), extcodesize(caller())) {
                let ptr := mload(0x40)
                calldatacopy(ptr, 0, calldatasize())
                log0(ptr, calldatasize())
            }
        }
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotSequencer, Paused, WrongBatchIndex, OutOfRange (jobIds not 1 to MAX_RECORDS),
    ///      IncorrectBond, ZeroValue (recordsRoot), NoBlobs or StakeTooLow; markIncluded reverts for a job that is not
    ///      Pending. A zero job id marks an L2 record's position (its request is in the blobs).
    function proposeBlobs(uint64 batchIndex, bytes32 recordsRoot, uint64[] calldata jobIds)
        external
        payable
        onlySequencer
    {
        uint256 n = jobIds.length;
        _checkProposal(batchIndex, n);
        if (recordsRoot == bytes32(0)) revert ZeroValue("recordsRoot");
        // daCommitment: keccak256 of the transaction's blob versioned hashes, concatenated (written past the free
        // memory pointer, scratch space that nothing allocated before the hash is taken).
        bytes32 da;
        uint256 count;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            for {} 1 { count := add(count, 1) } {
                let h := blobhash(count)
                if iszero(h) { break }
                mstore(add(ptr, shl(5, count)), h)
            }
            da := keccak256(ptr, shl(5, count))
        }
        if (count == 0) revert NoBlobs();
        IJobInbox inbox_ = inbox;
        for (uint256 i; i < n; ++i) {
            uint64 id = jobIds[i];
            // forge-lint: disable-next-line(unsafe-typecast) -- i < MAX_RECORDS
            if (id != 0) inbox_.markIncluded(id, batchIndex, uint32(i));
            else _l2Positions[batchIndex][i >> 8] |= 1 << (i & 255);
        }
        _pushBatch(batchIndex, recordsRoot, n, da, true);
    }

    /// @dev The checks every proposal shares: not paused, the next index, 1 to MAX_RECORDS records, the exact bond.
    function _checkProposal(uint64 batchIndex, uint256 n) internal view {
        if (_paused) revert Paused();
        uint256 count = _batches.length;
        if (batchIndex != count) revert WrongBatchIndex(batchIndex, count);
        if (n == 0 || n > MAX_RECORDS) revert OutOfRange("records", n, 1, MAX_RECORDS);
        uint256 bond = uint256(_bondPerRecord) * n; // fits uint128: see the constructor
        if (msg.value != bond) revert IncorrectBond(msg.value, bond);
    }

    /// @dev Stores a proposed batch (its jobs marked Included already) once the stake covers every Included job.
    function _pushBatch(uint64 batchIndex, bytes32 recordsRoot, uint256 n, bytes32 daCommitment, bool blobs) internal {
        uint256 want = uint256(_inclusionPenalty) * (inbox.includedCount() + 1);
        if (_stake < want) revert StakeTooLow(_stake, want);
        uint256 bond = msg.value;
        _batches.push(
            Batch({
                recordsRoot: recordsRoot,
                daCommitment: daCommitment,
                proposer: msg.sender,
                // forge-lint: disable-next-line(unsafe-typecast) -- n <= MAX_RECORDS
                recordCount: uint32(n),
                proposedAt: uint64(block.timestamp),
                // forge-lint: disable-next-line(unsafe-typecast) -- bondPerRecord × n fits: see the constructor
                bond: uint128(bond),
                pendingDisputes: 0,
                voided: 0,
                bondReleased: false,
                blobs: blobs,
                disputableUntil: uint64(block.timestamp) + _challengeWindow
            })
        );
        _bondsHeld += bond;
        // forge-lint: disable-next-line(unsafe-typecast) -- n <= MAX_RECORDS
        emit BatchProposed(batchIndex, recordsRoot, uint32(n), daCommitment, bond);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, ChallengeWindowClosed, WrongRecordStatus (not None), DisputeSurvived (the
    ///      record won a dispute already) or RecordNotInBatch; the factory reverts for a wrong bond or setup.
    function dispute(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata setupData,
        bytes32 challengerClaim
    ) external payable returns (IDisputeGame game) {
        Batch storage b = _batch(batchIndex);
        uint256 closesAt = _recordDeadline(b, batchIndex, recordIndex);
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp > closesAt) revert ChallengeWindowClosed(batchIndex, closesAt);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        if (r.survived) revert DisputeSurvived(batchIndex, recordIndex, address(r.game));
        bytes memory encoded = abi.encode(record);
        _checkInclusion(b, batchIndex, recordIndex, keccak256(encoded), proof);
        // The disputer showed the record (and the game's setup its output): its data is available.
        _closeDataChallenge(b, batchIndex, recordIndex, address(0));

        r.status = RecordStatus.Disputed;
        r.jobId = record.jobId;
        ++b.pendingDisputes;
        game = factory.create{value: msg.value}(encoded, setupData, b.proposer, msg.sender, challengerClaim);
        r.game = game;
        emit RecordDisputed(batchIndex, recordIndex, address(game), msg.sender);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, WrongRecordStatus (not Disputed), GameNotResolved or NotFinalYet (resolved
    ///      less than finalityDelay ago, the guardian's window to blacklist it). The winner is the root claim's
    ///      counteredBy (the first attack's claimant should the game leave it unset). A voided record's job is
    ///      refunded only if the inbox still holds it Included (it may have been refunded as overdue): the record is
    ///      voided either way. The status is read first rather than the refund wrapped in try/catch, so that a
    ///      caller cannot make the refund fail (run out of gas) while the voiding succeeds.
    function settle(uint64 batchIndex, uint32 recordIndex) external {
        Batch storage b = _batch(batchIndex);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.Disputed) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        IDisputeGame game = r.game;
        IDisputeGame.GameStatus gs = game.status();
        if (gs == IDisputeGame.GameStatus.IN_PROGRESS) revert GameNotResolved(address(game));
        uint256 finalAt = uint256(game.resolvedAt()) + _finalityDelay;
        // forge-lint: disable-next-line(block-timestamp) -- the finality delay is measured in seconds
        if (block.timestamp < finalAt) revert NotFinalYet(finalAt);
        --b.pendingDisputes;

        if (_blacklisted[game]) {
            // Neither side's word is trusted: no delivery, no slashing, the job is refunded.
            r.status = RecordStatus.Voided;
            emit DisputeBlacklisted(batchIndex, recordIndex, address(game));
            emit RecordVoided(batchIndex, recordIndex, r.jobId);
            _refundIncluded(r.jobId, batchIndex, recordIndex);
        } else if (gs == IDisputeGame.GameStatus.CHALLENGER_WINS) {
            r.status = RecordStatus.Voided;
            ++b.voided;
            uint256 slashed = _bondPerRecord;
            _bondsHeld -= slashed;
            address winner = game.claimData(0).counteredBy;
            if (winner == address(0)) winner = game.claimData(1).claimant;
            emit DisputeSettled(batchIndex, recordIndex, gs, winner);
            _creditTo(winner, slashed);
            emit RecordVoided(batchIndex, recordIndex, r.jobId);
            _refundAndFault(r.jobId, batchIndex, recordIndex);
        } else {
            r.status = RecordStatus.None;
            r.survived = true;
            _settledAt[batchIndex][recordIndex] = block.timestamp;
            emit DisputeSettled(batchIndex, recordIndex, gs, b.proposer);
        }
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, NotFinalYet (window plus finality delay not over), WrongRecordStatus (not
    ///      None), RecordNotInBatch, WrongOutput, WrongRequest, InvalidRecord (what reportInvalid would void it for)
    ///      or InsufficientGas; the inbox reverts for a fee above the job's max fee. Anyone may deliver. The record is
    ///      marked Delivered before any external call that can run foreign code. An L2 record's fee is charged from
    ///      its sender's L2 balance (what is there, if short: the record is delivered anyway) and its nonce consumed;
    ///      its callback gets uint256(requestHash) as the job id.
    function deliver(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external {
        Batch storage b = _batch(batchIndex);
        _checkDeliverable(b, batchIndex, recordIndex);
        _checkRecordAndOutput(b, batchIndex, recordIndex, record, proof, output, request);
        _records[batchIndex][recordIndex].status = RecordStatus.Delivered;
        bool callbackOk = _deliverValid(batchIndex, recordIndex, b.proposer, record, output);
        emit JobDelivered(batchIndex, recordIndex, record.jobId, callbackOk);
    }

    /// @dev Reverts with NotFinalYet (window plus finality delay not over), WrongRecordStatus (not None) or
    ///      DataChallengePending unless record (batchIndex, recordIndex) of `b` may be delivered now.
    function _checkDeliverable(Batch storage b, uint64 batchIndex, uint32 recordIndex) internal view {
        uint256 finalAt = _recordDeadline(b, batchIndex, recordIndex) + _finalityDelay;
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp <= finalAt) revert NotFinalYet(finalAt);
        RecordStatus st = _records[batchIndex][recordIndex].status;
        if (st != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, st);
        if (_dataOpen(batchIndex, recordIndex)) revert DataChallengePending(batchIndex, recordIndex);
    }

    /// @dev The part of deliver after the record's status was set: reverts with InvalidRecord unless the record is
    ///      valid (_invalidity), pays its fee (_pay) and calls its callback; returns whether the callback succeeded
    ///      (true without one).
    function _deliverValid(
        uint64 batchIndex,
        uint32 recordIndex,
        address proposer,
        JobRecord calldata record,
        bytes calldata output
    ) internal returns (bool) {
        (Invalidity reason, IJobInbox.Job memory job, uint64 nonce) = _invalidity();
        if (reason != Invalidity.None) revert InvalidRecord(batchIndex, recordIndex, reason);
        uint256 id = _pay(proposer, record, job.submitter, nonce);
        return job.callback == address(0) || _callback(job.callback, job.callbackGasLimit, id, output);
    }

    /// @dev Pays a delivered record's fee to `proposer`: an L1 job's from its escrow (the rest refunded), an L2
    ///      request's from its sender's L2 balance (consuming its nonce). Returns the id its callback gets: the L1 job
    ///      id, or uint256(requestHash).
    function _pay(address proposer, JobRecord calldata record, address sender, uint64 nonce)
        internal
        returns (uint256)
    {
        bytes32 rh = record.requestHash;
        if (rh == bytes32(0)) {
            inbox.release(record.jobId, record.fee, proposer, record.newModelRoot);
            return record.jobId;
        }
        inbox.chargeRequest(sender, nonce, record.fee, proposer);
        return uint256(rh);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, WrongRecordStatus (not None), RecordNotInBatch, WrongOutput (`output` is
    ///      not the record's: the batch's calldata holds it), WrongRequest (likewise) or RecordValid. The checks are
    ///      those a delivery or a dispute of the record relies on, and early stop (RecordValidity.invalidity). A voided
    ///      L2 record refunds nothing (nothing was charged); its serving-fault penalty goes to its request's sender,
    ///      from the stake above the included L1 jobs' reserve, unless its signature is bad or its nonce was consumed
    ///      (the sender was served, or asked twice).
    function reportInvalid(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external {
        Batch storage b = _batch(batchIndex);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        _checkRecordAndOutput(b, batchIndex, recordIndex, record, proof, output, request);
        (Invalidity reason, IJobInbox.Job memory job,) = _invalidity();
        if (reason == Invalidity.None) revert RecordValid(batchIndex, recordIndex);

        _closeDataChallenge(b, batchIndex, recordIndex, address(0));
        _voidWithoutGame(b, batchIndex, recordIndex, record.jobId, reason, msg.sender);
        bytes32 rh = record.requestHash;
        if (rh != 0 && job.submitter != address(0) && reason != Invalidity.RequestReplayed) {
            _payPenalty(uint256(rh), job.submitter, true);
        }
    }

    /// @dev Voids record (batchIndex, recordIndex) of job `jobId` for `reason` (no game): bondPerRecord goes to
    ///      `to` — from the batch's bond while it is held, else from the sequencer's stake above the included jobs'
    ///      reserve, as far as it goes — and the job is refunded if still Included.
    function _voidWithoutGame(
        Batch storage b,
        uint256 batchIndex,
        uint256 recordIndex,
        uint64 jobId,
        Invalidity reason,
        address to
    ) internal {
        RecordState storage r = _records[batchIndex][recordIndex];
        r.status = RecordStatus.Voided;
        r.jobId = jobId;
        emit RecordInvalid(batchIndex, recordIndex, jobId, reason);
        emit RecordVoided(batchIndex, recordIndex, jobId);
        uint256 reward = _bondPerRecord;
        if (!b.bondReleased) {
            ++b.voided;
            _bondsHeld -= reward;
        } else {
            // Never from the included jobs' reserve: else a sequencer could take its stake below unstake's floor by
            // voiding its own records through a sock once their bond is back.
            reward = _takeStake(reward, true);
        }
        _creditTo(to, reward);
        _refundAndFault(jobId, batchIndex, recordIndex);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, RecordNotInBatch (index past the count), ChallengeWindowClosed,
    ///      WrongRecordStatus (not None), DisputeSurvived, DataAlreadyChallenged or IncorrectBond. A calldata batch's
    ///      records may be challenged too: its calldata is on L1, but a proposer that is a contract (or an EIP-7702
    ///      account) may build the propose call where no watcher can read it without tracing, so every record must
    ///      be either readable or challengeable; the honest proposer answers and takes the challenge bond.
    function challengeData(uint64 batchIndex, uint32 recordIndex) external payable {
        Batch storage b = _batch(batchIndex);
        if (recordIndex >= b.recordCount) revert RecordNotInBatch(batchIndex, recordIndex);
        uint256 closesAt = uint256(b.proposedAt) + _challengeWindow; // the original window: answers never extend it
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp > closesAt) revert ChallengeWindowClosed(batchIndex, closesAt);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        // A record that went through a game is public (its dispute's calldata holds it).
        if (r.survived) revert DisputeSurvived(batchIndex, recordIndex, address(r.game));
        DataChallenge storage c = _data[batchIndex][recordIndex];
        if (c.challenger != address(0)) revert DataAlreadyChallenged(batchIndex, recordIndex);
        uint256 bond = _dataChallengeBond;
        if (msg.value != bond) revert IncorrectBond(msg.value, bond);
        uint64 deadline = uint64(block.timestamp) + _dataWindow;
        c.challenger = msg.sender;
        c.deadline = deadline;
        _dataBondsHeld += bond;
        ++b.pendingDisputes;
        emit DataChallenged(batchIndex, recordIndex, msg.sender, deadline);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, NoOpenDataChallenge, DataDeadline (past it), RecordNotInBatch, WrongOutput or
    ///      WrongRequest.
    function resolveData(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) external {
        Batch storage b = _batch(batchIndex);
        if (!_dataOpen(batchIndex, recordIndex)) revert NoOpenDataChallenge(batchIndex, recordIndex);
        uint256 deadline = _data[batchIndex][recordIndex].deadline;
        // forge-lint: disable-next-line(block-timestamp) -- the data window is measured in seconds
        if (block.timestamp > deadline) revert DataDeadline(batchIndex, recordIndex, deadline);
        _checkLengths(output, request);
        _checkRecordAndOutput(b, batchIndex, recordIndex, record, proof, output, request);
        // The bond goes to the proposer whoever answers: else a griefer could challenge and answer in one
        // transaction, holding an honest record back a data window for the cost of gas.
        _closeDataChallenge(b, batchIndex, recordIndex, b.proposer);
        // The record is public only now: it stays disputable for a data window more (this record only; the batch's
        // bond is held until the last such extension ends).
        uint64 until = uint64(block.timestamp) + _dataWindow;
        _data[batchIndex][recordIndex].disputableUntil = until;
        if (until > b.disputableUntil) b.disputableUntil = until;
        emit DataResolved(batchIndex, recordIndex, record, proof, output, request);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, NoOpenDataChallenge, DataDeadline (not yet past it), WrongRecordStatus or
    ///      JobNotAt (`jobId` was not included at this position; for jobId 0: the position is not an L2 record's, as
    ///      propose or proposeBlobs marked it).
    function voidUnavailable(uint64 batchIndex, uint32 recordIndex, uint64 jobId) external {
        Batch storage b = _batch(batchIndex);
        if (!_dataOpen(batchIndex, recordIndex)) revert NoOpenDataChallenge(batchIndex, recordIndex);
        DataChallenge storage c = _data[batchIndex][recordIndex];
        uint256 deadline = c.deadline;
        // forge-lint: disable-next-line(block-timestamp) -- the data window is measured in seconds
        if (block.timestamp <= deadline) revert DataDeadline(batchIndex, recordIndex, deadline);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        if (jobId == 0) {
            if ((_l2Positions[batchIndex][recordIndex >> 8] >> (recordIndex & 255)) & 1 == 0) {
                revert JobNotAt(jobId, batchIndex, recordIndex);
            }
        } else {
            IJobInbox.Job memory job = inbox.job(jobId);
            if (job.includedAt == 0 || job.includedBatch != batchIndex || job.includedRecord != recordIndex) {
                revert JobNotAt(jobId, batchIndex, recordIndex);
            }
        }
        address challenger = c.challenger;
        _closeDataChallenge(b, batchIndex, recordIndex, challenger);
        _voidWithoutGame(b, batchIndex, recordIndex, jobId, Invalidity.DataUnavailable, challenger);
    }

    /// @dev Whether record (batchIndex, recordIndex) has an open (unresolved) data challenge.
    function _dataOpen(uint256 batchIndex, uint256 recordIndex) internal view returns (bool) {
        DataChallenge storage c = _data[batchIndex][recordIndex];
        return c.challenger != address(0) && !c.resolved;
    }

    /// @dev Closes the record's data challenge if it is open: its bond goes to `to` (the challenger when zero).
    function _closeDataChallenge(Batch storage b, uint256 batchIndex, uint256 recordIndex, address to) internal {
        if (!_dataOpen(batchIndex, recordIndex)) return;
        DataChallenge storage c = _data[batchIndex][recordIndex];
        c.resolved = true;
        --b.pendingDisputes;
        uint256 bond = _dataChallengeBond;
        _dataBondsHeld -= bond;
        _creditTo(to == address(0) ? c.challenger : to, bond);
    }

    /// @inheritdoc IRollup
    function dataChallenge(uint256 batchIndex, uint256 recordIndex) external view returns (DataChallenge memory) {
        return _data[batchIndex][recordIndex];
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch.
    function recordDeadline(uint256 batchIndex, uint256 recordIndex) external view returns (uint256) {
        return _recordDeadline(_batch(batchIndex), batchIndex, recordIndex);
    }

    /// @notice Sum of the bonds of open data challenges.
    function dataBondsHeld() external view returns (uint256) {
        return _dataBondsHeld;
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with RejectionInvalid unless the job is Pending, not overdue, and the reason holds.
    function reject(uint256 jobId, RejectReason reason) external {
        IJobInbox inbox_ = inbox;
        // An overdue job is refunded by JobInbox.refundOverdue, which decides whether it is a fault.
        if (inbox_.statusOf(jobId) != IJobInbox.Status.Pending || inbox_.isOverdue(jobId)) {
            revert RejectionInvalid(jobId, reason);
        }
        IJobInbox.Job memory job = inbox_.job(jobId);
        bool holds;
        if (reason == RejectReason.ModelRefused) holds = models.summary(job.modelId).refused;
        else if (reason == RejectReason.ModelUnservable) holds = _unservable[job.modelId];
        else holds = job.maxFee < _minFee;
        if (!holds) revert RejectionInvalid(jobId, reason);
        emit JobRejected(jobId, reason);
        inbox_.refund(jobId);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotGuardian or AlreadyPaused.
    function pause() external onlyGuardian {
        if (_paused) revert AlreadyPaused();
        _paused = true;
        _pausedAt = uint64(block.number);
        emit ProposalsPaused(msg.sender);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotGuardian or NotPaused.
    function unpause() external onlyGuardian {
        if (!_paused) revert NotPaused();
        _paused = false;
        _pausedBlocks += uint64(block.number) - _pausedAt;
        emit ProposalsUnpaused(msg.sender);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotSequencer or UnknownModel (the registry's); declaring twice is a no-op.
    function declareUnservable(uint64 modelId) external onlySequencer {
        models.summary(modelId); // reverts for an unknown model
        if (_unservable[modelId]) return;
        _unservable[modelId] = true;
        emit ModelDeclaredUnservable(modelId);
    }

    /// @inheritdoc IRollup
    /// @dev Blacklisting a settled game has no effect on its record (settle already acted on it).
    function blacklist(IDisputeGame game) external onlyGuardian {
        _blacklisted[game] = true;
        emit GameBlacklisted(address(game));
    }

    /// @dev Refunds job `jobId` if the inbox still holds it Included at (batchIndex, recordIndex): a voided record
    ///      refunds only the job included at its own position, never another job it names. Returns the job's
    ///      submitter if it was refunded, else zero.
    function _refundIncluded(uint64 jobId, uint256 batchIndex, uint256 recordIndex) internal returns (address) {
        IJobInbox inbox_ = inbox;
        if (inbox_.statusOf(jobId) != IJobInbox.Status.Included) return address(0);
        IJobInbox.Job memory job = inbox_.job(jobId);
        if (job.includedBatch != batchIndex || job.includedRecord != recordIndex) return address(0);
        inbox_.refund(jobId);
        return job.submitter;
    }

    /// @dev A record proven wrong or voided: its job (if Included at its position) is refunded, and the sequencer
    ///      failed to serve it: a fault, whose penalty goes to the submitter now or, with no stake, once proven
    ///      (proveInclusionFault). So a sequencer cannot cancel a user's job by posting a bad record and voiding it
    ///      through a sock.
    function _refundAndFault(uint64 jobId, uint256 batchIndex, uint256 recordIndex) internal {
        address submitter = _refundIncluded(jobId, batchIndex, recordIndex);
        if (submitter == address(0) || _faultProven[jobId]) return;
        _servingFault[jobId] = true;
        if (_stake == 0) return;
        _faultProven[jobId] = true;
        _payPenalty(jobId, submitter, false);
    }

    /// @dev The last moment record (batchIndex, recordIndex) of `b` may be disputed.
    function _recordDeadline(Batch storage b, uint256 batchIndex, uint256 recordIndex) internal view returns (uint256) {
        uint256 closes = uint256(b.proposedAt) + _challengeWindow;
        uint256 extended = _data[batchIndex][recordIndex].disputableUntil;
        return extended > closes ? extended : closes;
    }

    /// @dev Pays inclusionPenalty of the stake (what is left of it) to `payee` for job `jobId`'s fault. A fault on a
    ///      job that was never included is paid only from the stake above inclusionPenalty per Included job: the
    ///      reserve of the included jobs' users, which faults on pending jobs (possibly the sequencer's own, through
    ///      a sock submitter) cannot drain. Returns the penalty paid.
    function _payPenalty(uint256 jobId, address payee, bool pending) internal returns (uint256 penalty) {
        penalty = _takeStake(_inclusionPenalty, pending);
        emit InclusionFaultProven(jobId, payee, penalty);
        _creditTo(payee, penalty);
    }

    /// @dev Takes up to `amount` off the stake and returns what it took: with `spareOnly`, only what is above the
    ///      included jobs' reserve (inclusionPenalty per Included job), which only their own faults may spend.
    function _takeStake(uint256 amount, bool spareOnly) internal returns (uint256) {
        uint256 have = _stake;
        uint256 avail = have;
        if (spareOnly) {
            uint256 reserve = uint256(_inclusionPenalty) * inbox.includedCount();
            avail = have > reserve ? have - reserve : 0;
        }
        if (amount > avail) amount = avail;
        _stake = have - amount;
        return amount;
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, ChallengeWindowOpen, DisputesPending or BondAlreadyReleased. Once the window
    ///      has passed no record of the batch can be disputed, so with no dispute pending nothing can slash it.
    function releaseBond(uint64 batchIndex) external {
        Batch storage b = _batch(batchIndex);
        uint256 closesAt = b.disputableUntil;
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp <= closesAt) revert ChallengeWindowOpen(batchIndex, closesAt);
        if (b.pendingDisputes != 0) revert DisputesPending(batchIndex, b.pendingDisputes);
        if (b.bondReleased) revert BondAlreadyReleased(batchIndex);
        b.bondReleased = true;
        uint256 amount = uint256(b.bond) - uint256(b.voided) * _bondPerRecord;
        _bondsHeld -= amount;
        address proposer = b.proposer;
        emit BondReleased(batchIndex, proposer, amount);
        _creditTo(proposer, amount);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotSequencer or ZeroValue (no value).
    function stake() external payable onlySequencer {
        if (msg.value == 0) revert ZeroValue("amount");
        uint256 total = _stake + msg.value;
        _stake = total;
        emit Staked(msg.sender, msg.value, total);
    }

    /// @inheritdoc IRollup
    /// @dev This contract has no way for the sequencer to retire, so the sequencer is always active: the stake may
    ///      never be taken below inclusionPenalty × (Included jobs + 1) (a force refund of every included job and
    ///      of one pending job may always still be proven). Reverts with NotSequencer, ZeroValue (amount),
    ///      InsufficientStake(stake, amount) when amount is above the stake, or InsufficientStake(stake, amount +
    ///      floor) when less than that floor would be left.
    function unstake(uint256 amount) external onlySequencer {
        if (amount == 0) revert ZeroValue("amount");
        uint256 have = _stake;
        if (amount > have) revert InsufficientStake(have, amount);
        uint256 floor = uint256(_inclusionPenalty) * (inbox.includedCount() + 1);
        if (have - amount < floor) revert InsufficientStake(have, amount + floor);
        uint256 total = have - amount;
        _stake = total;
        emit Unstaked(msg.sender, amount, total);
        _creditTo(msg.sender, amount);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotForceRefunded (no fault: not refunded as a fault by the inbox, nor voided by this
    ///      contract), FaultAlreadyProven or InsufficientStake(available, inclusionPenalty) when nothing can be paid
    ///      (the fault stays provable for when the sequencer stakes again). Anyone may prove it; the penalty goes to
    ///      the job's submitter. A never-included job's fault is paid only from the stake above the included jobs'
    ///      reserve.
    function proveInclusionFault(uint256 jobId) external {
        bool served = _servingFault[jobId];
        if (!served && !inbox.isForceRefunded(jobId)) revert NotForceRefunded(jobId);
        if (_faultProven[jobId]) revert FaultAlreadyProven(jobId);
        IJobInbox.Job memory job = inbox.job(jobId);
        _faultProven[jobId] = true;
        uint256 paid = _payPenalty(jobId, job.submitter, !served && job.includedAt == 0);
        if (paid == 0) revert InsufficientStake(0, _inclusionPenalty);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NoCredit or TransferFailed. The credit is cleared before the send (all gas is forwarded,
    ///      no return data is copied).
    function withdrawCredit() external {
        uint256 amount = _credit[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        _credit[msg.sender] = 0;
        _totalCredits -= amount;
        emit CreditWithdrawn(msg.sender, amount);
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), caller(), amount, 0, 0, 0, 0)
        }
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch.
    function batch(uint256 batchIndex) external view returns (Batch memory) {
        return _batch(batchIndex);
    }

    /// @inheritdoc IRollup
    function batchCount() external view returns (uint256) {
        return _batches.length;
    }

    /// @inheritdoc IRollup
    /// @dev None for a record that does not exist.
    function recordStatus(uint256 batchIndex, uint256 recordIndex) external view returns (RecordStatus) {
        return _records[batchIndex][recordIndex].status;
    }

    /// @inheritdoc IRollup
    /// @dev The record's game, kept after settlement; zero if it was never disputed.
    function gameOf(uint256 batchIndex, uint256 recordIndex) external view returns (IDisputeGame) {
        return _records[batchIndex][recordIndex].game;
    }

    /// @notice True iff the record was disputed and the defender won: it may not be disputed again.
    function survived(uint256 batchIndex, uint256 recordIndex) external view returns (bool) {
        return _records[batchIndex][recordIndex].survived;
    }

    /// @inheritdoc IRollup
    /// @dev False for a record that does not exist (unknown batch or record index past recordCount).
    function isFinal(uint256 batchIndex, uint256 recordIndex) external view returns (bool) {
        if (batchIndex >= _batches.length) return false;
        Batch storage b = _batches[batchIndex];
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        return recordIndex < b.recordCount
            && block.timestamp > _recordDeadline(b, batchIndex, recordIndex) + _finalityDelay
            && _records[batchIndex][recordIndex].status == RecordStatus.None && !_dataOpen(batchIndex, recordIndex);
    }

    /// @inheritdoc IRollup
    function credit(address account) external view returns (uint256) {
        return _credit[account];
    }

    /// @notice Sum of all credits.
    function totalCredits() external view returns (uint256) {
        return _totalCredits;
    }

    /// @notice Sum of bond - voided × bondPerRecord over the batches whose bond was not released.
    function bondsHeld() external view returns (uint256) {
        return _bondsHeld;
    }

    /// @notice Whether the inclusion fault of force-refunded job `jobId` was proven.
    function faultProven(uint256 jobId) external view returns (bool) {
        return _faultProven[jobId];
    }

    /// @notice Timestamp after which batch `batchIndex`'s records can no longer be disputed (its window closes).
    /// @dev Reverts with UnknownBatch.
    function challengeDeadline(uint256 batchIndex) external view returns (uint256) {
        return _batch(batchIndex).disputableUntil;
    }

    /// @inheritdoc IRollup
    function stakeOf() external view returns (uint256) {
        return _stake;
    }

    /// @inheritdoc IRollup
    function config() external view returns (RollupConfig memory) {
        return RollupConfig({
            challengeWindow: _challengeWindow,
            finalityDelay: _finalityDelay,
            bondPerRecord: _bondPerRecord,
            inclusionPenalty: _inclusionPenalty,
            minFee: _minFee,
            dataWindow: _dataWindow,
            dataChallengeBond: _dataChallengeBond
        });
    }

    /// @inheritdoc IRollup
    function paused() external view returns (bool) {
        return _paused;
    }

    /// @inheritdoc IRollup
    function pausedBlocks() external view returns (uint256) {
        return uint256(_pausedBlocks) + (_paused ? block.number - _pausedAt : 0);
    }

    /// @inheritdoc IRollup
    function unservable(uint256 modelId) external view returns (bool) {
        return _unservable[modelId];
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch.
    function deliverableAt(uint256 batchIndex, uint256 recordIndex) external view returns (uint256) {
        Batch storage b = _batch(batchIndex);
        if (_records[batchIndex][recordIndex].status == RecordStatus.Disputed) return type(uint256).max;
        // An unanswered data challenge: the record was due by the challenge's deadline.
        if (_dataOpen(batchIndex, recordIndex)) return uint256(_data[batchIndex][recordIndex].deadline) + 1;
        uint256 from = _recordDeadline(b, batchIndex, recordIndex) + _finalityDelay + 1;
        uint256 settled = _settledAt[batchIndex][recordIndex];
        return settled > from ? settled : from;
    }

    /// @inheritdoc IRollup
    function blacklisted(IDisputeGame game) external view returns (bool) {
        return _blacklisted[game];
    }

    /// @dev Batch `batchIndex`; reverts with UnknownBatch.
    function _batch(uint256 batchIndex) internal view returns (Batch storage) {
        if (batchIndex >= _batches.length) revert UnknownBatch(batchIndex);
        return _batches[batchIndex];
    }

    /// @dev Reverts with RecordNotInBatch unless `proof` shows `leaf` at `recordIndex` (< recordCount) of the
    ///      batch's records tree, whose depth is ceil(log2 recordCount): a proof of any other length is rejected,
    ///      so that no inner node or padding position can pass for a record.
    function _checkInclusion(
        Batch storage b,
        uint256 batchIndex,
        uint256 recordIndex,
        bytes32 leaf,
        bytes32[] calldata proof
    ) internal view {
        uint256 n = b.recordCount;
        if (recordIndex >= n || proof.length != _depth(n)) revert RecordNotInBatch(batchIndex, recordIndex);
        if (LibMerkle.rootFromProofCalldata(leaf, recordIndex, proof) != b.recordsRoot) {
            revert RecordNotInBatch(batchIndex, recordIndex);
        }
    }

    /// @dev Reverts with RecordNotInBatch unless `record` is at `recordIndex` of the batch (`proof`), with
    ///      WrongOutput unless `output` is its output, or with WrongRequest unless `request` is its request (empty for
    ///      an L1 record).
    function _checkRecordAndOutput(
        Batch storage b,
        uint256 batchIndex,
        uint256 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output,
        bytes calldata request
    ) internal view {
        _checkInclusion(b, batchIndex, recordIndex, keccak256(abi.encode(record)), proof);
        bytes32 outHash = keccak256(output);
        if (outHash != record.outputHash) revert WrongOutput(outHash, record.outputHash);
        bytes32 reqHash = _requestHash(request);
        if (reqHash != record.requestHash) revert WrongRequest(reqHash, record.requestHash);
    }

    /// @dev RecordValidity.invalidity of the record deliver or reportInvalid was called with: their calldata is
    ///      forwarded to RecordValidity.invalidityOf, which takes the same arguments (so that neither re-encodes the
    ///      record). Its revert (RecordValidity.OutOfGas) is bubbled up.
    function _invalidity() internal view returns (Invalidity, IJobInbox.Job memory, uint64) {
        (bool ok, bytes memory ret) =
            address(validity).staticcall(bytes.concat(RecordValidity.invalidityOf.selector, msg.data[4:]));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return abi.decode(ret, (Invalidity, IJobInbox.Job, uint64));
    }

    /// @dev Reverts with DataTooLong if a record's output or request is longer than RecordValidity allows: every
    ///      record's data must be cheap enough to show to reportInvalid (which copies it to memory, at a quadratic
    ///      cost), else a proposer could post an invalid record that no one can afford to void.
    function _checkLengths(bytes calldata output, bytes calldata request) internal pure {
        if (output.length > MAX_RECORD_OUTPUT_BYTES || request.length > MAX_RECORD_REQUEST_BYTES) {
            revert DataTooLong(output.length, request.length);
        }
    }

    /// @dev keccak256 of an L2 record's request bytes; zero for none (an L1 record's).
    function _requestHash(bytes calldata request) internal pure returns (bytes32) {
        return request.length == 0 ? bytes32(0) : keccak256(request);
    }

    /// @dev ceil(log2 n) for 1 <= n <= MAX_RECORDS: the depth of a tree of n leaves.
    function _depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    /// @dev Adds `amount` (if non-zero) to `account`'s credit.
    function _creditTo(address account, uint256 amount) internal {
        if (amount == 0) return;
        _credit[account] += amount;
        _totalCredits += amount;
        emit Credited(account, amount);
    }

    /// @dev Calls IJobReceiver(callback).onJobResult(jobId, output) with exactly `gasLimit` gas, copying no return
    ///      data; reverts with InsufficientGas unless enough gas is left for the callback to get all of it.
    function _callback(address callback, uint256 gasLimit, uint256 jobId, bytes calldata output)
        internal
        returns (bool ok)
    {
        bytes memory data = abi.encodeCall(IJobReceiver.onJobResult, (jobId, output));
        uint256 needed = gasLimit * 64 / 63 + CALLBACK_RESERVE_GAS;
        uint256 left = gasleft();
        if (left < needed) revert InsufficientGas(left, needed);
        assembly ("memory-safe") {
            ok := call(gasLimit, callback, 0, add(data, 0x20), mload(data), 0, 0)
        }
    }
}
