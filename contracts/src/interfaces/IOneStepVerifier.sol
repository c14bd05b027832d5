// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IOneStepTypes
/// @notice The types and errors of the one-step verifiers (docs/isa.md, "Step proofs").
interface IOneStepTypes {
    /// @notice A model's configuration, committed in the metadata leaf of its model root (docs/protocol.md).
    struct ModelConfig {
        uint32 dim;
        uint32 layers;
        uint32 heads;
        uint32 kvHeads;
        uint32 ffDim;
        uint32 vocab;
        uint32 context;
        uint32 ropeDims;
        uint32 ropeBaseBits;
        uint32 normEpsBits;
        uint32 tied;
        uint32 eos; // the end-of-sequence token an inference job stops at; type(uint32).max: none (no early stop)
        // The feed-forward width of the file import zero-padded to ffDim (ffDim − 32 < ffUnpadded < ffDim); 0: none.
        uint32 ffUnpadded;
        bytes32 tokenizerHash;
    }

    /// @notice One register leaf the step reads or writes, with its proof in the register's tree.
    struct Chunk {
        uint8 reg;
        uint32 index;
        bytes data;
        bytes32[] proof;
    }

    /// @notice An aligned subtree of an int32 vector's chunk tree (a register, or the keys or values of one KV
    ///         position): the existing leaves [first, first + 2^height) concatenated, and the proof of its root.
    struct Subtree {
        uint8 reg;
        uint32 first;
        uint8 height;
        bytes data;
        bytes32[] proof;
    }

    /// @notice A leaf of the model root or of the layer's KV tree, with its proof.
    struct Opening {
        uint64 index;
        bytes data;
        bytes32[] proof;
    }

    /// @notice The pre-state's preimage and the operands of its next step (prover/vm StepProof).
    struct StepProof {
        uint64 step;
        uint32 p;
        uint32 l;
        bytes32[19] regRoots;
        bytes32[] layerRoots;
        bytes32 tokensHash;
        Chunk[] chunks;
        bytes[] full;
        Subtree[] subtrees;
        Opening[] model;
        Opening[] kv;
        Opening[] prompt;
    }

    /// @notice The disputed job, for the head step: position p+1 takes prompt token p+1 while p+1 < promptLen
    ///         (promptRoot is the chunk tree of the prompt's token ids, prover/vm PromptRoot), else the argmax
    ///         (temperatureMilli = 0) or the token sampled with the job's integer parameters and seed at sampling
    ///         step p+1 − promptLen (docs/arithmetic.md, "Sampling").
    struct JobContext {
        bytes32 promptRoot;
        uint32 promptLen;
        uint32 temperatureMilli;
        uint32 topK;
        uint32 topPMicro;
        bytes32 seed;
    }

    /// @notice The configuration is inconsistent (field names the first bad dimension).
    error InvalidConfig(string field);
    /// @notice The metadata leaf does not open against the model root.
    error ConfigNotInModel(bytes32 modelRoot);
    /// @notice The step index is past the end of the block's program.
    error StepOutOfRange(uint64 step, uint256 programLength);
    /// @notice Position or layer outside the model.
    error OutOfRange(string field, uint256 value, uint256 limit);
    /// @notice The proof has the wrong number of operands of some kind.
    error OperandCount(string kind, uint256 got, uint256 want);
    /// @notice An operand names the wrong register or index.
    error WrongOperand(uint256 operand, uint256 reg, uint256 index);
    /// @notice An operand's data has the wrong length.
    error OperandLength(uint256 operand, uint256 got, uint256 want);
    /// @notice An operand does not open against its root.
    error BadProof(string kind, uint256 operand);
}

/// @title IOneStepVerifier
/// @notice Executes one micro-step of the tensor ISA (docs/isa.md) on-chain: given the pre-state's preimage and the
///         step's operands with Merkle proofs against it and against the model root, it returns the pre-state root it
///         checked and the post-state root. The dispute game compares them with the disputed claims.
interface IOneStepVerifier is IOneStepTypes {
    /// @notice Executes the step after the state the proof describes.
    /// @param cfg The model configuration (checked against the metadata leaf of modelRoot).
    /// @param modelRoot The model root registered on L1.
    /// @param job The job's prompt commitment (used by the head step only).
    /// @param sp The pre-state preimage and the step's operands.
    /// @return pre The pre-state root the proof opens.
    /// @return post The state root after the step.
    function step(ModelConfig calldata cfg, bytes32 modelRoot, JobContext calldata job, StepProof calldata sp)
        external
        view
        returns (bytes32 pre, bytes32 post);
}
