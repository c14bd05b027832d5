// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOneStepTypes} from "./IOneStepVerifier.sol";
import {IModelChecker} from "./IModelChecker.sol";

/// @title IModelRegistry
/// @notice Registry of the models airollup jobs may run. A model is identified on L1 by its model root: the Merkle
///         root over the canonical bytes of the model (every tensor row a leaf, plus metadata and the fixed-point
///         tables; docs/protocol.md, "Model root"). One-step proofs open weight rows against this root, so the root
///         is what binds a job to its weights.
///         Registration is permissionless but checked: the configuration must open against the root's metadata
///         leaf, and the game this registry serves (its split and max depths) must cover the longest record the
///         model allows. A model one of whose weight rows the canonical runtime refuses can be shown so by anyone
///         (reportRefusedRow): it then takes no jobs, and records on it are voidable (docs/protocol.md, "Soundness").
interface IModelRegistry {
    /// @notice A registered model.
    struct Model {
        bytes32 root; // Merkle root over the canonical model bytes
        IOneStepTypes.ModelConfig config; // the configuration committed in the root's metadata leaf
        address publisher; // account that registered the model
        uint64 registeredAt; // L1 block timestamp of registration
        bool refused; // a weight row the canonical runtime refuses was opened: no jobs, records voidable
        string uri; // where the canonical GGUF can be fetched (content-addressed by `root`)
    }

    /// @notice What the inbox and the rollup read of a model for its jobs (one call, no string copy).
    struct Summary {
        bytes32 root;
        uint32 vocab;
        uint32 context;
        uint32 eos; // the token inference jobs stop at; type(uint32).max: none (jobs run maxTokens tokens)
        bool refused;
    }

    /// @notice The model root is zero.
    error ZeroModelRoot();
    /// @notice A model with this root is already registered under `id`.
    error ModelAlreadyRegistered(bytes32 root, uint256 id);
    /// @notice No model is registered under `id`.
    error UnknownModel(uint256 id);
    /// @notice The URI is empty or longer than `max` bytes.
    error InvalidUri(uint256 length, uint256 max);
    /// @notice The game this registry serves cannot dispute the model's longest record: `level` ("level1" for the
    ///         (token, layer) transitions, "level2" for the micro-steps of one transition) overflows.
    error ModelTooLarge(string level);
    /// @notice The registry's game depths are inconsistent (splitDepth ≥ 2 and splitDepth + 2 ≤ maxDepth ≤ 126).
    error InvalidDepths(uint8 splitDepth, uint8 maxDepth);
    /// @notice The checker address is zero.
    error ZeroChecker();
    /// @notice The opened row does not open at `leafIndex` against model `id`'s root.
    error BadRowOpening(uint256 id, uint256 leafIndex);
    /// @notice The opened row is not one the canonical runtime refuses.
    error RowNotRefused(uint256 id, uint256 leafIndex);
    /// @notice Model `id` was already shown refused.
    error AlreadyRefused(uint256 id);

    /// @notice Emitted once per registered model.
    event ModelRegistered(
        uint256 indexed id,
        bytes32 indexed root,
        address indexed publisher,
        IOneStepTypes.ModelConfig config,
        string uri
    );
    /// @notice Emitted when `reporter` opened weight row `leafIndex` of model `id`, which the runtime refuses.
    event ModelRefused(uint256 indexed id, uint256 leafIndex, address indexed reporter);

    /// @notice Registers a model and returns its id (ids start at 1 and increase by one).
    /// @param root Merkle root over the canonical model bytes; non-zero and not yet registered.
    /// @param config The configuration committed in the root's metadata leaf (`airollup model info` prints both).
    /// @param metaProof The proof of the metadata leaf (index 0) in the root's tree.
    /// @param uri Where the canonical GGUF can be fetched; 1 to MAX_URI_LENGTH bytes.
    /// @return id The new model's id.
    /// @dev Reverts with ZeroModelRoot, ModelAlreadyRegistered, InvalidUri, the checker's InvalidConfig or
    ///      ConfigNotInModel, or ModelTooLarge.
    function register(
        bytes32 root,
        IOneStepTypes.ModelConfig calldata config,
        bytes32[] calldata metaProof,
        string calldata uri
    ) external returns (uint256 id);

    /// @notice Shows that model `id` has a weight row the canonical runtime refuses: `data` must open at `leafIndex`
    ///         against the model's root as a weight row (leaf LibCanon.rowLeaf(data); `proof`, in a tree of
    ///         checker.modelLeafCount leaves) and be refused by the
    ///         checker. The model then takes no new jobs, its pending jobs can be rejected and its records voided.
    ///         Anyone may call it; it cannot be undone.
    /// @dev Reverts with UnknownModel, AlreadyRefused, BadRowOpening or RowNotRefused.
    function reportRefusedRow(uint256 id, uint256 leafIndex, bytes calldata data, bytes32[] calldata proof) external;

    /// @notice Returns the model registered under `id`; reverts with UnknownModel if there is none.
    function model(uint256 id) external view returns (Model memory);

    /// @notice Root, vocabulary, context, EOS token and refused flag of model `id`; reverts with UnknownModel.
    function summary(uint256 id) external view returns (Summary memory);

    /// @notice Returns the id of the model with `root`, or 0 if none is registered.
    function modelIdOf(bytes32 root) external view returns (uint256);

    /// @notice Number of registered models (also the highest id).
    function modelCount() external view returns (uint256);

    /// @notice The VM that checks configurations, capacity and refused rows.
    function checker() external view returns (IModelChecker);

    /// @notice The split depth of the game every registered model fits.
    function splitDepth() external view returns (uint8);

    /// @notice The max depth of the game every registered model fits.
    function maxDepth() external view returns (uint8);
}
