// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Values are two's-complement words of fixed widths, as the Go machine holds them.
// forge-lint: disable-start(unsafe-typecast, divide-before-multiply)

import {TrainStepBase} from "./TrainStepBase.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibTrain} from "./lib/LibTrain.sol";

/// @title TrainStepBackward
/// @notice The backward micro-steps of the training machine (prover/trainvm backward.go): OUTER, MVT, MVTFIN,
///         RMSB, RMSBFIN, SWIGLUB, ADDG, DPV, DSK, DQFIN, DKVFIN, EMBEDB and ROPEB (with the RoPE row the proof opens against the RoPE source).
///         TrainStepVerifier calls `run` with the checked leaves, as TrainStepForward's.
contract TrainStepBackward is TrainStepBase {
    /// @notice Checks the footprint of instruction `ins` against the opened leaves and executes it on them.
    /// @param c The run's context.
    /// @param ins op, sequence, layer, position, A, B, C.
    /// @param cs The carried pre-state.
    /// @param keys The leaves' locations, sorted.
    /// @param data The leaves' preimages.
    /// @param rope The proof's RoPE opening (ROPEB; empty otherwise).
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
        if (op == OP_OUTER || op == OP_MVT || op == OP_MVTFIN) _matBack(c, pf, f);
        else if (op == OP_RMSB) _rmsb(c, pf, f);
        else if (op == OP_RMSBFIN) _rmsbFin(c, pf, f);
        else if (op == OP_SWIGLUB) _swiglub(c, pf, f);
        else if (op == OP_DPV) _dpv(c, pf, f);
        else if (op == OP_DSK) _dsk(c, pf, f);
        else if (op == OP_DQFIN || op == OP_DKVFIN || op == OP_ADDG) _fin(c, pf, f);
        else if (op == OP_EMBEDB) _embedb(c, pf, f);
        else if (op == OP_ROPEB) _ropeOp(c, pf, f, rope);
        else revert UnsupportedOpcode(op);
        return data;
    }

    /// @notice Matrix m's backward slots at (l, t) (matRefs, matGrad): tensor, input x, dy (one per row), dx.
    struct Grad {
        uint256 tensor;
        uint256 xr;
        uint256 xo;
        uint256 dyr;
        uint256 dyo;
        uint256 dxr;
        uint256 dxo;
        uint256 dxn;
        uint256 lo;
        uint256 hi;
    }

    function _grad(Ctx memory c, uint256 m, uint256 l, uint256 t) internal pure returns (Grad memory g) {
        (g.dxr, g.dxo, g.dxn) = (R_DH, t * c.d, c.d);
        if (m == MAT_OUT) {
            (g.tensor, g.xr, g.xo, g.dyr, g.dyo) = (2 + c.L * PER_LAYER, R_HO, t * c.d, R_DL, 0);
            return g;
        }
        g.tensor = _block(l, [K_WQ, K_WK, K_WV, K_WO, K_WGATE, K_WUP, K_WDOWN][m]);
        (g.xr, g.xo) = (R_HA, _slot(c, l, t, c.d));
        if (m == MAT_Q) {
            (g.dyr, g.dyo) = (R_DQ, t * c.d);
        } else if (m == MAT_K) {
            g.dyr = R_DKS;
        } else if (m == MAT_V) {
            g.dyr = R_DVS;
        } else if (m == MAT_O) {
            (g.xr, g.xo, g.dyr, g.dyo) = (R_ATT, _slot(c, l, t, c.d), R_DX, t * c.d);
            g.dxr = R_DA;
        } else if (m == MAT_GATE || m == MAT_UP) {
            (g.xr, g.xo, g.dyr, g.dyo) = (R_HF, _slot(c, l, t, c.d), m == MAT_GATE ? R_DG : R_DFF, t * c.ff);
        } else {
            (g.xr, g.xo, g.dyr, g.dyo) = (R_HH, _slot(c, l, t, c.ff), R_DX, t * c.d);
            (g.dxr, g.dxo, g.dxn) = (R_DFF, t * c.ff, c.ff);
        }
    }

    /// @notice OUTER row, part, m: G[W][row][part] += dy[row]·x[part] (mod 2^64); MVT row, part, m:
    ///         ACC[part] += W[row][part]·dy[row] (exact); MVTFIN c, mode, m: dx[c] = (dx +sat) RShiftSat32(ACC, 24),
    ///         ACC[c] = 0.
    function _matBack(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        Grad memory g = _grad(c, pf.ic, pf.l, pf.t);
        if (pf.op == OP_MVTFIN) {
            g.lo = pf.a * 32;
            g.hi = g.lo + 32 < g.dxn ? g.lo + 32 : g.dxn;
            _fReg(f, R_ACC, g.lo, g.hi);
            _fReg(f, g.dxr, g.dxo + g.lo, g.dxo + g.hi);
            _checkFootprint(pf, f);
            for (uint256 i = g.lo; i < g.hi; ++i) {
                int256 v = LibTrain.rshiftSat32(_get(pf, R_ACC, i), 24);
                if (pf.ib == 1) v = LibCanon.sat32(_get(pf, g.dxr, g.dxo + i) + v);
                _set(pf, g.dxr, g.dxo + i, v);
                _set(pf, R_ACC, i, 0);
            }
            return;
        }
        (, uint256 cols) = _shape(c, g.tensor);
        g.lo = pf.ib * c.part;
        g.hi = g.lo + c.part < cols ? g.lo + c.part : cols;
        uint256 row = pf.a;
        if (pf.op == OP_OUTER) {
            _fTensor(f, TREE_G, g.tensor, row, g.lo, g.hi);
            _fReg(f, g.xr, g.xo + g.lo, g.xo + g.hi);
            _fReg(f, g.dyr, g.dyo + row, g.dyo + row + 1);
            _checkFootprint(pf, f);
            int256 dr = _get(pf, g.dyr, g.dyo + row);
            for (uint256 i = g.lo; i < g.hi;) {
                (uint256 gp, uint256 gl) = _tAt(pf, TREE_G, g.tensor, row, i, 8);
                (uint256 xp, uint256 xl, uint256 xw) = _regAt(pf, g.xr, g.xo + i);
                for (uint256 e = _end(i, g.hi, gl, xl); i < e; ++i) {
                    _st(gp, 8, LibTrain.wrap64(_ld(gp, 8) + LibTrain.wrap64(dr * _ld(xp, xw))));
                    (gp, xp) = (gp + 8, xp + xw);
                }
            }
            return;
        }
        _fTensor(f, TREE_WEIGHTS, g.tensor, row, g.lo, g.hi);
        _fReg(f, g.dyr, g.dyo + row, g.dyo + row + 1);
        _fReg(f, R_ACC, g.lo, g.hi);
        _checkFootprint(pf, f);
        int256 dy = _get(pf, g.dyr, g.dyo + row);
        for (uint256 i = g.lo; i < g.hi;) {
            (uint256 wp, uint256 wl) = _tAt(pf, TREE_WEIGHTS, g.tensor, row, i, 4);
            (uint256 ap, uint256 al, uint256 aw) = _regAt(pf, R_ACC, i);
            for (uint256 e = _end(i, g.hi, wl, al); i < e; ++i) {
                _st(ap, aw, LibTrain.wrap128(_ld(ap, aw) + _ld(wp, 4) * dy));
                (wp, ap) = (wp + 4, ap + aw);
            }
        }
    }

    /// @notice A norm's backward slots (normRefs): x̂ (register, offset), r (register, index), tensor, dx.
    struct NormB {
        uint256 xhr;
        uint256 xho;
        uint256 rr;
        uint256 ri;
        uint256 tensor;
        uint256 lo;
        uint256 hi;
        uint256 dt;
    }

    function _normB(Ctx memory c, Proof memory pf) internal pure returns (NormB memory n) {
        uint256 l = pf.l;
        uint256 t = pf.t;
        if (pf.ib == NORM_ATTN) {
            (n.xhr, n.xho, n.rr, n.ri, n.tensor) =
            (R_XA, _slot(c, l, t, c.d), R_RA, l * c.T + t, _block(l, K_ATTN_NORM));
        } else if (pf.ib == NORM_FFN) {
            (n.xhr, n.xho, n.rr, n.ri, n.tensor) = (R_XF, _slot(c, l, t, c.d), R_RF, l * c.T + t, _block(l, K_FFN_NORM));
        } else {
            (n.xhr, n.xho, n.rr, n.ri, n.tensor) = (R_XO, t * c.d, R_RO, t, 1 + c.L * PER_LAYER);
        }
        n.lo = pf.a * 32;
        n.hi = n.lo + 32 < c.d ? n.lo + 32 : c.d;
        n.dt = t * c.d;
    }

    /// @notice RMSB c, norm: G[w] += dy·x̂ (trained norms); DT = sat32(rshift(dy·w, 24)); C (c = 0 starts it) +=
    ///         DT·x̂ (int128); dy = DH[t].
    function _rmsb(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        NormB memory n = _normB(c, pf);
        bool trained = _trained(c, n.tensor);
        _fReg(f, n.xhr, n.xho + n.lo, n.xho + n.hi);
        _fReg(f, R_DT, n.dt + n.lo, n.dt + n.hi);
        _fScalars(f);
        _fReg(f, R_DH, n.dt + n.lo, n.dt + n.hi);
        _fTensor(f, TREE_WEIGHTS, n.tensor, 0, n.lo, n.hi);
        if (trained) _fTensor(f, TREE_G, n.tensor, 0, n.lo, n.hi);
        _checkFootprint(pf, f);
        int256 acc = pf.a > 0 ? _scalar128(pf, SC_C_HI) : int256(0);
        for (uint256 i = n.lo; i < n.hi; ++i) {
            int256 dy = _get(pf, R_DH, n.dt + i);
            int256 xh = _get(pf, n.xhr, n.xho + i);
            if (trained) _setG(pf, n.tensor, 0, i, LibTrain.wrap64(_getG(pf, n.tensor, 0, i) + dy * xh));
            int256 dt = LibCanon.sat32(LibCanon.rshift(dy * _getT(pf, TREE_WEIGHTS, n.tensor, 0, i), 24));
            _set(pf, R_DT, n.dt + i, dt);
            acc = LibTrain.wrap128(acc + dt * xh);
        }
        _setScalar128(pf, SC_C_HI, acc);
    }

    /// @notice RMSBFIN c, norm: dx = sat32(mulDiv(DT − mulShift(x̂, rdivSat64(C, n·2^16), 16), 2^16, r)), into DX[t]
    ///         (final norm) or DN.
    function _rmsbFin(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        NormB memory n = _normB(c, pf);
        (uint256 dxr, uint256 dxo) = pf.ib == NORM_FINAL ? (R_DX, n.dt) : (R_DN, 0);
        _fReg(f, n.xhr, n.xho + n.lo, n.xho + n.hi);
        _fReg(f, R_DT, n.dt + n.lo, n.dt + n.hi);
        _fScalars(f);
        _fReg(f, n.rr, n.ri, n.ri + 1);
        _fReg(f, dxr, dxo + n.lo, dxo + n.hi);
        _checkFootprint(pf, f);
        int256 cbar = LibTrain.rdivSat64(_scalar128(pf, SC_C_HI), c.d << 16);
        uint256 r = uint256(_get(pf, n.rr, n.ri)) & LibTrain.MASK64; // Go's uint64(r)
        for (uint256 i = n.lo; i < n.hi; ++i) {
            int256 a =
                LibTrain.wrap64(_get(pf, R_DT, n.dt + i) - LibTrain.mulShift(_get(pf, n.xhr, n.xho + i), cbar, 16));
            _set(pf, dxr, dxo + i, LibCanon.sat32(LibTrain.rdivSat64(a * 65536, r)));
        }
    }

    /// @notice SWIGLUB c: DG = the gate gradient, DFF = the up gradient, from dhh = DFF (docs/arithmetic.md).
    function _swiglub(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 o = _slot(c, pf.l, pf.t, c.ff);
        uint256 d = pf.t * c.ff;
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < c.ff ? lo + 32 : c.ff;
        _fReg(f, R_GT, o + lo, o + hi);
        _fReg(f, R_U, o + lo, o + hi);
        _fReg(f, R_SG, o + lo, o + hi);
        _fReg(f, R_S, o + lo, o + hi);
        _fReg(f, R_DFF, d + lo, d + hi);
        _fReg(f, R_DG, d + lo, d + hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi; ++i) {
            _swiglubAt(pf, o + i, d + i);
        }
    }

    /// @notice SWIGLUB of one value: o its (l, t) index, d its (t) index.
    function _swiglubAt(Proof memory pf, uint256 o, uint256 d) internal pure {
        int256 dhi = _get(pf, R_DFF, d);
        int256 sg = _get(pf, R_SG, o);
        int256 ds = LibCanon.rshift(dhi * _get(pf, R_U, o), 16);
        int256 a = LibTrain.mulShift(_get(pf, R_GT, o), LibTrain.wrap64((1 << 30) - sg), 16);
        int256 dsig = LibTrain.mulShift(sg, LibTrain.wrap64((1 << 30) + a), 30);
        _set(pf, R_DG, d, LibCanon.sat32(LibTrain.mulShift(ds, dsig, 30)));
        _set(pf, R_DFF, d, LibCanon.sat32(LibCanon.rshift(dhi * _get(pf, R_S, o), 16)));
    }

    /// @notice Offsets of an attention backward step: DA/Q head of (t, h), the K/V/DK/DV head of (t', group).
    function _heads(Ctx memory c, Proof memory pf) internal pure returns (uint256 qo, uint256 kvo, uint256 dkvo) {
        uint256 g = pf.ib / (c.H / c.KV);
        qo = pf.t * c.d + pf.ib * c.hd;
        kvo = _slot(c, pf.l, pf.a, c.kv) + g * c.hd;
        dkvo = pf.a * c.kv + g * c.hd;
    }

    /// @notice DPV t', h: DP[t'] = rdivSat64(DA_h·V_t', 2^16); DV[t'] += mulShift(P[t'], DA_h, 30);
    ///         D = (t' = 0 ? 0 : D) + mulShift(P[t'], DP[t'], 30).
    function _dpv(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        (uint256 qo, uint256 kvo, uint256 dkvo) = _heads(c, pf);
        uint256 tk = pf.a;
        _fReg(f, R_DA, qo, qo + c.hd);
        _fReg(f, R_V, kvo, kvo + c.hd);
        _fReg(f, R_DP, tk, tk + 1);
        _fReg(f, R_P, tk, tk + 1);
        _fReg(f, R_DV, dkvo, dkvo + c.hd);
        _fScalars(f);
        _checkFootprint(pf, f);
        int256 a;
        for (uint256 i; i < c.hd; ++i) {
            a = LibTrain.wrap128(a + _get(pf, R_DA, qo + i) * _get(pf, R_V, kvo + i));
        }
        int256 dp = LibTrain.rdivSat64(a, 1 << 16);
        _set(pf, R_DP, tk, dp);
        int256 pt = _get(pf, R_P, tk);
        for (uint256 i; i < c.hd; ++i) {
            int256 dv = _get(pf, R_DV, dkvo + i) + LibTrain.mulShift(pt, _get(pf, R_DA, qo + i), 30);
            _set(pf, R_DV, dkvo + i, LibTrain.wrap64(dv));
        }
        int256 d0 = tk > 0 ? _get(pf, R_R, SC_D) : int256(0);
        _set(pf, R_R, SC_D, LibTrain.wrap64(d0 + LibTrain.mulShift(pt, dp, 30)));
    }

    /// @notice DSK t', h: dd = mulShift(mulShift(P, DP − D, 30), InvSqrtHeadDim, 30); DQA += dd·K_t' (exact);
    ///         DK[t'] += mulShift(dd, Q_h, 16); nothing when dd = 0.
    function _dsk(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        (, uint256 kvo, uint256 dkvo) = _heads(c, pf);
        uint256 qo = _slot(c, pf.l, pf.t, c.d) + pf.ib * c.hd;
        uint256 tk = pf.a;
        _fReg(f, R_P, tk, tk + 1);
        _fReg(f, R_DP, tk, tk + 1);
        _fScalars(f);
        _fReg(f, R_K, kvo, kvo + c.hd);
        _fReg(f, R_Q, qo, qo + c.hd);
        _fReg(f, R_DQA, 0, c.hd);
        _fReg(f, R_DK, dkvo, dkvo + c.hd);
        _checkFootprint(pf, f);
        int256 ds = LibTrain.mulShift(_get(pf, R_P, tk), LibTrain.wrap64(_get(pf, R_DP, tk) - _get(pf, R_R, SC_D)), 30);
        int256 dd = LibTrain.mulShift(ds, int256(LibCanon.isqrt((uint256(1) << 60) / c.hd)), 30);
        if (dd == 0) return;
        for (uint256 i; i < c.hd; ++i) {
            _set(pf, R_DQA, i, LibTrain.wrap128(_get(pf, R_DQA, i) + dd * _get(pf, R_K, kvo + i)));
            int256 dk = _get(pf, R_DK, dkvo + i) + LibTrain.mulShift(dd, _get(pf, R_Q, qo + i), 16);
            _set(pf, R_DK, dkvo + i, LibTrain.wrap64(dk));
        }
    }

    /// @notice DQFIN h: DQ[t][head h] = RShiftSat32(DQA, 16), DQA = 0; DKVFIN c: DKS[c] = sat32(DK[t][c]),
    ///         DVS[c] = sat32(DV[t][c]), both cleared; ADDG c: DX[t][c] = sat32(DX + DN).
    function _fin(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        if (pf.op == OP_DQFIN) {
            uint256 o = pf.t * c.d + pf.ib * c.hd;
            _fReg(f, R_DQ, o, o + c.hd);
            _fReg(f, R_DQA, 0, c.hd);
            _checkFootprint(pf, f);
            for (uint256 i; i < c.hd; ++i) {
                _set(pf, R_DQ, o + i, LibTrain.rshiftSat32(_get(pf, R_DQA, i), 16));
                _set(pf, R_DQA, i, 0);
            }
            return;
        }
        (uint256 n, uint256 ra, uint256 rb) = pf.op == OP_DKVFIN ? (c.kv, R_DK, R_DV) : (c.d, R_DX, R_DN);
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < n ? lo + 32 : n;
        uint256 o = pf.t * n;
        if (pf.op == OP_ADDG) {
            _fReg(f, R_DX, o + lo, o + hi);
            _fReg(f, R_DN, lo, hi);
            _checkFootprint(pf, f);
            for (uint256 i = lo; i < hi; ++i) {
                _set(pf, R_DX, o + i, LibCanon.sat32(_get(pf, R_DX, o + i) + _get(pf, R_DN, i)));
            }
            return;
        }
        _fReg(f, ra, o + lo, o + hi);
        _fReg(f, rb, o + lo, o + hi);
        _fReg(f, R_DKS, lo, hi);
        _fReg(f, R_DVS, lo, hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi; ++i) {
            _set(pf, R_DKS, i, LibCanon.sat32(_get(pf, R_DK, o + i)));
            _set(pf, R_DVS, i, LibCanon.sat32(_get(pf, R_DV, o + i)));
            _set(pf, R_DK, o + i, 0);
            _set(pf, R_DV, o + i, 0);
        }
    }

    /// @notice EMBEDB part: G[token_embd][TOK[t]][part] += DX[t][part]·2^16 (mod 2^64).
    function _embedb(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 tok = _fTok(c, pf, f, pf.t);
        uint256 lo = pf.a * c.part;
        uint256 hi = lo + c.part < c.d ? lo + c.part : c.d;
        uint256 o = pf.t * c.d;
        _fTensor(f, TREE_G, 0, tok, lo, hi);
        _fReg(f, R_DX, o + lo, o + hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi;) {
            (uint256 gp, uint256 gl) = _tAt(pf, TREE_G, 0, tok, i, 8);
            (uint256 xp, uint256 xl, uint256 xw) = _regAt(pf, R_DX, o + i);
            for (uint256 e = _end(i, hi, gl, xl); i < e; ++i) {
                _st(gp, 8, LibTrain.wrap64(_ld(gp, 8) + _ld(xp, xw) * 65536));
                (gp, xp) = (gp + 8, xp + xw);
            }
        }
    }
}
