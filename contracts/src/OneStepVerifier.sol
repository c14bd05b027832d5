// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOneStepVerifier} from "./interfaces/IOneStepVerifier.sol";
import {OneStepBase} from "./OneStepBase.sol";
import {OneStepAttention} from "./OneStepAttention.sol";
import {OneStepHead} from "./OneStepHead.sol";

/// @title OneStepVerifier
/// @notice Executes one micro-step of the tensor ISA of docs/isa.md with the integer semantics of
///         docs/arithmetic.md, bit for bit as prover/vm does. Every operand is checked against the pre-state root or
///         the model root before use; the post-state root is computed from the same proofs. This contract is the
///         entry point: it runs the norm, quantization, matrix-product and residual steps itself and forwards
///         attention steps to OneStepAttention and head steps (l = layers) to OneStepHead, unchanged — three
///         contracts only to stay under the EIP-170 code-size limit.
contract OneStepVerifier is OneStepBase, IOneStepVerifier {
    /// @notice The verifier of attention steps (ROPE, KVW, SCORE, SMAX, EXP, PROB, WSUM, WFIN).
    address public immutable ATTENTION;
    /// @notice The verifier of head steps.
    address public immutable HEAD;

    /// @param attention The OneStepAttention deployment.
    /// @param head The OneStepHead deployment.
    constructor(address attention, address head) {
        ATTENTION = attention;
        HEAD = head;
    }

    /// @inheritdoc IOneStepVerifier
    function step(ModelConfig calldata cfg, bytes32 modelRoot, JobContext calldata job, StepProof calldata sp)
        external
        view
        returns (bytes32 pre, bytes32 post)
    {
        if (sp.l == cfg.layers) _forward(HEAD, OneStepHead.stepHead.selector);
        (uint256 op, uint256 a, uint256 b) = instrAt(cfg, sp.p, sp.step);
        if (_isAttention(op)) _forward(ATTENTION, OneStepAttention.stepAttention.selector);
        job; // used by the head step only
        Ctx memory c = _context(cfg, modelRoot, sp);
        pre = _stateRoot(sp.step, c);
        if (op == OP_HALT) return (pre, pre);
        (c.op, c.a, c.b) = (op, a, b);
        if (op == OP_SUMSQ) _sumSq(c, sp);
        else if (op == OP_RMS) _rms(c, sp);
        else if (op == OP_NORM) _norm(c, sp);
        else if (op == OP_QUANT) _quant(c, sp);
        else if (op == OP_MATVEC) _matVec(c, sp);
        else if (op == OP_MATVECP) _matVecPart(c, sp);
        else if (op == OP_ADD) _add(c, sp);
        else _swiglu(c, sp);
        post = _stateRoot(sp.step + 1, c);
    }
}
