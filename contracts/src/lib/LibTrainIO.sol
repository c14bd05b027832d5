// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITrainIOTypes} from "../interfaces/ITrainIOVerifier.sol";
import {LibMerkle} from "./LibMerkle.sol";

/// @title LibTrainIO
/// @notice What the import and export verifiers share (prover/trainvm export.go, import.go, frontier.go): the run's
///         tensors and their row parts, the program's closed form, Frontier accumulators, the configuration and
///         level-1 state hashes, and a big-endian reader of the proof bytes.
library LibTrainIO {
    uint256 internal constant CHUNK = 32;
    uint256 internal constant ROW_PART = 4096; // canon.RowPartBlocks Q8_0 blocks
    uint256 internal constant ROW_PART_HEIGHT = 7; // log2(ROW_PART / CHUNK)
    uint256 internal constant PER_LAYER = 9;
    uint256 internal constant K_ATTN_NORM = 0;
    uint256 internal constant K_WO = 4;
    uint256 internal constant K_FFN_NORM = 5;
    uint256 internal constant K_WDOWN = 8;
    uint256 internal constant MAX_PARTS = 256;
    uint256 internal constant SUB_PART = 1024; // trainvm.SubPart: the values of an export sub-step
    uint256 internal constant SUB_PARTS = 4; // ROW_PART / SUB_PART
    uint256 internal constant SUB_HEIGHT = 5; // log2(SUB_PART / CHUNK)
    uint256 internal constant EXPORT_STEPS = 0; // ioParts' rp for the export's steps of a row (Params.expSteps)
    uint256 internal constant MAX_SIBLINGS = 64;
    uint256 internal constant STATE_BYTES = 216; // a level-1 state's preimage fields

    bytes internal constant CONFIG_DOMAIN = "airollup.train.config.v1";
    bytes internal constant STATE_DOMAIN = "airollup.train.state.v1";

    /// @notice An append-only Merkle accumulator (trainvm.Frontier): n leaves and the unpaired subtree roots.
    struct Frontier {
        uint256 n;
        bytes32[64] branch;
    }

    // ---------------------------------------------------------------- configuration

    /// @notice Reverts unless the dimensions are ones the import and export programs accept (trainvm ioCheck, and
    ///         the head split the shapes use).
    function check(ITrainIOTypes.TrainConfig memory c) internal pure {
        _pos("dim", c.dim, 1 << 20);
        _pos("layers", c.layers, 1 << 12);
        _pos("heads", c.heads, c.dim);
        _pos("kvHeads", c.kvHeads, c.heads);
        _pos("ffDim", c.ffDim, 1 << 20);
        _pos("vocab", c.vocab, 1 << 24);
        _pos("context", c.context, 1 << 24);
        if (c.dim % CHUNK != 0) revert ITrainIOTypes.BadConfig("dim % 32", c.dim % CHUNK, 0);
        if (c.ffDim % CHUNK != 0) revert ITrainIOTypes.BadConfig("ffDim % 32", c.ffDim % CHUNK, 0);
        if (c.dim % c.heads != 0) revert ITrainIOTypes.BadConfig("dim % heads", c.dim % c.heads, 0);
        if (c.heads % c.kvHeads != 0) revert ITrainIOTypes.BadConfig("heads % kvHeads", c.heads % c.kvHeads, 0);
    }

    function _pos(string memory field, uint256 v, uint256 limit) private pure {
        if (v == 0 || v > limit) revert ITrainIOTypes.BadConfig(field, v, limit);
    }

    /// @notice train.ConfigHash.
    function configHash(ITrainIOTypes.TrainConfig memory c) internal pure returns (bytes32) {
        bytes memory a = abi.encodePacked(
            CONFIG_DOMAIN, c.dim, c.layers, c.heads, c.kvHeads, c.ffDim, c.vocab, c.context, c.optimizer, c.lr, c.beta1
        );
        bytes memory b = abi.encodePacked(
            c.beta2, c.eps, c.batch, c.seqLen, c.lrFinal, c.decayFrom, c.decaySteps, c.seed, c.loraRank, c.loraScale
        );
        return keccak256(abi.encodePacked(a, b, c.loraTargets, c.loraSeed));
    }

    // ---------------------------------------------------------------- tensors

    function tensors(ITrainIOTypes.TrainConfig memory c) internal pure returns (uint256) {
        return 3 + uint256(c.layers) * PER_LAYER;
    }

    /// @notice Tensor index of layer l's kind k.
    function blockTensor(uint256 l, uint256 k) internal pure returns (uint256) {
        return 1 + l * PER_LAYER + k;
    }

    function isNorm(ITrainIOTypes.TrainConfig memory c, uint256 i) internal pure returns (bool) {
        uint256 out = 1 + uint256(c.layers) * PER_LAYER;
        if (i == out) return true;
        if (i < 1 || i > out) return false;
        uint256 k = (i - 1) % PER_LAYER;
        return k == K_ATTN_NORM || k == K_FFN_NORM;
    }

    /// @notice Params.Shape: rows and columns of tensor i (a norm is one row).
    function shape(ITrainIOTypes.TrainConfig memory c, uint256 i) internal pure returns (uint256 rows, uint256 cols) {
        uint256 out = 1 + uint256(c.layers) * PER_LAYER;
        if (i == 0 || i == out + 1) return (c.vocab, c.dim);
        if (i == out) return (1, c.dim);
        uint256 k = (i - 1) % PER_LAYER;
        if (k == K_ATTN_NORM || k == K_FFN_NORM) return (1, c.dim);
        if (k == 1 || k == K_WO) return (c.dim, c.dim);
        if (k == 2 || k == 3) return (uint256(c.kvHeads) * (c.dim / c.heads), c.dim);
        if (k == 6 || k == 7) return (c.ffDim, c.dim);
        return (c.dim, c.ffDim);
    }

    function chunks(uint256 n) internal pure returns (uint256) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /// @notice Params.ioPart: the values of a row part of tensor i (a matrix's: rp, ROW_PART but for a seeded import
    ///         part) and the height of its node in the row's tree (of a ROW_PART part).
    function ioPart(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 rp)
        internal
        pure
        returns (uint256 n, uint256 h)
    {
        if (isNorm(c, i)) return (CHUNK, 0);
        (, uint256 cols) = shape(c, i);
        uint256 dc = LibMerkle.depth(chunks(cols));
        return (rp, dc < ROW_PART_HEIGHT ? dc : ROW_PART_HEIGHT);
    }

    /// @notice Params.ioParts: the row parts of a row of tensor i; for rp = EXPORT_STEPS, the export's steps of a
    ///         matrix row (Params.expSteps: per part its sub-steps and, for a part of more than one, its join).
    function ioParts(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 rp) internal pure returns (uint256) {
        if (rp == EXPORT_STEPS && !isNorm(c, i)) {
            (, uint256 w) = shape(c, i);
            uint256 np = (w + ROW_PART - 1) / ROW_PART;
            uint256 s = (w - (np - 1) * ROW_PART + SUB_PART - 1) / SUB_PART; // the last part's sub-steps
            return (np - 1) * (SUB_PARTS + 1) + s + (s > 1 ? 1 : 0);
        }
        (uint256 n,) = ioPart(c, i, rp);
        (, uint256 cols) = shape(c, i);
        return (cols + n - 1) / n;
    }

    /// @notice Params.modelLeaves: the model-root leaves of tensor i.
    function modelLeaves(ITrainIOTypes.TrainConfig memory c, uint256 i) internal pure returns (uint256) {
        (uint256 rows, uint256 cols) = shape(c, i);
        return isNorm(c, i) ? chunks(cols) : rows;
    }

    /// @notice Params.leafStart: the model-root index of tensor i's first leaf (i ≤ tensors).
    function leafStart(ITrainIOTypes.TrainConfig memory c, uint256 i) internal pure returns (uint256 n) {
        n = 1;
        if (i == 0) return n;
        n += modelLeaves(c, 0);
        uint256 layers = (i - 1) / PER_LAYER;
        if (layers > c.layers) layers = c.layers;
        uint256 per;
        for (uint256 k; k < PER_LAYER; ++k) {
            per += modelLeaves(c, blockTensor(0, k));
        }
        n += layers * per;
        for (uint256 t = 1 + layers * PER_LAYER; t < i; ++t) {
            n += modelLeaves(c, t);
        }
    }

    /// @notice Params.modelRootDepth: the depth of the model root (untied, a RoPE row per position).
    function modelRootDepth(ITrainIOTypes.TrainConfig memory c) internal pure returns (uint256) {
        return LibMerkle.depth(leafStart(c, tensors(c)) + c.context);
    }

    /// @notice Params.partLen: the values of row part (i, part).
    function partLen(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 part, uint256 rp)
        internal
        pure
        returns (uint256)
    {
        (uint256 n,) = ioPart(c, i, rp);
        (, uint256 cols) = shape(c, i);
        uint256 rest = cols - part * n;
        return rest < n ? rest : n;
    }

    /// @notice Params.subSteps: the export sub-steps of row part (i, part).
    function subSteps(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 part) internal pure returns (uint256) {
        return (partLen(c, i, part, ROW_PART) + SUB_PART - 1) / SUB_PART;
    }

    /// @notice Params.expSub: the part and sub-step of export step k of a matrix row of tensor i, and whether it is
    ///         the part's join.
    function expSub(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 k)
        internal
        pure
        returns (uint256 part, uint256 sub, bool join)
    {
        (part, sub) = (k / (SUB_PARTS + 1), k % (SUB_PARTS + 1));
        join = sub == subSteps(c, i, part);
    }

    /// @notice The steps of tensor i in a rows × parts run.
    function tensorSteps(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 rp) internal pure returns (uint256) {
        (uint256 rows,) = shape(c, i);
        return rows * ioParts(c, i, rp);
    }

    /// @notice Locates step j of the run over every tensor's rows and parts (GGUF order): found, the tensor, row and
    ///         part; else the steps past the run (j − its length).
    function rowAt(ITrainIOTypes.TrainConfig memory c, uint256 j, uint256 rp)
        internal
        pure
        returns (bool found, uint256 i, uint256 r, uint256 p, uint256 rest)
    {
        uint256 n = tensorSteps(c, 0, rp);
        if (j < n) return _split(c, 0, j, rp);
        j -= n;
        uint256 per;
        for (uint256 k; k < PER_LAYER; ++k) {
            per += tensorSteps(c, blockTensor(0, k), rp);
        }
        if (j < per * c.layers) {
            uint256 l = j / per;
            j %= per;
            for (uint256 k;; ++k) {
                n = tensorSteps(c, blockTensor(l, k), rp);
                if (j < n) return _split(c, blockTensor(l, k), j, rp);
                j -= n;
            }
        }
        j -= per * c.layers;
        for (uint256 t = 1 + uint256(c.layers) * PER_LAYER; t < tensors(c); ++t) {
            n = tensorSteps(c, t, rp);
            if (j < n) return _split(c, t, j, rp);
            j -= n;
        }
        return (false, 0, 0, 0, j);
    }

    function _split(ITrainIOTypes.TrainConfig memory c, uint256 i, uint256 j, uint256 rp)
        private
        pure
        returns (bool, uint256, uint256, uint256, uint256)
    {
        uint256 np = ioParts(c, i, rp);
        return (true, i, j / np, j % np, 0);
    }

    /// @notice The steps of the run over every tensor's rows and parts.
    function allTensorSteps(ITrainIOTypes.TrainConfig memory c, uint256 rp) internal pure returns (uint256 n) {
        n = tensorSteps(c, 0, rp);
        uint256 per;
        for (uint256 k; k < PER_LAYER; ++k) {
            per += tensorSteps(c, blockTensor(0, k), rp);
        }
        n += per * c.layers;
        for (uint256 t = 1 + uint256(c.layers) * PER_LAYER; t < tensors(c); ++t) {
            n += tensorSteps(c, t, rp);
        }
    }

    // ---------------------------------------------------------------- accumulators

    /// @notice Frontier.Append.
    function append(Frontier memory f, bytes32 leaf) internal pure {
        bytes32 node = leaf;
        for (uint256 h;; ++h) {
            if ((f.n >> h) & 1 == 0) {
                f.branch[h] = node;
                break;
            }
            node = LibMerkle.hashPair(f.branch[h], node);
            f.branch[h] = bytes32(0);
        }
        ++f.n;
    }

    /// @notice Frontier.Root: merkle.Root over the appended leaves (zero when none).
    function root(Frontier memory f) internal pure returns (bytes32 node) {
        if (f.n == 0) return bytes32(0);
        uint256 d = LibMerkle.depth(f.n);
        if (f.n == uint256(1) << d) return f.branch[d];
        bool empty = true;
        for (uint256 h; h < d; ++h) {
            if ((f.n >> h) & 1 == 1) {
                node = LibMerkle.hashPair(f.branch[h], node);
                empty = false;
            } else if (!empty) {
                node = LibMerkle.hashPair(node, bytes32(0));
            }
        }
    }

    /// @notice be64 n ‖ the set levels, ascending.
    function encode(Frontier memory f) internal pure returns (bytes memory b) {
        uint256 n = f.n;
        b = new bytes(8 + 32 * _popcount(n));
        assembly ("memory-safe") {
            let p := add(b, 0x20)
            mstore(p, shl(192, n)) // be64 n (the levels overwrite the rest)
            p := add(p, 8)
            let br := add(f, 0x20) // f.branch (a pointer to the array)
            br := mload(br)
            for { let h := 0 } lt(h, 64) { h := add(h, 1) } {
                if and(shr(h, n), 1) {
                    mstore(p, mload(add(br, shl(5, h))))
                    p := add(p, 0x20)
                }
            }
        }
    }

    function _popcount(uint256 n) private pure returns (uint256 c) {
        for (; n != 0; n &= n - 1) {
            ++c;
        }
    }

    // ---------------------------------------------------------------- reading the proof

    /// @notice Reads `size` bytes (≤ 32) at off as a big-endian unsigned integer.
    function readUint(bytes calldata b, uint256 off, uint256 size, string memory field)
        internal
        pure
        returns (uint256 v, uint256 next)
    {
        next = off + size;
        if (next > b.length) revert ITrainIOTypes.ProofTruncated(field);
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, size)), calldataload(add(b.offset, off)))
        }
    }

    function readHash(bytes calldata b, uint256 off, string memory field)
        internal
        pure
        returns (bytes32 h, uint256 next)
    {
        next = off + 32;
        if (next > b.length) revert ITrainIOTypes.ProofTruncated(field);
        h = bytes32(b[off:next]);
    }

    /// @notice Reads a frontier (be64 n ‖ its set levels).
    function readFrontier(bytes calldata b, uint256 off, string memory field)
        internal
        pure
        returns (Frontier memory f, uint256 next)
    {
        uint256 n;
        (n, next) = readUint(b, off, 8, field);
        f.n = n;
        uint256 end = next + 32 * _popcount(n);
        if (end > b.length) revert ITrainIOTypes.ProofTruncated(field);
        bytes32[64] memory br = f.branch;
        assembly ("memory-safe") {
            let p := add(b.offset, next)
            for { let h := 0 } lt(h, 64) { h := add(h, 1) } {
                if and(shr(h, n), 1) {
                    mstore(add(br, shl(5, h)), calldataload(p))
                    p := add(p, 0x20)
                }
            }
        }
        next = end;
    }

    /// @notice Reads a be32 count (≤ limit) of `width`-byte items: the count and the items' offset.
    function readCount(bytes calldata b, uint256 off, uint256 width, uint256 limit, string memory field)
        internal
        pure
        returns (uint256 n, uint256 at, uint256 next)
    {
        (n, at) = readUint(b, off, 4, field);
        if (n > limit) revert ITrainIOTypes.ProofCountOverLimit(field, n, limit);
        next = at + n * width;
        if (next > b.length) revert ITrainIOTypes.ProofTruncated(field);
    }

    /// @notice Reads u8 d ‖ d siblings (d ≤ 64): the count and the siblings' offset.
    function readSiblings(bytes calldata b, uint256 off) internal pure returns (uint256 d, uint256 at, uint256 next) {
        (d, at) = readUint(b, off, 1, "sibling count");
        if (d > MAX_SIBLINGS) revert ITrainIOTypes.ProofCountOverLimit("sibling count", d, MAX_SIBLINGS);
        next = at + 32 * d;
        if (next > b.length) revert ITrainIOTypes.ProofTruncated("siblings");
    }

    /// @notice The root a path of d siblings at b[at:] gives for `leaf` at `index` (merkle.RootFromProof).
    function pathRoot(bytes calldata b, uint256 at, uint256 d, bytes32 leaf, uint256 index)
        internal
        pure
        returns (bytes32 r)
    {
        r = leaf;
        for (uint256 s; s < d; ++s) {
            bytes32 sib = bytes32(b[at + 32 * s:at + 32 * s + 32]);
            r = (index >> s) & 1 == 0 ? LibMerkle.hashPair(r, sib) : LibMerkle.hashPair(sib, r);
        }
    }

    /// @notice The root of the node of height h over the chunk leaves of the n be32 values at b[at:] (trainvm
    ///         partRoot), padded with zero hashes as merkle.Root pads.
    function partRoot(bytes calldata b, uint256 at, uint256 n, uint256 h) internal pure returns (bytes32 r) {
        uint256 nc = chunks(n);
        bytes32[] memory leaves = new bytes32[](nc);
        uint256 base = at;
        assembly ("memory-safe") {
            let buf := mload(0x40)
            calldatacopy(buf, add(b.offset, base), shl(2, n))
            for { let c := 0 } lt(c, nc) { c := add(c, 1) } {
                let lo := shl(7, c)
                let len := sub(shl(2, n), lo)
                if gt(len, 128) { len := 128 }
                mstore(add(add(leaves, 0x20), shl(5, c)), keccak256(add(buf, lo), len))
            }
        }
        r = LibMerkle.computeRoot(leaves);
        for (uint256 d = LibMerkle.depth(nc); d < h; ++d) {
            r = LibMerkle.hashPair(r, bytes32(0));
        }
    }

    /// @notice train.State.Root of the 216-byte preimage at b[at:].
    function stateRoot(bytes calldata b, uint256 at) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(STATE_DOMAIN, b[at:at + STATE_BYTES]));
    }
}
