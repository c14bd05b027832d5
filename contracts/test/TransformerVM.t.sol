// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";

/// @dev Shared fixture: a TransformerVM (no verifier: these functions are pure) and model configurations.
abstract contract TransformerVM_TestInit is Test {
    TransformerVM internal tvm;

    function setUp() public virtual {
        tvm = new TransformerVM(IOneStepVerifier(address(0)));
    }

    /// @dev A small untied model: dim 64, 2 layers, 4 heads, 2 kv heads, ff 96, vocab 10, context 8.
    function _small(uint32 tied) internal pure returns (IOneStepTypes.ModelConfig memory) {
        return IOneStepTypes.ModelConfig({
            dim: 64,
            layers: 2,
            heads: 4,
            kvHeads: 2,
            ffDim: 96,
            vocab: 10,
            context: 8,
            ropeDims: 16,
            ropeBaseBits: 0,
            normEpsBits: 0,
            tied: tied,
            tokenizerHash: bytes32(0)
        });
    }

    function _llama(uint32 ff, uint32 kvHeads, uint32 vocab, uint32 context)
        internal
        pure
        returns (IOneStepTypes.ModelConfig memory)
    {
        return IOneStepTypes.ModelConfig({
            dim: 4096,
            layers: 32,
            heads: 32,
            kvHeads: kvHeads,
            ffDim: ff,
            vocab: vocab,
            context: context,
            ropeDims: 128,
            ropeBaseBits: 0,
            normEpsBits: 0,
            tied: 0,
            tokenizerHash: bytes32(0)
        });
    }

    /// @dev A row of n blocks whose scales are all `scale` except block `at`, which is `bad`.
    function _row(uint256 n, uint16 scale, uint256 at, uint16 bad) internal pure returns (bytes memory r) {
        r = new bytes(n * 34);
        for (uint256 b; b < n; ++b) {
            uint16 h = b == at ? bad : scale;
            r[b * 34] = bytes1(uint8(h));
            r[b * 34 + 1] = bytes1(uint8(h >> 8));
            for (uint256 i = 2; i < 34; ++i) {
                r[b * 34 + i] = bytes1(uint8(b + i));
            }
        }
    }
}

/// @notice programLength, maxProgramLength and capacityError.
contract TransformerVM_Capacity_Test is TransformerVM_TestInit {
    /// @notice The mainnet-scale numbers of docs/game.md.
    function test_capacity_llamaNumbers() public view {
        IOneStepTypes.ModelConfig memory l7 = _llama(11008, 32, 32000, 4096);
        assertEq(tvm.maxProgramLength(l7), 326995);
        assertEq(tvm.programLength(l7, 4095, false, false, false), 327059);
        assertEq(tvm.programLength(l7, 0, false, false, false), 52787);
        assertEq(tvm.programLength(l7, 0, true, false, true), 58541);
        assertEq(tvm.capacityError(l7, 18, 38), "");
        assertEq(tvm.capacityError(l7, 17, 38), "level1");
        assertEq(tvm.capacityError(l7, 18, 37), "level2");
        IOneStepTypes.ModelConfig memory l3 = _llama(14336, 8, 128256, 8192);
        assertEq(tvm.maxProgramLength(l3), 606219);
        assertEq(tvm.capacityError(l3, 19, 40), "");
        assertEq(tvm.capacityError(l3, 18, 40), "level1");
        assertEq(tvm.capacityError(l3, 19, 39), "level2");
    }

    /// @notice Degenerate depths are reported, not reverted on.
    function test_capacityError_degenerateDepths() public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        assertEq(tvm.capacityError(c, 0, 0), "level1");
        assertEq(tvm.capacityError(c, 5, 5), "level2");
        assertEq(tvm.capacityError(c, 5, 3), "level2");
        assertEq(tvm.capacityError(c, 255, 255), "level2");
    }

    /// @notice The largest configuration fields never overflow: the answer is a name, not a panic.
    function test_capacityError_hugeDims() public view {
        IOneStepTypes.ModelConfig memory c = _llama(type(uint32).max / 32 * 32, 32, type(uint32).max, type(uint32).max);
        c.dim = 1 << 31;
        c.heads = 1 << 10;
        c.kvHeads = 1 << 10;
        c.layers = type(uint32).max;
        assertEq(tvm.capacityError(c, 62, 126), "level1");
        assertEq(tvm.capacityError(c, 255, 255), "level2");
        assertGt(tvm.maxProgramLength(c), 0);
    }

    /// @notice Positions outside the context revert.
    function test_programLength_outOfRange_reverts() public {
        IOneStepTypes.ModelConfig memory c = _small(0);
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.OutOfRange.selector, "p", 8, 8));
        tvm.programLength(c, 8, false, false, false);
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.OutOfRange.selector, "p", 8, 8));
        tvm.programLength(c, 7, true, false, false);
    }
}
