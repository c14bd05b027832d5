// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IModelChecker} from "../src/interfaces/IModelChecker.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {ModelCheckerStub, TestModels} from "./helpers/TestModels.sol";

/// @dev Shared fixture: a fresh registry over a ModelCheckerStub (real configuration checks and leaf counts, settable
///      capacity and refused-row verdicts) for a game of depths (SPLIT, MAX), and a small valid model whose root
///      holds its metadata leaf and the row ROW_DATA at ROW.
abstract contract ModelRegistry_TestInit is Test {
    ModelCheckerStub internal stub;
    ModelRegistry internal registry;
    address internal publisher = makeAddr("publisher");
    address internal reporter = makeAddr("reporter");

    uint8 internal constant SPLIT = 18;
    uint8 internal constant MAX = 38;
    uint32 internal constant VOCAB = 256;
    uint32 internal constant CONTEXT = 64;
    uint256 internal constant ROW = 300;
    bytes internal constant ROW_DATA = hex"00fc0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
    string internal constant URI = "http://127.0.0.1:8545/models/0xabc.gguf";

    IOneStepTypes.ModelConfig internal cfg;
    uint256 internal leaves;
    bytes32 internal root;
    bytes32[] internal metaProof;
    bytes32[] internal rowProof;

    function setUp() public virtual {
        stub = new ModelCheckerStub();
        registry = new ModelRegistry(stub, SPLIT, MAX);
        cfg = TestModels.config(VOCAB, CONTEXT);
        leaves = stub.modelLeafCount(cfg);
        (root, metaProof, rowProof) = TestModels.build(cfg, leaves, ROW, keccak256(ROW_DATA));
    }

    /// @dev The fixture's configuration with tokenizer hash `tok`, and its root and metadata proof.
    function _variant(bytes32 tok)
        internal
        view
        returns (IOneStepTypes.ModelConfig memory c, bytes32 r, bytes32[] memory proof)
    {
        c = cfg;
        c.tokenizerHash = tok;
        (r, proof,) = TestModels.build(c, stub.modelLeafCount(c), 0, bytes32(0));
    }

    /// @dev Registers the fixture's model from `publisher`.
    function _register() internal returns (uint256) {
        vm.prank(publisher);
        return registry.register(root, cfg, metaProof, URI);
    }

    /// @dev Registers the fixture's configuration with tokenizer hash `tok` from `publisher`.
    function _registerVariant(bytes32 tok) internal returns (uint256) {
        (IOneStepTypes.ModelConfig memory c, bytes32 r, bytes32[] memory proof) = _variant(tok);
        vm.prank(publisher);
        return registry.register(r, c, proof, URI);
    }

    /// @dev Expects registering the fixture's root with configuration `c` and its metadata proof to revert with `err`.
    function _expectConfigRevert(IOneStepTypes.ModelConfig memory c, bytes memory err) internal {
        vm.expectRevert(err);
        registry.register(root, c, metaProof, URI);
    }

    function _invalidConfig(string memory field) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, field);
    }

    /// @dev Number of proof levels of a tree of `n` leaves.
    function _depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    function _assertConfigEq(IOneStepTypes.ModelConfig memory a, IOneStepTypes.ModelConfig memory b) internal pure {
        assertEq(keccak256(abi.encode(a)), keccak256(abi.encode(b)));
    }
}

