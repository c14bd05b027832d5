// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IOneStepTypes} from "./interfaces/IOneStepVerifier.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";

/// @title OneStepBase
/// @notice The shared machinery of the one-step verifiers (docs/isa.md): configuration and state roots, the
///         programs, operand checks against the pre-state and the model root, and the opcodes' integer semantics
///         (docs/arithmetic.md), bit for bit as prover/vm. OneStepVerifier runs block steps and OneStepHead the head
///         step; they are two contracts only to stay under the EIP-170 code-size limit.
abstract contract OneStepBase is IOneStepTypes {
    // Registers (docs/isa.md, "Memory layout").
    uint256 internal constant X = 0;
    uint256 internal constant H = 1;
    uint256 internal constant Q = 2;
    uint256 internal constant K = 3;
    uint256 internal constant V = 4;
    uint256 internal constant A = 5;
    uint256 internal constant G = 6;
    uint256 internal constant U = 7;
    uint256 internal constant T = 8;
    uint256 internal constant QXD = 9;
    uint256 internal constant AMD = 10;
    uint256 internal constant QXF = 11;
    uint256 internal constant AMF = 12;
    uint256 internal constant S = 13;
    uint256 internal constant E = 14;
    uint256 internal constant W = 15;
    uint256 internal constant R = 16;
    uint256 internal constant LG = 17;
    uint256 internal constant HIST = 18;
    uint256 internal constant NUM_REGS = 19;

    // Opcodes.
    /// @notice The step at index programLength: the state stays unchanged (the bottom game's padding).
    uint256 internal constant OP_HALT = 0;
    uint256 internal constant OP_SUMSQ = 1;
    uint256 internal constant OP_RMS = 2;
    uint256 internal constant OP_NORM = 3;
    uint256 internal constant OP_QUANT = 4;
    uint256 internal constant OP_MATVEC = 5;
    uint256 internal constant OP_ROPE = 6;
    uint256 internal constant OP_KVW = 7;
    uint256 internal constant OP_SCORE = 8;
    uint256 internal constant OP_SMAX = 9;
    uint256 internal constant OP_EXP = 10;
    uint256 internal constant OP_PROB = 11;
    uint256 internal constant OP_WSUM = 12;
    uint256 internal constant OP_WFIN = 13;
    uint256 internal constant OP_ADD = 14;
    uint256 internal constant OP_SWIGLU = 15;
    uint256 internal constant OP_MATVECP = 16;
    uint256 internal constant OP_NEXT = 17;
    uint256 internal constant OP_PROMPT = 18;
    uint256 internal constant OP_EMBED = 19;
    uint256 internal constant OP_TOKEN = 20;
    uint256 internal constant OP_SPREP = 21;
    uint256 internal constant OP_HIST = 22;
    uint256 internal constant OP_PICK = 23;
    uint256 internal constant OP_WTOT = 24;

    // Scalar words of R.
    uint256 internal constant SC_BEST = 5;
    uint256 internal constant SC_NEXT = 6;
    uint256 internal constant SC_X = 7;
    uint256 internal constant SC_ABOVE = 8;
    uint256 internal constant SC_PREFIX = 9;
    uint256 internal constant SC_TK = 10;
    uint256 internal constant SC_TOTAL = 11;
    uint256 internal constant SC_RES = 12;

    /// @notice The most Q8_0 blocks one MATVEC step multiplies (prover/vm PartBlocks): the parts of a wide row's
    ///         model-root leaf (LibCanon.rowLeaf), which _openRowPart rebuilds, so the two cannot differ.
    uint256 internal constant PART_BLOCKS = LibCanon.ROW_PART_BLOCKS;

    // Model-root leaf kinds (prover/canon LeafIndex).
    uint256 internal constant LEAF_NORM = 2;
    uint256 internal constant LEAF_ROW = 3;
    uint256 internal constant LEAF_ROPE = 5;
    uint256 internal constant LEAF_EMBED = 1;
    uint256 internal constant LEAF_OUTPUT = 4;

    /// @dev The working state of one step, in memory.
    struct Ctx {
        uint256 dim;
        uint256 layers;
        uint256 heads;
        uint256 kvHeads;
        uint256 ff;
        uint256 vocab;
        uint256 context;
        uint256 ropeDims;
        uint256 tied;
        uint256 hd;
        uint256 kvd;
        int256 epsQ32;
        uint256 p;
        uint256 l;
        bytes32 modelRoot;
        uint256 op;
        uint256 a;
        uint256 b;
        bytes32[19] regs;
        bytes32[] layerRoots;
        bytes32 tokensHash;
        bytes32 promptRoot;
        uint256 promptLen;
        uint256 temperature;
        uint256 topK;
        uint256 topP;
        bytes32 seed;
    }

    /*//////////////////////////////////////////////////////////////
                        CONFIGURATION AND STATE
    //////////////////////////////////////////////////////////////*/

    function _context(ModelConfig calldata cfg, bytes32 modelRoot, StepProof calldata sp)
        internal
        pure
        returns (Ctx memory c)
    {
        _checkConfig(cfg);
        c.dim = cfg.dim;
        c.layers = cfg.layers;
        c.heads = cfg.heads;
        c.kvHeads = cfg.kvHeads;
        c.ff = cfg.ffDim;
        c.vocab = cfg.vocab;
        c.context = cfg.context;
        c.ropeDims = cfg.ropeDims;
        c.tied = cfg.tied;
        c.hd = c.dim / c.heads;
        c.kvd = c.kvHeads * c.hd;
        c.epsQ32 = f32ToFixed(cfg.normEpsBits, 32);
        c.modelRoot = modelRoot;
        c.p = sp.p;
        c.l = sp.l;
        if (c.p >= c.context) revert OutOfRange("p", c.p, c.context);
        if (c.l > c.layers) revert OutOfRange("l", c.l, c.layers);
        if (c.l == c.layers && c.p + 1 >= c.context) revert OutOfRange("p", c.p + 1, c.context);
        if (sp.layerRoots.length != c.layers) revert OperandCount("layerRoots", sp.layerRoots.length, c.layers);
        if (sp.model.length == 0) revert OperandCount("model", 0, 1);
        // The configuration must be the one committed in the model root (leaf 0).
        bytes32 meta = _metaLeaf(cfg);
        Opening calldata m0 = sp.model[0];
        if (
            m0.index != 0 || m0.proof.length != _depth(modelLeaves(cfg))
                || LibMerkle.rootFromProofCalldata(meta, 0, m0.proof) != modelRoot
        ) revert ConfigNotInModel(modelRoot);
        for (uint256 r; r < NUM_REGS; ++r) {
            c.regs[r] = sp.regRoots[r];
        }
        c.layerRoots = sp.layerRoots;
        c.tokensHash = sp.tokensHash;
    }

    /// @notice Reverts with InvalidConfig(field) unless the canonical runtime can run a model of this configuration:
    ///         exactly the rules of prover/canon Config.Check (dimensions, their limits, an unpadded feed-forward width
    ///         of 0 or within 32 below ffDim, a finite non-negative RMSNorm epsilon that fits its fixed-point form, a
    ///         finite RoPE base above 1, an EOS token below the vocabulary or type(uint32).max for none), so that every
    ///         model the registry admits is one both sides of a game can execute.
    function _checkConfig(ModelConfig memory cfg) internal pure {
        // A dispute's setup data carries one embedding row (34 bytes per 32 weights) beside a prompt and an output of
        // up to 32 KiB each: 32,768 keeps it within one transaction.
        if (cfg.dim == 0 || cfg.dim % 32 != 0 || cfg.dim > 1 << 15) revert InvalidConfig("dim");
        if (cfg.layers == 0 || cfg.layers > 1 << 10) revert InvalidConfig("layers");
        if (cfg.heads == 0 || cfg.dim % cfg.heads != 0) revert InvalidConfig("heads");
        if ((cfg.dim / cfg.heads) % 2 != 0) revert InvalidConfig("headDim");
        if (cfg.kvHeads == 0 || cfg.heads % cfg.kvHeads != 0) revert InvalidConfig("kvHeads");
        // A refused-row report opens a whole ffn_down row (34 bytes per 32 weights): 98,304 keeps it within one
        // transaction (a MATVECP step opens one 128-block part of it).
        if (cfg.ffDim == 0 || cfg.ffDim % 32 != 0 || cfg.ffDim > 98_304) revert InvalidConfig("ffDim");
        // A zero-padded width is the file's, rounded up to ffDim: ffDim − 32 < ffUnpadded < ffDim (0: not padded).
        if (cfg.ffUnpadded != 0 && (uint256(cfg.ffUnpadded) + 32 <= cfg.ffDim || cfg.ffUnpadded >= cfg.ffDim)) {
            revert InvalidConfig("ffUnpadded");
        }
        if (cfg.vocab == 0 || cfg.vocab > 1 << 21) revert InvalidConfig("vocab");
        if (cfg.context == 0 || cfg.context > 1 << 20) revert InvalidConfig("context");
        if (cfg.ropeDims == 0 || cfg.ropeDims % 2 != 0 || cfg.ropeDims > cfg.dim / cfg.heads || cfg.ropeDims > 1 << 12)
        {
            revert InvalidConfig("ropeDims");
        }
        // Positive finite fp32 values order as their bits: finite and > 1.0 (0x3f800000).
        if (cfg.ropeBaseBits <= 0x3f800000 || cfg.ropeBaseBits >= 0x7f800000) revert InvalidConfig("ropeBaseBits");
        if (f32ToFixed(cfg.normEpsBits, 32) < 0) revert InvalidConfig("normEpsBits");
        if (cfg.tied > 1) revert InvalidConfig("tied");
        if (cfg.eos != type(uint32).max && cfg.eos >= cfg.vocab) revert InvalidConfig("eos");
    }

    /// @notice The metadata leaf of a model root: keccak256("airollup.model.v2" ‖ be32 × [dim, layers, heads,
    ///         kvHeads, ffDim, vocab, context, ropeDims, ropeBaseBits, normEpsBits, tied, eos] ‖ tokenizerHash), with
    ///         be32(ffUnpadded) after eos for a model whose feed-forward width import zero-padded (ffUnpadded ≠ 0):
    ///         prover/canon MetadataLeaf.
    function _metaLeaf(ModelConfig memory cfg) internal pure returns (bytes32) {
        bytes memory fields = abi.encodePacked(
            "airollup.model.v2",
            cfg.dim,
            cfg.layers,
            cfg.heads,
            cfg.kvHeads,
            cfg.ffDim,
            cfg.vocab,
            cfg.context,
            cfg.ropeDims,
            cfg.ropeBaseBits,
            cfg.normEpsBits,
            cfg.tied,
            cfg.eos
        );
        if (cfg.ffUnpadded != 0) fields = abi.encodePacked(fields, cfg.ffUnpadded);
        return keccak256(abi.encodePacked(fields, cfg.tokenizerHash));
    }

    /// @notice keccak256(be64(step) ‖ be32(p) ‖ be32(l) ‖ memoryRoot ‖ kvRoot ‖ tokensHash).
    function _stateRoot(uint64 stepIndex, Ctx memory c) internal pure returns (bytes32) {
        bytes32[] memory regs = new bytes32[](NUM_REGS);
        for (uint256 r; r < NUM_REGS; ++r) {
            regs[r] = c.regs[r];
        }
        bytes32[] memory layers = new bytes32[](c.layerRoots.length);
        for (uint256 i; i < layers.length; ++i) {
            layers[i] = c.layerRoots[i];
        }
        return keccak256(
            abi.encodePacked(stepIndex, uint32(c.p), uint32(c.l), merkleRoot(regs), merkleRoot(layers), c.tokensHash)
        );
    }

    /// @dev Calls target with this call's calldata under another selector (same arguments) and returns or reverts
    ///      with its result unchanged: forwarding costs a calldata copy, not a re-encoding.
    function _forward(address target, bytes4 selector) internal view {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, 0, calldatasize())
            mstore(ptr, or(and(mload(ptr), not(shl(224, 0xffffffff))), selector))
            let ok := staticcall(gas(), target, ptr, calldatasize(), 0, 0)
            returndatacopy(ptr, 0, returndatasize())
            if iszero(ok) { revert(ptr, returndatasize()) }
            return(ptr, returndatasize())
        }
    }

    /// @dev Whether an opcode is executed by OneStepAttention.
    function _isAttention(uint256 op) internal pure returns (bool) {
        return op >= OP_ROPE && op <= OP_WFIN;
    }

    /*//////////////////////////////////////////////////////////////
                              PROGRAM
    //////////////////////////////////////////////////////////////*/

    // Segment modes (the packing of _pack): the index j goes in A (B = fixed), in B (A = fixed), is a (row, part)
    // pair of a partitioned matrix product, or walks the attention run of every head.
    uint256 private constant MODE_A = 0;
    uint256 private constant MODE_B = 1;
    uint256 private constant MODE_PARTS = 2;
    uint256 private constant MODE_HEADS = 3;

    /// @notice Instruction k of the block program at position p (prover/vm Compile); HALT at k = the program length.
    function instrAt(ModelConfig calldata cfg, uint256 p, uint256 k)
        internal
        pure
        returns (uint256 op, uint256 a, uint256 b)
    {
        return _at(_blockProgram(cfg, p), k);
    }

    /// @notice Instruction k of the head step (prover/vm CompileHead): the prompt's next token at prompt positions,
    ///         else the output head and its argmax; then the embedding and the token.
    function headInstrAt(ModelConfig calldata cfg, bool prompted, bool sampled, uint256 k)
        internal
        pure
        returns (uint256 op, uint256 a, uint256 b)
    {
        return _at(_headProgram(cfg, prompted, sampled), k);
    }

    /// @notice The length of the block program at position p (the index of its HALT step): prover/vm
    ///         Compile(c, p).Len().
    function _blockLength(ModelConfig calldata cfg, uint256 p) internal pure returns (uint256) {
        return _length(_blockProgram(cfg, p));
    }

    /// @notice The length of the head program (the index of its HALT step): prover/vm CompileHead(...).Len().
    function _headLength(ModelConfig calldata cfg, bool prompted, bool sampled) internal pure returns (uint256) {
        return _length(_headProgram(cfg, prompted, sampled));
    }

    /// @dev The block program at position p as packed segments (docs/isa.md, "Compiling a block"):
    ///      SUMSQ; RMS; NORM 0; QUANT H; MATVEC q, k, v; ROPE Q, K; KVW; per head h: SCORE h t≤p; SMAX c; EXP c;
    ///      PROB c; WSUM h t≤p; WFIN h; QUANT A; MATVEC o; ADD; SUMSQ; RMS; NORM 1; QUANT H; MATVEC gate, up;
    ///      SWIGLU; QUANT G; MATVEC down; ADD.
    function _blockProgram(ModelConfig calldata cfg, uint256 p) private pure returns (uint256[] memory s) {
        uint256 cd = _chunks(cfg.dim);
        uint256 cf = _chunks(cfg.ffDim);
        uint256 kvd = uint256(cfg.kvHeads) * (cfg.dim / cfg.heads);
        uint256 t = p + 1;
        s = new uint256[](24);
        s[0] = _pack(cd, OP_SUMSQ, 0, MODE_A);
        s[1] = _pack(1, OP_RMS, 0, MODE_A);
        s[2] = _pack(cd, OP_NORM, 0, MODE_A);
        s[3] = _pack(cd, OP_QUANT, H, MODE_A);
        s[4] = _packMat(cfg.dim, 0, cfg.dim);
        s[5] = _packMat(kvd, 1, cfg.dim);
        s[6] = _packMat(kvd, 2, cfg.dim);
        s[7] = _pack(cfg.heads, OP_ROPE, 0, MODE_B);
        s[8] = _pack(cfg.kvHeads, OP_ROPE, 1, MODE_B);
        s[9] = _pack(1, OP_KVW, 0, MODE_A);
        s[10] = _pack(uint256(cfg.heads) * _perHead(t), OP_SCORE, 0, MODE_HEADS) | t << 64;
        s[11] = _pack(cd, OP_QUANT, A, MODE_A);
        s[12] = _packMat(cfg.dim, 3, cfg.dim);
        s[13] = _pack(cd, OP_ADD, 0, MODE_A);
        s[14] = _pack(cd, OP_SUMSQ, 0, MODE_A);
        s[15] = _pack(1, OP_RMS, 0, MODE_A);
        s[16] = _pack(cd, OP_NORM, 1, MODE_A);
        s[17] = _pack(cd, OP_QUANT, H, MODE_A);
        s[18] = _packMat(cfg.ffDim, 4, cfg.dim);
        s[19] = _packMat(cfg.ffDim, 5, cfg.dim);
        s[20] = _pack(cf, OP_SWIGLU, 0, MODE_A);
        s[21] = _pack(cf, OP_QUANT, G, MODE_A);
        s[22] = _packMat(cfg.dim, 6, cfg.ffDim);
        s[23] = _pack(cd, OP_ADD, 0, MODE_A);
    }

    /// @dev Steps of one head's attention run over t = p + 1 positions: SCORE ×t, SMAX, EXP and PROB ×C(t),
    ///      WSUM ×t, WFIN.
    function _perHead(uint256 t) private pure returns (uint256) {
        return 2 * t + 3 * _chunks(t) + 1;
    }

    /// @dev The head program as packed segments (docs/isa.md, "The head step"): PROMPT at prompt positions, else
    ///      SUMSQ; RMS; NORM 2; QUANT H; MATVEC output; NEXT (and the three radix selections when sampled); then
    ///      EMBED; TOKEN.
    function _headProgram(ModelConfig calldata cfg, bool prompted, bool sampled)
        private
        pure
        returns (uint256[] memory segs)
    {
        uint256 cd = _chunks(cfg.dim);
        segs = new uint256[](prompted ? 3 : sampled ? 8 + 3 * 17 + 1 : 8);
        uint256 i;
        if (prompted) {
            segs[i++] = _pack(1, OP_PROMPT, 0, MODE_A);
        } else {
            segs[i++] = _pack(cd, OP_SUMSQ, 0, MODE_A);
            segs[i++] = _pack(1, OP_RMS, 0, MODE_A);
            segs[i++] = _pack(cd, OP_NORM, 2, MODE_A);
            segs[i++] = _pack(cd, OP_QUANT, H, MODE_A);
            segs[i++] = _packMat(cfg.vocab, 7, cfg.dim);
            segs[i++] = _pack(_chunks(cfg.vocab), OP_NEXT, 0, MODE_A);
            if (sampled) {
                // three radix selections (docs/isa.md, "Sampling"): top-k boundary, top-p cut, the token
                i = _radix(segs, i, 0, cfg.vocab);
                segs[i++] = _pack(_chunks(cfg.vocab), OP_WTOT, 0, MODE_A);
                i = _radix(segs, i, 1, cfg.vocab);
                i = _radix(segs, i, 2, cfg.vocab);
            }
        }
        segs[i++] = _pack(cd, OP_EMBED, 0, MODE_A);
        segs[i++] = _pack(1, OP_TOKEN, 0, MODE_A);
    }

    /// @dev Appends selection sel: SPREP sel, then 8 × (HIST c, pass|sel<<8 over the vocabulary; PICK pass|sel<<8).
    function _radix(uint256[] memory segs, uint256 i, uint256 sel, uint256 vocab) private pure returns (uint256) {
        segs[i++] = _pack(1, OP_SPREP, sel, MODE_B);
        for (uint256 pass; pass < 8; ++pass) {
            segs[i++] = _pack(_chunks(vocab), OP_HIST, pass | sel << 8, MODE_A);
            segs[i++] = _pack(1, OP_PICK, pass | sel << 8, MODE_B);
        }
        return i;
    }

    /// @dev A segment: n << 128 | aux << 64 | op << 56 | fixedArg << 8 | mode, where aux is the part count
    ///      (MODE_PARTS) or the attended positions t (MODE_HEADS). Every field is far wider than what a uint32
    ///      configuration can produce, so the packing never overflows.
    function _pack(uint256 n, uint256 op, uint256 fixedArg, uint256 mode) private pure returns (uint256) {
        return n << 128 | op << 56 | fixedArg << 8 | mode;
    }

    /// @dev A matrix-product segment: MATVEC per row, or MATVECP per (row, part) when rows exceed PART_BLOCKS
    ///      blocks.
    function _packMat(uint256 rows, uint256 m, uint256 cols) private pure returns (uint256) {
        uint256 parts = (cols / 32 + PART_BLOCKS - 1) / PART_BLOCKS;
        if (parts <= 1) return _pack(rows, OP_MATVEC, m, MODE_B);
        return _pack(rows * parts, OP_MATVECP, m, MODE_PARTS) | parts << 64;
    }

    /// @dev The number of steps of a program: the index of its HALT step.
    function _length(uint256[] memory segs) private pure returns (uint256 n) {
        for (uint256 i; i < segs.length; ++i) {
            n += segs[i] >> 128;
        }
    }

    /// @dev Instruction k of a program of packed segments; HALT at k = its length, StepOutOfRange past it.
    function _at(uint256[] memory segs, uint256 k) private pure returns (uint256 op, uint256 a, uint256 b) {
        uint256 j = k;
        for (uint256 i; i < segs.length; ++i) {
            uint256 sg = segs[i];
            uint256 n = sg >> 128;
            if (j < n) {
                op = (sg >> 56) & 0xff;
                uint256 fixedArg = (sg >> 8) & 0xffffffffffff;
                uint256 mode = sg & 0xff;
                uint256 aux = (sg >> 64) & type(uint64).max;
                if (mode == MODE_HEADS) return _attention(aux, j);
                if (mode == MODE_PARTS) return (op, fixedArg | (j % aux) << 8, j / aux);
                if (mode == MODE_B) return (op, fixedArg, j);
                return (op, j, fixedArg);
            }
            j -= n;
        }
        if (j == 0) return (OP_HALT, 0, 0); // the step at the program's length
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: a step index is a uint64 in every proof
        revert StepOutOfRange(uint64(k), k - j);
    }

    /// @dev Step j of the attention runs over t positions: SCORE h t'<t; SMAX c; EXP c; PROB c; WSUM h t'<t;
    ///      WFIN h.
    function _attention(uint256 t, uint256 j) private pure returns (uint256, uint256, uint256) {
        uint256 ct = _chunks(t);
        uint256 per = _perHead(t);
        uint256 h = j / per;
        j %= per;
        if (j < t) return (OP_SCORE, h, j);
        j -= t;
        if (j < ct) return (OP_SMAX, j, 0);
        j -= ct;
        if (j < ct) return (OP_EXP, j, 0);
        j -= ct;
        if (j < ct) return (OP_PROB, j, 0);
        j -= ct;
        if (j < t) return (OP_WSUM, h, j);
        return (OP_WFIN, h, 0);
    }

    function _chunks(uint256 n) private pure returns (uint256) {
        return (n + 31) / 32;
    }

    /*//////////////////////////////////////////////////////////////
                             MODEL ROOT
    //////////////////////////////////////////////////////////////*/

    /// @notice Number of leaves of the model root (docs/protocol.md, "Model root").
    function modelLeaves(ModelConfig memory cfg) internal pure returns (uint256) {
        uint256 cd = _chunks(cfg.dim);
        uint256 kvd = uint256(cfg.kvHeads) * (cfg.dim / cfg.heads);
        uint256 perLayer = 2 * cd + 3 * uint256(cfg.dim) + 2 * kvd + 2 * uint256(cfg.ffDim);
        uint256 n = 1 + uint256(cfg.vocab) + uint256(cfg.layers) * perLayer + cd + uint256(cfg.context);
        if (cfg.tied == 0) n += cfg.vocab;
        return n;
    }

    /// @notice Index of a leaf of the model root (prover/canon LeafIndex) for norm chunks, block rows and RoPE rows.
    function _leafIndex(Ctx memory c, uint256 kind, uint256 which, uint256 i) internal pure returns (uint256) {
        uint256 cd = _chunks(c.dim);
        uint256 perLayer = 2 * cd + 3 * c.dim + 2 * c.kvd + 2 * c.ff;
        uint256 base = 1 + c.vocab + c.l * perLayer;
        if (kind == LEAF_NORM) {
            return base + (which == 1 ? cd + 2 * c.dim + 2 * c.kvd : 0) + i;
        }
        if (kind == LEAF_EMBED) return 1 + i;
        if (kind == LEAF_OUTPUT || (kind == LEAF_ROW && which == 7)) {
            return c.tied == 1 ? 1 + i : 1 + c.vocab + c.layers * perLayer + cd + i;
        }
        if (kind == LEAF_ROW) {
            uint256 off = cd;
            uint256[7] memory sizes = [c.dim, c.kvd, c.kvd, c.dim, c.ff, c.ff, c.dim];
            for (uint256 j; j < which; ++j) {
                off += sizes[j];
                if (j == 3) off += cd;
            }
            return base + off + i;
        }
        // RoPE row
        uint256 out = 1 + c.vocab + c.layers * perLayer + cd;
        if (c.tied == 0) out += c.vocab;
        return out + i;
    }

    function _openModel(Ctx memory c, Opening calldata o, uint256 index, uint256 len, uint256 depth)
        internal
        pure
        returns (bytes memory data)
    {
        if (o.index != index || o.data.length != len || o.proof.length != depth) revert BadProof("model", index);
        if (LibMerkle.rootFromProofCalldata(keccak256(o.data), index, o.proof) != c.modelRoot) {
            revert BadProof("model", index);
        }
        return o.data;
    }

    /// @dev Checks model opening o is the weight row at index (len bytes; its leaf is LibCanon.rowLeaf) and returns
    ///      its data.
    function _openRow(Ctx memory c, Opening calldata o, uint256 index, uint256 len, uint256 depth)
        internal
        pure
        returns (bytes memory)
    {
        if (o.index != index || o.data.length != len || o.proof.length != depth) revert BadProof("model", index);
        if (LibMerkle.rootFromProofCalldata(LibCanon.rowLeafCalldata(o.data), index, o.proof) != c.modelRoot) {
            revert BadProof("model", index);
        }
        return o.data;
    }

    /// @dev Checks model opening o is part `part` (PART_BLOCKS blocks) of the weight row of rowBytes bytes at index:
    ///      its data is the part's bytes and its proof the other parts' hashes, in order, then the leaf's proof in the
    ///      model root (prover/vm OpenRowPart). Returns the part's data.
    function _openRowPart(Ctx memory c, Opening calldata o, uint256 index, uint256 part, uint256 rowBytes)
        internal
        pure
        returns (bytes memory data)
    {
        uint256 depth = _depth(modelLeavesCtx(c));
        uint256 pb = PART_BLOCKS * LibCanon.BLOCK_BYTES;
        uint256 np = (rowBytes + pb - 1) / pb;
        uint256 from = part * pb;
        uint256 len = from + pb > rowBytes ? rowBytes - from : pb;
        bytes32[] calldata pr = o.proof;
        if (np < 2 || o.index != index || o.data.length != len || pr.length != np - 1 + depth) {
            revert BadProof("model", index);
        }
        data = o.data;
        bytes32 leaf;
        assembly ("memory-safe") {
            let hp := mload(0x40) // scratch: the parts' hashes
            let j := 0
            for { let k := 0 } lt(k, np) { k := add(k, 1) } {
                switch eq(k, part)
                case 1 { mstore(add(hp, shl(5, k)), keccak256(add(data, 0x20), len)) }
                default {
                    mstore(add(hp, shl(5, k)), calldataload(add(pr.offset, shl(5, j))))
                    j := add(j, 1)
                }
            }
            leaf := keccak256(hp, shl(5, np))
        }
        if (LibMerkle.rootFromProofCalldata(leaf, index, pr[np - 1:]) != c.modelRoot) revert BadProof("model", index);
    }

    /*//////////////////////////////////////////////////////////////
                             REGISTERS
    //////////////////////////////////////////////////////////////*/

    function _regLen(Ctx memory c, uint256 r) internal pure returns (uint256) {
        if (r == X || r == H || r == Q || r == A || r == T || r == QXD) return c.dim;
        if (r == K || r == V) return c.kvd;
        if (r == G || r == U || r == QXF) return c.ff;
        if (r == AMD) return c.dim / 32;
        if (r == AMF) return c.ff / 32;
        if (r == S || r == E) return c.context;
        if (r == W) return c.hd;
        if (r == LG) return c.vocab;
        if (r == HIST) return 256;
        return 52; // R: thirteen 32-byte scalar words
    }

    function _per(uint256 r) internal pure returns (uint256) {
        return (r == AMD || r == AMF || r == W || r == R || r == HIST) ? 16 : 32;
    }

    function _width(uint256 r) internal pure returns (uint256) {
        if (r == QXD || r == QXF) return 1;
        if (r == AMD || r == AMF || r == W || r == R || r == HIST) return 8;
        return 4;
    }

    /// @dev Bytes of leaf `index` of register r (the last leaf may be short).
    function _leafLen(Ctx memory c, uint256 r, uint256 index) internal pure returns (uint256) {
        uint256 n = _regLen(c, r);
        uint256 per = _per(r);
        uint256 from = index * per;
        uint256 to = from + per > n ? n : from + per;
        return (to - from) * _width(r);
    }

    /// @dev Checks operand i is leaf `index` of register r in the pre-state and returns its data.
    function _chunk(Ctx memory c, StepProof calldata sp, uint256 i, uint256 r, uint256 index)
        internal
        pure
        returns (bytes memory)
    {
        if (i >= sp.chunks.length) revert OperandCount("chunks", sp.chunks.length, i + 1);
        Chunk calldata ch = sp.chunks[i];
        uint256 leaves = _chunks2(_regLen(c, r), _per(r));
        if (ch.reg != r || ch.index != index || index >= leaves) revert WrongOperand(i, ch.reg, ch.index);
        uint256 want = _leafLen(c, r, index);
        if (ch.data.length != want) revert OperandLength(i, ch.data.length, want);
        if (ch.proof.length != _depth(leaves)) revert BadProof("chunk", i);
        if (LibMerkle.rootFromProofCalldata(keccak256(ch.data), index, ch.proof) != c.regs[r]) {
            revert BadProof("chunk", i);
        }
        return ch.data;
    }

    /// @dev Writes new data into the leaf of operand i (checked by _chunk) and updates its register root.
    function _write(Ctx memory c, StepProof calldata sp, uint256 i, bytes memory data) internal pure {
        Chunk calldata ch = sp.chunks[i];
        c.regs[ch.reg] = LibMerkle.rootFromProofCalldata(keccak256(data), ch.index, ch.proof);
    }

    /// @dev Checks full-register operand i is register r in the pre-state and returns its data.
    function _full(Ctx memory c, StepProof calldata sp, uint256 i, uint256 r)
        internal
        pure
        returns (bytes memory data)
    {
        if (i >= sp.full.length) revert OperandCount("full", sp.full.length, i + 1);
        data = sp.full[i];
        uint256 want = _regLen(c, r) * _width(r);
        if (data.length != want) revert OperandLength(i, data.length, want);
        if (_regRoot(c, r, data) != c.regs[r]) revert BadProof("full", i);
    }

    /// @dev The Merkle root of a register's data.
    function _regRoot(Ctx memory c, uint256 r, bytes memory data) internal pure returns (bytes32) {
        c; // registers are hashed the same whatever the model
        return _leafRoot(data, _per(r) * _width(r));
    }

    /// @dev The Merkle root over the leaves of `per` bytes of data (the last may be short), prover/merkle's rules.
    function _leafRoot(bytes memory data, uint256 per) internal pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let len := mload(data)
            let n := div(add(len, sub(per, 1)), per)
            let buf := mload(0x40) // scratch: the leaf hashes, reduced in place
            for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                let from := mul(j, per)
                let l := sub(len, from)
                if gt(l, per) { l := per }
                mstore(add(buf, shl(5, j)), keccak256(add(add(data, 0x20), from), l))
            }
            root := 0
            if n {
                for {} gt(n, 1) {} {
                    let full := shr(1, n)
                    for { let i := 0 } lt(i, full) { i := add(i, 1) } {
                        let p := add(buf, shl(6, i))
                        mstore(
                            add(buf, shl(5, i)),
                            mul(keccak256(p, 0x40), iszero(iszero(or(mload(p), mload(add(p, 0x20))))))
                        )
                    }
                    if and(n, 1) {
                        let l := mload(add(buf, shl(5, sub(n, 1))))
                        mstore(0x00, l)
                        mstore(0x20, 0)
                        mstore(add(buf, shl(5, full)), mul(keccak256(0x00, 0x40), iszero(iszero(l))))
                    }
                    n := add(full, and(n, 1))
                }
                root := mload(buf)
            }
        }
    }

    function _chunks2(uint256 n, uint256 per) private pure returns (uint256) {
        return (n + per - 1) / per;
    }

    /*//////////////////////////////////////////////////////////////
                             EXECUTION
    //////////////////////////////////////////////////////////////*/

    function _sumSq(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory x = _chunk(c, sp, 0, X, c.a);
        bytes memory r = _full(c, sp, 0, R);
        uint256 ss = c.a == 0 ? 0 : uint256(_word(r, 0));
        for (uint256 i; i < x.length / 4; ++i) {
            int256 v = _i32(x, i);
            // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
            ss += uint256(v * v);
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        _setWord(r, 0, int256(ss));
        c.regs[R] = _regRoot(c, R, r);
    }

    function _rms(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory r = _full(c, sp, 0, R);
        _setWord(r, 1, LibCanon.rmsInv(_word(r, 0), c.dim, c.epsQ32));
        c.regs[R] = _regRoot(c, R, r);
    }

    function _norm(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory x = _chunk(c, sp, 0, X, c.a);
        _chunk(c, sp, 1, H, c.a);
        int256 rms = _word(_full(c, sp, 0, R), 1);
        if (sp.model.length != 2) revert OperandCount("model", sp.model.length, 2);
        bytes memory w =
            _openModel(c, sp.model[1], _leafIndex(c, LEAF_NORM, c.b, c.a), x.length, _depth(modelLeavesCtx(c)));
        bytes memory h = new bytes(x.length);
        for (uint256 i; i < x.length / 4; ++i) {
            _setI32(h, i, LibCanon.rmsApply(_i32(x, i), _i32(w, i), rms));
        }
        _write(c, sp, 1, h);
    }

    function _quant(Ctx memory c, StepProof calldata sp) internal pure {
        (uint256 qx, uint256 am) = c.b == G ? (QXF, AMF) : (QXD, AMD);
        bytes memory src = _chunk(c, sp, 0, c.b, c.a);
        _chunk(c, sp, 1, qx, c.a);
        bytes memory amLeaf = _chunk(c, sp, 2, am, c.a / 16);
        int32[32] memory v;
        for (uint256 i; i < 32; ++i) {
            v[i] = int32(_i32(src, i));
        }
        (int8[32] memory q, int256 amax) = LibCanon.quantizeBlock(v);
        bytes memory qb = new bytes(32);
        for (uint256 i; i < 32; ++i) {
            qb[i] = bytes1(uint8(int8(q[i])));
        }
        _write(c, sp, 1, qb);
        _setI64(amLeaf, c.a % 16, amax);
        _write(c, sp, 2, amLeaf);
    }

    function _matVec(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory out = _chunk(c, sp, 0, _matDst(c.a), c.b / 32);
        bool ff = c.a == 6;
        bytes memory q = _full(c, sp, 0, ff ? QXF : QXD);
        bytes memory am = _full(c, sp, 1, ff ? AMF : AMD);
        bytes memory row = _row(c, sp);
        uint256 rp;
        uint256 qp;
        uint256 ap;
        assembly ("memory-safe") {
            rp := add(row, 0x20)
            qp := add(q, 0x20)
            ap := add(am, 0x20)
        }
        _setI32(out, c.b % 32, LibCanon.finishDot(LibCanon.dotPacked(rp, qp, ap, am.length / 8, 0)));
        _write(c, sp, 0, out);
    }

    /// @dev MATVECP m|part<<8, r: blocks [128·part, 128·part + 128) of row r into ACC; the last part writes dst[r].
    function _matVecPart(Ctx memory c, StepProof calldata sp) internal pure {
        uint256 m = c.a & 0xff;
        uint256 nb = (m == 6 ? c.ff : c.dim) / 32;
        uint256[2] memory range = [(c.a >> 8) * PART_BLOCKS, 0];
        range[1] = range[0] + PART_BLOCKS > nb ? nb : range[0] + PART_BLOCKS;
        bytes memory out = _chunk(c, sp, 0, _matDst(m), c.b / 32);
        bytes memory r = _full(c, sp, 0, R);
        int256 acc = (c.a >> 8 == 0 ? int256(0) : _word(r, 4)) + _partialDot(c, sp, m, range);
        if (range[1] == nb) {
            _setI32(out, c.b % 32, LibCanon.finishDot(acc));
            acc = 0;
        }
        _setWord(r, 4, acc);
        c.regs[R] = _regRoot(c, R, r);
        _write(c, sp, 0, out);
    }

    /// @dev Σ D24·S·A over blocks [range[0], range[1]) of row c.b of matrix m, from the step's openings: the QX and AM
    ///      subtrees covering the range (32-byte leaves; 16 maxima per leaf) and the row's part (_openRowPart).
    function _partialDot(Ctx memory c, StepProof calldata sp, uint256 m, uint256[2] memory range)
        private
        pure
        returns (int256)
    {
        uint256 qp = _partQ(c, sp, m == 6, range);
        uint256 ap = _partAmax(c, sp, m == 6, range);
        if (sp.model.length != 2) revert OperandCount("model", sp.model.length, 2);
        bytes memory row = _openRowPart(
            c, sp.model[1], _leafIndex(c, LEAF_ROW, m, c.b), range[0] / PART_BLOCKS, (m == 6 ? c.ff : c.dim) / 32 * 34
        );
        uint256 rp;
        assembly ("memory-safe") {
            rp := add(row, 0x20)
        }
        return LibCanon.dotPacked(rp, qp, ap, range[1] - range[0], range[0]);
    }

    /// @dev The memory address of the quants of block range[0] in the QX subtree covering the range (checked).
    function _partQ(Ctx memory c, StepProof calldata sp, bool ff, uint256[2] memory range)
        private
        pure
        returns (uint256 qp)
    {
        uint256 nb = (ff ? c.ff : c.dim) / 32;
        uint256 reg = ff ? QXF : QXD;
        (bytes memory qd, uint256 first) =
            _subtreeLeaves(sp, 0, reg, [nb, range[0], range[1] - 1, 32, nb * 32], c.regs[reg]);
        uint256 off = (range[0] - first) * 32;
        assembly ("memory-safe") {
            qp := add(add(qd, 0x20), off)
        }
    }

    /// @dev The memory address of A_b of block range[0] in the AM subtree covering the range (checked).
    function _partAmax(Ctx memory c, StepProof calldata sp, bool ff, uint256[2] memory range)
        private
        pure
        returns (uint256 ap)
    {
        uint256 nb = (ff ? c.ff : c.dim) / 32;
        uint256 reg = ff ? AMF : AMD;
        (bytes memory ad, uint256 first) =
            _subtreeLeaves(sp, 1, reg, [(nb + 15) / 16, range[0] / 16, (range[1] - 1) / 16, 128, nb * 8], c.regs[reg]);
        uint256 off = (range[0] - first * 16) * 8;
        assembly ("memory-safe") {
            ap := add(add(ad, 0x20), off)
        }
    }

    /// @dev Checks subtree operand i of a tree over leaves of g[3] bytes (g = [leaves, c0, c1, leafBytes,
    ///      totalBytes]): the smallest aligned subtree covering leaves [c0, c1], against root.
    function _subtreeLeaves(StepProof calldata sp, uint256 i, uint256 reg, uint256[5] memory g, bytes32 root)
        private
        pure
        returns (bytes memory data, uint256 first)
    {
        if (i >= sp.subtrees.length) revert OperandCount("subtrees", sp.subtrees.length, i + 1);
        Subtree calldata st = sp.subtrees[i];
        uint256 h;
        while ((g[1] >> h) != (g[2] >> h)) ++h;
        first = (g[1] >> h) << h;
        // forge-lint: disable-next-line(incorrect-shift) -- intended: shifts of 1 by a height, casts of checked in-range values
        uint256 last = first + (1 << h) > g[0] ? g[0] : first + (1 << h);
        uint256 want = last * g[3] > g[4] ? g[4] - first * g[3] : (last - first) * g[3];
        if (st.reg != reg || st.first != first || st.height != h) revert WrongOperand(i, st.reg, st.first);
        if (st.data.length != want) revert OperandLength(i, st.data.length, want);
        if (
            st.proof.length != _depth(g[0]) - h
                || LibMerkle.rootFromProofCalldata(_subRootLeaves(st.data, h, g[3]), first >> h, st.proof) != root
        ) revert BadProof("subtree", i);
        data = st.data;
    }

    /// @dev Destination register of matrix m: q→Q, k→K, v→V, o→T, gate→G, up→U, down→T.
    function _matDst(uint256 m) private pure returns (uint256) {
        if (m == 7) return LG;
        if (m == 0) return Q;
        if (m == 1) return K;
        if (m == 2) return V;
        if (m == 4) return G;
        if (m == 5) return U;
        return T;
    }

    /// @dev The weight row of MATVEC a, b, opened against the model root.
    function _row(Ctx memory c, StepProof calldata sp) private pure returns (bytes memory) {
        if (sp.model.length != 2) revert OperandCount("model", sp.model.length, 2);
        uint256 cols = c.a == 6 ? c.ff : c.dim;
        return _openRow(c, sp.model[1], _leafIndex(c, LEAF_ROW, c.a, c.b), cols / 32 * 34, _depth(modelLeavesCtx(c)));
    }

    function _rope(Ctx memory c, StepProof calldata sp) internal pure {
        uint256 reg = c.a == 0 ? Q : K;
        (bytes memory v, uint256 first) =
            _subtree(sp, 0, reg, _regLen(c, reg), c.b * c.hd, (c.b + 1) * c.hd, c.regs[reg]);
        if (sp.model.length != 2) revert OperandCount("model", sp.model.length, 2);
        uint256 half = c.ropeDims / 2;
        bytes memory tab =
            _openModel(c, sp.model[1], _leafIndex(c, LEAF_ROPE, 0, c.p), 8 * half, _depth(modelLeavesCtx(c)));
        uint256 base = c.b * c.hd - first * 32;
        for (uint256 i; i < half; ++i) {
            (int32 y0, int32 y1) =
                LibCanon.ropePair(_i32(v, base + 2 * i), _i32(v, base + 2 * i + 1), _i32(tab, i), _i32(tab, half + i));
            _setI32(v, base + 2 * i, y0);
            _setI32(v, base + 2 * i + 1, y1);
        }
        c.regs[reg] = _writeSubtree(sp, 0, v);
    }

    function _kvWrite(Ctx memory c, StepProof calldata sp) internal pure {
        if (sp.kv.length != 1) revert OperandCount("kv", sp.kv.length, 1);
        Opening calldata o = sp.kv[0];
        // The slot of position p must be empty before the write; the leaf commits to the K and V registers.
        if (o.index != c.p || o.data.length != 0 || o.proof.length != _depth(c.context)) revert BadProof("kv", 0);
        if (LibMerkle.rootFromProofCalldata(bytes32(0), c.p, o.proof) != c.layerRoots[c.l]) revert BadProof("kv", 0);
        c.layerRoots[c.l] =
            LibMerkle.rootFromProofCalldata(keccak256(abi.encodePacked(c.regs[K], c.regs[V])), c.p, o.proof);
    }

    /// @dev Checks KV opening i is position t ≤ p of layer l; returns its keys root and values root.
    function _kv(Ctx memory c, StepProof calldata sp, uint256 i, uint256 t) internal pure returns (bytes32, bytes32) {
        if (i >= sp.kv.length) revert OperandCount("kv", sp.kv.length, i + 1);
        Opening calldata o = sp.kv[i];
        if (t > c.p || o.index != t || o.data.length != 64 || o.proof.length != _depth(c.context)) {
            revert BadProof("kv", i);
        }
        if (LibMerkle.rootFromProofCalldata(keccak256(o.data), t, o.proof) != c.layerRoots[c.l]) {
            revert BadProof("kv", i);
        }
        return (bytes32(o.data[0:32]), bytes32(o.data[32:64]));
    }

    /// @dev Checks subtree operand i: the smallest aligned subtree covering elements [e0, e1) of an int32 vector
    ///      of n elements whose chunk tree has root `root`. Returns its data and first leaf.
    function _subtree(StepProof calldata sp, uint256 i, uint256 reg, uint256 n, uint256 e0, uint256 e1, bytes32 root)
        internal
        pure
        returns (bytes memory data, uint256 first)
    {
        if (i >= sp.subtrees.length) revert OperandCount("subtrees", sp.subtrees.length, i + 1);
        uint256[4] memory g = _span(n, e0, e1); // height, first leaf, data bytes, proof length
        Subtree calldata st = sp.subtrees[i];
        if (st.reg != reg || st.first != g[1] || st.height != g[0]) revert WrongOperand(i, st.reg, st.first);
        if (st.data.length != g[2]) revert OperandLength(i, st.data.length, g[2]);
        if (
            st.proof.length != g[3]
                || LibMerkle.rootFromProofCalldata(_subRoot(st.data, g[0]), g[1] >> g[0], st.proof) != root
        ) revert BadProof("subtree", i);
        return (st.data, g[1]);
    }

    /// @dev Geometry of the smallest aligned subtree covering elements [e0, e1) of an n-element int32 vector:
    ///      [height, first leaf, data bytes, proof length].
    function _span(uint256 n, uint256 e0, uint256 e1) internal pure returns (uint256[4] memory g) {
        uint256 c0 = e0 / 32;
        uint256 c1 = (e1 - 1) / 32;
        uint256 h;
        while ((c0 >> h) != (c1 >> h)) ++h;
        uint256 first = (c0 >> h) << h;
        uint256 leaves = (n + 31) / 32;
        // forge-lint: disable-next-line(incorrect-shift) -- intended: shifts of 1 by a height, casts of checked in-range values
        uint256 last = first + (1 << h) > leaves ? leaves : first + (1 << h);
        uint256 end = last * 32 > n ? n : last * 32;
        g[0] = h;
        g[1] = first;
        g[2] = (end - first * 32) * 4;
        g[3] = _depth(leaves) - h;
    }

    /// @dev The new root after replacing subtree operand i (checked by _subtree) with data.
    function _writeSubtree(StepProof calldata sp, uint256 i, bytes memory data) internal pure returns (bytes32) {
        Subtree calldata st = sp.subtrees[i];
        return LibMerkle.rootFromProofCalldata(_subRoot(data, st.height), uint256(st.first) >> st.height, st.proof);
    }

    /// @dev Root of a subtree of height h over 128-byte leaves of data, zero-padded to 2^h leaves.
    function _subRoot(bytes memory data, uint256 h) internal pure returns (bytes32) {
        return _subRootLeaves(data, h, 128);
    }

    /// @dev Root of a subtree of height h over leaves of leafBytes bytes of data, zero-padded to 2^h leaves.
    function _subRootLeaves(bytes memory data, uint256 h, uint256 leafBytes) internal pure returns (bytes32) {
        // forge-lint: disable-next-line(incorrect-shift) -- intended: shifts of 1 by a height, casts of checked in-range values
        bytes32[] memory leaves = new bytes32[](1 << h);
        uint256 n = (data.length + leafBytes - 1) / leafBytes;
        for (uint256 j; j < n; ++j) {
            uint256 from = j * leafBytes;
            uint256 len = from + leafBytes > data.length ? data.length - from : leafBytes;
            bytes32 lh;
            assembly ("memory-safe") {
                lh := keccak256(add(add(data, 0x20), from), len)
            }
            leaves[j] = lh;
        }
        return merkleRoot(leaves);
    }

    function _score(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory s = _chunk(c, sp, 0, S, c.b / 32);
        _setI32(s, c.b % 32, LibCanon.attnScore(_qk(c, sp), c.hd));
        _write(c, sp, 0, s);
    }

    /// @dev Σ q·k of query head a and the keys of position b (its kv head), from the step's subtrees.
    function _qk(Ctx memory c, StepProof calldata sp) private pure returns (int256 dot) {
        (bytes memory q, uint256 qo) = _subtree(sp, 0, Q, c.dim, c.a * c.hd, (c.a + 1) * c.hd, c.regs[Q]);
        qo = c.a * c.hd - qo * 32;
        (bytes32 kRoot,) = _kv(c, sp, 0, c.b);
        uint256 g = c.a / (c.heads / c.kvHeads);
        (bytes memory k, uint256 ko) = _subtree(sp, 1, K, c.kvd, g * c.hd, (g + 1) * c.hd, kRoot);
        ko = g * c.hd - ko * 32;
        for (uint256 i; i < c.hd; ++i) {
            dot += _i32(q, qo + i) * _i32(k, ko + i);
        }
    }

    /// @dev SMAX c: folds the scores t ≤ p of chunk c into MAX (chunk 0 starts it and clears SUM), so that no step
    ///      reads the whole context-sized register.
    function _sMax(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory s = _chunk(c, sp, 0, S, c.a);
        bytes memory r = _full(c, sp, 0, R);
        int256 mx = c.a == 0 ? -(1 << 31) : _word(r, 2);
        for (uint256 i; i < s.length / 4; ++i) {
            if (c.a * 32 + i > c.p) break;
            int256 v = _i32(s, i);
            if (v > mx) mx = v;
        }
        _setWord(r, 2, mx);
        if (c.a == 0) _setWord(r, 3, 0);
        c.regs[R] = _regRoot(c, R, r);
    }

    function _exp(Ctx memory c, StepProof calldata sp) internal pure {
        _chunk(c, sp, 0, S, c.a);
        bytes memory s = sp.chunks[0].data;
        bytes memory e = _chunk(c, sp, 1, E, c.a);
        bytes memory r = _full(c, sp, 0, R);
        int256 mx = _word(r, 2);
        int256 sum = _word(r, 3);
        for (uint256 i; i < e.length / 4; ++i) {
            uint256 t = c.a * 32 + i;
            int256 v;
            if (t <= c.p) {
                v = LibCanon.softmaxWeight(_i32(s, i), mx);
                sum += v;
            }
            _setI32(e, i, v);
        }
        _write(c, sp, 1, e);
        _setWord(r, 3, sum);
        c.regs[R] = _regRoot(c, R, r);
    }

    function _prob(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory s = _chunk(c, sp, 0, S, c.a);
        bytes memory e = _chunk(c, sp, 1, E, c.a);
        int256 sum = _word(_full(c, sp, 0, R), 3);
        for (uint256 i; i < s.length / 4; ++i) {
            if (c.a * 32 + i > c.p) break;
            _setI32(s, i, LibCanon.softmaxProb(_i32(e, i), sum));
        }
        _write(c, sp, 0, s);
    }

    function _wSum(Ctx memory c, StepProof calldata sp) internal pure {
        uint256 t = c.b;
        int256 pt = _i32(_chunk(c, sp, 0, S, t / 32), t % 32);
        bytes memory w = _full(c, sp, 0, W);
        (, bytes32 vRoot) = _kv(c, sp, 0, t);
        uint256 g = c.a / (c.heads / c.kvHeads);
        (bytes memory v, uint256 vFirst) = _subtree(sp, 0, V, c.kvd, g * c.hd, (g + 1) * c.hd, vRoot);
        uint256 vo = g * c.hd - vFirst * 32;
        for (uint256 i; i < c.hd; ++i) {
            _setI64(w, i, _i64(w, i) + pt * _i32(v, vo + i));
        }
        c.regs[W] = _regRoot(c, W, w);
    }

    function _wFin(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory w = _full(c, sp, 0, W);
        (bytes memory a, uint256 first) = _subtree(sp, 0, A, c.dim, c.a * c.hd, (c.a + 1) * c.hd, c.regs[A]);
        uint256 ao = c.a * c.hd - first * 32;
        for (uint256 i; i < c.hd; ++i) {
            _setI32(a, ao + i, LibCanon.weightedSumFinish(_i64(w, i)));
            _setI64(w, i, 0);
        }
        c.regs[W] = _regRoot(c, W, w);
        c.regs[A] = _writeSubtree(sp, 0, a);
    }

    function _add(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory x = _chunk(c, sp, 0, X, c.a);
        bytes memory t = _chunk(c, sp, 1, T, c.a);
        for (uint256 i; i < x.length / 4; ++i) {
            _setI32(x, i, LibCanon.addSat(_i32(x, i), _i32(t, i)));
        }
        _write(c, sp, 0, x);
    }

    function _swiglu(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory g = _chunk(c, sp, 0, G, c.a);
        bytes memory u = _chunk(c, sp, 1, U, c.a);
        for (uint256 i; i < g.length / 4; ++i) {
            _setI32(g, i, LibCanon.swiglu(_i32(g, i), _i32(u, i)));
        }
        _write(c, sp, 0, g);
    }

    /// @dev NEXT c: running (best logit, lowest index) over the logits of chunk c.
    function _next(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory lg = _chunk(c, sp, 0, LG, c.a);
        bytes memory r = _full(c, sp, 0, R);
        int256 best = _word(r, 5);
        int256 next = _word(r, 6);
        for (uint256 i; i < lg.length / 4; ++i) {
            int256 v = _i32(lg, i);
            if ((c.a == 0 && i == 0) || v > best) {
                best = v;
                // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
                next = int256(c.a * 32 + i);
            }
        }
        _setWord(r, 5, best);
        _setWord(r, 6, next);
        c.regs[R] = _regRoot(c, R, r);
    }

    /// @dev PROMPT: NEXT = prompt token p+1, opened against the job's prompt root.
    function _prompt(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory r = _full(c, sp, 0, R);
        if (sp.prompt.length != 1) revert OperandCount("prompt", sp.prompt.length, 1);
        Opening calldata o = sp.prompt[0];
        uint256 i = c.p + 1;
        uint256 leaves = (c.promptLen + 31) / 32;
        uint256 end = (i / 32 + 1) * 32 > c.promptLen ? c.promptLen : (i / 32 + 1) * 32;
        if (
            o.index != i / 32 || o.data.length != (end - i / 32 * 32) * 4 || o.proof.length != _depth(leaves)
                || LibMerkle.rootFromProofCalldata(keccak256(o.data), i / 32, o.proof) != c.promptRoot
        ) revert BadProof("prompt", 0);
        bytes memory d = o.data;
        _setWord(r, 6, _i32(d, i % 32));
        c.regs[R] = _regRoot(c, R, r);
    }

    /// @dev EMBED c: X[chunk c] = block c of token_embd row NEXT, dequantized.
    function _embed(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory x = _chunk(c, sp, 0, X, c.a);
        uint256 next = uint256(_word(_full(c, sp, 0, R), 6));
        if (next >= c.vocab) revert OutOfRange("next", next, c.vocab);
        if (sp.model.length != 2) revert OperandCount("model", sp.model.length, 2);
        bytes memory row =
            _openRow(c, sp.model[1], _leafIndex(c, LEAF_EMBED, 0, next), c.dim / 32 * 34, _depth(modelLeavesCtx(c)));
        bytes memory blk = new bytes(34);
        for (uint256 i; i < 34; ++i) {
            blk[i] = row[c.a * 34 + i];
        }
        int32[32] memory e = LibCanon.embedBlock(blk);
        for (uint256 i; i < 32; ++i) {
            _setI32(x, i, e[i]);
        }
        _write(c, sp, 0, x);
    }

    /// @dev SPREP s: the target X of selection s (0: the top-k count; 1: the top-p weight ceil(P·TOTAL/10^6), or
    ///      TOTAL; 2: r mod W + 1 with W the kept weight and r the job's random word); ABOVE = PREFIX = 0.
    function _sPrep(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory r = _full(c, sp, 0, R);
        uint256 x;
        if (c.a == 0) {
            x = c.topK > 0 && c.topK < c.vocab ? c.topK : c.vocab;
        } else if (c.a == 1) {
            x = uint256(_word(r, SC_TOTAL));
            if (c.topP > 0 && c.topP < 1_000_000) x = (c.topP * x + 999_999) / 1_000_000;
        } else {
            x = LibCanon.random(c.seed, uint64(c.p + 1 - c.promptLen)) % uint256(_word(r, SC_RES)) + 1;
        }
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        _setWord(r, SC_X, int256(x));
        _setWord(r, SC_ABOVE, 0);
        _setWord(r, SC_PREFIX, 0);
        c.regs[R] = _regRoot(c, R, r);
    }

    /// @dev A candidate's key: the logit made unsigned order-preserving, then the complement of its id.
    function _key(int256 logit, uint256 id) internal pure returns (uint256) {
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        return (uint256(uint32(int32(logit))) ^ 0x80000000) << 32 | (0xffffffff - id);
    }

    /// @dev A top-k candidate's sampling weight ExpNeg(sat32(rdiv((l − max)·1000, T))); 0 below the top-k key.
    function _weight(Ctx memory c, bytes memory r, int256 logit, uint256 key) internal pure returns (int256) {
        if (key < uint256(_word(r, SC_TK))) return 0;
        return LibCanon.expNeg(LibCanon.sat32(LibCanon.rdiv((logit - _word(r, SC_BEST)) * 1000, int256(c.temperature))));
    }

    /// @dev HIST c, pass|s<<8: histogram the candidates of chunk c whose key matches PREFIX by digit `pass`.
    function _hist(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory lg = _chunk(c, sp, 0, LG, c.a);
        bytes memory h = _full(c, sp, 0, HIST);
        bytes memory r = _full(c, sp, 1, R);
        uint256 pass = c.b & 0xff;
        uint256 prefix = uint256(_word(r, SC_PREFIX));
        for (uint256 i; i < lg.length / 4; ++i) {
            int256 l = _i32(lg, i);
            uint256 key = _key(l, c.a * 32 + i);
            if (pass > 0 && key >> (64 - 8 * pass) != prefix) continue;
            uint256 d = (key >> (56 - 8 * pass)) & 0xff;
            _setI64(h, d, _i64(h, d) + (c.b >> 8 == 0 ? int256(1) : _weight(c, r, l, key)));
        }
        c.regs[HIST] = _regRoot(c, HIST, h);
    }

    /// @dev PICK pass|s<<8: the highest digit whose running measure reaches X; the last pass ends the selection.
    function _pick(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory h = _full(c, sp, 0, HIST);
        bytes memory r = _full(c, sp, 1, R);
        int256 above = _word(r, SC_ABOVE);
        int256 x = _word(r, SC_X);
        uint256 d = 255;
        for (; d > 0; --d) {
            if (above + _i64(h, d) >= x) break;
            above += _i64(h, d);
        }
        uint256 prefix = uint256(_word(r, SC_PREFIX)) << 8 | d;
        _setWord(r, SC_RES, above + _i64(h, d));
        _setWord(r, SC_ABOVE, above);
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        _setWord(r, SC_PREFIX, int256(prefix));
        if ((c.a & 0xff) == 7) {
            // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
            if (c.a >> 8 == 0) _setWord(r, SC_TK, int256(prefix));
            if (c.a >> 8 == 2) _setWord(r, SC_NEXT, int256(0xffffffff - (prefix & 0xffffffff)));
        }
        c.regs[HIST] = _regRoot(c, HIST, new bytes(h.length));
        c.regs[R] = _regRoot(c, R, r);
    }

    /// @dev WTOT c: TOTAL = (c = 0 ? 0 : TOTAL) + the weights of chunk c's top-k candidates.
    function _wTot(Ctx memory c, StepProof calldata sp) internal pure {
        bytes memory lg = _chunk(c, sp, 0, LG, c.a);
        bytes memory r = _full(c, sp, 0, R);
        int256 total = c.a == 0 ? int256(0) : _word(r, SC_TOTAL);
        for (uint256 i; i < lg.length / 4; ++i) {
            int256 l = _i32(lg, i);
            total += _weight(c, r, l, _key(l, c.a * 32 + i));
        }
        _setWord(r, SC_TOTAL, total);
        c.regs[R] = _regRoot(c, R, r);
    }

    /// @dev TOKEN: tokensHash = keccak256(tokensHash ‖ be32(NEXT)).
    function _token(Ctx memory c, StepProof calldata sp) internal pure {
        uint256 next = uint256(_word(_full(c, sp, 0, R), 6));
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        c.tokensHash = keccak256(abi.encodePacked(c.tokensHash, uint32(next)));
    }

    function modelLeavesCtx(Ctx memory c) internal pure returns (uint256) {
        uint256 cd = _chunks(c.dim);
        uint256 n = 1 + c.vocab + c.layers * (2 * cd + 3 * c.dim + 2 * c.kvd + 2 * c.ff) + cd + c.context;
        if (c.tied == 0) n += c.vocab;
        return n;
    }

    /*//////////////////////////////////////////////////////////////
                          MERKLE AND CODECS
    //////////////////////////////////////////////////////////////*/

    /// @notice Root over leaf hashes with prover/merkle's rules (odd levels padded with zero; empty subtrees zero).
    function merkleRoot(bytes32[] memory leaves) internal pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let buf := add(leaves, 0x20) // reduced in place
            let n := mload(leaves)
            if n {
                for {} gt(n, 1) {} {
                    let full := shr(1, n)
                    for { let i := 0 } lt(i, full) { i := add(i, 1) } {
                        let p := add(buf, shl(6, i))
                        mstore(
                            add(buf, shl(5, i)),
                            mul(keccak256(p, 0x40), iszero(iszero(or(mload(p), mload(add(p, 0x20))))))
                        )
                    }
                    if and(n, 1) {
                        let l := mload(add(buf, shl(5, sub(n, 1))))
                        mstore(0x00, l)
                        mstore(0x20, 0)
                        mstore(add(buf, shl(5, full)), mul(keccak256(0x00, 0x40), iszero(iszero(l))))
                    }
                    n := add(full, and(n, 1))
                }
                root := mload(buf)
            }
        }
    }

    /// @dev ceil(log2 n).
    function _depth(uint256 n) internal pure returns (uint256 d) {
        // forge-lint: disable-next-line(incorrect-shift) -- intended: shifts of 1 by a height, casts of checked in-range values
        while ((1 << d) < n) ++d;
    }

    function _i32(bytes memory d, uint256 i) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(3, shr(224, mload(add(add(d, 0x20), shl(2, i)))))
        }
    }

    function _setI32(bytes memory d, uint256 i, int256 v) internal pure {
        assembly ("memory-safe") {
            let p := add(add(d, 0x20), shl(2, i))
            mstore(p, or(and(mload(p), not(shl(224, 0xffffffff))), shl(224, and(v, 0xffffffff))))
        }
    }

    function _i64(bytes memory d, uint256 i) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(7, shr(192, mload(add(add(d, 0x20), shl(3, i)))))
        }
    }

    function _setI64(bytes memory d, uint256 i, int256 v) internal pure {
        assembly ("memory-safe") {
            let p := add(add(d, 0x20), shl(3, i))
            mstore(p, or(and(mload(p), not(shl(192, 0xffffffffffffffff))), shl(192, and(v, 0xffffffffffffffff))))
        }
    }

    /// @dev Scalar word w of the R register (32-byte big-endian two's complement).
    function _word(bytes memory r, uint256 w) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := mload(add(add(r, 0x20), shl(5, w)))
        }
    }

    function _setWord(bytes memory r, uint256 w, int256 v) internal pure {
        assembly ("memory-safe") {
            mstore(add(add(r, 0x20), shl(5, w)), v)
        }
    }

    /// @notice round(x · 2^frac) of IEEE binary32 bits, ties away from zero (prover/canon F32BitsToFixed).
    function f32ToFixed(uint32 bits, int256 frac) internal pure returns (int256 v) {
        uint256 exp = (bits >> 23) & 0xff;
        int256 mant = int256(uint256(bits & 0x7fffff));
        if (exp == 0xff) revert InvalidConfig("normEpsBits");
        int256 m = exp == 0 ? mant : mant + (1 << 23);
        // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
        int256 e = exp == 0 ? -149 : int256(exp) - 150;
        int256 shift = e + frac;
        if (m == 0) return 0;
        if (shift >= 0) {
            if (shift > 38) revert InvalidConfig("normEpsBits");
            // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
            v = m << uint256(shift);
        } else if (shift <= -26) {
            v = 0;
        } else {
            // forge-lint: disable-next-line(unsafe-typecast) -- intended: shifts of 1 by a height, casts of checked in-range values
            v = LibCanon.rshift(m, uint256(-shift));
        }
        if (bits >> 31 == 1) v = -v;
    }
}
