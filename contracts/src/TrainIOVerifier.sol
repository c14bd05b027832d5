// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITrainIOVerifier} from "./interfaces/ITrainIOVerifier.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";
import {LibTrainIO} from "./lib/LibTrainIO.sol";
import {TrainImportVerifier} from "./TrainImportVerifier.sol";

/// @title TrainIOVerifier
/// @notice The one-step verifiers of the training export (transition N + 1) and import (transition 0) programs
///         (docs/training-game.md, "The import and export programs"), bit for bit as prover/trainvm's
///         VerifyExportStep and VerifyImportStep: each decodes exactly the Go proof bytes (MarshalBinary), derives
///         instruction j in closed form, checks the pre-state preimage, the accumulator lengths an honest machine
///         holds before j and every opening, executes, and returns the post-state root. Every malformed input
///         reverts with a custom error naming the field.
contract TrainIOVerifier is ITrainIOVerifier {
    using LibTrainIO for LibTrainIO.Frontier;

    /// @notice The contract that runs the import's steps.
    TrainImportVerifier public immutable IMPORTER;

    /// @param importer The TrainImportVerifier.
    constructor(TrainImportVerifier importer) {
        IMPORTER = importer;
    }

    bytes internal constant EXPORT_DOMAIN = "airollup.train.export.v1";
    bytes internal constant FINAL_DOMAIN = "airollup.train.final.v1";
    bytes internal constant MODEL_DOMAIN = "airollup.model.v2";

    uint256 internal constant OP_META = 0;
    uint256 internal constant OP_ROW = 1;
    uint256 internal constant OP_ROPE = 2;
    uint256 internal constant OP_END = 3;

    /// @notice A decoded export proof: the pre-state and the offsets of what it opens.
    struct ExportProof {
        uint64 j;
        bytes32 carried;
        LibTrainIO.Frontier acc;
        bytes32[] parts;
        uint256 sN; // offset of S_N's preimage
        bytes32 weightsRoot; // S_N's
        uint256 nValues;
        uint256 values; // offset of the values
        uint256 nSiblings;
        uint256 siblings; // offset of the siblings
        uint256 nQ8;
        uint256 q8; // offset of a join's Q8_0 bytes
    }

    /// @dev A row part's Q8_0 bytes: ROW_PART values in blocks of 32, 34 bytes each.
    uint256 internal constant MAX_Q8 = LibTrainIO.ROW_PART / 32 * 34;
    /// @dev A sub-step's Q8_0 bytes.
    uint256 internal constant SUB_Q8 = LibTrainIO.SUB_PART / 32 * 34;

    /// @notice An instruction: op and operands A (tensor or position), B (row), C (part).
    struct Instr {
        uint256 op;
        uint256 a;
        uint256 b;
        uint256 c;
    }

    // ================================================================ export

    /// @inheritdoc ITrainIOVerifier
    function verifyExportStep(TrainConfig calldata cfg, ExportContext calldata ctx, bytes32 pre, bytes calldata proof)
        external
        pure
        returns (bytes32 post)
    {
        TrainConfig memory c = cfg;
        (ExportProof memory p, Instr memory ins, bytes32 config) = _exportPre(c, ctx, pre, proof);
        if (ins.op != OP_ROW && p.nQ8 != 0) revert OpeningLength("Q8_0 bytes", p.nQ8, 0);
        if (ins.op == OP_ROW) {
            _exportRow(c, ins, proof, p);
        } else if (ins.op == OP_ROPE) {
            _checkRope(c, ctx.ropeSource, ins.a, proof, p);
            p.acc.append(keccak256(proof[p.values:p.values + 4 * p.nValues]));
        } else {
            if (p.nValues != 0) revert OpeningLength("values", p.nValues, 0);
            if (p.nSiblings != 0) revert OpeningLength("siblings", p.nSiblings, 0);
            if (ins.op == OP_META) {
                p.acc.append(_metadataLeaf(c, ctx));
            } else {
                p.carried = keccak256(abi.encodePacked(FINAL_DOMAIN, p.acc.root(), ctx.datasetRoot, config));
            }
        }
        return keccak256(
            abi.encodePacked(
                EXPORT_DOMAIN, p.j + 1, p.carried, p.acc.encode(), uint32(p.parts.length), abi.encodePacked(p.parts)
            )
        );
    }

    /// @dev Decodes the proof and checks what VerifyExportStep checks before executing: the configuration, the
    ///      pre-state and S_N preimages, S_N's configuration hash, the step, the accumulator's length.
    function _exportPre(TrainConfig memory c, ExportContext calldata ctx, bytes32 pre, bytes calldata proof)
        internal
        pure
        returns (ExportProof memory p, Instr memory ins, bytes32 config)
    {
        LibTrainIO.check(c);
        if (ctx.eos < -1 || ctx.eos >= int256(uint256(c.vocab))) {
            revert BadConfig("eos + 1", uint256(int256(ctx.eos) + 1), c.vocab);
        }
        p = _readExport(proof);
        bytes32 got = keccak256(abi.encodePacked(EXPORT_DOMAIN, proof[:p.sN]));
        if (got != pre) revert PreStateMismatch(pre, got);
        uint256 len = _exportLength(c);
        if (p.j >= len) revert StepOutOfRange(p.j, len);
        if (LibTrainIO.stateRoot(proof, p.sN) != p.carried) revert CarriedMismatch("S_N");
        config = LibTrainIO.configHash(c);
        got = bytes32(proof[p.sN + 56:p.sN + 88]);
        if (got != config) revert ConfigHashMismatch(config, got);
        p.weightsRoot = bytes32(proof[p.sN + 88:p.sN + 120]);
        ins = _exportAt(c, p.j);
        (uint256 n, uint256 parts) = _leavesBefore(c, ins);
        if (p.acc.n != n) revert AccumulatorMismatch("accumulator", p.acc.n, n);
        if (p.parts.length != parts) revert AccumulatorMismatch("part hashes", p.parts.length, parts);
    }

    /// @dev ReadExportProof: be64 j ‖ carried ‖ acc ‖ be32 m ‖ m held hashes ‖ S_N (216 bytes) ‖ be32 v ‖ v × be32
    ///      ‖ u8 d ‖ d siblings ‖ be32 q ‖ q Q8_0 bytes, and nothing after.
    function _readExport(bytes calldata b) internal pure returns (ExportProof memory p) {
        uint256 off;
        uint256 v;
        (v, off) = LibTrainIO.readUint(b, 0, 8, "j");
        p.j = uint64(v);
        (p.carried, off) = LibTrainIO.readHash(b, off, "carried");
        (p.acc, off) = LibTrainIO.readFrontier(b, off, "accumulator");
        uint256 m;
        uint256 at;
        (m, at, off) = LibTrainIO.readCount(b, off, 32, LibTrainIO.MAX_PARTS + LibTrainIO.SUB_PARTS, "part hashes");
        p.parts = new bytes32[](m);
        for (uint256 i; i < m; ++i) {
            p.parts[i] = bytes32(b[at + 32 * i:at + 32 * i + 32]);
        }
        p.sN = off;
        off += LibTrainIO.STATE_BYTES;
        if (off > b.length) revert ProofTruncated("S_N");
        (p.nValues, p.values, off) = LibTrainIO.readCount(b, off, 4, LibTrainIO.ROW_PART, "values");
        (p.nSiblings, p.siblings, off) = LibTrainIO.readSiblings(b, off);
        (p.nQ8, p.q8, off) = LibTrainIO.readCount(b, off, 1, MAX_Q8, "Q8_0 bytes");
        if (off != b.length) revert ProofTrailingBytes(b.length - off);
    }

    /// @dev NewExportProgram's length: EXPMETA, the rows' steps (norm chunks; matrix parts' sub-steps and joins),
    ///      context EXPROPE, EXPEND.
    function _exportLength(TrainConfig memory c) internal pure returns (uint256) {
        return 2 + LibTrainIO.allTensorSteps(c, LibTrainIO.EXPORT_STEPS) + c.context;
    }

    /// @dev Program.At of the export program.
    function _exportAt(TrainConfig memory c, uint256 j) internal pure returns (Instr memory ins) {
        if (j == 0) return Instr(OP_META, 0, 0, 0);
        (bool found, uint256 i, uint256 r, uint256 p, uint256 rest) =
            LibTrainIO.rowAt(c, j - 1, LibTrainIO.EXPORT_STEPS);
        if (found) return Instr(OP_ROW, i, r, p);
        if (rest < c.context) return Instr(OP_ROPE, rest, 0, 0);
        return Instr(OP_END, 0, 0, 0);
    }

    /// @dev exportCtx.leavesBefore: the leaves an honest export holds before ins, and its held hashes (the row's
    ///      part hashes, then the part's sub-hashes).
    function _leavesBefore(TrainConfig memory c, Instr memory ins) internal pure returns (uint256 n, uint256 held) {
        if (ins.op == OP_META) return (0, 0);
        if (ins.op == OP_ROW) {
            uint256 start = LibTrainIO.leafStart(c, ins.a);
            if (LibTrainIO.isNorm(c, ins.a)) return (start + ins.c, 0);
            (uint256 part, uint256 sub,) = LibTrainIO.expSub(c, ins.a, ins.c);
            if (LibTrainIO.ioParts(c, ins.a, LibTrainIO.ROW_PART) > 1) held = part;
            if (LibTrainIO.subSteps(c, ins.a, part) > 1) held += sub;
            return (start + ins.b, held);
        }
        uint256 rope = LibTrainIO.leafStart(c, LibTrainIO.tensors(c));
        return (ins.op == OP_ROPE ? rope + ins.a : rope + c.context, 0);
    }

    /// @dev checkPart: the values of a norm chunk (A, B, C), or of sub-step `sub` of row part `part` of row B of
    ///      tensor A, against S_N's weights root, as one node of the tensor tree.
    function _checkPart(
        TrainConfig memory c,
        Instr memory ins,
        uint256 part,
        uint256 sub,
        bytes calldata b,
        ExportProof memory p
    ) internal pure {
        uint256 want;
        uint256 index;
        uint256 d;
        uint256 h;
        if (LibTrainIO.isNorm(c, ins.a)) {
            want = LibTrainIO.partLen(c, ins.a, ins.c, LibTrainIO.ROW_PART);
            (index, d, h) = _partPath(c, ins);
        } else {
            want = LibTrainIO.partLen(c, ins.a, part, LibTrainIO.ROW_PART) - sub * LibTrainIO.SUB_PART;
            if (want > LibTrainIO.SUB_PART) want = LibTrainIO.SUB_PART;
            (index, d, h) = _subPath(c, ins, part * LibTrainIO.SUB_PARTS + sub);
        }
        if (p.nValues != want) revert OpeningLength("values", p.nValues, want);
        if (p.nSiblings != d) revert OpeningLength("siblings", p.nSiblings, d);
        bytes32 leaf = LibTrainIO.partRoot(b, p.values, p.nValues, h);
        bytes32 got = LibTrainIO.pathRoot(b, p.siblings, d, leaf, index);
        if (got != p.weightsRoot) revert OpeningMismatch("row part", p.weightsRoot, got);
    }

    /// @dev Params.partPath: the index of row part (A, B, C)'s node in the weights tree viewed as one tree, the
    ///      siblings of its path, and its height in the row's chunk tree.
    function _partPath(TrainConfig memory c, Instr memory ins)
        internal
        pure
        returns (uint256 index, uint256 d, uint256 h)
    {
        (uint256 rows, uint256 cols) = LibTrainIO.shape(c, ins.a);
        (, h) = LibTrainIO.ioPart(c, ins.a, LibTrainIO.ROW_PART);
        uint256 dc = LibMerkle.depth(LibTrainIO.chunks(cols)) - h;
        uint256 dr = LibMerkle.depth(rows);
        d = dc + dr + LibMerkle.depth(LibTrainIO.tensors(c));
        index = ins.c | (ins.b << dc) | (ins.a << (dc + dr));
    }

    /// @dev Params.subPath: the index of sub-step g's node (g = part·SUB_PARTS + sub; height SUB_HEIGHT, or the
    ///      row's depth when shorter) of row B of tensor A in the weights tree viewed as one tree, the siblings of its
    ///      path, and its height.
    function _subPath(TrainConfig memory c, Instr memory ins, uint256 g)
        internal
        pure
        returns (uint256 index, uint256 d, uint256 h)
    {
        (uint256 rows, uint256 cols) = LibTrainIO.shape(c, ins.a);
        uint256 dc = LibMerkle.depth(LibTrainIO.chunks(cols));
        h = dc < LibTrainIO.SUB_HEIGHT ? dc : LibTrainIO.SUB_HEIGHT;
        dc -= h;
        uint256 dr = LibMerkle.depth(rows);
        d = dc + dr + LibMerkle.depth(LibTrainIO.tensors(c));
        index = g | (ins.b << dc) | (ins.a << (dc + dr));
    }

    /// @dev checkRope: the RoPE row of position t against the RoPE source model root.
    function _checkRope(TrainConfig memory c, bytes32 source, uint256 t, bytes calldata b, ExportProof memory p)
        internal
        pure
    {
        uint256 rope = c.dim / c.heads;
        if (p.nValues != rope) revert OpeningLength("RoPE row", p.nValues, rope);
        uint256 d = LibTrainIO.modelRootDepth(c);
        if (p.nSiblings != d) revert OpeningLength("RoPE siblings", p.nSiblings, d);
        uint256 index = LibTrainIO.leafStart(c, LibTrainIO.tensors(c)) + t;
        bytes32 got = LibTrainIO.pathRoot(b, p.siblings, d, keccak256(b[p.values:p.values + 4 * p.nValues]), index);
        if (got != source) revert OpeningMismatch("RoPE row", source, got);
    }

    /// @dev EXPROW: a norm chunk's leaf; a matrix sub-step's Q8_0 blocks hashed (held as a sub-hash when its part
    ///      has several sub-steps, else the part hash); a join's Q8_0 bytes checked against the part's sub-hashes,
    ///      which its hash, the part hash, replaces. A part hash is appended (a one-part row) or held, the row's last
    ///      one appending keccak256 of the held part hashes.
    function _exportRow(TrainConfig memory c, Instr memory ins, bytes calldata b, ExportProof memory p) internal pure {
        if (LibTrainIO.isNorm(c, ins.a)) {
            if (p.nQ8 != 0) revert OpeningLength("Q8_0 bytes", p.nQ8, 0);
            _checkPart(c, ins, 0, 0, b, p);
            p.acc.append(_normLeaf(b, p.values, p.nValues));
            return;
        }
        (uint256 part, uint256 sub, bool join) = LibTrainIO.expSub(c, ins.a, ins.c);
        uint256 s = LibTrainIO.subSteps(c, ins.a, part);
        bytes32 h;
        if (join) {
            if (p.nValues != 0) revert OpeningLength("values", p.nValues, 0);
            if (p.nSiblings != 0) revert OpeningLength("siblings", p.nSiblings, 0);
            h = _join(c, ins.a, part, s, b, p);
        } else {
            if (p.nQ8 != 0) revert OpeningLength("Q8_0 bytes", p.nQ8, 0);
            _checkPart(c, ins, part, sub, b, p);
            h = keccak256(_quantizePart(b, p.values, p.nValues));
            if (s > 1) {
                _hold(p, h, 0);
                return;
            }
        }
        uint256 np = LibTrainIO.ioParts(c, ins.a, LibTrainIO.ROW_PART);
        if (np == 1) {
            p.acc.append(h);
            return;
        }
        _hold(p, h, 0);
        if (part == np - 1) {
            p.acc.append(keccak256(abi.encodePacked(p.parts)));
            p.parts = new bytes32[](0);
        }
    }

    /// @dev Drops the last `drop` held hashes and holds h after the others.
    function _hold(ExportProof memory p, bytes32 h, uint256 drop) internal pure {
        uint256 n = p.parts.length - drop;
        bytes32[] memory parts = new bytes32[](n + 1);
        for (uint256 i; i < n; ++i) {
            parts[i] = p.parts[i];
        }
        parts[n] = h;
        p.parts = parts;
    }

    /// @dev checkJoin and the join: the part's Q8_0 bytes, each sub-step's slice hashing to its held sub-hash (the
    ///      last s held hashes, which are dropped); returns the part hash, keccak256 of the bytes.
    function _join(TrainConfig memory c, uint256 i, uint256 part, uint256 s, bytes calldata b, ExportProof memory p)
        internal
        pure
        returns (bytes32)
    {
        uint256 want = LibTrainIO.partLen(c, i, part, LibTrainIO.ROW_PART) / 32 * 34;
        if (p.nQ8 != want) revert OpeningLength("Q8_0 bytes", p.nQ8, want);
        uint256 first = p.parts.length - s;
        for (uint256 u; u < s; ++u) {
            uint256 lo = p.q8 + u * SUB_Q8;
            uint256 hi = lo + SUB_Q8 < p.q8 + want ? lo + SUB_Q8 : p.q8 + want;
            bytes32 got = keccak256(b[lo:hi]);
            if (got != p.parts[first + u]) revert OpeningMismatch("sub-hash", p.parts[first + u], got);
        }
        bytes32[] memory kept = p.parts;
        assembly ("memory-safe") {
            mstore(kept, first) // drop the sub-hashes
        }
        return keccak256(b[p.q8:p.q8 + want]);
    }

    /// @dev keccak256(be32 × rshift(w, 8)) of a norm chunk's master values (rshift: ties away from zero).
    function _normLeaf(bytes calldata b, uint256 at, uint256 n) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let buf := mload(0x40)
            let src := add(b.offset, at)
            for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                let v := signextend(3, shr(224, calldataload(add(src, shl(2, j)))))
                let a := v
                if slt(v, 0) { a := sub(0, v) }
                let q := shr(8, add(a, 128))
                if slt(v, 0) { q := sub(0, q) }
                mstore(add(buf, shl(2, j)), shl(224, and(q, 0xffffffff)))
            }
            h := keccak256(buf, shl(2, n))
        }
    }

    /// @dev quant.Block over each 32 values (Q8.24) of the part: the fp16 scale nearest amax/127 (little-endian),
    ///      then round(127·v/amax) per value, ties away from zero: (254·|v| + amax) / (2·amax), signed. Eight values
    ///      a calldata word, unrolled.
    function _quantizePart(bytes calldata b, uint256 at, uint256 n) internal pure returns (bytes memory q8) {
        uint256 blocks = n / 32;
        q8 = new bytes(blocks * 34);
        for (uint256 k; k < blocks; ++k) {
            uint256 src;
            uint256 amax;
            assembly ("memory-safe") {
                src := add(b.offset, add(at, shl(7, k)))
                for { let o := 0 } lt(o, 128) { o := add(o, 32) } {
                    let w := calldataload(add(src, o))
                    let v
                    let m
                    v := signextend(3, shr(224, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(192, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(160, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(128, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(96, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(64, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(32, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                    v := signextend(3, shr(0, w))
                    m := sar(255, v)
                    v := xor(add(v, m), m)
                    if gt(v, amax) { amax := v }
                }
            }
            uint256 h = _fp16FromRatio127(amax);
            assembly ("memory-safe") {
                let dst := add(add(q8, 0x20), mul(34, k))
                mstore8(dst, and(h, 0xff))
                mstore8(add(dst, 1), shr(8, h))
                if amax {
                    let den := shl(1, amax)
                    let acc := 0
                    for { let o := 0 } lt(o, 128) { o := add(o, 32) } {
                        let w := calldataload(add(src, o))
                        let v
                        let m
                        v := signextend(3, shr(224, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(192, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(160, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(128, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(96, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(64, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(32, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                        v := signextend(3, shr(0, w))
                        m := sar(255, v)
                        v := div(add(mul(254, xor(add(v, m), m)), amax), den)
                        acc := or(shl(8, acc), and(sub(xor(v, m), m), 0xff))
                    }
                    mstore(add(dst, 2), acc)
                }
            }
        }
    }

    /// @dev quant.FP16FromRatio(amax, 127, 24): the fp16 bits nearest amax/127·2^−24, ties to even (amax < 2^32).
    function _fp16FromRatio127(uint256 amax) internal pure returns (uint256) {
        if (amax == 0) return 0;
        uint256 bl;
        assembly ("memory-safe") {
            let x := amax
            if gt(x, 0xffff) {
                x := shr(16, x)
                bl := 16
            }
            if gt(x, 0xff) {
                x := shr(8, x)
                bl := add(bl, 8)
            }
            if gt(x, 0xf) {
                x := shr(4, x)
                bl := add(bl, 4)
            }
            if gt(x, 0x3) {
                x := shr(2, x)
                bl := add(bl, 2)
            }
            bl := add(bl, add(1, gt(x, 1)))
        }
        unchecked {
            for (uint256 e = bl > 19 ? bl - 19 : 0; e <= 30; ++e) {
                uint256 dd = 127 << (e > 0 ? e - 1 : 0);
                uint256 q = amax / dd;
                uint256 r2 = 2 * (amax % dd);
                if (r2 > dd || (r2 == dd && q & 1 == 1)) ++q;
                if (q < (e == 0 ? 1024 : 2048)) {
                    if (e == 0) return q;
                    if (q < 1024) continue;
                    return (e << 10) | (q - 1024);
                }
            }
        }
        revert WeightRange(0, int256(amax)); // unreachable for int32 values: |v| < 2^31 ≤ 65504·127·2^24
    }

    /// @dev canon MetadataLeaf of the exported model: the configuration's constants, untied, EOS, tokenizer hash.
    function _metadataLeaf(TrainConfig memory c, ExportContext calldata ctx) internal pure returns (bytes32) {
        bytes memory f = abi.encodePacked(c.dim, c.layers, c.heads, c.kvHeads, c.ffDim, c.vocab, c.context);
        return keccak256(
            abi.encodePacked(
                MODEL_DOMAIN,
                f,
                uint32(c.dim / c.heads),
                uint32(0x461c4000), // RoPE base 10000.0
                uint32(0x3727c5ac), // norm ε 1e-5
                uint32(0), // untied
                uint32(ctx.eos),
                ctx.tokenizerHash
            )
        );
    }

    // ================================================================ import

    /// @inheritdoc ITrainIOVerifier
    /// @dev Runs in TrainImportVerifier (its own contract for the code-size limit).
    function verifyImportStep(TrainConfig calldata cfg, ImportContext calldata ctx, bytes32 pre, bytes calldata proof)
        external
        view
        returns (bytes32)
    {
        return IMPORTER.verifyImportStep(cfg, ctx, pre, proof);
    }
}
