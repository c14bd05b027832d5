// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {OneStepBase} from "./OneStepBase.sol";

/// @title OneStepHead
/// @notice Executes one micro-step of the head program (docs/isa.md, "The head step"): the output norm and head,
///         the argmax or the prompt's next token, its embedding and the tokens hash, landing on h(p+1, 0).
contract OneStepHead is OneStepBase {
    /// @notice IOneStepVerifier.step for the steps OneStepVerifier forwards here (same arguments).
    function stepHead(ModelConfig calldata cfg, bytes32 modelRoot, JobContext calldata job, StepProof calldata sp)
        external
        pure
        returns (bytes32 pre, bytes32 post)
    {
        Ctx memory c = _context(cfg, modelRoot, sp);
        if (c.l != c.layers) revert OutOfRange("l", c.l, c.layers);
        c.promptRoot = job.promptRoot;
        c.promptLen = job.promptLen;
        c.temperature = job.temperatureMilli;
        c.topK = job.topK;
        c.topP = job.topPMicro;
        c.seed = job.seed;
        pre = _stateRoot(sp.step, c);
        (c.op, c.a, c.b) = headInstrAt(cfg, c.p + 1 < c.promptLen, c.temperature != 0, sp.step);
        uint256 op = c.op;
        if (op == OP_HALT) return (pre, pre);
        if (op == OP_SUMSQ) _sumSq(c, sp);
        else if (op == OP_RMS) _rms(c, sp);
        else if (op == OP_NORM) _norm(c, sp);
        else if (op == OP_QUANT) _quant(c, sp);
        else if (op == OP_MATVEC) _matVec(c, sp);
        else if (op == OP_MATVECP) _matVecPart(c, sp);
        else if (op == OP_NEXT) _next(c, sp);
        else if (op == OP_PROMPT) _prompt(c, sp);
        else if (op == OP_EMBED) _embed(c, sp);
        else if (op == OP_SPREP) _sPrep(c, sp);
        else if (op == OP_HIST) _hist(c, sp);
        else if (op == OP_PICK) _pick(c, sp);
        else if (op == OP_WTOT) _wTot(c, sp);
        else _token(c, sp); // headInstrAt yields only head opcodes
        post = _stateRoot(sp.step + 1, c);
    }
}
