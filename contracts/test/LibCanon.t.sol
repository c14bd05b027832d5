// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {LibCanon} from "../src/lib/LibCanon.sol";
import {CanonHarness} from "../src/test/CanonHarness.sol";

// Test code converts between integer widths on purpose (bounded fuzz inputs, byte packing, reference formulas).
// forge-lint: disable-start(unsafe-typecast, incorrect-shift)

/// @dev Shared fixture: the harness (for expected reverts, which need an external call) and independent,
///      deliberately naive reference implementations of the spec's formulas (docs/arithmetic.md). Known values
///      were produced by prover/canon (Go) and are hand-checked where noted; internal/difftest compares the two
///      implementations on hundreds of thousands of inputs.
abstract contract LibCanon_TestInit is Test {
    CanonHarness internal h;

    int256 internal constant I32_MIN = -2_147_483_648;
    int256 internal constant I32_MAX = 2_147_483_647;
    int256 internal constant Q30 = 1 << 30;

    function setUp() public virtual {
        h = new CanonHarness();
    }

    /// @dev The spec's rshift, literally: (v + 2^(s−1)) >> s for v ≥ 0, −((−v + 2^(s−1)) >> s) otherwise.
    ///      Needs |v| + 2^(s−1) < 2^255.
    function _refRshift(int256 v, uint256 s) internal pure returns (int256) {
        uint256 half = uint256(1) << (s - 1);
        if (v >= 0) return int256((uint256(v) + half) >> s);
        return -int256((uint256(-v) + half) >> s);
    }

    /// @dev The spec's rdiv, literally: (n + d/2) / d for n ≥ 0, −((−n + d/2) / d) otherwise. Needs |n| + d/2 < 2^255.
    function _refRdiv(int256 n, int256 d) internal pure returns (int256) {
        if (n >= 0) return (n + d / 2) / d;
        return -((-n + d / 2) / d);
    }

    function _refSat(int256 v) internal pure returns (int256) {
        if (v > I32_MAX) return I32_MAX;
        if (v < I32_MIN) return I32_MIN;
        return v;
    }

    /// @dev fp16 bits to D24 by the spec's case analysis.
    function _refD24(uint16 bits) internal pure returns (int256 d) {
        uint256 e = (bits >> 10) & 31;
        uint256 m = bits & 1023;
        d = e == 0 ? int256(m) : int256((1024 + m) * 2 ** (e - 1));
        if (bits >= 0x8000) d = -d;
    }

    /// @dev S = Σ w_i·q_i over one block, byte by byte.
    function _refBlockSum(bytes memory row, uint256 b, bytes memory q) internal pure returns (int256 s) {
        for (uint256 i; i < 32; ++i) {
            s += int256(int8(uint8(row[b * 34 + 2 + i]))) * int256(int8(uint8(q[b * 32 + i])));
        }
    }

    /// @dev The whole row by the spec's formula, naively.
    function _refDotRow(bytes memory row, bytes memory q, int256[] memory amax) internal pure returns (int256 acc) {
        for (uint256 b; b < amax.length; ++b) {
            uint16 bits = uint16(uint8(row[b * 34])) | (uint16(uint8(row[b * 34 + 1])) << 8);
            acc += _refD24(bits) * _refBlockSum(row, b, q) * amax[b];
        }
    }

    /// @dev A deterministic pseudo-random Q8_0 row of nb blocks (finite scales) with quants and block maxima.
    function _randomRow(uint256 seed, uint256 nb)
        internal
        pure
        returns (bytes memory row, bytes memory q, int256[] memory amax)
    {
        row = new bytes(nb * 34);
        q = new bytes(nb * 32);
        amax = new int256[](nb);
        for (uint256 b; b < nb; ++b) {
            bytes32 r = keccak256(abi.encode(seed, b));
            uint16 bits = uint16(uint256(r) >> 240);
            if ((bits >> 10) & 31 == 31) bits &= 0xf3ff; // finite
            row[b * 34] = bytes1(uint8(bits));
            row[b * 34 + 1] = bytes1(uint8(bits >> 8));
            bytes32 w = keccak256(abi.encode(seed, b, "w"));
            bytes32 qq = keccak256(abi.encode(seed, b, "q"));
            for (uint256 i; i < 32; ++i) {
                row[b * 34 + 2 + i] = w[i];
                q[b * 32 + i] = qq[i];
            }
            amax[b] = int256(uint256(uint32(uint256(r))) % (uint256(1) << 31) + 1);
            if (uint8(r[20]) < 16) amax[b] = 0;
        }
    }

    function _boundI32(int256 x) internal pure returns (int256) {
        return bound(x, I32_MIN, I32_MAX);
    }
}

/*//////////////////////////////////////////////////////////////
                    ROUNDING AND CLAMPING
//////////////////////////////////////////////////////////////*/

contract LibCanon_Rshift_Test is LibCanon_TestInit {
    function test_rshift_tiesAwayFromZero_succeeds() public pure {
        assertEq(LibCanon.rshift(1, 1), 1); // 0.5 → 1
        assertEq(LibCanon.rshift(-1, 1), -1); // −0.5 → −1
        assertEq(LibCanon.rshift(3, 1), 2); // 1.5 → 2
        assertEq(LibCanon.rshift(-3, 1), -2);
        assertEq(LibCanon.rshift(0x8000, 16), 1);
        assertEq(LibCanon.rshift(-0x8000, 16), -1);
        assertEq(LibCanon.rshift(0x7fff, 16), 0);
        assertEq(LibCanon.rshift(-0x7fff, 16), 0);
        assertEq(LibCanon.rshift(3 << 29, 30), 2); // 1.5
        assertEq(LibCanon.rshift(-(3 << 29), 30), -2);
        assertEq(LibCanon.rshift((5 << 29) - 1, 30), 2); // 2.4999…
    }

    function test_rshift_edges_succeeds() public pure {
        assertEq(LibCanon.rshift(0, 1), 0);
        assertEq(LibCanon.rshift(0, 255), 0);
        assertEq(LibCanon.rshift(1, 255), 0);
        assertEq(LibCanon.rshift(-1, 255), 0);
        assertEq(LibCanon.rshift(type(int256).max, 255), 1); // (2^255 − 1)/2^255 ≥ 0.5
        assertEq(LibCanon.rshift(type(int256).min, 255), -1); // exactly −1
        assertEq(LibCanon.rshift(type(int256).min, 1), -(1 << 254));
        assertEq(LibCanon.rshift(type(int256).max, 1), 1 << 254); // 2^254 − 0.5 → 2^254
        assertEq(LibCanon.rshift(I32_MIN, 16), -32_768);
        assertEq(LibCanon.rshift(I32_MAX, 16), 32_768);
    }

    function test_rshift_zeroOrHugeShift_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidShift.selector, 0));
        h.rshift(1, 0);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidShift.selector, 256));
        h.rshift(1, 256);
    }

    function testFuzz_rshift_matchesSpecFormula(int256 v, uint256 s) public pure {
        s = bound(s, 1, 253);
        v = bound(v, -(1 << 253), 1 << 253);
        assertEq(LibCanon.rshift(v, s), _refRshift(v, s));
    }

    /// @dev Over the whole int256 range, against truncating division and the remainder.
    function testFuzz_rshift_fullRangeMatchesDivision(int256 v, uint256 s) public pure {
        s = bound(s, 1, 254);
        int256 p = int256(1 << s);
        int256 q = v / p; // toward zero
        int256 r = v % p; // sign of v
        if (r >= p / 2) q += 1;
        if (r <= -p / 2) q -= 1;
        assertEq(LibCanon.rshift(v, s), q);
    }
}

