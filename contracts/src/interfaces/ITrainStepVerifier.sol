// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ITrainStepVerifier
/// @notice The one-step verifier of the training machine (docs/training-game.md, "Step proofs"): a port of
///         prover/trainvm VerifyStep. It executes micro-step j of one training step from a proof of its pre-state
///         alone and returns the post-state root, or reverts with a custom error naming the field.
interface ITrainStepVerifier {
    /// @notice A run's configuration: the preimage of its config hash (train.ConfigHash), plus `part` and the
    ///         RoPE source.
    /// @dev Q32 hyperparameters are two's-complement int64. optimizer 0 SGD, 1 Adam; the four LoRA fields are zero
    ///      in a full run. `part` is the row-part size of the program (0: trainvm.Part = 1024); only tests set it
    ///      (a multiple of 32 up to 1024), the config hash does not commit it. `ropeSource` is a model root of the
    ///      run's configuration (untied, no RoPE frequency factors) whose RoPE leaves ROPE and ROPEB open (trainvm
    ///      Config.RopeSource): the base model root for fine-tuning, a registered model of the same RoPE parameters
    ///      for pretraining — the caller (TrainingVM) obtains and checks it.
    struct Params {
        uint32 dim;
        uint32 layers;
        uint32 heads;
        uint32 kvHeads;
        uint32 ffDim;
        uint32 vocab;
        uint32 context;
        uint32 optimizer;
        int64 lr;
        int64 beta1;
        int64 beta2;
        int64 eps;
        uint32 batch;
        uint32 seqLen;
        int64 lrFinal;
        uint64 decayFrom;
        uint64 decaySteps;
        uint64 modelSeed;
        uint32 loraRank;
        int64 loraScale;
        uint32 loraTargets;
        uint64 loraSeed;
        uint32 part;
        bytes32 ropeSource;
    }

    /// @notice Verifies the step proof `proof` (trainvm StepProof.MarshalBinary) against the pre-state root.
    /// @param p The run's configuration; it must hash to the carried config hash.
    /// @param preRoot state(j), the micro-state root the proof must open.
    /// @param proof The encoded step proof.
    /// @return postRoot state(j + 1), as trainvm.VerifyStep returns it.
    function verify(Params calldata p, bytes32 preRoot, bytes calldata proof) external view returns (bytes32 postRoot);
}
