// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "./interfaces/IRollup.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";

/// @title RecordValidity
/// @notice The checks that decide whether a job record can ever be delivered or judged by a game (docs/protocol.md,
///         "Soundness"): Rollup.deliver refuses, and Rollup.reportInvalid voids, exactly the records for which
///         invalidity is not None. Stateless: it reads the job from the inbox and the model from the registry. The
///         Rollup creates it in its constructor (Rollup.validity), which keeps the Rollup's runtime code under
///         EIP-170's 24,576 bytes.
contract RecordValidity {
    /// @notice The model's EOS id that means "none": its jobs never stop early.
    uint32 public constant NO_EOS = type(uint32).max;

    /// @notice The inbox the records' jobs are read from.
    IJobInbox public immutable inbox;
    /// @notice The registry the jobs' models are read from.
    IModelRegistry public immutable models;

    /// @param inbox_ The Rollup's inbox.
    /// @param models_ The Rollup's model registry.
    constructor(IJobInbox inbox_, IModelRegistry models_) {
        inbox = inbox_;
        models = models_;
    }

    /// @notice Why `record` (at `recordIndex` of batch `batchIndex`, with output `output`, whose hash the caller
    ///         checked) can never be delivered or disputed, or None if it is consistent with its job; and the job.
    ///         Each check is one TransformerVM.setup or the game relies on, or early stop (outputInvalidity); the
    ///         prompt was checked against the model at submission and the model's size against the game at
    ///         registration.
    function invalidity(uint64 batchIndex, uint32 recordIndex, IRollup.JobRecord calldata record, bytes calldata output)
        external
        view
        returns (IRollup.Invalidity, IJobInbox.Job memory job)
    {
        IJobInbox inbox_ = inbox;
        if (inbox_.statusOf(record.jobId) != IJobInbox.Status.Included) {
            return (IRollup.Invalidity.JobNotIncluded, job);
        }
        job = inbox_.job(record.jobId);
        if (job.includedBatch != batchIndex || job.includedRecord != recordIndex) {
            return (IRollup.Invalidity.JobNotIncluded, job);
        }
        if (record.kind != job.kind) return (IRollup.Invalidity.Kind, job);
        if (record.kind != IJobInbox.Kind.Inference) return (IRollup.Invalidity.KindUnsupported, job);
        if (record.inputHash != job.inputHash) return (IRollup.Invalidity.InputHash, job);
        if (keccak256(abi.encode(record.params)) != keccak256(abi.encode(job.params))) {
            return (IRollup.Invalidity.Params, job);
        }
        if (record.fee > job.maxFee) return (IRollup.Invalidity.Fee, job);
        IModelRegistry.Summary memory m = models.summary(job.modelId);
        if (m.refused) return (IRollup.Invalidity.ModelRefused, job);
        if (record.modelRoot != m.root) return (IRollup.Invalidity.ModelRoot, job);
        if (record.promptLen != job.promptLen) return (IRollup.Invalidity.PromptLen, job);
        return (outputInvalidity(record.outputLen, job.params.maxTokens, m.vocab, m.eos, output), job);
    }

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