contract LibCanon_Rdiv_Test is LibCanon_TestInit {
    function test_rdiv_tiesAwayFromZero_succeeds() public pure {
        assertEq(LibCanon.rdiv(1, 2), 1);
        assertEq(LibCanon.rdiv(-1, 2), -1);
        assertEq(LibCanon.rdiv(5, 2), 3);
        assertEq(LibCanon.rdiv(-5, 2), -3);
        assertEq(LibCanon.rdiv(4, 3), 1); // 1.33
        assertEq(LibCanon.rdiv(5, 3), 2); // 1.67
        assertEq(LibCanon.rdiv(-5, 3), -2);
        assertEq(LibCanon.rdiv(127 * 1000, 254_000), 1); // the quantizer's 0.5
        assertEq(LibCanon.rdiv(-127 * 1000, 254_000), -1);
    }

    function test_rdiv_edges_succeeds() public pure {
        assertEq(LibCanon.rdiv(0, 7), 0);
        assertEq(LibCanon.rdiv(type(int256).min, 1), type(int256).min);
        assertEq(LibCanon.rdiv(type(int256).max, 1), type(int256).max);
        assertEq(LibCanon.rdiv(type(int256).min, 2), -(1 << 254));
        assertEq(LibCanon.rdiv(type(int256).max, 2), 1 << 254);
        assertEq(LibCanon.rdiv(type(int256).max, type(int256).max), 1);
        assertEq(LibCanon.rdiv(type(int256).min, type(int256).max), -1);
    }

    function test_rdiv_nonPositiveDivisor_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonPositiveDivisor.selector, 0));
        h.rdiv(1, 0);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonPositiveDivisor.selector, -3));
        h.rdiv(1, -3);
    }

    function testFuzz_rdiv_matchesSpecFormula(int256 n, int256 d) public pure {
        n = bound(n, -(1 << 253), 1 << 253);
        d = bound(d, 1, 1 << 253);
        assertEq(LibCanon.rdiv(n, d), _refRdiv(n, d));
    }

    /// @dev |r·d − n| ≤ d/2 and ties go away from zero, over the whole range.
    function testFuzz_rdiv_isNearest(int256 n, int256 d) public pure {
        n = bound(n, -(1 << 200), 1 << 200);
        d = bound(d, 1, 1 << 50);
        int256 r = LibCanon.rdiv(n, d);
        int256 err = r * d - n;
        assertLe(2 * (err < 0 ? -err : err), d);
        if (2 * err == d) assertGt(n, 0); // tie rounded up only for positives
        if (2 * err == -d) assertLt(n, 0);
    }
}

contract LibCanon_Sat32_Test is LibCanon_TestInit {
    function test_sat32_bounds_succeeds() public pure {
        assertEq(LibCanon.sat32(0), 0);
        assertEq(LibCanon.sat32(I32_MAX), type(int32).max);
        assertEq(LibCanon.sat32(I32_MAX + 1), type(int32).max);
        assertEq(LibCanon.sat32(I32_MIN), type(int32).min);
        assertEq(LibCanon.sat32(I32_MIN - 1), type(int32).min);
        assertEq(LibCanon.sat32(type(int256).max), type(int32).max);
        assertEq(LibCanon.sat32(type(int256).min), type(int32).min);
        assertEq(LibCanon.sat32(-1), -1);
    }

    function testFuzz_sat32_clamps(int256 v) public pure {
        assertEq(int256(LibCanon.sat32(v)), _refSat(v));
    }
}

contract LibCanon_Isqrt_Test is LibCanon_TestInit {
    function test_isqrt_knownValues_succeeds() public pure {
        assertEq(LibCanon.isqrt(0), 0);
        assertEq(LibCanon.isqrt(1), 1);
        assertEq(LibCanon.isqrt(2), 1);
        assertEq(LibCanon.isqrt(3), 1);
        assertEq(LibCanon.isqrt(4), 2);
        assertEq(LibCanon.isqrt(99), 9);
        assertEq(LibCanon.isqrt(100), 10);
        assertEq(LibCanon.isqrt(uint256(1) << 60), 1 << 30);
        assertEq(LibCanon.isqrt((uint256(1) << 60) / 128), 94_906_265); // attention's invSqrt for D = 128
        assertEq(LibCanon.isqrt(type(uint256).max), type(uint128).max);
        assertEq(LibCanon.isqrt(uint256(type(uint128).max) * type(uint128).max), type(uint128).max);
        assertEq(LibCanon.isqrt(uint256(type(uint128).max) * type(uint128).max - 1), type(uint128).max - 1);
    }

    function testFuzz_isqrt_isFloorRoot(uint256 n) public pure {
        uint256 s = LibCanon.isqrt(n);
        assertLe(s * s, n); // s < 2^128
        if (s < type(uint128).max) assertGt((s + 1) * (s + 1), n);
    }

    function testFuzz_isqrt_perfectSquares(uint128 r) public pure {
        uint256 sq = uint256(r) * r;
        assertEq(LibCanon.isqrt(sq), r);
        if (sq > 0) assertEq(LibCanon.isqrt(sq - 1), uint256(r) - 1);
    }
}

/*//////////////////////////////////////////////////////////////
                          CONVERSIONS
//////////////////////////////////////////////////////////////*/

contract LibCanon_Fp16ToD24_Test is LibCanon_TestInit {
    function test_fp16ToD24_knownValues_succeeds() public pure {
        assertEq(LibCanon.fp16ToD24(0x3c00), 1 << 24); // 1.0
        assertEq(LibCanon.fp16ToD24(0xbc00), -(1 << 24));
        assertEq(LibCanon.fp16ToD24(0x0000), 0);
        assertEq(LibCanon.fp16ToD24(0x8000), 0); // −0
        assertEq(LibCanon.fp16ToD24(0x0001), 1); // smallest subnormal, 2^-24
        assertEq(LibCanon.fp16ToD24(0x8001), -1);
        assertEq(LibCanon.fp16ToD24(0x03ff), 1023); // largest subnormal
        assertEq(LibCanon.fp16ToD24(0x0400), 1024); // smallest normal, 2^-14
        assertEq(LibCanon.fp16ToD24(0x7bff), 1_098_974_756_864); // 65504·2^24
        assertEq(LibCanon.fp16ToD24(0xfbff), -1_098_974_756_864);
        assertEq(LibCanon.fp16ToD24(0x3555), 5_591_040); // 0.33325195…
        assertEq(LibCanon.fp16ToD24(0x2e66), 1_677_312); // 0.0999755…
    }

    function test_fp16ToD24_nonFinite_reverts() public {
        uint16[4] memory bad = [uint16(0x7c00), 0xfc00, 0x7e00, 0xffff];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(LibCanon.NonFiniteScale.selector, bad[i]));
            h.fp16ToD24(bad[i]);
        }
    }

    function testFuzz_fp16ToD24_matchesCaseAnalysis(uint16 bits) public pure {
        vm.assume((bits >> 10) & 31 != 31);
        int256 d = LibCanon.fp16ToD24(bits);
        assertEq(d, _refD24(bits));
        assertLt(d < 0 ? -d : d, int256(1 << 40));
    }
}

/*//////////////////////////////////////////////////////////////
                    EXP, SIGMOID, SILU, SWIGLU
//////////////////////////////////////////////////////////////*/

contract LibCanon_ExpNeg_Test is LibCanon_TestInit {
    function test_expNeg_knownValues_succeeds() public pure {
        // From prover/canon ExpNeg.
        assertEq(LibCanon.expNeg(-1), 1_073_725_440);
        assertEq(LibCanon.expNeg(-2), 1_073_709_057);
        assertEq(LibCanon.expNeg(-7), 1_073_627_142);
        assertEq(LibCanon.expNeg(-32_768), 651_257_337); // e^-0.5 = 0.60653…
        assertEq(LibCanon.expNeg(-65_536), 395_007_542); // e^-1 = 0.36788…
        assertEq(LibCanon.expNeg(-65_537), 395_001_515);
        assertEq(LibCanon.expNeg(-131_072), 145_315_154); // e^-2
        assertEq(LibCanon.expNeg(-45_426), 536_871_681); // ≈ e^-ln2: n = 0, u → 1
        assertEq(LibCanon.expNeg(-45_427), 536_863_487); // n = 1
        assertEq(LibCanon.expNeg(-655_360), 48_748); // e^-10
        assertEq(LibCanon.expNeg(-1_000_000), 254);
    }

    function test_expNeg_edges_succeeds() public pure {
        assertEq(LibCanon.expNeg(0), Q30);
        assertEq(LibCanon.expNeg(5), Q30); // x ≥ 0 → 1.0
        assertEq(LibCanon.expNeg(I32_MAX), Q30);
        assertEq(LibCanon.expNeg(-1_408_208), 1); // the last non-zero output
        assertEq(LibCanon.expNeg(-1_408_209), 0); // n > 30
        assertEq(LibCanon.expNeg(I32_MIN), 0);
    }

    function test_expNeg_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MIN - 1));
        h.expNeg(I32_MIN - 1);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MAX + 1));
        h.expNeg(I32_MAX + 1);
    }

    function testFuzz_expNeg_monotoneAndBounded(int256 x, int256 y) public pure {
        x = _boundI32(x);
        y = _boundI32(y);
        if (x > y) (x, y) = (y, x);
        int256 ex = LibCanon.expNeg(x);
        int256 ey = LibCanon.expNeg(y);
        assertLe(ex, ey);
        assertGe(ex, 0);
        assertLe(ey, Q30);
        if (y >= 0) assertEq(ey, Q30);
    }
}