contract ModelRegistry_Constructor_Test is ModelRegistry_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(address(registry.checker()), address(stub));
        assertEq(registry.splitDepth(), SPLIT);
        assertEq(registry.maxDepth(), MAX);
        assertEq(registry.modelCount(), 0);
        assertEq(registry.MAX_URI_LENGTH(), 2048);
    }

    function test_constructor_zeroChecker_reverts() public {
        vm.expectRevert(IModelRegistry.ZeroChecker.selector);
        new ModelRegistry(IModelChecker(address(0)), SPLIT, MAX);
    }

    function test_constructor_splitDepthBelowTwo_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDepths.selector, 1, MAX));
        new ModelRegistry(stub, 1, MAX);
    }

    function test_constructor_zeroDepths_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDepths.selector, 0, 0));
        new ModelRegistry(stub, 0, 0);
    }

    function test_constructor_noRoomBelowSplit_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDepths.selector, 37, 38));
        new ModelRegistry(stub, 37, 38);
    }

    function test_constructor_maxDepthOver126_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDepths.selector, 18, 127));
        new ModelRegistry(stub, 18, 127);
    }

    function test_constructor_limits_succeeds() public {
        ModelRegistry low = new ModelRegistry(stub, 2, 4);
        assertEq(low.splitDepth(), 2);
        assertEq(low.maxDepth(), 4);
        ModelRegistry high = new ModelRegistry(stub, 124, 126);
        assertEq(high.splitDepth(), 124);
        assertEq(high.maxDepth(), 126);
    }

    /// @dev The constructor accepts exactly 2 ≤ splitDepth, splitDepth + 2 ≤ maxDepth ≤ 126.
    function testFuzz_constructor_depths_succeeds(uint8 split, uint8 max) public {
        bool valid = split >= 2 && uint256(split) + 2 <= max && max <= 126;
        if (!valid) vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidDepths.selector, split, max));
        ModelRegistry r = new ModelRegistry(stub, split, max);
        if (valid) {
            assertEq(r.splitDepth(), split);
            assertEq(r.maxDepth(), max);
        }
    }
}

