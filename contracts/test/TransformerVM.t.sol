// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";

/// @dev TransformerVM with its context codec exposed.
contract TransformerVM_Harness is TransformerVM {
    constructor() TransformerVM(IOneStepVerifier(address(0))) {}

    function encodeContext(ModelConfig memory c, bytes32 modelRoot, JobContext memory j, uint256 transitions)
        external
        pure
        returns (bytes memory)
    {
        return _encodeContext(c, modelRoot, j, transitions);
    }

    function decodeContext(bytes calldata b) external pure returns (Context memory) {
        return _decodeContext(b);
    }
}

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
            ropeBaseBits: 0x461c4000, // 10000.0
            normEpsBits: 0x3727c5ac, // 1e-5
            tied: tied,
            eos: 2,
            ffUnpadded: 0,
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
            ropeBaseBits: 0x461c4000, // 10000.0
            normEpsBits: 0x3727c5ac, // 1e-5
            tied: 0,
            eos: 2,
            ffUnpadded: 0,
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

    /// @notice The largest configuration the runtime accepts never overflows: the answer is a name, not a panic;
    ///         one past any limit is refused as the runtime refuses it.
    function test_capacityError_largestDims() public {
        IOneStepTypes.ModelConfig memory c = _llama(98_304, 16, 1 << 21, 1 << 20);
        c.dim = 1 << 15;
        c.heads = 1 << 4;
        c.kvHeads = 1 << 4;
        c.layers = 1 << 10;
        // (2^20 − 1) · 1025 transitions need a split depth of 31; the longest program fits 2^63 leaves.
        assertEq(tvm.capacityError(c, 30, 126), "level1");
        assertEq(tvm.capacityError(c, 31, 126), "");
        assertEq(tvm.capacityError(c, 126, 126), "level2");
        assertGt(tvm.maxProgramLength(c), 0);
        c.layers = (1 << 10) + 1;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "layers"));
        tvm.capacityError(c, 62, 126);
        c.layers = 1 << 10;
        c.dim = (1 << 15) + 32;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "dim"));
        tvm.capacityError(c, 62, 126);
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

/// @notice refusedRow: the model-root rows the canonical runtime refuses for a non-finite Q8_0 scale.
contract TransformerVM_RefusedRow_Test is TransformerVM_TestInit {
    // Leaf layout of _small(0): 0 meta; 1..10 token_embd; per layer (perLayer = 2·2 + 3·64 + 2·32 + 2·96 = 452):
    // attn_norm 2, q 64, k 32, v 32, o 64, ffn_norm 2, gate 96, up 96, down 64; output_norm 2; output 10; RoPE 8.
    uint256 internal constant BASE = 11;
    uint256 internal constant PER_LAYER = 452;

    /// @dev One row leaf of every tensor kind with its blocks per row.
    function _rows() internal pure returns (uint256[2][10] memory r) {
        r[0] = [uint256(1), 2]; // token_embd row 0
        r[1] = [uint256(10), 2]; // token_embd row 9
        r[2] = [BASE + 2, 2]; // attn_q row 0, layer 0
        r[3] = [BASE + 2 + 64, 2]; // attn_k
        r[4] = [BASE + 2 + 96, 2]; // attn_v
        r[5] = [BASE + PER_LAYER + 2 + 128 + 63, 2]; // attn_output last row, layer 1
        r[6] = [BASE + 2 + 192 + 2, 2]; // ffn_gate
        r[7] = [BASE + 2 + 192 + 2 + 96, 2]; // ffn_up
        r[8] = [BASE + PER_LAYER + 2 + 192 + 2 + 192 + 63, 3]; // ffn_down last row, layer 1: 96 weights
        r[9] = [BASE + 2 * PER_LAYER + 2 + 9, 2]; // output last row
    }

    function test_refusedRow_everyTensorKind() public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        uint256[2][10] memory rows = _rows();
        uint16[4] memory bad = [uint16(0x7c00), 0xfc00, 0x7e00, 0xffff]; // +inf, -inf, NaN, NaN
        for (uint256 k; k < rows.length; ++k) {
            uint256 n = rows[k][1];
            assertFalse(tvm.refusedRow(c, rows[k][0], _row(n, 0x3c00, 0, 0x3c00)), "finite row");
            for (uint256 b; b < bad.length; ++b) {
                assertTrue(tvm.refusedRow(c, rows[k][0], _row(n, 0x3c00, n - 1, bad[b])), "non-finite last block");
                assertTrue(tvm.refusedRow(c, rows[k][0], _row(n, 0x2000, 0, bad[b])), "non-finite first block");
            }
        }
    }

    /// @notice Finite edge values are never refused: ±65504, the smallest subnormals, ±0.
    function test_refusedRow_finiteEdgeValues() public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        uint16[8] memory ok = [uint16(0x7bff), 0xfbff, 0x0001, 0x8001, 0x03ff, 0x0000, 0x8000, 0x0400];
        for (uint256 i; i < ok.length; ++i) {
            assertFalse(tvm.refusedRow(c, 1, _row(2, ok[i], 1, ok[i])));
            assertFalse(tvm.refusedRow(c, BASE + 2 + 192 + 2 + 192, _row(3, ok[i], 2, ok[i])));
        }
    }

    /// @notice A row leaf with data of any other length is not a refused row.
    function test_refusedRow_wrongLength() public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        bytes memory r = _row(3, 0x7c00, 0, 0x7c00);
        assertTrue(tvm.refusedRow(c, BASE + 2 + 192 + 2 + 192, r), "ffn_down: 3 blocks");
        assertFalse(tvm.refusedRow(c, 1, r), "token_embd rows have 2 blocks");
        assertFalse(tvm.refusedRow(c, BASE + 2 + 192 + 2 + 192, _row(2, 0x7c00, 0, 0x7c00)), "short");
        bytes memory longer = bytes.concat(r, hex"00");
        assertFalse(tvm.refusedRow(c, BASE + 2 + 192 + 2 + 192, longer), "one byte more");
        assertFalse(tvm.refusedRow(c, 1, ""), "empty");
    }

    /// @notice The metadata, norm chunks, RoPE rows and indices past the tree are never refused rows.
    function test_refusedRow_nonRowLeaves() public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        bytes memory r = _row(2, 0x7c00, 0, 0x7c00);
        uint256[9] memory leaves = [
            uint256(0), // metadata
            BASE, // attn_norm chunk 0, layer 0
            BASE + 1, // attn_norm chunk 1
            BASE + 2 + 192, // ffn_norm chunk 0
            BASE + PER_LAYER + 2 + 192 + 1, // ffn_norm chunk 1, layer 1
            BASE + 2 * PER_LAYER, // output_norm
            BASE + 2 * PER_LAYER + 2 + 10, // RoPE row 0
            BASE + 2 * PER_LAYER + 2 + 10 + 7, // RoPE row 7
            BASE + 2 * PER_LAYER + 2 + 10 + 8 // past the tree
        ];
        for (uint256 i; i < leaves.length; ++i) {
            assertFalse(tvm.refusedRow(c, leaves[i], r));
            assertFalse(tvm.refusedRow(c, leaves[i], bytes.concat(r, r)));
        }
        assertFalse(tvm.refusedRow(c, type(uint256).max, r));
    }

    /// @notice A tied model has no output rows: the leaves after output_norm are RoPE rows.
    function test_refusedRow_tied() public view {
        IOneStepTypes.ModelConfig memory c = _small(1);
        bytes memory r = _row(2, 0x7c00, 0, 0x7c00);
        assertTrue(tvm.refusedRow(c, 10, r), "token_embd");
        assertFalse(tvm.refusedRow(c, BASE + 2 * PER_LAYER + 2, r), "RoPE row 0 of a tied model");
    }

    /// @notice An invalid configuration reverts.
    function test_refusedRow_invalidConfig_reverts() public {
        IOneStepTypes.ModelConfig memory c = _small(0);
        c.heads = 0;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "heads"));
        tvm.refusedRow(c, 1, "");
    }

    /// @notice Fuzz: a row of finite scales is refused iff one block's exponent bits are all ones.
    function testFuzz_refusedRow_exponent(uint16 h, uint8 at) public view {
        IOneStepTypes.ModelConfig memory c = _small(0);
        uint256 b = at % 3;
        assertEq(tvm.refusedRow(c, BASE + 2 + 192 + 2 + 192, _row(3, 0x3c00, b, h)), (h >> 10) & 31 == 31);
    }
}

