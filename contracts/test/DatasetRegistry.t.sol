// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {IDatasetRegistry} from "../src/interfaces/IDatasetRegistry.sol";

/// @dev Shared fixture: a fresh registry whose writer is `writer`, and a valid dataset description.
abstract contract DatasetRegistry_TestInit is Test {
    DatasetRegistry internal registry;
    address internal publisher = makeAddr("publisher");
    address internal writer = makeAddr("writer");

    bytes32 internal constant ROOT = keccak256("dataset-root");
    uint64 internal constant RECORDS = 1_000_000;
    uint64 internal constant BYTES = 4_294_967_296;
    string internal constant URI = "http://127.0.0.1:8545/datasets/0xabc.jsonl";
    string internal constant LICENCE = "CC-BY-4.0";

    bytes32 internal constant MODEL_ROOT = keccak256("model-root");
    bytes32 internal constant CONFIG = keccak256("training-config");
    bytes32 internal constant JOB = keccak256("job");

    function setUp() public virtual {
        registry = new DatasetRegistry(writer);
    }

    function _publish(bytes32 root) internal returns (uint256) {
        vm.prank(publisher);
        return registry.publish(root, RECORDS, BYTES, URI, LICENCE);
    }

    function _record(bytes32 modelRoot, uint256 datasetId) internal returns (uint256) {
        vm.prank(writer);
        return registry.recordLineage(modelRoot, 7, datasetId, CONFIG, JOB);
    }
}

contract DatasetRegistry_Constructor_Test is DatasetRegistry_TestInit {
    function test_constructor_setsWriter_succeeds() public view {
        assertEq(registry.writer(), writer);
        assertEq(registry.datasetCount(), 0);
        assertEq(registry.lineageCount(), 0);
    }

    function test_constructor_zeroWriter_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "writer"));
        new DatasetRegistry(address(0));
    }
}

contract DatasetRegistry_Publish_Test is DatasetRegistry_TestInit {
    function test_publish_storesDataset_succeeds() public {
        vm.warp(1_700_000_000);
        vm.expectEmit(address(registry));
        emit IDatasetRegistry.DatasetPublished(1, ROOT, publisher, RECORDS, BYTES, URI, LICENCE);
        uint256 id = _publish(ROOT);

        assertEq(id, 1);
        IDatasetRegistry.Dataset memory d = registry.dataset(id);
        assertEq(d.root, ROOT);
        assertEq(d.publisher, publisher);
        assertEq(d.publishedAt, 1_700_000_000);
        assertEq(d.recordCount, RECORDS);
        assertEq(d.byteSize, BYTES);
        assertEq(d.uri, URI);
        assertEq(d.licence, LICENCE);
        assertEq(registry.datasetIdOf(ROOT), 1);
        assertEq(registry.datasetCount(), 1);
    }

    function test_publish_idsIncrease_succeeds() public {
        assertEq(_publish(keccak256("a")), 1);
        assertEq(_publish(keccak256("b")), 2);
        assertEq(_publish(keccak256("c")), 3);
        assertEq(registry.datasetCount(), 3);
    }

    function test_publish_maxLengths_succeeds() public {
        string memory uri = string(new bytes(2048));
        string memory licence = string(new bytes(256));
        uint256 id = registry.publish(ROOT, 1, 1, uri, licence);
        assertEq(bytes(registry.dataset(id).uri).length, 2048);
        assertEq(bytes(registry.dataset(id).licence).length, 256);
    }

    function test_publish_zeroRoot_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "root"));
        registry.publish(bytes32(0), RECORDS, BYTES, URI, LICENCE);
    }

    function test_publish_duplicateRoot_reverts() public {
        _publish(ROOT);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.DatasetAlreadyPublished.selector, ROOT, 1));
        registry.publish(ROOT, RECORDS, BYTES, URI, LICENCE);
    }

    function test_publish_zeroRecordCount_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "recordCount"));
        registry.publish(ROOT, 0, BYTES, URI, LICENCE);
    }

    function test_publish_zeroByteSize_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "byteSize"));
        registry.publish(ROOT, RECORDS, 0, URI, LICENCE);
    }

    function test_publish_emptyUri_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.InvalidLength.selector, "uri", 0, 2048));
        registry.publish(ROOT, RECORDS, BYTES, "", LICENCE);
    }

    function test_publish_longUri_reverts() public {
        string memory long = string(new bytes(2049));
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.InvalidLength.selector, "uri", 2049, 2048));
        registry.publish(ROOT, RECORDS, BYTES, long, LICENCE);
    }

    function test_publish_emptyLicence_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.InvalidLength.selector, "licence", 0, 256));
        registry.publish(ROOT, RECORDS, BYTES, URI, "");
    }

    function test_publish_longLicence_reverts() public {
        string memory long = string(new bytes(257));
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.InvalidLength.selector, "licence", 257, 256));
        registry.publish(ROOT, RECORDS, BYTES, URI, long);
    }

    /// @dev Any valid publication is readable back exactly, under the next id, by root and by id.
    function testFuzz_publish_roundTrips_succeeds(
        bytes32 root,
        uint64 recordCount,
        uint64 byteSize,
        string calldata uri,
        string calldata licence,
        address who,
        uint64 timestamp
    ) public {
        vm.assume(root != bytes32(0));
        vm.assume(bytes(uri).length >= 1 && bytes(uri).length <= 2048);
        vm.assume(bytes(licence).length >= 1 && bytes(licence).length <= 256);
        recordCount = uint64(bound(recordCount, 1, type(uint64).max));
        byteSize = uint64(bound(byteSize, 1, type(uint64).max));
        vm.warp(timestamp);

        uint256 before = registry.datasetCount();
        vm.prank(who);
        uint256 id = registry.publish(root, recordCount, byteSize, uri, licence);

        assertEq(id, before + 1);
        assertEq(registry.datasetCount(), id);
        assertEq(registry.datasetIdOf(root), id);
        IDatasetRegistry.Dataset memory d = registry.dataset(id);
        assertEq(d.root, root);
        assertEq(d.publisher, who);
        assertEq(d.publishedAt, timestamp);
        assertEq(d.recordCount, recordCount);
        assertEq(d.byteSize, byteSize);
        assertEq(d.uri, uri);
        assertEq(d.licence, licence);
    }

    /// @dev A root can be published once, whoever tries again and with whatever description.
    function testFuzz_publish_duplicateRoot_reverts(bytes32 root, address who, uint64 recordCount) public {
        vm.assume(root != bytes32(0));
        recordCount = uint64(bound(recordCount, 1, type(uint64).max));
        uint256 id = _publish(root);
        vm.prank(who);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.DatasetAlreadyPublished.selector, root, id));
        registry.publish(root, recordCount, 1, "u", "MIT");
    }
}

