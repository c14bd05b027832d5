// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IModelRegistry} from "./IModelRegistry.sol";

/// @title IJobInbox
/// @notice The L1 entry point for airollup jobs. A job submitted here escrows its max fee in ETH and
///         emits its input in full (so the input is available on L1); the sequencer must include it
///         within `inclusionWindow` L1 blocks and have it delivered within `deliveryWindow`
///         seconds of its record becoming deliverable, or anyone may refund it (forced inclusion: the rollup then pays
///         the prover of the fault from the sequencer's stake).
///         An inference job's input is its prompt as token ids (big-endian uint32 each, the model's
///         tokenizer applied client-side: `airollup job tokenize`), checked here against the model:
///         the canonical input the dispute game judges is exactly the bytes whose hash the job stores
///         (docs/protocol.md, "Prompt binding"). A training job's (FineTune, Pretrain; L1 only) input is its training
///         configuration, the exact preimage of its configuration hash (docs/protocol.md, "Training jobs"), parsed and
///         bounded here: its inputHash is the configuration hash its record and lineage carry. The inbox also holds L2 balances: ETH
///         deposited here pays for jobs submitted over the sequencer's RPC, which the rollup charges.
///         The `rollup` (the Rollup contract, fixed at construction) drives every job's status:
///         Pending -> Included -> Delivered, or Pending|Included -> Refunded.
/// @dev ETH conservation: address(this).balance == totalBalances() + escrowed(), where
///      totalBalances() = sum of deposits and credited payouts - withdrawals - charges, and
///      escrowed() = sum of the max fees of Pending and Included jobs. (ETH forced in without a call,
///      by selfdestruct or as a block reward, can only make the balance larger.)
interface IJobInbox {
    /// @notice What a job computes.
    enum Kind {
        Inference, // prompt + params -> tokens
        FineTune, // training steps from a registered base model on a registered dataset
        Pretrain // training steps from a seeded random init on a registered dataset
    }

    /// @notice Where a job is in its lifecycle. Delivered and Refunded are terminal.
    enum Status {
        None, // no such job
        Pending, // submitted, max fee escrowed, not yet included by the sequencer
        Included, // included in a batch by the sequencer, max fee still escrowed
        Delivered, // result final and delivered; fee paid to the payee, the rest refunded
        Refunded // max fee returned in full to the submitter
    }

    /// @notice Sampling parameters of a job. Fixed-point, so that execution is deterministic.
    /// @dev The four uint32 share one slot; `seed` takes another.
    struct Params {
        uint32 maxTokens; // inference: tokens to generate, 1..MAX_TOKENS; training: the number of steps N
        uint32 temperatureMilli; // temperature x 1000; 0 means greedy
        uint32 topK; // top-k cut-off; 0 means none
        uint32 topPMicro; // top-p (nucleus) x 1e6; 0..1e6
        bytes32 seed; // sampling seed; zero for training (the configuration carries the init seeds)
    }

    /// @notice A job request submitted over the sequencer's RPC (an L2 job): EIP-712 typed data signed by its sender
    ///         (domain: name "airollup JobInbox", version "1", the chain id, this inbox; LibJobRequest). Its bytes in a
    ///         batch are abi.encode(request, signature) with the 65-byte signature r ‖ s ‖ v, and its record commits to
    ///         keccak256 of those bytes (IRollup.JobRecord.requestHash). The fee is charged from the sender's L2
    ///         balance when the record is delivered (chargeRequest), which consumes the nonce (docs/protocol.md,
    ///         "L2 jobs").
    struct JobRequest {
        address sender; // who signs the request and pays for it from its L2 balance
        Kind kind; // what the job computes: Inference only (training jobs are L1 jobs: they name a dataset)
        uint64 modelId; // ModelRegistry id
        bytes input; // the prompt as big-endian uint32 token ids, as an L1 job's input
        Params params; // sampling parameters, as an L1 job's
        uint128 maxFee; // most wei the sender pays (non-zero)
        address callback; // contract the result is delivered to; zero for none
        uint32 callbackGasLimit; // gas given to the callback; 0 iff callback is zero
        uint64 nonce; // per sender, any unused value (not sequential): consumed at delivery
        uint64 expiry; // unix seconds: a record of the request in a batch proposed after it is void
    }