contract ModelRegistry_Register_Test is ModelRegistry_TestInit {
    function test_register_storesModel_succeeds() public {
        vm.warp(1_700_000_000);
        vm.expectCall(address(stub), abi.encodeCall(IModelChecker.checkModelConfig, (cfg, root, metaProof)));
        vm.expectCall(address(stub), abi.encodeCall(IModelChecker.capacityError, (cfg, SPLIT, MAX)));
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRegistered(1, root, publisher, cfg, URI);
        uint256 id = _register();

        assertEq(id, 1);
        IModelRegistry.Model memory m = registry.model(id);
        assertEq(m.root, root);
        _assertConfigEq(m.config, cfg);
        assertEq(m.publisher, publisher);
        assertEq(m.registeredAt, 1_700_000_000);
        assertFalse(m.refused);
        assertEq(m.uri, URI);
        assertEq(registry.modelIdOf(root), 1);
        assertEq(registry.modelCount(), 1);
    }

    function test_register_idsIncrease_succeeds() public {
        assertEq(_registerVariant(keccak256("a")), 1);
        assertEq(_registerVariant(keccak256("b")), 2);
        assertEq(_registerVariant(keccak256("c")), 3);
        assertEq(registry.modelCount(), 3);
    }

    function test_register_zeroRoot_reverts() public {
        vm.expectRevert(IModelRegistry.ZeroModelRoot.selector);
        registry.register(bytes32(0), cfg, metaProof, URI);
    }

    function test_register_duplicateRoot_reverts() public {
        _register();
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelAlreadyRegistered.selector, root, 1));
        registry.register(root, cfg, metaProof, URI);
    }

    function test_register_emptyUri_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidUri.selector, 0, 2048));
        registry.register(root, cfg, metaProof, "");
    }

    function test_register_longUri_reverts() public {
        string memory long = string(new bytes(2049));
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidUri.selector, 2049, 2048));
        registry.register(root, cfg, metaProof, long);
    }

    function test_register_maxUri_succeeds() public {
        string memory uri = string(new bytes(2048));
        uint256 id = registry.register(root, cfg, metaProof, uri);
        assertEq(bytes(registry.model(id).uri).length, 2048);
    }

    function test_register_wrongRoot_reverts() public {
        bytes32 other = keccak256("other-root");
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, other));
        registry.register(other, cfg, metaProof, URI);
    }

    function test_register_configNotCommitted_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.vocab = VOCAB + 1; // a valid configuration, but not the one in the root's metadata leaf
        _expectConfigRevert(c, abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
    }

    function test_register_proofTooLong_reverts() public {
        bytes32[] memory proof = new bytes32[](metaProof.length + 1);
        for (uint256 i; i < metaProof.length; ++i) {
            proof[i] = metaProof[i];
        }
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
        registry.register(root, cfg, proof, URI);
    }

    function test_register_proofTooShort_reverts() public {
        bytes32[] memory proof = new bytes32[](metaProof.length - 1);
        for (uint256 i; i < proof.length; ++i) {
            proof[i] = metaProof[i];
        }
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
        registry.register(root, cfg, proof, URI);
    }

    function test_register_wrongProofNode_reverts() public {
        bytes32[] memory proof = metaProof;
        proof[proof.length - 1] = keccak256("not a sibling");
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
        registry.register(root, cfg, proof, URI);
    }

    function test_register_zeroDim_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.dim = 0;
        _expectConfigRevert(c, _invalidConfig("dim"));
    }

    function test_register_dimNotMultipleOf32_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.dim = 48;
        _expectConfigRevert(c, _invalidConfig("dim"));
    }

    function test_register_zeroLayers_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.layers = 0;
        _expectConfigRevert(c, _invalidConfig("layers"));
    }

    function test_register_headsNotDividingDim_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.heads = 3;
        _expectConfigRevert(c, _invalidConfig("heads"));
    }

    function test_register_zeroHeads_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.heads = 0;
        _expectConfigRevert(c, _invalidConfig("heads"));
    }

    function test_register_oddHeadDim_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.dim = 96;
        c.heads = 32; // head dim 3
        c.kvHeads = 1;
        _expectConfigRevert(c, _invalidConfig("headDim"));
    }

    function test_register_kvHeadsNotDividingHeads_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.kvHeads = 3;
        _expectConfigRevert(c, _invalidConfig("kvHeads"));
    }

    function test_register_zeroFfDim_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffDim = 0;
        _expectConfigRevert(c, _invalidConfig("ffDim"));
    }

    function test_register_paddedModel_succeeds() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffUnpadded = 172; // a 172-wide file padded to 192
        (bytes32 r, bytes32[] memory proof,) = TestModels.build(c, stub.modelLeafCount(c), 0, bytes32(0));
        assertTrue(r != root, "the padded width is committed");
        vm.prank(publisher);
        uint256 id = registry.register(r, c, proof, URI);
        assertEq(registry.model(id).config.ffUnpadded, 172);
        _assertConfigEq(registry.model(id).config, c);
    }

    function test_register_paddedConfigOnUnpaddedRoot_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffUnpadded = 172;
        _expectConfigRevert(c, abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
    }

    function test_register_unpaddedConfigOnPaddedRoot_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffUnpadded = 172;
        (bytes32 r, bytes32[] memory proof,) = TestModels.build(c, stub.modelLeafCount(c), 0, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, r));
        registry.register(r, cfg, proof, URI);
    }

    function test_register_ffUnpaddedOutOfRange_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffUnpadded = 160; // ffDim − 32
        _expectConfigRevert(c, _invalidConfig("ffUnpadded"));
        c.ffUnpadded = 192; // ffDim
        _expectConfigRevert(c, _invalidConfig("ffUnpadded"));
    }

    function test_register_zeroVocab_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.vocab = 0;
        _expectConfigRevert(c, _invalidConfig("vocab"));
    }

    function test_register_zeroContext_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.context = 0;
        _expectConfigRevert(c, _invalidConfig("context"));
    }

    function test_register_ropeDimsOverHeadDim_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ropeDims = 18; // head dim 16
        _expectConfigRevert(c, _invalidConfig("ropeDims"));
    }

    function test_register_tiedOverOne_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.tied = 2;
        _expectConfigRevert(c, _invalidConfig("tied"));
    }

    /// @dev The real TransformerVM's configuration errors bubble up through the registry unchanged.
    function test_register_transformerVmInvalidConfig_reverts() public {
        TransformerVM tvm = new TransformerVM(IOneStepVerifier(address(0)));
        ModelRegistry real = new ModelRegistry(IModelChecker(address(tvm)), SPLIT, MAX);
        IOneStepTypes.ModelConfig memory c = cfg;
        c.heads = 3;
        vm.expectRevert(_invalidConfig("heads"));
        real.register(root, c, metaProof, URI);
        c = cfg;
        c.dim = 0;
        vm.expectRevert(_invalidConfig("dim"));
        real.register(root, c, metaProof, URI);
    }

    /// @dev The real TransformerVM's ConfigNotInModel bubbles up: wrong root and wrong proof length.
    function test_register_transformerVmConfigNotInModel_reverts() public {
        TransformerVM tvm = new TransformerVM(IOneStepVerifier(address(0)));
        ModelRegistry real = new ModelRegistry(IModelChecker(address(tvm)), SPLIT, MAX);
        bytes32 other = keccak256("other-root");
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, other));
        real.register(other, cfg, metaProof, URI);
        bytes32[] memory proof = new bytes32[](metaProof.length + 1);
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
        real.register(root, cfg, proof, URI);
    }

    function test_register_level1TooLarge_reverts() public {
        stub.setOverflow("level1");
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelTooLarge.selector, "level1"));
        registry.register(root, cfg, metaProof, URI);
        assertEq(registry.modelCount(), 0);
        assertEq(registry.modelIdOf(root), 0);
    }

    function test_register_level2TooLarge_reverts() public {
        stub.setOverflow("level2");
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelTooLarge.selector, "level2"));
        registry.register(root, cfg, metaProof, URI);
    }

    /// @dev The URI is checked before the configuration: an invalid configuration with an empty URI reports the URI.
    function test_register_uriBeforeConfig_reverts() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.dim = 0;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InvalidUri.selector, 0, 2048));
        registry.register(root, c, metaProof, "");
    }

    /// @dev Any valid configuration committed in its root registers, and is readable back exactly, under the next id,
    ///      by root and by id.
    function testFuzz_register_roundTrips_succeeds(
        uint32 vocab,
        uint32 context,
        uint32 headDimSeed,
        uint32 kvHeads,
        uint32 groups,
        bytes32 tok,
        address who
    ) public {
        IOneStepTypes.ModelConfig memory c =
            TestModels.config(uint32(bound(vocab, 1, 1_000_000)), uint32(bound(context, 1, 1 << 20)));
        kvHeads = uint32(bound(kvHeads, 1, 8));
        c.heads = kvHeads * uint32(bound(groups, 1, 4));
        c.kvHeads = kvHeads;
        c.dim = c.heads * 32 * uint32(bound(headDimSeed, 1, 4));
        c.tokenizerHash = tok;
        (bytes32 r, bytes32[] memory proof,) = TestModels.build(c, stub.modelLeafCount(c), 0, bytes32(0));

        uint256 before = registry.modelCount();
        vm.prank(who);
        uint256 id = registry.register(r, c, proof, URI);

        assertEq(id, before + 1);
        assertEq(registry.modelIdOf(r), id);
        IModelRegistry.Model memory m = registry.model(id);
        assertEq(m.root, r);
        _assertConfigEq(m.config, c);
        assertEq(m.publisher, who);
        assertFalse(m.refused);
        IModelRegistry.Summary memory s = registry.summary(id);
        assertEq(s.vocab, c.vocab);
        assertEq(s.context, c.context);
    }
}