contract DatasetRegistry_Dataset_Test is DatasetRegistry_TestInit {
    function test_dataset_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownDataset.selector, 0));
        registry.dataset(0);
    }

    function testFuzz_dataset_unpublishedId_reverts(uint256 id) public {
        _publish(ROOT);
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownDataset.selector, id));
        registry.dataset(id);
    }
}

contract DatasetRegistry_DatasetIdOf_Test is DatasetRegistry_TestInit {
    function testFuzz_datasetIdOf_unpublished_returnsZero(bytes32 root) public view {
        assertEq(registry.datasetIdOf(root), 0);
    }
}

contract DatasetRegistry_DatasetCount_Test is DatasetRegistry_TestInit {
    function test_datasetCount_empty_isZero() public view {
        assertEq(registry.datasetCount(), 0);
    }
}

contract DatasetRegistry_RecordLineage_Test is DatasetRegistry_TestInit {
    function setUp() public override {
        super.setUp();
        _publish(ROOT);
    }

    function test_recordLineage_storesLineage_succeeds() public {
        vm.warp(1_700_000_123);
        vm.expectEmit(address(registry));
        emit IDatasetRegistry.LineageRecorded(1, MODEL_ROOT, 1, 7, CONFIG, JOB);
        uint256 id = _record(MODEL_ROOT, 1);

        assertEq(id, 1);
        IDatasetRegistry.Lineage memory l = registry.lineage(id);
        assertEq(l.modelRoot, MODEL_ROOT);
        assertEq(l.baseModelId, 7);
        assertEq(l.datasetId, 1);
        assertEq(l.trainingConfigHash, CONFIG);
        assertEq(l.jobId, JOB);
        assertEq(l.recordedAt, 1_700_000_123);
        assertEq(registry.lineageOf(MODEL_ROOT), 1);
        assertEq(registry.lineageCount(), 1);
    }

    function test_recordLineage_pretrainingBaseZero_succeeds() public {
        vm.prank(writer);
        uint256 id = registry.recordLineage(MODEL_ROOT, 0, 1, bytes32(0), JOB);
        assertEq(registry.lineage(id).baseModelId, 0);
        assertEq(registry.lineage(id).trainingConfigHash, bytes32(0));
    }

    function test_recordLineage_idsIncrease_succeeds() public {
        assertEq(_record(keccak256("m1"), 1), 1);
        assertEq(_record(keccak256("m2"), 1), 2);
        assertEq(registry.lineageCount(), 2);
    }

    function test_recordLineage_notWriter_reverts() public {
        vm.prank(publisher);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.NotWriter.selector, publisher));
        registry.recordLineage(MODEL_ROOT, 7, 1, CONFIG, JOB);
    }

    function test_recordLineage_zeroModelRoot_reverts() public {
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "newModelRoot"));
        registry.recordLineage(bytes32(0), 7, 1, CONFIG, JOB);
    }

    function test_recordLineage_existingModelRoot_reverts() public {
        _record(MODEL_ROOT, 1);
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.LineageExists.selector, MODEL_ROOT, 1));
        registry.recordLineage(MODEL_ROOT, 8, 1, CONFIG, keccak256("other-job"));
    }

    function test_recordLineage_zeroDataset_reverts() public {
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownDataset.selector, 0));
        registry.recordLineage(MODEL_ROOT, 7, 0, CONFIG, JOB);
    }

    function test_recordLineage_unknownDataset_reverts() public {
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownDataset.selector, 2));
        registry.recordLineage(MODEL_ROOT, 7, 2, CONFIG, JOB);
    }

    function test_recordLineage_zeroJobId_reverts() public {
        vm.prank(writer);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.ZeroValue.selector, "jobId"));
        registry.recordLineage(MODEL_ROOT, 7, 1, CONFIG, bytes32(0));
    }

    /// @dev Only the writer may record lineage, whoever else calls and with whatever arguments.
    function testFuzz_recordLineage_notWriter_reverts(
        address caller,
        bytes32 modelRoot,
        uint256 baseModelId,
        uint256 datasetId,
        bytes32 config,
        bytes32 jobId
    ) public {
        vm.assume(caller != writer);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.NotWriter.selector, caller));
        registry.recordLineage(modelRoot, baseModelId, datasetId, config, jobId);
    }

    /// @dev Any valid lineage is readable back exactly, under the next id, by model root and by id.
    function testFuzz_recordLineage_roundTrips_succeeds(
        bytes32 modelRoot,
        uint256 baseModelId,
        bytes32 config,
        bytes32 jobId,
        uint64 timestamp
    ) public {
        vm.assume(modelRoot != bytes32(0) && jobId != bytes32(0));
        vm.warp(timestamp);

        uint256 before = registry.lineageCount();
        vm.prank(writer);
        uint256 id = registry.recordLineage(modelRoot, baseModelId, 1, config, jobId);

        assertEq(id, before + 1);
        assertEq(registry.lineageOf(modelRoot), id);
        IDatasetRegistry.Lineage memory l = registry.lineage(id);
        assertEq(l.modelRoot, modelRoot);
        assertEq(l.baseModelId, baseModelId);
        assertEq(l.datasetId, 1);
        assertEq(l.trainingConfigHash, config);
        assertEq(l.jobId, jobId);
        assertEq(l.recordedAt, timestamp);
    }
}

