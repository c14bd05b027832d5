// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IModelChecker} from "./interfaces/IModelChecker.sol";
import {IOneStepTypes} from "./interfaces/IOneStepVerifier.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";

/// @title ModelRegistry
/// @notice Permissionless, checked registry of models by model root. Anyone may publish a model; the root (not the
///         publisher) is what jobs and proofs trust. A registration is accepted only if its configuration opens
///         against the root's metadata leaf and the game this registry serves covers the model's longest record, so
///         that every record on a registered model can be disputed down to one step (docs/protocol.md, "Soundness").
contract ModelRegistry is IModelRegistry {
    /// @notice Longest accepted URI in bytes.
    uint256 public constant MAX_URI_LENGTH = 2048;
    /// @notice Deepest position a game may have (LibPosition.MAX_DEPTH).
    uint8 internal constant MAX_GAME_DEPTH = 126;

    /// @inheritdoc IModelRegistry
    IModelChecker public immutable checker;
    /// @inheritdoc IModelRegistry
    uint8 public immutable splitDepth;
    /// @inheritdoc IModelRegistry
    uint8 public immutable maxDepth;

    /// @dev Models by id; id 0 is never used.
    mapping(uint256 id => Model) internal _models;
    /// @dev Model id by root; 0 means unregistered.
    mapping(bytes32 root => uint256 id) internal _idOf;
    /// @dev Number of models registered so far.
    uint256 internal _count;

    /// @param checker_ The game's VM (TransformerVM), which checks configurations, capacity and refused rows.
    /// @param splitDepth_ The split depth of the game the rollup's DisputeGameFactory creates.
    /// @param maxDepth_ Its max depth (the Rollup checks both against the factory at construction).
    constructor(IModelChecker checker_, uint8 splitDepth_, uint8 maxDepth_) {
        if (address(checker_) == address(0)) revert ZeroChecker();
        if (splitDepth_ < 2 || uint256(splitDepth_) + 2 > maxDepth_ || maxDepth_ > MAX_GAME_DEPTH) {
            revert InvalidDepths(splitDepth_, maxDepth_);
        }
        checker = checker_;
        splitDepth = splitDepth_;
        maxDepth = maxDepth_;
    }

    /// @inheritdoc IModelRegistry
    function register(
        bytes32 root,
        IOneStepTypes.ModelConfig calldata config,
        bytes32[] calldata metaProof,
        string calldata uri
    ) external returns (uint256 id) {
        if (root == bytes32(0)) revert ZeroModelRoot();
        uint256 existing = _idOf[root];
        if (existing != 0) revert ModelAlreadyRegistered(root, existing);
        uint256 uriLength = bytes(uri).length;
        if (uriLength == 0 || uriLength > MAX_URI_LENGTH) revert InvalidUri(uriLength, MAX_URI_LENGTH);
        IModelChecker c = checker;
        c.checkModelConfig(config, root, metaProof);
        string memory overflow = c.capacityError(config, splitDepth, maxDepth);
        if (bytes(overflow).length != 0) revert ModelTooLarge(overflow);

        id = ++_count;
        _idOf[root] = id;
        Model storage m = _models[id];
        m.root = root;
        m.config = config;
        m.publisher = msg.sender;
        m.registeredAt = uint64(block.timestamp);
        m.uri = uri;

        emit ModelRegistered(id, root, msg.sender, config, uri);
    }

    /// @inheritdoc IModelRegistry
    function reportRefusedRow(uint256 id, uint256 leafIndex, bytes calldata data, bytes32[] calldata proof) external {
        Model storage m = _model(id);
        if (m.refused) revert AlreadyRefused(id);
        IModelChecker c = checker;
        IOneStepTypes.ModelConfig memory cfg = m.config;
        uint256 leaves = c.modelLeafCount(cfg);
        if (
            leafIndex >= leaves || proof.length != _depth(leaves)
                || LibMerkle.rootFromProofCalldata(LibCanon.rowLeafCalldata(data), leafIndex, proof) != m.root
        ) revert BadRowOpening(id, leafIndex);
        if (!c.refusedRow(cfg, leafIndex, data)) revert RowNotRefused(id, leafIndex);
        m.refused = true;
        emit ModelRefused(id, leafIndex, msg.sender);
    }

    /// @inheritdoc IModelRegistry
    function model(uint256 id) external view returns (Model memory) {
        return _model(id);
    }

    /// @inheritdoc IModelRegistry
    function summary(uint256 id) external view returns (Summary memory) {
        Model storage m = _model(id);
        return Summary({
            root: m.root, vocab: m.config.vocab, context: m.config.context, eos: m.config.eos, refused: m.refused
        });
    }

    /// @inheritdoc IModelRegistry
    function modelIdOf(bytes32 root) external view returns (uint256) {
        return _idOf[root];
    }

    /// @inheritdoc IModelRegistry
    function modelCount() external view returns (uint256) {
        return _count;
    }

    /// @dev Model `id`; reverts with UnknownModel.
    function _model(uint256 id) internal view returns (Model storage) {
        if (id == 0 || id > _count) revert UnknownModel(id);
        return _models[id];
    }

    /// @dev ceil(log2 n): the depth of a tree of n leaves.
    function _depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }
}
