// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";

/// @dev Shared fixture: a fresh registry and a valid 7B-shaped model description.
abstract contract ModelRegistry_TestInit is Test {
    ModelRegistry internal registry;
    address internal publisher = makeAddr("publisher");

    bytes32 internal constant ROOT = keccak256("model-root");
    bytes32 internal constant META = keccak256("metadata");
    string internal constant URI = "http://127.0.0.1:8545/models/0xabc.gguf";

    function setUp() public virtual {
        registry = new ModelRegistry();
    }

    function _dims() internal pure returns (IModelRegistry.Dims memory) {
        return IModelRegistry.Dims({
            embeddingDim: 4096, layers: 32, heads: 32, kvHeads: 8, ffDim: 11008, vocabSize: 32000, contextLength: 4096
        });
    }

    function _register(bytes32 root) internal returns (uint256) {
        vm.prank(publisher);
        return registry.register(root, META, _dims(), URI);
    }
}

contract ModelRegistry_Register_Test is ModelRegistry_TestInit {
    function test_register_storesModel_succeeds() public {
        vm.warp(1_700_000_000);
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRegistered(1, ROOT, publisher, META, _dims(), URI);
        uint256 id = _register(ROOT);

        assertEq(id, 1);
        IModelRegistry.Model memory m = registry.model(id);
        assertEq(m.root, ROOT);
        assertEq(m.metadataHash, META);
        assertEq(m.publisher, publisher);
        assertEq(m.registeredAt, 1_700_000_000);
        assertEq(m.uri, URI);
        assertEq(m.dims.embeddingDim, 4096);
        assertEq(m.dims.kvHeads, 8);
        assertEq(m.dims.ffDim, 11008);
        assertEq(registry.modelIdOf(ROOT), 1);
        assertEq(registry.modelCount(), 1);
    }

    function test_register_idsIncrease_succeeds() public {
        assertEq(_register(keccak256("a")), 1);
        assertEq(_register(keccak256("b")), 2);
        assertEq(_register(keccak256("c")), 3);
        assertEq(registry.modelCount(), 3);
    }

    function test_register_zeroRoot_reverts() public {
        vm.expectRevert(IModelRegistry.ZeroModelRoot.selector);
        registry.register(bytes32(0), META, _dims(), URI);
    }

    function test_register_duplicateRoot_reverts() public {
        _register(ROOT);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelAlreadyRegistered.selector, ROOT, 1));
        registry.register(ROOT, META, _dims(), URI);
    }

    function test_register_emptyUri_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidUri.selector, 0, 2048));
        registry.register(ROOT, META, _dims(), "");
    }

    function test_register_longUri_reverts() public {
        string memory long = string(new bytes(2049));
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidUri.selector, 2049, 2048));
        registry.register(ROOT, META, _dims(), long);
    }

    function test_register_zeroEmbeddingDim_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.embeddingDim = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "embeddingDim", 0));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_zeroLayers_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.layers = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "layers", 0));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_headsNotDividingDim_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.heads = 30;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "heads", 30));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_kvHeadsNotDividingHeads_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.kvHeads = 5;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "kvHeads", 5));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_zeroFfDim_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.ffDim = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "ffDim", 0));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_zeroVocab_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.vocabSize = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "vocabSize", 0));
        registry.register(ROOT, META, d, URI);
    }

    function test_register_zeroContext_reverts() public {
        IModelRegistry.Dims memory d = _dims();
        d.contextLength = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDimension.selector, "contextLength", 0));
        registry.register(ROOT, META, d, URI);
    }

    /// @dev Any valid registration is readable back exactly, under the next id, by root and by id.
    function testFuzz_register_roundTrips_succeeds(
        bytes32 root,
        bytes32 meta,
        uint32 headDim,
        uint32 kvHeads,
        uint32 groups,
        address who
    ) public {
        vm.assume(root != bytes32(0));
        headDim = uint32(bound(headDim, 1, 256));
        kvHeads = uint32(bound(kvHeads, 1, 64));
        groups = uint32(bound(groups, 1, 8));
        IModelRegistry.Dims memory d = _dims();
        d.heads = kvHeads * groups;
        d.kvHeads = kvHeads;
        d.embeddingDim = d.heads * headDim;

        uint256 before = registry.modelCount();
        vm.prank(who);
        uint256 id = registry.register(root, meta, d, URI);

        assertEq(id, before + 1);
        assertEq(registry.modelIdOf(root), id);
        IModelRegistry.Model memory m = registry.model(id);
        assertEq(m.root, root);
        assertEq(m.metadataHash, meta);
        assertEq(m.publisher, who);
        assertEq(m.dims.embeddingDim, d.embeddingDim);
        assertEq(m.dims.heads, d.heads);
        assertEq(m.dims.kvHeads, d.kvHeads);
    }
}

contract ModelRegistry_Model_Test is ModelRegistry_TestInit {
    function test_model_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        registry.model(0);
    }

    function testFuzz_model_unregisteredId_reverts(uint256 id) public {
        _register(ROOT);
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, id));
        registry.model(id);
    }
}

contract ModelRegistry_ModelIdOf_Test is ModelRegistry_TestInit {
    function testFuzz_modelIdOf_unregistered_returnsZero(bytes32 root) public view {
        assertEq(registry.modelIdOf(root), 0);
    }
}

contract ModelRegistry_ModelCount_Test is ModelRegistry_TestInit {
    function test_modelCount_empty_isZero() public view {
        assertEq(registry.modelCount(), 0);
    }
}
