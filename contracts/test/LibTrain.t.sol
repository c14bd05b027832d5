// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {LibTrain} from "../src/lib/LibTrain.sol";

// Test code converts between integer widths on purpose (bounded fuzz inputs, reference formulas).
// forge-lint: disable-start(unsafe-typecast, incorrect-shift)

/// @dev External wrappers, so that reverts happen in a call vm.expectRevert can see.
contract LibTrainHarness {
    function rms(uint256 ss, uint256 n, uint256 eps) external pure returns (int256) {
        return LibTrain.rms(ss, n, eps);
    }

    function normHat(int256 x, int256 r) external pure returns (int32) {
        return LibTrain.normHat(x, r);
    }

    function lnQ16(int256 s) external pure returns (int256) {
        return LibTrain.lnQ16(s);
    }
}

/// @notice LibTrain against plain reference formulas (the Go expressions of prover/canon and prover/train), with
///         fixed vectors at the edges and fuzzing.
contract LibTrainTest is Test {
    LibTrainHarness internal h = new LibTrainHarness();

    // ------------------------------------------------------------ references
    /// @dev roundShift: v ≥ 0 ? (v + 2^(s−1)) >> s : −((−v + 2^(s−1)) >> s).
    function refRshift(int256 v, uint256 s) internal pure returns (int256) {
        if (v >= 0) return int256((uint256(v) + (1 << (s - 1))) >> s);
        return -int256((uint256(-v) + (1 << (s - 1))) >> s);
    }

    /// @dev roundDiv for d > 0: n ≥ 0 ? (n + d/2) / d : −((−n + d/2) / d).
    function refRdiv(int256 n, int256 d) internal pure returns (int256) {
        if (n >= 0) return (n + d / 2) / d;
        return -((-n + d / 2) / d);
    }

    function refSat32(int256 v) internal pure returns (int32) {
        if (v > type(int32).max) return type(int32).max;
        if (v < type(int32).min) return type(int32).min;
        return int32(v);
    }

    /// @dev floor(sqrt(m)) by bisection.
    function refIsqrt(uint256 m) internal pure returns (uint256 lo) {
        uint256 hi = 1 << 33; // m < 2^64
        while (lo + 1 < hi) {
            uint256 mid = (lo + hi) / 2;
            if (mid * mid <= m) lo = mid;
            else hi = mid;
        }
    }

    // ------------------------------------------------------------ vectors
    function test_RmsVectors() public pure {
        assertEq(LibTrain.NORM_EPS_Q32, 42950);
        assertEq(LibTrain.rms(0, 64, 42950), 207); // isqrt(42950)
        assertEq(LibTrain.rms(0, 64, 0), 1); // max(1, 0)
        assertEq(LibTrain.rms(64 * 65536 * 65536, 64, 0), 65536);
        // the uint64 sum wraps as Go's does: (2^64 − 1) + 42950 ≡ 42949
        assertEq(LibTrain.rms(type(uint64).max, 1, 42950), 207);
        assertEq(LibTrain.rms(uint256(type(uint64).max) * 3 + 2, 3, 0), int256(refIsqrt(type(uint64).max)));
    }

    function test_RmsRefusesAQuotientOver64Bits() public {
        vm.expectRevert(abi.encodeWithSelector(LibTrain.RmsQuotientOverflow.selector, uint256(1) << 64, 1));
        h.rms(uint256(1) << 64, 1, 0);
    }

    function test_NormVectors() public pure {
        assertEq(LibTrain.normHat(1, 1), 65536);
        assertEq(LibTrain.normHat(-3, 2), -98304);
        assertEq(LibTrain.normHat(type(int32).max, 1), type(int32).max); // saturates
        assertEq(LibTrain.normHat(type(int32).min, 1), type(int32).min);
        assertEq(LibTrain.normHat(1, 131072), 1); // 0.5 rounds away from zero
        assertEq(LibTrain.normHat(-1, 131072), -1);
        assertEq(LibTrain.normOut(1 << 23, 1), 1); // 0.5 rounds away from zero
        assertEq(LibTrain.normOut(-(1 << 23), 1), -1);
        assertEq(LibTrain.normOut(type(int32).max, type(int32).max), type(int32).max);
        assertEq(LibTrain.embed(128), 1);
        assertEq(LibTrain.embed(-128), -1);
        assertEq(LibTrain.embed(127), 0);
        assertEq(LibTrain.embed(type(int32).min), -(1 << 23));
    }

    function test_NormRefusesANonPositiveR() public {
        vm.expectRevert(abi.encodeWithSelector(LibTrain.NonPositive.selector, "norm r", int256(0)));
        h.normHat(5, 0);
        vm.expectRevert(abi.encodeWithSelector(LibTrain.NonPositive.selector, "norm r", int256(-7)));
        h.normHat(5, -7);
    }

    function test_WrappingAdds() public pure {
        assertEq(LibTrain.add64(type(uint64).max, 2), 1);
        assertEq(LibTrain.addU128(type(uint128).max, 5), 4);
        assertEq(LibTrain.addU128(1 << 64, 1 << 64), 1 << 65);
    }

    // ------------------------------------------------------------ fuzz
    function testFuzz_RmsIsTheReference(uint128 ss, uint32 n, uint64 eps) public pure {
        n = uint32(bound(n, 1, 1 << 20));
        uint256 q = uint256(ss) / n;
        vm.assume(q <= type(uint64).max);
        uint256 m;
        unchecked {
            m = uint256(uint64(q) + eps); // Go's uint64 sum
        }
        uint256 r = refIsqrt(m);
        assertEq(LibTrain.rms(ss, n, eps), int256(r == 0 ? 1 : r));
    }

    function testFuzz_NormHatIsTheReference(int32 x, int64 r) public pure {
        r = int64(bound(r, 1, type(int64).max));
        assertEq(LibTrain.normHat(x, r), refSat32(refRdiv(int256(x) * 65536, r)));
    }

    function testFuzz_NormOutIsTheReference(int32 xh, int32 w) public pure {
        assertEq(LibTrain.normOut(xh, w), refSat32(refRshift(int256(xh) * w, 24)));
    }

    function testFuzz_EmbedIsTheReference(int32 w) public pure {
        assertEq(LibTrain.embed(w), refSat32(refRshift(w, 8)));
    }

    function testFuzz_AddU128Wraps(uint128 a, uint128 b) public pure {
        unchecked {
            assertEq(LibTrain.addU128(a, b), uint256(uint128(a + b)));
        }
    }

    // ------------------------------------------------------------ int128, MulShift, LnQ16
    /// @dev Values from prover/train (Go): LnQ16, MulShift, MulDiv.
    function test_LnQ16Vectors() public pure {
        assertEq(LibTrain.lnQ16(1 << 30), 0);
        assertEq(LibTrain.lnQ16(1 << 31), 45426);
        assertEq(LibTrain.lnQ16(3 << 30), 71999);
        assertEq(LibTrain.lnQ16(10_000_000_000), 146239);
        assertEq(LibTrain.lnQ16(1 << 62), 1453635);
        assertEq(LibTrain.lnQ16(1), -1362783);
        assertEq(LibTrain.lnQ16(12345), -745368);
        assertEq(LibTrain.lnQ16((1 << 31) - 1), 45426);
        assertEq(LibTrain.lnQ16(type(int64).max), 1499061);
    }

    function test_LnQ16RefusesANonPositiveSum() public {
        vm.expectRevert(abi.encodeWithSelector(LibTrain.NonPositive.selector, "cross-entropy sum", int256(0)));
        h.lnQ16(0);
    }

    function test_MulShiftVectors() public pure {
        assertEq(LibTrain.mulShift(1 << 40, 3 << 30, 30), 3298534883328);
        assertEq(LibTrain.mulShift(-(1 << 62), 1 << 62, 10), -type(int64).max); // saturates
        assertEq(LibTrain.mulShift(-5, 3, 1), -8); // −7.5 rounds away from zero
        assertEq(LibTrain.rdivSat64(21, 2), 11); // MulDiv(7, 3, 2)
        assertEq(LibTrain.rshiftSat32(type(int128).min, 24), type(int32).min);
        assertEq(LibTrain.wrap64(int256(1) << 63), type(int64).min);
        assertEq(LibTrain.wrap128(int256(type(int128).max) + 1), type(int128).min);
        assertEq(LibTrain.wrap32(int256(1) << 31), type(int32).min);
    }

    /// @dev Int128.RDivSat64 literally: (|a| + d/2) / d, saturated to 2^63 − 1, with a's sign.
    function testFuzz_RDivSat64IsTheReference(int128 a, uint64 d) public pure {
        d = uint64(bound(d, 1, type(uint64).max));
        uint256 abs = a < 0 ? uint256(-int256(a)) : uint256(int256(a));
        uint256 q = (abs + d / 2) / d;
        if (q > uint64(type(int64).max)) q = uint64(type(int64).max);
        int256 want = a < 0 ? -int256(q) : int256(q);
        assertEq(LibTrain.rdivSat64(a, d), want);
    }

    function testFuzz_MulShiftOfInt32sIsTheRoundedShift(int32 a, int32 b, uint8 s) public pure {
        s = uint8(bound(s, 1, 62));
        assertEq(LibTrain.mulShift(a, b, s), refRshift(int256(a) * b, s));
    }

    /// @dev LnQ16 is monotone and ln(2S) = ln(S) + ln 2 within a rounding unit or two.
    function testFuzz_LnQ16DoublesAddLn2(uint64 s) public pure {
        s = uint64(bound(s, 1 << 30, type(uint64).max >> 2));
        int256 a = LibTrain.lnQ16(int256(uint256(s)));
        int256 b = LibTrain.lnQ16(int256(uint256(s)) * 2);
        assertGe(b, a);
        assertApproxEqAbs(b - a, 45426, 2);
    }

    // ------------------------------------------------------------ optimizer
    /// @dev Values from prover/train (Go): PowQ32, Hyper.LRAt, MulDiv.
    function test_OptimizerVectors() public pure {
        int256 b1 = 3865470566; // ≈ 0.9 in Q32
        assertEq(LibTrain.powQ32(b1, 0), 1 << 32);
        assertEq(LibTrain.powQ32(b1, 1), b1);
        assertEq(LibTrain.powQ32(b1, 10), 1497562496);
        assertEq(LibTrain.powQ32(b1, 1000), 0);
        assertEq(LibTrain.powQ32(-b1, 3), -3131031158);
        (int256 lr, int256 lrF) = (1 << 30, 1 << 20);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 0), 1073741824);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 5), 1073741824);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 6), 1063014892);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 55), 537395200);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 104), 11775509);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 105), 1048576);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 100, 1 << 40), 1048576);
        assertEq(LibTrain.lrAt(lr, lrF, 5, 0, 1 << 40), lr); // no decay
        assertEq(LibTrain.mulDiv(1 << 40, 1 << 32, 3), type(int64).max);
        assertEq(LibTrain.mulDiv(-7, 5, 2), -18);
        assertEq(LibTrain.mulDiv(1 << 62, 1 << 62, 1), type(int64).max);
    }

    /// @dev PowQ32 by square-and-multiply is the repeated product for small exponents (each step one MulShift).
    function testFuzz_PowQ32SmallExponents(int64 b) public pure {
        int256 x = bound(b, -(1 << 33), 1 << 33);
        assertEq(LibTrain.powQ32(x, 2), LibTrain.mulShift(x, x, 32));
        int256 sq = LibTrain.mulShift(x, x, 32);
        assertEq(LibTrain.powQ32(x, 4), LibTrain.mulShift(sq, sq, 32));
    }
}
