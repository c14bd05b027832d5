// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Values are two's-complement words of fixed widths, as the Go machine holds them.
// forge-lint: disable-start(unsafe-typecast, divide-before-multiply)

import {TrainStepBase} from "./TrainStepBase.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibTrain} from "./lib/LibTrain.sol";

/// @title TrainStepUpdate
/// @notice The update micro-steps of the training machine (prover/trainvm update.go): UPDATE (SGD, Adam) of a full
///         run, and LoRA's LGRAD, LUPDA, LUPDB and MERGE. TrainStepVerifier calls `run` with the checked leaves, as
///         TrainStepForward's; the new weight, moment and factor leaves give the carried roots.
contract TrainStepUpdate is TrainStepBase {
    int256 internal constant ONE_H = 1 << 32;

    /// @notice Checks the footprint of instruction `ins` against the opened leaves and executes it on them.
    /// @param c The run's context.
    /// @param ins op, sequence, layer, position, A, B, C.
    /// @param cs The carried pre-state.
    /// @param keys The leaves' locations, sorted.
    /// @param data The leaves' preimages.
    /// @param rope The proof's RoPE opening (empty: no update opcode reads one).
    /// @return The leaves' preimages after the instruction.
    function run(
        Ctx memory c,
        uint256[7] calldata ins,
        Carried memory cs,
        uint256[] memory keys,
        bytes[] memory data,
        bytes calldata rope
    ) external pure returns (bytes[] memory) {
        rope; // the verifier hands UPDATE and the LoRA steps an empty opening
        Proof memory pf = _view(ins, cs, keys, data);
        Locs memory f = _newLocs();
        uint256 op = pf.op;
        if (op == OP_UPDATE) _update(c, pf, f);
        else if (op == OP_LGRAD) _lgrad(c, pf, f);
        else if (op == OP_LUPDA || op == OP_LUPDB) _lupd(c, pf, f);
        else if (op == OP_MERGE) _merge(c, pf, f);
        else revert UnsupportedOpcode(op);
        return data;
    }

    /// @notice The step's optimizer constants (Machine.optimizer): lr = LRAt(step); Adam: 1 − β1^t, 1 − β2^t
    ///         (t = step + 1) and ε in Q24.
    struct Opt {
        int256 lr;
        int256 b1;
        int256 b2;
        int256 eps;
    }

    function _opt(Ctx memory c, Proof memory pf) internal pure returns (Opt memory o) {
        o.lr = LibTrain.lrAt(c.lr, c.lrFinal, c.decayFrom, c.decaySteps, pf.c.step);
        if (c.adam) {
            uint256 t = LibTrain.add64(pf.c.step, 1);
            o.b1 = LibTrain.wrap64(ONE_H - LibTrain.powQ32(c.beta1, t));
            o.b2 = LibTrain.wrap64(ONE_H - LibTrain.powQ32(c.beta2, t));
            o.eps = LibCanon.rshift(c.eps, 8);
        }
    }

    /// @notice Moment leaf access: m and v of column col of row `row` of optimizer entry e.
    function _moment(Proof memory pf, uint256 e, uint256 row, uint256 col)
        internal
        pure
        returns (bytes memory b, uint256 om, uint256 ov)
    {
        b = _leaf(pf, _key(TREE_MOMENTS, e, row, col / 32));
        uint256 n = b.length / 16;
        (om, ov) = (8 * (col % 32), 8 * (n + col % 32));
    }

    /// @notice Machine.delta: the optimizer step of parameter (e, row, col) with mean gradient g (Q24), updating its
    ///         Adam moments; SGD: mulShift(lr, g, 32).
    ///         loc = e << 64 | row << 32 | col.
    function _delta(Ctx memory c, Opt memory o, Proof memory pf, uint256 loc, int256 g) internal pure returns (int256) {
        if (!c.adam) return LibTrain.mulShift(o.lr, g, 32);
        (bytes memory b, uint256 om, uint256 ov) = _moment(pf, loc >> 64, (loc >> 32) & 0xffffffff, loc & 0xffffffff);
        int256 m = LibTrain.wrap64(int256(_loadBE(b, om, 8)));
        int256 v = LibTrain.wrap64(int256(_loadBE(b, ov, 8)));
        m = LibTrain.wrap64(
            LibTrain.mulShift(c.beta1, m, 32) + LibTrain.mulShift(LibTrain.wrap64(ONE_H - c.beta1), g, 32)
        );
        v = LibTrain.wrap64(
            LibTrain.mulShift(c.beta2, v, 32)
                + LibTrain.mulShift(LibTrain.wrap64(ONE_H - c.beta2), LibTrain.mulShift(g, g, 0), 32)
        );
        _storeBE(b, om, 8, uint256(m));
        _storeBE(b, ov, 8, uint256(v));
        int256 mh = LibTrain.mulDiv(m, ONE_H, o.b1);
        int256 vh = LibTrain.mulDiv(v, ONE_H, o.b2);
        int256 d = LibTrain.wrap64((int256(LibCanon.isqrt(uint256(vh > 0 ? vh : int256(0)))) + o.eps) << 8);
        return LibTrain.mulDiv(o.lr, mh, d > 1 ? d : int256(1));
    }

    /// @notice UPDATE i, row, c: g = rdiv(G, B·T·2^16), w = sat32(w − delta) on 32 weights.
    function _update(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        (, uint256 cols) = _shape(c, pf.a);
        uint256 lo = pf.ic * 32;
        uint256 hi = lo + 32 < cols ? lo + 32 : cols;
        _fTensor(f, TREE_WEIGHTS, pf.a, pf.ib, lo, hi);
        _fTensor(f, TREE_G, pf.a, pf.ib, lo, hi);
        if (c.adam) _fTensor(f, TREE_MOMENTS, pf.a, pf.ib, lo, hi);
        _checkFootprint(pf, f);
        Opt memory o = _opt(c, pf);
        for (uint256 j = lo; j < hi; ++j) {
            _updateAt(c, o, pf, pf.a << 64 | pf.ib << 32 | j);
        }
    }

    /// @notice UPDATE of the weight at loc = tensor << 64 | row << 32 | col.
    function _updateAt(Ctx memory c, Opt memory o, Proof memory pf, uint256 loc) internal pure {
        (uint256 i, uint256 row, uint256 j) = (loc >> 64, (loc >> 32) & 0xffffffff, loc & 0xffffffff);
        int256 g = LibCanon.rdiv(_getG(pf, i, row, j), int256(c.B * c.T) << 16);
        int256 w = LibTrain.wrap64(_getT(pf, TREE_WEIGHTS, i, row, j) - _delta(c, o, pf, loc, g));
        _setT(pf, TREE_WEIGHTS, i, row, j, LibCanon.sat32(w));
    }

    /// @notice A LoRA step's operands: target index, columns, part bounds, rank index, whether the part is last.
    struct Lora {
        uint256 tg;
        uint256 cols;
        uint256 lo;
        uint256 hi;
        uint256 k;
        bool last;
        uint256 row;
    }

    function _lora(Ctx memory c, Proof memory pf, bool ranged) internal pure returns (Lora memory x) {
        x.tg = _trainedIndex(c, pf.a);
        (, x.cols) = _shape(c, pf.a);
        x.row = pf.ib;
        if (!ranged) return x;
        uint256 size = c.part < LORA_PART ? c.part : LORA_PART;
        uint256 p = pf.ic / c.rank;
        x.k = pf.ic % c.rank;
        x.lo = p * size;
        x.hi = x.lo + size < x.cols ? x.lo + size : x.cols;
        x.last = p + 1 == _loraParts(c, x.cols);
    }

    function _loraParts(Ctx memory c, uint256 n) internal pure returns (uint256) {
        uint256 size = c.part < LORA_PART ? c.part : LORA_PART;
        return (n + size - 1) / size;
    }

    /// @notice LGRAD i, row, part·rank + k: with g = rdiv(G, B·T·2^16), GBA[k] += Σ g·A[k] and GA[k] += B[row][k]·g
    ///         (exact); the last part writes GB[row][k] = mulShift(s, rdivSat64(GBA[k], 2^24), 32), GBA[k] = 0.
    function _lgrad(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        Lora memory x = _lora(c, pf, true);
        uint256 ga = x.k * x.cols;
        _fTensor(f, TREE_G, pf.a, x.row, x.lo, x.hi);
        _fTensor(f, TREE_ADAPTERS, 2 * x.tg + 1, x.row, x.k, x.k + 1);
        _fTensor(f, TREE_ADAPTERS, 2 * x.tg, x.k, x.lo, x.hi);
        _fReg(f, R_GA, ga + x.lo, ga + x.hi);
        _fReg(f, R_GBA, x.k, x.k + 1);
        if (x.last) _fReg(f, R_GB, x.row * c.rank + x.k, x.row * c.rank + x.k + 1);
        _checkFootprint(pf, f);
        int256 den = int256(c.B * c.T) << 16;
        int256 b = _getT(pf, TREE_ADAPTERS, 2 * x.tg + 1, x.row, x.k);
        int256 gba = _get(pf, R_GBA, x.k);
        for (uint256 j = x.lo; j < x.hi;) {
            (j, gba) = _lgradRun(pf, x, ga + j, j, den, b, gba);
        }
        if (!x.last) {
            _set(pf, R_GBA, x.k, gba);
            return;
        }
        _set(pf, R_GB, x.row * c.rank + x.k, LibTrain.mulShift(c.scale, LibTrain.rdivSat64(gba, 1 << 24), 32));
        _set(pf, R_GBA, x.k, 0);
    }

    /// @notice LGRAD's loop from column j over the values its leaves of G, A and GA (value gi) share; returns the
    ///         next column and gba.
    function _lgradRun(Proof memory pf, Lora memory x, uint256 gi, uint256 j, int256 den, int256 b, int256 gba)
        internal
        pure
        returns (uint256, int256)
    {
        (uint256 gp, uint256 l) = _tAt(pf, TREE_G, pf.a, x.row, j, 8);
        uint256 e = _end(j, x.hi, l, l);
        uint256 ap;
        (ap, l) = _tAt(pf, TREE_ADAPTERS, 2 * x.tg, x.k, j, 4);
        e = _end(j, e, l, l);
        uint256 rp;
        (rp, l,) = _regAt(pf, R_GA, gi); // int128 values
        for (e = _end(j, e, l, l); j < e; ++j) {
            int256 g = LibCanon.rdiv(_ld(gp, 8), den);
            gba = LibTrain.wrap128(gba + g * _ld(ap, 4));
            _st(rp, 16, LibTrain.wrap128(_ld(rp, 16) + b * g));
            (gp, ap, rp) = (gp + 8, ap + 4, rp + 16);
        }
        return (j, gba);
    }

    /// @notice LUPDA i, k, c: g_A = mulShift(s, rdivSat64(GA[k][j], 2^24), 32), GA cleared, A = sat32(A − delta);
    ///         LUPDB i, row, c: B = sat32(B − delta(GB[row][j])), GB cleared.
    function _lupd(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        Lora memory x = _lora(c, pf, false);
        bool isA = pf.op == OP_LUPDA;
        uint256 n = isA ? x.cols : c.rank;
        uint256 e = isA ? 2 * x.tg : 2 * x.tg + 1;
        (uint256 gr, uint256 go) = isA ? (R_GA, x.row * x.cols) : (R_GB, x.row * c.rank);
        x.lo = pf.ic * 32;
        x.hi = x.lo + 32 < n ? x.lo + 32 : n;
        _fReg(f, gr, go + x.lo, go + x.hi);
        _fTensor(f, TREE_ADAPTERS, e, x.row, x.lo, x.hi);
        if (c.adam) _fTensor(f, TREE_MOMENTS, e, x.row, x.lo, x.hi);
        _checkFootprint(pf, f);
        Opt memory o = _opt(c, pf);
        for (uint256 j = x.lo; j < x.hi; ++j) {
            _lupdAt(c, o, pf, e << 64 | x.row << 32 | j, gr << 128 | (go + j), isA);
        }
    }

    /// @notice LUPDA / LUPDB of the factor value at loc = entry << 64 | row << 32 | col, its gradient at
    ///         reg = register << 128 | index.
    function _lupdAt(Ctx memory c, Opt memory o, Proof memory pf, uint256 loc, uint256 reg, bool isA) internal pure {
        int256 g = _get(pf, reg >> 128, reg & type(uint128).max);
        if (isA) g = LibTrain.mulShift(c.scale, LibTrain.rdivSat64(g, 1 << 24), 32);
        _set(pf, reg >> 128, reg & type(uint128).max, 0);
        (uint256 e, uint256 row, uint256 j) = (loc >> 64, (loc >> 32) & 0xffffffff, loc & 0xffffffff);
        int256 v = LibTrain.wrap64(_getT(pf, TREE_ADAPTERS, e, row, j) - _delta(c, o, pf, loc, g));
        _setT(pf, TREE_ADAPTERS, e, row, j, LibCanon.sat32(v));
    }

    /// @notice MERGE i, row, part·rank + k: ACC (k > 0: +)= B[row][k]·A[k] (exact) on the part; the last k writes
    ///         W[row] = sat32(W0 + mulShift(s, rdivSat64(ACC, 2^24), 32)) and clears ACC.
    function _merge(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        Lora memory x = _lora(c, pf, true);
        bool lastK = x.k + 1 == c.rank;
        _fTensor(f, TREE_ADAPTERS, 2 * x.tg + 1, x.row, x.k, x.k + 1);
        _fTensor(f, TREE_ADAPTERS, 2 * x.tg, x.k, x.lo, x.hi);
        _fReg(f, R_ACC, x.lo, x.hi);
        if (lastK) {
            _fTensor(f, TREE_WEIGHTS, pf.a, x.row, x.lo, x.hi);
            _fTensor(f, TREE_BASE, pf.a, x.row, x.lo, x.hi);
        }
        _checkFootprint(pf, f);
        int256 b = _getT(pf, TREE_ADAPTERS, 2 * x.tg + 1, x.row, x.k);
        for (uint256 j = x.lo; j < x.hi;) {
            j = _mergeRun(c, pf, x, j, b, lastK);
        }
    }

    /// @notice MERGE's loop from column j over the values its leaves (A, ACC and, at the last k, the base and the
    ///         weights) share; returns the next column.
    function _mergeRun(Ctx memory c, Proof memory pf, Lora memory x, uint256 j, int256 b, bool lastK)
        internal
        pure
        returns (uint256)
    {
        (uint256 ap, uint256 l) = _tAt(pf, TREE_ADAPTERS, 2 * x.tg, x.k, j, 4);
        uint256 e = _end(j, x.hi, l, l);
        uint256 rp;
        (rp, l,) = _regAt(pf, R_ACC, j); // int128 values
        e = _end(j, e, l, l);
        if (!lastK) {
            for (; j < e; ++j) {
                int256 acc = x.k == 0 ? int256(0) : _ld(rp, 16);
                _st(rp, 16, LibTrain.wrap128(acc + b * _ld(ap, 4)));
                (ap, rp) = (ap + 4, rp + 16);
            }
            return j;
        }
        uint256 bp;
        (bp, l) = _tAt(pf, TREE_BASE, pf.a, x.row, j, 4);
        e = _end(j, e, l, l);
        uint256 wp;
        (wp, l) = _tAt(pf, TREE_WEIGHTS, pf.a, x.row, j, 4);
        for (e = _end(j, e, l, l); j < e; ++j) {
            int256 acc = x.k == 0 ? int256(0) : _ld(rp, 16);
            acc = LibTrain.wrap128(acc + b * _ld(ap, 4));
            int256 w = _ld(bp, 4) + LibTrain.mulShift(c.scale, LibTrain.rdivSat64(acc, 1 << 24), 32);
            _st(wp, 4, LibCanon.sat32(LibTrain.wrap64(w)));
            _st(rp, 16, 0);
            (ap, rp, bp, wp) = (ap + 4, rp + 16, bp + 4, wp + 4);
        }
        return j;
    }
}