contract LibCanon_Sigmoid_Test is LibCanon_TestInit {
    function test_sigmoid_knownValues_succeeds() public pure {
        assertEq(LibCanon.sigmoid(0), 1 << 29); // 0.5
        assertEq(LibCanon.sigmoid(1), 536_875_008);
        assertEq(LibCanon.sigmoid(-1), 536_866_816);
        assertEq(LibCanon.sigmoid(65_536), 784_968_172); // 0.73106
        assertEq(LibCanon.sigmoid(-65_536), 288_773_652);
        assertEq(LibCanon.sigmoid(655_360), 1_073_693_078);
        assertEq(LibCanon.sigmoid(-655_360), 48_746);
        assertEq(LibCanon.sigmoid(-1_048_576), 121);
        assertEq(LibCanon.sigmoid(I32_MAX), Q30);
        assertEq(LibCanon.sigmoid(I32_MIN), 0);
    }

    function test_sigmoid_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, int256(1) << 40));
        h.sigmoid(int256(1) << 40);
    }

    /// @dev sigmoid(x) + sigmoid(−x) = 1 up to one rounding each, and sigmoid is monotone.
    function testFuzz_sigmoid_symmetricAndMonotone(int256 x, int256 y) public pure {
        x = bound(x, I32_MIN + 1, I32_MAX);
        y = _boundI32(y);
        int256 sum = LibCanon.sigmoid(x) + LibCanon.sigmoid(-x);
        assertLe(sum > Q30 ? sum - Q30 : Q30 - sum, 1);
        if (x <= y) assertLe(LibCanon.sigmoid(x), LibCanon.sigmoid(y));
    }
}

contract LibCanon_Silu_Test is LibCanon_TestInit {
    function test_silu_knownValues_succeeds() public pure {
        assertEq(LibCanon.silu(0), 0);
        assertEq(LibCanon.silu(1), 1);
        assertEq(LibCanon.silu(-1), 0);
        assertEq(LibCanon.silu(65_536), 47_911); // 0.73106
        assertEq(LibCanon.silu(-65_536), -17_625); // −0.26894
        assertEq(LibCanon.silu(32_768), 20_397);
        assertEq(LibCanon.silu(655_360), 655_330);
        assertEq(LibCanon.silu(-655_360), -30);
        assertEq(LibCanon.silu(1_048_576), 1_048_576);
        assertEq(LibCanon.silu(I32_MAX), type(int32).max);
        assertEq(LibCanon.silu(I32_MIN), 0);
    }

    function test_silu_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MAX + 1));
        h.silu(I32_MAX + 1);
    }

    function testFuzz_silu_signAndMagnitude(int256 x) public pure {
        x = _boundI32(x);
        int256 y = LibCanon.silu(x);
        if (x >= 0) {
            assertGe(y, 0);
            assertLe(y, x);
        } else {
            assertLe(y, 0);
            assertGe(y, x);
        }
    }
}

contract LibCanon_Swiglu_Test is LibCanon_TestInit {
    function test_swiglu_knownValues_succeeds() public pure {
        assertEq(LibCanon.swiglu(65_536, 131_072), 95_822); // silu(1)·2
        assertEq(LibCanon.swiglu(-65_536, 131_072), -35_250);
        assertEq(LibCanon.swiglu(655_360, -655_360), -6_553_300);
        assertEq(LibCanon.swiglu(I32_MAX, I32_MAX), type(int32).max); // saturates
        assertEq(LibCanon.swiglu(I32_MAX, I32_MIN), type(int32).min);
        assertEq(LibCanon.swiglu(0, I32_MAX), 0);
    }

    function test_swiglu_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MIN - 1));
        h.swiglu(0, I32_MIN - 1);
    }

    function testFuzz_swiglu_isSiluTimesUp(int256 g, int256 u) public pure {
        g = _boundI32(g);
        u = _boundI32(u);
        int256 want = _refSat(_refRshift(int256(LibCanon.silu(g)) * u, 16));
        assertEq(LibCanon.swiglu(g, u), want);
        assertEq(LibCanon.swiglu(g, 65_536), LibCanon.silu(g)); // u = 1.0
    }
}

/*//////////////////////////////////////////////////////////////
                 QUANTIZATION AND MATRIX-VECTOR
//////////////////////////////////////////////////////////////*/

contract LibCanon_QuantizeBlock_Test is LibCanon_TestInit {
    function _block() internal pure returns (int32[32] memory x) {
        int32[32] memory v = [
            int32(-100000),
            -92081,
            -68324,
            -28729,
            26704,
            254000,
            1000,
            -1000,
            6814,
            -58564,
            91897,
            58195,
            40331,
            38305,
            52117,
            81767,
            -72746,
            -11420,
            65744,
            -41255,
            67585,
            -7738,
            -67223,
            89131,
            61322,
            49351,
            53218,
            72923,
            -91535,
            -40154,
            27065,
            -89879
        ];
        return v;
    }

    function test_quantizeBlock_knownValues_succeeds() public pure {
        // From prover/canon QuantVec.Quantize; x[6] = ±1000 with A = 254000 are exact ties (0.5 → ±1).
        int8[32] memory want = [
            int8(-50),
            -46,
            -34,
            -14,
            13,
            127,
            1,
            -1,
            3,
            -29,
            46,
            29,
            20,
            19,
            26,
            41,
            -36,
            -6,
            33,
            -21,
            34,
            -4,
            -34,
            45,
            31,
            25,
            27,
            36,
            -46,
            -20,
            14,
            -45
        ];
        (int8[32] memory q, int256 amax) = LibCanon.quantizeBlock(_block());
        assertEq(amax, 254_000);
        for (uint256 i; i < 32; ++i) {
            assertEq(q[i], want[i]);
        }
    }

    function test_quantizeBlock_zeroBlock_succeeds() public pure {
        int32[32] memory x;
        (int8[32] memory q, int256 amax) = LibCanon.quantizeBlock(x);
        assertEq(amax, 0);
        for (uint256 i; i < 32; ++i) {
            assertEq(q[i], 0);
        }
    }

    function test_quantizeBlock_int32Min_succeeds() public pure {
        int32[32] memory x;
        x[0] = type(int32).min;
        x[1] = type(int32).max;
        x[2] = 8_454_660; // 127·x < 2^30: below one half → 0
        x[3] = 8_454_661; // 127·x ≥ 2^30 → 1
        (int8[32] memory q, int256 amax) = LibCanon.quantizeBlock(x);
        assertEq(amax, 1 << 31);
        assertEq(q[0], -127);
        assertEq(q[1], 127);
        assertEq(q[2], 0);
        assertEq(q[3], 1);
    }

    function testFuzz_quantizeBlock_isNearestScaled(int32[32] memory x) public pure {
        (int8[32] memory q, int256 amax) = LibCanon.quantizeBlock(x);
        int256 mx;
        for (uint256 i; i < 32; ++i) {
            int256 a = x[i] < 0 ? -int256(x[i]) : int256(x[i]);
            if (a > mx) mx = a;
        }
        assertEq(amax, mx);
        for (uint256 i; i < 32; ++i) {
            if (amax == 0) {
                assertEq(q[i], 0);
                continue;
            }
            assertEq(int256(q[i]), _refRdiv(127 * int256(x[i]), amax));
            assertLe(q[i] < 0 ? -int256(q[i]) : int256(q[i]), 127);
        }
    }
}

