// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup, IJobReceiver} from "./interfaces/IRollup.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IDatasetRegistry} from "./interfaces/IDatasetRegistry.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IDisputeGame} from "./interfaces/IDisputeGame.sol";
import {IDisputeGameFactory} from "./interfaces/IDisputeGameFactory.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";

/// @title Rollup
/// @notice Bonded batch proposals of job records, their challenge window, one dispute game per disputed record,
///         finalization and delivery to DApps, and the sequencer's stake for forced-inclusion faults
///         (docs/protocol.md, "Job lifecycle"). Every payment out of this contract is pull-based: it is credited
///         and paid by withdrawCredit.
/// @dev Deployment cycle: JobInbox (its `rollup`), DatasetRegistry (its `writer`) and DisputeGameFactory (its
///      `rollup`) are constructed with this contract's address, which deployers precompute.
///
///      Record lifecycle: None -> Disputed -> (Voided | None) and None -> Delivered, after the window. A record
///      whose dispute the defender won goes back to None and is marked `survived`: it may not be disputed again,
///      so a record gets at most one game (a second game over the same record would only let a challenger
///      replay a lost argument and hold the record's delivery hostage).
///
///      ETH conservation: address(this).balance == bondsHeld() + stakeOf() + totalCredits(), where bondsHeld()
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
    /// @notice The record's kind is `recordKind`, but the inbox job it names is a `jobKind` job.
    error KindMismatch(uint256 jobId, IJobInbox.Kind recordKind, IJobInbox.Kind jobKind);
    /// @notice A training job's output must be abi.encode(bytes32 newModelRoot, bytes32 trainingConfigHash).
    error InvalidTrainingOutput(uint256 length);

    /// @notice Emitted when a delivered training job's model root already has a lineage (an identical training
    ///         job was delivered before): the existing lineage `lineageId` stands and the delivery goes on.
    event LineageExisting(uint64 indexed jobId, bytes32 indexed modelRoot, uint256 lineageId);

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
    IJobInbox public immutable inbox;
    /// @notice The factory every game is created by.
    IDisputeGameFactory public immutable factory;
    /// @notice The registry lineage of delivered training jobs is recorded in.
    IDatasetRegistry public immutable datasets;
    /// @notice The registry a record's model root is checked against (reportInvalid).
    IModelRegistry public immutable models;

    /// @dev RollupConfig, unpacked into immutables.
    uint64 internal immutable _challengeWindow;
    uint128 internal immutable _bondPerRecord;
    uint128 internal immutable _inclusionPenalty;

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
    /// @dev Force-refunded jobs whose inclusion fault was proven.
    mapping(uint256 jobId => bool) internal _faultProven;

    /// @dev Reverts with NotSequencer unless the caller is the sequencer.
    modifier onlySequencer() {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        _;
    }

    /// @param sequencer_ The only account that may propose and stake; non-zero.
    /// @param inbox_ The JobInbox whose `rollup` this contract is; non-zero.
    /// @param factory_ The DisputeGameFactory whose `rollup` this contract is; non-zero.
    /// @param datasets_ The DatasetRegistry whose `writer` this contract is; non-zero.
    /// @param models_ The ModelRegistry jobs name their models in; non-zero.
    /// @param cfg challengeWindow, bondPerRecord and inclusionPenalty: each non-zero, and bondPerRecord at most
    ///        type(uint128).max / MAX_RECORDS, so that every bond fits Batch.bond.
    constructor(
        address sequencer_,
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
        sequencer = sequencer_;
        inbox = inbox_;
        factory = factory_;
        datasets = datasets_;
        models = models_;
        _challengeWindow = cfg.challengeWindow;
        _bondPerRecord = cfg.bondPerRecord;
        _inclusionPenalty = cfg.inclusionPenalty;
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotSequencer, WrongBatchIndex, OutOfRange (recordCount not 1 to MAX_RECORDS), ZeroValue
    ///      (recordsRoot) or IncorrectBond; markIncluded reverts for a job that is not Pending.
    function propose(
        uint64 batchIndex,
        bytes32 recordsRoot,
        uint32 recordCount,
        bytes32 daCommitment,
        uint64[] calldata includedJobIds
    ) external payable onlySequencer {
        uint256 count = _batches.length;
        if (batchIndex != count) revert WrongBatchIndex(batchIndex, count);
        if (recordCount == 0 || recordCount > MAX_RECORDS) {
            revert OutOfRange("recordCount", recordCount, 1, MAX_RECORDS);
        }
        if (recordsRoot == bytes32(0)) revert ZeroValue("recordsRoot");
        uint256 bond = uint256(_bondPerRecord) * recordCount; // fits uint128: see the constructor
        if (msg.value != bond) revert IncorrectBond(msg.value, bond);

        _batches.push(
            Batch({
                recordsRoot: recordsRoot,
                daCommitment: daCommitment,
                proposer: msg.sender,
                recordCount: recordCount,
                proposedAt: uint64(block.timestamp),
                // forge-lint: disable-next-line(unsafe-typecast)
                bond: uint128(bond),
                pendingDisputes: 0,
                voided: 0,
                bondReleased: false
            })
        );
        _bondsHeld += bond;
        emit BatchProposed(batchIndex, recordsRoot, recordCount, daCommitment, bond);

        IJobInbox inbox_ = inbox;
        for (uint256 i; i < includedJobIds.length; ++i) {
            inbox_.markIncluded(includedJobIds[i]);
        }
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
        uint256 closesAt = uint256(b.proposedAt) + _challengeWindow;
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp > closesAt) revert ChallengeWindowClosed(batchIndex, closesAt);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        if (r.survived) revert DisputeSurvived(batchIndex, recordIndex, address(r.game));
        bytes memory encoded = abi.encode(record);
        _checkInclusion(b, batchIndex, recordIndex, keccak256(encoded), proof);

        r.status = RecordStatus.Disputed;
        r.jobId = record.jobId;
        ++b.pendingDisputes;
        game = factory.create{value: msg.value}(encoded, setupData, b.proposer, msg.sender, challengerClaim);
        r.game = game;
        emit RecordDisputed(batchIndex, recordIndex, address(game), msg.sender);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, WrongRecordStatus (not Disputed) or GameNotResolved. The winner is the
    ///      root claim's counteredBy (the first attack's claimant should the game leave it unset). A voided record's
    ///      job is refunded only if the inbox still holds it Pending or Included (a record may name a job that is
    ///      unknown or was settled through another record): the record is voided either way. The status is read
    ///      first rather than the refund wrapped in try/catch, so that a caller cannot make the refund fail (run
    ///      out of gas) while the voiding succeeds.
    function settle(uint64 batchIndex, uint32 recordIndex) external {
        Batch storage b = _batch(batchIndex);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.Disputed) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        IDisputeGame game = r.game;
        IDisputeGame.GameStatus gs = game.status();
        if (gs == IDisputeGame.GameStatus.IN_PROGRESS) revert GameNotResolved(address(game));
        --b.pendingDisputes;

        if (gs == IDisputeGame.GameStatus.CHALLENGER_WINS) {
            r.status = RecordStatus.Voided;
            ++b.voided;
            uint256 slashed = _bondPerRecord;
            _bondsHeld -= slashed;
            address winner = game.claimData(0).counteredBy;
            if (winner == address(0)) winner = game.claimData(1).claimant;
            emit DisputeSettled(batchIndex, recordIndex, gs, winner);
            _creditTo(winner, slashed);

            uint64 jobId = r.jobId;
            emit RecordVoided(batchIndex, recordIndex, jobId);
            IJobInbox inbox_ = inbox;
            IJobInbox.Status js = inbox_.statusOf(jobId);
            if (js == IJobInbox.Status.Pending || js == IJobInbox.Status.Included) inbox_.refund(jobId);
        } else {
            r.status = RecordStatus.None;
            r.survived = true;
            emit DisputeSettled(batchIndex, recordIndex, gs, b.proposer);
        }
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, ChallengeWindowOpen, WrongRecordStatus (not None), RecordNotInBatch,
    ///      WrongOutput, KindMismatch (the record's kind is not its job's), InvalidTrainingOutput or
    ///      InsufficientGas; the inbox reverts for a job that is not Included (unknown, delivered or refunded) and
    ///      for a fee above the job's max fee, the registry for a training output it does not accept (except
    ///      LineageExists: a model root that already has a lineage, which LineageExisting reports). Anyone may
    ///      deliver. The record is marked Delivered before any external call.
    function deliver(
        uint64 batchIndex,
        uint32 recordIndex,
        JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output
    ) external {
        Batch storage b = _batch(batchIndex);
        uint256 closesAt = uint256(b.proposedAt) + _challengeWindow;
        // forge-lint: disable-next-line(block-timestamp) -- the challenge window is measured in seconds
        if (block.timestamp <= closesAt) revert ChallengeWindowOpen(batchIndex, closesAt);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        _checkInclusion(b, batchIndex, recordIndex, keccak256(abi.encode(record)), proof);
        bytes32 outHash = keccak256(output);
        if (outHash != record.outputHash) revert WrongOutput(outHash, record.outputHash);

        r.status = RecordStatus.Delivered;
        bool callbackOk = _deliver(b.proposer, record.jobId, record.kind, record.fee, output);
        emit JobDelivered(batchIndex, recordIndex, record.jobId, callbackOk);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, WrongRecordStatus (not None), RecordNotInBatch or RecordValid. The checks are
    ///      those a delivery or a dispute of the record relies on, in this order: the job exists and is Included
    ///      (a record for a job that is unknown, still Pending, or already settled, e.g. a second record for one
    ///      job), its kind, input hash and parameters are the job's, the fee is at most the job's max fee, the
    ///      model root is the registered model's (not checked for pretraining, which starts from a seeded init),
    ///      and an inference record has 1 to context prompt tokens, exactly maxTokens output tokens and fits the
    ///      model's context (what TransformerVM.setup requires). The reward is paid only while the batch's bond is
    ///      held; after it was released the record is still voided and its job refunded.
    function reportInvalid(uint64 batchIndex, uint32 recordIndex, JobRecord calldata record, bytes32[] calldata proof)
        external
    {
        Batch storage b = _batch(batchIndex);
        RecordState storage r = _records[batchIndex][recordIndex];
        if (r.status != RecordStatus.None) revert WrongRecordStatus(batchIndex, recordIndex, r.status);
        _checkInclusion(b, batchIndex, recordIndex, keccak256(abi.encode(record)), proof);
        string memory reason = _invalidity(record);
        if (bytes(reason).length == 0) revert RecordValid(batchIndex, recordIndex);

        r.status = RecordStatus.Voided;
        r.jobId = record.jobId;
        emit RecordInvalid(batchIndex, recordIndex, record.jobId, reason);
        emit RecordVoided(batchIndex, recordIndex, record.jobId);
        if (!b.bondReleased) {
            ++b.voided;
            uint256 slashed = _bondPerRecord;
            _bondsHeld -= slashed;
            _creditTo(msg.sender, slashed);
        }
        IJobInbox inbox_ = inbox;
        IJobInbox.Status js = inbox_.statusOf(record.jobId);
        if (js == IJobInbox.Status.Pending || js == IJobInbox.Status.Included) inbox_.refund(record.jobId);
    }

    /// @dev Why `record` can never be delivered or disputed, or "" if it is consistent with its job.
    function _invalidity(JobRecord calldata record) internal view returns (string memory) {
        IJobInbox inbox_ = inbox;
        if (inbox_.statusOf(record.jobId) != IJobInbox.Status.Included) return "job not included";
        IJobInbox.Job memory job = inbox_.job(record.jobId);
        if (record.kind != job.kind) return "kind";
        if (record.inputHash != job.inputHash) return "inputHash";
        if (keccak256(abi.encode(record.params)) != keccak256(abi.encode(job.params))) return "params";
        if (record.fee > job.maxFee) return "fee";
        if (job.kind == IJobInbox.Kind.Pretrain) return "";
        IModelRegistry.Model memory m;
        try models.model(job.modelId) returns (IModelRegistry.Model memory got) {
            m = got;
        } catch {
            return "unknown model";
        }
        if (record.modelRoot != m.root) return "modelRoot";
        if (job.kind != IJobInbox.Kind.Inference) return "";
        uint256 context = m.dims.contextLength;
        if (record.promptLen == 0 || record.promptLen > context) return "promptLen";
        if (record.outputLen != job.params.maxTokens) return "outputLen";
        if (uint256(record.promptLen) + record.outputLen > context) return "context";
        return "";
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with UnknownBatch, ChallengeWindowOpen, DisputesPending or BondAlreadyReleased. Once the window
    ///      has passed no record of the batch can be disputed, so with no dispute pending nothing can slash it.
    function releaseBond(uint64 batchIndex) external {
        Batch storage b = _batch(batchIndex);
        uint256 closesAt = uint256(b.proposedAt) + _challengeWindow;
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
    ///      never be taken below inclusionPenalty (a force refund may always still be proven). Reverts with
    ///      NotSequencer, ZeroValue (amount), InsufficientStake(stake, amount) when amount is above the stake, or
    ///      InsufficientStake(stake, amount + inclusionPenalty) when less than inclusionPenalty would be left.
    function unstake(uint256 amount) external onlySequencer {
        if (amount == 0) revert ZeroValue("amount");
        uint256 have = _stake;
        if (amount > have) revert InsufficientStake(have, amount);
        if (have - amount < _inclusionPenalty) revert InsufficientStake(have, amount + _inclusionPenalty);
        uint256 total = have - amount;
        _stake = total;
        emit Unstaked(msg.sender, amount, total);
        _creditTo(msg.sender, amount);
    }

    /// @inheritdoc IRollup
    /// @dev Reverts with NotForceRefunded, FaultAlreadyProven or InsufficientStake(0, inclusionPenalty) when the
    ///      stake is empty (the fault stays provable for when the sequencer stakes again). Anyone may prove it.
    function proveInclusionFault(uint256 jobId) external {
        if (!inbox.isForceRefunded(jobId)) revert NotForceRefunded(jobId);
        if (_faultProven[jobId]) revert FaultAlreadyProven(jobId);
        uint256 have = _stake;
        if (have == 0) revert InsufficientStake(0, _inclusionPenalty);
        uint256 penalty = have < _inclusionPenalty ? have : _inclusionPenalty;
        _faultProven[jobId] = true;
        _stake = have - penalty;
        emit InclusionFaultProven(jobId, msg.sender, penalty);
        _creditTo(msg.sender, penalty);
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
        return recordIndex < b.recordCount && block.timestamp > uint256(b.proposedAt) + _challengeWindow
            && _records[batchIndex][recordIndex].status == RecordStatus.None;
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
        return uint256(_batch(batchIndex).proposedAt) + _challengeWindow;
    }

    /// @inheritdoc IRollup
    function stakeOf() external view returns (uint256) {
        return _stake;
    }

    /// @inheritdoc IRollup
    function config() external view returns (RollupConfig memory) {
        return RollupConfig({
            challengeWindow: _challengeWindow, bondPerRecord: _bondPerRecord, inclusionPenalty: _inclusionPenalty
        });
    }

    /// @inheritdoc IRollup
    function recordHash(JobRecord calldata record) external pure returns (bytes32) {
        return keccak256(abi.encode(record));
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

    /// @dev The external part of a delivery (the record is Delivered already): checks the record's kind against
    ///      its job, releases `fee` to `proposer`, records a training job's lineage and calls the job's callback.
    ///      Returns whether the callback succeeded (true when there is none).
    function _deliver(address proposer, uint64 jobId, IJobInbox.Kind kind, uint128 fee, bytes calldata output)
        internal
        returns (bool callbackOk)
    {
        IJobInbox inbox_ = inbox;
        IJobInbox.Job memory job = inbox_.job(jobId);
        if (kind != job.kind) revert KindMismatch(jobId, kind, job.kind);
        inbox_.release(jobId, fee, proposer);
        if (kind != IJobInbox.Kind.Inference) _recordLineage(jobId, job, output);
        callbackOk = true;
        if (job.callback != address(0)) callbackOk = _callback(job.callback, job.callbackGasLimit, jobId, output);
    }

    /// @dev Records the lineage of delivered training job `jobId`: output is abi.encode(newModelRoot,
    ///      trainingConfigHash), the base model is the job's modelId (0 for Pretrain), the dataset its datasetId.
    function _recordLineage(uint64 jobId, IJobInbox.Job memory job, bytes calldata output) internal {
        if (output.length != 64) revert InvalidTrainingOutput(output.length);
        (bytes32 newModelRoot, bytes32 configHash) = abi.decode(output, (bytes32, bytes32));
        try datasets.recordLineage(newModelRoot, job.modelId, job.datasetId, configHash, bytes32(uint256(jobId))) {}
        catch (bytes memory reason) {
            // forge-lint: disable-next-line(unsafe-typecast) -- the selector: the first 4 bytes, length checked
            if (reason.length < 4 || bytes4(reason) != IDatasetRegistry.LineageExists.selector) {
                assembly ("memory-safe") {
                    revert(add(reason, 0x20), mload(reason))
                }
            }
            emit LineageExisting(jobId, newModelRoot, datasets.lineageOf(newModelRoot));
        }
    }

    /// @dev Calls IJobReceiver(callback).onJobResult(jobId, output) with exactly `gasLimit` gas, copying no return
    ///      data; reverts with InsufficientGas unless enough gas is left for the callback to get all of it.
    function _callback(address callback, uint256 gasLimit, uint64 jobId, bytes calldata output)
        internal
        returns (bool ok)
    {
        bytes memory data = abi.encodeCall(IJobReceiver.onJobResult, (uint256(jobId), output));
        uint256 needed = gasLimit * 64 / 63 + CALLBACK_RESERVE_GAS;
        uint256 left = gasleft();
        if (left < needed) revert InsufficientGas(left, needed);
        assembly ("memory-safe") {
            ok := call(gasLimit, callback, 0, add(data, 0x20), mload(data), 0, 0)
        }
    }
}
