// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDatasetRegistry} from "./interfaces/IDatasetRegistry.sol";

/// @title DatasetRegistry
/// @notice Permissionless registry of datasets by dataset root, plus a writer-only record of model
///         lineage (which base model and dataset each trained model root came from).
contract DatasetRegistry is IDatasetRegistry {
    /// @notice Longest accepted URI in bytes.
    uint256 public constant MAX_URI_LENGTH = 2048;
    /// @notice Longest accepted licence (SPDX id or URL) in bytes.
    uint256 public constant MAX_LICENCE_LENGTH = 256;

    /// @inheritdoc IDatasetRegistry
    address public immutable writer;

    /// @dev Datasets by id; id 0 is never used.
    mapping(uint256 id => Dataset) internal _datasets;
    /// @dev Dataset id by root; 0 means unpublished.
    mapping(bytes32 root => uint256 id) internal _datasetIdOf;
    /// @dev Number of datasets published so far.
    uint256 internal _datasetCount;

    /// @dev Lineages by id; id 0 is never used.
    mapping(uint256 id => Lineage) internal _lineages;
    /// @dev Lineage id by model root; 0 means none recorded.
    mapping(bytes32 modelRoot => uint256 id) internal _lineageOf;
    /// @dev Number of lineages recorded so far.
    uint256 internal _lineageCount;

    /// @param writer_ The only account allowed to record lineage (the JobInbox, IJobInbox.release); non-zero.
    constructor(address writer_) {
        if (writer_ == address(0)) revert ZeroValue("writer");
        writer = writer_;
    }

    /// @inheritdoc IDatasetRegistry
    function publish(bytes32 root, uint64 recordCount, uint64 byteSize, string calldata uri, string calldata licence)
        external
        returns (uint256 id)
    {
        if (root == bytes32(0)) revert ZeroValue("root");
        uint256 existing = _datasetIdOf[root];
        if (existing != 0) revert DatasetAlreadyPublished(root, existing);
        if (recordCount == 0) revert ZeroValue("recordCount");
        if (byteSize == 0) revert ZeroValue("byteSize");
        _checkLength("uri", bytes(uri).length, MAX_URI_LENGTH);
        _checkLength("licence", bytes(licence).length, MAX_LICENCE_LENGTH);

        id = ++_datasetCount;
        _datasetIdOf[root] = id;
        Dataset storage d = _datasets[id];
        d.root = root;
        d.publisher = msg.sender;
        d.publishedAt = uint64(block.timestamp);
        d.recordCount = recordCount;
        d.byteSize = byteSize;
        d.uri = uri;
        d.licence = licence;

        emit DatasetPublished(id, root, msg.sender, recordCount, byteSize, uri, licence);
    }

    /// @inheritdoc IDatasetRegistry
    function recordLineage(
        bytes32 newModelRoot,
        uint256 baseModelId,
        uint256 datasetId,
        bytes32 trainingConfigHash,
        bytes32 jobId
    ) external returns (uint256 lineageId) {
        if (msg.sender != writer) revert NotWriter(msg.sender);
        if (newModelRoot == bytes32(0)) revert ZeroValue("newModelRoot");
        uint256 existing = _lineageOf[newModelRoot];
        if (existing != 0) revert LineageExists(newModelRoot, existing);
        if (datasetId == 0 || datasetId > _datasetCount) revert UnknownDataset(datasetId);
        if (jobId == bytes32(0)) revert ZeroValue("jobId");

        lineageId = ++_lineageCount;
        _lineageOf[newModelRoot] = lineageId;
        // baseModelId is stored as given: the writer has checked it against the ModelRegistry.
        _lineages[lineageId] = Lineage({
            modelRoot: newModelRoot,
            baseModelId: baseModelId,
            datasetId: datasetId,
            trainingConfigHash: trainingConfigHash,
            jobId: jobId,
            recordedAt: uint64(block.timestamp)
        });

        emit LineageRecorded(lineageId, newModelRoot, datasetId, baseModelId, trainingConfigHash, jobId);
    }

    /// @inheritdoc IDatasetRegistry
    function dataset(uint256 id) external view returns (Dataset memory) {
        if (id == 0 || id > _datasetCount) revert UnknownDataset(id);
        return _datasets[id];
    }

    /// @inheritdoc IDatasetRegistry
    function datasetIdOf(bytes32 root) external view returns (uint256) {
        return _datasetIdOf[root];
    }

    /// @inheritdoc IDatasetRegistry
    function datasetCount() external view returns (uint256) {
        return _datasetCount;
    }

    /// @inheritdoc IDatasetRegistry
    function lineage(uint256 id) external view returns (Lineage memory) {
        if (id == 0 || id > _lineageCount) revert UnknownLineage(id);
        return _lineages[id];
    }

    /// @inheritdoc IDatasetRegistry
    function lineageOf(bytes32 modelRoot) external view returns (uint256) {
        return _lineageOf[modelRoot];
    }

    /// @inheritdoc IDatasetRegistry
    function lineageCount() external view returns (uint256) {
        return _lineageCount;
    }

    /// @dev Reverts with InvalidLength naming `field` unless 1 <= length <= max.
    function _checkLength(string memory field, uint256 length, uint256 max) internal pure {
        if (length == 0 || length > max) revert InvalidLength(field, length, max);
    }
}
