// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Fields are packed big-endian words and two's-complement values of fixed widths, and divisions are floor divisions of
// indices (a layer of a tensor index): the casts and orders are the Go code's.
// forge-lint: disable-start(unsafe-typecast, divide-before-multiply, incorrect-shift)

import {ITrainStepVerifier} from "./interfaces/ITrainStepVerifier.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";
import {LibCanon} from "./lib/LibCanon.sol";

/// @title TrainStepBase
/// @notice The frame of the training one-step verifier (docs/training-game.md, "Step proofs"), a port of
///         prover/trainvm: the proof decoding (ReadStepProof), the run's context from its configuration, the program
///         (Program.At, in closed form), leaf positions (leafPos), the multiproofs of the opened trees and the memory
///         tree (multiRoot, memoryRoot), the footprint helpers (footprint.go) and typed access to opened values.
abstract contract TrainStepBase {
    // ---------------------------------------------------------------- errors
    /// @notice The configuration is outside what trainvm accepts (Params.Check, canon.Config.Check).
    error InvalidParams(string field, uint256 value);
    /// @notice The configuration does not hash to the carried config hash.
    error ConfigHashMismatch(bytes32 computed, bytes32 carried);
    /// @notice The proof ends inside a field.
    error ProofTruncated(string field, uint256 need, uint256 left);
    /// @notice The proof has bytes after the memory siblings.
    error ProofTrailingBytes(uint256 count);
    /// @notice A count or size of the proof is over its limit (ReadStepProof's limits).
    error ProofLimit(string field, uint256 value, uint256 limit);
    /// @notice Leaf `index` is not strictly after the previous one (location order).
    error LeavesNotSorted(uint256 index);
    /// @notice j is not below the program's length.
    error StepOutOfRange(uint256 j, uint256 len);
    /// @notice Leaf `index` lies outside its tree (register leaves, tensor, row or chunk).
    error LeafOutsideTree(uint256 index, uint256 tree, uint256 tensor, uint256 row, uint256 chunk);
    /// @notice Leaf `index`'s preimage is not its location's length.
    error LeafLength(uint256 index, uint256 length, uint256 want);
    /// @notice A tree's (or the memory tree's: tree 255) multiproof needs more, or fewer, siblings than given.
    error SiblingCount(uint256 tree, uint256 given, uint256 needed);
    /// @notice Two opened nodes of one tree are the same node.
    error NodeOpenedTwice(uint256 tree, uint256 depth, uint256 index);
    /// @notice A carried tree's opened leaves give another root than the carried state's.
    error CarriedRootMismatch(uint256 tree, bytes32 computed, bytes32 carried);
    /// @notice The pre-state preimage does not hash to the pre-state root.
    error PreStateMismatch(bytes32 computed, bytes32 preRoot);
    /// @notice The proof's leaves are not the instruction's footprint: `index` is the first difference.
    error FootprintMismatch(uint256 index, uint256 proofLoc, uint256 footprintLoc);
    /// @notice A token read from TOK is outside the vocabulary.
    error TokenOutOfVocab(uint256 position, int256 token, uint256 vocab);
    /// @notice The corpus has no sequence of seqLen + 1 tokens.
    error NoSequence(uint256 dataTokens, uint256 seqLen);
    /// @notice The opcode is not (yet) executed by this verifier.
    error UnsupportedOpcode(uint256 op);
    /// @notice A ROPE or ROPEB proof's RoPE opening has a field of another size than the configuration's.
    error RopeOpeningLength(string field, uint256 value, uint256 want);
    /// @notice The RoPE row of `position` does not open against the RoPE source root.
    error RopeSourceMismatch(uint256 position, bytes32 computed, bytes32 source);

    // ---------------------------------------------------------------- constants
    uint256 internal constant OP_TOKEN = 1;
    uint256 internal constant OP_EMBED = 2;
    uint256 internal constant OP_SUMSQ = 3;
    uint256 internal constant OP_RMS = 4;
    uint256 internal constant OP_NORM = 5;
    uint256 internal constant OP_FMV = 6;
    uint256 internal constant OP_ROPE = 7;
    uint256 internal constant OP_SCORE = 8;
    uint256 internal constant OP_SMAX = 9;
    uint256 internal constant OP_EXP = 10;
    uint256 internal constant OP_PROB = 11;
    uint256 internal constant OP_WSUM = 12;
    uint256 internal constant OP_WFIN = 13;
    uint256 internal constant OP_ADD = 14;
    uint256 internal constant OP_SWIGLU = 15;
    uint256 internal constant OP_CEMAX = 16;
    uint256 internal constant OP_CEEXP = 17;
    uint256 internal constant OP_CELOSS = 18;
    uint256 internal constant OP_CEGRAD = 19;
    uint256 internal constant OP_OUTER = 20;
    uint256 internal constant OP_MVT = 21;
    uint256 internal constant OP_MVTFIN = 22;
    uint256 internal constant OP_RMSB = 23;
    uint256 internal constant OP_RMSBFIN = 24;
    uint256 internal constant OP_SWIGLUB = 25;
    uint256 internal constant OP_ADDG = 26;
    uint256 internal constant OP_DPV = 27;
    uint256 internal constant OP_DSK = 28;
    uint256 internal constant OP_DQFIN = 29;
    uint256 internal constant OP_DKVFIN = 30;
    uint256 internal constant OP_ROPEB = 31;
    uint256 internal constant OP_EMBEDB = 32;
    uint256 internal constant OP_UPDATE = 33;
    uint256 internal constant OP_STEPEND = 34;
    uint256 internal constant OP_LGRAD = 35;
    uint256 internal constant OP_LUPDA = 36;
    uint256 internal constant OP_LUPDB = 37;
    uint256 internal constant OP_MERGE = 38;

    // matrices
    uint256 internal constant MAT_Q = 0;
    uint256 internal constant MAT_K = 1;
    uint256 internal constant MAT_V = 2;
    uint256 internal constant MAT_O = 3;
    uint256 internal constant MAT_GATE = 4;
    uint256 internal constant MAT_UP = 5;
    uint256 internal constant MAT_DOWN = 6;
    uint256 internal constant MAT_OUT = 7;
    // norms
    uint256 internal constant NORM_ATTN = 0;
    uint256 internal constant NORM_FFN = 1;
    uint256 internal constant NORM_FINAL = 2;
    // block tensor kinds (GGUF order)
    uint256 internal constant K_ATTN_NORM = 0;
    uint256 internal constant K_WQ = 1;
    uint256 internal constant K_WK = 2;
    uint256 internal constant K_WV = 3;
    uint256 internal constant K_WO = 4;
    uint256 internal constant K_FFN_NORM = 5;
    uint256 internal constant K_WGATE = 6;
    uint256 internal constant K_WUP = 7;
    uint256 internal constant K_WDOWN = 8;
    uint256 internal constant PER_LAYER = 9;

    // registers, in memory-root order
    uint256 internal constant R_TOK = 0;
    uint256 internal constant R_X = 1;
    uint256 internal constant R_XA = 2;
    uint256 internal constant R_HA = 3;
    uint256 internal constant R_RA = 4;
    uint256 internal constant R_Q = 5;
    uint256 internal constant R_K = 6;
    uint256 internal constant R_V = 7;
    uint256 internal constant R_ATT = 8;
    uint256 internal constant R_XF = 9;
    uint256 internal constant R_HF = 10;
    uint256 internal constant R_RF = 11;
    uint256 internal constant R_GT = 12;
    uint256 internal constant R_U = 13;
    uint256 internal constant R_S = 14;
    uint256 internal constant R_SG = 15;
    uint256 internal constant R_HH = 16;
    uint256 internal constant R_XO = 17;
    uint256 internal constant R_HO = 18;
    uint256 internal constant R_RO = 19;
    uint256 internal constant R_Y = 20;
    uint256 internal constant R_LG = 21;
    uint256 internal constant R_SC = 22;
    uint256 internal constant R_P = 23;
    uint256 internal constant R_WA = 24;
    uint256 internal constant R_DL = 25;
    uint256 internal constant R_DX = 26;
    uint256 internal constant R_DH = 27;
    uint256 internal constant R_DT = 28;
    uint256 internal constant R_DA = 29;
    uint256 internal constant R_DQ = 30;
    uint256 internal constant R_DN = 31;
    uint256 internal constant R_DFF = 32;
    uint256 internal constant R_DG = 33;
    uint256 internal constant R_DQA = 34;
    uint256 internal constant R_DK = 35;
    uint256 internal constant R_DV = 36;
    uint256 internal constant R_DKS = 37;
    uint256 internal constant R_DVS = 38;
    uint256 internal constant R_DP = 39;
    uint256 internal constant R_ACC = 40;
    uint256 internal constant R_GA = 41;
    uint256 internal constant R_GB = 42;
    uint256 internal constant R_GBA = 43;
    uint256 internal constant R_R = 44;
    uint256 internal constant NUM_REGS = 45;
    // the registers of int64 values (RA, RF, SG, RO, P, WA, DK, DV, DP, GB, R) and of int128 values (DQA, ACC, GA,
    // GBA), as bit masks
    uint256 internal constant W64 = 1 << R_RA | 1 << R_RF | 1 << R_SG | 1 << R_RO | 1 << R_P | 1 << R_WA | 1 << R_DK | 1
        << R_DV | 1 << R_DP | 1 << R_GB | 1 << R_R;
    uint256 internal constant W128 = 1 << R_DQA | 1 << R_ACC | 1 << R_GA | 1 << R_GBA;
    // the other trees
    uint256 internal constant TREE_G = 45;
    uint256 internal constant TREE_WEIGHTS = 46;
    uint256 internal constant TREE_MOMENTS = 47;
    uint256 internal constant TREE_BASE = 48;
    uint256 internal constant TREE_ADAPTERS = 49;
    uint256 internal constant TREE_TOKENS = 50;
    uint256 internal constant NUM_TREES = 51;
    uint256 internal constant MEM_DEPTH = 6; // merkle.Depth(46)

    // scalar slots of R
    uint256 internal constant SC_SS_HI = 0;
    uint256 internal constant SC_SS_LO = 1;
    uint256 internal constant SC_RMS = 2;
    uint256 internal constant SC_MAX = 3;
    uint256 internal constant SC_SUM = 4;
    uint256 internal constant SC_ACC_HI = 5;
    uint256 internal constant SC_ACC_LO = 6;
    uint256 internal constant SC_LOSS = 7;
    uint256 internal constant SC_D = 8;
    uint256 internal constant SC_C_HI = 9;
    uint256 internal constant SC_C_LO = 10;

    uint256 internal constant PART = 1024;
    uint256 internal constant LORA_PART = 512;
    uint256 internal constant MAX_LEAVES = 1 << 14;
    uint256 internal constant MAX_LEAF_BYTES = 512;
    uint256 internal constant MAX_TREE_SIBLINGS = 1 << 16;
    uint256 internal constant HEADER = 228;

    bytes23 internal constant MICRO_DOMAIN = "airollup.train.micro.v1";
    bytes23 internal constant STATE_DOMAIN = "airollup.train.state.v1";
    bytes24 internal constant CONFIG_DOMAIN = "airollup.train.config.v1";

    // ---------------------------------------------------------------- types
    /// @notice The run's dimensions and program parameters (trainvm.Params of the configuration).
    struct Ctx {
        uint256 d;
        uint256 L;
        uint256 H;
        uint256 KV;
        uint256 ff;
        uint256 V;
        uint256 T;
        uint256 B;
        uint256 hd;
        uint256 kv;
        uint256 part;
        uint256 rank;
        bool adam;
        uint256 nTensors;
        uint256 targets; // LoRA: the bit mask of trained block kinds (0 in a full run: everything is trained)
        uint256 nKinds; // LoRA: the number of trained kinds per block
        uint256 maxRows; // LoRA: the most rows and columns of a target
        uint256 maxCols;
        // the optimizer's hyperparameters (Q32) and the LoRA scale
        int256 lr;
        int256 beta1;
        int256 beta2;
        int256 eps;
        int256 lrFinal;
        uint256 decayFrom;
        uint256 decaySteps;
        int256 scale;
        // the context length and the RoPE source model root (ROPE, ROPEB)
        uint256 context;
        bytes32 ropeSource;
    }

    /// @notice The carried level-1 state (train.State).
    struct Carried {
        uint256 step;
        uint256 cursor;
        uint256 dataTokens;
        bytes32 tokensRoot;
        bytes32 configHash;
        bytes32 weightsRoot;
        bytes32 optimizerRoot;
        bytes32 baseRoot;
        bytes32 adaptersRoot;
    }

    /// @notice One opened leaf: its location key (tree << 96 | tensor << 64 | row << 32 | chunk), its node in the
    ///         tree, the hash of its pre-state preimage and its preimage, which execution rewrites in place.
    struct Leaf {
        uint256 key;
        uint256 depth;
        uint256 index;
        bytes32 pre;
        bytes data;
    }

    /// @notice A decoded proof and the instruction it executes.
    struct Proof {
        uint256 j;
        uint256 b;
        Carried c;
        Carried post; // the carried state after the step (a copy execution and the update roots rewrite)
        Leaf[] leaves;
        // per tree, the two leaves of its last accesses (index + 1 each, 16 bits apart; _leaf), allocated on use
        uint256[] hint;
        bytes32[][] sibs; // per tree
        bytes32[] mem;
        uint256 ropeOff; // the proof's bytes after the memory siblings: the RoPE opening of ROPE and ROPEB
        // instruction j
        uint256 op;
        uint256 seq;
        uint256 l;
        uint256 t;
        uint256 a;
        uint256 ib;
        uint256 ic;
    }

    // ---------------------------------------------------------------- configuration
    /// @notice The run's context from its configuration, checked as trainvm does (Spec.Check, Params.Check).
    function _context(ITrainStepVerifier.Params calldata p) internal pure returns (Ctx memory c) {
        c.d = p.dim;
        c.L = p.layers;
        c.H = p.heads;
        c.KV = p.kvHeads;
        c.ff = p.ffDim;
        c.V = p.vocab;
        c.T = p.seqLen;
        c.B = p.batch;
        if (c.d == 0 || c.d % 32 != 0 || c.d > 32768) revert InvalidParams("dim", c.d);
        if (c.L == 0 || c.L > 1024) revert InvalidParams("layers", c.L);
        if (c.H == 0 || c.d % c.H != 0 || (c.d / c.H) % 2 != 0) revert InvalidParams("heads", c.H);
        if (c.KV == 0 || c.H % c.KV != 0) revert InvalidParams("kvHeads", c.KV);
        if (c.ff == 0 || c.ff % 32 != 0 || c.ff > 98304) revert InvalidParams("ffDim", c.ff);
        if (c.V == 0 || c.V > 1 << 21) revert InvalidParams("vocab", c.V);
        if (p.context == 0 || p.context > 1 << 20) revert InvalidParams("context", p.context);
        if (c.B == 0 || c.B > 1 << 16) revert InvalidParams("batch", c.B);
        if (c.T == 0 || c.T > p.context) revert InvalidParams("seqLen", c.T);
        c.hd = c.d / c.H;
        (c.context, c.ropeSource) = (p.context, p.ropeSource);
        c.kv = c.KV * c.hd;
        c.part = p.part == 0 ? PART : p.part;
        if (c.part % 32 != 0 || c.part > PART) revert InvalidParams("part", p.part);
        if (p.optimizer > 1) revert InvalidParams("optimizer", p.optimizer);
        c.adam = p.optimizer == 1;
        (c.lr, c.beta1, c.beta2, c.eps) = (p.lr, p.beta1, p.beta2, p.eps);
        (c.lrFinal, c.decayFrom, c.decaySteps, c.scale) = (p.lrFinal, p.decayFrom, p.decaySteps, p.loraScale);
        c.nTensors = 3 + c.L * PER_LAYER;
        c.rank = p.loraRank;
        if (c.rank > 256) revert InvalidParams("loraRank", c.rank);
        if (c.rank == 0) {
            if (p.loraTargets != 0 || p.loraScale != 0 || p.loraSeed != 0) {
                revert InvalidParams("loraTargets", p.loraTargets);
            }
        } else {
            // train.LoRA target bits q, k, v, o, gate, up, down = kinds 1, 2, 3, 4, 6, 7, 8
            if (p.loraTargets == 0 || p.loraTargets >= 1 << 7) revert InvalidParams("loraTargets", p.loraTargets);
            uint256 t = p.loraTargets;
            c.targets = (t & 0xf) << 1 | (t >> 4) << 6;
            for (uint256 k; k < PER_LAYER; ++k) {
                if (c.targets >> k & 1 == 1) {
                    c.nKinds++;
                    (uint256 r, uint256 cl) = _shape(c, 1 + k);
                    if (r > c.maxRows) c.maxRows = r;
                    if (cl > c.maxCols) c.maxCols = cl;
                }
            }
        }
    }

    /// @notice train.ConfigHash of the configuration.
    function _configHash(ITrainStepVerifier.Params calldata p) internal pure returns (bytes32) {
        bytes memory a = abi.encodePacked(
            CONFIG_DOMAIN, p.dim, p.layers, p.heads, p.kvHeads, p.ffDim, p.vocab, p.context, p.optimizer, p.lr, p.beta1
        );
        bytes memory b = abi.encodePacked(
            p.beta2, p.eps, p.batch, p.seqLen, p.lrFinal, p.decayFrom, p.decaySteps, p.modelSeed, p.loraRank
        );
        return keccak256(abi.encodePacked(a, b, p.loraScale, p.loraTargets, p.loraSeed));
    }

    /// @notice Rows and columns of tensor i (Params.Shape).
    function _shape(Ctx memory c, uint256 i) internal pure returns (uint256 rows, uint256 cols) {
        if (i == 0 || i == 2 + c.L * PER_LAYER) return (c.V, c.d);
        if (i == 1 + c.L * PER_LAYER) return (1, c.d);
        uint256 k = (i - 1) % PER_LAYER;
        if (k == K_ATTN_NORM || k == K_FFN_NORM) return (1, c.d);
        if (k == K_WQ || k == K_WO) return (c.d, c.d);
        if (k == K_WK || k == K_WV) return (c.kv, c.d);
        if (k == K_WGATE || k == K_WUP) return (c.ff, c.d);
        return (c.d, c.ff);
    }

    /// @notice Whether tensor i is trained (Params.trained): every tensor in a full run, the targets in LoRA.
    function _trained(Ctx memory c, uint256 i) internal pure returns (bool) {
        if (c.rank == 0) return true;
        if (i == 0 || i >= 1 + c.L * PER_LAYER) return false;
        return c.targets >> ((i - 1) % PER_LAYER) & 1 == 1;
    }

    /// @notice A trained tensor's index among the trained tensors (G's entry; LoRA's target index).
    function _trainedIndex(Ctx memory c, uint256 i) internal pure returns (uint256) {
        if (c.rank == 0) return i;
        uint256 k = (i - 1) % PER_LAYER;
        uint256 below;
        for (uint256 x; x < k; ++x) {
            if (c.targets >> x & 1 == 1) below++;
        }
        return ((i - 1) / PER_LAYER) * c.nKinds + below;
    }

    /// @notice The tensor of LoRA target index tg.
    function _targetTensor(Ctx memory c, uint256 tg) internal pure returns (uint256) {
        uint256 n = tg % c.nKinds;
        for (uint256 k; k < PER_LAYER; ++k) {
            if (c.targets >> k & 1 == 1) {
                if (n == 0) return 1 + (tg / c.nKinds) * PER_LAYER + k;
                n--;
            }
        }
        return 0; // unreachable: tg < targets
    }

    /// @notice Shape of optimizer/adapters entry i (Machine.optShape).
    function _optShape(Ctx memory c, uint256 i) internal pure returns (uint256 rows, uint256 cols) {
        if (c.rank == 0) return _shape(c, i);
        (uint256 r, uint256 cl) = _shape(c, _targetTensor(c, i / 2));
        return i % 2 == 0 ? (c.rank, cl) : (r, c.rank);
    }

    function _block(uint256 l, uint256 k) internal pure returns (uint256) {
        return 1 + l * PER_LAYER + k;
    }

    /// @notice Number of values of register r (Machine.regSizes).
    function _regLen(Ctx memory c, uint256 r) internal pure returns (uint256) {
        uint256 lt = c.L * c.T;
        if (r == R_TOK) return c.T + 1;
        if (r == R_X) return (c.L + 1) * c.T * c.d;
        if (r == R_XA || r == R_HA || r == R_Q || r == R_ATT || r == R_XF || r == R_HF) return lt * c.d;
        if (r == R_RA || r == R_RF) return lt;
        if (r == R_K || r == R_V) return lt * c.kv;
        if (r >= R_GT && r <= R_HH) return lt * c.ff;
        if (r == R_XO || r == R_HO) return c.T * c.d;
        if (r == R_RO || r == R_SC || r == R_P || r == R_DP) return c.T;
        if (r == R_Y || r == R_DN) return c.d;
        if (r == R_LG || r == R_DL) return c.V;
        if (r == R_WA || r == R_DQA) return c.hd;
        if (r >= R_DX && r <= R_DQ) return c.T * c.d;
        if (r == R_DFF || r == R_DG) return c.T * c.ff;
        if (r == R_DK || r == R_DV) return c.T * c.kv;
        if (r == R_DKS || r == R_DVS) return c.kv;
        if (r == R_ACC) return c.d > c.ff ? c.d : c.ff;
        if (r == R_GA) return c.rank * c.maxCols;
        if (r == R_GB) return c.maxRows * c.rank;
        if (r == R_GBA) return c.rank;
        return 64; // R
    }

    /// @notice Values per leaf and bytes per value of register r.
    function _regWidth(uint256 r) internal pure returns (uint256 per, uint256 width) {
        if (W64 >> r & 1 == 1) return (16, 8);
        if (W128 >> r & 1 == 1) return (32, 16);
        return (32, 4);
    }

    function _chunks(uint256 n) internal pure returns (uint256) {
        return (n + 31) / 32;
    }

    function _parts(Ctx memory c, uint256 n) internal pure returns (uint256) {
        return (n + c.part - 1) / c.part;
    }

    // ---------------------------------------------------------------- decoding
    function _read(bytes calldata b, uint256 off, uint256 n, string memory field) internal pure returns (uint256 v) {
        if (b.length < off + n) revert ProofTruncated(field, n, b.length - (off < b.length ? off : b.length));
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, n)), calldataload(add(b.offset, off)))
        }
    }

    /// @notice Decodes the proof (ReadStepProof), checking its limits, the leaves' order, their positions and
    ///         lengths (VerifyStep's leafPos and setLeaf).
    function _decode(Ctx memory c, bytes calldata b) internal pure returns (Proof memory pf) {
        pf.j = _read(b, 0, 8, "j");
        pf.b = _read(b, 8, 4, "b");
        pf.c.step = _read(b, 12, 8, "carried step");
        pf.c.cursor = _read(b, 20, 8, "carried cursor");
        pf.c.dataTokens = _read(b, 28, 8, "carried data tokens");
        pf.c.tokensRoot = bytes32(_read(b, 36, 32, "carried roots"));
        pf.c.configHash = bytes32(_read(b, 68, 32, "carried roots"));
        pf.c.weightsRoot = bytes32(_read(b, 100, 32, "carried roots"));
        pf.c.optimizerRoot = bytes32(_read(b, 132, 32, "carried roots"));
        pf.c.baseRoot = bytes32(_read(b, 164, 32, "carried roots"));
        pf.c.adaptersRoot = bytes32(_read(b, 196, 32, "carried roots"));
        pf.post = Carried(
            pf.c.step,
            pf.c.cursor,
            pf.c.dataTokens,
            pf.c.tokensRoot,
            pf.c.configHash,
            pf.c.weightsRoot,
            pf.c.optimizerRoot,
            pf.c.baseRoot,
            pf.c.adaptersRoot
        );
        uint256 n = _read(b, HEADER, 4, "leaf count");
        if (n > MAX_LEAVES) revert ProofLimit("leaf count", n, MAX_LEAVES);
        uint256 off = HEADER + 4;
        pf.leaves = new Leaf[](n);
        uint256 has; // bit t: tree t has a leaf
        for (uint256 k; k < n; ++k) {
            uint256 key;
            uint256 size;
            if (b.length < off + 15) {
                key = _read(b, off, 13, "leaf location");
                size = _read(b, off + 13, 2, "leaf length");
            } else {
                assembly ("memory-safe") {
                    let w := calldataload(add(b.offset, off))
                    key := shr(152, w)
                    size := and(shr(136, w), 0xffff)
                }
            }
            uint256 tree = key >> 96;
            if (tree >= NUM_TREES) revert ProofLimit("leaf tree", tree, NUM_TREES - 1);
            if (size == 0 || size > MAX_LEAF_BYTES) revert ProofLimit("leaf length", size, MAX_LEAF_BYTES);
            off += 15;
            if (b.length < off + size) revert ProofTruncated("leaf data", size, b.length - off);
            if (k > 0 && pf.leaves[k - 1].key >= key) revert LeavesNotSorted(k);
            Leaf memory lf = pf.leaves[k];
            lf.key = key;
            lf.data = b[off:off + size];
            lf.pre = keccak256(lf.data);
            off += size;
            has |= 1 << tree;
            uint256 want;
            (lf.depth, lf.index, want) = _leafPos(c, pf.c, k, key);
            if (want != size) revert LeafLength(k, size, want);
        }
        pf.sibs = new bytes32[][](NUM_TREES);
        for (uint256 t; t < NUM_TREES; ++t) {
            if (has >> t & 1 == 0) continue;
            uint256 m = _read(b, off, 4, "sibling count");
            if (m > MAX_TREE_SIBLINGS) revert ProofLimit("sibling count", m, MAX_TREE_SIBLINGS);
            off += 4;
            if (b.length < off + 32 * m) revert ProofTruncated("siblings", 32 * m, b.length - off);
            bytes32[] memory s = new bytes32[](m);
            assembly ("memory-safe") {
                calldatacopy(add(s, 0x20), add(b.offset, off), shl(5, m))
            }
            off += 32 * m;
            pf.sibs[t] = s;
        }
        uint256 mm = _read(b, off, 1, "memory sibling count");
        if (mm == 0 || mm > NUM_REGS + 1) revert ProofLimit("memory sibling count", mm, NUM_REGS + 1);
        off += 1;
        if (b.length < off + 32 * mm) revert ProofTruncated("memory siblings", 32 * mm, b.length - off);
        pf.mem = new bytes32[](mm);
        bytes32[] memory ms = pf.mem;
        assembly ("memory-safe") {
            calldatacopy(add(ms, 0x20), add(b.offset, off), shl(5, mm))
        }
        pf.ropeOff = off + 32 * mm;
    }

    /// @notice A tensor tree's entries: count, and entry e's tensor shape (Machine.treeShapes).
    function _treeEntries(Ctx memory c, Carried memory cs, uint256 t) internal pure returns (uint256) {
        if (t == TREE_G) return c.rank == 0 ? c.nTensors : c.L * c.nKinds;
        if (t == TREE_WEIGHTS) return c.nTensors;
        if (t == TREE_BASE) return c.rank > 0 ? c.nTensors : 0;
        if (t == TREE_MOMENTS) return c.adam ? (c.rank == 0 ? c.nTensors : 2 * c.L * c.nKinds) : 0;
        if (t == TREE_ADAPTERS) return c.rank > 0 ? 2 * c.L * c.nKinds : 0;
        cs; // tokens
        return 1;
    }

    /// @notice Position of leaf `key` (Machine.leafPos): its depth and index in its tree, and its preimage length.
    function _leafPos(Ctx memory c, Carried memory cs, uint256 k, uint256 key)
        internal
        pure
        returns (uint256 depth, uint256 index, uint256 len)
    {
        uint256 t = key >> 96;
        uint256 tensor = key >> 64 & 0xffffffff;
        uint256 row = key >> 32 & 0xffffffff;
        uint256 chunk = key & 0xffffffff;
        if (t < NUM_REGS) {
            uint256 n = _regLen(c, t);
            (uint256 per, uint256 w) = _regWidth(t);
            uint256 leaves = (n + per - 1) / per;
            if (tensor != 0 || row != 0 || chunk >= leaves) revert LeafOutsideTree(k, t, tensor, row, chunk);
            uint256 lo = chunk * per;
            uint256 hi = lo + per < n ? lo + per : n;
            return (LibMerkle.depth(leaves), chunk, (hi - lo) * w);
        }
        uint256 entries = _treeEntries(c, cs, t);
        uint256 rows;
        uint256 cols;
        uint256 e;
        if (t == TREE_TOKENS) {
            (rows, cols, e) = (1, cs.dataTokens, tensor);
            if (tensor != 0) revert LeafOutsideTree(k, t, tensor, row, chunk);
        } else if (t == TREE_G) {
            if (tensor >= c.nTensors || !_trained(c, tensor)) revert LeafOutsideTree(k, t, tensor, row, chunk);
            e = _trainedIndex(c, tensor);
            (rows, cols) = _shape(c, tensor);
        } else {
            if (tensor >= entries) revert LeafOutsideTree(k, t, tensor, row, chunk);
            e = tensor;
            (rows, cols) = (t == TREE_WEIGHTS || t == TREE_BASE) ? _shape(c, tensor) : _optShape(c, tensor);
        }
        uint256 nc = _chunks(cols);
        if (row >= rows || chunk >= nc) revert LeafOutsideTree(k, t, tensor, row, chunk);
        uint256 dc = LibMerkle.depth(nc);
        uint256 dr = LibMerkle.depth(rows);
        uint256 hiC = (chunk + 1) * 32 < cols ? (chunk + 1) * 32 : cols;
        uint256 width = t == TREE_G ? 8 : (t == TREE_MOMENTS ? 16 : 4);
        return (dc + dr + LibMerkle.depth(entries), chunk | row << dc | e << (dc + dr), (hiC - chunk * 32) * width);
    }

    // ---------------------------------------------------------------- multiproofs
    /// @notice A multiproof of one tree: its opened nodes (at any depth, ascending index per depth) and their hashes,
    ///         and the siblings, taken depth descending, index ascending (multiRoot).
    struct Multi {
        uint256 tree;
        uint256[] depth;
        uint256[] index;
        bytes32[] hash;
        bytes32[] sib;
        uint256 used;
        // the current level: nodes and the count
        uint256[] cIdx;
        bytes32[] cHash;
        uint256 cn;
        // the level above, being built
        uint256[] pIdx;
        bytes32[] pHash;
        uint256 pn;
    }

    /// @notice The root of the tree of mp (multiRoot), using all of its siblings.
    function _multiRoot(Multi memory mp) internal pure returns (bytes32) {
        uint256 n = mp.depth.length;
        uint256 maxD;
        uint256 depths; // bit d: a node is opened at depth d (depths are below 256: leafPos's sums of bit lengths)
        for (uint256 i; i < n; ++i) {
            uint256 d = mp.depth[i];
            if (d > maxD) maxD = d;
            depths |= 1 << d;
        }
        (mp.pIdx, mp.pHash, mp.cIdx, mp.cHash) =
        (new uint256[](n), new bytes32[](n), new uint256[](n), new bytes32[](n));
        uint256 d = maxD;
        while (true) {
            _mergeLevel(mp, d); // d has opened nodes: merge them with the level hashed up from below
            // hash up to the next depth with opened nodes, or to the root: levels in between only hash
            uint256 below = depths & ((1 << d) - 1);
            uint256 next = below == 0 ? 0 : LibMerkle.depth(below + 1) - 1; // below's highest bit
            _hashUp(mp, d - next);
            d = next;
            if (below == 0) break;
            (mp.pIdx, mp.cIdx) = (mp.cIdx, mp.pIdx);
            (mp.pHash, mp.cHash, mp.pn) = (mp.cHash, mp.pHash, mp.cn);
        }
        if (mp.cn != 1) revert NodeOpenedTwice(mp.tree, 0, mp.cn);
        if (mp.used != mp.sib.length) revert SiblingCount(mp.tree, mp.sib.length, mp.used);
        return mp.cHash[0];
    }

    /// @notice The nodes at depth d: the opened ones there merged with those hashed up from below, ascending.
    function _mergeLevel(Multi memory mp, uint256 d) internal pure {
        uint256 cn;
        uint256 bad; // index + 1 of the first node not after the one before it
        // Multi's words: depth 0x20, index 0x40, hash 0x60, cIdx 0xc0, cHash 0xe0, pIdx 0x120, pHash 0x140, pn 0x160;
        // at most n nodes at any depth (each is an opened node or hashed up from distinct ones)
        assembly ("memory-safe") {
            let dep := mload(add(mp, 0x20))
            let n := mload(dep)
            dep := add(dep, 0x20)
            let ci := add(mload(add(mp, 0xc0)), 0x20)
            let pn := mload(add(mp, 0x160))
            let pi := 0
            for { let i := 0 } iszero(gt(i, n)) { i := add(i, 1) } {
                let here := 0
                if lt(i, n) { here := eq(mload(add(dep, shl(5, i))), d) }
                if or(here, eq(i, n)) {
                    let at := mload(add(add(mload(add(mp, 0x40)), 0x20), shl(5, i)))
                    for {} lt(pi, pn) {} {
                        let q := mload(add(add(mload(add(mp, 0x120)), 0x20), shl(5, pi)))
                        if and(here, iszero(lt(q, at))) { break }
                        mstore(add(ci, shl(5, cn)), q)
                        mstore(
                            add(add(mload(add(mp, 0xe0)), 0x20), shl(5, cn)),
                            mload(add(add(mload(add(mp, 0x140)), 0x20), shl(5, pi)))
                        )
                        cn := add(cn, 1)
                        pi := add(pi, 1)
                    }
                    if here {
                        mstore(add(ci, shl(5, cn)), at)
                        mstore(
                            add(add(mload(add(mp, 0xe0)), 0x20), shl(5, cn)),
                            mload(add(add(mload(add(mp, 0x60)), 0x20), shl(5, i)))
                        )
                        cn := add(cn, 1)
                    }
                }
            }
            for { let k := 1 } lt(k, cn) { k := add(k, 1) } {
                if iszero(gt(mload(add(ci, shl(5, k))), mload(add(ci, shl(5, sub(k, 1)))))) {
                    bad := add(k, 1)
                    break
                }
            }
        }
        if (bad != 0) revert NodeOpenedTwice(mp.tree, d, mp.cIdx[bad - 1]);
        mp.cn = cn;
    }

    /// @notice Hashes the current level's nodes into their parents `levels` times, in place, pairing opened
    ///         neighbours and taking the next sibling for every other node (each level's parents ascend as its
    ///         nodes do, and a parent is written only after the nodes it is hashed from were read).
    function _hashUp(Multi memory mp, uint256 levels) internal pure {
        uint256 short;
        // Multi's words: sib 0x80, used 0xa0, cIdx 0xc0, cHash 0xe0, cn 0x100
        assembly ("memory-safe") {
            let ci := add(mload(add(mp, 0xc0)), 0x20)
            let ch := add(mload(add(mp, 0xe0)), 0x20)
            let cn := mload(add(mp, 0x100))
            let sib := mload(add(mp, 0x80))
            let used := mload(add(mp, 0xa0))
            for { let lv := 0 } lt(lv, levels) { lv := add(lv, 1) } {
                let pn := 0
                for { let k := 0 } lt(k, cn) {} {
                    let i := mload(add(ci, shl(5, k)))
                    let l := mload(add(ch, shl(5, k)))
                    let r := 0
                    // the next node is i's opened (or hashed-up) sibling: pair them
                    let paired := 0
                    if and(iszero(and(i, 1)), lt(add(k, 1), cn)) {
                        paired := eq(mload(add(ci, shl(5, add(k, 1)))), add(i, 1))
                    }
                    switch paired
                    case 1 {
                        r := mload(add(ch, shl(5, add(k, 1))))
                        k := add(k, 2)
                    }
                    default {
                        if eq(used, mload(sib)) {
                            short := 1
                            break
                        }
                        r := mload(add(add(sib, 0x20), shl(5, used)))
                        used := add(used, 1)
                        if and(i, 1) {
                            let t := l
                            l := r
                            r := t
                        }
                        k := add(k, 1)
                    }
                    // LibMerkle.hashPair: two zero children give zero
                    mstore(0x00, l)
                    mstore(0x20, r)
                    mstore(add(ch, shl(5, pn)), mul(keccak256(0x00, 0x40), iszero(iszero(or(l, r)))))
                    mstore(add(ci, shl(5, pn)), shr(1, i))
                    pn := add(pn, 1)
                }
                if short { break }
                cn := pn
            }
            mstore(add(mp, 0xa0), used)
            mstore(add(mp, 0x100), cn)
        }
        if (short == 1) revert SiblingCount(mp.tree, mp.sib.length, mp.used + 1);
    }

    /// @notice The carried state's root (train.State.Root).
    function _carriedRoot(Carried memory c) internal pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                STATE_DOMAIN,
                uint64(c.step),
                uint64(c.cursor),
                uint64(c.dataTokens),
                c.tokensRoot,
                c.configHash,
                c.weightsRoot,
                c.optimizerRoot,
                c.baseRoot,
                c.adaptersRoot
            )
        );
    }

    /// @notice state(j) from its preimage (stateRoot).
    function _stateRoot(uint256 j, uint256 b, Carried memory c, bytes32 mem) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(MICRO_DOMAIN, uint64(j), uint32(b), _carriedRoot(c), mem));
    }

    function _carriedTree(Carried memory c, uint256 t) internal pure returns (bytes32) {
        if (t == TREE_WEIGHTS) return c.weightsRoot;
        if (t == TREE_MOMENTS) return c.optimizerRoot;
        if (t == TREE_BASE) return c.baseRoot;
        if (t == TREE_ADAPTERS) return c.adaptersRoot;
        return c.tokensRoot;
    }

    /// @notice The root of the tree of leaves [s, e) (one tree), from their pre-state hashes or current preimages.
    function _treeRoot(Proof memory pf, uint256 s, uint256 e, bool post) internal pure returns (bytes32) {
        Leaf[] memory lv = pf.leaves;
        Multi memory mp;
        (mp.depth, mp.index, mp.hash) = (new uint256[](e - s), new uint256[](e - s), new bytes32[](e - s));
        (uint256[] memory dep, uint256[] memory idx, bytes32[] memory hs) = (mp.depth, mp.index, mp.hash);
        // Leaf's words: depth 0x20, index 0x40, pre 0x60, data 0x80
        assembly ("memory-safe") {
            for { let k := s } lt(k, e) { k := add(k, 1) } {
                let x := mload(add(add(lv, 0x20), shl(5, k)))
                let o := shl(5, add(sub(k, s), 1))
                mstore(add(dep, o), mload(add(x, 0x20)))
                mstore(add(idx, o), mload(add(x, 0x40)))
                let h := mload(add(x, 0x60))
                if post {
                    let d := mload(add(x, 0x80))
                    h := keccak256(add(d, 0x20), mload(d))
                }
                mstore(add(hs, o), h)
            }
        }
        mp.tree = lv[s].key >> 96;
        mp.sib = pf.sibs[mp.tree];
        return _multiRoot(mp);
    }

    /// @notice Pre-state (post false): checks every opened leaf against the pre-state root (the carried trees'
    ///         roots, the memory root, the state root) and returns it. Post-state (post true): returns the post-state
    ///         root from the leaves' current (executed) preimages and the same siblings, with the updated carried roots.
    function _roots(Proof memory pf, bytes32 preRoot, bool post) internal pure returns (bytes32) {
        uint256 n = pf.leaves.length;
        Multi memory m;
        (m.index, m.hash, m.depth) =
        (new uint256[](NUM_REGS + 1), new bytes32[](NUM_REGS + 1), new uint256[](NUM_REGS + 1));
        uint256 mn;
        for (uint256 s; s < n;) {
            uint256 t = pf.leaves[s].key >> 96;
            uint256 e = s;
            while (e < n && pf.leaves[e].key >> 96 == t) ++e;
            bytes32 root = _treeRoot(pf, s, e, post);
            if (t <= TREE_G) {
                (m.index[mn], m.hash[mn], m.depth[mn]) = (t, root, MEM_DEPTH);
                ++mn;
            } else if (!post) {
                bytes32 want = _carriedTree(pf.c, t);
                if (root != want) revert CarriedRootMismatch(t, root, want);
            } else if (t == TREE_WEIGHTS) {
                pf.post.weightsRoot = root;
            } else if (t == TREE_MOMENTS) {
                pf.post.optimizerRoot = root;
            } else if (t == TREE_ADAPTERS) {
                pf.post.adaptersRoot = root;
            }
            s = e;
        }
        bytes32 mem;
        if (mn == 0) {
            if (pf.mem.length != 1) revert SiblingCount(255, pf.mem.length, 1);
            mem = pf.mem[0];
        } else {
            (uint256[] memory a, bytes32[] memory b, uint256[] memory d) = (m.index, m.hash, m.depth);
            assembly ("memory-safe") {
                mstore(a, mn)
                mstore(b, mn)
                mstore(d, mn)
            }
            (m.tree, m.sib) = (255, pf.mem);
            mem = _multiRoot(m);
        }
        if (post) return _stateRoot(pf.j + 1, pf.seq, pf.post, mem);
        bytes32 got = _stateRoot(pf.j, pf.b, pf.c, mem);
        if (got != preRoot) revert PreStateMismatch(got, preRoot);
        return got;
    }

    // ---------------------------------------------------------------- opened values
    function _key(uint256 tree, uint256 tensor, uint256 row, uint256 chunk) internal pure returns (uint256) {
        return tree << 96 | tensor << 64 | row << 32 | chunk;
    }

    /// @notice The opened leaf at key; reverts FootprintMismatch when the proof lacks it. The leaves are sorted by
    ///         key and a row's chunks are consecutive keys, so the leaf is first guessed from the two leaves last
    ///         accessed in its tree (their index offset by the chunk difference, checked against the key) and only
    ///         binary-searched when neither guess holds.
    function _leaf(Proof memory pf, uint256 key) internal pure returns (bytes memory d) {
        Leaf[] memory lv = pf.leaves;
        uint256[] memory hint = pf.hint;
        if (hint.length == 0) {
            hint = new uint256[](NUM_TREES);
            pf.hint = hint;
        }
        uint256 found;
        assembly ("memory-safe") {
            let n := mload(lv)
            let hp := add(add(hint, 0x20), shl(5, shr(96, key)))
            let h := mload(hp)
            // slot a: the low 16 bits, slot b: the next 16 (index + 1, 0: none)
            let a := and(h, 0xffff)
            if a {
                let g := add(sub(a, 1), sub(key, mload(mload(add(lv, shl(5, a))))))
                if lt(g, n) {
                    let x := mload(add(add(lv, 0x20), shl(5, g)))
                    if eq(mload(x), key) {
                        found := 1
                        d := mload(add(x, 0x80))
                        mstore(hp, or(and(h, not(0xffff)), add(g, 1)))
                    }
                }
            }
            if iszero(found) {
                let b := and(shr(16, h), 0xffff)
                if b {
                    let g := add(sub(b, 1), sub(key, mload(mload(add(lv, shl(5, b))))))
                    if lt(g, n) {
                        let x := mload(add(add(lv, 0x20), shl(5, g)))
                        if eq(mload(x), key) {
                            found := 1
                            d := mload(add(x, 0x80))
                            mstore(hp, or(and(h, 0xffff), shl(16, add(g, 1))))
                        }
                    }
                }
            }
        }
        if (found == 1) return d;
        uint256 lo;
        uint256 hi = lv.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            uint256 k = lv[mid].key;
            if (k == key) {
                uint256 t = key >> 96;
                hint[t] = (hint[t] & 0xffff) << 16 | (mid + 1);
                return lv[mid].data;
            }
            if (k < key) lo = mid + 1;
            else hi = mid;
        }
        revert FootprintMismatch(lv.length, 0, key);
    }

    function _loadBE(bytes memory b, uint256 off, uint256 width) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, width)), mload(add(add(b, 0x20), off)))
        }
    }

    function _storeBE(bytes memory b, uint256 off, uint256 width, uint256 v) internal pure {
        assembly ("memory-safe") {
            let p := add(add(b, 0x20), off)
            let sh := sub(256, shl(3, width))
            let mask := shl(sh, sub(shl(shl(3, width), 1), 1))
            mstore(p, or(and(mload(p), not(mask)), and(shl(sh, v), mask)))
        }
    }

    /// @notice The memory address of value idx of register r in its opened leaf, the values of that leaf from there
    ///         on (a run the caller may step through by the width) and the width. For the inner loops of the row-part
    ///         opcodes: one leaf lookup per leaf rather than per value.
    function _regAt(Proof memory pf, uint256 r, uint256 idx)
        internal
        pure
        returns (uint256 p, uint256 left, uint256 w)
    {
        uint256 per;
        (per, w) = _regWidth(r);
        bytes memory d = _leaf(pf, _key(r, 0, 0, idx / per));
        uint256 pos = idx % per;
        assembly ("memory-safe") {
            p := add(add(d, 0x20), mul(pos, w))
        }
        left = per - pos;
    }

    /// @notice The memory address of value col of row `row` of tensor `tensor` of tree t (values of w bytes, 32 a
    ///         leaf) and the values of that leaf from there on.
    function _tAt(Proof memory pf, uint256 t, uint256 tensor, uint256 row, uint256 col, uint256 w)
        internal
        pure
        returns (uint256 p, uint256 left)
    {
        bytes memory d = _leaf(pf, _key(t, tensor, row, col / 32));
        uint256 pos = col % 32;
        assembly ("memory-safe") {
            p := add(add(d, 0x20), mul(pos, w))
        }
        left = 32 - pos;
    }

    /// @notice i plus the shortest of hi − i and the runs a and b: the end of the values all runs cover.
    function _end(uint256 i, uint256 hi, uint256 a, uint256 b) internal pure returns (uint256) {
        uint256 n = hi - i;
        if (a < n) n = a;
        if (b < n) n = b;
        return i + n;
    }

    /// @notice The value of w bytes at memory address p, sign-extended.
    function _ld(uint256 p, uint256 w) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(sub(w, 1), shr(sub(256, shl(3, w)), mload(p)))
        }
    }

    /// @notice Stores v at memory address p as w bytes (two's complement), as _storeBE.
    function _st(uint256 p, uint256 w, int256 v) internal pure {
        assembly ("memory-safe") {
            let sh := sub(256, shl(3, w))
            let mask := shl(sh, sub(shl(shl(3, w), 1), 1))
            mstore(p, or(and(mload(p), not(mask)), and(shl(sh, v), mask)))
        }
    }

    /// @notice The sum of n products of the values at a (width aw) and b (width bw), unwrapped: callers keep
    ///         |a·b|·n below 2^255.
    function _dot(uint256 a, uint256 aw, uint256 b, uint256 bw, uint256 n) internal pure returns (int256 s) {
        assembly ("memory-safe") {
            let ash := sub(256, shl(3, aw))
            let bsh := sub(256, shl(3, bw))
            let ae := sub(aw, 1)
            let be := sub(bw, 1)
            for { let end := add(a, mul(n, aw)) } lt(a, end) {
                a := add(a, aw)
                b := add(b, bw)
            } { s := add(s, mul(signextend(ae, shr(ash, mload(a))), signextend(be, shr(bsh, mload(b))))) }
        }
    }

    /// @notice Value idx of register r, sign-extended (int32, int64 or int128).
    function _get(Proof memory pf, uint256 r, uint256 idx) internal pure returns (int256 v) {
        (uint256 per, uint256 w) = _regWidth(r);
        uint256 u = _loadBE(_leaf(pf, _key(r, 0, 0, idx / per)), (idx % per) * w, w);
        assembly ("memory-safe") {
            v := signextend(sub(w, 1), u)
        }
    }

    /// @notice Sets value idx of register r (two's complement of its width).
    function _set(Proof memory pf, uint256 r, uint256 idx, int256 v) internal pure {
        (uint256 per, uint256 w) = _regWidth(r);
        _storeBE(_leaf(pf, _key(r, 0, 0, idx / per)), (idx % per) * w, w, uint256(v));
    }

    /// @notice Value idx of row `row` of tensor `tensor` of int32 tree t (weights, base, adapters, tokens).
    function _getT(Proof memory pf, uint256 t, uint256 tensor, uint256 row, uint256 col)
        internal
        pure
        returns (int256 v)
    {
        uint256 u = _loadBE(_leaf(pf, _key(t, tensor, row, col / 32)), (col % 32) * 4, 4);
        assembly ("memory-safe") {
            v := signextend(3, u)
        }
    }

    /// @notice Value col of row `row` of tensor `tensor` of G (be64 values).
    function _getG(Proof memory pf, uint256 tensor, uint256 row, uint256 col) internal pure returns (int256 v) {
        uint256 u = _loadBE(_leaf(pf, _key(TREE_G, tensor, row, col / 32)), (col % 32) * 8, 8);
        assembly ("memory-safe") {
            v := signextend(7, u)
        }
    }

    function _setG(Proof memory pf, uint256 tensor, uint256 row, uint256 col, int256 v) internal pure {
        _storeBE(_leaf(pf, _key(TREE_G, tensor, row, col / 32)), (col % 32) * 8, 8, uint256(v));
    }

    /// @notice The run's scalar 128-bit slot of R at hi (hi, lo words).
    function _scalar128(Proof memory pf, uint256 hi) internal pure returns (int256) {
        return _get(pf, R_R, hi) * (1 << 64) + int256(uint256(_get(pf, R_R, hi + 1)) & 0xffffffffffffffff);
    }

    function _setScalar128(Proof memory pf, uint256 hi, int256 v) internal pure {
        _set(pf, R_R, hi, v >> 64);
        _set(pf, R_R, hi + 1, v);
    }

    /// @notice Builds the proof view an ops contract works on from the leaves the verifier checked.
    function _view(uint256[7] calldata ins, Carried memory cs, uint256[] memory keys, bytes[] memory data)
        internal
        pure
        returns (Proof memory pf)
    {
        pf.c = cs;
        pf.leaves = new Leaf[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            (pf.leaves[i].key, pf.leaves[i].data) = (keys[i], data[i]);
        }
        (pf.op, pf.seq, pf.l, pf.t) = (ins[0], ins[1], ins[2], ins[3]);
        (pf.a, pf.ib, pf.ic) = (ins[4], ins[5], ins[6]);
    }

    function _setT(Proof memory pf, uint256 t, uint256 tensor, uint256 row, uint256 col, int256 v) internal pure {
        _storeBE(_leaf(pf, _key(t, tensor, row, col / 32)), (col % 32) * 4, 4, uint256(v));
    }

    /// @notice Offset of slot (l, t) of width n.
    function _slot(Ctx memory c, uint256 l, uint256 t, uint256 n) internal pure returns (uint256) {
        return (l * c.T + t) * n;
    }

    // ---------------------------------------------------------------- RoPE
    /// @notice ROPE h, reg (Q[l,t] reg 0, K[l,t] reg 1) and ROPEB h, reg (DQ[t] reg 0, DKS reg 1): the (transposed)
    ///         rotation of head h by the RoPE row of position t, which the proof's RoPE opening `rope` (be16 n ‖ n ×
    ///         be32 cos ‖ sin ‖ u8 d ‖ d siblings) opens against the RoPE source root (trainvm checkRopeOpening).
    function _ropeOp(Ctx memory c, Proof memory pf, Locs memory f, bytes calldata rope) internal pure {
        uint256 r;
        uint256 o;
        if (pf.op == OP_ROPE) {
            (r, o) = pf.ib == 1 ? (R_K, _slot(c, pf.l, pf.t, c.kv)) : (R_Q, _slot(c, pf.l, pf.t, c.d));
        } else {
            (r, o) = pf.ib == 1 ? (R_DKS, 0) : (R_DQ, _slot(c, 0, pf.t, c.d));
        }
        o += pf.a * c.hd;
        _fReg(f, r, o, o + c.hd);
        _checkFootprint(pf, f);
        _checkRope(c, pf.t, rope);
        uint256 half = c.hd / 2;
        bool back = pf.op == OP_ROPEB;
        for (uint256 i; i < half;) {
            (uint256 p, uint256 left,) = _regAt(pf, r, o + 2 * i);
            for (uint256 e = i + left / 2 < half ? i + left / 2 : half; i < e; ++i) {
                int256 cs;
                int256 sn;
                assembly ("memory-safe") {
                    let at := add(add(rope.offset, 2), shl(2, i))
                    cs := signextend(3, shr(224, calldataload(at)))
                    sn := signextend(3, shr(224, calldataload(add(at, shl(2, half)))))
                }
                // ROPEB: the transposed rotation, by −sin
                (int32 y0, int32 y1) = LibCanon.ropePair(_ld(p, 4), _ld(p + 4, 4), cs, back ? -sn : sn);
                _st(p, 4, y0);
                _st(p + 4, 4, y1);
                p += 8;
            }
        }
    }

    /// @notice Checks the RoPE opening `rope` of position t: hd values, the model-root depth of the configuration's
    ///         siblings, and the leaf keccak256(be32 row) at index ropeIndex(t) against the RoPE source root.
    function _checkRope(Ctx memory c, uint256 t, bytes calldata rope) internal pure {
        uint256 n = rope.length < 2 ? 0 : uint16(bytes2(rope[0:2]));
        if (n != c.hd) revert RopeOpeningLength("RoPE row", n, c.hd);
        // model-root leaves before the RoPE rows: metadata, token_embd, per layer 2 norms and 7 matrices, the
        // output norm and output (trainvm leafStart)
        uint256 nc = _chunks(c.d);
        uint256 start = 1 + 2 * c.V + c.L * (2 * nc + 3 * c.d + 2 * c.kv + 2 * c.ff) + nc;
        uint256 d = LibMerkle.depth(start + c.context);
        uint256 at = 2 + 4 * n;
        uint256 m = rope.length <= at ? 0 : uint8(rope[at]);
        if (m != d) revert RopeOpeningLength("RoPE siblings", m, d);
        if (rope.length != at + 1 + 32 * d) {
            revert RopeOpeningLength("RoPE opening bytes", rope.length, at + 1 + 32 * d);
        }
        bytes32 h = keccak256(rope[2:at]);
        uint256 index = start + t;
        for (uint256 s; s < d; ++s) {
            bytes32 sib = bytes32(rope[at + 1 + 32 * s:at + 33 + 32 * s]);
            h = (index >> s) & 1 == 0 ? LibMerkle.hashPair(h, sib) : LibMerkle.hashPair(sib, h);
        }
        if (h != c.ropeSource) revert RopeSourceMismatch(t, h, c.ropeSource);
    }

    // ---------------------------------------------------------------- footprint helpers
    /// @notice A growing list of leaf keys.
    struct Locs {
        uint256[] k;
        uint256 n;
    }

    function _newLocs() internal pure returns (Locs memory f) {
        f.k = new uint256[](256);
    }

    function _push(Locs memory f, uint256 key) internal pure {
        if (f.n == f.k.length) {
            uint256[] memory g = new uint256[](2 * f.n);
            for (uint256 i; i < f.n; ++i) {
                g[i] = f.k[i];
            }
            f.k = g;
        }
        f.k[f.n++] = key;
    }

    /// @notice The leaves of values [lo, hi) of register r.
    function _fReg(Locs memory f, uint256 r, uint256 lo, uint256 hi) internal pure {
        (uint256 per,) = _regWidth(r);
        for (uint256 c = lo / per; c * per < hi; ++c) {
            _push(f, _key(r, 0, 0, c));
        }
    }

    /// @notice The chunks covering columns [lo, hi) of a row of tensor i of tree t.
    function _fTensor(Locs memory f, uint256 t, uint256 i, uint256 row, uint256 lo, uint256 hi) internal pure {
        for (uint256 c = lo / 32; c * 32 < hi; ++c) {
            _push(f, _key(t, i, row, c));
        }
    }

    /// @notice The scalars' leaf of R.
    function _fScalars(Locs memory f) internal pure {
        _push(f, _key(R_R, 0, 0, 0));
    }

    /// @notice The TOK leaf of position i and the token, checked against the vocabulary.
    function _fTok(Ctx memory c, Proof memory pf, Locs memory f, uint256 i) internal pure returns (uint256) {
        _push(f, _key(R_TOK, 0, 0, i / 32));
        int256 v = _get(pf, R_TOK, i);
        if (v < 0 || uint256(v) >= c.V) revert TokenOutOfVocab(i, v, c.V);
        return uint256(v);
    }

    /// @notice Whether every key of the footprint is an opened leaf and every opened leaf a key of the footprint:
    ///         the leaves being sorted and distinct, whether the sorted, deduplicated footprint is the leaves.
    function _coversExactly(Proof memory pf, Locs memory f) internal pure returns (bool) {
        Leaf[] memory lv = pf.leaves;
        uint256[] memory k = f.k;
        uint256 n = lv.length;
        uint256 m = f.n;
        uint256[] memory hit = new uint256[]((n + 255) / 256); // bit i: leaf i is a key of the footprint
        uint256 hits;
        assembly ("memory-safe") {
            let lb := add(lv, 0x20)
            let prev := not(0)
            for { let i := 0 } lt(i, m) { i := add(i, 1) } {
                let key := mload(add(add(k, 0x20), shl(5, i)))
                let lo := 0
                let hi := n
                let at := n
                // the footprint comes in ascending runs: try the leaf after the last key's first
                let g := add(prev, 1)
                if lt(g, n) { if eq(mload(mload(add(lb, shl(5, g)))), key) { at := g } }
                if lt(at, n) { hi := 0 }
                for {} lt(lo, hi) {} {
                    let mid := shr(1, add(lo, hi))
                    let mk := mload(mload(add(lb, shl(5, mid))))
                    if eq(mk, key) {
                        at := mid
                        break
                    }
                    switch lt(mk, key)
                    case 1 { lo := add(mid, 1) }
                    default { hi := mid }
                }
                if eq(at, n) {
                    hits := not(0)
                    break
                }
                prev := at
                let w := add(add(hit, 0x20), shl(5, shr(8, at)))
                let bit := shl(and(at, 0xff), 1)
                if iszero(and(mload(w), bit)) {
                    mstore(w, or(mload(w), bit))
                    hits := add(hits, 1)
                }
            }
        }
        return hits == n;
    }

    /// @notice Sorts and deduplicates the footprint and requires it to be the proof's leaves.
    function _checkFootprint(Proof memory pf, Locs memory f) internal pure {
        if (_coversExactly(pf, f)) return;
        // not the leaves: sort to name the first difference
        uint256[] memory k = f.k;
        uint256 n = f.n;
        // insertion sort (the footprint is a few ascending runs)
        assembly ("memory-safe") {
            let base := add(k, 0x20)
            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                let v := mload(add(base, shl(5, i)))
                let j := i
                for {} gt(j, 0) {} {
                    let prev := mload(add(base, shl(5, sub(j, 1))))
                    if iszero(gt(prev, v)) { break }
                    mstore(add(base, shl(5, j)), prev)
                    j := sub(j, 1)
                }
                mstore(add(base, shl(5, j)), v)
            }
        }
        uint256 m;
        for (uint256 i; i < n; ++i) {
            if (m == 0 || k[m - 1] != k[i]) k[m++] = k[i];
        }
        Leaf[] memory lv = pf.leaves;
        uint256 common = m < lv.length ? m : lv.length;
        for (uint256 i; i < common; ++i) {
            if (lv[i].key != k[i]) revert FootprintMismatch(i, lv[i].key, k[i]);
        }
        if (m != lv.length) {
            revert FootprintMismatch(common, common < lv.length ? lv[common].key : 0, common < m ? k[common] : 0);
        }
    }
}
