// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Fields are packed big-endian words and two's-complement values of fixed widths, and divisions are floor divisions of
// indices (a layer of a tensor index): the casts and orders are the Go code's.
// forge-lint: disable-start(unsafe-typecast, divide-before-multiply, incorrect-shift)

import {ITrainStepVerifier} from "./interfaces/ITrainStepVerifier.sol";
import {TrainStepBase} from "./TrainStepBase.sol";
import {TrainStepProgram} from "./TrainStepProgram.sol";
import {TrainStepForward} from "./TrainStepForward.sol";
import {TrainStepBackward} from "./TrainStepBackward.sol";
import {TrainStepUpdate} from "./TrainStepUpdate.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibTrain} from "./lib/LibTrain.sol";

/// @title TrainStepVerifier
/// @notice The one-step verifier of the training machine: a port of prover/trainvm VerifyStep
///         (docs/training-game.md, "Step proofs"). It decodes the Go proof, derives instruction j from the program,
///         checks every opened leaf against the pre-state root, requires the leaves to be exactly the instruction's
///         footprint, executes it with the trainer's integer arithmetic and returns the post-state root from the new
///         leaves and the same siblings. Every failure reverts with a custom error naming the field.
/// @dev Opcodes executed here: TOKEN, EMBED, SUMSQ, RMS, NORM, ADD, STEPEND; the others in TrainStepForward (with
///      ROPE), TrainStepBackward (with ROPEB) and TrainStepUpdate. ROPE and ROPEB read the RoPE row of their position
///      from the proof's RoPE opening, checked against `Params.ropeSource` (docs/training-game.md, "Step proofs").
contract TrainStepVerifier is ITrainStepVerifier, TrainStepBase {
    /// @notice The program (TrainStepProgram) the verifier derives instruction j from.
    TrainStepProgram public immutable PROGRAM;

    /// @notice The verifier of the forward and loss steps (TrainStepForward).
    TrainStepForward public immutable FORWARD;

    /// @notice The verifier of the backward steps (TrainStepBackward).
    address public immutable BACKWARD;

    /// @notice The verifier of the update steps (TrainStepUpdate).
    address public immutable UPDATE;

    /// @param program The TrainStepProgram deployment.
    /// @param forward The TrainStepForward deployment.
    /// @param backward The TrainStepBackward deployment.
    /// @param update The TrainStepUpdate deployment.
    constructor(
        TrainStepProgram program,
        TrainStepForward forward,
        TrainStepBackward backward,
        TrainStepUpdate update
    ) {
        PROGRAM = program;
        FORWARD = forward;
        BACKWARD = address(backward);
        UPDATE = address(update);
    }

    /// @inheritdoc ITrainStepVerifier
    function verify(Params calldata p, bytes32 preRoot, bytes calldata proof) external view returns (bytes32) {
        Ctx memory c = _context(p);
        Proof memory pf = _decode(c, proof);
        bytes32 h = _configHash(p);
        if (h != pf.c.configHash) revert ConfigHashMismatch(h, pf.c.configHash);
        (uint256 len, uint256[7] memory w) = PROGRAM.at(p, pf.j);
        if (pf.j >= len) revert StepOutOfRange(pf.j, len);
        (pf.op, pf.seq, pf.l, pf.t) = (w[0], w[1], w[2], w[3]);
        (pf.a, pf.ib, pf.ic) = (w[4], w[5], w[6]);
        _roots(pf, preRoot, false);
        uint256 op = pf.op;
        // the bytes after the memory siblings: the RoPE opening of ROPE and ROPEB, none for any other opcode
        bytes calldata rope = proof[pf.ropeOff:];
        if (rope.length != 0 && op != OP_ROPE && op != OP_ROPEB) revert ProofTrailingBytes(rope.length);
        if ((op >= OP_FMV && op <= OP_WFIN) || op == OP_SWIGLU || (op >= OP_CEMAX && op <= OP_CEGRAD)) {
            _call(FORWARD, c, w, pf, rope);
        } else if (op >= OP_OUTER && op <= OP_EMBEDB) {
            _call(TrainStepForward(BACKWARD), c, w, pf, rope);
        } else if (op == OP_UPDATE || op >= OP_LGRAD) {
            _call(TrainStepForward(UPDATE), c, w, pf, rope);
        } else {
            _execute(c, pf);
        }
        return _roots(pf, preRoot, true);
    }

    /// @notice Executes instruction w on the opened leaves in the group contract ops (which checks the footprint).
    function _call(TrainStepForward ops, Ctx memory c, uint256[7] memory w, Proof memory pf, bytes calldata rope)
        internal
        view
    {
        uint256 n = pf.leaves.length;
        uint256[] memory keys = new uint256[](n);
        bytes[] memory data = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            (keys[i], data[i]) = (pf.leaves[i].key, pf.leaves[i].data);
        }
        data = ops.run(c, w, pf.c, keys, data, rope);
        for (uint256 i; i < n; ++i) {
            if (data[i].length != pf.leaves[i].data.length) {
                revert LeafLength(i, data[i].length, pf.leaves[i].data.length);
            }
            pf.leaves[i].data = data[i];
        }
    }

    /// @notice Checks the footprint of instruction j and executes it on the opened values.
    function _execute(Ctx memory c, Proof memory pf) internal pure {
        uint256 op = pf.op;
        Locs memory f = _newLocs();
        if (op == OP_TOKEN) {
            _token(c, pf, f);
        } else if (op == OP_EMBED) {
            _embed(c, pf, f);
        } else if (op == OP_SUMSQ || op == OP_RMS || op == OP_NORM) {
            _normOp(c, pf, f);
        } else if (op == OP_ADD) {
            _add(c, pf, f);
        } else if (op == OP_STEPEND) {
            _checkFootprint(pf, f);
            _stepEnd(c, pf);
        } else {
            revert UnsupportedOpcode(op);
        }
    }

    /// @notice The sequence s = (cursor + b) mod K of the step's sequence b, K = floor((dataTokens − 1) / T).
    function _sequenceOf(Ctx memory c, Proof memory pf) internal pure returns (uint256) {
        uint256 k = pf.c.dataTokens == 0 ? 0 : (pf.c.dataTokens - 1) / c.T;
        if (k == 0) revert NoSequence(pf.c.dataTokens, c.T);
        return LibTrain.add64(pf.c.cursor, pf.seq) % k;
    }

    /// @notice TOKEN c: TOK[chunk c] = D[s·T + 32c ..].
    function _token(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < c.T + 1 ? lo + 32 : c.T + 1;
        uint256 base = _sequenceOf(c, pf) * c.T;
        _fTensor(f, TREE_TOKENS, 0, 0, base + lo, base + hi);
        _fReg(f, R_TOK, lo, hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi; ++i) {
            _set(pf, R_TOK, i, _getT(pf, TREE_TOKENS, 0, 0, base + i));
        }
    }

    /// @notice EMBED part: X[0,t][part] = sat32(rshift(E[TOK[t]][part], 8)).
    function _embed(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 tok = _fTok(c, pf, f, pf.t);
        uint256 lo = pf.a * c.part;
        uint256 hi = lo + c.part < c.d ? lo + c.part : c.d;
        _fTensor(f, TREE_WEIGHTS, 0, tok, lo, hi);
        uint256 o = _slot(c, 0, pf.t, c.d);
        _fReg(f, R_X, o + lo, o + hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi;) {
            (uint256 wp, uint256 wl) = _tAt(pf, TREE_WEIGHTS, 0, tok, i, 4);
            (uint256 xp, uint256 xl, uint256 xw) = _regAt(pf, R_X, o + i);
            for (uint256 e = _end(i, hi, wl, xl); i < e; ++i) {
                _st(xp, xw, LibTrain.embed(_ld(wp, 4)));
                (wp, xp) = (wp + 4, xp + xw);
            }
        }
    }

    /// @notice A norm's slots (normRefs): register and offset of its input x, x̂, output, r and its weight tensor.
    struct NormRefs {
        uint256 x;
        uint256 xh;
        uint256 y;
        uint256 rReg;
        uint256 rIdx;
        uint256 xReg;
        uint256 xhReg;
        uint256 yReg;
        uint256 tensor;
    }

    function _normRefs(Ctx memory c, uint256 which, uint256 l, uint256 t) internal pure returns (NormRefs memory n) {
        n.xReg = R_X;
        if (which == NORM_ATTN) {
            (n.x, n.xhReg, n.yReg, n.rReg) = (_slot(c, l, t, c.d), R_XA, R_HA, R_RA);
            (n.xh, n.y, n.rIdx, n.tensor) =
            (_slot(c, l, t, c.d), _slot(c, l, t, c.d), l * c.T + t, _block(l, K_ATTN_NORM));
        } else if (which == NORM_FFN) {
            (n.x, n.xhReg, n.yReg, n.rReg) = (_slot(c, l + 1, t, c.d), R_XF, R_HF, R_RF);
            (n.xh, n.y, n.rIdx, n.tensor) =
            (_slot(c, l, t, c.d), _slot(c, l, t, c.d), l * c.T + t, _block(l, K_FFN_NORM));
        } else {
            (n.x, n.xhReg, n.yReg, n.rReg) = (_slot(c, c.L, t, c.d), R_XO, R_HO, R_RO);
            (n.xh, n.y, n.rIdx, n.tensor) = (t * c.d, t * c.d, t, 1 + c.L * PER_LAYER);
        }
    }

    /// @notice SUMSQ c, RMS and NORM c of norm B.
    function _normOp(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        NormRefs memory n = _normRefs(c, pf.ib, pf.l, pf.t);
        _fScalars(f);
        if (pf.op == OP_RMS) {
            _fReg(f, n.rReg, n.rIdx, n.rIdx + 1);
            _checkFootprint(pf, f);
            uint256 ss = (uint256(_get(pf, R_R, SC_SS_HI)) & LibTrain.MASK64) << 64
                | (uint256(_get(pf, R_R, SC_SS_LO)) & LibTrain.MASK64);
            int256 rms = LibTrain.rms(ss, c.d, LibTrain.NORM_EPS_Q32);
            _set(pf, R_R, SC_RMS, rms);
            _set(pf, n.rReg, n.rIdx, rms);
            return;
        }
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < c.d ? lo + 32 : c.d;
        _fReg(f, R_X, n.x + lo, n.x + hi);
        if (pf.op == OP_SUMSQ) {
            _checkFootprint(pf, f);
            uint256 sum;
            for (uint256 i = lo; i < hi; ++i) {
                int256 v = _get(pf, R_X, n.x + i);
                sum += uint256(v * v);
            }
            uint256 ss;
            if (pf.a > 0) {
                ss = (uint256(_get(pf, R_R, SC_SS_HI)) & LibTrain.MASK64) << 64
                    | (uint256(_get(pf, R_R, SC_SS_LO)) & LibTrain.MASK64);
            }
            ss = LibTrain.addU128(ss, sum);
            _set(pf, R_R, SC_SS_HI, int256(ss >> 64));
            _set(pf, R_R, SC_SS_LO, int256(ss & LibTrain.MASK64));
            return;
        }
        _fReg(f, n.xhReg, n.xh + lo, n.xh + hi);
        _fReg(f, n.yReg, n.y + lo, n.y + hi);
        _fReg(f, n.rReg, n.rIdx, n.rIdx + 1);
        _fTensor(f, TREE_WEIGHTS, n.tensor, 0, lo, hi);
        _checkFootprint(pf, f);
        int256 r = _get(pf, n.rReg, n.rIdx);
        for (uint256 i = lo; i < hi; ++i) {
            int32 xh = LibTrain.normHat(_get(pf, R_X, n.x + i), r);
            _set(pf, n.xhReg, n.xh + i, xh);
            _set(pf, n.yReg, n.y + i, LibTrain.normOut(xh, _getT(pf, TREE_WEIGHTS, n.tensor, 0, i)));
        }
    }

    /// @notice ADD c, mode: X[l+1,t][c] = sat32(X[l+mode,t][c] + Y[c]).
    function _add(Ctx memory c, Proof memory pf, Locs memory f) internal pure {
        uint256 lo = pf.a * 32;
        uint256 hi = lo + 32 < c.d ? lo + 32 : c.d;
        uint256 src = _slot(c, pf.l + pf.ib, pf.t, c.d);
        uint256 dst = _slot(c, pf.l + 1, pf.t, c.d);
        _fReg(f, R_X, src + lo, src + hi);
        _fReg(f, R_X, dst + lo, dst + hi);
        _fReg(f, R_Y, lo, hi);
        _checkFootprint(pf, f);
        for (uint256 i = lo; i < hi; ++i) {
            _set(pf, R_X, dst + i, LibCanon.sat32(_get(pf, R_X, src + i) + _get(pf, R_Y, i)));
        }
    }

    /// @notice STEPEND: step += 1, cursor = (cursor + B) mod K.
    function _stepEnd(Ctx memory c, Proof memory pf) internal pure {
        uint256 k = pf.c.dataTokens == 0 ? 0 : (pf.c.dataTokens - 1) / c.T;
        if (k == 0) revert NoSequence(pf.c.dataTokens, c.T);
        pf.post.step = LibTrain.add64(pf.c.step, 1);
        pf.post.cursor = LibTrain.add64(pf.c.cursor, c.B) % k;
    }
}
