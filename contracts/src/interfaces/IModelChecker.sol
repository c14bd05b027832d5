// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOneStepTypes} from "./IOneStepVerifier.sol";

/// @title IModelChecker
/// @notice What the ModelRegistry asks the game's VM (TransformerVM) about a model before it takes jobs, so that every
///         record on a registered model can be disputed down to a one-step proof (docs/protocol.md, "Soundness"):
///         whether the configuration is the one committed in the model root, whether the game's depths cover the
///         longest record the model allows, and whether a weight row is one the canonical runtime refuses.
interface IModelChecker {
    /// @notice Reverts with IOneStepTypes.InvalidConfig(field) for a configuration the VM cannot run, or
    ///         IOneStepTypes.ConfigNotInModel(modelRoot) unless `metaProof` opens the metadata leaf (index 0) of
    ///         `cfg` against `modelRoot` in a tree of modelLeafCount(cfg) leaves.
    function checkModelConfig(IOneStepTypes.ModelConfig calldata cfg, bytes32 modelRoot, bytes32[] calldata metaProof)
        external
        view;

    /// @notice Number of leaves of the model root of a model with configuration `cfg` (docs/protocol.md, "Model root").
    function modelLeafCount(IOneStepTypes.ModelConfig calldata cfg) external view returns (uint256);

    /// @notice "" when a game of depths (splitDepth, maxDepth) covers every record of a model with configuration
    ///         `cfg` at both levels (its longest record at full context: (context − 1) × (layers + 1) level-1
    ///         transitions, and its longest micro-step program), else a short name of the level that overflows.
    function capacityError(IOneStepTypes.ModelConfig calldata cfg, uint8 splitDepth, uint8 maxDepth)
        external
        view
        returns (string memory);

    /// @notice True iff leaf `leafIndex` of the model root is a Q8_0 weight row, `data` has that row's length, and
    ///         the canonical runtime refuses one of its blocks (a non-finite fp16 scale). The caller checks that
    ///         `data` opens at `leafIndex` against the model root.
    function refusedRow(IOneStepTypes.ModelConfig calldata cfg, uint256 leafIndex, bytes calldata data)
        external
        view
        returns (bool);
}
