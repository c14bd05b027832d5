// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ITrainIOTypes
/// @notice The configuration and the errors of the training import and export verifiers (docs/training-game.md,
///         "The import and export programs"): what prover/trainvm's ImportConfig and ExportConfig hold.
interface ITrainIOTypes {
    /// @notice A training run's configuration: modelgen.Spec, train.Hyper and train.LoRA (rank 0: none), the fields
    ///         train.ConfigHash commits, in its order.
    struct TrainConfig {
        uint32 dim;
        uint32 layers;
        uint32 heads;
        uint32 kvHeads;
        uint32 ffDim;
        uint32 vocab;
        uint32 context;
        uint32 optimizer; // 0 SGD, 1 Adam
        int64 lr;
        int64 beta1;
        int64 beta2;
        int64 eps;
        uint32 batch;
        uint32 seqLen;
        int64 lrFinal;
        uint64 decayFrom;
        uint64 decaySteps;
        uint64 seed;
        uint32 loraRank;
        int64 loraScale;
        uint32 loraTargets;
        uint64 loraSeed;
    }

    /// @notice The export's context (trainvm.ExportConfig): the metadata leaf's tokenizer hash and EOS (−1: none),
    ///         the dataset root F commits and the RoPE source model root whose RoPE leaves EXPROPE copies.
    struct ExportContext {
        bytes32 tokenizerHash;
        int32 eos;
        bytes32 datasetRoot;
        bytes32 ropeSource;
    }

    /// @notice The import's context (trainvm.ImportConfig): the base model root (zero for pretraining), the dataset
    ///         root, N, and the corpus length and tokens root.
    struct ImportContext {
        bytes32 baseModelRoot;
        bytes32 datasetRoot;
        uint64 steps;
        uint64 dataTokens;
        bytes32 tokensRoot;
    }

    /// @notice The configuration is outside what the programs accept (the field and its limit).
    error BadConfig(string field, uint256 value, uint256 limit);
    /// @notice The proof ends inside a field.
    error ProofTruncated(string field);
    /// @notice The proof has bytes after its last field.
    error ProofTrailingBytes(uint256 count);
    /// @notice A count in the proof is over its limit.
    error ProofCountOverLimit(string field, uint256 count, uint256 limit);
    /// @notice The pre-state preimage does not hash to the pre-state root.
    error PreStateMismatch(bytes32 pre, bytes32 computed);
    /// @notice The step index is not below the program's length.
    error StepOutOfRange(uint64 j, uint256 length);
    /// @notice A root the state carries is not the one the proof or the context gives.
    error CarriedMismatch(string field);
    /// @notice S_N's configuration hash is not the configuration's.
    error ConfigHashMismatch(bytes32 want, bytes32 got);
    /// @notice An accumulator's length (or the count of held part and sub-hashes) is not what an honest machine
    ///         holds before the step.
    error AccumulatorMismatch(string field, uint256 got, uint256 want);
    /// @notice An opening's length is not the step's.
    error OpeningLength(string field, uint256 got, uint256 want);
    /// @notice An opening does not lead to its root.
    error OpeningMismatch(string field, bytes32 root, bytes32 computed);
    /// @notice A base Q8_0 weight does not fit Q8.24.
    error WeightRange(uint256 block, int256 weight);
}

/// @title ITrainIOVerifier
/// @notice The one-step verifiers of the training import (transition 0) and export (transition N + 1) programs.
interface ITrainIOVerifier is ITrainIOTypes {
    /// @notice trainvm.VerifyExportStep: the post-state root of export micro-step j from pre-state root `pre`.
    function verifyExportStep(TrainConfig calldata cfg, ExportContext calldata ctx, bytes32 pre, bytes calldata proof)
        external
        pure
        returns (bytes32 post);

    /// @notice trainvm.VerifyImportStep: the post-state root of import micro-step j from pre-state root `pre`.
    function verifyImportStep(TrainConfig calldata cfg, ImportContext calldata ctx, bytes32 pre, bytes calldata proof)
        external
        view
        returns (bytes32 post);
}