    /// @notice A submitted job.
    /// @dev Storage: (submitter, kind, modelId) share slot 0; inputHash, datasetId and maxFee take
    ///      one slot each, params two; (callback, callbackGasLimit, submittedAt) share a slot;
    ///      (status, promptLen, includedRecord, includedBatch, includedAt, pausedBlocksAtSubmit) share the last.
    struct Job {
        address submitter; // account that submitted the job and gets refunds
        Kind kind; // what the job computes
        uint64 modelId; // ModelRegistry id: inference/FineTune the model; Pretrain the reference model (RoPE, metadata)
        bytes32 inputHash; // keccak256 of the input (prompt bytes, or training configuration: its configuration hash)
        uint64 datasetId; // DatasetRegistry id; 0 for Inference, non-zero for FineTune/Pretrain
        Params params; // sampling parameters
        uint128 maxFee; // ETH escrowed for the job (msg.value of submit)
        address callback; // contract the result is delivered to; zero for none
        uint32 callbackGasLimit; // gas given to the callback; 0 iff callback is zero
        uint64 submittedAt; // L1 block number of submission
        Status status; // where the job is in its lifecycle
        uint16 promptLen; // inference: prompt tokens (input bytes / 4, at most MAX_INPUT_BYTES / 4); training: 0
        uint16 includedRecord; // index of the record that names the job in batch includedBatch (< MAX_RECORDS)
        uint64 includedBatch; // the batch whose record includedRecord names the job (once Included)
        uint64 includedAt; // L1 timestamp of inclusion; 0 before
        uint64 pausedBlocksAtSubmit; // the rollup's pausedBlocks() at submission
    }

    /// @notice A training job was submitted to a rollup whose dispute game factory has no training VM: its record
    ///         could not be disputed, so training jobs are refused (internal/deploy Config.Training, Deploy.s.sol
    ///         TRAINING).
    error TrainingDisabled();
    /// @notice `field` is zero but must not be.
    error ZeroValue(string field);
    /// @notice `field` is `length` bytes long, which is outside the accepted 0 or 1 to `max` bytes.
    error InvalidLength(string field, uint256 length, uint256 max);
    /// @notice `field` is `value`, outside the accepted range `min` to `max` (inclusive).
    error OutOfRange(string field, uint256 value, uint256 min, uint256 max);
    /// @notice `caller` is not the rollup and may not call a rollup hook.
    error NotRollup(address caller);
    /// @notice Job `jobId` has status `have`, but the call needs `want`.
    /// @dev refund accepts Pending or Included; it reports `want` = Pending.
    error WrongStatus(uint256 jobId, Status have, Status want);
    /// @notice No job has id `jobId`.
    error UnknownJob(uint256 jobId);
    /// @notice Job `jobId` is not overdue until after L1 block `deadline`.
    error NotOverdue(uint256 jobId, uint256 deadline);
    /// @notice The fee `fee` is larger than the job's max fee `maxFee`.
    error FeeTooHigh(uint256 jobId, uint256 fee, uint256 maxFee);
    /// @notice An L2 balance holds `have` wei, less than the `want` wei asked for.
    error InsufficientBalance(uint256 have, uint256 want);
    /// @notice Sending `amount` wei to `to` failed.
    error TransferFailed(address to, uint256 amount);
    /// @notice `field` is `length` bytes long, but must be exactly `want` bytes.
    error WrongLength(string field, uint256 length, uint256 want);
    /// @notice A training job's input does not start with the configuration's domain tag
    ///         ("airollup.train.config.v1"): it is not a training configuration.
    error WrongConfigTag(bytes24 tag);
    /// @notice No dataset `datasetId` is published in the rollup's DatasetRegistry (or the rollup does not answer).
    error UnknownDataset(uint256 datasetId);
    /// @notice Model `modelId` is not registered, was shown refused (IModelRegistry.reportRefusedRow), or
    ///         was declared unservable by the rollup's sequencer (IRollup.declareUnservable).
    error ModelUnusable(uint256 modelId);
    /// @notice Prompt token `index` is `token`, not below the model's vocabulary size `vocab`.
    error TokenOutOfRange(uint256 index, uint256 token, uint256 vocab);
    /// @notice The nonce `nonce` of `sender` was consumed by an earlier delivery.
    error NonceUsed(address sender, uint64 nonce);
    /// @notice `account` has no withdrawal requested (requestWithdrawal).
    error NoWithdrawal(address account);
    /// @notice The withdrawal of `account` may be made only from `readyAt` (unix seconds).
    error WithdrawalNotReady(address account, uint256 readyAt);

