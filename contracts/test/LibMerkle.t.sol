// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {LibMerkle} from "../src/lib/LibMerkle.sol";
import {CanonHarness} from "../src/test/CanonHarness.sol";

/// @dev Shared fixture. Leaves are keccak256(be64(i)) as in prover/merkle's tests; the roots below were produced by
///      prover/merkle (Go) Root over those leaves. A naive in-test tree builder (every level of odd length padded
///      with bytes32(0)) produces the proofs, and is itself checked against the Go roots.
abstract contract LibMerkle_TestInit is Test {
    CanonHarness internal h;

    bytes32 internal constant ROOT_1 = 0x011b4d03dd8c01f1049143cf9c4c817e4b167f1d1b83e5c6f0f10d89ba1e7bce;
    bytes32 internal constant ROOT_2 = 0x1a232952e30c721bb8ce6d74cdc988052b3a4e87eaac5ad92e44479241d34f9c;
    bytes32 internal constant ROOT_3 = 0x44ad5902fecf82d3829598a89b2ff01b3440868f0927474dbf721535683830a2;
    bytes32 internal constant ROOT_4 = 0x128aca6dfe349b4023f86c148d1338cf5331d065cf356054d78f1e02da936602;
    bytes32 internal constant ROOT_5 = 0xcb3e1a8391e8b7abbfa1a549a8188e88caed045e4d77d01a4c04e8b5bf955110;
    bytes32 internal constant ROOT_7 = 0x13308505fba643293d6e17c44a4d3abd3e7f2745d1f0777ffa143d71b343f285;
    bytes32 internal constant ROOT_8 = 0x77d01398e1c1e2a85da1cf6415cfabd825a4886936827cc326ec579a34e7d8a1;
    bytes32 internal constant ROOT_9 = 0x96528ec8a5acb97ac15317461c6bb4ae56bb934e74e7393745adf2d4d9c7c5aa;
    bytes32 internal constant ROOT_33 = 0x8b9a9b0236fce733b1611ce6857cdaf387c48033aca84ea3eaf84a4e0aaa36bb;
    /// @dev prover/merkle Tree.SetLeaf(n − 1, keccak256("new")) then Root, for n = 5 and n = 33.
    bytes32 internal constant ROOT_5_SET = 0xab53deec3b23adbdd7667b7cefeb9655207b550506f27ce125dffc6f53b43c78;
    bytes32 internal constant ROOT_33_SET = 0x43da21b32ec7f021909518ca007244eb301d69a6d895fc065102945ddbf9261d;

    function setUp() public virtual {
        h = new CanonHarness();
    }

    function _leaf(uint256 i) internal pure returns (bytes32) {
        // casting to uint64 is safe: test indices are small
        // forge-lint: disable-next-line(unsafe-typecast)
        return keccak256(abi.encodePacked(uint64(i)));
    }

    function _leaves(uint256 n) internal pure returns (bytes32[] memory ls) {
        ls = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            ls[i] = _leaf(i);
        }
    }

    /// @dev The root and the proof of leaf `index`, level by level, padding odd levels with a zero hash.
    function _tree(bytes32[] memory leaves, uint256 index)
        internal
        pure
        returns (bytes32 root, bytes32[] memory proof)
    {
        uint256 n = leaves.length;
        uint256 depth;
        while ((uint256(1) << depth) < n) ++depth;
        proof = new bytes32[](depth);
        bytes32[] memory level = leaves;
        for (uint256 d; d < depth; ++d) {
            uint256 len = level.length;
            uint256 sib = index ^ 1;
            proof[d] = sib < len ? level[sib] : bytes32(0);
            bytes32[] memory next = new bytes32[]((len + 1) / 2);
            for (uint256 i; i < next.length; ++i) {
                bytes32 right = 2 * i + 1 < len ? level[2 * i + 1] : bytes32(0);
                next[i] = keccak256(abi.encodePacked(level[2 * i], right));
            }
            level = next;
            index >>= 1;
        }
        root = level[0];
    }

    function _root(uint256 n) internal pure returns (bytes32) {
        if (n == 1) return ROOT_1;
        if (n == 2) return ROOT_2;
        if (n == 3) return ROOT_3;
        if (n == 4) return ROOT_4;
        if (n == 5) return ROOT_5;
        if (n == 7) return ROOT_7;
        if (n == 8) return ROOT_8;
        if (n == 9) return ROOT_9;
        return ROOT_33;
    }

    function _sizes() internal pure returns (uint256[9] memory) {
        return [uint256(1), 2, 3, 4, 5, 7, 8, 9, 33];
    }
}

