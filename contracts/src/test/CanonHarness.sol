// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {LibCanon} from "../lib/LibCanon.sol";
import {LibMerkle} from "../lib/LibMerkle.sol";

/// @title CanonHarness
/// @notice Test-only contract exposing LibCanon and LibMerkle as external pure functions, so the Go differential
///         tests (internal/difftest) can call them through abigen bindings and forge tests can expect their reverts.
///         The `...Batch` functions apply one scalar function element-wise, so thousands of cases take one eth_call.
/// @dev Never deployed outside tests; it holds no state.
contract CanonHarness {
    /// @notice A vector's lengths disagree in a batch call.
    error BatchLengthMismatch();

    /*//////////////////////////////////////////////////////////////
                          LIBCANON: ONE CALL EACH
    //////////////////////////////////////////////////////////////*/

    /// @notice LibCanon.rshift.
    /// @param v The value.
    /// @param s The shift.
    /// @return The rounded quotient.
    function rshift(int256 v, uint256 s) external pure returns (int256) {
        return LibCanon.rshift(v, s);
    }

    /// @notice LibCanon.rdiv.
    /// @param n The numerator.
    /// @param d The divisor.
    /// @return The rounded quotient.
    function rdiv(int256 n, int256 d) external pure returns (int256) {
        return LibCanon.rdiv(n, d);
    }

    /// @notice LibCanon.sat32.
    /// @param v The value.
    /// @return The saturated value.
    function sat32(int256 v) external pure returns (int32) {
        return LibCanon.sat32(v);
    }

    /// @notice LibCanon.isqrt.
    /// @param n The radicand.
    /// @return The floor square root.
    function isqrt(uint256 n) external pure returns (uint256) {
        return LibCanon.isqrt(n);
    }

    /// @notice LibCanon.fp16ToD24.
    /// @param h The fp16 bits.
    /// @return The scale times 2^24.
    function fp16ToD24(uint16 h) external pure returns (int256) {
        return LibCanon.fp16ToD24(h);
    }

    /// @notice LibCanon.expNeg.
    /// @param x The activation.
    /// @return e^x in Q2.30.
    function expNeg(int256 x) external pure returns (int256) {
        return LibCanon.expNeg(x);
    }

    /// @notice LibCanon.sigmoid.
    /// @param x The activation.
    /// @return sigmoid(x) in Q2.30.
    function sigmoid(int256 x) external pure returns (int256) {
        return LibCanon.sigmoid(x);
    }

    /// @notice LibCanon.silu.
    /// @param x The activation.
    /// @return SiLU(x).
    function silu(int256 x) external pure returns (int32) {
        return LibCanon.silu(x);
    }

    /// @notice LibCanon.swiglu.
    /// @param g The gate activation.
    /// @param u The up activation.
    /// @return The SwiGLU element.
    function swiglu(int256 g, int256 u) external pure returns (int32) {
        return LibCanon.swiglu(g, u);
    }

    /// @notice LibCanon.quantizeBlock.
    /// @param x The block.
    /// @return q The quants.
    /// @return amax The block maximum.
    function quantizeBlock(int32[32] memory x) external pure returns (int8[32] memory q, int256 amax) {
        return LibCanon.quantizeBlock(x);
    }

    /// @notice LibCanon.quantize.
    /// @param x The vector.
    /// @return q The packed quants.
    /// @return amax The block maxima.
    function quantize(int32[] memory x) external pure returns (bytes memory q, int256[] memory amax) {
        return LibCanon.quantize(x);
    }

    /// @notice LibCanon.blockDot.
    /// @param blk The 34-byte block.
    /// @param q The quants.
    /// @return The block sum S.
    function blockDot(bytes memory blk, int8[32] memory q) external pure returns (int256) {
        return LibCanon.blockDot(blk, q);
    }

    /// @notice LibCanon.dotRowPartial.
    /// @param row The row.
    /// @param q The packed quants.
    /// @param amax The block maxima.
    /// @param fromBlock First block.
    /// @param toBlock One past the last block.
    /// @return The exact partial sum.
    function dotRowPartial(bytes memory row, bytes memory q, int256[] memory amax, uint256 fromBlock, uint256 toBlock)
        external
        pure
        returns (int256)
    {
        return LibCanon.dotRowPartial(row, q, amax, fromBlock, toBlock);
    }

    /// @notice LibCanon.finishDot.
    /// @param acc The exact sum.
    /// @return The output activation.
    function finishDot(int256 acc) external pure returns (int32) {
        return LibCanon.finishDot(acc);
    }

    /// @notice LibCanon.dotRow.
    /// @param row The row.
    /// @param q The packed quants.
    /// @param amax The block maxima.
    /// @return The output activation.
    function dotRow(bytes memory row, bytes memory q, int256[] memory amax) external pure returns (int32) {
        return LibCanon.dotRow(row, q, amax);
    }

    /// @notice LibCanon.rowLeaf and LibCanon.rowLeafCalldata of the same row.
    /// @param row The row's raw Q8_0 blocks.
    /// @return fromMemory rowLeaf(row).
    /// @return fromCalldata rowLeafCalldata(row).
    function rowLeaf(bytes calldata row) external pure returns (bytes32 fromMemory, bytes32 fromCalldata) {
        return (LibCanon.rowLeaf(row), LibCanon.rowLeafCalldata(row));
    }

    /// @notice LibCanon.dotPacked over the blocks of `row` (34 bytes each), their quants `q` (32 each) and maxima
    ///         `am` (be64 each), the first block being block b0 of its row.
    /// @param row The blocks.
    /// @param q Their quants.
    /// @param am Their maxima.
    /// @param b0 The first block's index.
    /// @return The exact partial sum.
    function dotPacked(bytes memory row, bytes memory q, bytes memory am, uint256 b0) external pure returns (int256) {
        uint256 n = row.length / LibCanon.BLOCK_BYTES;
        if (row.length != n * LibCanon.BLOCK_BYTES || q.length != n * 32 || am.length != n * 8) {
            revert LibCanon.LengthMismatch(row.length, q.length, n);
        }
        uint256 rp;
        uint256 qp;
        uint256 ap;
        assembly ("memory-safe") {
            rp := add(row, 0x20)
            qp := add(q, 0x20)
            ap := add(am, 0x20)
        }
        return LibCanon.dotPacked(rp, qp, ap, n, b0);
    }

    /// @notice LibCanon.embed.
    /// @param q The weight.
    /// @param d24 The scale.
    /// @return The activation.
    function embed(int8 q, int256 d24) external pure returns (int32) {
        return LibCanon.embed(q, d24);
    }

    /// @notice LibCanon.embedBlock.
    /// @param blk The 34-byte block.
    /// @return The 32 activations.
    function embedBlock(bytes memory blk) external pure returns (int32[32] memory) {
        return LibCanon.embedBlock(blk);
    }

    /// @notice LibCanon.addSat.
    /// @param a An activation.
    /// @param b An activation.
    /// @return The saturated sum.
    function addSat(int256 a, int256 b) external pure returns (int32) {
        return LibCanon.addSat(a, b);
    }

    /// @notice LibCanon.sumSquares.
    /// @param x The vector.
    /// @return The exact sum of squares.
    function sumSquares(int32[] memory x) external pure returns (int256) {
        return LibCanon.sumSquares(x);
    }

    /// @notice LibCanon.rmsInv.
    /// @param sumSq The sum of squares.
    /// @param n The length.
    /// @param epsQ32 Epsilon in Q32.
    /// @return The RMSNorm divisor.
    function rmsInv(int256 sumSq, uint256 n, int256 epsQ32) external pure returns (int256) {
        return LibCanon.rmsInv(sumSq, n, epsQ32);
    }

    /// @notice LibCanon.rmsApply.
    /// @param x The activation.
    /// @param w The norm weight.
    /// @param rms The divisor.
    /// @return The normalized activation.
    function rmsApply(int256 x, int256 w, int256 rms) external pure returns (int32) {
        return LibCanon.rmsApply(x, w, rms);
    }

    /// @notice LibCanon.ropePair.
    /// @param x0 The even element.
    /// @param x1 The odd element.
    /// @param c cos in Q2.30.
    /// @param s sin in Q2.30.
    /// @return y0 The rotated even element.
    /// @return y1 The rotated odd element.
    function ropePair(int256 x0, int256 x1, int256 c, int256 s) external pure returns (int32 y0, int32 y1) {
        return LibCanon.ropePair(x0, x1, c, s);
    }

    /// @notice LibCanon.dotExact.
    /// @param a A vector.
    /// @param b A vector of the same length.
    /// @return The exact dot product.
    function dotExact(int32[] memory a, int32[] memory b) external pure returns (int256) {
        return LibCanon.dotExact(a, b);
    }

    /// @notice LibCanon.attnScore.
    /// @param dot The exact q·k.
    /// @param headDim The head dimension.
    /// @return The score.
    function attnScore(int256 dot, uint256 headDim) external pure returns (int32) {
        return LibCanon.attnScore(dot, headDim);
    }

    /// @notice LibCanon.softmaxWeight.
    /// @param score A score.
    /// @param maxScore The maximum score.
    /// @return The weight in Q2.30.
    function softmaxWeight(int256 score, int256 maxScore) external pure returns (int256) {
        return LibCanon.softmaxWeight(score, maxScore);
    }

    /// @notice LibCanon.softmaxProb.
    /// @param e The weight.
    /// @param sum The sum of weights.
    /// @return The probability in Q2.30.
    function softmaxProb(int256 e, int256 sum) external pure returns (int256) {
        return LibCanon.softmaxProb(e, sum);
    }

    /// @notice LibCanon.weightedSumFinish.
    /// @param acc The weighted sum.
    /// @return The activation.
    function weightedSumFinish(int256 acc) external pure returns (int32) {
        return LibCanon.weightedSumFinish(acc);
    }

    /// @notice LibCanon.argmax.
    /// @param logits The logits.
    /// @return The index of the largest logit.
    function argmax(int32[] memory logits) external pure returns (uint256) {
        return LibCanon.argmax(logits);
    }

    /// @notice LibCanon.random.
    /// @param seed The seed.
    /// @param step The step.
    /// @return The random word.
    function random(bytes32 seed, uint64 step) external pure returns (uint256) {
        return LibCanon.random(seed, step);
    }

    /// @notice LibCanon.sampleWeight.
    /// @param logit The logit.
    /// @param maxLogit The maximum logit.
    /// @param temperatureMilli The temperature × 1000.
    /// @return The weight in Q2.30.
    function sampleWeight(int256 logit, int256 maxLogit, uint32 temperatureMilli) external pure returns (int256) {
        return LibCanon.sampleWeight(logit, maxLogit, temperatureMilli);
    }

    /// @notice LibCanon.topPKeep.
    /// @param weights The weights in canonical order.
    /// @param topPMicro The top-p × 10^6.
    /// @return The number of candidates kept.
    function topPKeep(uint256[] memory weights, uint32 topPMicro) external pure returns (uint256) {
        return LibCanon.topPKeep(weights, topPMicro);
    }

    /// @notice LibCanon.sampleFromWeights.
    /// @param weights The kept weights.
    /// @param r The random word.
    /// @return The sampled position.
    function sampleFromWeights(uint256[] memory weights, uint256 r) external pure returns (uint256) {
        return LibCanon.sampleFromWeights(weights, r);
    }

    /// @notice LibCanon.sample.
    /// @param logits The logits.
    /// @param order The canonical top-k order.
    /// @param temperatureMilli T.
    /// @param topK K.
    /// @param topPMicro P.
    /// @param seed The seed.
    /// @param step The step.
    /// @return The sampled token id.
    function sample(
        int32[] memory logits,
        uint256[] memory order,
        uint32 temperatureMilli,
        uint32 topK,
        uint32 topPMicro,
        bytes32 seed,
        uint64 step
    ) external pure returns (uint256) {
        return LibCanon.sample(logits, order, temperatureMilli, topK, topPMicro, seed, step);
    }

    /// @notice LibCanon.dotRow and the gas its execution used (the Go tests' gas table: a transaction's
    ///         EstimateGas also counts calldata, which dominates for long rows).
    /// @param row The row.
    /// @param q The packed quants.
    /// @param amax The block maxima.
    /// @return y The output activation.
    /// @return gasUsed Gas spent inside LibCanon.dotRow (data already in memory).
    function dotRowGas(bytes memory row, bytes memory q, int256[] memory amax)
        external
        view
        returns (int32 y, uint256 gasUsed)
    {
        gasUsed = gasleft();
        y = LibCanon.dotRow(row, q, amax);
        gasUsed -= gasleft();
    }

    /// @notice LibCanon.dotRowPartial and the gas its execution used.
    /// @param row The row.
    /// @param q The packed quants.
    /// @param amax The block maxima.
    /// @param fromBlock First block.
    /// @param toBlock One past the last block.
    /// @return acc The exact partial sum.
    /// @return gasUsed Gas spent inside LibCanon.dotRowPartial.
    function dotRowPartialGas(
        bytes memory row,
        bytes memory q,
        int256[] memory amax,
        uint256 fromBlock,
        uint256 toBlock
    ) external view returns (int256 acc, uint256 gasUsed) {
        gasUsed = gasleft();
        acc = LibCanon.dotRowPartial(row, q, amax, fromBlock, toBlock);
        gasUsed -= gasleft();
    }

    /*//////////////////////////////////////////////////////////////
                          LIBCANON: BATCHES
    //////////////////////////////////////////////////////////////*/

    /// @notice LibCanon.rshift element-wise.
    /// @param v The values.
    /// @param s The shifts.
    /// @return r The results.
    function rshiftBatch(int256[] calldata v, uint256[] calldata s) external pure returns (int256[] memory r) {
        if (v.length != s.length) revert BatchLengthMismatch();
        r = new int256[](v.length);
        for (uint256 i; i < v.length; ++i) {
            r[i] = LibCanon.rshift(v[i], s[i]);
        }
    }

    /// @notice LibCanon.rdiv element-wise.
    /// @param n The numerators.
    /// @param d The divisors.
    /// @return r The results.
    function rdivBatch(int256[] calldata n, int256[] calldata d) external pure returns (int256[] memory r) {
        if (n.length != d.length) revert BatchLengthMismatch();
        r = new int256[](n.length);
        for (uint256 i; i < n.length; ++i) {
            r[i] = LibCanon.rdiv(n[i], d[i]);
        }
    }

    /// @notice LibCanon.sat32 element-wise.
    /// @param v The values.
    /// @return r The results.
    function sat32Batch(int256[] calldata v) external pure returns (int32[] memory r) {
        r = new int32[](v.length);
        for (uint256 i; i < v.length; ++i) {
            r[i] = LibCanon.sat32(v[i]);
        }
    }

    /// @notice LibCanon.isqrt element-wise.
    /// @param n The radicands.
    /// @return r The results.
    function isqrtBatch(uint256[] calldata n) external pure returns (uint256[] memory r) {
        r = new uint256[](n.length);
        for (uint256 i; i < n.length; ++i) {
            r[i] = LibCanon.isqrt(n[i]);
        }
    }

    /// @notice LibCanon.fp16ToD24 element-wise.
    /// @param h The fp16 bit patterns.
    /// @return r The results.
    function fp16ToD24Batch(uint16[] calldata h) external pure returns (int256[] memory r) {
        r = new int256[](h.length);
        for (uint256 i; i < h.length; ++i) {
            r[i] = LibCanon.fp16ToD24(h[i]);
        }
    }

    /// @notice LibCanon.expNeg element-wise.
    /// @param x The activations.
    /// @return r The results.
    function expNegBatch(int256[] calldata x) external pure returns (int256[] memory r) {
        r = new int256[](x.length);
        for (uint256 i; i < x.length; ++i) {
            r[i] = LibCanon.expNeg(x[i]);
        }
    }

    /// @notice LibCanon.sigmoid element-wise.
    /// @param x The activations.
    /// @return r The results.
    function sigmoidBatch(int256[] calldata x) external pure returns (int256[] memory r) {
        r = new int256[](x.length);
        for (uint256 i; i < x.length; ++i) {
            r[i] = LibCanon.sigmoid(x[i]);
        }
    }

    /// @notice LibCanon.silu element-wise.
    /// @param x The activations.
    /// @return r The results.
    function siluBatch(int256[] calldata x) external pure returns (int32[] memory r) {
        r = new int32[](x.length);
        for (uint256 i; i < x.length; ++i) {
            r[i] = LibCanon.silu(x[i]);
        }
    }

    /// @notice LibCanon.swiglu element-wise.
    /// @param g The gate activations.
    /// @param u The up activations.
    /// @return r The results.
    function swigluBatch(int256[] calldata g, int256[] calldata u) external pure returns (int32[] memory r) {
        if (g.length != u.length) revert BatchLengthMismatch();
        r = new int32[](g.length);
        for (uint256 i; i < g.length; ++i) {
            r[i] = LibCanon.swiglu(g[i], u[i]);
        }
    }

    /// @notice LibCanon.quantizeBlock over consecutive blocks of x.
    /// @param x The activations, a multiple of 32.
    /// @return q The quants, one int8 per element.
    /// @return amax The block maxima.
    function quantizeBlockBatch(int32[] calldata x) external pure returns (int8[] memory q, int256[] memory amax) {
        if (x.length % 32 != 0) revert BatchLengthMismatch();
        uint256 nb = x.length / 32;
        q = new int8[](x.length);
        amax = new int256[](nb);
        for (uint256 b; b < nb; ++b) {
            int32[32] memory blk;
            for (uint256 i; i < 32; ++i) {
                blk[i] = x[b * 32 + i];
            }
            (int8[32] memory qb, int256 a) = LibCanon.quantizeBlock(blk);
            for (uint256 i; i < 32; ++i) {
                q[b * 32 + i] = qb[i];
            }
            amax[b] = a;
        }
    }

    /// @notice LibCanon.dotRow for several rows against one quantized vector (a matrix-vector product).
    /// @param rows The rows.
    /// @param q The packed quants.
    /// @param amax The block maxima.
    /// @return y The outputs.
    function dotRowBatch(bytes[] memory rows, bytes memory q, int256[] memory amax)
        external
        pure
        returns (int32[] memory y)
    {
        y = new int32[](rows.length);
        for (uint256 i; i < rows.length; ++i) {
            y[i] = LibCanon.dotRow(rows[i], q, amax);
        }
    }

    /// @notice LibCanon.embed element-wise.
    /// @param q The weights.
    /// @param d24 The scales.
    /// @return r The results.
    function embedBatch(int8[] calldata q, int256[] calldata d24) external pure returns (int32[] memory r) {
        if (q.length != d24.length) revert BatchLengthMismatch();
        r = new int32[](q.length);
        for (uint256 i; i < q.length; ++i) {
            r[i] = LibCanon.embed(q[i], d24[i]);
        }
    }

    /// @notice LibCanon.addSat element-wise.
    /// @param a Activations.
    /// @param b Activations.
    /// @return r The results.
    function addSatBatch(int256[] calldata a, int256[] calldata b) external pure returns (int32[] memory r) {
        if (a.length != b.length) revert BatchLengthMismatch();
        r = new int32[](a.length);
        for (uint256 i; i < a.length; ++i) {
            r[i] = LibCanon.addSat(a[i], b[i]);
        }
    }

    /// @notice LibCanon.rmsInv element-wise.
    /// @param sumSq The sums of squares.
    /// @param n The lengths.
    /// @param eps The epsilons (Q32).
    /// @return r The results.
    function rmsInvBatch(int256[] calldata sumSq, uint256[] calldata n, int256[] calldata eps)
        external
        pure
        returns (int256[] memory r)
    {
        if (sumSq.length != n.length || n.length != eps.length) revert BatchLengthMismatch();
        r = new int256[](n.length);
        for (uint256 i; i < n.length; ++i) {
            r[i] = LibCanon.rmsInv(sumSq[i], n[i], eps[i]);
        }
    }

    /// @notice LibCanon.rmsApply element-wise.
    /// @param x Activations.
    /// @param w Norm weights.
    /// @param rms Divisors.
    /// @return r The results.
    function rmsApplyBatch(int256[] calldata x, int256[] calldata w, int256[] calldata rms)
        external
        pure
        returns (int32[] memory r)
    {
        if (x.length != w.length || w.length != rms.length) revert BatchLengthMismatch();
        r = new int32[](x.length);
        for (uint256 i; i < x.length; ++i) {
            r[i] = LibCanon.rmsApply(x[i], w[i], rms[i]);
        }
    }

    /// @notice LibCanon.ropePair element-wise; y holds (y0, y1) of pair i at 2i, 2i+1.
    /// @param x0 Even elements.
    /// @param x1 Odd elements.
    /// @param c Cosines.
    /// @param s Sines.
    /// @return y The rotated pairs, interleaved.
    function ropePairBatch(int256[] calldata x0, int256[] calldata x1, int256[] calldata c, int256[] calldata s)
        external
        pure
        returns (int32[] memory y)
    {
        if (x0.length != x1.length || x1.length != c.length || c.length != s.length) revert BatchLengthMismatch();
        y = new int32[](2 * x0.length);
        for (uint256 i; i < x0.length; ++i) {
            (y[2 * i], y[2 * i + 1]) = LibCanon.ropePair(x0[i], x1[i], c[i], s[i]);
        }
    }

    /// @notice LibCanon.attnScore element-wise.
    /// @param dot The exact dot products.
    /// @param headDim The head dimensions.
    /// @return r The results.
    function attnScoreBatch(int256[] calldata dot, uint256[] calldata headDim)
        external
        pure
        returns (int32[] memory r)
    {
        if (dot.length != headDim.length) revert BatchLengthMismatch();
        r = new int32[](dot.length);
        for (uint256 i; i < dot.length; ++i) {
            r[i] = LibCanon.attnScore(dot[i], headDim[i]);
        }
    }

    /// @notice LibCanon.softmaxWeight element-wise.
    /// @param score Scores.
    /// @param maxScore Maxima.
    /// @return r The results.
    function softmaxWeightBatch(int256[] calldata score, int256[] calldata maxScore)
        external
        pure
        returns (int256[] memory r)
    {
        if (score.length != maxScore.length) revert BatchLengthMismatch();
        r = new int256[](score.length);
        for (uint256 i; i < score.length; ++i) {
            r[i] = LibCanon.softmaxWeight(score[i], maxScore[i]);
        }
    }

    /// @notice LibCanon.softmaxProb element-wise.
    /// @param e Weights.
    /// @param sum Sums.
    /// @return r The results.
    function softmaxProbBatch(int256[] calldata e, int256[] calldata sum) external pure returns (int256[] memory r) {
        if (e.length != sum.length) revert BatchLengthMismatch();
        r = new int256[](e.length);
        for (uint256 i; i < e.length; ++i) {
            r[i] = LibCanon.softmaxProb(e[i], sum[i]);
        }
    }

    /// @notice LibCanon.weightedSumFinish element-wise.
    /// @param acc Weighted sums.
    /// @return r The results.
    function weightedSumFinishBatch(int256[] calldata acc) external pure returns (int32[] memory r) {
        r = new int32[](acc.length);
        for (uint256 i; i < acc.length; ++i) {
            r[i] = LibCanon.weightedSumFinish(acc[i]);
        }
    }

    /// @notice LibCanon.sampleWeight element-wise.
    /// @param logit Logits.
    /// @param maxLogit Maxima.
    /// @param temperatureMilli Temperatures.
    /// @return r The results.
    function sampleWeightBatch(int256[] calldata logit, int256[] calldata maxLogit, uint32[] calldata temperatureMilli)
        external
        pure
        returns (int256[] memory r)
    {
        if (logit.length != maxLogit.length || maxLogit.length != temperatureMilli.length) {
            revert BatchLengthMismatch();
        }
        r = new int256[](logit.length);
        for (uint256 i; i < logit.length; ++i) {
            r[i] = LibCanon.sampleWeight(logit[i], maxLogit[i], temperatureMilli[i]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                LIBMERKLE
    //////////////////////////////////////////////////////////////*/

    /// @notice LibMerkle.leafHash.
    /// @param data The leaf data.
    /// @return The leaf hash.
    function leafHash(bytes memory data) external pure returns (bytes32) {
        return LibMerkle.leafHash(data);
    }

    /// @notice LibMerkle.hashPair.
    /// @param left The left child.
    /// @param right The right child.
    /// @return The parent.
    function hashPair(bytes32 left, bytes32 right) external pure returns (bytes32) {
        return LibMerkle.hashPair(left, right);
    }

    /// @notice LibMerkle.rootFromProof (memory proof).
    /// @param leaf The leaf hash.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return The root.
    function rootFromProof(bytes32 leaf, uint256 index, bytes32[] memory proof) external pure returns (bytes32) {
        return LibMerkle.rootFromProof(leaf, index, proof);
    }

    /// @notice LibMerkle.rootFromProofCalldata.
    /// @param leaf The leaf hash.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return The root.
    function rootFromProofCalldata(bytes32 leaf, uint256 index, bytes32[] calldata proof)
        external
        pure
        returns (bytes32)
    {
        return LibMerkle.rootFromProofCalldata(leaf, index, proof);
    }

    /// @notice LibMerkle.verify (memory proof).
    /// @param root The root.
    /// @param leaf The leaf hash.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return Whether the proof holds.
    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] memory proof) external pure returns (bool) {
        return LibMerkle.verify(root, leaf, index, proof);
    }

    /// @notice LibMerkle.verifyCalldata.
    /// @param root The root.
    /// @param leaf The leaf hash.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return Whether the proof holds.
    function verifyCalldata(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return LibMerkle.verifyCalldata(root, leaf, index, proof);
    }

    /// @notice LibMerkle.update (memory proof).
    /// @param root The current root.
    /// @param oldLeaf The current leaf.
    /// @param newLeaf The new leaf.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return The new root.
    function update(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] memory proof)
        external
        pure
        returns (bytes32)
    {
        return LibMerkle.update(root, oldLeaf, newLeaf, index, proof);
    }

    /// @notice LibMerkle.updateCalldata.
    /// @param root The current root.
    /// @param oldLeaf The current leaf.
    /// @param newLeaf The new leaf.
    /// @param index The position.
    /// @param proof The siblings.
    /// @return The new root.
    function updateCalldata(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] calldata proof)
        external
        pure
        returns (bytes32)
    {
        return LibMerkle.updateCalldata(root, oldLeaf, newLeaf, index, proof);
    }
}