    /// @notice Emitted once per submitted job. `input` is the input in full, for data availability;
    ///         the contract stores only its hash.
    event JobSubmitted(
        uint256 indexed jobId,
        address indexed submitter,
        Kind kind,
        uint64 modelId,
        bytes32 inputHash,
        bytes input,
        uint64 datasetId,
        Params params,
        uint128 maxFee,
        address callback,
        uint32 callbackGasLimit
    );
    /// @notice Emitted when the rollup marks a job as included by record `recordIndex` of batch `batchIndex`.
    event JobIncluded(uint256 indexed jobId, uint256 indexed batchIndex, uint256 recordIndex);
    /// @notice Emitted when a job is delivered: `fee` goes to `payee`, `refunded` back to the submitter.
    event JobDelivered(uint256 indexed jobId, address indexed payee, uint256 fee, uint256 refunded);
    /// @notice Emitted when a job's max fee `amount` is returned in full to `submitter`.
    event JobRefunded(uint256 indexed jobId, address indexed submitter, uint256 amount);
    /// @notice Emitted (before JobRefunded) when an overdue job is refunded by refundOverdue; `fault` says
    ///         whether the sequencer is to blame (isForceRefunded).
    event JobOverdue(uint256 indexed jobId, bool fault);
    /// @notice Emitted when training job `jobId` is delivered with its new model root: `lineageId` is the lineage
    ///         recorded for it in the DatasetRegistry, or 0 when none was (see release).
    event TrainingDelivered(uint256 indexed jobId, bytes32 indexed newModelRoot, uint256 lineageId);
    /// @notice Emitted when `from` credits `amount` wei to the L2 balance of `account`.
    event Deposited(address indexed account, address indexed from, uint256 amount);
    /// @notice Emitted when `account` asks to withdraw `amount` wei from its L2 balance from `readyAt` on.
    event WithdrawalRequested(address indexed account, uint256 amount, uint256 readyAt);
    /// @notice Emitted when `account` withdraws `amount` wei from its L2 balance.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice Emitted when the rollup delivers a record of request (`sender`, `nonce`): its nonce is consumed and
    ///         `paid` wei of the record's `fee` went from the sender's L2 balance to `payee` (less than `fee` only
    ///         when the balance was short: the rest is the payee's loss).
    event RequestCharged(address indexed sender, uint64 nonce, address indexed payee, uint256 fee, uint256 paid);
    /// @notice Emitted when a payout of `amount` wei to `account` could not be sent (the recipient
    ///         reverted or ran out of PAYOUT_GAS) and was credited to its L2 balance instead.
    event PayoutCredited(address indexed account, uint256 amount);