contract LibMerkle_HashPair_Test is LibMerkle_TestInit {
    function test_hashPair_isKeccakOfConcatenation_succeeds() public pure {
        assertEq(LibMerkle.hashPair(_leaf(0), _leaf(1)), ROOT_2);
        assertEq(LibMerkle.leafHash(abi.encodePacked(uint64(0))), ROOT_1);
    }

    function testFuzz_hashPair_matchesAbiEncodePacked(bytes32 a, bytes32 b) public pure {
        assertEq(LibMerkle.hashPair(a, b), keccak256(abi.encodePacked(a, b)));
    }
}

contract LibMerkle_RootFromProof_Test is LibMerkle_TestInit {
    function test_rootFromProof_goVectors_succeeds() public view {
        uint256[9] memory sizes = _sizes();
        for (uint256 s; s < sizes.length; ++s) {
            uint256 n = sizes[s];
            bytes32[] memory ls = _leaves(n);
            for (uint256 i; i < n; ++i) {
                (bytes32 root, bytes32[] memory proof) = _tree(ls, i);
                assertEq(root, _root(n)); // the reference builder agrees with prover/merkle
                assertEq(LibMerkle.rootFromProof(ls[i], i, proof), root);
                assertEq(h.rootFromProofCalldata(ls[i], i, proof), root);
            }
        }
    }

    function test_rootFromProof_explicitGoProof_succeeds() public view {
        // prover/merkle Tree.Proof(4) for 5 leaves: the padding zero hash twice, then the root of leaves 0..3.
        bytes32[] memory proof = new bytes32[](3);
        proof[2] = ROOT_4;
        assertEq(LibMerkle.rootFromProof(_leaf(4), 4, proof), ROOT_5);
        assertEq(h.rootFromProofCalldata(_leaf(4), 4, proof), ROOT_5);
        // Tree.Proof(32) for 33 leaves: five zero hashes, then the root of leaves 0..31.
        proof = new bytes32[](6);
        proof[5] = 0xcc722fcf49afe62d47b60c349f8a319aa0b06345068c037570da3e6bd7bac817;
        assertEq(LibMerkle.rootFromProof(_leaf(32), 32, proof), ROOT_33);
    }

    function test_rootFromProof_singleLeafIsItsOwnRoot_succeeds() public pure {
        assertEq(LibMerkle.rootFromProof(_leaf(0), 0, new bytes32[](0)), ROOT_1);
    }

    function test_rootFromProof_indexBeyondDepth_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.IndexOutOfRange.selector, 8, 3));
        h.rootFromProof(_leaf(0), 8, new bytes32[](3));
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.IndexOutOfRange.selector, 1, 0));
        h.rootFromProofCalldata(_leaf(0), 1, new bytes32[](0));
    }

    function testFuzz_rootFromProof_indexMustFitDepth(uint256 index, uint8 depth) public {
        uint256 d = bound(depth, 0, 40);
        bytes32[] memory proof = new bytes32[](d);
        if (index >> d != 0) {
            vm.expectRevert(abi.encodeWithSelector(LibMerkle.IndexOutOfRange.selector, index, d));
            h.rootFromProof(_leaf(0), index, proof);
        } else {
            // Zero siblings: each level hashes the node with bytes32(0) on the side given by the index bit.
            bytes32 node = _leaf(0);
            for (uint256 i; i < d; ++i) {
                node = (index >> i) & 1 == 0
                    ? keccak256(abi.encodePacked(node, bytes32(0)))
                    : keccak256(abi.encodePacked(bytes32(0), node));
            }
            assertEq(h.rootFromProof(_leaf(0), index, proof), node);
            assertEq(h.rootFromProofCalldata(_leaf(0), index, proof), node);
        }
    }

    function testFuzz_rootFromProof_memoryEqualsCalldata(bytes32 leaf, uint16 index, bytes32[8] memory sib)
        public
        view
    {
        bytes32[] memory proof = new bytes32[](16);
        for (uint256 i; i < 8; ++i) {
            proof[i] = sib[i];
            proof[15 - i] = keccak256(abi.encode(sib[i]));
        }
        assertEq(LibMerkle.rootFromProof(leaf, index, proof), h.rootFromProofCalldata(leaf, index, proof));
    }
}

contract LibMerkle_Verify_Test is LibMerkle_TestInit {
    function test_verify_goVectors_succeeds() public view {
        bytes32[] memory ls = _leaves(9);
        for (uint256 i; i < 9; ++i) {
            (, bytes32[] memory proof) = _tree(ls, i);
            assertTrue(LibMerkle.verify(ROOT_9, ls[i], i, proof));
            assertTrue(h.verifyCalldata(ROOT_9, ls[i], i, proof));
            assertFalse(LibMerkle.verify(ROOT_9, ls[(i + 1) % 9], i, proof)); // wrong leaf
            assertFalse(LibMerkle.verify(ROOT_8, ls[i], i, proof)); // wrong root
            if (i < 8) assertFalse(LibMerkle.verify(ROOT_9, ls[i], i ^ 1, proof)); // wrong position
        }
    }

    function test_verify_indexBeyondDepth_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.IndexOutOfRange.selector, 16, 4));
        h.verify(ROOT_9, _leaf(0), 16, new bytes32[](4));
    }
}