contract LibCanon_Quantize_Test is LibCanon_TestInit {
    function test_quantize_matchesBlocks_succeeds() public pure {
        int32[] memory x = new int32[](64);
        for (uint256 i; i < 64; ++i) {
            x[i] = int32(int256(uint256(keccak256(abi.encode(i)))) % 3_000_000);
        }
        for (uint256 i = 32; i < 64; ++i) {
            x[i] = 0; // an all-zero block
        }
        (bytes memory q, int256[] memory amax) = LibCanon.quantize(x);
        assertEq(q.length, 64);
        assertEq(amax.length, 2);
        int32[32] memory b0;
        for (uint256 i; i < 32; ++i) {
            b0[i] = x[i];
        }
        (int8[32] memory q0, int256 a0) = LibCanon.quantizeBlock(b0);
        assertEq(amax[0], a0);
        assertEq(amax[1], 0);
        for (uint256 i; i < 32; ++i) {
            assertEq(int8(uint8(q[i])), q0[i]);
            assertEq(uint8(q[32 + i]), 0);
        }
    }

    function test_quantize_badLength_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidLength.selector, 0));
        h.quantize(new int32[](0));
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidLength.selector, 33));
        h.quantize(new int32[](33));
    }

    function testFuzz_quantize_equalsQuantizeBlock(int32[32] memory x) public pure {
        int32[] memory v = new int32[](32);
        for (uint256 i; i < 32; ++i) {
            v[i] = x[i];
        }
        (bytes memory q, int256[] memory amax) = LibCanon.quantize(v);
        (int8[32] memory qb, int256 a) = LibCanon.quantizeBlock(x);
        assertEq(amax[0], a);
        for (uint256 i; i < 32; ++i) {
            assertEq(int8(uint8(q[i])), qb[i]);
        }
    }
}

contract LibCanon_BlockDot_Test is LibCanon_TestInit {
    function _blk(bytes32 w) internal pure returns (bytes memory blk) {
        blk = new bytes(34);
        blk[0] = 0xff; // the scale is not read: not even a non-finite one matters
        blk[1] = 0x7f;
        for (uint256 i; i < 32; ++i) {
            blk[2 + i] = w[i];
        }
    }

    function test_blockDot_extremes_succeeds() public pure {
        int8[32] memory q;
        for (uint256 i; i < 32; ++i) {
            q[i] = -128;
        }
        bytes32 allMin = bytes32(type(uint256).max / 255 * 0x80); // every weight −128
        assertEq(LibCanon.blockDot(_blk(allMin), q), 32 * 128 * 128); // 2^19
        bytes32 allMax = bytes32(type(uint256).max / 255 * 0x7f); // every weight 127
        assertEq(LibCanon.blockDot(_blk(allMax), q), -32 * 127 * 128);
        for (uint256 i; i < 32; ++i) {
            q[i] = 127;
        }
        assertEq(LibCanon.blockDot(_blk(allMax), q), 32 * 127 * 127);
        assertEq(LibCanon.blockDot(_blk(bytes32(0)), q), 0);
    }

    function test_blockDot_badLength_reverts() public {
        int8[32] memory q;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidBlock.selector, 33));
        h.blockDot(new bytes(33), q);
    }

    function testFuzz_blockDot_matchesNaiveSum(bytes32 w, int8[32] memory q) public pure {
        bytes memory blk = _blk(w);
        int256 want;
        for (uint256 i; i < 32; ++i) {
            want += int256(int8(uint8(w[i]))) * int256(q[i]);
        }
        assertEq(LibCanon.blockDot(blk, q), want);
    }
}

contract LibCanon_DotRow_Test is LibCanon_TestInit {
    function test_dotRow_knownValue_succeeds() public pure {
        // Two blocks with scales 0x2e66 (0.09998) and 0xa4d2 (−0.01886); y from prover/canon MatMul.
        bytes memory row =
            hex"662e81a6cbf0153a5f85aacff4193e6389aed3f81d42678db2d7fc21466b91b6db00d2a48cb1d6fb20456a90b5daff24496e94b9de03284d7298bde2072c51769cc1e60b";
        bytes memory q =
            hex"819cb6d1eb06213b56708da8c2ddf7122d47627c99b4cee9031e39536e8aa5c0d9f4102c48637f92aec9e5011d385470839ebad6f20d2945617c8fabc7e2fe1a";
        int256[] memory amax = new int256[](2);
        amax[0] = 500_001;
        amax[1] = 479_692;
        assertEq(LibCanon.dotRow(row, q, amax), 9_825_254);
        assertEq(LibCanon.dotRow(row, q, amax), LibCanon.finishDot(_refDotRow(row, q, amax)));
    }

    function test_dotRow_saturates_succeeds() public pure {
        bytes memory row = new bytes(34);
        bytes memory q = new bytes(32);
        row[0] = 0xff; // 0x7bff: 65504
        row[1] = 0x7b;
        for (uint256 i; i < 32; ++i) {
            row[2 + i] = 0x7f;
            q[i] = 0x7f;
        }
        int256[] memory amax = new int256[](1);
        amax[0] = 1 << 31;
        assertEq(LibCanon.dotRow(row, q, amax), type(int32).max);
        row[1] = 0xfb; // −65504
        assertEq(LibCanon.dotRow(row, q, amax), type(int32).min);
        amax[0] = 0; // A = 0: the block contributes nothing
        assertEq(LibCanon.dotRow(row, q, amax), 0);
    }

    function test_dotRow_emptyRow_succeeds() public pure {
        assertEq(LibCanon.dotRow("", "", new int256[](0)), 0);
    }

    function test_dotRow_badInputs_reverts() public {
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(1, 2);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.LengthMismatch.selector, 67, 64, 2));
        h.dotRow(_trim(row, 67), q, amax);
        amax[1] = (1 << 31) + 1;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.AmaxOutOfRange.selector, 1, (1 << 31) + 1));
        h.dotRow(row, q, amax);
        amax[1] = -1;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.AmaxOutOfRange.selector, 1, -1));
        h.dotRow(row, q, amax);
        amax[1] = 5;
        row[35] = 0xfc; // block 1 scale: 0xfc?? is −inf or NaN
        row[34] = 0x00;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonFiniteScale.selector, 0xfc00));
        h.dotRow(row, q, amax);
    }

    function _trim(bytes memory b, uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i; i < n; ++i) {
            out[i] = b[i];
        }
    }

    function testFuzz_dotRow_matchesNaiveFormula(uint256 seed, uint8 blocks) public pure {
        uint256 nb = bound(blocks, 1, 12);
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(seed, nb);
        int256 acc = _refDotRow(row, q, amax);
        assertEq(LibCanon.dotRowPartial(row, q, amax, 0, nb), acc);
        assertEq(int256(LibCanon.dotRow(row, q, amax)), _refSat(_refRdiv(acc, 127 << 24)));
    }
}

contract LibCanon_DotRowPartial_Test is LibCanon_TestInit {
    function test_dotRowPartial_badRange_reverts() public {
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(2, 3);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidBlockRange.selector, 2, 1, 3));
        h.dotRowPartial(row, q, amax, 2, 1);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidBlockRange.selector, 0, 4, 3));
        h.dotRowPartial(row, q, amax, 0, 4);
        assertEq(h.dotRowPartial(row, q, amax, 2, 2), 0); // an empty range
    }

    /// @dev Any split into two or three consecutive ranges adds up to the whole row, and a range equals the same
    ///      blocks passed as a segment of their own.
    function testFuzz_dotRowPartial_chunksAddUp(uint256 seed, uint8 blocks, uint8 cut1, uint8 cut2) public pure {
        uint256 nb = bound(blocks, 1, 16);
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(seed, nb);
        uint256 a = bound(cut1, 0, nb);
        uint256 b = bound(cut2, a, nb);
        int256 whole = LibCanon.dotRowPartial(row, q, amax, 0, nb);
        int256 parts = LibCanon.dotRowPartial(row, q, amax, 0, a) + LibCanon.dotRowPartial(row, q, amax, a, b)
            + LibCanon.dotRowPartial(row, q, amax, b, nb);
        assertEq(parts, whole);
        assertEq(LibCanon.finishDot(parts), LibCanon.dotRow(row, q, amax));

        bytes memory rs = new bytes((b - a) * 34);
        bytes memory qs = new bytes((b - a) * 32);
        int256[] memory as_ = new int256[](b - a);
        for (uint256 i; i < rs.length; ++i) {
            rs[i] = row[a * 34 + i];
        }
        for (uint256 i; i < qs.length; ++i) {
            qs[i] = q[a * 32 + i];
        }
        for (uint256 i; i < as_.length; ++i) {
            as_[i] = amax[a + i];
        }
        assertEq(LibCanon.dotRowPartial(rs, qs, as_, 0, b - a), LibCanon.dotRowPartial(row, q, amax, a, b));
    }
}