    /// @notice Submits a job, escrowing msg.value as its max fee, and returns its id (ids start at 1
    ///         and increase by one). The submitter is msg.sender and gets any refund.
    /// @dev Reverts with ModelUnusable, UnknownDataset, InvalidLength or WrongLength (input), WrongConfigTag,
    ///      TokenOutOfRange, OutOfRange (naming the field and its bounds: maxTokens, tokens = promptLen + maxTokens
    ///      above the model's context, topPMicro, datasetId, modelId, callbackGasLimit, and a training
    ///      configuration's fields) or ZeroValue.
    /// @param kind What the job computes.
    /// @param modelId ModelRegistry id of a registered model that was not shown refused nor declared unservable
    ///        (inference, FineTune: the base model; Pretrain: the reference model, whose root is the run's RoPE
    ///        source and export metadata, TrainingVM.referenceModel: the run itself starts from a seeded init).
    /// @param input Inference: the prompt as token ids, big-endian uint32 each: 4 to MAX_INPUT_BYTES bytes, a
    ///        multiple of 4, every id below the model's vocabulary. Training: the configuration preimage,
    ///        exactly TRAIN_CONFIG_BYTES bytes (docs/protocol.md, "Training jobs"), whose fields are bounded as the
    ///        integer trainer bounds them (Hyper.Check, LoRA.Check), with batch × seqLen at most its context, the
    ///        vocabulary and context those of the job's model (FineTune: the base; Pretrain: the reference model),
    ///        and no LoRA for Pretrain.
    ///        Only its keccak256 is stored; it is emitted in full.
    /// @param datasetId Inference: 0. Training: a dataset published in the rollup's DatasetRegistry.
    /// @param params Inference: maxTokens 1 to MAX_TOKENS with promptLen + maxTokens at most the model's context,
    ///        topPMicro at most 1e6. Training: maxTokens is the number of steps N, 1 to 2^splitDepth - 3 (the level-1
    ///        trace of N + 3 states must fit the game's split depth, IModelRegistry.splitDepth); the sampling
    ///        fields (temperatureMilli, topK, topPMicro, seed) zero.
    /// @param callback Contract the result is delivered to, or zero for none.
    /// @param callbackGasLimit Gas for the callback: 1 to MAX_CALLBACK_GAS, or 0 iff `callback` is zero.
    /// @return jobId The new job's id.
    function submit(
        Kind kind,
        uint64 modelId,
        bytes calldata input,
        uint64 datasetId,
        Params calldata params,
        address callback,
        uint32 callbackGasLimit
    ) external payable returns (uint256 jobId);

    /// @notice Credits msg.value (non-zero) to msg.sender's L2 balance.
    function deposit() external payable;

    /// @notice Credits msg.value (non-zero) to the L2 balance of `account` (non-zero).
    function depositFor(address account) external payable;

    /// @notice Asks to withdraw `amount` wei (non-zero, at most the balance) from msg.sender's L2 balance,
    ///         withdrawable by withdraw() from withdrawalDelay() seconds on. The balance stays chargeable until then,
    ///         so a sender cannot take back what pays for requests the sequencer accepted (docs/protocol.md, "L2
    ///         jobs"). A new request replaces the pending one and restarts its delay.
    /// @dev Reverts with ZeroValue or InsufficientBalance.
    function requestWithdrawal(uint256 amount) external;

    /// @notice Makes msg.sender's requested withdrawal once it is ready: sends the requested amount, or the balance if
    ///         charges since left less.
    /// @dev Reverts with NoWithdrawal, WithdrawalNotReady or TransferFailed.
    function withdraw() external;

    /// @notice Charges the delivery of a record of `sender`'s request with nonce `nonce`: consumes the nonce and
    ///         pays `fee` from `sender`'s L2 balance to `payee` (the proposer), or the whole balance when it holds
    ///         less (never reverting for a short balance: an honest record is delivered whatever its sender did).
    ///         Only the rollup, after it checked the request's signature (IRollup.deliver). Returns what was paid.
    /// @dev Reverts with NotRollup or NonceUsed.
    function chargeRequest(address sender, uint64 nonce, uint256 fee, address payee) external returns (uint256 paid);

    /// @notice Marks job `jobId` as included by record `recordIndex` of batch `batchIndex`: Pending ->
    ///         Included. Only the rollup.
    /// @dev An overdue job that is still Pending may be marked included: whether that is late is the
    ///      rollup's call. From then on the delivery deadline runs (isOverdue).
    function markIncluded(uint256 jobId, uint64 batchIndex, uint32 recordIndex) external;

