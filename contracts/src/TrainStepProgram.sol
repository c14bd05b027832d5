// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITrainStepVerifier} from "./interfaces/ITrainStepVerifier.sol";
import {TrainStepBase} from "./TrainStepBase.sol";

/// @title TrainStepProgram
/// @notice The program of one training step in closed form (trainvm Program.At; docs/training-game.md,
///         "Micro-steps"): instruction j from segment lengths, with a binary search over the position loops whose body
///         grows with the position (α + β·u + γ·ceil(u/32), u = t + 1). A contract of its own, which the verifier
///         calls, to keep each under the EIP-170 code-size limit.
contract TrainStepProgram is TrainStepBase {
    /// @notice The program's length and instruction j of the run p (op 0 when j is not below the length).
    /// @param p The run's configuration (checked as the verifier checks it).
    /// @param j The step index.
    /// @return len The program's length (Program.Len).
    /// @return ins The instruction: op, sequence b, layer, position, A, B, C.
    function at(ITrainStepVerifier.Params calldata p, uint256 j)
        external
        pure
        returns (uint256 len, uint256[7] memory ins)
    {
        Ctx memory c = _context(p);
        len = _programLen(c);
        if (j >= len) return (len, ins);
        Walk memory w = _at(c, j);
        (ins[0], ins[1], ins[2], ins[3]) = (w.op, w.seq, w.l, w.t);
        (ins[4], ins[5], ins[6]) = (w.a, w.b, w.c);
    }

    /// @notice Instruction j under construction: j is what is left of the step index in the current segment.
    struct Walk {
        uint256 j;
        bool found;
        uint256 op;
        uint256 a;
        uint256 b;
        uint256 c;
        uint256 l;
        uint256 t;
        uint256 seq;
    }

    /// @notice Σ_{u=1..k} α + β·u + γ·ceil(u/32) (prefix).
    function _prefix(uint256 a, uint256 b, uint256 g, uint256 k) internal pure returns (uint256) {
        uint256 q = k / 32;
        uint256 r = k % 32;
        return a * k + b * k * (k + 1) / 2 + g * (32 * q * (q + 1) / 2 + r * (q + 1));
    }

    /// @notice The last k < n with prefix(k) ≤ j: the position of a growing loop, and j minus its prefix.
    function _growSearch(uint256 a, uint256 b, uint256 g, uint256 n, uint256 j)
        internal
        pure
        returns (uint256, uint256)
    {
        uint256 lo;
        uint256 hi = n;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (_prefix(a, b, g, mid + 1) > j) hi = mid;
            else lo = mid + 1;
        }
        return (lo, j - _prefix(a, b, g, lo));
    }

    /// @notice A run of n instructions op: if j falls in it, instruction j is (op, A = j, B = b, C = m)
    ///         (chunkRun, headRun, partRun with b = m = 0).
    function _run(Walk memory w, uint256 n, uint256 op, uint256 b, uint256 m) internal pure {
        if (w.found) return;
        if (w.j < n) {
            (w.found, w.op, w.a, w.b, w.c) = (true, op, w.j, b, m);
        } else {
            w.j -= n;
        }
    }

    /// @notice rowsRun: op over row < rows, part < np (A = row, B = part, C = m).
    function _rows(Walk memory w, uint256 rows, uint256 np, uint256 op, uint256 m) internal pure {
        if (w.found) return;
        if (w.j < rows * np) {
            (w.found, w.op, w.a, w.b, w.c) = (true, op, w.j / np, w.j % np, m);
        } else {
            w.j -= rows * np;
        }
    }

    /// @notice A loop of n fixed-length bodies: if j falls in it, sets the body's index and returns true.
    function _enter(Walk memory w, uint256 n, uint256 body) internal pure returns (bool, uint256) {
        if (w.found) return (false, 0);
        if (w.j < n * body) {
            uint256 i = w.j / body;
            w.j %= body;
            return (true, i);
        }
        w.j -= n * body;
        return (false, 0);
    }

    function _normLen(Ctx memory c) internal pure returns (uint256) {
        return 2 * _chunks(c.d) + 1;
    }

    function _norm(Walk memory w, Ctx memory c, uint256 which) internal pure {
        _run(w, _chunks(c.d), OP_SUMSQ, which, 0);
        _run(w, 1, OP_RMS, which, 0);
        _run(w, _chunks(c.d), OP_NORM, which, 0);
    }

    function _mvt(Walk memory w, Ctx memory c, uint256 m, uint256 rows, uint256 cols, uint256 mode) internal pure {
        _rows(w, rows, _parts(c, cols), OP_MVT, m);
        _run(w, _chunks(cols), OP_MVTFIN, mode, m);
    }

    function _outer(Walk memory w, Ctx memory c, uint256 k, uint256 m, uint256 rows, uint256 cols) internal pure {
        if (_trained(c, k == 99 ? 2 + c.L * PER_LAYER : _block(0, k))) _rows(w, rows, _parts(c, cols), OP_OUTER, m);
    }

    function _trainedLen(Ctx memory c, uint256 k, uint256 n) internal pure returns (uint256) {
        return _trained(c, k == 99 ? 2 + c.L * PER_LAYER : _block(0, k)) ? n : 0;
    }

    // fixed segment lengths (per position) ------------------------------------------------
    function _blockFixed(Ctx memory c) internal pure returns (uint256) {
        uint256 pd = _parts(c, c.d);
        return 2 * _normLen(c) + (2 * c.d + 2 * c.kv + 2 * c.ff) * pd + c.H + c.KV + 2 * _chunks(c.d) + _chunks(c.ff)
            + c.d * _parts(c, c.ff);
    }

    function _headLen(Ctx memory c) internal pure returns (uint256) {
        uint256 vp = c.V * _parts(c, c.d);
        return _normLen(c) + 2 * vp + 3 * _chunks(c.V) + 1 + _trainedLen(c, 99, vp) + 3 * _chunks(c.d);
    }

    function _ffnBackLen(Ctx memory c) internal pure returns (uint256) {
        uint256 dpf = c.d * _parts(c, c.ff);
        uint256 fpd = c.ff * _parts(c, c.d);
        return _trainedLen(c, K_WDOWN, dpf) + dpf + 2 * _chunks(c.ff) + _trainedLen(c, K_WGATE, fpd)
            + _trainedLen(c, K_WUP, fpd) + 2 * fpd + 5 * _chunks(c.d);
    }

    function _attnOutLen(Ctx memory c) internal pure returns (uint256) {
        uint256 dpd = c.d * _parts(c, c.d);
        return _trainedLen(c, K_WO, dpd) + dpd + _chunks(c.d);
    }

    function _qkvBackLen(Ctx memory c) internal pure returns (uint256) {
        uint256 pd = _parts(c, c.d);
        return c.H + _chunks(c.kv) + c.KV + _trainedLen(c, K_WQ, c.d * pd) + _trainedLen(c, K_WK, c.kv * pd)
            + _trainedLen(c, K_WV, c.kv * pd) + (c.d + 2 * c.kv) * pd + 6 * _chunks(c.d);
    }

    function _layerBackLen(Ctx memory c) internal pure returns (uint256) {
        return c.T * (_ffnBackLen(c) + _attnOutLen(c) + _qkvBackLen(c)) + _prefix(c.H, 3 * c.H, 3 * c.H, c.T);
    }

    function _seqLen(Ctx memory c) internal pure returns (uint256) {
        uint256 pd = _parts(c, c.d);
        return _chunks(c.T + 1) + c.T * pd + c.L * _prefix(_blockFixed(c) + c.H, 2 * c.H, 3 * c.H, c.T) + c.T
            * _headLen(c) + c.L * _layerBackLen(c) + (_trained(c, 0) ? c.T * pd : 0);
    }

    /// @notice The update phase's instructions of tensor i (0 when it is frozen).
    function _updateLen(Ctx memory c, uint256 i) internal pure returns (uint256) {
        if (!_trained(c, i)) return 0;
        (uint256 rows, uint256 cols) = _shape(c, i);
        if (c.rank == 0) return rows * _chunks(cols);
        uint256 lp = _loraParts(c, cols) * c.rank;
        return 2 * rows * lp + c.rank * _chunks(cols) + rows * _chunks(c.rank);
    }

    function _loraParts(Ctx memory c, uint256 n) internal pure returns (uint256) {
        uint256 size = c.part < LORA_PART ? c.part : LORA_PART;
        return (n + size - 1) / size;
    }

    /// @notice The update phase's instructions of one layer's block tensors (trained kinds only).
    function _layerUpdateLen(Ctx memory c) internal pure returns (uint256 n) {
        for (uint256 k; k < PER_LAYER; ++k) {
            n += _updateLen(c, 1 + k);
        }
    }

    /// @notice The program's length (Program.Len), the update phase in closed form: its blocks' tensors are the
    ///         same in every layer.
    function _programLen(Ctx memory c) internal pure returns (uint256 n) {
        n = c.B * _seqLen(c) + 1 + c.L * _layerUpdateLen(c);
        uint256 top = 1 + c.L * PER_LAYER;
        n += _updateLen(c, 0) + _updateLen(c, top) + _updateLen(c, top + 1);
    }

    /// @notice Instruction j (Program.At); j < _programLen(c).
    function _at(Ctx memory c, uint256 j) internal pure returns (Walk memory w) {
        w.j = j;
        uint256 sl = _seqLen(c);
        bool inside;
        uint256 i;
        (inside, i) = _enter(w, c.B, sl);
        if (inside) {
            w.seq = i;
            _sequence(w, c);
            return w;
        }
        _tensorAt(w, c, 0);
        (inside, i) = _enter(w, c.L, _layerUpdateLen(c));
        if (inside) {
            for (uint256 k; k < PER_LAYER && !w.found; ++k) {
                _tensorAt(w, c, 1 + i * PER_LAYER + k);
            }
            return w;
        }
        _tensorAt(w, c, 1 + c.L * PER_LAYER);
        _tensorAt(w, c, 2 + c.L * PER_LAYER);
        _run(w, 1, OP_STEPEND, 0, 0);
    }

    /// @notice The update-phase runs of tensor i (none when it is frozen).
    function _tensorAt(Walk memory w, Ctx memory c, uint256 i) internal pure {
        if (w.found || !_trained(c, i)) return;
        (uint256 rows, uint256 cols) = _shape(c, i);
        if (c.rank == 0) {
            _tensorRun(w, OP_UPDATE, i, rows, _chunks(cols));
            return;
        }
        uint256 lp = _loraParts(c, cols) * c.rank;
        _tensorRun(w, OP_LGRAD, i, rows, lp);
        _tensorRun(w, OP_LUPDA, i, c.rank, _chunks(cols));
        _tensorRun(w, OP_LUPDB, i, rows, _chunks(c.rank));
        _tensorRun(w, OP_MERGE, i, rows, lp);
    }

    /// @notice tensorRun: op over row < rows, k < n of tensor i (A = i, B = row, C = k).
    function _tensorRun(Walk memory w, uint256 op, uint256 i, uint256 rows, uint256 n) internal pure {
        if (w.found) return;
        if (w.j < rows * n) {
            (w.found, w.op, w.a, w.b, w.c) = (true, op, i, w.j / n, w.j % n);
        } else {
            w.j -= rows * n;
        }
    }

    function _sequence(Walk memory w, Ctx memory c) internal pure {
        uint256 pd = _parts(c, c.d);
        _run(w, _chunks(c.T + 1), OP_TOKEN, 0, 0);
        (bool inside, uint256 i) = _enter(w, c.T, pd);
        if (inside) {
            w.t = i;
            _run(w, pd, OP_EMBED, 0, 0);
            return;
        }
        uint256 blk = _prefix(_blockFixed(c) + c.H, 2 * c.H, 3 * c.H, c.T);
        (inside, i) = _enter(w, c.L, blk);
        if (inside) {
            w.l = i;
            (w.t, w.j) = _growSearch(_blockFixed(c) + c.H, 2 * c.H, 3 * c.H, c.T, w.j);
            _blockAt(w, c, w.t + 1);
            return;
        }
        (inside, i) = _enter(w, c.T, _headLen(c));
        if (inside) {
            (w.l, w.t) = (c.L, i);
            _headAt(w, c);
            return;
        }
        (inside, i) = _enter(w, c.L, _layerBackLen(c));
        if (inside) {
            w.l = c.L - 1 - i;
            _layerBackAt(w, c);
            return;
        }
        (inside, i) = _enter(w, c.T, pd);
        if (inside) {
            w.t = i;
            _run(w, pd, OP_EMBEDB, 0, 0);
        }
    }

    function _blockAt(Walk memory w, Ctx memory c, uint256 u) internal pure {
        uint256 pd = _parts(c, c.d);
        _norm(w, c, NORM_ATTN);
        _rows(w, c.d, pd, OP_FMV, MAT_Q);
        _rows(w, c.kv, pd, OP_FMV, MAT_K);
        _rows(w, c.kv, pd, OP_FMV, MAT_V);
        (bool inside, uint256 h) = _enter(w, c.H, 1);
        if (inside) (w.found, w.op, w.a, w.b, w.c) = (true, OP_ROPE, h, 0, 0);
        (inside, h) = _enter(w, c.KV, 1);
        if (inside) (w.found, w.op, w.a, w.b, w.c) = (true, OP_ROPE, h, 1, 0);
        uint256 cu = _chunks(u);
        (inside, h) = _enter(w, c.H, 2 * u + 3 * cu + 1);
        if (inside) {
            _run(w, u, OP_SCORE, h, 0);
            _run(w, cu, OP_SMAX, h, 0);
            _run(w, cu, OP_EXP, h, 0);
            _run(w, cu, OP_PROB, h, 0);
            _run(w, u, OP_WSUM, h, 0);
            _run(w, 1, OP_WFIN, h, 0);
            return;
        }
        _rows(w, c.d, pd, OP_FMV, MAT_O);
        _run(w, _chunks(c.d), OP_ADD, 0, 0);
        _norm(w, c, NORM_FFN);
        _rows(w, c.ff, pd, OP_FMV, MAT_GATE);
        _rows(w, c.ff, pd, OP_FMV, MAT_UP);
        _run(w, _chunks(c.ff), OP_SWIGLU, 0, 0);
        _rows(w, c.d, _parts(c, c.ff), OP_FMV, MAT_DOWN);
        _run(w, _chunks(c.d), OP_ADD, 1, 0);
    }

    function _headAt(Walk memory w, Ctx memory c) internal pure {
        uint256 pd = _parts(c, c.d);
        _norm(w, c, NORM_FINAL);
        _rows(w, c.V, pd, OP_FMV, MAT_OUT);
        _run(w, _chunks(c.V), OP_CEMAX, 0, 0);
        _run(w, _chunks(c.V), OP_CEEXP, 0, 0);
        _run(w, 1, OP_CELOSS, 0, 0);
        _run(w, _chunks(c.V), OP_CEGRAD, 0, 0);
        _outer(w, c, 99, MAT_OUT, c.V, c.d);
        _mvt(w, c, MAT_OUT, c.V, c.d, 0);
        _run(w, _chunks(c.d), OP_RMSB, NORM_FINAL, 0);
        _run(w, _chunks(c.d), OP_RMSBFIN, NORM_FINAL, 0);
    }

    function _layerBackAt(Walk memory w, Ctx memory c) internal pure {
        (bool inside, uint256 t) = _enter(w, c.T, _ffnBackLen(c));
        if (inside) {
            w.t = t;
            _outer(w, c, K_WDOWN, MAT_DOWN, c.d, c.ff);
            _mvt(w, c, MAT_DOWN, c.d, c.ff, 0);
            _run(w, _chunks(c.ff), OP_SWIGLUB, 0, 0);
            _outer(w, c, K_WGATE, MAT_GATE, c.ff, c.d);
            _outer(w, c, K_WUP, MAT_UP, c.ff, c.d);
            _mvt(w, c, MAT_GATE, c.ff, c.d, 0);
            _mvt(w, c, MAT_UP, c.ff, c.d, 1);
            _run(w, _chunks(c.d), OP_RMSB, NORM_FFN, 0);
            _run(w, _chunks(c.d), OP_RMSBFIN, NORM_FFN, 0);
            _run(w, _chunks(c.d), OP_ADDG, 0, 0);
            return;
        }
        (inside, t) = _enter(w, c.T, _attnOutLen(c));
        if (inside) {
            w.t = t;
            _outer(w, c, K_WO, MAT_O, c.d, c.d);
            _mvt(w, c, MAT_O, c.d, c.d, 0);
            return;
        }
        uint256 ab = _prefix(c.H, 3 * c.H, 3 * c.H, c.T);
        if (w.j < ab) {
            (w.t, w.j) = _growSearch(c.H, 3 * c.H, 3 * c.H, c.T, w.j);
            uint256 u = w.t + 1;
            uint256 cu = _chunks(u);
            uint256 h;
            (inside, h) = _enter(w, c.H, 3 * u + 3 * cu + 1);
            _run(w, u, OP_SCORE, h, 0);
            _run(w, cu, OP_SMAX, h, 0);
            _run(w, cu, OP_EXP, h, 0);
            _run(w, cu, OP_PROB, h, 0);
            _run(w, u, OP_DPV, h, 0);
            _run(w, u, OP_DSK, h, 0);
            _run(w, 1, OP_DQFIN, h, 0);
            return;
        }
        w.j -= ab;
        (inside, t) = _enter(w, c.T, _qkvBackLen(c));
        if (!inside) return;
        w.t = t;
        (inside, t) = _enter(w, c.H, 1);
        if (inside) (w.found, w.op, w.a, w.b, w.c) = (true, OP_ROPEB, t, 0, 0);
        _run(w, _chunks(c.kv), OP_DKVFIN, 0, 0);
        (inside, t) = _enter(w, c.KV, 1);
        if (inside) (w.found, w.op, w.a, w.b, w.c) = (true, OP_ROPEB, t, 1, 0);
        _outer(w, c, K_WQ, MAT_Q, c.d, c.d);
        _outer(w, c, K_WK, MAT_K, c.kv, c.d);
        _outer(w, c, K_WV, MAT_V, c.kv, c.d);
        _mvt(w, c, MAT_Q, c.d, c.d, 0);
        _mvt(w, c, MAT_K, c.kv, c.d, 1);
        _mvt(w, c, MAT_V, c.kv, c.d, 1);
        _run(w, _chunks(c.d), OP_RMSB, NORM_ATTN, 0);
        _run(w, _chunks(c.d), OP_RMSBFIN, NORM_ATTN, 0);
        _run(w, _chunks(c.d), OP_ADDG, 0, 0);
    }
}
