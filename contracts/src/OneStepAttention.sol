// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {OneStepBase} from "./OneStepBase.sol";

/// @title OneStepAttention
/// @notice Executes the attention micro-steps of a block (docs/isa.md): ROPE, KVW, SCORE, SMAX, EXP, PROB, WSUM and
///         WFIN. OneStepVerifier forwards them here.
contract OneStepAttention is OneStepBase {
    /// @notice IOneStepVerifier.step for the steps OneStepVerifier forwards here (same arguments).
    function stepAttention(ModelConfig calldata cfg, bytes32 modelRoot, JobContext calldata, StepProof calldata sp)
        external
        pure
        returns (bytes32 pre, bytes32 post)
    {
        Ctx memory c = _context(cfg, modelRoot, sp);
        if (c.l == c.layers) revert OutOfRange("l", c.l, c.layers - 1);
        pre = _stateRoot(sp.step, c);
        (c.op, c.a, c.b) = instrAt(cfg, sp.p, sp.step);
        uint256 op = c.op;
        if (!_isAttention(op)) revert StepOutOfRange(sp.step, 0);
        if (op == OP_ROPE) _rope(c, sp);
        else if (op == OP_KVW) _kvWrite(c, sp);
        else if (op == OP_SCORE) _score(c, sp);
        else if (op == OP_SMAX) _sMax(c, sp);
        else if (op == OP_EXP) _exp(c, sp);
        else if (op == OP_PROB) _prob(c, sp);
        else if (op == OP_WSUM) _wSum(c, sp);
        else _wFin(c, sp);
        post = _stateRoot(sp.step + 1, c);
    }
}
