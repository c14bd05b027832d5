// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IDatasetRegistry} from "./interfaces/IDatasetRegistry.sol";
import {LibJobRequest} from "./lib/LibJobRequest.sol";

/// @notice What the inbox reads of the rollup (IRollup): blocks spent paused, models it declared unservable, when an
///         included job's record became deliverable, and the DatasetRegistry training jobs name their dataset in.
interface IRollupClock {
    function pausedBlocks() external view returns (uint256);
    function datasets() external view returns (IDatasetRegistry);
    function unservable(uint256 modelId) external view returns (bool);
    function deliverableAt(uint256 batchIndex, uint256 recordIndex) external view returns (uint256);
    function factory() external view returns (address);
}

/// @dev What JobInbox reads of the rollup's DisputeGameFactory: whether training records have a game.
interface IFactoryTraining {
    function trainingVM() external view returns (address);
}

/// @title JobInbox
/// @notice The L1 entry point for jobs: checks and escrows each job, emits its input for data
///         availability, holds L2 balances, and lets anyone refund a job the sequencer failed to
///         include, or to deliver, in time. The rollup drives job status through its hooks.
contract JobInbox is IJobInbox {
    /// @notice Longest accepted job input in bytes (32 KiB).
    uint256 public constant MAX_INPUT_BYTES = 32 * 1024;
    /// @notice Largest accepted Params.maxTokens.
    uint256 public constant MAX_TOKENS = 8192;
    /// @notice Largest accepted Params.topPMicro (top-p = 1).
    uint256 public constant MAX_TOP_P_MICRO = 1_000_000;
    /// @notice Largest accepted callback gas limit.
    uint256 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @notice Gas forwarded with a fee payout or refund. A recipient that reverts or needs more is
    ///         credited on its L2 balance instead, so no recipient can block the rollup's hooks.
    uint256 public constant PAYOUT_GAS = 50_000;
    /// @notice Length of a training job's input: the configuration preimage (docs/protocol.md, "Training jobs").
    uint256 public constant TRAIN_CONFIG_BYTES = 152;
    /// @notice Domain tag a training configuration starts with: "airollup.train.config.v1".
    bytes24 public constant TRAIN_CONFIG_TAG = "airollup.train.config.v1";
    /// @notice Largest batch (sequences per step) of a training job, as the integer trainer's (Hyper.Check).
    uint256 public constant MAX_TRAIN_BATCH = 1 << 16;
    /// @notice Largest LoRA rank of a training job (train.MaxLoRARank).
    uint256 public constant MAX_LORA_RANK = 256;

    /// @inheritdoc IJobInbox
    address public immutable rollup;
    /// @inheritdoc IJobInbox
    IModelRegistry public immutable models;
    /// @inheritdoc IJobInbox
    uint64 public immutable inclusionWindow;
    /// @inheritdoc IJobInbox
    uint64 public immutable deliveryWindow;
    /// @inheritdoc IJobInbox
    uint64 public immutable withdrawalDelay;

    /// @dev A requested withdrawal: `amount` wei from `readyAt` (unix seconds) on.
    struct Withdrawal {
        uint256 amount;
        uint64 readyAt;
    }

    /// @dev Jobs by id; id 0 is never used.
    mapping(uint256 jobId => Job) internal _jobs;
    /// @dev Number of jobs submitted so far.
    uint256 internal _jobCount;
    /// @dev Jobs refunded by refundOverdue.
    mapping(uint256 jobId => bool) internal _forceRefunded;
    /// @dev L2 balances.
    mapping(address account => uint256) internal _balances;
    /// @dev Sum of `_balances`.
    uint256 internal _totalBalances;
    /// @dev Sum of the max fees of Pending and Included jobs.
    uint256 internal _escrowed;
    /// @dev Number of Included jobs.
    uint256 internal _includedCount;
    /// @dev Requested withdrawals of L2 balances.
    mapping(address account => Withdrawal) internal _withdrawals;
    /// @dev Consumed request nonces.
    mapping(address sender => mapping(uint64 nonce => bool)) internal _nonceUsed;

    /// @dev Reverts with NotRollup unless the caller is the rollup.
    modifier onlyRollup() {
        if (msg.sender != rollup) revert NotRollup(msg.sender);
        _;
    }

    /// @param rollup_ The only account allowed to call the rollup hooks (the Rollup contract); non-zero.
    /// @param models_ The registry inference jobs' models are checked against; a contract.
    /// @param inclusionWindow_ L1 blocks a job may stay Pending before it is overdue; non-zero.
    /// @param deliveryWindow_ Seconds an Included job's record may stay undelivered once it is deliverable
    ///        (IRollupClock.deliverableAt) before the job is overdue; non-zero.
    /// @param withdrawalDelay_ Seconds between requestWithdrawal and withdraw; the Rollup's constructor requires it
    ///        longer than its challenge window, two data windows and its finality delay.
    constructor(
        address rollup_,
        IModelRegistry models_,
        uint64 inclusionWindow_,
        uint64 deliveryWindow_,
        uint64 withdrawalDelay_
    ) {
        if (rollup_ == address(0)) revert ZeroValue("rollup");
        // A registry without code would make every submission revert undecodably.
        if (address(models_).code.length == 0) revert ZeroValue("models");
        if (inclusionWindow_ == 0) revert ZeroValue("inclusionWindow");
        if (deliveryWindow_ == 0) revert ZeroValue("deliveryWindow");
        if (withdrawalDelay_ == 0) revert ZeroValue("withdrawalDelay");
        rollup = rollup_;
        models = models_;
        inclusionWindow = inclusionWindow_;
        deliveryWindow = deliveryWindow_;
        withdrawalDelay = withdrawalDelay_;
    }

    /// @inheritdoc IJobInbox
    function submit(
        Kind kind,
        uint64 modelId,
        bytes calldata input,
        uint64 datasetId,
        Params calldata params,
        address callback,
        uint32 callbackGasLimit
    ) external payable returns (uint256 jobId) {
        _checkJob(kind, datasetId, params, callback, callbackGasLimit);
        jobId = ++_jobCount;
        _escrowed += msg.value;
        Job storage j = _jobs[jobId];
        if (kind == Kind.Inference) j.promptLen = _checkPrompt(modelId, input, params.maxTokens);
        else _checkTraining(kind, modelId, input, datasetId, params);
        uint256 paused = _rollupWord(abi.encodeCall(IRollupClock.pausedBlocks, ()));
        // forge-lint: disable-next-line(unsafe-typecast) -- saturated: the Rollup's own count is a uint64
        j.pausedBlocksAtSubmit = paused > type(uint64).max ? type(uint64).max : uint64(paused);
        j.submitter = msg.sender;
        j.kind = kind;
        j.modelId = modelId;
        j.inputHash = keccak256(input);
        j.datasetId = datasetId;
        j.params = params;
        j.maxFee = uint128(msg.value);
        j.callback = callback;
        j.callbackGasLimit = callbackGasLimit;
        j.submittedAt = uint64(block.number);
        j.status = Status.Pending;

        emit JobSubmitted(
            jobId,
            msg.sender,
            kind,
            modelId,
            j.inputHash,
            input,
            datasetId,
            params,
            uint128(msg.value),
            callback,
            callbackGasLimit
        );
    }

    /// @inheritdoc IJobInbox
    function deposit() external payable {
        _deposit(msg.sender);
    }

    /// @inheritdoc IJobInbox
    function depositFor(address account) external payable {
        if (account == address(0)) revert ZeroValue("account");
        _deposit(account);
    }

    /// @inheritdoc IJobInbox
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert ZeroValue("amount");
        uint256 have = _balances[msg.sender];
        if (have < amount) revert InsufficientBalance(have, amount);
        uint64 readyAt = uint64(block.timestamp) + withdrawalDelay;
        _withdrawals[msg.sender] = Withdrawal({amount: amount, readyAt: readyAt});
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @inheritdoc IJobInbox
    function withdraw() external {
        Withdrawal memory w = _withdrawals[msg.sender];
        if (w.amount == 0) revert NoWithdrawal(msg.sender);
        // forge-lint: disable-next-line(block-timestamp) -- the withdrawal delay is measured in seconds
        if (block.timestamp < w.readyAt) revert WithdrawalNotReady(msg.sender, w.readyAt);
        delete _withdrawals[msg.sender];
        uint256 have = _balances[msg.sender];
        uint256 amount = w.amount < have ? w.amount : have; // charges made during the delay come first
        emit Withdrawn(msg.sender, amount);
        if (amount == 0) return;
        _debit(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @inheritdoc IJobInbox
    function chargeRequest(address sender, uint64 nonce, uint256 fee, address payee)
        external
        onlyRollup
        returns (uint256 paid)
    {
        if (_nonceUsed[sender][nonce]) revert NonceUsed(sender, nonce);
        _nonceUsed[sender][nonce] = true;
        uint256 have = _balances[sender];
        paid = fee < have ? fee : have;
        emit RequestCharged(sender, nonce, payee, fee, paid);
        if (paid == 0) return 0;
        if (payee == address(0)) revert ZeroValue("payee");
        _debit(sender, paid);
        _payout(payee, paid);
    }

    /// @inheritdoc IJobInbox
    function markIncluded(uint256 jobId, uint64 batchIndex, uint32 recordIndex) external onlyRollup {
        Job storage j = _jobs[jobId];
        _expectStatus(jobId, j.status, Status.Pending);
        if (recordIndex > type(uint16).max) revert OutOfRange("recordIndex", recordIndex, 0, type(uint16).max);
        j.status = Status.Included;
        j.includedBatch = batchIndex;
        // forge-lint: disable-next-line(unsafe-typecast) -- checked above
        j.includedRecord = uint16(recordIndex);
        j.includedAt = uint64(block.timestamp);
        ++_includedCount;
        emit JobIncluded(jobId, batchIndex, recordIndex);
    }

    /// @inheritdoc IJobInbox
    function release(uint256 jobId, uint256 fee, address payee, bytes32 newModelRoot) external onlyRollup {
        Job storage j = _jobs[jobId];
        _expectStatus(jobId, j.status, Status.Included);
        uint256 maxFee = j.maxFee;
        if (fee > maxFee) revert FeeTooHigh(jobId, fee, maxFee);
        if (fee != 0 && payee == address(0)) revert ZeroValue("payee");
        address submitter = j.submitter;
        uint256 rest = maxFee - fee;

        j.status = Status.Delivered;
        _escrowed -= maxFee;
        --_includedCount;
        emit JobDelivered(jobId, payee, fee, rest);
        if (j.kind != Kind.Inference) _recordLineage(jobId, j, newModelRoot);

        if (fee != 0) _payout(payee, fee);
        if (rest != 0) _payout(submitter, rest);
    }

    /// @inheritdoc IJobInbox
    function refund(uint256 jobId) external onlyRollup {
        Job storage j = _jobs[jobId];
        Status have = j.status;
        if (have != Status.Pending && have != Status.Included) revert WrongStatus(jobId, have, Status.Pending);
        _refund(jobId, j);
    }

    /// @inheritdoc IJobInbox
    /// @dev Reverts with WrongStatus (neither Pending nor Included) or NotOverdue(jobId, deadline): an L1 block
    ///      number for a Pending job, a timestamp for an Included one.
    function refundOverdue(uint256 jobId) external {
        Job storage j = _jobs[jobId];
        Status have = j.status;
        bool fault;
        if (have == Status.Pending) {
            uint256 deadline = uint256(j.submittedAt) + inclusionWindow;
            if (block.number <= deadline) revert NotOverdue(jobId, deadline);
            // No batch can be proposed while the rollup is paused: the sequencer is at fault only if the job stayed
            // pending for more than a window of unpaused blocks.
            // No arithmetic here can revert, whatever the rollup answers: a count that went down counts as no pause.
            uint256 nowPaused = _rollupWord(abi.encodeCall(IRollupClock.pausedBlocks, ()));
            uint256 paused = nowPaused > j.pausedBlocksAtSubmit ? nowPaused - j.pausedBlocksAtSubmit : 0;
            uint256 late = block.number - deadline; // blocks past the window, > 0
            fault = late > paused;
        } else if (have == Status.Included) {
            uint256 deadline = _deliveryDeadline(j);
            // forge-lint: disable-next-line(block-timestamp) -- the delivery window is measured in seconds
            if (block.timestamp <= deadline) revert NotOverdue(jobId, deadline);
            fault = true;
        } else {
            revert WrongStatus(jobId, have, Status.Pending);
        }
        if (fault) _forceRefunded[jobId] = true;
        emit JobOverdue(jobId, fault);
        _refund(jobId, j);
    }

    /// @inheritdoc IJobInbox
    function isOverdue(uint256 jobId) external view returns (bool) {
        Job storage j = _jobs[jobId];
        Status s = j.status;
        if (s == Status.Pending) return block.number > uint256(j.submittedAt) + inclusionWindow;
        // forge-lint: disable-next-line(block-timestamp) -- the delivery window is measured in seconds
        return s == Status.Included && block.timestamp > _deliveryDeadline(j);
    }

    /// @inheritdoc IJobInbox
    function deliveryDeadline(uint256 jobId) external view returns (uint256) {
        Job storage j = _jobs[jobId];
        if (j.status != Status.Included) return 0;
        return _deliveryDeadline(j);
    }

    /// @inheritdoc IJobInbox
    function includedCount() external view returns (uint256) {
        return _includedCount;
    }

    /// @inheritdoc IJobInbox
    function isForceRefunded(uint256 jobId) external view returns (bool) {
        return _forceRefunded[jobId];
    }

    /// @inheritdoc IJobInbox
    function job(uint256 jobId) external view returns (Job memory) {
        if (jobId == 0 || jobId > _jobCount) revert UnknownJob(jobId);
        return _jobs[jobId];
    }

    /// @inheritdoc IJobInbox
    function statusOf(uint256 jobId) external view returns (Status) {
        return _jobs[jobId].status;
    }

    /// @inheritdoc IJobInbox
    function jobCount() external view returns (uint256) {
        return _jobCount;
    }

    /// @inheritdoc IJobInbox
    function nonceUsed(address sender, uint64 nonce) external view returns (bool) {
        return _nonceUsed[sender][nonce];
    }

    /// @inheritdoc IJobInbox
    function pendingWithdrawal(address account) external view returns (uint256 amount, uint256 readyAt) {
        Withdrawal memory w = _withdrawals[account];
        return (w.amount, w.readyAt);
    }

    /// @inheritdoc IJobInbox
    function domainSeparator() external view returns (bytes32) {
        return LibJobRequest.domainSeparator(address(this));
    }

    /// @inheritdoc IJobInbox
    function requestDigest(JobRequest calldata request) external view returns (bytes32) {
        return LibJobRequest.digest(address(this), request);
    }

    /// @inheritdoc IJobInbox
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    /// @inheritdoc IJobInbox
    function totalBalances() external view returns (uint256) {
        return _totalBalances;
    }

    /// @inheritdoc IJobInbox
    function escrowed() external view returns (uint256) {
        return _escrowed;
    }

    /// @dev Credits msg.value (non-zero) to `account`.
    function _deposit(address account) internal {
        if (msg.value == 0) revert ZeroValue("amount");
        _balances[account] += msg.value;
        _totalBalances += msg.value;
        emit Deposited(account, msg.sender, msg.value);
    }

    /// @dev Takes `amount` (non-zero) off the L2 balance of `account`; reverts with InsufficientBalance.
    function _debit(address account, uint256 amount) internal {
        if (amount == 0) revert ZeroValue("amount");
        uint256 have = _balances[account];
        if (have < amount) revert InsufficientBalance(have, amount);
        unchecked {
            _balances[account] = have - amount;
            _totalBalances -= amount; // _totalBalances >= _balances[account] >= amount
        }
    }

    /// @dev Checks a job's value and callback, and an inference job's dataset and parameters (everything but its
    ///      prompt; a training job's are _checkTraining's).
    function _checkJob(Kind kind, uint64 datasetId, Params calldata params, address callback, uint32 callbackGasLimit)
        internal
        view
    {
        if (msg.value == 0) revert ZeroValue("maxFee");
        if (msg.value > type(uint128).max) revert OutOfRange("maxFee", msg.value, 1, type(uint128).max);
        if (kind == Kind.Inference) {
            if (datasetId != 0) revert OutOfRange("datasetId", datasetId, 0, 0);
            if (params.maxTokens == 0 || params.maxTokens > MAX_TOKENS) {
                revert OutOfRange("maxTokens", params.maxTokens, 1, MAX_TOKENS);
            }
            if (params.topPMicro > MAX_TOP_P_MICRO) {
                revert OutOfRange("topPMicro", params.topPMicro, 0, MAX_TOP_P_MICRO);
            }
        }
        if (callback == address(0)) {
            if (callbackGasLimit != 0) revert OutOfRange("callbackGasLimit", callbackGasLimit, 0, 0);
        } else if (callbackGasLimit == 0 || callbackGasLimit > MAX_CALLBACK_GAS) {
            revert OutOfRange("callbackGasLimit", callbackGasLimit, 1, MAX_CALLBACK_GAS);
        }
    }

    /// @dev Checks an inference prompt against model `modelId` and returns its length in tokens: the input is
    ///      big-endian uint32 token ids, each below the vocabulary, and prompt + maxTokens fit the context.
    function _checkPrompt(uint64 modelId, bytes calldata input, uint256 maxTokens) internal view returns (uint16) {
        if (input.length == 0 || input.length > MAX_INPUT_BYTES || input.length % 4 != 0) {
            revert InvalidLength("input", input.length, MAX_INPUT_BYTES);
        }
        uint256 n = input.length / 4;
        IModelRegistry.Summary memory m = _usableModel(modelId);
        if (n + maxTokens > m.context) revert OutOfRange("tokens", n + maxTokens, 2, m.context);
        uint256 vocab = m.vocab;
        for (uint256 i; i < n; ++i) {
            uint256 tok;
            assembly ("memory-safe") {
                tok := shr(224, calldataload(add(input.offset, shl(2, i))))
            }
            if (tok >= vocab) revert TokenOutOfRange(i, tok, vocab);
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- n <= MAX_INPUT_BYTES / 4 = 8192
        return uint16(n);
    }

    /// @dev Checks a training job (FineTune or Pretrain): its model (FineTune: the base; Pretrain: the reference
    ///      model, whose root is the run's RoPE source and export metadata, TrainingVM.referenceModel), its dataset in the
    ///      rollup's DatasetRegistry, its steps (params.maxTokens) against the game's split depth, its sampling fields
    ///      zero, and its input: the configuration preimage, of exactly TRAIN_CONFIG_BYTES bytes (layout in
    ///      _checkConfig). Only what no honest worker could run is refused; the dimensions of a fine-tuning job
    ///      against its base model are checked by the game's setup.
    function _checkTraining(Kind kind, uint64 modelId, bytes calldata input, uint64 datasetId, Params calldata params)
        internal
        view
    {
        if (!_trainingEnabled()) revert TrainingDisabled();
        if (params.temperatureMilli != 0) revert OutOfRange("temperatureMilli", params.temperatureMilli, 0, 0);
        if (params.topK != 0) revert OutOfRange("topK", params.topK, 0, 0);
        if (params.topPMicro != 0) revert OutOfRange("topPMicro", params.topPMicro, 0, 0);
        if (params.seed != bytes32(0)) revert OutOfRange("seed", uint256(params.seed), 0, 0);
        uint256 maxSteps = (uint256(1) << models.splitDepth()) - 3; // splitDepth >= 2 (ModelRegistry)
        if (params.maxTokens == 0 || params.maxTokens > maxSteps) {
            revert OutOfRange("steps", params.maxTokens, 1, maxSteps);
        }
        if (input.length != TRAIN_CONFIG_BYTES) revert WrongLength("input", input.length, TRAIN_CONFIG_BYTES);
        IModelRegistry.Summary memory m = _usableModel(modelId);
        _checkConfig(input, m.vocab, m.context, kind == Kind.Pretrain);
        IDatasetRegistry ds = _datasets();
        uint256 count;
        if (address(ds) != address(0)) {
            try ds.datasetCount() returns (uint256 n) {
                count = n;
            } catch {}
        }
        if (datasetId == 0 || datasetId > count) revert UnknownDataset(datasetId);
    }

    /// @dev Checks a training configuration preimage (TRAIN_CONFIG_BYTES bytes, big-endian; prover/train ConfigHash):
    ///      [0,24) tag, [24,52) be32 × dim, layers, heads, kvHeads, ffDim, vocab, context, [52] be32 optimizer,
    ///      [56] be64 lr, [64] β1, [72] β2, [80] ε, [88] be32 batch, [92] be32 seqLen, [96] be64 lrFinal,
    ///      [104] decayFrom, [112] decaySteps, [120] model seed, [128] be32 LoRA rank, [132] be64 LoRA scale,
    ///      [140] be32 LoRA targets, [144] be64 LoRA seed. The Q32 fields are two's complement: a negative one reads
    ///      as a uint64 of 2^63 or more, out of every range below. `baseVocab` and `baseContext` are the job's model's
    ///      (FineTune: the base; Pretrain: the reference model); Pretrain may not use LoRA.
    function _checkConfig(bytes calldata c, uint256 baseVocab, uint256 baseContext, bool pretrain) internal pure {
        if (bytes24(c[0:24]) != TRAIN_CONFIG_TAG) revert WrongConfigTag(bytes24(c[0:24]));
        for (uint256 i; i < 7; ++i) {
            if (_be(c, 24 + 4 * i, 4) == 0) revert OutOfRange("dims", 0, 1, type(uint32).max);
        }
        uint256 vocab = _be(c, 44, 4);
        uint256 context = _be(c, 48, 4);
        if (vocab != baseVocab) revert OutOfRange("vocab", vocab, baseVocab, baseVocab);
        if (context != baseContext) revert OutOfRange("context", context, baseContext, baseContext);
        _checkHyper(c, context);
        uint256 rank = _be(c, 128, 4);
        uint256 scale = _be(c, 132, 8);
        uint256 targets = _be(c, 140, 4);
        if (rank == 0 || pretrain) {
            if (rank != 0) revert OutOfRange("loraRank", rank, 0, 0);
            if (scale != 0) revert OutOfRange("loraScale", scale, 0, 0);
            if (targets != 0) revert OutOfRange("loraTargets", targets, 0, 0);
            if (_be(c, 144, 8) != 0) revert OutOfRange("loraSeed", _be(c, 144, 8), 0, 0);
        } else {
            if (rank > MAX_LORA_RANK) revert OutOfRange("loraRank", rank, 1, MAX_LORA_RANK);
            if (scale == 0 || scale > 1 << 40) revert OutOfRange("loraScale", scale, 1, 1 << 40);
            if (targets == 0 || targets > 127) revert OutOfRange("loraTargets", targets, 1, 127);
        }
    }

    /// @dev Checks a configuration's optimizer and hyperparameters as Hyper.Check does, and batch × seqLen against
    ///      the configuration's `context`.
    function _checkHyper(bytes calldata c, uint256 context) internal pure {
        uint256 one = 1 << 32; // 1.0 in Q32
        uint256 optimizer = _be(c, 52, 4);
        if (optimizer > 1) revert OutOfRange("optimizer", optimizer, 0, 1);
        uint256 lr = _be(c, 56, 8);
        if (lr == 0 || lr > one) revert OutOfRange("lr", lr, 1, one);
        uint256 lrFinal = _be(c, 96, 8);
        uint256 decayFrom = _be(c, 104, 8);
        uint256 decaySteps = _be(c, 112, 8);
        if (decaySteps == 0) {
            if (lrFinal != 0) revert OutOfRange("lrFinal", lrFinal, 0, 0);
            if (decayFrom != 0) revert OutOfRange("decayFrom", decayFrom, 0, 0);
        } else {
            if (decaySteps > 1 << 30) revert OutOfRange("decaySteps", decaySteps, 0, 1 << 30);
            if (lrFinal == 0 || lrFinal > lr) revert OutOfRange("lrFinal", lrFinal, 1, lr);
        }
        if (optimizer == 1) {
            if (_be(c, 64, 8) >= one) revert OutOfRange("beta1", _be(c, 64, 8), 0, one - 1);
            if (_be(c, 72, 8) >= one) revert OutOfRange("beta2", _be(c, 72, 8), 0, one - 1);
            uint256 eps = _be(c, 80, 8);
            if (eps < 1 << 12 || eps > one) revert OutOfRange("eps", eps, 1 << 12, one);
        }
        uint256 batch = _be(c, 88, 4);
        if (batch == 0 || batch > MAX_TRAIN_BATCH) revert OutOfRange("batch", batch, 1, MAX_TRAIN_BATCH);
        uint256 seqLen = _be(c, 92, 4);
        if (seqLen == 0 || seqLen > context) revert OutOfRange("seqLen", seqLen, 1, context);
        if (batch * seqLen > context) revert OutOfRange("batchTokens", batch * seqLen, 1, context);
    }

    /// @dev The big-endian unsigned integer of `n` (at most 32) bytes of `c` from `off` (in range: checked by the caller).
    function _be(bytes calldata c, uint256 off, uint256 n) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, n)), calldataload(add(c.offset, off)))
        }
    }

    /// @dev Records the lineage of training job `jobId` (being delivered with `newModelRoot`) in the rollup's
    ///      DatasetRegistry, skipping it if the registry refuses (release), and emits TrainingDelivered.
    function _recordLineage(uint256 jobId, Job storage j, bytes32 newModelRoot) internal {
        uint256 lineageId;
        IDatasetRegistry ds = _datasets();
        if (address(ds) != address(0)) {
            // A pretrained model has no base (its job's model is only the reference for RoPE and metadata).
            uint256 base = j.kind == Kind.Pretrain ? 0 : j.modelId;
            try ds.recordLineage(newModelRoot, base, j.datasetId, j.inputHash, bytes32(jobId)) returns (uint256 id) {
                lineageId = id;
            } catch {}
        }
        emit TrainingDelivered(jobId, newModelRoot, lineageId);
    }

    /// @dev The rollup's DatasetRegistry (IRollupClock.datasets), or zero if it does not name one.
    function _datasets() internal view returns (IDatasetRegistry) {
        (bool ok, uint256 reg) = _tryRollupWord(abi.encodeCall(IRollupClock.datasets, ()));
        // forge-lint: disable-next-line(unsafe-typecast) -- checked to fit an address
        return IDatasetRegistry(ok && reg >> 160 == 0 ? address(uint160(reg)) : address(0));
    }

    /// @dev The summary of model `modelId`; reverts with ModelUnusable unless it is registered, not refused and not
    ///      declared unservable by the rollup.
    function _usableModel(uint64 modelId) internal view returns (IModelRegistry.Summary memory m) {
        try models.summary(modelId) returns (IModelRegistry.Summary memory got) {
            m = got;
        } catch {
            revert ModelUnusable(modelId);
        }
        if (m.refused || _rollupWord(abi.encodeCall(IRollupClock.unservable, (modelId))) != 0) {
            revert ModelUnusable(modelId);
        }
    }

    /// @dev When Included job `j` becomes overdue: deliveryWindow seconds after its record became deliverable
    ///      (IRollupClock.deliverableAt: never while the record is disputed or its data challenged), or after its
    ///      inclusion if the rollup does not answer.
    function _deliveryDeadline(Job storage j) internal view returns (uint256) {
        (bool ok, uint256 from) = _tryRollupWord(
            abi.encodeCall(IRollupClock.deliverableAt, (uint256(j.includedBatch), uint256(j.includedRecord)))
        );
        if (!ok) from = j.includedAt;
        return from >= type(uint256).max - deliveryWindow ? type(uint256).max : from + deliveryWindow;
    }

    /// @dev Whether the rollup's factory has a training VM: without one every training record is voided
    ///      (RecordValidity, KindUnsupported), so a training job could only be refunded at the sequencer's cost.
    function _trainingEnabled() internal view returns (bool) {
        address f = address(uint160(_rollupWord(abi.encodeCall(IRollupClock.factory, ()))));
        if (f.code.length == 0) return false;
        try IFactoryTraining(f).trainingVM{gas: 100000}() returns (address v) {
            return v != address(0);
        } catch {
            return false;
        }
    }

    /// @dev A one-word answer of the rollup to `data`, or 0 if it does not give one.
    function _rollupWord(bytes memory data) internal view returns (uint256 w) {
        (, w) = _tryRollupWord(data);
    }

    /// @dev Calls the rollup with `data` (a view, at most 100k gas, at most one word of return data copied) and returns
    ///      whether it answered with exactly one word, and the word. A rollup without code, that reverts or answers
    ///      otherwise gives (false, 0), so that no refund or submission ever depends on it.
    function _tryRollupWord(bytes memory data) internal view returns (bool ok, uint256 w) {
        address r = rollup;
        uint256 size;
        assembly ("memory-safe") {
            ok := staticcall(100000, r, add(data, 0x20), mload(data), 0x00, 0x20)
            size := returndatasize()
            w := mload(0x00)
        }
        if (!ok || size != 32) return (false, 0);
    }

    /// @dev Refunds the whole max fee of job `jobId` (Pending or Included, checked by the caller).
    function _refund(uint256 jobId, Job storage j) internal {
        uint256 maxFee = j.maxFee;
        address submitter = j.submitter;
        if (j.status == Status.Included) --_includedCount;
        j.status = Status.Refunded;
        _escrowed -= maxFee;
        emit JobRefunded(jobId, submitter, maxFee);
        _payout(submitter, maxFee);
    }

    /// @dev Reverts with WrongStatus unless `have` is `want`.
    function _expectStatus(uint256 jobId, Status have, Status want) internal pure {
        if (have != want) revert WrongStatus(jobId, have, want);
    }

    /// @dev Sends `amount` to `to` with all remaining gas; reverts with TransferFailed on failure.
    ///      Return data is not copied.
    function _send(address to, uint256 amount) internal {
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @dev Sends `amount` to `to` with PAYOUT_GAS; if that fails, credits it to the L2 balance of
    ///      `to` instead (withdrawable later). Return data is not copied.
    function _payout(address to, uint256 amount) internal {
        bool ok;
        assembly ("memory-safe") {
            ok := call(PAYOUT_GAS, to, amount, 0, 0, 0, 0)
        }
        if (!ok) {
            _balances[to] += amount;
            _totalBalances += amount;
            emit PayoutCredited(to, amount);
        }
    }
}