contract LibCanon_FinishDot_Test is LibCanon_TestInit {
    function test_finishDot_roundingAndSaturation_succeeds() public pure {
        int256 div = 127 << 24;
        assertEq(LibCanon.finishDot(0), 0);
        assertEq(LibCanon.finishDot(div / 2), 1); // tie: d is even
        assertEq(LibCanon.finishDot(-div / 2), -1);
        assertEq(LibCanon.finishDot(div / 2 - 1), 0);
        assertEq(LibCanon.finishDot(div * I32_MAX), type(int32).max);
        assertEq(LibCanon.finishDot(div * I32_MAX + div / 2), type(int32).max);
        assertEq(LibCanon.finishDot(div * I32_MIN), type(int32).min);
        assertEq(LibCanon.finishDot(type(int256).max), type(int32).max);
        assertEq(LibCanon.finishDot(type(int256).min), type(int32).min);
    }

    function testFuzz_finishDot_matchesFormula(int256 acc) public pure {
        acc = bound(acc, -(1 << 250), 1 << 250);
        assertEq(int256(LibCanon.finishDot(acc)), _refSat(_refRdiv(acc, 127 << 24)));
    }
}

/*//////////////////////////////////////////////////////////////
                      EMBEDDING, RESIDUAL
//////////////////////////////////////////////////////////////*/

contract LibCanon_Embed_Test is LibCanon_TestInit {
    function test_embed_knownValues_succeeds() public pure {
        assertEq(LibCanon.embed(1, 1 << 24), 65_536); // 1·1.0
        assertEq(LibCanon.embed(-1, 1 << 24), -65_536);
        assertEq(LibCanon.embed(1, 128), 1); // 0.5 → 1
        assertEq(LibCanon.embed(-1, 128), -1);
        assertEq(LibCanon.embed(1, 127), 0);
        assertEq(LibCanon.embed(1, 1), 0); // the smallest subnormal scale
        assertEq(LibCanon.embed(127, 1_098_974_756_864), type(int32).max); // 127·65504 saturates
        assertEq(LibCanon.embed(-128, 1_098_974_756_864), type(int32).min);
    }

    function test_embed_scaleOutOfRange_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.ScaleOutOfRange.selector, int256(1) << 40));
        h.embed(1, int256(1) << 40);
    }

    function testFuzz_embed_matchesFormula(int8 q, int256 d) public pure {
        d = bound(d, -(1 << 40) + 1, (1 << 40) - 1);
        assertEq(int256(LibCanon.embed(q, d)), _refSat(_refRshift(int256(q) * d, 8)));
    }
}

contract LibCanon_EmbedBlock_Test is LibCanon_TestInit {
    function test_embedBlock_nonFinite_reverts() public {
        bytes memory blk = new bytes(34);
        blk[1] = 0x7c; // +inf
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonFiniteScale.selector, 0x7c00));
        h.embedBlock(blk);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidBlock.selector, 35));
        h.embedBlock(new bytes(35));
    }

    function testFuzz_embedBlock_equalsEmbed(uint16 bits, bytes32 w) public pure {
        vm.assume((bits >> 10) & 31 != 31);
        bytes memory blk = new bytes(34);
        blk[0] = bytes1(uint8(bits));
        blk[1] = bytes1(uint8(bits >> 8));
        for (uint256 i; i < 32; ++i) {
            blk[2 + i] = w[i];
        }
        int32[32] memory x = LibCanon.embedBlock(blk);
        int256 d = LibCanon.fp16ToD24(bits);
        for (uint256 i; i < 32; ++i) {
            assertEq(x[i], LibCanon.embed(int8(uint8(w[i])), d));
        }
    }
}

contract LibCanon_AddSat_Test is LibCanon_TestInit {
    function test_addSat_saturates_succeeds() public pure {
        assertEq(LibCanon.addSat(1, 2), 3);
        assertEq(LibCanon.addSat(I32_MAX, 1), type(int32).max);
        assertEq(LibCanon.addSat(I32_MIN, -1), type(int32).min);
        assertEq(LibCanon.addSat(I32_MAX, I32_MIN), -1);
    }

    function test_addSat_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MAX + 1));
        h.addSat(I32_MAX + 1, 0);
    }

    function testFuzz_addSat_clamps(int256 a, int256 b) public pure {
        a = _boundI32(a);
        b = _boundI32(b);
        assertEq(int256(LibCanon.addSat(a, b)), _refSat(a + b));
    }
}

/*//////////////////////////////////////////////////////////////
                            RMSNORM
//////////////////////////////////////////////////////////////*/

contract LibCanon_SumSquares_Test is LibCanon_TestInit {
    function test_sumSquares_extremes_succeeds() public pure {
        int32[] memory x = new int32[](3);
        x[0] = type(int32).min;
        x[1] = type(int32).max;
        x[2] = -3;
        assertEq(LibCanon.sumSquares(x), (1 << 62) + (I32_MAX * I32_MAX) + 9);
        assertEq(LibCanon.sumSquares(new int32[](0)), 0);
    }

    function testFuzz_sumSquares_matchesLoop(int32[8] memory v) public pure {
        int32[] memory x = new int32[](8);
        int256 want;
        for (uint256 i; i < 8; ++i) {
            x[i] = v[i];
            want += int256(v[i]) * v[i];
        }
        assertEq(LibCanon.sumSquares(x), want);
    }
}

contract LibCanon_RmsInv_Test is LibCanon_TestInit {
    int256 internal constant EPS_1E5 = 42_950; // F32BitsToFixed(1e-5, 32)

    function test_rmsInv_knownValues_succeeds() public pure {
        // 4096 activations of 1.0: mean = 2^32, rms = isqrt(2^32 + ε) = 65536 (1.0 in Q16.16).
        assertEq(LibCanon.rmsInv(4096 * (int256(1) << 32), 4096, EPS_1E5), 65_536);
        assertEq(LibCanon.rmsInv(0, 4096, EPS_1E5), 207); // isqrt(42950)
        assertEq(LibCanon.rmsInv(0, 4096, 0), 1); // max(1, 0)
        assertEq(LibCanon.rmsInv(3, 4, 0), 1);
        assertEq(LibCanon.rmsInv(4096 * (int256(1) << 62), 4096, 0), 1 << 31); // every |x| = 2^31
        assertEq(LibCanon.rmsInv(4096 * (int256(1) << 62), 4096, 1 << 62), 3_037_000_499); // isqrt(2^63)
    }

    function test_rmsInv_badInputs_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NegativeInput.selector, -1));
        h.rmsInv(-1, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NegativeInput.selector, -1));
        h.rmsInv(1, 1, -1);
        vm.expectRevert(LibCanon.ZeroCount.selector);
        h.rmsInv(1, 0, 0);
    }

    function testFuzz_rmsInv_isFloorRootOfMean(uint128 ss, uint32 n, uint64 eps) public pure {
        n = uint32(bound(n, 1, type(uint32).max));
        int256 rms = LibCanon.rmsInv(int256(uint256(ss)), n, int256(uint256(eps)));
        uint256 m = uint256(ss) / n + eps;
        assertGe(rms, 1);
        if (m > 0) {
            assertLe(uint256(rms * rms), m);
            assertGt(uint256((rms + 1) * (rms + 1)), m);
        }
    }
}

contract LibCanon_RmsApply_Test is LibCanon_TestInit {
    function test_rmsApply_knownValues_succeeds() public pure {
        assertEq(LibCanon.rmsApply(65_536, 65_536, 65_536), 65_536); // 1·1/1
        assertEq(LibCanon.rmsApply(3, 1, 2), 2); // 1.5 → 2
        assertEq(LibCanon.rmsApply(-3, 1, 2), -2);
        assertEq(LibCanon.rmsApply(I32_MIN, I32_MIN, 1), type(int32).max); // 2^62 saturates
        assertEq(LibCanon.rmsApply(I32_MIN, I32_MAX, 1), type(int32).min);
    }

    function test_rmsApply_badInputs_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonPositiveDivisor.selector, 0));
        h.rmsApply(1, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MAX + 1));
        h.rmsApply(1, I32_MAX + 1, 1);
    }

    function testFuzz_rmsApply_matchesFormula(int256 x, int256 w, int256 rms) public pure {
        x = _boundI32(x);
        w = _boundI32(w);
        rms = bound(rms, 1, 1 << 63);
        assertEq(int256(LibCanon.rmsApply(x, w, rms)), _refSat(_refRdiv(x * w, rms)));
    }
}