contract DatasetRegistry_Lineage_Test is DatasetRegistry_TestInit {
    function test_lineage_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownLineage.selector, 0));
        registry.lineage(0);
    }

    function testFuzz_lineage_unrecordedId_reverts(uint256 id) public {
        _publish(ROOT);
        _record(MODEL_ROOT, 1);
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownLineage.selector, id));
        registry.lineage(id);
    }
}

contract DatasetRegistry_LineageOf_Test is DatasetRegistry_TestInit {
    function testFuzz_lineageOf_unrecorded_returnsZero(bytes32 modelRoot) public view {
        assertEq(registry.lineageOf(modelRoot), 0);
    }
}

contract DatasetRegistry_LineageCount_Test is DatasetRegistry_TestInit {
    function test_lineageCount_empty_isZero() public view {
        assertEq(registry.lineageCount(), 0);
    }
}

/// @dev Invariant handler: publishes random datasets and remembers the roots that succeeded.
contract DatasetRegistry_Handler is Test {
    DatasetRegistry internal immutable registry;
    bytes32[] public roots;
    uint256 public successes;

    constructor(DatasetRegistry registry_) {
        registry = registry_;
    }

    /// @dev Publishes with a root drawn from a small space (so duplicates happen) and random sizes
    ///      (so zero sizes happen); failed publications must change nothing.
    function publish(uint8 rootSeed, uint64 recordCount, uint64 byteSize, address who) external {
        bytes32 root = rootSeed == 0 ? bytes32(0) : keccak256(abi.encode(rootSeed));
        vm.prank(who);
        try registry.publish(root, recordCount, byteSize, "ipfs://dataset", "Apache-2.0") returns (uint256 id) {
            successes++;
            roots.push(root);
            assertEq(id, successes);
        } catch {}
    }

    /// @notice Number of successfully published roots.
    function rootCount() external view returns (uint256) {
        return roots.length;
    }
}

contract DatasetRegistry_Invariant_Test is DatasetRegistry_TestInit {
    DatasetRegistry_Handler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new DatasetRegistry_Handler(registry);
        targetContract(address(handler));
    }

    /// @dev datasetCount equals the number of successful publishes, and every root maps back to its id.
    function invariant_countAndRootsMatch() public view {
        uint256 n = handler.successes();
        assertEq(registry.datasetCount(), n);
        assertEq(handler.rootCount(), n);
        for (uint256 i = 0; i < n; i++) {
            bytes32 root = handler.roots(i);
            assertEq(registry.datasetIdOf(root), i + 1);
            assertEq(registry.dataset(i + 1).root, root);
        }
    }
}