/// @dev register with the real TransformerVM as the checker: configuration, leaf count and capacity all real. Skipped
///      until TransformerVM implements IModelChecker.capacityError.
contract ModelRegistry_RegisterTransformerVm_Test is ModelRegistry_TestInit {
    ModelRegistry internal real;

    function setUp() public override {
        super.setUp();
        TransformerVM tvm = new TransformerVM(IOneStepVerifier(address(0)));
        // A probing call that reverts would turn vm.skip into a failure (forge 1.7), so look for the selector in
        // the dispatcher (PUSH4 selector) instead.
        vm.skip(!_dispatches(address(tvm).code, IModelChecker.capacityError.selector));
        real = new ModelRegistry(IModelChecker(address(tvm)), SPLIT, MAX);
    }

    /// @dev Whether `code` pushes `selector` (PUSH4), as a Solidity dispatcher does for each external function.
    function _dispatches(bytes memory code, bytes4 selector) internal pure returns (bool) {
        for (uint256 i; i + 5 <= code.length; ++i) {
            if (
                code[i] == 0x63 && code[i + 1] == selector[0] && code[i + 2] == selector[1]
                    && code[i + 3] == selector[2] && code[i + 4] == selector[3]
            ) return true;
        }
        return false;
    }

    function test_register_smallModel_succeeds() public {
        vm.prank(publisher);
        uint256 id = real.register(root, cfg, metaProof, URI);
        assertEq(id, 1);
        assertEq(real.modelIdOf(root), 1);
        _assertConfigEq(real.model(id).config, cfg);
    }

    function test_register_paddedModel_succeeds() public {
        IOneStepTypes.ModelConfig memory c = cfg;
        c.ffUnpadded = 161;
        (bytes32 r, bytes32[] memory proof,) = TestModels.build(c, stub.modelLeafCount(c), 0, bytes32(0));
        vm.prank(publisher);
        uint256 id = real.register(r, c, proof, URI);
        _assertConfigEq(real.model(id).config, c);
    }
}

