// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IModelRegistry
/// @notice Registry of the models airollup jobs may run. A model is identified on L1 by its
///         model root: the Merkle root over the canonical bytes of the model (every tensor row a
///         leaf, plus metadata and the fixed-point tables; see docs/protocol.md). One-step proofs
///         open weight rows against this root, so the root is what binds a job to its weights.
interface IModelRegistry {
    /// @notice Shape of a LLaMA-family transformer, as the canonical runtime reads it from GGUF.
    /// @dev Packs into a single storage slot (7 x 32 bits).
    struct Dims {
        uint32 embeddingDim; // llama.embedding_length
        uint32 layers; // llama.block_count
        uint32 heads; // llama.attention.head_count
        uint32 kvHeads; // llama.attention.head_count_kv
        uint32 ffDim; // llama.feed_forward_length
        uint32 vocabSize; // tokenizer vocabulary size
        uint32 contextLength; // llama.context_length
    }

    /// @notice A registered model.
    struct Model {
        bytes32 root; // Merkle root over the canonical model bytes
        bytes32 metadataHash; // keccak256 of the canonical metadata block
        Dims dims;
        address publisher; // account that registered the model
        uint64 registeredAt; // L1 block timestamp of registration
        string uri; // where the canonical GGUF can be fetched (content-addressed by `root`)
    }

    /// @notice The model root is zero.
    error ZeroModelRoot();
    /// @notice A model with this root is already registered under `id`.
    error ModelAlreadyRegistered(bytes32 root, uint256 id);
    /// @notice No model is registered under `id`.
    error UnknownModel(uint256 id);
    /// @notice A dimension is zero or inconsistent with another. `field` names it.
    error InvalidDimension(string field, uint256 value);
    /// @notice The URI is empty or longer than `max` bytes.
    error InvalidUri(uint256 length, uint256 max);

    /// @notice Emitted once per registered model.
    event ModelRegistered(
        uint256 indexed id, bytes32 indexed root, address indexed publisher, bytes32 metadataHash, Dims dims, string uri
    );

    /// @notice Registers a model and returns its id (ids start at 1 and increase by one).
    /// @param root Merkle root over the canonical model bytes; must be non-zero and not yet registered.
    /// @param metadataHash keccak256 of the canonical metadata block.
    /// @param dims The transformer shape; every field non-zero, heads dividing the embedding dim and
    ///        kvHeads dividing heads.
    /// @param uri Where the canonical GGUF can be fetched; 1 to MAX_URI_LENGTH bytes.
    /// @return id The new model's id.
    function register(bytes32 root, bytes32 metadataHash, Dims calldata dims, string calldata uri)
        external
        returns (uint256 id);

    /// @notice Returns the model registered under `id`; reverts with UnknownModel if there is none.
    function model(uint256 id) external view returns (Model memory);

    /// @notice Returns the id of the model with `root`, or 0 if none is registered.
    function modelIdOf(bytes32 root) external view returns (uint256);

    /// @notice Number of registered models (also the highest id).
    function modelCount() external view returns (uint256);
}