/*//////////////////////////////////////////////////////////////
                        ROPE, ATTENTION
//////////////////////////////////////////////////////////////*/

contract LibCanon_RopePair_Test is LibCanon_TestInit {
    function test_ropePair_knownValue_succeeds() public pure {
        // Position 1, pair 0 of the base-10000 table (cos 1, sin 1 in Q30), from prover/canon RopeTable.Apply.
        (int32 y0, int32 y1) = LibCanon.ropePair(123_456, -654_321, 580_145_183, 903_522_590);
        assertEq(y0, 617_296);
        assertEq(y1, -249_647);
    }

    function test_ropePair_identityAndSaturation_succeeds() public pure {
        (int32 y0, int32 y1) = LibCanon.ropePair(I32_MIN, I32_MAX, Q30, 0);
        assertEq(y0, type(int32).min);
        assertEq(y1, type(int32).max);
        (y0, y1) = LibCanon.ropePair(I32_MIN, I32_MIN, I32_MIN, I32_MAX); // x0·c − x1·s = 2^63 − 2^31
        assertEq(y0, type(int32).max);
        assertEq(y1, 2); // x0·s + x1·c = 2^31
        (y0, y1) = LibCanon.ropePair(I32_MAX, I32_MIN, I32_MIN, I32_MAX); // 0 and 2^63 − 2^32 + 1
        assertEq(y0, 0);
        assertEq(y1, type(int32).max);
    }

    function test_ropePair_notInt32_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotInt32.selector, I32_MAX + 1));
        h.ropePair(0, 0, I32_MAX + 1, 0);
    }

    function testFuzz_ropePair_matchesFormula(int256 x0, int256 x1, int256 c, int256 s) public pure {
        x0 = _boundI32(x0);
        x1 = _boundI32(x1);
        c = _boundI32(c);
        s = _boundI32(s);
        (int32 y0, int32 y1) = LibCanon.ropePair(x0, x1, c, s);
        assertEq(int256(y0), _refSat(_refRshift(x0 * c - x1 * s, 30)));
        assertEq(int256(y1), _refSat(_refRshift(x0 * s + x1 * c, 30)));
    }
}

contract LibCanon_DotExact_Test is LibCanon_TestInit {
    function test_dotExact_lengthMismatch_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.LengthMismatch.selector, 1, 2, 1));
        h.dotExact(new int32[](1), new int32[](2));
    }

    function testFuzz_dotExact_matchesLoop(int32[6] memory a, int32[6] memory b) public pure {
        int32[] memory x = new int32[](6);
        int32[] memory y = new int32[](6);
        int256 want;
        for (uint256 i; i < 6; ++i) {
            (x[i], y[i]) = (a[i], b[i]);
            want += int256(a[i]) * b[i];
        }
        assertEq(LibCanon.dotExact(x, y), want);
    }
}

contract LibCanon_AttnScore_Test is LibCanon_TestInit {
    function test_attnScore_knownValues_succeeds() public pure {
        // D = 128: invSqrt = isqrt(2^60/128) = 94906265.
        assertEq(LibCanon.attnScore(0, 128), 0);
        assertEq(LibCanon.attnScore(int256(1) << 32, 128), 5793); // q·k = 1.0 → 1/√128 = 0.0884
        assertEq(LibCanon.attnScore(-(int256(1) << 32), 128), -5793);
        assertEq(LibCanon.attnScore(int256(1) << 50, 128), 189_812_530);
        assertEq(LibCanon.attnScore(1 << 15, 128), 0); // rshift(2^15, 16) = 1, then 1·invSqrt/2^30 → 0
        assertEq(LibCanon.attnScore(int256(1) << 200, 128), 189_812_530); // d16 saturates; invSqrt < 1 shrinks it
        assertEq(LibCanon.attnScore(int256(1) << 200, 1), type(int32).max); // D = 1: invSqrt = 2^30
        assertEq(LibCanon.attnScore(type(int256).min, 1), type(int32).min);
    }

    function test_attnScore_zeroHeadDim_reverts() public {
        vm.expectRevert(LibCanon.ZeroCount.selector);
        h.attnScore(1, 0);
    }

    function testFuzz_attnScore_matchesFormula(int256 dot, uint256 hd) public pure {
        dot = bound(dot, -(1 << 250), 1 << 250);
        hd = bound(hd, 1, 1 << 16);
        int256 inv = int256(LibCanon.isqrt((uint256(1) << 60) / hd));
        int256 d16 = _refSat(_refRshift(dot, 16));
        assertEq(int256(LibCanon.attnScore(dot, hd)), _refSat(_refRshift(d16 * inv, 30)));
    }
}

contract LibCanon_SoftmaxWeight_Test is LibCanon_TestInit {
    function test_softmaxWeight_knownValues_succeeds() public pure {
        assertEq(LibCanon.softmaxWeight(7, 7), Q30); // the maximum itself
        assertEq(LibCanon.softmaxWeight(0, 65_536), 395_007_542); // e^-1
        assertEq(LibCanon.softmaxWeight(I32_MIN, I32_MAX), 0); // score − max saturates to int32.min
        assertEq(LibCanon.softmaxWeight(I32_MAX, I32_MIN), Q30);
    }

    function testFuzz_softmaxWeight_isExpOfDifference(int256 s, int256 m) public pure {
        s = _boundI32(s);
        m = _boundI32(m);
        assertEq(LibCanon.softmaxWeight(s, m), LibCanon.expNeg(_refSat(s - m)));
    }
}

contract LibCanon_SoftmaxProb_Test is LibCanon_TestInit {
    function test_softmaxProb_knownValues_succeeds() public pure {
        assertEq(LibCanon.softmaxProb(Q30, Q30), Q30);
        assertEq(LibCanon.softmaxProb(Q30, 2 * Q30), Q30 / 2);
        assertEq(LibCanon.softmaxProb(1, 3), 357_913_941); // 2^30/3 = 357913941.33
        assertEq(LibCanon.softmaxProb(2, 3), 715_827_883); // 715827882.67
        assertEq(LibCanon.softmaxProb(0, 1), 0);
    }

    function test_softmaxProb_badInputs_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotProbability.selector, Q30 + 1));
        h.softmaxProb(Q30 + 1, 1);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NotProbability.selector, -1));
        h.softmaxProb(-1, 1);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonPositiveDivisor.selector, 0));
        h.softmaxProb(1, 0);
    }

    function testFuzz_softmaxProb_matchesFormula(int256 e, int256 sum) public pure {
        e = bound(e, 0, Q30);
        sum = bound(sum, 1, int256(1) << 60);
        int256 p = LibCanon.softmaxProb(e, sum);
        assertEq(p, _refRdiv(e << 30, sum));
        if (e <= sum) assertLe(p, Q30);
    }
}

contract LibCanon_WeightedSumFinish_Test is LibCanon_TestInit {
    function test_weightedSumFinish_knownValues_succeeds() public pure {
        assertEq(LibCanon.weightedSumFinish(1 << 29), 1); // 0.5 → 1
        assertEq(LibCanon.weightedSumFinish(-(1 << 29)), -1);
        assertEq(LibCanon.weightedSumFinish((1 << 29) - 1), 0);
        assertEq(LibCanon.weightedSumFinish(Q30 * I32_MAX), type(int32).max);
        assertEq(LibCanon.weightedSumFinish(Q30 * (I32_MAX + 1)), type(int32).max);
        assertEq(LibCanon.weightedSumFinish(type(int256).min), type(int32).min);
    }

    function testFuzz_weightedSumFinish_matchesFormula(int256 acc) public pure {
        acc = bound(acc, -(1 << 250), 1 << 250);
        assertEq(int256(LibCanon.weightedSumFinish(acc)), _refSat(_refRshift(acc, 30)));
    }
}

/*//////////////////////////////////////////////////////////////
                        ARGMAX, SAMPLING
//////////////////////////////////////////////////////////////*/