contract ModelRegistry_ReportRefusedRow_Test is ModelRegistry_TestInit {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _register();
    }

    function test_reportRefusedRow_refused_succeeds() public {
        stub.setRefuse(true);
        vm.expectCall(address(stub), abi.encodeCall(IModelChecker.refusedRow, (cfg, ROW, ROW_DATA)));
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRefused(id, ROW, reporter);
        vm.prank(reporter); // anyone
        registry.reportRefusedRow(id, ROW, ROW_DATA, rowProof);

        assertTrue(registry.model(id).refused);
        assertTrue(registry.summary(id).refused);
        assertEq(registry.modelIdOf(root), id); // still registered under its root
    }

    function test_reportRefusedRow_alreadyRefused_reverts() public {
        stub.setRefuse(true);
        registry.reportRefusedRow(id, ROW, ROW_DATA, rowProof);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.AlreadyRefused.selector, id));
        registry.reportRefusedRow(id, ROW, ROW_DATA, rowProof);
    }

    function test_reportRefusedRow_rowNotRefused_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.RowNotRefused.selector, id, ROW));
        registry.reportRefusedRow(id, ROW, ROW_DATA, rowProof);
        assertFalse(registry.model(id).refused);
    }

    function test_reportRefusedRow_wrongIndex_reverts() public {
        stub.setRefuse(true);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, ROW + 1));
        registry.reportRefusedRow(id, ROW + 1, ROW_DATA, rowProof);
    }

    function test_reportRefusedRow_wrongData_reverts() public {
        stub.setRefuse(true);
        bytes memory data = ROW_DATA;
        data[0] = 0x01;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, ROW));
        registry.reportRefusedRow(id, ROW, data, rowProof);
    }

    function test_reportRefusedRow_proofTooLong_reverts() public {
        stub.setRefuse(true);
        bytes32[] memory proof = new bytes32[](rowProof.length + 1);
        for (uint256 i; i < rowProof.length; ++i) {
            proof[i] = rowProof[i];
        }
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, ROW));
        registry.reportRefusedRow(id, ROW, ROW_DATA, proof);
    }

    function test_reportRefusedRow_proofTooShort_reverts() public {
        stub.setRefuse(true);
        bytes32[] memory proof = new bytes32[](rowProof.length - 1);
        for (uint256 i; i < proof.length; ++i) {
            proof[i] = rowProof[i];
        }
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, ROW));
        registry.reportRefusedRow(id, ROW, ROW_DATA, proof);
    }

    /// @dev An index with bits above the proof depth would fold onto ROW; it is refused as an opening, not a Merkle
    ///      library error.
    function test_reportRefusedRow_indexPastTree_reverts() public {
        stub.setRefuse(true);
        uint256 index = ROW + (uint256(1) << rowProof.length);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, index));
        registry.reportRefusedRow(id, index, ROW_DATA, rowProof);
    }

    /// @dev A root can hold a leaf past the model's last one (in the padding up to a power of two), and open it with
    ///      a valid proof; such a leaf is no row of the model.
    function test_reportRefusedRow_indexAtLeafCount_reverts() public {
        assertLt(leaves, uint256(1) << _depth(leaves)); // the fixture's tree has padding
        (bytes32 r, bytes32[] memory mp, bytes32[] memory rp) =
            TestModels.build(cfg, leaves, leaves, keccak256(ROW_DATA));
        uint256 other = registry.register(r, cfg, mp, URI);
        stub.setRefuse(true);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, other, leaves));
        registry.reportRefusedRow(other, leaves, ROW_DATA, rp);
    }

    /// @dev The last leaf of the model is a row that can be shown refused.
    function test_reportRefusedRow_lastLeaf_succeeds() public {
        (bytes32 r, bytes32[] memory mp, bytes32[] memory rp) =
            TestModels.build(cfg, leaves, leaves - 1, keccak256(ROW_DATA));
        uint256 other = registry.register(r, cfg, mp, URI);
        stub.setRefuse(true);
        registry.reportRefusedRow(other, leaves - 1, ROW_DATA, rp);
        assertTrue(registry.model(other).refused);
        assertFalse(registry.model(id).refused);
    }

    function test_reportRefusedRow_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        registry.reportRefusedRow(0, ROW, ROW_DATA, rowProof);
    }

    function test_reportRefusedRow_unknownModel_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 2));
        registry.reportRefusedRow(2, ROW, ROW_DATA, rowProof);
    }

    /// @dev Any data other than the committed row fails to open, whatever the checker would say.
    function testFuzz_reportRefusedRow_wrongData_reverts(bytes calldata data) public {
        vm.assume(keccak256(data) != keccak256(ROW_DATA));
        stub.setRefuse(true);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.BadRowOpening.selector, id, ROW));
        registry.reportRefusedRow(id, ROW, data, rowProof);
    }
}

