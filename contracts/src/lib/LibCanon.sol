// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title LibCanon
/// @notice The canonical integer arithmetic of docs/arithmetic.md, bit for bit as prover/canon computes it, so that a
///         one-step verifier can re-execute any single step of the canonical LLaMA forward pass.
/// @dev Conventions (docs/arithmetic.md, "Formats"): activations are int32 Q16.16, exp outputs and probabilities are
///      Q2.30 in [0, 2^30], Q8_0 scales are D24 = d·2^24 (|D24| < 2^40). Every rounding is named: `rshift` and `rdiv`
///      round to nearest with ties away from zero, `sat32` clamps to the int32 range.
///
///      Arguments that are int32 in prover/canon (activations, logits, scores, RoPE cos/sin, norm weights) are taken
///      as int256 and must lie in the int32 range; anything else reverts with `NotInt32`. That check is what makes the
///      unchecked arithmetic below safe: every intermediate bound quoted in a comment assumes it. Functions whose
///      prover/canon counterpart takes a wider type accept the full int256 range where the result is still exact and
///      document their domain otherwise.
///
///      Q8_0 rows and quantized activation vectors are passed packed: a row is n/32 blocks of 34 bytes as in GGUF
///      (little-endian fp16 scale, then 32 int8 weights); quantized activations are n bytes (one int8 each). Packed
///      bytes keep calldata and memory 32 times smaller than int8[] arrays.
library LibCanon {
    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Fractional bits of an activation (Q16.16).
    uint256 internal constant ACT_FRAC = 16;
    /// @notice Fractional bits of exp outputs, probabilities and RoPE cos/sin (Q2.30).
    uint256 internal constant PROB_FRAC = 30;
    /// @notice Fractional bits of a Q8_0 block scale (D24).
    uint256 internal constant SCALE_FRAC = 24;
    /// @notice 1.0 in Q2.30.
    int256 internal constant ONE_Q30 = 1 << 30;
    /// @notice round(log2(e)·2^30), the constant of prover/canon's ExpNeg.
    int256 internal constant LOG2E = 1_549_082_005;
    /// @notice The matrix-vector divisor 127·2^24 (activation scale A/127, weight scale D24/2^24).
    int256 internal constant MAT_DIVISOR = 127 << 24;
    /// @notice Weights per Q8_0 block.
    uint256 internal constant BLOCK_SIZE = 32;
    /// @notice Bytes per Q8_0 block: a 2-byte fp16 scale and 32 int8 weights.
    uint256 internal constant BLOCK_BYTES = 34;
    /// @notice The largest Q2.30 sampling weight, 2^30 (= ONE_Q30).
    uint256 internal constant MAX_WEIGHT = 1 << 30;
    /// @notice Smallest int32.
    int256 internal constant INT32_MIN = -(1 << 31);
    /// @notice Largest int32.
    int256 internal constant INT32_MAX = (1 << 31) - 1;

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice A rounding shift by s bits was requested with s outside [1, 255].
    error InvalidShift(uint256 s);
    /// @notice A rounding division was requested with a divisor that is not positive.
    error NonPositiveDivisor(int256 d);
    /// @notice An fp16 Q8_0 scale is infinite or NaN (exponent 31); prover/canon refuses such models (ErrScale).
    error NonFiniteScale(uint16 h);
    /// @notice An argument that is int32 in prover/canon lies outside the int32 range.
    error NotInt32(int256 value);
    /// @notice A Q2.30 probability or weight lies outside [0, 2^30].
    error NotProbability(int256 value);
    /// @notice A D24 scale has |D24| ≥ 2^40, which no finite fp16 produces.
    error ScaleOutOfRange(int256 d24);
    /// @notice An activation block maximum A_b lies outside [0, 2^31].
    error AmaxOutOfRange(uint256 blockIndex, int256 amax);
    /// @notice A vector length is not a positive multiple of 32.
    error InvalidLength(uint256 length);
    /// @notice Row bytes, packed quants and block maxima disagree on the number of blocks.
    error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks);
    /// @notice A block range is not within [0, blocks].
    error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks);
    /// @notice A Q8_0 block is not 34 bytes long.
    error InvalidBlock(uint256 length);
    /// @notice A required input was negative.
    error NegativeInput(int256 value);
    /// @notice A count that must be positive (vector length, head dimension, temperature) is zero.
    error ZeroCount();
    /// @notice An input list is empty.
    error EmptyInput();
    /// @notice A sampling weight lies outside [0, 2^30].
    error WeightOutOfRange(uint256 weight);
    /// @notice The kept sampling weights sum to zero.
    error ZeroTotalWeight();
    /// @notice The claimed candidate order of a sampling step is not the canonical one (first bad position).
    error InvalidOrder(uint256 position);

    /*//////////////////////////////////////////////////////////////
                          ROUNDING AND CLAMPING
    //////////////////////////////////////////////////////////////*/

    /// @notice v / 2^s rounded to nearest, ties away from zero (the spec's `rshift`), for any int256 v.
    /// @dev With q = floor(v / 2^s) and r = v − q·2^s ∈ [0, 2^s): the spec's (v + 2^(s−1)) >> s for v ≥ 0 is q + (r ≥
    ///      2^(s−1)), and −((−v + 2^(s−1)) >> s) for v < 0 is q + (r > 2^(s−1)). Neither form overflows.
    /// @param v The value to shift.
    /// @param s The shift, 1 ≤ s ≤ 255.
    /// @return r The rounded quotient.
    function rshift(int256 v, uint256 s) internal pure returns (int256 r) {
        if (s == 0 || s > 255) revert InvalidShift(s);
        assembly ("memory-safe") {
            let rem := and(v, sub(shl(s, 1), 1)) // r ∈ [0, 2^s); 2^s ≤ 2^255 so the mask is exact
            // rem + (v ≥ 0) ≤ 2^s: no overflow; q + 1 cannot overflow since q ≤ (2^255 − 1) / 2.
            r := add(sar(s, v), gt(add(rem, iszero(slt(v, 0))), shl(sub(s, 1), 1)))
        }
    }

    /// @notice n / d rounded to nearest, ties away from zero (the spec's `rdiv`), for any int256 n and d > 0.
    /// @dev |n| ≤ 2^255 and d/2 < 2^254 as uint256, so |n| + d/2 does not overflow; the quotient is at most 2^255
    ///      (n = int256.min, d = 1), which negates back to int256.min.
    /// @param n The numerator.
    /// @param d The divisor, positive.
    /// @return r The rounded quotient.
    function rdiv(int256 n, int256 d) internal pure returns (int256 r) {
        if (d <= 0) revert NonPositiveDivisor(d);
        assembly ("memory-safe") {
            let neg := slt(n, 0)
            let a := n
            if neg { a := sub(0, n) }
            r := div(add(a, shr(1, d)), d)
            if neg { r := sub(0, r) }
        }
    }

    /// @notice v clamped to [−2^31, 2^31 − 1] (the spec's `sat32`).
    /// @param v Any value.
    /// @return r The saturated value.
    function sat32(int256 v) internal pure returns (int32 r) {
        assembly ("memory-safe") {
            if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) } // −2^31
            if sgt(v, 0x7fffffff) { v := 0x7fffffff }
            r := v
        }
    }

    /// @notice floor(sqrt(n)) for any uint256 n (the spec's `isqrt`).
    /// @dev Newton's method from z0 = 2^⌊(log2 n + 2)/2⌋, which satisfies √n < z0 ≤ 2√n. The integer iterate
    ///      z' = ⌊(z + ⌊n/z⌋)/2⌋ never drops below ⌊√n⌋ and never exceeds the real iterate, whose relative error
    ///      from a factor 2 is 0.25, 2.5e-2, 3.1e-4, 4.7e-8, 1.1e-15, 5.8e-31, 1.7e-61 after 1..7 steps: after 7 it is
    ///      below 2^-128 ≤ 1/√n, so z ∈ {⌊√n⌋, ⌊√n⌋ + 1} and one comparison finishes. n = 0 gives 0 (EVM div by 0 is 0).
    /// @param n The radicand.
    /// @return z The floor square root.
    function isqrt(uint256 n) internal pure returns (uint256 z) {
        assembly ("memory-safe") {
            // e = floor(log2 n) by binary search (0 for n ≤ 1).
            let e := shl(7, lt(0xffffffffffffffffffffffffffffffff, n))
            e := or(e, shl(6, lt(0xffffffffffffffff, shr(e, n))))
            e := or(e, shl(5, lt(0xffffffff, shr(e, n))))
            e := or(e, shl(4, lt(0xffff, shr(e, n))))
            e := or(e, shl(3, lt(0xff, shr(e, n))))
            e := or(e, shl(2, lt(0xf, shr(e, n))))
            e := or(e, shl(1, lt(0x3, shr(e, n))))
            e := or(e, gt(shr(e, n), 1))
            z := shl(shr(1, add(e, 2)), 1) // ≤ 2^128; z + n/z < 2^130
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := shr(1, add(z, div(n, z)))
            z := sub(z, lt(div(n, z), z))
        }
    }

    /*//////////////////////////////////////////////////////////////
                               CONVERSIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice The exact Q8_0 scale D24 = d·2^24 of IEEE binary16 bits h (prover/canon FP16ToD24).
    /// @dev Exponent 0: D24 = m (subnormal m·2^-24); otherwise (1024 + m) << (e − 1); negated for the sign bit.
    ///      |D24| ≤ 2047·2^29 < 2^40.
    /// @param h The fp16 bits.
    /// @return d The scale times 2^24.
    function fp16ToD24(uint16 h) internal pure returns (int256 d) {
        if ((h >> 10) & 31 == 31) revert NonFiniteScale(h);
        return _d24(h);
    }

    /// @notice fp16ToD24 without the finiteness check (the caller has checked the exponent is not 31).
    /// @param h The fp16 bits (only the low 16 bits are read).
    /// @return d The scale times 2^24.
    function _d24(uint256 h) private pure returns (int256 d) {
        assembly ("memory-safe") {
            let e := and(shr(10, h), 31)
            let nz := iszero(iszero(e))
            d := shl(sub(e, nz), or(and(h, 0x3ff), shl(10, nz)))
            if and(shr(15, h), 1) { d := sub(0, d) }
        }
    }

    /*//////////////////////////////////////////////////////////////
                          EXP, SIGMOID, SILU, SWIGLU
    //////////////////////////////////////////////////////////////*/

    /// @notice e^x in Q2.30 for an activation x (Q16.16) as prover/canon ExpNeg: x ≥ 0 gives 2^30; otherwise
    ///         a = rshift(−x·LOG2E, 16), n = a >> 30, u = a mod 2^30, 0 if n > 30, else the degree-10 Horner
    ///         polynomial of 2^-u in Q30 (one rshift by 30 per step) shifted right (rounding) by n.
    /// @param x An activation in the int32 range.
    /// @return r e^x in Q2.30, in [0, 2^30].
    function expNeg(int256 x) internal pure returns (int256 r) {
        _checkInt32(x);
        return _expNeg(x);
    }

    /// @notice expNeg for x already known to be in the int32 range.
    /// @param x An activation in the int32 range.
    /// @return r e^x in Q2.30.
    function _expNeg(int256 x) private pure returns (int256 r) {
        assembly ("memory-safe") {
            // rshift(v, 30) for |v| < 2^254: the addition form of the spec (−1 for negatives turns the floor
            // of the arithmetic shift into the away-from-zero rounding of the negated value).
            function rs30(v) -> w {
                w := sar(30, add(v, sub(0x20000000, slt(v, 0))))
            }
            switch slt(x, 0)
            case 0 { r := 0x40000000 }
            default {
                // −x ∈ [1, 2^31] and LOG2E < 2^31: the product is < 2^62 and positive.
                let a := shr(16, add(mul(sub(0, x), 1549082005), 0x8000))
                let n := shr(30, a)
                if lt(n, 31) {
                    let u := and(a, 0x3fffffff) // u ∈ [0, 2^30)
                    // Horner, c10 first: Σ|c_k| = 2^31 − 1, so with one rounding unit per step |p| < 2^32 and
                    // |p·u| < 2^62 throughout.
                    let p := 8
                    p := add(rs30(mul(p, u)), sub(0, 109))
                    p := add(rs30(mul(p, u)), 1419)
                    p := add(rs30(mul(p, u)), sub(0, 16377))
                    p := add(rs30(mul(p, u)), 165394)
                    p := add(rs30(mul(p, u)), sub(0, 1431680))
                    p := add(rs30(mul(p, u)), 10327387)
                    p := add(rs30(mul(p, u)), sub(0, 59597083))
                    p := add(rs30(mul(p, u)), 257941248)
                    p := add(rs30(mul(p, u)), sub(0, 744261118))
                    p := add(rs30(mul(p, u)), 1073741824)
                    // p ≈ 2^(30−u/2^30) ∈ (2^29, 2^30]; n ≥ 1 is a rounding shift by n ≤ 30 (p > 0).
                    switch n
                    case 0 { r := p }
                    default { r := sar(n, add(p, sub(shl(sub(n, 1), 1), slt(p, 0)))) }
                }
            }
        }
    }

    /// @notice sigmoid(x) = 1/(1 + e^-x) in Q2.30 (prover/canon Sigmoid): x ≥ 0 gives
    ///         rdiv(2^60, 2^30 + expNeg(−x)), x < 0 gives rdiv(expNeg(x)·2^30, 2^30 + expNeg(x)).
    /// @param x An activation in the int32 range.
    /// @return r sigmoid(x) in Q2.30.
    function sigmoid(int256 x) internal pure returns (int256 r) {
        _checkInt32(x);
        return _sigmoid(x);
    }

    /// @notice sigmoid for x already known to be in the int32 range.
    /// @param x An activation in the int32 range.
    /// @return r sigmoid(x) in Q2.30.
    function _sigmoid(int256 x) private pure returns (int256 r) {
        if (x >= 0) {
            // −x ∈ [−2^31 + 1, 0] is an int32; e ∈ [0, 2^30], so the divisor is in [2^30, 2^31].
            int256 e = _expNeg(-x);
            assembly ("memory-safe") {
                let d := add(0x40000000, e)
                r := div(add(0x1000000000000000, shr(1, d)), d) // numerator 2^60 > 0: rdiv is (n + d/2) / d
            }
        } else {
            int256 e = _expNeg(x);
            assembly ("memory-safe") {
                let d := add(0x40000000, e)
                r := div(add(shl(30, e), shr(1, d)), d) // e·2^30 ≥ 0, < 2^61
            }
        }
    }

    /// @notice SiLU(x) = sat32(rshift(x·sigmoid(x), 30)), an activation (prover/canon SiLU).
    /// @param x An activation in the int32 range.
    /// @return r x·sigmoid(x) in Q16.16, saturated.
    function silu(int256 x) internal pure returns (int32 r) {
        _checkInt32(x);
        return _silu(x);
    }

    /// @notice silu for x already known to be in the int32 range.
    /// @param x An activation in the int32 range.
    /// @return r x·sigmoid(x) in Q16.16, saturated.
    function _silu(int256 x) private pure returns (int32 r) {
        int256 sg = _sigmoid(x);
        assembly ("memory-safe") {
            let v := mul(x, sg) // |x| ≤ 2^31, sg ≤ 2^30: |v| ≤ 2^61
            v := sar(30, add(v, sub(0x20000000, slt(v, 0))))
            if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
            if sgt(v, 0x7fffffff) { v := 0x7fffffff }
            r := v
        }
    }

    /// @notice One SwiGLU element: sat32(rshift(silu(g)·u, 16)) (prover/canon swiGLU).
    /// @param g The gate activation, int32 range.
    /// @param u The up-projection activation, int32 range.
    /// @return r silu(g)·u in Q16.16, saturated.
    function swiglu(int256 g, int256 u) internal pure returns (int32 r) {
        _checkInt32(g);
        _checkInt32(u);
        int256 sg = _silu(g);
        assembly ("memory-safe") {
            let v := mul(sg, u) // |v| ≤ 2^62
            v := sar(16, add(v, sub(0x8000, slt(v, 0))))
            if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
            if sgt(v, 0x7fffffff) { v := 0x7fffffff }
            r := v
        }
    }

    /*//////////////////////////////////////////////////////////////
                     QUANTIZATION AND MATRIX-VECTOR
    //////////////////////////////////////////////////////////////*/

    /// @notice Quantizes one block of 32 activations as prover/canon QuantVec.Quantize: A = max|x_i| and
    ///         q_i = rdiv(127·x_i, A) ∈ [−127, 127], all zero when A = 0.
    /// @param x The block's activations.
    /// @return q The quants.
    /// @return amax A = max|x_i| ∈ [0, 2^31].
    function quantizeBlock(int32[32] memory x) internal pure returns (int8[32] memory q, int256 amax) {
        uint256 word;
        uint256 xp;
        assembly ("memory-safe") {
            xp := x
        }
        (word, amax) = _quantize32(xp);
        assembly ("memory-safe") {
            for { let i := 0 } lt(i, 32) { i := add(i, 1) } {
                mstore(add(q, shl(5, i)), signextend(0, byte(i, word))) // a clean int8 word
            }
        }
    }

    /// @notice Quantizes a whole activation vector per block of 32 (prover/canon QuantVec.Quantize), packed for
    ///         dotRow: q holds one int8 per byte, amax one A_b per block.
    /// @param x The activations; the length must be a positive multiple of 32.
    /// @return q The quants, len(x) bytes.
    /// @return amax The block maxima A_b ∈ [0, 2^31], len(x)/32 entries.
    function quantize(int32[] memory x) internal pure returns (bytes memory q, int256[] memory amax) {
        uint256 n = x.length;
        if (n == 0 || n % BLOCK_SIZE != 0) revert InvalidLength(n);
        uint256 nb = n / BLOCK_SIZE;
        q = new bytes(n);
        amax = new int256[](nb);
        for (uint256 b; b < nb; ++b) {
            uint256 xp;
            assembly ("memory-safe") {
                xp := add(add(x, 0x20), shl(10, b))
            }
            (uint256 word, int256 a) = _quantize32(xp);
            assembly ("memory-safe") {
                mstore(add(add(q, 0x20), shl(5, b)), word) // exactly the block's 32 bytes
                mstore(add(add(amax, 0x20), shl(5, b)), a)
            }
        }
    }

    /// @notice Quantizes the 32 int32 words at memory pointer xp: A = max|x_i| and q_i = rdiv(127·x_i, A), packed
    ///         into one word (byte i = q_i), all zero when A = 0.
    /// @dev Elements are read sign-extended from their low 32 bits, so memory words need not be clean. |x_i| ≤ 2^31,
    ///      so |127·x_i| < 2^38 and the sign/magnitude form of rdiv below (|n| + A/2) / A cannot overflow; its result
    ///      has magnitude ≤ 127. Both loops are unrolled by four.
    /// @param xp Memory pointer to 32 consecutive words.
    /// @return word The quants, byte i = q_i (two's complement).
    /// @return amax A ∈ [0, 2^31].
    function _quantize32(uint256 xp) private pure returns (uint256 word, int256 amax) {
        assembly ("memory-safe") {
            function absI32(p) -> v {
                v := signextend(3, mload(p))
                let s := sar(255, v)
                v := sub(xor(v, s), s)
            }
            let end := add(xp, 0x400)
            for { let p := xp } lt(p, end) { p := add(p, 0x80) } {
                let v := absI32(p)
                if gt(v, amax) { amax := v }
                v := absI32(add(p, 0x20))
                if gt(v, amax) { amax := v }
                v := absI32(add(p, 0x40))
                if gt(v, amax) { amax := v }
                v := absI32(add(p, 0x60))
                if gt(v, amax) { amax := v }
            }
            if amax {
                // rdiv(127·x, A) = sign(x)·((127·|x| + ⌊A/2⌋) / A), as one byte.
                function q8(p, half, a) -> b {
                    let n := mul(signextend(3, mload(p)), 127)
                    let s := sar(255, n)
                    let m := div(add(sub(xor(n, s), s), half), a)
                    b := and(sub(xor(m, s), s), 0xff)
                }
                let half := shr(1, amax)
                for { let p := xp } lt(p, end) { p := add(p, 0x80) } {
                    word := or(shl(8, word), q8(p, half, amax))
                    word := or(shl(8, word), q8(add(p, 0x20), half, amax))
                    word := or(shl(8, word), q8(add(p, 0x40), half, amax))
                    word := or(shl(8, word), q8(add(p, 0x60), half, amax))
                }
            }
        }
    }

    /// @notice S = Σ_{i<32} w_i·q_i for one raw Q8_0 block (its scale is not read) and 32 quants.
    /// @dev Runs the block kernel of dotRowPartial itself, on a copy of the block whose scale is the fp16 subnormal
    ///      2^-24 (D24 = 1) with A = 1, so that D24·S·A = S: what is tested here is what dotRow executes.
    /// @param blk The 34-byte block: little-endian fp16 scale, then 32 int8 weights.
    /// @param q The quants.
    /// @return s The exact block sum, |s| ≤ 32·128·128 = 2^19.
    function blockDot(bytes memory blk, int8[32] memory q) internal pure returns (int256 s) {
        if (blk.length != BLOCK_BYTES) revert InvalidBlock(blk.length);
        bytes memory one = new bytes(BLOCK_BYTES);
        bytes memory qp = new bytes(BLOCK_SIZE);
        int256[] memory a = new int256[](1);
        a[0] = 1;
        assembly ("memory-safe") {
            mstore(add(one, 0x22), mload(add(blk, 0x22))) // the weights
            mstore8(add(one, 0x20), 1) // fp16 0x0001, little-endian: D24 = 1
            let w := 0
            for { let i := 0 } lt(i, 32) { i := add(i, 1) } {
                w := or(shl(8, w), and(mload(add(q, shl(5, i))), 0xff))
            }
            mstore(add(qp, 0x20), w)
        }
        return dotRowPartial(one, qp, a, 0, 1);
    }

    /// @notice acc = Σ_{b ∈ [fromBlock, toBlock)} D24_b·S_b·A_b, the exact partial sum of a Q8_0 row times a quantized
    ///         vector, in block order. Sums over consecutive block ranges add up to the whole row's sum, so a long
    ///         row can be checked in chunks and finished once with finishDot.
    /// @dev Reverts with NonFiniteScale for the first block of the range whose scale is not finite, or AmaxOutOfRange
    ///      for the first with A_b ∉ [0, 2^31]. Blocks with A_b = 0 contribute 0 and their weights are not read
    ///      (prover/canon skips them too). Each term is < 2^40·2^19·2^31 = 2^90 in magnitude and there are fewer
    ///      than 2^64 blocks, so the int256 sum is exact.
    ///
    ///      The block kernel S = Σ_{i<32} w_i·q_i takes four multiplications instead of 32 byte extractions: the
    ///      weights (bytes 2..33 of the block) and the quants are each one word of 32 packed int8. With the biased
    ///      bytes w' = w + 128 and q' = q + 128 (an xor with 0x80), all in [0, 255],
    ///      Σ w·q = Σ w'·q' − 128·(Σ w' + Σ q') + 32·128². View a word as eight 32-bit lanes of four bytes. For each
    ///      byte offset k < 4, G_k holds byte k of every lane of w' (lane a: element 31 − 4a − k) and H_k byte k of
    ///      every lane of q' after reversing the lane order (lane b: element 3 + 4b − k). As integers,
    ///      G_k·H_k = Σ_m c_m·2^(32m) with c_m = Σ_{a+b=m} G_k[a]·H_k[b]; for m = 7, b = 7 − a pairs equal elements,
    ///      so Σ_k c_7 = Σ w'·q'. Every c_m of the four products together is ≤ 32·255² = 2080800 < 2^32, so no lane
    ///      carries into the next; lane 7 is the top 32 bits and the wrap mod 2^256 only drops lanes above it.
    ///      Σ w' + Σ q' sums the G_k and H_k lane-wise (≤ 8·255 per lane) and multiplies by 0x00000001…00000001,
    ///      which accumulates all lanes into lane 7 (≤ 16320). A 4096-column row costs ~106k gas (~26 per weight).
    /// @param row The whole row: amax.length blocks of 34 bytes.
    /// @param q The whole quantized vector: 32·amax.length int8 bytes.
    /// @param amax The block maxima A_b.
    /// @param fromBlock First block of the range.
    /// @param toBlock One past the last block of the range.
    /// @return acc The exact partial sum.
    function dotRowPartial(bytes memory row, bytes memory q, int256[] memory amax, uint256 fromBlock, uint256 toBlock)
        internal
        pure
        returns (int256 acc)
    {
        uint256 nb = amax.length;
        if (row.length != nb * BLOCK_BYTES || q.length != nb * BLOCK_SIZE) {
            revert LengthMismatch(row.length, q.length, nb);
        }
        if (fromBlock > toBlock || toBlock > nb) revert InvalidBlockRange(fromBlock, toBlock, nb);
        uint256 bad; // 1 + the index of the first invalid block, 0 if none
        assembly ("memory-safe") {
            function blockSum(wv, qv) -> s {
                let m8 := 0x000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000ff
                let wb := xor(wv, 0x8080808080808080808080808080808080808080808080808080808080808080)
                let qb := xor(qv, 0x8080808080808080808080808080808080808080808080808080808080808080)
                // Reverse the order of q's eight 32-bit lanes (swap lanes, lane pairs, halves).
                let m := 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff
                qb := or(shl(32, and(qb, m)), and(shr(32, qb), m))
                m := 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff
                qb := or(shl(64, and(qb, m)), and(shr(64, qb), m))
                qb := or(shl(128, qb), shr(128, qb))
                // Byte k of every 32-bit lane: w' in lane order, q' in reversed lane order.
                let g := and(wb, m8)
                let h := and(qb, m8)
                let p := mul(g, h)
                let c := add(g, h)
                g := and(shr(8, wb), m8)
                h := and(shr(8, qb), m8)
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                g := and(shr(16, wb), m8)
                h := and(shr(16, qb), m8)
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                g := shr(24, and(wb, 0xff000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000))
                h := shr(24, and(qb, 0xff000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000))
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                // Lane 7 of p is Σ w'·q'; the multiplication by 0x00000001… sums c's lanes into lane 7.
                s := add(
                    sub(
                        shr(224, p),
                        shl(7, shr(224, mul(c, 0x0000000100000001000000010000000100000001000000010000000100000001)))
                    ),
                    524288
                )
            }
            let rp := add(add(row, 0x20), mul(fromBlock, 34))
            let qp := add(add(q, 0x20), shl(5, fromBlock))
            let ap := add(add(amax, 0x20), shl(5, fromBlock))
            let end := add(add(amax, 0x20), shl(5, toBlock))
            for {} lt(ap, end) {} {
                let head := mload(rp)
                let h := or(byte(0, head), shl(8, byte(1, head))) // little-endian fp16
                let e := and(shr(10, h), 31)
                let a := mload(ap)
                // e = 31: non-finite; a > 2^31 as uint256: too large or negative.
                if or(eq(e, 31), gt(a, 0x80000000)) {
                    bad := add(1, shr(5, sub(ap, add(amax, 0x20))))
                    break
                }
                if a {
                    // D24 (see fp16ToD24): |d| < 2^40, |S| ≤ 2^19, a ≤ 2^31.
                    let nz := iszero(iszero(e))
                    let d := shl(sub(e, nz), or(and(h, 0x3ff), shl(10, nz)))
                    if shr(15, h) { d := sub(0, d) }
                    acc := add(acc, mul(mul(d, blockSum(mload(add(rp, 2)), mload(qp))), a))
                }
                rp := add(rp, 34)
                qp := add(qp, 32)
                ap := add(ap, 32)
            }
        }
        if (bad != 0) _revertBadBlock(row, amax, bad - 1);
    }

    /// @notice The most Q8_0 blocks of one part of a weight row's model-root leaf (rowLeaf; prover/canon
    ///         RowPartBlocks).
    uint256 internal constant ROW_PART_BLOCKS = 128;

    /// @notice The model-root leaf of a weight row (prover/canon RowLeaf): keccak256(row) for a row of at most
    ///         ROW_PART_BLOCKS blocks, else keccak256 over keccak256 of each part of ROW_PART_BLOCKS blocks (the last
    ///         one shorter), so that one part opens with the other parts' hashes only.
    /// @param row The row's raw Q8_0 blocks.
    /// @return h The leaf.
    function rowLeaf(bytes memory row) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let n := mload(row)
            let pb := mul(ROW_PART_BLOCKS, BLOCK_BYTES)
            switch gt(n, pb)
            case 0 { h := keccak256(add(row, 0x20), n) }
            default {
                let hp := mload(0x40) // scratch above the free memory pointer
                let k := 0
                for { let from := 0 } lt(from, n) { from := add(from, pb) } {
                    let len := sub(n, from)
                    if gt(len, pb) { len := pb }
                    mstore(add(hp, shl(5, k)), keccak256(add(add(row, 0x20), from), len))
                    k := add(k, 1)
                }
                h := keccak256(hp, shl(5, k))
            }
        }
    }

    /// @notice rowLeaf of calldata bytes.
    /// @param row The row's raw Q8_0 blocks.
    /// @return h The leaf.
    function rowLeafCalldata(bytes calldata row) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let n := row.length
            let pb := mul(ROW_PART_BLOCKS, BLOCK_BYTES)
            let buf := mload(0x40) // scratch above the free memory pointer: one part, then the part hashes
            switch gt(n, pb)
            case 0 {
                calldatacopy(buf, row.offset, n)
                h := keccak256(buf, n)
            }
            default {
                let hp := add(buf, pb)
                let k := 0
                for { let from := 0 } lt(from, n) { from := add(from, pb) } {
                    let len := sub(n, from)
                    if gt(len, pb) { len := pb }
                    calldatacopy(buf, add(row.offset, from), len)
                    mstore(add(hp, shl(5, k)), keccak256(buf, len))
                    k := add(k, 1)
                }
                h := keccak256(hp, shl(5, k))
            }
        }
    }

    /// @notice Σ D24_b·S_b·A_b over n consecutive blocks, from memory pointers: rp to the blocks (34 bytes each), qp to
    ///         their quants (32 int8 each), ap to their maxima (be64 two's complement, 8 bytes each); b0 is the first
    ///         block's index in its row, for the error. The same kernel and checks as dotRowPartial (blocks with
    ///         A_b = 0 add 0 and are not read), for callers that hold the operands packed as the step proofs carry
    ///         them.
    /// @param rp Memory address of the first block.
    /// @param qp Memory address of its quants.
    /// @param ap Memory address of its maximum.
    /// @param n The number of blocks.
    /// @param b0 The first block's index in its row.
    /// @return acc The exact partial sum.
    function dotPacked(uint256 rp, uint256 qp, uint256 ap, uint256 n, uint256 b0) internal pure returns (int256 acc) {
        uint256 end = rp + n * BLOCK_BYTES;
        bool bad; // the loop stopped at an invalid block (rp, ap point at it)
        assembly ("memory-safe") {
            function blockSum(wv, qv) -> s {
                let m8 := 0x000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000ff
                let wb := xor(wv, 0x8080808080808080808080808080808080808080808080808080808080808080)
                let qb := xor(qv, 0x8080808080808080808080808080808080808080808080808080808080808080)
                let m := 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff
                qb := or(shl(32, and(qb, m)), and(shr(32, qb), m))
                m := 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff
                qb := or(shl(64, and(qb, m)), and(shr(64, qb), m))
                qb := or(shl(128, qb), shr(128, qb))
                let g := and(wb, m8)
                let h := and(qb, m8)
                let p := mul(g, h)
                let c := add(g, h)
                g := and(shr(8, wb), m8)
                h := and(shr(8, qb), m8)
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                g := and(shr(16, wb), m8)
                h := and(shr(16, qb), m8)
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                g := shr(24, and(wb, 0xff000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000))
                h := shr(24, and(qb, 0xff000000ff000000ff000000ff000000ff000000ff000000ff000000ff000000))
                p := add(p, mul(g, h))
                c := add(c, add(g, h))
                s := add(
                    sub(
                        shr(224, p),
                        shl(7, shr(224, mul(c, 0x0000000100000001000000010000000100000001000000010000000100000001)))
                    ),
                    524288
                )
            }
            for {} lt(rp, end) {} {
                let head := mload(rp)
                let h := or(byte(0, head), shl(8, byte(1, head))) // little-endian fp16
                let e := and(shr(10, h), 31)
                let a := signextend(7, shr(192, mload(ap)))
                // e = 31: non-finite; a > 2^31 as uint256: too large or negative.
                if or(eq(e, 31), gt(a, 0x80000000)) {
                    bad := 1
                    break
                }
                if a {
                    let nz := iszero(iszero(e))
                    let d := shl(sub(e, nz), or(and(h, 0x3ff), shl(10, nz)))
                    if shr(15, h) { d := sub(0, d) }
                    acc := add(acc, mul(mul(d, blockSum(mload(add(rp, 2)), mload(qp))), a))
                }
                rp := add(rp, 34)
                qp := add(qp, 32)
                ap := add(ap, 8)
            }
        }
        if (bad) {
            uint16 h;
            int256 a;
            assembly ("memory-safe") {
                let head := mload(rp)
                h := or(byte(0, head), shl(8, byte(1, head)))
                a := signextend(7, shr(192, mload(ap)))
            }
            if ((h >> 10) & 31 == 31) revert NonFiniteScale(h);
            revert AmaxOutOfRange(b0 + n - (end - rp) / BLOCK_BYTES, a);
        }
    }

    /// @notice Reverts with the error of an invalid block found by dotRowPartial: NonFiniteScale if its scale is not
    ///         finite, AmaxOutOfRange otherwise.
    /// @param row The row.
    /// @param amax The block maxima.
    /// @param b The block's index.
    function _revertBadBlock(bytes memory row, int256[] memory amax, uint256 b) private pure {
        uint16 h;
        assembly ("memory-safe") {
            let head := mload(add(add(row, 0x20), mul(b, 34)))
            h := or(byte(0, head), shl(8, byte(1, head)))
        }
        if ((h >> 10) & 31 == 31) revert NonFiniteScale(h);
        revert AmaxOutOfRange(b, amax[b]);
    }

    /// @notice y = sat32(rdiv(acc, 127·2^24)): the Q16.16 output of a row from its exact sum.
    /// @param acc The exact Σ_b D24_b·S_b·A_b (any int256).
    /// @return y The output activation.
    function finishDot(int256 acc) internal pure returns (int32 y) {
        return sat32(rdiv(acc, MAT_DIVISOR));
    }

    /// @notice One output of a Q8_0 matrix-vector product (prover/canon MatMul for one row):
    ///         y = sat32(rdiv(Σ_b D24_b·S_b·A_b, 127·2^24)).
    /// @param row The row: amax.length blocks of 34 bytes.
    /// @param q The quantized vector: 32·amax.length int8 bytes.
    /// @param amax The block maxima A_b.
    /// @return y The output activation.
    function dotRow(bytes memory row, bytes memory q, int256[] memory amax) internal pure returns (int32 y) {
        return finishDot(dotRowPartial(row, q, amax, 0, amax.length));
    }

    /*//////////////////////////////////////////////////////////////
                          EMBEDDING, RESIDUAL
    //////////////////////////////////////////////////////////////*/

    /// @notice One dequantized embedding element: sat32(rshift(q·D24, 8)).
    /// @param q The int8 weight.
    /// @param d24 The block scale, |D24| < 2^40.
    /// @return x The activation.
    function embed(int8 q, int256 d24) internal pure returns (int32 x) {
        if (d24 <= -(1 << 40) || d24 >= 1 << 40) revert ScaleOutOfRange(d24);
        assembly ("memory-safe") {
            let v := mul(signextend(0, q), d24) // |v| < 2^47 (q's unused high bits are not assumed clean)
            v := sar(8, add(v, sub(0x80, slt(v, 0))))
            if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
            if sgt(v, 0x7fffffff) { v := 0x7fffffff }
            x := v
        }
    }

    /// @notice Dequantizes one Q8_0 block of token_embd: x_i = sat32(rshift(w_i·D24, 8)).
    /// @param blk The 34-byte block.
    /// @return x The 32 activations.
    function embedBlock(bytes memory blk) internal pure returns (int32[32] memory x) {
        if (blk.length != BLOCK_BYTES) revert InvalidBlock(blk.length);
        uint16 h;
        uint256 w;
        assembly ("memory-safe") {
            let head := mload(add(blk, 0x20))
            h := or(byte(0, head), shl(8, byte(1, head)))
            w := mload(add(blk, 0x22))
        }
        if ((h >> 10) & 31 == 31) revert NonFiniteScale(h);
        int256 d = _d24(h);
        assembly ("memory-safe") {
            for { let i := 0 } lt(i, 32) { i := add(i, 1) } {
                let v := mul(signextend(0, byte(i, w)), d) // |v| < 2^47
                v := sar(8, add(v, sub(0x80, slt(v, 0))))
                if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
                if sgt(v, 0x7fffffff) { v := 0x7fffffff }
                mstore(add(x, shl(5, i)), v)
            }
        }
    }

    /// @notice Residual add: sat32(a + b).
    /// @param a An activation, int32 range.
    /// @param b An activation, int32 range.
    /// @return r The saturated sum.
    function addSat(int256 a, int256 b) internal pure returns (int32 r) {
        _checkInt32(a);
        _checkInt32(b);
        return sat32(a + b);
    }

    /*//////////////////////////////////////////////////////////////
                                 RMSNORM
    //////////////////////////////////////////////////////////////*/

    /// @notice Σ x_i², exact (the RMSNorm's ss).
    /// @param x The activations.
    /// @return ss The sum of squares, < len(x)·2^62.
    function sumSquares(int32[] memory x) internal pure returns (int256 ss) {
        assembly ("memory-safe") {
            let p := add(x, 0x20)
            let end := add(p, shl(5, mload(x)))
            for {} lt(p, end) { p := add(p, 0x20) } {
                let v := signextend(3, mload(p))
                ss := add(ss, mul(v, v))
            }
        }
    }

    /// @notice rms = max(1, isqrt(floor(ss / n) + ε)), the RMSNorm divisor in Q16.16.
    /// @param sumSq Σ x_i² (≥ 0).
    /// @param n The vector length (> 0).
    /// @param epsQ32 ε in Q32 (≥ 0).
    /// @return rms The divisor, ≥ 1.
    function rmsInv(int256 sumSq, uint256 n, int256 epsQ32) internal pure returns (int256 rms) {
        if (sumSq < 0) revert NegativeInput(sumSq);
        if (epsQ32 < 0) revert NegativeInput(epsQ32);
        if (n == 0) revert ZeroCount();
        uint256 m;
        assembly ("memory-safe") {
            m := add(div(sumSq, n), epsQ32) // both checked non-negative, so < 2^255 each: no overflow
        }
        uint256 r = isqrt(m); // < 2^128
        assembly ("memory-safe") {
            rms := add(r, iszero(r)) // max(1, r)
        }
    }

    /// @notice One RMSNorm output: sat32(rdiv(x·w, rms)).
    /// @param x The activation, int32 range.
    /// @param w The norm weight (Q16.16), int32 range.
    /// @param rms The divisor from rmsInv (> 0).
    /// @return y The normalized activation.
    function rmsApply(int256 x, int256 w, int256 rms) internal pure returns (int32 y) {
        _checkInt32(x);
        _checkInt32(w);
        return sat32(rdiv(x * w, rms)); // |x·w| ≤ 2^62
    }

    /*//////////////////////////////////////////////////////////////
                              ROPE, ATTENTION
    //////////////////////////////////////////////////////////////*/

    /// @notice Rotates one RoPE pair (prover/canon RopeTable.Apply): x0' = sat32(rshift(x0·c − x1·s, 30)),
    ///         x1' = sat32(rshift(x0·s + x1·c, 30)).
    /// @param x0 The even element, int32 range.
    /// @param x1 The odd element, int32 range.
    /// @param c cos in Q2.30, int32 range.
    /// @param s sin in Q2.30, int32 range.
    /// @return y0 The rotated even element.
    /// @return y1 The rotated odd element.
    function ropePair(int256 x0, int256 x1, int256 c, int256 s) internal pure returns (int32 y0, int32 y1) {
        _checkInt32(x0);
        _checkInt32(x1);
        _checkInt32(c);
        _checkInt32(s);
        assembly ("memory-safe") {
            function rs30sat(v) -> w {
                w := sar(30, add(v, sub(0x20000000, slt(v, 0))))
                if slt(w, not(0x7fffffff)) { w := not(0x7fffffff) }
                if sgt(w, 0x7fffffff) { w := 0x7fffffff }
            }
            // Each product is ≤ 2^62 in magnitude, each sum ≤ 2^63.
            y0 := rs30sat(sub(mul(x0, c), mul(x1, s)))
            y1 := rs30sat(add(mul(x0, s), mul(x1, c)))
        }
    }

    /// @notice Σ a_i·b_i, exact (an attention dot product q·k).
    /// @param a The first vector.
    /// @param b The second vector, same length.
    /// @return dot The exact sum, < len·2^62 in magnitude.
    function dotExact(int32[] memory a, int32[] memory b) internal pure returns (int256 dot) {
        if (a.length != b.length) revert LengthMismatch(a.length, b.length, a.length);
        assembly ("memory-safe") {
            let pa := add(a, 0x20)
            let pb := sub(add(b, 0x20), pa)
            let end := add(pa, shl(5, mload(a)))
            for {} lt(pa, end) { pa := add(pa, 0x20) } {
                dot := add(dot, mul(signextend(3, mload(pa)), signextend(3, mload(add(pa, pb))))) // |term| ≤ 2^62
            }
        }
    }

    /// @notice One attention score as prover/canon Session.attention computes it:
    ///         sat32(rshift(sat32(rshift(dot, 16))·isqrt(floor(2^60 / headDim)), 30)).
    /// @param dot The exact Σ q_i·k_i (any int256).
    /// @param headDim The head dimension D (> 0).
    /// @return score The score.
    function attnScore(int256 dot, uint256 headDim) internal pure returns (int32 score) {
        if (headDim == 0) revert ZeroCount();
        int256 inv = int256(isqrt((uint256(1) << 60) / headDim)); // ≤ 2^30
        int256 d16 = sat32(rshift(dot, ACT_FRAC));
        assembly ("memory-safe") {
            let v := mul(d16, inv) // ≤ 2^61
            v := sar(30, add(v, sub(0x20000000, slt(v, 0))))
            if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
            if sgt(v, 0x7fffffff) { v := 0x7fffffff }
            score := v
        }
    }

    /// @notice An unnormalized softmax weight: e = expNeg(sat32(score − maxScore)) in Q2.30.
    /// @param score A score, int32 range.
    /// @param maxScore The row maximum, int32 range.
    /// @return e The weight.
    function softmaxWeight(int256 score, int256 maxScore) internal pure returns (int256 e) {
        _checkInt32(score);
        _checkInt32(maxScore);
        return _expNeg(sat32(score - maxScore));
    }

    /// @notice A softmax probability: rdiv(e·2^30, sum) in Q2.30.
    /// @param e The weight, in [0, 2^30].
    /// @param sum Σ e over the row (> 0).
    /// @return p The probability.
    function softmaxProb(int256 e, int256 sum) internal pure returns (int256 p) {
        if (e < 0 || e > ONE_Q30) revert NotProbability(e);
        return rdiv(e << PROB_FRAC, sum);
    }

    /// @notice The attention output element from Σ_t p_t·v_t: sat32(rshift(acc, 30)).
    /// @param acc The weighted sum (any int256).
    /// @return out The activation.
    function weightedSumFinish(int256 acc) internal pure returns (int32 out) {
        return sat32(rshift(acc, PROB_FRAC));
    }

    /*//////////////////////////////////////////////////////////////
                            ARGMAX, SAMPLING
    //////////////////////////////////////////////////////////////*/

    /// @notice The index of the largest logit, ties to the lowest index (prover/canon Argmax).
    /// @dev prover/canon returns 0 for an empty slice; there is no empty vocabulary, so this reverts instead.
    /// @param logits The logits.
    /// @return best The index.
    function argmax(int32[] memory logits) internal pure returns (uint256 best) {
        uint256 n = logits.length;
        if (n == 0) revert EmptyInput();
        assembly ("memory-safe") {
            let p := add(logits, 0x20)
            let bv := signextend(3, mload(p))
            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                let v := signextend(3, mload(add(p, shl(5, i))))
                if sgt(v, bv) {
                    bv := v
                    best := i
                }
            }
        }
    }

    /// @notice The PRNG word of sampling step `step`: keccak256(seed ‖ be64(step)) as a big-endian uint256
    ///         (prover/canon Random).
    /// @param seed The job's seed.
    /// @param step The generation step (0 for the first generated token).
    /// @return r The random word.
    function random(bytes32 seed, uint64 step) internal pure returns (uint256 r) {
        assembly ("memory-safe") {
            mstore(0x00, seed)
            mstore(0x20, shl(192, step))
            r := keccak256(0x00, 0x28)
        }
    }

    /// @notice The sampling weight of one candidate: expNeg(sat32(rdiv((logit − maxLogit)·1000, T))).
    /// @param logit The candidate's logit, int32 range.
    /// @param maxLogit The largest kept logit, int32 range.
    /// @param temperatureMilli T = temperature × 1000 (> 0).
    /// @return w The weight in Q2.30.
    function sampleWeight(int256 logit, int256 maxLogit, uint32 temperatureMilli) internal pure returns (int256 w) {
        _checkInt32(logit);
        _checkInt32(maxLogit);
        if (temperatureMilli == 0) revert ZeroCount();
        // |logit − maxLogit|·1000 < 2^42
        return _expNeg(sat32(rdiv((logit - maxLogit) * 1000, int256(uint256(temperatureMilli)))));
    }

    /// @notice Top-p: the length of the shortest prefix of `weights` (candidates in canonical order) whose sum W_k
    ///         satisfies W_k·10^6 ≥ P·W_all; all of them when P = 0 or P ≥ 10^6.
    /// @param weights The candidates' weights (each in [0, 2^30]), in canonical order, after top-k.
    /// @param topPMicro P = top-p × 10^6.
    /// @return kept The number of candidates kept.
    function topPKeep(uint256[] memory weights, uint32 topPMicro) internal pure returns (uint256 kept) {
        uint256 n = weights.length;
        if (n == 0) revert EmptyInput();
        uint256 total = _sumWeights(weights, n);
        if (topPMicro == 0 || topPMicro >= 1_000_000) return n;
        unchecked {
            uint256 threshold = uint256(topPMicro) * total; // < 2^20·n·2^30
            uint256 cum;
            for (uint256 i; i < n; ++i) {
                cum += weights[i];
                if (cum * 1_000_000 >= threshold) return i + 1;
            }
        }
        return n; // unreachable: cum reaches total and total·10^6 ≥ P·total
    }

    /// @notice The index (into `weights`) of the sampled candidate: the first whose running sum of weights exceeds
    ///         r mod W, W = Σ weights.
    /// @param weights The kept candidates' weights (each in [0, 2^30]), in canonical order.
    /// @param r The random word of the step.
    /// @return index The position of the sampled candidate in `weights`.
    function sampleFromWeights(uint256[] memory weights, uint256 r) internal pure returns (uint256 index) {
        uint256 n = weights.length;
        uint256 total = _sumWeights(weights, n);
        if (total == 0) revert ZeroTotalWeight();
        unchecked {
            uint256 t = r % total;
            uint256 cum;
            for (uint256 i; i < n; ++i) {
                cum += weights[i];
                if (cum > t) return i;
            }
        }
        // unreachable: cum reaches total > t
    }

    /// @notice Σ weights, checking each is a Q2.30 weight in [0, 2^30] (so the sum of any memory-sized list fits).
    /// @param weights The weights.
    /// @param n weights.length.
    /// @return total The sum.
    function _sumWeights(uint256[] memory weights, uint256 n) private pure returns (uint256 total) {
        unchecked {
            for (uint256 i; i < n; ++i) {
                uint256 w = weights[i];
                if (w > MAX_WEIGHT) revert WeightOutOfRange(w);
                total += w;
            }
        }
    }

    /// @notice One sampling step, checkable without sorting on chain (prover/canon Sample). With temperature 0 it
    ///         is argmax. Otherwise `order` must be the canonical candidate order truncated to top-k: token ids sorted
    ///         by logit descending, ties by lower id, of length K (or n when K = 0 or K ≥ n); it is verified in
    ///         O(n + K): listed ids are distinct and strictly ranked, and every unlisted id ranks after the last listed
    ///         one. Then the weights, top-p and the keccak draw follow the spec.
    /// @param logits The logits of the step (Q16.16), one per token id.
    /// @param order The canonical order of the top-k candidates.
    /// @param temperatureMilli T (0: greedy).
    /// @param topK K (0: all).
    /// @param topPMicro P (0 or ≥ 10^6: all).
    /// @param seed The job's seed.
    /// @param step The generation step.
    /// @return token The sampled token id.
    function sample(
        int32[] memory logits,
        uint256[] memory order,
        uint32 temperatureMilli,
        uint32 topK,
        uint32 topPMicro,
        bytes32 seed,
        uint64 step
    ) internal pure returns (uint256 token) {
        if (temperatureMilli == 0) return argmax(logits);
        uint256 n = logits.length;
        if (n == 0) revert EmptyInput();
        uint256 k = topK > 0 && topK < n ? topK : n;
        if (order.length != k) revert InvalidOrder(order.length);
        _checkOrder(logits, order, n, k);
        uint256[] memory w = new uint256[](k);
        int256 mx = logits[order[0]];
        for (uint256 i; i < k; ++i) {
            w[i] = uint256(sampleWeight(logits[order[i]], mx, temperatureMilli));
        }
        uint256 kept = topPKeep(w, topPMicro);
        assembly ("memory-safe") {
            mstore(w, kept) // truncate to the kept prefix (shortening in place is memory-safe)
        }
        return order[sampleFromWeights(w, random(seed, step))];
    }

    /// @notice Reverts with InvalidOrder unless `order` (length k) is the canonical top-k order of `logits`.
    /// @param logits The logits.
    /// @param order The claimed order.
    /// @param n logits.length.
    /// @param k order.length (≥ 1).
    function _checkOrder(int32[] memory logits, uint256[] memory order, uint256 n, uint256 k) private pure {
        // One bit per token id: set when listed in `order`.
        uint256[] memory seen = new uint256[]((n + 255) >> 8);
        uint256 prev;
        for (uint256 i; i < k; ++i) {
            uint256 id = order[i];
            if (id >= n) revert InvalidOrder(i);
            bool dup;
            assembly ("memory-safe") {
                let slot := add(add(seen, 0x20), shl(5, shr(8, id)))
                let word := mload(slot)
                let bit := shl(and(id, 255), 1)
                dup := iszero(iszero(and(word, bit)))
                mstore(slot, or(word, bit))
            }
            if (dup) revert InvalidOrder(i);
            if (i > 0 && !_ranksBefore(logits, prev, id)) revert InvalidOrder(i);
            prev = id;
        }
        if (k < n) {
            for (uint256 id; id < n; ++id) {
                bool listed;
                assembly ("memory-safe") {
                    listed := and(shr(and(id, 255), mload(add(add(seen, 0x20), shl(5, shr(8, id))))), 1)
                }
                if (!listed && _ranksBefore(logits, id, prev)) revert InvalidOrder(k);
            }
        }
    }

    /// @notice Whether token a comes before token b in the canonical order (higher logit, then lower id).
    /// @param logits The logits.
    /// @param a A token id.
    /// @param b Another token id.
    /// @return True when a ranks strictly before b.
    function _ranksBefore(int32[] memory logits, uint256 a, uint256 b) private pure returns (bool) {
        int32 la = logits[a];
        int32 lb = logits[b];
        return la > lb || (la == lb && a < b);
    }

    /*//////////////////////////////////////////////////////////////
                                 CHECKS
    //////////////////////////////////////////////////////////////*/

    /// @notice Reverts with NotInt32 unless x is in the int32 range.
    /// @param x The value.
    function _checkInt32(int256 x) private pure {
        if (x < INT32_MIN || x > INT32_MAX) revert NotInt32(x);
    }
}
