// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {LibCanon} from "./LibCanon.sol";

/// @title LibTrain
/// @notice The integer trainer's arithmetic (docs/arithmetic.md, "Training"; prover/train, prover/trainvm ops) as the
///         training one-step verifier needs it, bit for bit: int64 and int128 values held as int256, each function
///         the Go expression it ports named in its comment.
library LibTrain {
    /// @notice SS / n does not fit 64 bits: canon.RMS's bits.Div64 would fault (no honest state has it).
    error RmsQuotientOverflow(uint256 ss, uint256 n);
    /// @notice A divisor the Go code would fault on or that no honest state holds (a norm's r ≤ 0).
    error NonPositive(string field, int256 value);

    uint256 internal constant MASK64 = 0xffffffffffffffff;
    uint256 internal constant MASK128 = 0xffffffffffffffffffffffffffffffff;

    /// @notice The norm ε of every modelgen spec (fp32 bits 0x3727c5ac = 1e-5) in Q32: canon.F32BitsToFixed.
    uint256 internal constant NORM_EPS_Q32 = 42950;

    /// @notice canon.RMS: max(1, isqrt(floor(ss / n) + ε)), the quotient a uint64 and the sum wrapping mod 2^64.
    /// @param ss The unsigned 128-bit sum of squares.
    /// @param n The vector length (> 0).
    /// @param epsQ32 ε in Q32 (< 2^64).
    /// @return r The norm divisor r ≥ 1.
    function rms(uint256 ss, uint256 n, uint256 epsQ32) internal pure returns (int256 r) {
        uint256 q = ss / n;
        if (q > MASK64) revert RmsQuotientOverflow(ss, n);
        uint256 s = LibCanon.isqrt((q + epsQ32) & MASK64);
        return int256(s == 0 ? 1 : s);
    }

    /// @notice SUMSQ's running sum: (a + b) mod 2^128 (the Go hi word wraps).
    function addU128(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            return (a + b) & MASK128;
        }
    }

    /// @notice EMBED: sat32(rshift(w, 24 − 16)) of a Q8.24 master weight.
    function embed(int256 w) internal pure returns (int32) {
        return LibCanon.sat32(LibCanon.rshift(w, 8));
    }

    /// @notice NORM's x̂ = sat32(rdiv(x·2^16, r)) for an int32 x and the norm's r (> 0).
    function normHat(int256 x, int256 r) internal pure returns (int32) {
        if (r <= 0) revert NonPositive("norm r", r);
        return LibCanon.sat32(LibCanon.rdiv(x * 65536, r));
    }

    /// @notice NORM's output sat32(rshift(x̂·w, 24)) for an int32 x̂ and a Q8.24 norm weight.
    function normOut(int256 xh, int256 w) internal pure returns (int32) {
        return LibCanon.sat32(LibCanon.rshift(xh * w, 24));
    }

    /// @notice uint64 addition, wrapping as Go's does (the cursor and step counters).
    function add64(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            return (a + b) & MASK64;
        }
    }
}
