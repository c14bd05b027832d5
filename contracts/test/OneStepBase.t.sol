// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {OneStepBase} from "../src/OneStepBase.sol";
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {TestModels} from "./helpers/TestModels.sol";

/// @dev Exposes OneStepBase's configuration check and metadata leaf.
contract OneStepBaseHarness is OneStepBase {
    function checkConfig(ModelConfig memory cfg) external pure {
        _checkConfig(cfg);
    }

    function metaLeaf(ModelConfig memory cfg) external pure returns (bytes32) {
        return _metaLeaf(cfg);
    }
}

/// @dev Shared fixture: the harness and TestModels' configuration (dim 64, ff 192, vocab 256, context 64).
abstract contract OneStepBase_TestInit is Test {
    OneStepBaseHarness internal base;
    IOneStepTypes.ModelConfig internal cfg;

    function setUp() public virtual {
        base = new OneStepBaseHarness();
        cfg = TestModels.config(256, 64);
    }

    function _invalidConfig(string memory field) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, field);
    }
}

contract OneStepBase_MetaLeaf_Test is OneStepBase_TestInit {
    /// @dev prover/canon MetadataLeaf of the fixture's configuration, computed in Go.
    bytes32 internal constant GO_UNPADDED = 0x471c3fca953ba1f3e24b1105280f3cb20b1c2ac6d7d02c3e230731988c6ce3ab;
    /// @dev The same with FFUnpadded = 172 (a 172-wide file padded to 192): thirteen fields.
    bytes32 internal constant GO_PADDED = 0xc1b3291246f8467a484b3a951cc3d0b6b04325fbd29852c77043fb50f0fc13c9;

    function test_metaLeaf_unpadded_matchesGo() public view {
        assertEq(base.metaLeaf(cfg), GO_UNPADDED);
    }

    function test_metaLeaf_padded_matchesGo() public {
        cfg.ffUnpadded = 172;
        assertEq(base.metaLeaf(cfg), GO_PADDED);
    }

    function test_metaLeaf_unpaddedIsTwelveFields_succeeds() public view {
        bytes memory fields = abi.encodePacked(
            cfg.dim, cfg.layers, cfg.heads, cfg.kvHeads, cfg.ffDim, cfg.vocab, cfg.context, cfg.ropeDims
        );
        fields = abi.encodePacked(fields, cfg.ropeBaseBits, cfg.normEpsBits, cfg.tied, cfg.eos);
        assertEq(fields.length, 48);
        assertEq(base.metaLeaf(cfg), keccak256(abi.encodePacked("airollup.model.v2", fields, cfg.tokenizerHash)));
    }

    function test_metaLeaf_paddedAppendsAfterEos_succeeds() public {
        bytes memory fields = abi.encodePacked(
            cfg.dim, cfg.layers, cfg.heads, cfg.kvHeads, cfg.ffDim, cfg.vocab, cfg.context, cfg.ropeDims
        );
        fields = abi.encodePacked(fields, cfg.ropeBaseBits, cfg.normEpsBits, cfg.tied, cfg.eos, uint32(161));
        cfg.ffUnpadded = 161;
        assertEq(base.metaLeaf(cfg), keccak256(abi.encodePacked("airollup.model.v2", fields, cfg.tokenizerHash)));
    }

    /// @dev Every padded width commits to a leaf of its own, unlike the unpadded model's.
    function testFuzz_metaLeaf_paddedDiffers_succeeds(uint32 a, uint32 b) public {
        a = uint32(bound(a, 161, 191));
        b = uint32(bound(b, 161, 191));
        bytes32 plain = base.metaLeaf(cfg);
        cfg.ffUnpadded = a;
        bytes32 la = base.metaLeaf(cfg);
        cfg.ffUnpadded = b;
        bytes32 lb = base.metaLeaf(cfg);
        assertTrue(la != plain);
        assertEq(la == lb, a == b);
    }
}

contract OneStepBase_CheckConfig_Test is OneStepBase_TestInit {
    function test_checkConfig_notPadded_succeeds() public view {
        base.checkConfig(cfg);
    }

    function test_checkConfig_paddedBounds_succeeds() public {
        cfg.ffUnpadded = 161; // ffDim − 31
        base.checkConfig(cfg);
        cfg.ffUnpadded = 191; // ffDim − 1
        base.checkConfig(cfg);
    }

    function test_checkConfig_ffUnpaddedAtLowerBound_reverts() public {
        cfg.ffUnpadded = 160; // ffDim − 32: a multiple of 32 is never padded
        vm.expectRevert(_invalidConfig("ffUnpadded"));
        base.checkConfig(cfg);
    }

    function test_checkConfig_ffUnpaddedEqualsFfDim_reverts() public {
        cfg.ffUnpadded = 192;
        vm.expectRevert(_invalidConfig("ffUnpadded"));
        base.checkConfig(cfg);
    }

    function test_checkConfig_ffUnpaddedMax_reverts() public {
        cfg.ffUnpadded = type(uint32).max; // no overflow panic: a plain InvalidConfig
        vm.expectRevert(_invalidConfig("ffUnpadded"));
        base.checkConfig(cfg);
    }

    function test_checkConfig_ffUnpaddedSmall_reverts() public {
        cfg.ffUnpadded = 1;
        vm.expectRevert(_invalidConfig("ffUnpadded"));
        base.checkConfig(cfg);
    }

    /// @dev Accepted exactly when 0 or ffDim − 32 < ffUnpadded < ffDim (prover/canon Config.Check).
    function testFuzz_checkConfig_ffUnpadded_succeeds(uint32 u, uint8 blocks) public {
        cfg.ffDim = uint32(bound(blocks, 1, 64)) * 32;
        if (u % 2 == 0) u = uint32(bound(u, 0, 2 * uint256(cfg.ffDim))); // half the runs near the window
        cfg.ffUnpadded = u;
        bool ok = u == 0 || (uint256(u) + 32 > cfg.ffDim && u < cfg.ffDim);
        if (!ok) vm.expectRevert(_invalidConfig("ffUnpadded"));
        base.checkConfig(cfg);
    }
}
