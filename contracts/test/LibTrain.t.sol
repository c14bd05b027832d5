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
}
