// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IModelRegistry} from "./interfaces/IModelRegistry.sol";

/// @title ModelRegistry
/// @notice Permissionless registry of models by model root. Anyone may publish a model; the root
///         (not the publisher) is what jobs and proofs trust, so registration needs no permission.
contract ModelRegistry is IModelRegistry {
    /// @notice Longest accepted URI in bytes.
    uint256 public constant MAX_URI_LENGTH = 2048;

    /// @dev Models by id; id 0 is never used.
    mapping(uint256 id => Model) internal _models;
    /// @dev Model id by root; 0 means unregistered.
    mapping(bytes32 root => uint256 id) internal _idOf;
    /// @dev Number of models registered so far.
    uint256 internal _count;

    /// @inheritdoc IModelRegistry
    function register(bytes32 root, bytes32 metadataHash, Dims calldata dims, string calldata uri)
        external
        returns (uint256 id)
    {
        if (root == bytes32(0)) revert ZeroModelRoot();
        uint256 existing = _idOf[root];
        if (existing != 0) revert ModelAlreadyRegistered(root, existing);
        _checkDims(dims);
        uint256 uriLength = bytes(uri).length;
        if (uriLength == 0 || uriLength > MAX_URI_LENGTH) revert InvalidUri(uriLength, MAX_URI_LENGTH);

        id = ++_count;
        _idOf[root] = id;
        Model storage m = _models[id];
        m.root = root;
        m.metadataHash = metadataHash;
        m.dims = dims;
        m.publisher = msg.sender;
        m.registeredAt = uint64(block.timestamp);
        m.uri = uri;

        emit ModelRegistered(id, root, msg.sender, metadataHash, dims, uri);
    }

    /// @inheritdoc IModelRegistry
    function model(uint256 id) external view returns (Model memory) {
        if (id == 0 || id > _count) revert UnknownModel(id);
        return _models[id];
    }

    /// @inheritdoc IModelRegistry
    function modelIdOf(bytes32 root) external view returns (uint256) {
        return _idOf[root];
    }

    /// @inheritdoc IModelRegistry
    function modelCount() external view returns (uint256) {
        return _count;
    }

    /// @dev Reverts with InvalidDimension naming the first field that is zero or inconsistent.
    function _checkDims(Dims calldata d) internal pure {
        if (d.embeddingDim == 0) revert InvalidDimension("embeddingDim", 0);
        if (d.layers == 0) revert InvalidDimension("layers", 0);
        if (d.heads == 0 || d.embeddingDim % d.heads != 0) revert InvalidDimension("heads", d.heads);
        if (d.kvHeads == 0 || d.heads % d.kvHeads != 0) revert InvalidDimension("kvHeads", d.kvHeads);
        if (d.ffDim == 0) revert InvalidDimension("ffDim", 0);
        if (d.vocabSize == 0) revert InvalidDimension("vocabSize", 0);
        if (d.contextLength == 0) revert InvalidDimension("contextLength", 0);
    }
}
