// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITrainIOTypes} from "./interfaces/ITrainIOVerifier.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";
import {LibTrainIO} from "./lib/LibTrainIO.sol";

/// @title TrainImportVerifier
/// @notice The import half of TrainIOVerifier (a contract of its own only for the EIP-170 code-size limit):
///         trainvm.VerifyImportStep bit for bit — decodes the Go proof bytes, derives instruction j in closed form,
///         checks the pre-state preimage, that it carries I of the context, the accumulator lengths an honest import
///         holds before j and, for a fine-tuning IMPROW, the base opening against the base model root; computes the
///         seeded values of a pretraining IMPROW and of IMPFAC (math/rand/v2's PCG jumped to the part's draws), and
///         at IMPEND the state S_0 with Adam's zero-moment tree; returns the post-state root.
contract TrainImportVerifier is ITrainIOTypes {
    using LibTrainIO for LibTrainIO.Frontier;

    bytes internal constant IMPORT_DOMAIN = "airollup.train.import.v1";
    bytes internal constant INPUT_DOMAIN = "airollup.train.input.v1";

    uint256 internal constant OP_ROW = 0;
    uint256 internal constant OP_FAC = 1;
    uint256 internal constant OP_END = 2;
    uint256 internal constant MAX_Q8 = 128 * 34;
    uint256 internal constant MAX_RANK = 256;
    int256 internal constant ONE_W = 1 << 24;
    /// @notice trainvm.SeedPart: the values of a seeded part (a pretraining IMPROW's matrix part, an IMPFAC part).
    uint256 internal constant SEED_PART = 512;

    /// @notice A decoded import proof: the pre-state and the offsets and counts of the base opening.
    struct ImportProof {
        uint64 j;
        bytes32 carried;
        LibTrainIO.Frontier chunks;
        LibTrainIO.Frontier rows;
        LibTrainIO.Frontier tensors;
        LibTrainIO.Frontier factors;
        uint256 stateEnd;
        uint256 rp; // the values of an IMPROW matrix part: ROW_PART (fine-tuning) or SEED_PART (pretraining)
        uint256 nNorm;
        uint256 norm;
        uint256 nQ8;
        uint256 q8;
        uint256 nParts;
        uint256 parts;
        uint256 nSiblings;
        uint256 siblings;
    }

    /// @notice An instruction: op, A (tensor or factor), B (row), C (part).
    struct Instr {
        uint256 op;
        uint256 a;
        uint256 b;
        uint256 c;
    }

    /// @notice trainvm.VerifyImportStep: the post-state root of import micro-step j from pre-state root `pre`.
    function verifyImportStep(TrainConfig calldata cfg, ImportContext calldata ctx, bytes32 pre, bytes calldata proof)
        external
        pure
        returns (bytes32)
    {
        TrainConfig memory c = cfg;
        (ImportProof memory p, Instr memory ins, bytes32 config) = _importPre(c, ctx, pre, proof);
        if (ins.op == OP_END) {
            _noOpening(p);
            p.carried = _s0(c, ctx, p, config);
        } else {
            bytes memory vals; // be32 values
            if (ins.op == OP_FAC) {
                _noOpening(p);
                vals = _factorPart(c, ins);
            } else if (ctx.baseModelRoot == bytes32(0)) {
                _noOpening(p);
                vals = _seededPart(c, ins);
            } else {
                vals = _baseValues(c, ctx.baseModelRoot, ins, proof, p);
            }
            _appendRow(c, ins, p, vals);
        }
        return keccak256(
            abi.encodePacked(
                IMPORT_DOMAIN,
                p.j + 1,
                p.carried,
                p.chunks.encode(),
                p.rows.encode(),
                p.tensors.encode(),
                p.factors.encode()
            )
        );
    }

    function _importPre(TrainConfig memory c, ImportContext calldata ctx, bytes32 pre, bytes calldata proof)
        internal
        pure
        returns (ImportProof memory p, Instr memory ins, bytes32 config)
    {
        LibTrainIO.check(c);
        if (c.loraRank > MAX_RANK) revert BadConfig("loraRank", c.loraRank, MAX_RANK);
        if (c.loraRank > 0 && (c.loraTargets == 0 || c.loraTargets >= 128)) {
            revert BadConfig("loraTargets", c.loraTargets, 127);
        }
        p = _readImport(proof);
        p.rp = ctx.baseModelRoot == bytes32(0) ? SEED_PART : LibTrainIO.ROW_PART;
        bytes32 got = keccak256(abi.encodePacked(IMPORT_DOMAIN, proof[:p.stateEnd]));
        if (got != pre) revert PreStateMismatch(pre, got);
        uint256 fac = _factorSteps(c);
        uint256 len = LibTrainIO.allTensorSteps(c, p.rp) + fac + 1;
        if (p.j >= len) revert StepOutOfRange(p.j, len);
        config = LibTrainIO.configHash(c);
        bytes32 input = keccak256(abi.encodePacked(INPUT_DOMAIN, ctx.baseModelRoot, ctx.datasetRoot, config, ctx.steps));
        if (p.carried != input) revert CarriedMismatch("I");
        ins = _importAt(c, p.j, p.rp, fac);
        _checkLengths(c, ins, p);
    }

    /// @dev ReadImportProof: be64 j ‖ carried ‖ the four accumulators ‖ be32 a ‖ a × be32 ‖ be32 q ‖ q bytes ‖
    ///      be32 m ‖ m hashes ‖ u8 d ‖ d siblings, and nothing after.
    function _readImport(bytes calldata b) internal pure returns (ImportProof memory p) {
        uint256 off;
        uint256 v;
        (v, off) = LibTrainIO.readUint(b, 0, 8, "j");
        p.j = uint64(v);
        (p.carried, off) = LibTrainIO.readHash(b, off, "carried");
        (p.chunks, off) = LibTrainIO.readFrontier(b, off, "chunks");
        (p.rows, off) = LibTrainIO.readFrontier(b, off, "rows");
        (p.tensors, off) = LibTrainIO.readFrontier(b, off, "tensors");
        (p.factors, off) = LibTrainIO.readFrontier(b, off, "factors");
        p.stateEnd = off;
        (p.nNorm, p.norm, off) = LibTrainIO.readCount(b, off, 4, LibTrainIO.CHUNK, "norm values");
        (p.nQ8, p.q8, off) = LibTrainIO.readCount(b, off, 1, MAX_Q8, "Q8 bytes");
        (p.nParts, p.parts, off) = LibTrainIO.readCount(b, off, 32, LibTrainIO.MAX_PARTS, "part hashes");
        (p.nSiblings, p.siblings, off) = LibTrainIO.readSiblings(b, off);
        if (off != b.length) revert ProofTrailingBytes(b.length - off);
    }

    function _noOpening(ImportProof memory p) internal pure {
        if (p.nNorm != 0) revert OpeningLength("norm values", p.nNorm, 0);
        if (p.nQ8 != 0) revert OpeningLength("Q8 bytes", p.nQ8, 0);
        if (p.nParts != 0) revert OpeningLength("part hashes", p.nParts, 0);
        if (p.nSiblings != 0) revert OpeningLength("siblings", p.nSiblings, 0);
    }

    // ---------------------------------------------------------------- program

    /// @dev The tensor kinds of the LoRA target bits (q, k, v, o, gate, up, down).
    function _targetKind(uint256 bit) internal pure returns (uint256) {
        return bit < 4 ? bit + 1 : bit + 2;
    }

    /// @dev The number of targets per layer.
    function _perLayerTargets(TrainConfig memory c) internal pure returns (uint256 n) {
        if (c.loraRank == 0) return 0;
        uint256 t = c.loraTargets;
        return
            (t & 1) + ((t >> 1) & 1) + ((t >> 2) & 1) + ((t >> 3) & 1) + ((t >> 4) & 1) + ((t >> 5) & 1)
                + ((t >> 6) & 1);
    }

    /// @dev The tensor of target t (ascending tensor index).
    function _target(TrainConfig memory c, uint256 t) internal pure returns (uint256) {
        uint256 nt = _perLayerTargets(c);
        uint256 idx = t % nt;
        for (uint256 bit;; ++bit) {
            if ((c.loraTargets >> bit) & 1 == 1) {
                if (idx == 0) return LibTrainIO.blockTensor(t / nt, _targetKind(bit));
                --idx;
            }
        }
    }

    /// @dev importCtx.factorShape: lora_a (rank × cols) of target f/2 when f is even, else lora_b (rows × rank).
    function _factorShape(TrainConfig memory c, uint256 f) internal pure returns (uint256 rows, uint256 cols) {
        (uint256 r, uint256 k) = LibTrainIO.shape(c, _target(c, f / 2));
        return f % 2 == 0 ? (uint256(c.loraRank), k) : (r, uint256(c.loraRank));
    }

    function _factorSteps1(TrainConfig memory c, uint256 f) internal pure returns (uint256) {
        (uint256 rows, uint256 cols) = _factorShape(c, f);
        return rows * ((cols + SEED_PART - 1) / SEED_PART);
    }

    function _factorSteps(TrainConfig memory c) internal pure returns (uint256 n) {
        uint256 nt = _perLayerTargets(c);
        for (uint256 f; f < 2 * nt; ++f) {
            n += _factorSteps1(c, f);
        }
        n *= c.layers;
    }

    /// @dev Program.At of the import program.
    function _importAt(TrainConfig memory c, uint256 j, uint256 rp, uint256 fac) internal pure returns (Instr memory) {
        (bool found, uint256 i, uint256 r, uint256 part, uint256 rest) = LibTrainIO.rowAt(c, j, rp);
        if (found) return Instr(OP_ROW, i, r, part);
        uint256 nt = _perLayerTargets(c);
        uint256 per = fac / c.layers;
        if (nt == 0 || rest >= per * c.layers) return Instr(OP_END, 0, 0, 0);
        uint256 f = 2 * nt * (rest / per);
        rest %= per;
        for (;; ++f) {
            uint256 n = _factorSteps1(c, f);
            if (rest < n) {
                (, uint256 cols) = _factorShape(c, f);
                uint256 np = (cols + SEED_PART - 1) / SEED_PART;
                return Instr(OP_FAC, f, rest / np, rest % np);
            }
            rest -= n;
        }
    }

    /// @dev importCtx.expected: the accumulator lengths an honest import holds before ins.
    function _checkLengths(TrainConfig memory c, Instr memory ins, ImportProof memory p) internal pure {
        uint256[4] memory want;
        if (ins.op == OP_ROW) {
            (uint256 n,) = LibTrainIO.ioPart(c, ins.a, p.rp);
            want = [ins.c * LibTrainIO.chunks(n), ins.b, ins.a, 0];
        } else if (ins.op == OP_FAC) {
            want = [ins.c * LibTrainIO.chunks(SEED_PART), ins.b, LibTrainIO.tensors(c), ins.a];
        } else {
            want = [uint256(0), 0, LibTrainIO.tensors(c), 2 * _perLayerTargets(c) * c.layers];
        }
        if (p.chunks.n != want[0]) revert AccumulatorMismatch("chunks", p.chunks.n, want[0]);
        if (p.rows.n != want[1]) revert AccumulatorMismatch("rows", p.rows.n, want[1]);
        if (p.tensors.n != want[2]) revert AccumulatorMismatch("tensors", p.tensors.n, want[2]);
        if (p.factors.n != want[3]) revert AccumulatorMismatch("factors", p.factors.n, want[3]);
    }

    // ---------------------------------------------------------------- values

    /// @dev importCtx.baseValues: the base opening of row part (A, B, C) against the base model root, and its master
    ///      values as be32 (a norm weight sat32(v·2^8), a Q8_0 weight D24(d)·q, which must fit Q8.24).
    function _baseValues(TrainConfig memory c, bytes32 base, Instr memory ins, bytes calldata b, ImportProof memory p)
        internal
        pure
        returns (bytes memory out)
    {
        uint256 n = LibTrainIO.partLen(c, ins.a, ins.c, LibTrainIO.ROW_PART);
        bytes32 leaf;
        uint256 index = LibTrainIO.leafStart(c, ins.a);
        out = new bytes(4 * n + 32); // slack: each be32 store writes a word
        if (LibTrainIO.isNorm(c, ins.a)) {
            if (p.nNorm != n) revert OpeningLength("norm values", p.nNorm, n);
            if (p.nQ8 != 0) revert OpeningLength("Q8 bytes", p.nQ8, 0);
            if (p.nParts != 0) revert OpeningLength("part hashes", p.nParts, 0);
            leaf = keccak256(b[p.norm:p.norm + 4 * n]);
            index += ins.c;
            uint256 src = p.norm;
            assembly ("memory-safe") {
                src := add(b.offset, src)
                for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                    let v := shl(8, signextend(3, shr(224, calldataload(add(src, shl(2, j))))))
                    if slt(v, not(0x7fffffff)) { v := not(0x7fffffff) }
                    if sgt(v, 0x7fffffff) { v := 0x7fffffff }
                    mstore(add(add(out, 0x20), shl(2, j)), shl(224, and(v, 0xffffffff)))
                }
            }
        } else {
            leaf = _q8Leaf(c, ins, b, p, n);
            index += ins.b;
            _dequantize(b, p.q8, n / 32, out);
        }
        uint256 d = LibTrainIO.modelRootDepth(c);
        if (p.nSiblings != d) revert OpeningLength("siblings", p.nSiblings, d);
        bytes32 got = LibTrainIO.pathRoot(b, p.siblings, d, leaf, index);
        if (got != base) revert OpeningMismatch("base model root", base, got);
    }

    /// @dev The model-root leaf of a base row part's Q8_0 bytes (canon.RowLeaf with the row's part hashes).
    function _q8Leaf(TrainConfig memory c, Instr memory ins, bytes calldata b, ImportProof memory p, uint256 n)
        internal
        pure
        returns (bytes32)
    {
        uint256 np = LibTrainIO.ioParts(c, ins.a, LibTrainIO.ROW_PART);
        uint256 hashes = np > 1 ? np : 0;
        uint256 q = n / 32 * 34;
        if (p.nQ8 != q) revert OpeningLength("Q8 bytes", p.nQ8, q);
        if (p.nNorm != 0) revert OpeningLength("norm values", p.nNorm, 0);
        if (p.nParts != hashes) revert OpeningLength("part hashes", p.nParts, hashes);
        bytes32 h = keccak256(b[p.q8:p.q8 + q]);
        if (np == 1) return h;
        bytes32 mine = bytes32(b[p.parts + 32 * ins.c:p.parts + 32 * ins.c + 32]);
        if (mine != h) revert OpeningMismatch("part hash", mine, h);
        return keccak256(b[p.parts:p.parts + 32 * np]);
    }

    /// @dev train.FromCanonical of Q8_0 blocks into be32: each weight D24(d)·q, which must fit Q8.24 (unrolled: a
    ///      block's 32 quants are one calldata word).
    function _dequantize(bytes calldata b, uint256 at, uint256 blocks, bytes memory out) internal pure {
        for (uint256 k; k < blocks; ++k) {
            uint256 o;
            uint256 h;
            assembly ("memory-safe") {
                o := add(b.offset, add(at, mul(34, k)))
                let w := calldataload(o)
                h := or(byte(0, w), shl(8, byte(1, w)))
            }
            int256 d = LibCanon.fp16ToD24(uint16(h));
            uint256 bad;
            if (d < -(1 << 24) || d >= 1 << 24) {
                // |d|·|q| may not fit Q8.24 (|q| ≤ 128): check each weight
                assembly ("memory-safe") {
                    let w := calldataload(add(o, 2))
                    for { let j := 0 } lt(j, 32) { j := add(j, 1) } {
                        let v := mul(d, signextend(0, byte(j, w)))
                        bad := or(bad, xor(v, signextend(3, v)))
                    }
                }
            }
            assembly ("memory-safe") {
                let dst := add(add(out, 0x20), shl(7, k))
                let w := calldataload(add(o, 2))
                let v
                let acc
                v := mul(d, signextend(0, byte(0, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(1, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(2, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(3, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(4, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(5, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(6, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(7, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                mstore(dst, acc)
                dst := add(dst, 32)
                v := mul(d, signextend(0, byte(8, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(9, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(10, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(11, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(12, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(13, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(14, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(15, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                mstore(dst, acc)
                dst := add(dst, 32)
                v := mul(d, signextend(0, byte(16, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(17, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(18, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(19, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(20, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(21, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(22, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(23, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                mstore(dst, acc)
                dst := add(dst, 32)
                v := mul(d, signextend(0, byte(24, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(25, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(26, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(27, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(28, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(29, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(30, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                v := mul(d, signextend(0, byte(31, w)))
                acc := or(shl(32, acc), and(v, 0xffffffff))
                mstore(dst, acc)
                dst := add(dst, 32)
            }
            if (bad != 0) revert WeightRange(k, d);
        }
    }

    /// @dev importCtx.seededPart: the seeded initialization of row part (A, B, C): norms 1.0; else the tensor's
    ///      stream jumped to the part's first value, σ per the tensor, over 1000·isqrt(fanIn·2^32).
    function _seededPart(TrainConfig memory c, Instr memory ins) internal pure returns (bytes memory out) {
        uint256 n = LibTrainIO.partLen(c, ins.a, ins.c, SEED_PART);
        out = new bytes(4 * n + 32);
        if (LibTrainIO.isNorm(c, ins.a)) {
            assembly ("memory-safe") {
                for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                    mstore(add(add(out, 0x20), shl(2, j)), shl(224, ONE_W))
                }
            }
            return out;
        }
        (uint256 pn,) = LibTrainIO.ioPart(c, ins.a, SEED_PART);
        (, uint256 cols) = LibTrainIO.shape(c, ins.a);
        uint256 sigma = 1000;
        uint256 fanIn = cols;
        if (ins.a == 0) {
            fanIn = 1;
        } else if (ins.a != LibTrainIO.tensors(c) - 1) {
            uint256 k = (ins.a - 1) % LibTrainIO.PER_LAYER;
            if (k == LibTrainIO.K_WO || k == LibTrainIO.K_WDOWN) {
                sigma = 1000 * 1000 / LibCanon.isqrt(2 * uint256(c.layers) * 1_000_000);
            }
        }
        _gaussRun(
            c.seed,
            _fnv(_tensorName(c, ins.a)),
            ins.b * cols + ins.c * pn,
            sigma,
            1000 * LibCanon.isqrt(fanIn << 32),
            out
        );
    }

    /// @dev importCtx.factorPart: lora_a from the LoRA seed's stream of "<target>.lora_a" (σ 1, fan-in its columns),
    ///      lora_b zero.
    function _factorPart(TrainConfig memory c, Instr memory ins) internal pure returns (bytes memory out) {
        (, uint256 cols) = _factorShape(c, ins.a);
        uint256 lo = ins.c * SEED_PART;
        uint256 n = cols - lo < SEED_PART ? cols - lo : SEED_PART;
        out = new bytes(4 * n + 32);
        if (ins.a % 2 == 1) return out;
        bytes memory name = abi.encodePacked(_tensorName(c, _target(c, ins.a / 2)), ".lora_a");
        _gaussRun(c.loraSeed, _fnv(name), ins.b * cols + lo, 1000, 1000 * LibCanon.isqrt(cols << 32), out);
    }

    /// @dev Params.tensorName: the GGUF name of tensor i.
    function _tensorName(TrainConfig memory c, uint256 i) internal pure returns (bytes memory) {
        uint256 out = 1 + uint256(c.layers) * LibTrainIO.PER_LAYER;
        if (i == 0) return "token_embd.weight";
        if (i == out) return "output_norm.weight";
        if (i == out + 1) return "output.weight";
        return abi.encodePacked(
            "blk.", _itoa((i - 1) / LibTrainIO.PER_LAYER), ".", _kindName((i - 1) % LibTrainIO.PER_LAYER), ".weight"
        );
    }

    function _kindName(uint256 k) internal pure returns (bytes memory) {
        if (k == 0) return "attn_norm";
        if (k == 1) return "attn_q";
        if (k == 2) return "attn_k";
        if (k == 3) return "attn_v";
        if (k == 4) return "attn_output";
        if (k == 5) return "ffn_norm";
        if (k == 6) return "ffn_gate";
        if (k == 7) return "ffn_up";
        return "ffn_down";
    }

    function _itoa(uint256 v) internal pure returns (bytes memory s) {
        if (v == 0) return "0";
        for (; v != 0; v /= 10) {
            s = abi.encodePacked(bytes1(uint8(48 + v % 10)), s);
        }
    }

    /// @dev FNV-1a 64 (the stream's second PCG seed).
    function _fnv(bytes memory name) internal pure returns (uint64 h) {
        h = 14695981039346656037;
        unchecked {
            for (uint256 i; i < name.length; ++i) {
                h = (h ^ uint8(name[i])) * 1099511628211;
            }
        }
    }

    /// @dev gaussRun: out[j] = sat32(MulDiv(gaussQ16, σ·2^24, den)) from the stream NewPCG(seed1, seed2) after 3·lo
    ///      draws (pcgAt: Brown's jump ahead), three draws per value.
    function _gaussRun(uint256 seed1, uint256 seed2, uint256 lo, uint256 sigma, uint256 den, bytes memory out)
        internal
        pure
    {
        uint256 s = _pcgAt((seed1 << 64) | seed2, 3 * lo);
        uint256 num = sigma << 24;
        assembly ("memory-safe") {
            let mask128 := sub(shl(128, 1), 1)
            let mask64 := sub(shl(64, 1), 1)
            let a := or(shl(64, 2549297995355413924), 4865540595714422341)
            let inc := or(shl(64, 6364136223846793005), 1442695040888963407)
            let half := shr(1, den)
            let p := add(out, 0x20)
            let end := add(p, sub(mload(out), 32))
            for {} lt(p, end) { p := add(p, 4) } {
                // three draws; the four 16-bit lanes of each summed pairwise in two 32-bit lanes
                let hi
                let lanes := 0
                s := and(add(mul(s, a), inc), mask128)
                hi := xor(shr(64, s), shr(96, s))
                hi := and(mul(hi, 0xda942042e4dd58b5), mask64)
                hi := and(mul(xor(hi, shr(48, hi)), or(s, 1)), mask64)
                lanes := add(lanes, add(and(hi, 0x0000ffff0000ffff), and(shr(16, hi), 0x0000ffff0000ffff)))
                s := and(add(mul(s, a), inc), mask128)
                hi := xor(shr(64, s), shr(96, s))
                hi := and(mul(hi, 0xda942042e4dd58b5), mask64)
                hi := and(mul(xor(hi, shr(48, hi)), or(s, 1)), mask64)
                lanes := add(lanes, add(and(hi, 0x0000ffff0000ffff), and(shr(16, hi), 0x0000ffff0000ffff)))
                s := and(add(mul(s, a), inc), mask128)
                hi := xor(shr(64, s), shr(96, s))
                hi := and(mul(hi, 0xda942042e4dd58b5), mask64)
                hi := and(mul(xor(hi, shr(48, hi)), or(s, 1)), mask64)
                lanes := add(lanes, add(and(hi, 0x0000ffff0000ffff), and(shr(16, hi), 0x0000ffff0000ffff)))
                // g = sum − 6·2^16 + 6; MulDiv(g, σ·2^24, den): |g·num| + den/2 over den, ties away, then sat32
                let g := sub(add(and(lanes, 0xffffffff), shr(32, lanes)), 393210)
                let m := sar(255, g)
                let q := div(add(mul(xor(add(g, m), m), num), half), den)
                if gt(q, 0x7fffffff) { q := sub(0x7fffffff, m) } // sat32 (the int64 saturation lies beyond)
                mstore(p, shl(224, and(sub(xor(q, m), m), 0xffffffff)))
            }
        }
    }

    /// @dev pcgAt: the 128-bit LCG state s·a^n + c·(a^(n−1) + … + 1) mod 2^128.
    function _pcgAt(uint256 seed, uint256 n) internal pure returns (uint256 s) {
        unchecked {
            uint256 m128 = (uint256(1) << 128) - 1;
            uint256 accMul = 1;
            uint256 accAdd;
            uint256 curMul = (uint256(2549297995355413924) << 64) | 4865540595714422341;
            uint256 curAdd = (uint256(6364136223846793005) << 64) | 1442695040888963407;
            for (; n > 0; n >>= 1) {
                if (n & 1 == 1) {
                    accMul = (accMul * curMul) & m128;
                    accAdd = (accAdd * curMul + curAdd) & m128;
                }
                curAdd = ((curMul + 1) * curAdd) & m128;
                curMul = (curMul * curMul) & m128;
            }
            s = (seed * accMul + accAdd) & m128;
        }
    }

    // ---------------------------------------------------------------- execution

    /// @dev importCtx.appendRow: the values' chunk leaves into chunks; a row's last part closes the row, its last row
    ///      the tensor (into tensors, or factors for IMPFAC).
    function _appendRow(TrainConfig memory c, Instr memory ins, ImportProof memory p, bytes memory vals) internal pure {
        uint256 n = vals.length - 32; // 4 bytes a value, then the slack
        for (uint256 lo; lo < n; lo += 4 * LibTrainIO.CHUNK) {
            uint256 len = n - lo < 4 * LibTrainIO.CHUNK ? n - lo : 4 * LibTrainIO.CHUNK;
            bytes32 h;
            assembly ("memory-safe") {
                h := keccak256(add(add(vals, 0x20), lo), len)
            }
            p.chunks.append(h);
        }
        uint256 rows;
        uint256 cols;
        bool lastPart;
        if (ins.op == OP_ROW) {
            (rows, cols) = LibTrainIO.shape(c, ins.a);
            lastPart = ins.c == LibTrainIO.ioParts(c, ins.a, p.rp) - 1;
        } else {
            (rows, cols) = _factorShape(c, ins.a);
            lastPart = ins.c == (cols - 1) / SEED_PART;
        }
        if (!lastPart) return;
        p.rows.append(p.chunks.root());
        delete p.chunks;
        if (ins.b != rows - 1) return;
        if (ins.op == OP_ROW) p.tensors.append(p.rows.root());
        else p.factors.append(p.rows.root());
        delete p.rows;
    }

    /// @dev IMPEND: S_0's root (step 0, cursor 0, the corpus, the configuration, the weights, the zero moments, and
    ///      for LoRA base = weights and the adapters).
    function _s0(TrainConfig memory c, ImportContext calldata ctx, ImportProof memory p, bytes32 config)
        internal
        pure
        returns (bytes32)
    {
        bytes32 weights = p.tensors.root();
        bytes32 base;
        bytes32 adapters;
        if (c.loraRank > 0) (base, adapters) = (weights, p.factors.root());
        bytes memory a = abi.encodePacked(
            LibTrainIO.STATE_DOMAIN, uint64(0), uint64(0), ctx.dataTokens, ctx.tokensRoot, config, weights
        );
        return keccak256(abi.encodePacked(a, _zeroMoments(c), base, adapters));
    }

    /// @dev importCtx.zeroMoments: for Adam the tensor tree of zero moments over the optimizer's shapes (every tensor
    ///      of a full run, or the factors), zero for SGD. Every layer has the same shapes: their roots are computed
    ///      once.
    function _zeroMoments(TrainConfig memory c) internal pure returns (bytes32) {
        if (c.optimizer != 1) return bytes32(0);
        bytes32[] memory roots;
        uint256 per = c.loraRank == 0 ? LibTrainIO.PER_LAYER : 2 * _perLayerTargets(c);
        bytes32[] memory layer = new bytes32[](per);
        for (uint256 k; k < per; ++k) {
            (uint256 r, uint256 q) =
                c.loraRank == 0 ? LibTrainIO.shape(c, LibTrainIO.blockTensor(0, k)) : _factorShape(c, k);
            layer[k] = _zeroTensor(r, q);
        }
        uint256 first = c.loraRank == 0 ? 1 : 0;
        roots = new bytes32[](first + per * c.layers + (c.loraRank == 0 ? 2 : 0));
        for (uint256 i; i < per * c.layers; ++i) {
            roots[first + i] = layer[i % per];
        }
        if (c.loraRank == 0) {
            roots[0] = _zeroTensor(c.vocab, c.dim);
            roots[roots.length - 2] = _zeroTensor(1, c.dim);
            roots[roots.length - 1] = roots[0];
        }
        return LibMerkle.computeRoot(roots);
    }

    /// @dev importCtx.zeroTensor: the root of a zero moment tensor (16 zero bytes per value) in O(log) hashes.
    function _zeroTensor(uint256 rows, uint256 cols) internal pure returns (bytes32) {
        uint256 full = cols / LibTrainIO.CHUNK;
        uint256 rest = cols % LibTrainIO.CHUNK;
        bytes32 z;
        bytes32 zr;
        assembly ("memory-safe") {
            let buf := mload(0x40)
            calldatacopy(buf, calldatasize(), 512) // zeros
            z := keccak256(buf, 512)
            zr := keccak256(buf, shl(4, rest))
        }
        bytes32 row = rest == 0 ? _uniformRoot(z, z, full) : _uniformRoot(z, zr, full + 1);
        return _uniformRoot(row, row, rows);
    }

    /// @dev merkle.Root over n leaves, all a but the last, b.
    function _uniformRoot(bytes32 a, bytes32 b, uint256 n) internal pure returns (bytes32) {
        for (; n > 1; n = (n + 1) / 2) {
            if (n % 2 == 1) {
                (a, b) = (LibMerkle.hashPair(a, a), LibMerkle.hashPair(b, bytes32(0)));
            } else {
                (a, b) = (LibMerkle.hashPair(a, a), LibMerkle.hashPair(a, b));
            }
        }
        return b;
    }
}
