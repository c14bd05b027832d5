// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title LibMerkle
/// @notice Inclusion proofs of the binary keccak256 Merkle trees of prover/merkle: leaf = keccak256(data),
///         node = keccak256(left ‖ right), every level of odd length padded with one zero hash (bytes32(0)), so a tree
///         of n leaves has depth ceil(log2 n) and a proof is the list of sibling hashes from the leaf up to the root.
/// @dev Hashing uses the scratch space (0x00–0x3f) only. Both memory and calldata proofs are supported: proofs
///      usually arrive in calldata, and reading them there saves the copy.
library LibMerkle {
    /// @notice The leaf index has bits at or above the proof depth, so it cannot address a leaf of that tree.
    error IndexOutOfRange(uint256 index, uint256 depth);
    /// @notice The proof does not lead from the old leaf to the expected root.
    error InvalidProof(bytes32 root, bytes32 computed);

    /// @notice merkle.Depth: the depth of a tree of n leaves, the least d with 2^d ≥ n (0 for n ≤ 1), i.e. the bit
    ///         length of n − 1.
    /// @param n The number of leaves.
    /// @return d The tree's depth.
    function depth(uint256 n) internal pure returns (uint256 d) {
        if (n <= 1) return 0;
        assembly ("memory-safe") {
            let x := sub(n, 1)
            d := shl(7, lt(0xffffffffffffffffffffffffffffffff, x))
            d := or(d, shl(6, lt(0xffffffffffffffff, shr(d, x))))
            d := or(d, shl(5, lt(0xffffffff, shr(d, x))))
            d := or(d, shl(4, lt(0xffff, shr(d, x))))
            d := or(d, shl(3, lt(0xff, shr(d, x))))
            d := or(d, shl(2, lt(0xf, shr(d, x))))
            d := or(d, shl(1, lt(0x3, shr(d, x))))
            d := add(or(d, lt(0x1, shr(d, x))), 1)
        }
    }

    /// @notice The leaf hash of some data: keccak256(data).
    /// @param data The leaf's data.
    /// @return The leaf hash.
    function leafHash(bytes memory data) internal pure returns (bytes32) {
        return keccak256(data);
    }

    /// @notice An inner node: keccak256(left ‖ right).
    /// @param left The left child.
    /// @param right The right child.
    /// @return node The parent hash.
    function hashPair(bytes32 left, bytes32 right) internal pure returns (bytes32 node) {
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            // Two zero children give zero: empty subtrees of any height are bytes32(0) (prover/merkle).
            node := mul(keccak256(0x00, 0x40), iszero(iszero(or(left, right))))
        }
    }

    /// @notice The root of the tree over leaf hashes `leaves` (prover/merkle Root): bytes32(0) for no leaves, the
    ///         leaf itself for one. Overwrites `leaves`.
    /// @param leaves The leaf hashes, in order.
    /// @return The root.
    function computeRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return bytes32(0);
        while (n > 1) {
            uint256 half = (n + 1) / 2;
            for (uint256 i; i < half; ++i) {
                uint256 j = 2 * i;
                leaves[i] = hashPair(leaves[j], j + 1 < n ? leaves[j + 1] : bytes32(0));
            }
            n = half;
        }
        return leaves[0];
    }

    /// @notice The root that `proof` gives for leaf hash `leaf` at position `index` (prover/merkle RootFromProof).
    /// @dev Reverts with IndexOutOfRange when index ≥ 2^depth (depth = proof.length < 256), as prover/merkle does.
    /// @param leaf The leaf hash.
    /// @param index The leaf's position; bit i says whether the node at level i is a right child.
    /// @param proof The sibling hashes, leaf level first.
    /// @return root The computed root.
    function rootFromProof(bytes32 leaf, uint256 index, bytes32[] memory proof) internal pure returns (bytes32 root) {
        uint256 depth = proof.length;
        if (depth < 256 && index >> depth != 0) revert IndexOutOfRange(index, depth);
        assembly ("memory-safe") {
            root := leaf
            let p := add(proof, 0x20)
            let end := add(p, shl(5, depth))
            for {} lt(p, end) { p := add(p, 0x20) } {
                // The current node goes to 0x00 when it is a left child (bit 0), to 0x20 when a right child.
                let bit := shl(5, and(index, 1))
                let sib := mload(p)
                let nz := iszero(iszero(or(root, sib))) // two zero children give zero
                mstore(bit, root)
                mstore(xor(bit, 0x20), sib)
                root := mul(keccak256(0x00, 0x40), nz)
                index := shr(1, index)
            }
        }
    }

    /// @notice rootFromProof for a proof in calldata.
    /// @param leaf The leaf hash.
    /// @param index The leaf's position.
    /// @param proof The sibling hashes, leaf level first.
    /// @return root The computed root.
    function rootFromProofCalldata(bytes32 leaf, uint256 index, bytes32[] calldata proof)
        internal
        pure
        returns (bytes32 root)
    {
        uint256 depth = proof.length;
        if (depth < 256 && index >> depth != 0) revert IndexOutOfRange(index, depth);
        assembly ("memory-safe") {
            root := leaf
            let p := proof.offset
            let end := add(p, shl(5, depth))
            for {} lt(p, end) { p := add(p, 0x20) } {
                let bit := shl(5, and(index, 1))
                let sib := calldataload(p)
                let nz := iszero(iszero(or(root, sib))) // two zero children give zero
                mstore(bit, root)
                mstore(xor(bit, 0x20), sib)
                root := mul(keccak256(0x00, 0x40), nz)
                index := shr(1, index)
            }
        }
    }

    /// @notice Whether `proof` shows leaf hash `leaf` at position `index` under `root` (prover/merkle Verify).
    /// @param root The expected root.
    /// @param leaf The leaf hash.
    /// @param index The leaf's position (reverts with IndexOutOfRange if it does not fit the proof depth).
    /// @param proof The sibling hashes, leaf level first.
    /// @return True when the computed root equals `root`.
    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] memory proof) internal pure returns (bool) {
        return rootFromProof(leaf, index, proof) == root;
    }

    /// @notice verify for a proof in calldata.
    /// @param root The expected root.
    /// @param leaf The leaf hash.
    /// @param index The leaf's position.
    /// @param proof The sibling hashes, leaf level first.
    /// @return True when the computed root equals `root`.
    function verifyCalldata(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        return rootFromProofCalldata(leaf, index, proof) == root;
    }

    /// @notice The root after replacing leaf `oldLeaf` at `index` with `newLeaf` (prover/merkle Tree.SetLeaf):
    ///         the siblings do not change, so the same proof gives the new root. The proof is checked against
    ///         `root` for the old leaf in the same pass.
    /// @dev Reverts with InvalidProof when the old leaf's root is not `root`, and with IndexOutOfRange as
    ///      rootFromProof. Per level: two hashes, the old path's at 0x00–0x3f and the new one's after it.
    /// @param root The current root.
    /// @param oldLeaf The current leaf hash.
    /// @param newLeaf The replacement leaf hash.
    /// @param index The leaf's position.
    /// @param proof The sibling hashes, leaf level first.
    /// @return newRoot The root of the updated tree.
    function update(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] memory proof)
        internal
        pure
        returns (bytes32 newRoot)
    {
        uint256 depth = proof.length;
        if (depth < 256 && index >> depth != 0) revert IndexOutOfRange(index, depth);
        bytes32 oldRoot;
        assembly ("memory-safe") {
            oldRoot := oldLeaf
            newRoot := newLeaf
            let p := add(proof, 0x20)
            let end := add(p, shl(5, depth))
            for {} lt(p, end) { p := add(p, 0x20) } {
                let bit := shl(5, and(index, 1))
                let other := xor(bit, 0x20)
                let sib := mload(p)
                let nzOld := iszero(iszero(or(oldRoot, sib))) // two zero children give zero
                let nzNew := iszero(iszero(or(newRoot, sib)))
                mstore(bit, oldRoot)
                mstore(other, sib)
                oldRoot := mul(keccak256(0x00, 0x40), nzOld)
                mstore(bit, newRoot)
                newRoot := mul(keccak256(0x00, 0x40), nzNew) // the sibling is still in place
                index := shr(1, index)
            }
        }
        if (oldRoot != root) revert InvalidProof(root, oldRoot);
    }

    /// @notice update for a proof in calldata.
    /// @param root The current root.
    /// @param oldLeaf The current leaf hash.
    /// @param newLeaf The replacement leaf hash.
    /// @param index The leaf's position.
    /// @param proof The sibling hashes, leaf level first.
    /// @return newRoot The root of the updated tree.
    function updateCalldata(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] calldata proof)
        internal
        pure
        returns (bytes32 newRoot)
    {
        uint256 depth = proof.length;
        if (depth < 256 && index >> depth != 0) revert IndexOutOfRange(index, depth);
        bytes32 oldRoot;
        assembly ("memory-safe") {
            oldRoot := oldLeaf
            newRoot := newLeaf
            let p := proof.offset
            let end := add(p, shl(5, depth))
            for {} lt(p, end) { p := add(p, 0x20) } {
                let bit := shl(5, and(index, 1))
                let sib := calldataload(p)
                let nzOld := iszero(iszero(or(oldRoot, sib))) // two zero children give zero
                let nzNew := iszero(iszero(or(newRoot, sib)))
                mstore(bit, oldRoot)
                mstore(xor(bit, 0x20), sib)
                oldRoot := mul(keccak256(0x00, 0x40), nzOld)
                mstore(bit, newRoot)
                newRoot := mul(keccak256(0x00, 0x40), nzNew)
                index := shr(1, index)
            }
        }
        if (oldRoot != root) revert InvalidProof(root, oldRoot);
    }
}