/// @notice The game's context: packed by setup, read back by subgamePrestate, project and step.
contract TransformerVM_Context_Test is TransformerVM_TestInit {
    TransformerVM_Harness internal h;

    function setUp() public override {
        super.setUp();
        h = new TransformerVM_Harness();
    }

    /// @dev Every field comes back as it went in, each in its own place (random values, so a swapped or shifted
    ///      field shows).
    function testFuzz_context_roundTrip_succeeds(
        uint32[13] memory f,
        bytes32[4] memory w,
        uint32[4] memory j,
        uint64 transitions
    ) public view {
        IOneStepTypes.ModelConfig memory c = IOneStepTypes.ModelConfig({
            dim: f[0],
            layers: f[1],
            heads: f[2],
            kvHeads: f[3],
            ffDim: f[4],
            vocab: f[5],
            context: f[6],
            ropeDims: f[7],
            ropeBaseBits: f[8],
            normEpsBits: f[9],
            tied: f[10],
            eos: f[11],
            ffUnpadded: f[12],
            tokenizerHash: w[0]
        });
        IOneStepTypes.JobContext memory job = IOneStepTypes.JobContext({
            promptRoot: w[2], promptLen: j[0], temperatureMilli: j[1], topK: j[2], topPMicro: j[3], seed: w[3]
        });
        bytes memory b = h.encodeContext(c, w[1], job, transitions);
        assertEq(b.length, 204);
        TransformerVM.Context memory x = h.decodeContext(b);
        assertEq(abi.encode(x.cfg), abi.encode(c));
        assertEq(x.modelRoot, w[1]);
        assertEq(abi.encode(x.job), abi.encode(job));
        assertEq(x.transitions, transitions);
    }

    /// @dev A context of any other length (a clone made by hand) is refused by every function that reads it.
    function test_context_wrongLength_reverts() public {
        bytes memory shortCtx = new bytes(203);
        bytes memory longCtx = new bytes(205);
        bytes memory abiCtx = new bytes(22 * 32); // the ABI encoding of Context, which games no longer carry
        bytes[3] memory bad = [shortCtx, longCtx, abiCtx];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(TransformerVM.BadInput.selector, "context"));
            h.decodeContext(bad[i]);
            vm.expectRevert(abi.encodeWithSelector(TransformerVM.BadInput.selector, "context"));
            tvm.step(bad[i], 0, bytes32(0), "");
            vm.expectRevert(abi.encodeWithSelector(TransformerVM.BadInput.selector, "context"));
            tvm.project(bad[i], 0, bytes32(0), "");
            vm.expectRevert(abi.encodeWithSelector(TransformerVM.BadInput.selector, "context"));
            tvm.subgamePrestate(bad[i], 0, bytes32(0), "");
        }
    }
}
