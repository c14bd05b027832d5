// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeVM} from "./IDisputeVM.sol";
import {ITrainIOTypes} from "./ITrainIOVerifier.sol";

/// @title ITrainingVM
/// @notice The dispute game's VM for training records (docs/training-game.md): what its setup reads, the context it
///         stores, and its errors.
interface ITrainingVM is IDisputeVM {
    /// @notice The preimage of a dataset root (docs/protocol.md, "Dataset root").
    struct DatasetPreimage {
        bytes32 tokenizerHash;
        uint64 records;
        uint64 tokens;
        bytes32 recordsRoot;
        bytes32 tokensRoot;
    }

    /// @notice What setup() reads besides the record.
    struct SetupData {
        ITrainIOTypes.TrainConfig cfg; // the job input: the preimage of record.inputHash (train.ConfigHash)
        DatasetPreimage dataset; // the preimage of record.datasetRoot
        int32 eos; // the RoPE source model's EOS (−1: none), as its metadata leaf holds it
        bytes32[] metaProof; // the RoPE source model's metadata leaf (index 0) proof
    }

    /// @notice The context the game stores (abi.encode): everything a later call needs besides its proof.
    struct Context {
        ITrainIOTypes.TrainConfig cfg;
        bytes32 baseModelRoot; // record.modelRoot (pretraining: 0)
        bytes32 datasetRoot;
        bytes32 configHash;
        uint64 steps; // N
        uint64 dataTokens;
        bytes32 tokensRoot;
        bytes32 tokenizerHash; // the dataset's, which is the RoPE source model's
        int32 eos; // the RoPE source model's (−1: none)
        bytes32 ropeSource; // fine-tuning: the base model root; pretraining: the job's reference model's root
    }

    /// @notice The record is not a training record.
    error UnsupportedKind(uint8 kind);
    /// @notice The configuration does not hash to the record's inputHash.
    error WrongConfig(bytes32 computed, bytes32 inputHash);
    /// @notice The configuration breaks the trainer's rules (train.Hyper.Check): `field` names which.
    error BadHyper(string field);
    /// @notice The number of steps (record.params.maxTokens) is 0.
    error WrongSteps(uint256 steps);
    /// @notice The dataset preimage does not hash to the record's datasetRoot.
    error WrongDataset(bytes32 computed, bytes32 datasetRoot);
    /// @notice A fine-tuning record's modelRoot is zero, or a pretraining record's is not.
    error WrongBaseModel(bytes32 modelRoot);
    /// @notice A pretraining job names no reference model (its RoPE source): job `jobId`'s modelId is 0, or the
    ///         record is an L2 record (no job).
    error NoReferenceModel(uint64 jobId);
    /// @notice The RoPE source's metadata leaf is not the trained model's (dims, context, RoPE, norm, untied, the
    ///         dataset's tokenizer, eos) at index 0 of `root`.
    error WrongRopeSource(bytes32 root);
    /// @notice The EOS is neither −1 nor below the vocabulary.
    error WrongEos(int256 eos);
    /// @notice The context is not this VM's encoding.
    error BadContext();
    /// @notice Transition 0's pre-state is not the absolute prestate I.
    error WrongPrestate(bytes32 level1, bytes32 input);
    /// @notice The preimage does not hash to the state of transition t.
    error PreimageMismatch(uint256 t, bytes32 computed, bytes32 state);
    /// @notice A level-1 state's field is not the one transition t needs (`field`: step, dataTokens, tokensRoot,
    ///         configHash).
    error StateField(uint256 t, string field);
    /// @notice The micro-state of transition t is at step `j`, not its program's end `len`.
    error NotFinal(uint256 t, uint256 j, uint256 len);
}