contract LibCanon_Argmax_Test is LibCanon_TestInit {
    function test_argmax_tiesToLowestIndex_succeeds() public pure {
        int32[] memory l = new int32[](5);
        l[0] = -5;
        l[1] = 7;
        l[2] = 7;
        l[3] = type(int32).min;
        l[4] = 6;
        assertEq(LibCanon.argmax(l), 1);
        int32[] memory one = new int32[](1);
        one[0] = type(int32).min;
        assertEq(LibCanon.argmax(one), 0);
        int32[] memory all = new int32[](4);
        assertEq(LibCanon.argmax(all), 0);
    }

    function test_argmax_empty_reverts() public {
        vm.expectRevert(LibCanon.EmptyInput.selector);
        h.argmax(new int32[](0));
    }

    function testFuzz_argmax_isFirstMaximum(int32[10] memory v) public pure {
        int32[] memory l = new int32[](10);
        for (uint256 i; i < 10; ++i) {
            l[i] = v[i] % 4; // many ties
        }
        uint256 a = LibCanon.argmax(l);
        for (uint256 i; i < 10; ++i) {
            if (i < a) assertLt(l[i], l[a]);
            else assertLe(l[i], l[a]);
        }
    }
}

contract LibCanon_Random_Test is LibCanon_TestInit {
    bytes32 internal constant SEED = 0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f;

    function test_random_knownValues_succeeds() public pure {
        // prover/canon Random(0x00..1f, step) as four big-endian limbs.
        assertEq(LibCanon.random(SEED, 0), 0x8ecde30af40ec9719a0dd0f9e5732ce09bab3ecf290d7a67c4bbbf294ecec649);
        assertEq(LibCanon.random(SEED, 7), 0x8e34231d958e6886dced5ef6150a0697d5e10719b23ebc7e656cf5dd57507dda);
    }

    function testFuzz_random_isKeccakOfSeedAndBe64Step(bytes32 seed, uint64 step) public pure {
        assertEq(LibCanon.random(seed, step), uint256(keccak256(abi.encodePacked(seed, step))));
    }
}

contract LibCanon_SampleWeight_Test is LibCanon_TestInit {
    function test_sampleWeight_knownValues_succeeds() public pure {
        assertEq(LibCanon.sampleWeight(3 << 16, 3 << 16, 1000), Q30);
        assertEq(LibCanon.sampleWeight(0, 65_536, 1000), 395_007_542); // e^-1
        assertEq(LibCanon.sampleWeight(0, 3 << 16, 700), 14_778_657); // e^(-3/0.7)
        assertEq(LibCanon.sampleWeight(I32_MIN, I32_MAX, 1), 0); // σ saturates
    }

    function test_sampleWeight_zeroTemperature_reverts() public {
        vm.expectRevert(LibCanon.ZeroCount.selector);
        h.sampleWeight(0, 0, 0);
    }

    function testFuzz_sampleWeight_matchesFormula(int256 l, int256 m, uint32 t) public pure {
        l = _boundI32(l);
        m = _boundI32(m);
        t = uint32(bound(t, 1, type(uint32).max));
        int256 w = LibCanon.sampleWeight(l, m, t);
        assertEq(w, LibCanon.expNeg(_refSat(_refRdiv((l - m) * 1000, int256(uint256(t))))));
        assertLe(w, Q30);
        assertGe(w, 0);
    }
}

contract LibCanon_TopPKeep_Test is LibCanon_TestInit {
    function _w(uint256 a, uint256 b, uint256 c, uint256 d) internal pure returns (uint256[] memory w) {
        w = new uint256[](4);
        (w[0], w[1], w[2], w[3]) = (a, b, c, d);
    }

    function test_topPKeep_knownValues_succeeds() public pure {
        uint256[] memory w = _w(1 << 30, 1 << 29, 1 << 28, 1 << 28); // total 2^31
        assertEq(LibCanon.topPKeep(w, 0), 4); // off
        assertEq(LibCanon.topPKeep(w, 1_000_000), 4); // off
        assertEq(LibCanon.topPKeep(w, type(uint32).max), 4);
        assertEq(LibCanon.topPKeep(w, 1), 1);
        assertEq(LibCanon.topPKeep(w, 500_000), 1); // exactly half: ≥ keeps the shortest prefix
        assertEq(LibCanon.topPKeep(w, 500_001), 2);
        assertEq(LibCanon.topPKeep(w, 750_000), 2);
        assertEq(LibCanon.topPKeep(w, 875_001), 4);
    }

    function test_topPKeep_badInputs_reverts() public {
        vm.expectRevert(LibCanon.EmptyInput.selector);
        h.topPKeep(new uint256[](0), 5);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.WeightOutOfRange.selector, (1 << 30) + 1));
        h.topPKeep(_w((1 << 30) + 1, 0, 0, 0), 5);
    }

    function testFuzz_topPKeep_isShortestPrefix(uint32[4] memory v, uint32 p) public pure {
        uint256[] memory w = _w(1 << 30, v[1] % (1 << 30), v[2] % (1 << 30), v[3] % (1 << 30));
        p = uint32(bound(p, 1, 999_999));
        uint256 k = LibCanon.topPKeep(w, p);
        uint256 total = w[0] + w[1] + w[2] + w[3];
        uint256 cum;
        for (uint256 i; i < k; ++i) {
            cum += w[i];
        }
        assertGe(cum * 1_000_000, uint256(p) * total);
        if (k > 1) assertLt((cum - w[k - 1]) * 1_000_000, uint256(p) * total);
    }
}

contract LibCanon_SampleFromWeights_Test is LibCanon_TestInit {
    function test_sampleFromWeights_knownValues_succeeds() public pure {
        uint256[] memory w = new uint256[](3);
        (w[0], w[1], w[2]) = (5, 0, 3); // W = 8
        assertEq(LibCanon.sampleFromWeights(w, 0), 0);
        assertEq(LibCanon.sampleFromWeights(w, 4), 0);
        assertEq(LibCanon.sampleFromWeights(w, 5), 2); // a zero weight is never picked
        assertEq(LibCanon.sampleFromWeights(w, 7), 2);
        assertEq(LibCanon.sampleFromWeights(w, 8), 0); // r mod W
        assertEq(LibCanon.sampleFromWeights(w, type(uint256).max), 2); // (2^256 − 1) mod 8 = 7
    }

    function test_sampleFromWeights_zeroTotal_reverts() public {
        vm.expectRevert(LibCanon.ZeroTotalWeight.selector);
        h.sampleFromWeights(new uint256[](2), 1);
        vm.expectRevert(LibCanon.ZeroTotalWeight.selector);
        h.sampleFromWeights(new uint256[](0), 1);
    }

    function testFuzz_sampleFromWeights_picksTheCoveringCandidate(uint32[5] memory v, uint256 r) public pure {
        uint256[] memory w = new uint256[](5);
        uint256 total;
        for (uint256 i; i < 5; ++i) {
            w[i] = v[i] % (1 << 30);
            total += w[i];
        }
        vm.assume(total > 0);
        uint256 pick = LibCanon.sampleFromWeights(w, r);
        uint256 before;
        for (uint256 j; j < pick; ++j) {
            before += w[j];
        }
        uint256 t = r % total;
        assertLe(before, t);
        assertGt(before + w[pick], t);
    }
}

