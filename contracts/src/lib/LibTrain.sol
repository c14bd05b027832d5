// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Casts are between two's-complement widths the Go code converts between (bounded or wrapping by design).
// forge-lint: disable-start(unsafe-typecast)

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

    /// @notice v mod 2^64 as a signed int64 (Go's int64 arithmetic wraps).
    function wrap64(int256 v) internal pure returns (int256 r) {
        assembly ("memory-safe") {
            r := signextend(7, v)
        }
    }

    /// @notice v mod 2^128 as a signed int128 (train.Int128's additions wrap).
    function wrap128(int256 v) internal pure returns (int256 r) {
        assembly ("memory-safe") {
            r := signextend(15, v)
        }
    }

    /// @notice v mod 2^32 as a signed int32 (Go's int32(·) conversion).
    function wrap32(int256 v) internal pure returns (int256 r) {
        assembly ("memory-safe") {
            r := signextend(3, v)
        }
    }

    /// @notice train.Int128.RDivSat64: a / d rounded to nearest (ties away from zero), saturated to ±(2^63 − 1).
    /// @param a An int128 value.
    /// @param d The divisor (a uint64, > 0).
    function rdivSat64(int256 a, uint256 d) internal pure returns (int256) {
        if (d == 0) revert NonPositive("divisor", 0);
        bool neg = a < 0;
        uint256 q = ((neg ? uint256(-a) : uint256(a)) + d / 2) / d;
        if (q > uint256(uint64(type(int64).max))) q = uint256(uint64(type(int64).max));
        return neg ? -int256(q) : int256(q);
    }

    /// @notice train.Int128.RShiftSat32: sat32(rdivSat64(a, 2^s)).
    function rshiftSat32(int256 a, uint256 s) internal pure returns (int32) {
        return LibCanon.sat32(rdivSat64(a, uint256(1) << s));
    }

    /// @notice train.MulShift: the exact a·b divided by 2^s, rounded, saturated to ±(2^63 − 1) (int64 a, b).
    function mulShift(int256 a, int256 b, uint256 s) internal pure returns (int256) {
        return rdivSat64(a * b, uint256(1) << s);
    }

    /// @notice train.LnQ16: ln(S / 2^30) in Q16 for S > 0 (the log2 by 30 squarings, times ln 2).
    /// @param s The softmax sum (an honest one is ≥ 2^30).
    function lnQ16(int256 s) internal pure returns (int256) {
        if (s <= 0) revert NonPositive("cross-entropy sum", s);
        int256 k = int256(_bitLen(uint256(s))) - 31;
        int256 z = s;
        if (k > 0) z = LibCanon.rshift(s, uint256(k));
        else if (k < 0) z = wrap64(s << uint256(-k));
        if (z >= 1 << 31) {
            k++;
            z = 1 << 30;
        }
        int256 f;
        for (uint256 i; i < 30; ++i) {
            z = LibCanon.rshift(wrap64(z * z), 30);
            f *= 2;
            if (z >= 1 << 31) {
                z = LibCanon.rshift(z, 1);
                f++;
            }
        }
        int256 log2 = wrap64(k * (1 << 30) + f);
        return LibCanon.rshift(mulShift(log2, 744261118, 30), 14);
    }

    function _bitLen(uint256 x) private pure returns (uint256 n) {
        while (x > 0) {
            x >>= 1;
            n++;
        }
    }

    /// @notice train.PowQ32: b^t in Q32 by square-and-multiply over t's bits from the most significant.
    function powQ32(int256 b, uint256 t) internal pure returns (int256 acc) {
        acc = 1 << 32;
        for (uint256 i = _bitLen(t); i > 0;) {
            --i;
            acc = mulShift(acc, acc, 32);
            if ((t >> i) & 1 == 1) acc = mulShift(acc, b, 32);
        }
    }

    /// @notice train.Hyper.LRAt: LR before the decay, LRFinal after it, LR − ⌊(LR − LRFinal)·(step − from)/steps⌋
    ///         (int64, truncating) inside.
    function lrAt(int256 lr, int256 lrFinal, uint256 from, uint256 steps, uint256 step) internal pure returns (int256) {
        if (steps == 0 || step <= from) return lr;
        if (step - from >= steps) return lrFinal;
        int256 prod = wrap64(wrap64(lr - lrFinal) * wrap64(int256(step - from)));
        return wrap64(lr - prod / wrap64(int256(steps)));
    }

    /// @notice train.MulDiv: the exact a·b divided by uint64(d), rounded, saturated (d's low 64 bits, ≠ 0).
    function mulDiv(int256 a, int256 b, int256 d) internal pure returns (int256) {
        return rdivSat64(a * b, uint256(d) & MASK64);
    }
}