contract LibMerkle_Update_Test is LibMerkle_TestInit {
    function test_update_goVectors_succeeds() public view {
        bytes32 nl = keccak256("new");
        (, bytes32[] memory p5) = _tree(_leaves(5), 4);
        assertEq(LibMerkle.update(ROOT_5, _leaf(4), nl, 4, p5), ROOT_5_SET);
        assertEq(h.updateCalldata(ROOT_5, _leaf(4), nl, 4, p5), ROOT_5_SET);
        (, bytes32[] memory p33) = _tree(_leaves(33), 32);
        assertEq(LibMerkle.update(ROOT_33, _leaf(32), nl, 32, p33), ROOT_33_SET);
        assertEq(h.updateCalldata(ROOT_33, _leaf(32), nl, 32, p33), ROOT_33_SET);
    }

    /// @dev Every leaf of every size: the new root is the reference root of the modified leaves.
    function test_update_everyLeaf_succeeds() public view {
        uint256[9] memory sizes = _sizes();
        for (uint256 s; s < sizes.length; ++s) {
            uint256 n = sizes[s];
            bytes32[] memory ls = _leaves(n);
            for (uint256 i; i < n; ++i) {
                (bytes32 root, bytes32[] memory proof) = _tree(ls, i);
                bytes32 old = ls[i];
                ls[i] = keccak256(abi.encode("new", i));
                (bytes32 want,) = _tree(ls, i);
                assertEq(LibMerkle.update(root, old, ls[i], i, proof), want);
                assertEq(h.updateCalldata(root, old, ls[i], i, proof), want);
                ls[i] = old;
            }
        }
    }

    function test_update_wrongOldLeaf_reverts() public {
        (bytes32 root, bytes32[] memory proof) = _tree(_leaves(5), 2);
        bytes32 computed = LibMerkle.rootFromProof(_leaf(3), 2, proof);
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.InvalidProof.selector, root, computed));
        h.update(root, _leaf(3), _leaf(2), 2, proof);
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.InvalidProof.selector, root, computed));
        h.updateCalldata(root, _leaf(3), _leaf(2), 2, proof);
        vm.expectRevert(abi.encodeWithSelector(LibMerkle.IndexOutOfRange.selector, 8, 3));
        h.update(root, _leaf(2), _leaf(2), 8, proof);
    }

    function testFuzz_update_equalsRootOfNewLeaf(bytes32 oldLeaf, bytes32 newLeaf, uint8 index, bytes32[8] memory sib)
        public
        view
    {
        bytes32[] memory proof = new bytes32[](8);
        for (uint256 i; i < 8; ++i) {
            proof[i] = sib[i];
        }
        bytes32 root = LibMerkle.rootFromProof(oldLeaf, index, proof);
        bytes32 want = LibMerkle.rootFromProof(newLeaf, index, proof);
        assertEq(LibMerkle.update(root, oldLeaf, newLeaf, index, proof), want);
        assertEq(h.updateCalldata(root, oldLeaf, newLeaf, index, proof), want);
        assertEq(LibMerkle.update(want, newLeaf, oldLeaf, index, proof), root); // and back
    }
}

contract LibMerkle_Depth_Test is Test {
    /// @dev The definition: the least d with 2^d ≥ n.
    function _naive(uint256 n) internal pure returns (uint256 d) {
        while (d < 256 && (uint256(1) << d) < n) d++;
    }

    function test_depth_knownValues_succeeds() external pure {
        assertEq(LibMerkle.depth(0), 0);
        assertEq(LibMerkle.depth(1), 0);
        assertEq(LibMerkle.depth(2), 1);
        assertEq(LibMerkle.depth(3), 2);
        assertEq(LibMerkle.depth(4), 2);
        assertEq(LibMerkle.depth(5), 3);
        assertEq(LibMerkle.depth(1 << 20), 20);
        assertEq(LibMerkle.depth((1 << 20) + 1), 21);
        assertEq(LibMerkle.depth(type(uint256).max), 256);
    }

    function testFuzz_depth_isTheLeastPowerAbove_succeeds(uint256 n) external pure {
        n = bound(n, 0, type(uint256).max >> 1);
        assertEq(LibMerkle.depth(n), _naive(n));
    }
}