contract LibCanon_Sample_Test is LibCanon_TestInit {
    bytes32 internal constant SEED = 0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f;

    /// @dev Logits [1, 3, 3, −1, 2, 0] (Q16.16): canonical order 1, 2, 4, 0, 5, 3.
    function _logits() internal pure returns (int32[] memory l) {
        l = new int32[](6);
        (l[0], l[1], l[2], l[3], l[4], l[5]) = (65_536, 3 << 16, 3 << 16, -65_536, 2 << 16, 0);
    }

    function _order(uint256 k) internal pure returns (uint256[] memory o) {
        uint256[6] memory full = [uint256(1), 2, 4, 0, 5, 3];
        o = new uint256[](k);
        for (uint256 i; i < k; ++i) {
            o[i] = full[i];
        }
    }

    function test_sample_matchesCanon_succeeds() public pure {
        // prover/canon Sample on the same logits, seed 0x00..1f, steps 0..3.
        uint256[4] memory plain = [uint256(0), 2, 4, 1]; // T = 1000
        uint256[4] memory topK = [uint256(4), 2, 2, 1]; // T = 700, K = 3
        uint256[4] memory topP = [uint256(2), 1, 2, 1]; // T = 1000, P = 0.5
        for (uint64 s; s < 4; ++s) {
            assertEq(LibCanon.sample(_logits(), _order(6), 1000, 0, 0, SEED, s), plain[s]);
            assertEq(LibCanon.sample(_logits(), _order(3), 700, 3, 0, SEED, s), topK[s]);
            assertEq(LibCanon.sample(_logits(), _order(6), 1000, 0, 500_000, SEED, s), topP[s]);
            assertEq(LibCanon.sample(_logits(), new uint256[](0), 0, 0, 0, SEED, s), 1); // greedy
        }
    }

    function test_sample_wrongOrder_reverts() public {
        uint256[] memory o = _order(6);
        (o[0], o[1]) = (o[1], o[0]); // 2 before 1: equal logits, higher id first
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidOrder.selector, 1));
        h.sample(_logits(), o, 1000, 0, 0, SEED, 0);
        o = _order(3);
        o[2] = 0; // skips token 4 (logit 2), which ranks before token 0
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidOrder.selector, 3));
        h.sample(_logits(), o, 700, 3, 0, SEED, 0);
        o = _order(3);
        o[2] = 1; // a duplicate
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidOrder.selector, 2));
        h.sample(_logits(), o, 700, 3, 0, SEED, 0);
        o[2] = 6; // out of range
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidOrder.selector, 2));
        h.sample(_logits(), o, 700, 3, 0, SEED, 0);
        vm.expectRevert(abi.encodeWithSelector(LibCanon.InvalidOrder.selector, 5));
        h.sample(_logits(), _order(5), 1000, 0, 0, SEED, 0); // K = 0 needs all 6
    }

    function testFuzz_sample_greedyIsArgmax(int32[7] memory v, bytes32 seed, uint64 step) public pure {
        int32[] memory l = new int32[](7);
        for (uint256 i; i < 7; ++i) {
            l[i] = v[i] % 3;
        }
        assertEq(LibCanon.sample(l, new uint256[](0), 0, 0, 0, seed, step), LibCanon.argmax(l));
    }

    /// @dev With K = 1 the top candidate is always drawn.
    function testFuzz_sample_topOneIsArgmax(int32[7] memory v, bytes32 seed, uint64 step, uint32 t) public pure {
        int32[] memory l = new int32[](7);
        for (uint256 i; i < 7; ++i) {
            l[i] = v[i];
        }
        uint256 a = LibCanon.argmax(l);
        uint256[] memory o = new uint256[](1);
        o[0] = a;
        t = uint32(bound(t, 1, type(uint32).max));
        assertEq(LibCanon.sample(l, o, t, 1, 0, seed, step), a);
    }
}

/*//////////////////////////////////////////////////////////////
                            GAS TABLE
//////////////////////////////////////////////////////////////*/

/// @dev Logs the gas of each primitive as an internal library call (data in memory), and of dotRow on LLaMA-7B
///      rows (4096 and 11008 columns) whole and in 2 and 4 chunks. Inputs come from storage so nothing is
///      constant-folded; the few gas of the gasleft() bracket are included.
contract LibCanon_Gas_Test is LibCanon_TestInit {
    int256 internal xNeg = -98_304; // −1.5
    int256 internal xPos = 98_304;
    int256 internal big = int256(1) << 100;
    uint16 internal bits = 0x2e66;
    bytes32 internal seed = keccak256("seed");

    function _log(string memory name, uint256 gas) internal pure {
        console.log(string.concat("  ", name, ": ", vm.toString(gas)));
    }

    function test_gas_primitives() public {
        int256 xn = xNeg;
        int256 xp = xPos;
        int256 b = big;
        uint16 fp = bits;
        bytes32 sd = seed;
        uint256 g;
        console.log("LibCanon gas per call (internal, gasleft bracket included):");
        g = gasleft();
        LibCanon.rshift(b, 30);
        _log("rshift", g - gasleft());
        g = gasleft();
        LibCanon.rdiv(b, xp);
        _log("rdiv", g - gasleft());
        g = gasleft();
        LibCanon.sat32(b);
        _log("sat32", g - gasleft());
        g = gasleft();
        LibCanon.isqrt(uint256(b));
        _log("isqrt", g - gasleft());
        g = gasleft();
        LibCanon.fp16ToD24(fp);
        _log("fp16ToD24", g - gasleft());
        g = gasleft();
        LibCanon.expNeg(xn);
        _log("expNeg", g - gasleft());
        g = gasleft();
        LibCanon.sigmoid(xn);
        _log("sigmoid", g - gasleft());
        g = gasleft();
        LibCanon.silu(xn);
        _log("silu", g - gasleft());
        g = gasleft();
        LibCanon.swiglu(xn, xp);
        _log("swiglu", g - gasleft());
        g = gasleft();
        LibCanon.embed(int8(int256(xn % 100)), xp);
        _log("embed", g - gasleft());
        g = gasleft();
        LibCanon.addSat(xn, xp);
        _log("addSat", g - gasleft());
        g = gasleft();
        LibCanon.rmsInv(b, 4096, xp);
        _log("rmsInv", g - gasleft());
        g = gasleft();
        LibCanon.rmsApply(xn, xp, xp);
        _log("rmsApply", g - gasleft());
        g = gasleft();
        LibCanon.ropePair(xn, xp, xp << 10, xn << 10);
        _log("ropePair", g - gasleft());
        g = gasleft();
        LibCanon.attnScore(b, 128);
        _log("attnScore", g - gasleft());
        g = gasleft();
        LibCanon.softmaxWeight(xn, xp);
        _log("softmaxWeight", g - gasleft());
        g = gasleft();
        LibCanon.softmaxProb(xp, b);
        _log("softmaxProb", g - gasleft());
        g = gasleft();
        LibCanon.weightedSumFinish(b);
        _log("weightedSumFinish", g - gasleft());
        g = gasleft();
        LibCanon.sampleWeight(xn, xp, 700);
        _log("sampleWeight", g - gasleft());
        g = gasleft();
        LibCanon.random(sd, 3);
        _log("random", g - gasleft());
        g = gasleft();
        LibCanon.finishDot(b);
        _log("finishDot", g - gasleft());

        int32[32] memory blk;
        for (uint256 i; i < 32; ++i) {
            blk[i] = int32(xn * int256(i) - xp);
        }
        g = gasleft();
        LibCanon.quantizeBlock(blk);
        _log("quantizeBlock (32)", g - gasleft());
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(uint256(seed), 1);
        g = gasleft();
        LibCanon.dotRowPartial(row, q, amax, 0, 1);
        _log("dotRowPartial (1 block, 32 weights)", g - gasleft());
        g = gasleft();
        LibCanon.embedBlock(row);
        _log("embedBlock (32)", g - gasleft());
    }

    function test_gas_dotRow() public {
        console.log("LibCanon.dotRow gas (internal, data in memory):");
        _gasRow(4096);
        _gasRow(11_008);
    }

    function _gasRow(uint256 cols) internal {
        uint256 nb = cols / 32;
        (bytes memory row, bytes memory q, int256[] memory amax) = _randomRow(uint256(seed) + cols, nb);
        for (uint256 i; i < nb; ++i) {
            if (amax[i] == 0) amax[i] = 1 << 20; // every block computed
        }
        uint256 g = gasleft();
        int32 y = LibCanon.dotRow(row, q, amax);
        g -= gasleft();
        _log(string.concat(vm.toString(cols), " cols, whole row"), g);
        for (uint256 parts = 2; parts <= 4; parts += 2) {
            (int256 acc, uint256 most) = _chunks(row, q, amax, parts);
            assertEq(LibCanon.finishDot(acc), y);
            _log(string.concat(vm.toString(cols), " cols, ", vm.toString(parts), " chunks, max per chunk"), most);
        }
    }

    function _chunks(bytes memory row, bytes memory q, int256[] memory amax, uint256 parts)
        internal
        view
        returns (int256 acc, uint256 most)
    {
        uint256 nb = amax.length;
        for (uint256 k; k < parts; ++k) {
            uint256 g = gasleft();
            acc += LibCanon.dotRowPartial(row, q, amax, k * nb / parts, (k + 1) * nb / parts);
            g -= gasleft();
            if (g > most) most = g;
        }
    }
}
// forge-lint: disable-end(unsafe-typecast, incorrect-shift)
