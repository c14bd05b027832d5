// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IDatasetRegistry
/// @notice Registry of training datasets and of model lineage. A dataset is identified on L1 by its
///         dataset root: the Merkle root over the dataset's records, so that a training job (and a
///         one-step proof of it) can open any record against the root. Publishing is permissionless;
///         lineage ("model root R was trained from base model B on dataset D with config C by job J")
///         is written only by the `writer` (the JobInbox) when the rollup delivers a training job's final record.
interface IDatasetRegistry {
    /// @notice A published dataset.
    /// @dev `publisher` and `publishedAt` share a slot, as do `recordCount` and `byteSize`.
    struct Dataset {
        bytes32 root; // Merkle root over the dataset's records
        address publisher; // account that published the dataset
        uint64 publishedAt; // L1 block timestamp of publication
        uint64 recordCount; // number of records (Merkle leaves)
        uint64 byteSize; // total size of the records in bytes
        string uri; // where the dataset can be fetched (content-addressed by `root`)
        string licence; // SPDX licence identifier or licence URL
    }

    /// @notice A recorded lineage: how one model root came to be.
    struct Lineage {
        bytes32 modelRoot; // root of the trained model
        uint256 baseModelId; // ModelRegistry id of the base model; 0 for pretraining from a seeded init
        uint256 datasetId; // id of the dataset in this registry
        bytes32 trainingConfigHash; // keccak256 of the canonical training configuration
        bytes32 jobId; // the training job whose finalized record produced `modelRoot`
        uint64 recordedAt; // L1 block timestamp at which the lineage was recorded
    }

    /// @notice `field` is zero but must not be.
    error ZeroValue(string field);
    /// @notice `field` is `length` bytes long, which is empty or longer than `max` bytes.
    error InvalidLength(string field, uint256 length, uint256 max);
    /// @notice A dataset with this root is already published under `id`.
    error DatasetAlreadyPublished(bytes32 root, uint256 id);
    /// @notice No dataset is published under `id`.
    error UnknownDataset(uint256 id);
    /// @notice No lineage is recorded under `id`.
    error UnknownLineage(uint256 id);
    /// @notice A lineage for `modelRoot` is already recorded under `id`.
    error LineageExists(bytes32 modelRoot, uint256 id);
    /// @notice `caller` is not the writer and may not record lineage.
    error NotWriter(address caller);

    /// @notice Emitted once per published dataset.
    event DatasetPublished(
        uint256 indexed id,
        bytes32 indexed root,
        address indexed publisher,
        uint64 recordCount,
        uint64 byteSize,
        string uri,
        string licence
    );

    /// @notice Emitted once per recorded lineage.
    event LineageRecorded(
        uint256 indexed lineageId,
        bytes32 indexed modelRoot,
        uint256 indexed datasetId,
        uint256 baseModelId,
        bytes32 trainingConfigHash,
        bytes32 jobId
    );

    /// @notice Publishes a dataset and returns its id (ids start at 1 and increase by one).
    ///         The publisher is `msg.sender`; publishing needs no permission.
    /// @param root Merkle root over the dataset's records; non-zero and not yet published.
    /// @param recordCount Number of records; non-zero.
    /// @param byteSize Total size of the records in bytes; non-zero.
    /// @param uri Where the dataset can be fetched; 1 to MAX_URI_LENGTH bytes.
    /// @param licence SPDX licence identifier or licence URL; 1 to MAX_LICENCE_LENGTH bytes.
    /// @return id The new dataset's id.
    function publish(bytes32 root, uint64 recordCount, uint64 byteSize, string calldata uri, string calldata licence)
        external
        returns (uint256 id);

    /// @notice Records that `newModelRoot` was trained from `baseModelId` on `datasetId`. Only the
    ///         writer may call it (the JobInbox, when the rollup delivers a training job's final record).
    /// @dev `baseModelId` is a ModelRegistry id (0 for pretraining from a seeded init). It is stored
    ///      as given and NOT checked here: the writer is trusted to have checked it.
    /// @param newModelRoot Root of the trained model; non-zero, at most one lineage per model root.
    /// @param baseModelId ModelRegistry id of the base model, or 0.
    /// @param datasetId Id of a dataset published in this registry.
    /// @param trainingConfigHash keccak256 of the canonical training configuration (may be zero).
    /// @param jobId The training job that produced `newModelRoot`; non-zero.
    /// @return lineageId The new lineage's id (ids start at 1 and increase by one).
    function recordLineage(
        bytes32 newModelRoot,
        uint256 baseModelId,
        uint256 datasetId,
        bytes32 trainingConfigHash,
        bytes32 jobId
    ) external returns (uint256 lineageId);

    /// @notice The only account allowed to record lineage; fixed at construction.
    function writer() external view returns (address);

    /// @notice Returns the dataset published under `id`; reverts with UnknownDataset if there is none.
    function dataset(uint256 id) external view returns (Dataset memory);

    /// @notice Returns the id of the dataset with `root`, or 0 if none is published.
    function datasetIdOf(bytes32 root) external view returns (uint256);

    /// @notice Number of published datasets (also the highest id).
    function datasetCount() external view returns (uint256);

    /// @notice Returns the lineage recorded under `id`; reverts with UnknownLineage if there is none.
    function lineage(uint256 id) external view returns (Lineage memory);

    /// @notice Returns the id of the lineage of `modelRoot`, or 0 if none is recorded.
    function lineageOf(bytes32 modelRoot) external view returns (uint256);

    /// @notice Number of recorded lineages (also the highest id).
    function lineageCount() external view returns (uint256);
}