contract ModelRegistry_Model_Test is ModelRegistry_TestInit {
    function test_model_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        registry.model(0);
    }

    function testFuzz_model_unregisteredId_reverts(uint256 id) public {
        _register();
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, id));
        registry.model(id);
    }
}

contract ModelRegistry_Summary_Test is ModelRegistry_TestInit {
    function test_summary_registered_succeeds() public {
        uint256 id = _register();
        IModelRegistry.Summary memory s = registry.summary(id);
        assertEq(s.root, root);
        assertEq(s.vocab, VOCAB);
        assertEq(s.context, CONTEXT);
        assertFalse(s.refused);
    }

    function test_summary_refused_succeeds() public {
        uint256 id = _register();
        stub.setRefuse(true);
        registry.reportRefusedRow(id, ROW, ROW_DATA, rowProof);
        IModelRegistry.Summary memory s = registry.summary(id);
        assertEq(s.root, root);
        assertTrue(s.refused);
    }

    function test_summary_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        registry.summary(0);
    }

    function testFuzz_summary_unregisteredId_reverts(uint256 id) public {
        _register();
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, id));
        registry.summary(id);
    }
}

contract ModelRegistry_ModelIdOf_Test is ModelRegistry_TestInit {
    function testFuzz_modelIdOf_unregistered_returnsZero(bytes32 r) public view {
        assertEq(registry.modelIdOf(r), 0);
    }
}

contract ModelRegistry_ModelCount_Test is ModelRegistry_TestInit {
    function test_modelCount_empty_isZero() public view {
        assertEq(registry.modelCount(), 0);
    }
}