    /// @notice Delivers job `jobId`: Included -> Delivered. Pays `fee` (at most the max fee) to
    ///         `payee` and refunds the rest of the max fee to the submitter. Only the rollup, with the delivered
    ///         (final) record's `newModelRoot`. For a training job it records the lineage in the rollup's
    ///         DatasetRegistry, whose writer this inbox is: `newModelRoot` trained from the job's base model (0 for
    ///         Pretrain, whose job's model is only its reference) on its dataset under its configuration hash (its inputHash), by job bytes32(jobId); and emits
    ///         TrainingDelivered. A lineage the registry refuses (one is already recorded for the root, e.g. by an
    ///         identical earlier job; or the registry is not this inbox's) is skipped, never blocking the delivery.
    /// @dev A payout that cannot be sent (see PAYOUT_GAS) is credited to the recipient's L2 balance.
    function release(uint256 jobId, uint256 fee, address payee, bytes32 newModelRoot) external;

    /// @notice Refunds job `jobId`: Pending|Included -> Refunded, returning the whole max fee to the
    ///         submitter. Only the rollup.
    function refund(uint256 jobId) external;

    /// @notice Refunds job `jobId` to its submitter if it is overdue (see isOverdue). Anyone may call
    ///         it; the rollup then pays whoever proves the fault from the sequencer's stake (see
    ///         isForceRefunded).
    function refundOverdue(uint256 jobId) external;

    /// @notice True while job `jobId` is Pending and block.number > submittedAt + inclusionWindow, or
    ///         Included and block.timestamp > deliveryDeadline(jobId) (not delivered in time).
    function isOverdue(uint256 jobId) external view returns (bool);

    /// @notice For an Included job: deliveryWindow seconds after its record became deliverable
    ///         (IRollup.deliverableAt; never while the record is disputed or its data challenged), after
    ///         which it is overdue. 0 for a job that is not Included.
    function deliveryDeadline(uint256 jobId) external view returns (uint256);

    /// @notice True if job `jobId` was refunded by refundOverdue as a sequencer fault: an included job
    ///         not delivered in time, or a pending one that waited more than inclusionWindow blocks in
    ///         which proposals were not paused (IRollup.pausedBlocks).
    function isForceRefunded(uint256 jobId) external view returns (bool);

    /// @notice Number of jobs now Included: what the sequencer's stake must cover (IRollup.propose).
    function includedCount() external view returns (uint256);

    /// @notice Returns job `jobId`; reverts with UnknownJob if there is none.
    function job(uint256 jobId) external view returns (Job memory);

    /// @notice Status of job `jobId`; None if there is no such job.
    function statusOf(uint256 jobId) external view returns (Status);

    /// @notice Number of submitted jobs (also the highest id).
    function jobCount() external view returns (uint256);

    /// @notice Whether the nonce `nonce` of `sender` was consumed (a record of a request with it was delivered).
    function nonceUsed(address sender, uint64 nonce) external view returns (bool);

    /// @notice The withdrawal `account` requested (amount 0: none) and when it becomes ready.
    function pendingWithdrawal(address account) external view returns (uint256 amount, uint256 readyAt);

    /// @notice Seconds between requestWithdrawal and withdraw; longer than the rollup's challenge window, two data
    ///         windows and its finality delay (checked by the Rollup's constructor).
    function withdrawalDelay() external view returns (uint64);

    /// @notice The EIP-712 domain separator of job requests (LibJobRequest.domainSeparator of this inbox).
    function domainSeparator() external view returns (bytes32);

    /// @notice The EIP-712 digest a request's sender signs.
    function requestDigest(JobRequest calldata request) external view returns (bytes32);

    /// @notice L2 balance of `account` in wei.
    function balanceOf(address account) external view returns (uint256);

    /// @notice Sum of all L2 balances in wei.
    function totalBalances() external view returns (uint256);

    /// @notice Sum of the max fees of all Pending and Included jobs in wei.
    function escrowed() external view returns (uint256);

    /// @notice The only account allowed to call the rollup hooks; fixed at construction.
    function rollup() external view returns (address);

    /// @notice L1 blocks a job may stay Pending before it is overdue; fixed at construction.
    function inclusionWindow() external view returns (uint64);

    /// @notice Seconds an Included job's record may stay undelivered once it became deliverable before
    ///         the job is overdue; fixed at construction.
    function deliveryWindow() external view returns (uint64);

    /// @notice The registry inference jobs' models and prompts are checked against.
    function models() external view returns (IModelRegistry);
}
