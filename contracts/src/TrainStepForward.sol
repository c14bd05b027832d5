// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Values are two's-complement words of fixed widths, as the Go machine holds them.
// forge-lint: disable-start(unsafe-typecast, divide-before-multiply)

import {TrainStepBase} from "./TrainStepBase.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibTrain} from "./lib/LibTrain.sol";

/// @title TrainStepForward
/// @notice The forward and loss micro-steps of the training machine (prover/trainvm ops.go): FMV, SCORE, SMAX, EXP,
///         PROB, WSUM, WFIN, SWIGLU, CEMAX, CEEXP, CELOSS, CEGRAD, and ROPE (with the RoPE row the proof opens against the
///         RoPE source). TrainStepVerifier calls `run` with the opened
///         leaves once it has checked them against the pre-state root; `run` checks the footprint, executes and
///         returns the leaves' new preimages. A contract of its own for the EIP-170 code-size limit.
contract TrainStepForward is TrainStepBase {
    /// @notice Checks the footprint of instruction `ins` against the opened leaves and executes it on them.
    /// @param c The run's context.
    /// @param ins op, sequence, layer, position, A, B, C.
    /// @param cs The carried pre-state.
    /// @param keys The leaves' locations, sorted.
    /// @param data The leaves' preimages.
    /// @param rope The proof's RoPE opening (ROPE and ROPEB; empty otherwise).
    /// @return The leaves' preimages after the instruction.
    function run(
        Ctx memory c,
        uint256[7] calldata ins,
        Carried memory cs,
        uint256[] memory keys,
        bytes[] memory data,
        bytes calldata rope
    ) external pure returns (bytes[] memory) {
        Proof memory pf = _view(ins, cs, keys, data);
        Locs memory f = _newLocs();
        uint256 op = pf.op;
        if (op == OP_FMV) _fmv(c, pf, f);
        else if (op == OP_ROPE) _ropeOp(c, pf, f, rope);
        else if (op == OP_SCORE || op == OP_WSUM) _attention(c, pf, f);
        else if (op == OP_SMAX || op == OP_EXP || op == OP_PROB) _softmax(c, pf, f);
        else if (op == OP_WFIN) _wfin(c, pf, f);
        else if (op == OP_SWIGLU) _swiglu(c, pf, f);
        else if (op == OP_CEMAX || op == OP_CEEXP || op == OP_CEGRAD) _ce(c, pf, f);
        else if (op == OP_CELOSS) _celoss(c, pf, f);
        else revert UnsupportedOpcode(op);
        return data;
    }

    /// @notice A matrix's tensor, input (register, offset) and output (register, offset) at (l, t) (matIO).
    struct Mat {
        uint256 tensor;
        uint256 xr;
        uint256 xo;
        uint256 yr;
        uint256 yo;
        uint256 lo;
        uint256 hi;
        bool last;
    }

    function _mat(Ctx memory c, uint256 m, uint256 l, uint256 t) internal pure returns (Mat memory x) {
        if (m == MAT_OUT) {
            (x.tensor, x.xr, x.xo, x.yr, x.yo) = (2 + c.L * PER_LAYER, R_HO, t * c.d, R_LG, 0);
            return x;
        }
        x.tensor = _block(l, [K_WQ, K_WK, K_WV, K_WO, K_WGATE, K_WUP, K_WDOWN][m]);
        if (m <= MAT_V) {
            (x.xr, x.xo) = (R_HA, _slot(c, l, t, c.d));
            (x.yr, x.yo) = m == MAT_Q ? (R_Q, _slot(c, l, t, c.d)) : (m == MAT_K ? R_K : R_V, _slot(c, l, t, c.kv));
        } else if (m == MAT_O) {
            (x.xr, x.xo, x.yr, x.yo) = (R_ATT, _slot(c, l, t, c.d), R_Y, 0);
        } else if (m == MAT_DOWN) {
            (x.xr, x.xo, x.yr, x.yo) = (R_HH, _slot(c, l, t, c.ff), R_Y, 0);
        } else {
            (x.xr, x.xo) = (R_HF, _slot(c, l, t, c.d));
            (x.yr, x.yo) = (m == MAT_GATE ? R_GT : R_U, _slot(c, l, t, c.ff));
        }
    }

    /// @notice FMV row, part, m: ACC += W[row][part]·x[part] (exact int128); the last part writes
    ///         y[row] = RShiftSat32(ACC, 24) and clears ACC.
    function _fmv(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        Mat memory m = _mat(c, pf.ic, pf.l, pf.t);
        (, uint256 cols) = _shape(c, m.tensor);
        m.lo = pf.ib * c.part;
        m.hi = m.lo + c.part < cols ? m.lo + c.part : cols;
        m.last = pf.ib + 1 == _parts(c, cols);
        _fTensor(f, TREE_WEIGHTS, m.tensor, pf.a, m.lo, m.hi);
        _fReg(f, m.xr, m.xo + m.lo, m.xo + m.hi);
        _fScalars(f);
        if (m.last) _fReg(f, m.yr, m.yo + pf.a, m.yo + pf.a + 1);
        _checkFootprint(pf, f);
        int256 acc = _scalar128(pf, SC_ACC_HI);
        // int32 products, at most 32 a run: the run's sum wraps as its terms would one by one
        for (uint256 i = m.lo; i < m.hi;) {
            (uint256 wp, uint256 wl) = _tAt(pf, TREE_WEIGHTS, m.tensor, pf.a, i, 4);
            (uint256 xp, uint256 xl, uint256 xw) = _regAt(pf, m.xr, m.xo + i);
            uint256 e = _end(i, m.hi, wl, xl);
            acc = LibTrain.wrap128(acc + _dot(wp, 4, xp, xw, e - i));
            i = e;
        }
        if (!m.last) {
            _setScalar128(pf, SC_ACC_HI, acc);
            return;
        }
        _set(pf, m.yr, m.yo + pf.a, LibTrain.rshiftSat32(acc, 24));
        _setScalar128(pf, SC_ACC_HI, 0);
    }

    /// @notice SCORE t', h: SC[t'] = AttnScore(Q head h, K_t' of its KV head); WSUM t', h: WA[i] += P[t']·V_t'[i]
    ///         (mod 2^64).
    function _attention(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 h = pf.ib;
        uint256 tk = pf.a;
        uint256 kvo = _slot(c, pf.l, tk, c.kv) + (h / (c.H / c.KV)) * c.hd;
        if (pf.op == OP_SCORE) {
            uint256 qo = _slot(c, pf.l, pf.t, c.d) + h * c.hd;
            _fReg(f, R_Q, qo, qo + c.hd);
            _fReg(f, R_K, kvo, kvo + c.hd);
            _fReg(f, R_SC, tk, tk + 1);
            _checkFootprint(pf, f);
            int256 dot;
            for (uint256 i; i < c.hd; ++i) {
                dot += _get(pf, R_Q, qo + i) * _get(pf, R_K, kvo + i);
            }
            _set(pf, R_SC, tk, LibCanon.attnScore(dot, c.hd));
            return;
        }
        _fReg(f, R_V, kvo, kvo + c.hd);
        _fReg(f, R_P, tk, tk + 1);
        _fReg(f, R_WA, 0, c.hd);
        _checkFootprint(pf, f);
        int256 pt = _get(pf, R_P, tk);
        for (uint256 i; i < c.hd; ++i) {
            _set(pf, R_WA, i, LibTrain.wrap64(_get(pf, R_WA, i) + LibTrain.wrap64(pt * _get(pf, R_V, kvo + i))));
        }
    }

    /// @notice MAX over vals (register r, [lo, hi)), starting from MAX unless first (runMax).
    function _runMax(Proof memory pf, uint256 r, uint256 lo, uint256 hi, bool first) internal pure {
        int256 mx = first ? -(1 << 31) : _get(pf, R_R, SC_MAX);
        for (uint256 i = lo; i < hi; ++i) {
            int256 v = _get(pf, r, i);
            if (v > mx) mx = v;
        }
        _set(pf, R_R, SC_MAX, mx);
    }

    /// @notice SUM (+)= Σ ExpNeg(sat32(v − MAX)) over register r's [lo, hi), each term into P unless toP is false
    ///         (runExpSum).
    function _runExpSum(Proof memory pf, uint256 r, uint256 lo, uint256 hi, bool first, bool toP) internal pure {
        int256 sum = first ? int256(0) : _get(pf, R_R, SC_SUM);
        int256 mx = _get(pf, R_R, SC_MAX);
        for (uint256 i = lo; i < hi; ++i) {
            int256 e = LibCanon.expNeg(LibCanon.sat32(LibTrain.wrap64(_get(pf, r, i) - mx)));
            if (toP) _set(pf, R_P, i, e);
            sum = LibTrain.wrap64(sum + e);
        }
        _set(pf, R_R, SC_SUM, sum);
    }

    /// @notice SMAX, EXP, PROB c, h over the key chunk c of t' ≤ t.
    function _softmax(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        c;
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < pf.t + 1 ? lo + 32 : pf.t + 1;
        _fScalars(f);
        if (pf.op != OP_PROB) _fReg(f, R_SC, lo, hi);
        if (pf.op != OP_SMAX) _fReg(f, R_P, lo, hi);
        _checkFootprint(pf, f);
        if (pf.op == OP_SMAX) return _runMax(pf, R_SC, lo, hi, pf.a == 0);
        if (pf.op == OP_EXP) return _runExpSum(pf, R_SC, lo, hi, pf.a == 0, true);
        int256 sum = _get(pf, R_R, SC_SUM);
        for (uint256 i = lo; i < hi; ++i) {
            _set(pf, R_P, i, LibCanon.softmaxProb(_get(pf, R_P, i), sum));
        }
    }

    /// @notice WFIN h: ATT[l,t][head h] = sat32(rshift(WA, 30)); WA = 0.
    function _wfin(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 o = _slot(c, pf.l, pf.t, c.d) + pf.ib * c.hd;
        _fReg(f, R_ATT, o, o + c.hd);
        _fReg(f, R_WA, 0, c.hd);
        _checkFootprint(pf, f);
        for (uint256 i; i < c.hd; ++i) {
            _set(pf, R_ATT, o + i, LibCanon.sat32(LibCanon.rshift(_get(pf, R_WA, i), 30)));
            _set(pf, R_WA, i, 0);
        }
    }

    /// @notice SWIGLU c: SG = Sigmoid(GT), S = SiLU(GT), HH = sat32(rshift(S·U, 16)) on chunk c.
    function _swiglu(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 o = _slot(c, pf.l, pf.t, c.ff);
        uint256 lo = o + pf.a * 32;
        uint256 hi = o + (pf.a * 32 + 32 < c.ff ? pf.a * 32 + 32 : c.ff);
        _fReg(f, R_GT, lo, hi);
        _fReg(f, R_U, lo, hi);
        _fReg(f, R_SG, lo, hi);
        _fReg(f, R_S, lo, hi);
        _fReg(f, R_HH, lo, hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi; ++i) {
            int256 g = _get(pf, R_GT, i);
            int256 s = LibCanon.silu(g);
            _set(pf, R_SG, i, LibCanon.sigmoid(g));
            _set(pf, R_S, i, s);
            _set(pf, R_HH, i, LibCanon.sat32(LibCanon.rshift(s * _get(pf, R_U, i), 16)));
        }
    }

    /// @notice CEMAX, CEEXP, CEGRAD c over the logit chunk c.
    function _ce(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < c.V ? lo + 32 : c.V;
        _fReg(f, R_LG, lo, hi);
        _fScalars(f);
        uint256 y;
        if (pf.op == OP_CEGRAD) {
            y = _fTok(c, pf, f, pf.t + 1);
            _fReg(f, R_DL, lo, hi);
        }
        _checkFootprint(pf, f);
        if (pf.op == OP_CEMAX) return _runMax(pf, R_LG, lo, hi, pf.a == 0);
        if (pf.op == OP_CEEXP) return _runExpSum(pf, R_LG, lo, hi, pf.a == 0, false);
        int256 mx = _get(pf, R_R, SC_MAX);
        int256 sum = _get(pf, R_R, SC_SUM);
        for (uint256 v = lo; v < hi; ++v) {
            int256 p =
                LibCanon.softmaxProb(LibCanon.expNeg(LibCanon.sat32(LibTrain.wrap64(_get(pf, R_LG, v) - mx))), sum);
            if (v == y) p -= 1 << 30;
            _set(pf, R_DL, v, LibTrain.wrap32(LibCanon.rshift(p, 6)));
        }
    }

    /// @notice CELOSS: LOSS += lnQ16(SUM) + MAX − LG[y], y = TOK[t+1] (int64, wrapping).
    function _celoss(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 y = _fTok(c, pf, f, pf.t + 1);
        _fScalars(f);
        _fReg(f, R_LG, y, y + 1);
        _checkFootprint(pf, f);
        int256 loss = LibTrain.wrap64(LibTrain.lnQ16(_get(pf, R_R, SC_SUM)) + _get(pf, R_R, SC_MAX) - _get(pf, R_LG, y));
        _set(pf, R_R, SC_LOSS, LibTrain.wrap64(_get(pf, R_R, SC_LOSS) + loss));
    }
}
