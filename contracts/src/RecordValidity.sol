// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "./interfaces/IRollup.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IDatasetRegistry} from "./interfaces/IDatasetRegistry.sol";
import {LibJobRequest} from "./lib/LibJobRequest.sol";

/// @dev RecordValidity.MAX_OUTPUT_BYTES, which Rollup.propose and resolveData enforce.
uint256 constant MAX_RECORD_OUTPUT_BYTES = 4 * 8192;
/// @dev RecordValidity.MAX_REQUEST_BYTES, which Rollup.propose and resolveData enforce.
uint256 constant MAX_RECORD_REQUEST_BYTES = 32 * 1024 + 1024;

/// @title RecordValidity
/// @notice The checks that decide whether a job record can ever be delivered or judged by a game (docs/protocol.md,
///         "Soundness"): Rollup.deliver refuses, and Rollup.reportInvalid voids, exactly the records for which
///         invalidity is not None, L2 records (signed requests) included. Stateless: it reads the job (or a request's
///         nonce) from the inbox, the model from the registry and a batch's proposal time from the Rollup. The
///         Rollup creates it in its constructor (Rollup.validity), which keeps the Rollup's runtime code under
///         EIP-170's 24,576 bytes.
contract RecordValidity {
    /// @notice The model's EOS id that means "none": its jobs never stop early.
    uint32 public constant NO_EOS = type(uint32).max;
    /// @notice JobInbox.MAX_INPUT_BYTES: the longest input an L2 request may carry.
    uint256 public constant MAX_INPUT_BYTES = 32 * 1024;
    /// @notice JobInbox.MAX_TOKENS: the largest maxTokens an L2 request may ask for.
    uint256 public constant MAX_TOKENS = 8192;
    /// @notice JobInbox.MAX_TOP_P_MICRO.
    uint256 public constant MAX_TOP_P_MICRO = 1_000_000;
    /// @notice JobInbox.MAX_CALLBACK_GAS.
    uint256 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @notice The longest output a record may carry (Rollup.propose, resolveData): MAX_TOKENS 4-byte ids. A longer one
    ///         is invalid (OutputLen or OutputLength), and one far longer could not be shown to reportInvalid in a block.
    uint256 public constant MAX_OUTPUT_BYTES = MAX_RECORD_OUTPUT_BYTES;
    /// @notice The longest request a record may carry (Rollup.propose, resolveData; Go jobreq.MaxEncodedBytes): a
    ///         request with an input of MAX_INPUT_BYTES and its signature encodes to 33,440 bytes.
    uint256 public constant MAX_REQUEST_BYTES = MAX_RECORD_REQUEST_BYTES;

    /// @notice The inbox the records' jobs are read from (and L2 requests' domain and nonces).
    IJobInbox public immutable inbox;
    /// @notice The registry the jobs' models are read from.
    IModelRegistry public immutable models;
    /// @notice The Rollup that created this contract: the batches' proposal times are read from it.
    IRollup public immutable rollup;
    /// @notice The registry training jobs' datasets are read from.
    IDatasetRegistry public immutable datasets;
    /// @notice Whether training records get a game (the factory has a training VM): if not, they are voidable
    ///         (KindUnsupported).
    bool public immutable training;

    /// @param inbox_ The Rollup's inbox.
    /// @param models_ The Rollup's model registry.
    /// @param datasets_ The Rollup's dataset registry.
    /// @param training_ Whether the Rollup's factory has a training VM.
    constructor(IJobInbox inbox_, IModelRegistry models_, IDatasetRegistry datasets_, bool training_) {
        inbox = inbox_;
        models = models_;
        datasets = datasets_;
        training = training_;
        rollup = IRollup(msg.sender);
    }

    /// @notice Why `record` (at `recordIndex` of batch `batchIndex`, with output `output` and, for an L2 record,
    ///         request `request`, whose hashes the caller checked) can never be delivered or disputed, or None if it is
    ///         consistent with its job; the job; and, for an L2 record, its request's nonce. Each check is one
    ///         TransformerVM.setup or the game relies on, or early stop (outputInvalidity); an L1 job's prompt was
    ///         checked against the model at submission and the model's size against the game at registration.
    ///         An L2 record (requestHash non-zero) names no job (jobId 0, else JobNotIncluded); its request must decode
    ///         canonically (RequestMalformed), be signed by its sender (RequestSignature), an unconsumed nonce
    ///         (RequestReplayed), an expiry not before the batch's proposal (RequestExpired) and pass every check
    ///         JobInbox.submit makes of an L1 job (RequestInvalid, or ModelRefused / KindUnsupported); the job
    ///         returned is the one the request describes (submitter: its sender; status None; maxFee, callback,
    ///         inputHash, promptLen from the request), which the record is then checked against as an L1 job.
    function invalidity(
        uint64 batchIndex,
        uint32 recordIndex,
        IRollup.JobRecord calldata record,
        bytes calldata output,
        bytes calldata request
    ) external view returns (IRollup.Invalidity, IJobInbox.Job memory, uint64) {
        return _invalidity(batchIndex, recordIndex, record, output, request);
    }

    /// @notice invalidity, called with the arguments of Rollup.deliver and Rollup.reportInvalid, which forward their
    ///         own calldata here (`proof` is not read: the Rollup checked it).
    function invalidityOf(
        uint64 batchIndex,
        uint32 recordIndex,
        IRollup.JobRecord calldata record,
        bytes32[] calldata,
        bytes calldata output,
        bytes calldata request
    ) external view returns (IRollup.Invalidity, IJobInbox.Job memory, uint64) {
        return _invalidity(batchIndex, recordIndex, record, output, request);
    }

    /// @dev invalidity.
    function _invalidity(
        uint64 batchIndex,
        uint32 recordIndex,
        IRollup.JobRecord calldata record,
        bytes calldata output,
        bytes calldata request
    ) internal view returns (IRollup.Invalidity reason, IJobInbox.Job memory job, uint64 nonce) {
        IModelRegistry.Summary memory m;
        if (record.requestHash == bytes32(0)) {
            IJobInbox inbox_ = inbox;
            if (inbox_.statusOf(record.jobId) != IJobInbox.Status.Included) {
                return (IRollup.Invalidity.JobNotIncluded, job, 0);
            }
            job = inbox_.job(record.jobId);
            if (job.includedBatch != batchIndex || job.includedRecord != recordIndex) {
                return (IRollup.Invalidity.JobNotIncluded, job, 0);
            }
            if (record.kind != job.kind) return (IRollup.Invalidity.Kind, job, 0);
            if (record.kind != IJobInbox.Kind.Inference) return (_trainingInvalidity(record, job, output), job, 0);
            m = models.summary(job.modelId);
        } else {
            if (record.jobId != 0) return (IRollup.Invalidity.JobNotIncluded, job, 0);
            (reason, job, nonce, m) = _request(batchIndex, record, request);
            if (reason != IRollup.Invalidity.None) return (reason, job, nonce);
        }
        return (_against(record, job, m, output), job, nonce);
    }

    /// @dev The checks of an L2 record's request on its own and the job it describes (see invalidity), up to the
    ///      record's kind; the model's summary once it is known to exist.
    function _request(uint64 batchIndex, IRollup.JobRecord calldata record, bytes calldata request)
        internal
        view
        returns (IRollup.Invalidity reason, IJobInbox.Job memory job, uint64 nonce, IModelRegistry.Summary memory m)
    {
        IJobInbox.JobRequest memory q;
        bytes memory sig;
        uint256 g = gasleft();
        try this.decodeRequest(request) returns (IJobInbox.JobRequest memory got, bytes memory s) {
            (q, sig) = (got, s);
        } catch {
            _notOutOfGas(g);
            return (IRollup.Invalidity.RequestMalformed, job, 0, m);
        }
        nonce = q.nonce;
        address sender = q.sender;
        if (sender == address(0) || LibJobRequest.recover(LibJobRequest.digest(address(inbox), q), sig) != sender) {
            return (IRollup.Invalidity.RequestSignature, job, nonce, m);
        }
        job.submitter = sender;
        job.kind = q.kind;
        job.modelId = q.modelId;
        job.inputHash = keccak256(q.input);
        job.params = q.params;
        job.maxFee = q.maxFee;
        job.callback = q.callback;
        job.callbackGasLimit = q.callbackGasLimit;
        if (inbox.nonceUsed(sender, nonce)) return (IRollup.Invalidity.RequestReplayed, job, nonce, m);
        if (q.expiry < rollup.batch(batchIndex).proposedAt) {
            return (IRollup.Invalidity.RequestExpired, job, nonce, m);
        }
        if (record.kind != q.kind) return (IRollup.Invalidity.Kind, job, nonce, m);
        if (q.kind != IJobInbox.Kind.Inference) return (IRollup.Invalidity.KindUnsupported, job, nonce, m);
        if (!_submittable(q)) return (IRollup.Invalidity.RequestInvalid, job, nonce, m);
        g = gasleft();
        try models.summary(q.modelId) returns (IModelRegistry.Summary memory got) {
            m = got;
        } catch {
            _notOutOfGas(g);
            return (IRollup.Invalidity.RequestInvalid, job, nonce, m);
        }
        if (m.refused) return (IRollup.Invalidity.ModelRefused, job, nonce, m);
        uint256 n = q.input.length / 4;
        if (n + q.params.maxTokens > m.context) return (IRollup.Invalidity.RequestInvalid, job, nonce, m);
        bytes memory input = q.input;
        for (uint256 i; i < n; ++i) {
            uint256 tok;
            assembly ("memory-safe") {
                tok := shr(224, mload(add(add(input, 0x20), shl(2, i))))
            }
            if (tok >= m.vocab) return (IRollup.Invalidity.RequestInvalid, job, nonce, m);
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- n <= MAX_INPUT_BYTES / 4 = 8192
        job.promptLen = uint16(n);
    }

    /// @dev Reverts with OutOfGas if a call made with `before` gas left may have failed for want of gas (all but
    ///      1/64 of it forwarded and spent): a caller must not make a valid request look invalid by starving the call.
    function _notOutOfGas(uint256 before) internal view {
        if (gasleft() <= before / 63) revert OutOfGas(before);
    }

    /// @dev Whether request `q` passes JobInbox.submit's checks that need no model: a non-zero max fee, maxTokens
    ///      1 to MAX_TOKENS, topPMicro at most MAX_TOP_P_MICRO, a callback gas limit 0 iff there is no callback
    ///      (else at most MAX_CALLBACK_GAS), and an input of 1 to MAX_INPUT_BYTES / 4 token ids.
    function _submittable(IJobInbox.JobRequest memory q) internal pure returns (bool) {
        IJobInbox.Params memory p = q.params;
        uint256 len = q.input.length;
        bool gasOk = q.callback == address(0)
            ? q.callbackGasLimit == 0
            : q.callbackGasLimit != 0 && q.callbackGasLimit <= MAX_CALLBACK_GAS;
        return q.maxFee != 0 && p.maxTokens != 0 && p.maxTokens <= MAX_TOKENS && p.topPMicro <= MAX_TOP_P_MICRO && gasOk
            && len != 0 && len <= MAX_INPUT_BYTES && len % 4 == 0;
    }

    /// @dev The checks of a record against its job `job` (Included, or described by its request) on model `m`, from
    ///      the input on.
    function _against(
        IRollup.JobRecord calldata record,
        IJobInbox.Job memory job,
        IModelRegistry.Summary memory m,
        bytes calldata output
    ) internal pure returns (IRollup.Invalidity) {
        if (record.datasetRoot != bytes32(0) || record.newModelRoot != bytes32(0)) {
            return IRollup.Invalidity.ZeroField;
        }
        if (record.inputHash != job.inputHash) return IRollup.Invalidity.InputHash;
        if (keccak256(abi.encode(record.params)) != keccak256(abi.encode(job.params))) {
            return IRollup.Invalidity.Params;
        }
        if (record.fee > job.maxFee) return IRollup.Invalidity.Fee;
        if (m.refused) return IRollup.Invalidity.ModelRefused;
        if (record.modelRoot != m.root) return IRollup.Invalidity.ModelRoot;
        if (record.promptLen != job.promptLen) return IRollup.Invalidity.PromptLen;
        return outputInvalidity(record.outputLen, job.params.maxTokens, m.vocab, m.eos, output);
    }

    /// @dev The checks of an L1 training record (FineTune or Pretrain) against its Included job (docs/protocol.md,
    ///      "Job record"): everything TrainingVM.setup relies on that the record and the chain show. None: the game
    ///      judges the rest (the run itself). Without a training VM, or for a pretraining job naming no reference
    ///      model (its RoPE source, TrainingVM.referenceModel; JobInbox requires one), no game can: KindUnsupported.
    ///      A pretraining record's modelRoot is zero (the reference model is no base) and its reference model must
    ///      not be refused (ModelRefused, as a fine-tune's base: the export copies its RoPE rows). What setup checks of the
    ///      job's input (the configuration's rules, the base or reference model's metadata against it, the corpus
    ///      holding a sequence) is the inbox's to check at submission.
    function _trainingInvalidity(IRollup.JobRecord calldata record, IJobInbox.Job memory job, bytes calldata output)
        internal
        view
        returns (IRollup.Invalidity)
    {
        if (!training || (record.kind == IJobInbox.Kind.Pretrain && job.modelId == 0)) {
            return IRollup.Invalidity.KindUnsupported;
        }
        if (record.inputHash != job.inputHash) return IRollup.Invalidity.InputHash;
        if (record.params.maxTokens == 0 || keccak256(abi.encode(record.params)) != keccak256(abi.encode(job.params))) {
            return IRollup.Invalidity.Params;
        }
        if (record.fee > job.maxFee) return IRollup.Invalidity.Fee;
        if (record.kind == IJobInbox.Kind.FineTune) {
            IModelRegistry.Summary memory m = models.summary(job.modelId);
            if (m.refused) return IRollup.Invalidity.ModelRefused;
            if (record.modelRoot != m.root) return IRollup.Invalidity.ModelRoot;
        } else {
            if (record.modelRoot != bytes32(0)) return IRollup.Invalidity.ModelRoot;
            // The reference model's RoPE rows become the new model's: a refused one's are not canonical.
            if (models.summary(job.modelId).refused) return IRollup.Invalidity.ModelRefused;
        }
        if (
            record.promptLen != 0 || record.outputLen != 0 || record.residualRoot != bytes32(0)
                || record.kvRoot != bytes32(0)
        ) return IRollup.Invalidity.ZeroField;
        if (job.datasetId == 0 || record.datasetRoot != datasets.dataset(job.datasetId).root) {
            return IRollup.Invalidity.DatasetRoot;
        }
        if (output.length != 32 || bytes32(output) != record.newModelRoot) return IRollup.Invalidity.NewModelOutput;
        return IRollup.Invalidity.None;
    }

    /// @notice Decodes an L2 request's bytes: abi.encode(request, signature), canonically (re-encoding gives the same
    ///         bytes, so that one request has one encoding); reverts otherwise. External so that invalidity can catch
    ///         the revert of a malformed encoding.
    function decodeRequest(bytes calldata data)
        external
        pure
        returns (IJobInbox.JobRequest memory request, bytes memory signature)
    {
        (request, signature) = abi.decode(data, (IJobInbox.JobRequest, bytes));
        if (keccak256(abi.encode(request, signature)) != keccak256(data)) revert NotCanonical();
    }

    /// @notice A call that decides a record's validity failed with too little gas left to tell why (`before` was left
    ///         before it): retry with more gas.
    error OutOfGas(uint256 before);

    /// @notice An L2 request's bytes decode but are not the canonical encoding of what they decode to.
    error NotCanonical();

    /// @notice Why an inference output breaks its job's length rules, or None (docs/protocol.md, "Early stop"): a job
    ///         stops at the model's EOS token or at maxTokens, whichever comes first. So 1 ≤ outputLen ≤ maxTokens
    ///         (else OutputLen); `output` is outputLen big-endian uint32 token ids (else OutputLength), each below
    ///         `vocab` (else OutputToken); no token before the last is `eos` (else TokenAfterEos); and an output
    ///         shorter than maxTokens ends with `eos` (else EarlyStopWithoutEos). With eos = NO_EOS no token is EOS:
    ///         the output is exactly maxTokens tokens.
    /// @param outputLen The record's outputLen.
    /// @param maxTokens The job's params.maxTokens.
    /// @param vocab The model's vocabulary size.
    /// @param eos The model's EOS token id, or NO_EOS.
    /// @param output The output bytes.
    function outputInvalidity(uint256 outputLen, uint256 maxTokens, uint256 vocab, uint256 eos, bytes calldata output)
        public
        pure
        returns (IRollup.Invalidity)
    {
        uint256 n = outputLen;
        if (n == 0 || n > maxTokens) return IRollup.Invalidity.OutputLen;
        if (output.length != 4 * n) return IRollup.Invalidity.OutputLength;
        uint256 tok;
        for (uint256 i; i < n; ++i) {
            assembly ("memory-safe") {
                tok := shr(224, calldataload(add(output.offset, shl(2, i))))
            }
            if (tok >= vocab) return IRollup.Invalidity.OutputToken;
            if (tok == eos && i + 1 < n) return IRollup.Invalidity.TokenAfterEos;
        }
        if (n < maxTokens && tok != eos) return IRollup.Invalidity.EarlyStopWithoutEos;
        return IRollup.Invalidity.None;
    }
}
