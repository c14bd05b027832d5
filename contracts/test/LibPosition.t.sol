// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";

/// @dev External wrapper so reverts can be expected.
contract LibPositionCaller {
    using LibPosition for Position;

    function wrap(uint256 d, uint256 i) external pure returns (uint128) {
        return LibPosition.wrap(d, i).raw();
    }

    function rightIndex(uint128 g, uint256 maxDepth) external pure returns (uint128) {
        return Position.wrap(g).rightIndex(maxDepth).raw();
    }
}

contract LibPosition_Wrap_Test is Test {
    using LibPosition for Position;

    LibPositionCaller internal c = new LibPositionCaller();

    function test_wrap_root_succeeds() public pure {
        assertEq(LibPosition.wrap(0, 0).raw(), 1);
        assertEq(LibPosition.root().raw(), 1);
    }

    function testFuzz_wrap_roundTrips_succeeds(uint256 d, uint256 i) public pure {
        d = bound(d, 0, LibPosition.MAX_DEPTH);
        i = bound(i, 0, (1 << d) - 1);
        Position p = LibPosition.wrap(d, i);
        assertEq(p.depth(), d);
        assertEq(p.indexAtDepth(), i);
    }

    function test_wrap_indexTooLarge_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibPosition.InvalidPosition.selector, 3, 8));
        c.wrap(3, 8);
    }

    function test_wrap_depthTooLarge_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibPosition.InvalidPosition.selector, 127, 0));
        c.wrap(127, 0);
    }
}

contract LibPosition_Moves_Test is Test {
    using LibPosition for Position;

    function test_moves_knownValues_succeeds() public pure {
        Position p = LibPosition.root();
        assertEq(p.attack().raw(), 2);
        assertEq(p.attack().defend().raw(), 6); // right sibling's left child of gindex 2
        assertEq(LibPosition.wrap(2, 1).defend().raw(), 10); // parent (1,0) → right (2,1) → left (3,2)
        assertEq(LibPosition.wrap(3, 5).parent().raw(), 6);
        assertTrue(LibPosition.wrap(3, 5).isRightChild());
    }

    function testFuzz_attack_goesDownLeft_succeeds(uint256 d, uint256 i) public pure {
        d = bound(d, 0, LibPosition.MAX_DEPTH - 1);
        i = bound(i, 0, (1 << d) - 1);
        Position a = LibPosition.wrap(d, i).attack();
        assertEq(a.depth(), d + 1);
        assertEq(a.indexAtDepth(), 2 * i);
        assertEq(a.parent().raw(), LibPosition.wrap(d, i).raw());
    }

    function testFuzz_defend_goesRightThenDown_succeeds(uint256 d, uint256 i) public pure {
        d = bound(d, 1, LibPosition.MAX_DEPTH - 1);
        i = bound(i, 0, (1 << d) - 1);
        Position p = LibPosition.wrap(d, i);
        Position df = p.defend();
        assertEq(df.depth(), d + 1);
        assertEq(df.parent().indexAtDepth(), i | 1);
        assertFalse(df.isRightChild());
    }
}

contract LibPosition_TraceIndex_Test is Test {
    using LibPosition for Position;

    LibPositionCaller internal c = new LibPositionCaller();

    function test_traceIndex_knownValues_succeeds() public pure {
        // root at max depth 4: the rightmost leaf, index 15
        assertEq(LibPosition.root().traceIndex(4), 15);
        assertEq(LibPosition.wrap(2, 1).traceIndex(4), 7);
        assertEq(LibPosition.wrap(4, 9).traceIndex(4), 9);
    }

    function testFuzz_traceIndex_isRightmostLeaf_succeeds(uint256 d, uint256 i, uint256 maxDepth) public pure {
        d = bound(d, 0, 60);
        maxDepth = bound(maxDepth, d, 64);
        i = bound(i, 0, (1 << d) - 1);
        assertEq(LibPosition.wrap(d, i).traceIndex(maxDepth), ((i + 1) << (maxDepth - d)) - 1);
    }

    function test_rightIndex_maxDepthBelowDepth_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibPosition.InvalidMaxDepth.selector, 3, 2));
        c.rightIndex(8, 2);
    }
}

/// @dev External wrapper for traceAncestorBounded, so its revert can be expected.
contract LibPosition_TraceAncestorCaller {
    using LibPosition for Position;

    function traceAncestorBounded(uint128 g, uint256 bound) external pure returns (uint128) {
        return Position.wrap(g).traceAncestorBounded(bound).raw();
    }
}

contract LibPosition_TraceAncestor_Test is Test {
    using LibPosition for Position;

    LibPosition_TraceAncestorCaller internal c = new LibPosition_TraceAncestorCaller();

    function test_traceAncestor_knownValues_succeeds() public pure {
        assertEq(Position.wrap(1).traceAncestor().raw(), 1);
        assertEq(Position.wrap(2).traceAncestor().raw(), 2); // a left child is its own highest ancestor
        assertEq(Position.wrap(5).traceAncestor().raw(), 2); // 0b101 → 0b10
        assertEq(Position.wrap(11).traceAncestor().raw(), 2); // 0b1011 → 0b10
        assertEq(Position.wrap(7).traceAncestor().raw(), 1); // all ones: the root
        assertEq(Position.wrap(131).traceAncestor().raw(), 32); // 0b10000011
        assertEq(Position.wrap(type(uint128).max).traceAncestor().raw(), 1);
    }

    function testFuzz_traceAncestor_highestWithSameTraceIndex_succeeds(uint256 d, uint256 i, uint256 maxDepth)
        public
        pure
    {
        d = bound(d, 0, LibPosition.MAX_DEPTH);
        maxDepth = bound(maxDepth, d, LibPosition.MAX_DEPTH);
        i = bound(i, 0, (1 << d) - 1);
        Position p = LibPosition.wrap(d, i);
        Position a = p.traceAncestor();
        // a is p or an ancestor of p, commits to the same trace index, and its own parent does not (a is a left
        // child, or the root).
        uint256 up = d - a.depth();
        assertEq(uint256(p.raw()) >> up, a.raw());
        assertEq(a.traceIndex(maxDepth), p.traceIndex(maxDepth));
        assertTrue(a.raw() == 1 || !a.isRightChild());
        if (a.raw() != 1) assertTrue(a.parent().traceIndex(maxDepth) != p.traceIndex(maxDepth));
    }

    function test_traceAncestorBounded_knownValues_succeeds() public pure {
        // Bound 3: 0b11111 (depth 4) climbs to the root globally; bounded, it stays at depth 4.
        assertEq(Position.wrap(31).traceAncestorBounded(3).raw(), 31);
        assertEq(Position.wrap(131).traceAncestorBounded(3).raw(), 32);
        assertEq(Position.wrap(135).traceAncestorBounded(3).raw(), 16);
        // 0b10001111: the global ancestor is 8 (depth 3, at the bound): its rightmost descendant at depth 4 is 17.
        assertEq(Position.wrap(143).traceAncestor().raw(), 8);
        assertEq(Position.wrap(143).traceAncestorBounded(3).raw(), 17);
    }

    function test_traceAncestorBounded_atOrAboveBound_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(LibPosition.ClaimAboveSplit.selector, 3, 3));
        c.traceAncestorBounded(8, 3);
        vm.expectRevert(abi.encodeWithSelector(LibPosition.ClaimAboveSplit.selector, 0, 3));
        c.traceAncestorBounded(1, 3);
    }

    function testFuzz_traceAncestorBounded_staysBelowBound_succeeds(uint256 d, uint256 i, uint256 bound_) public pure {
        d = bound(d, 1, LibPosition.MAX_DEPTH);
        bound_ = bound(bound_, 0, d - 1);
        i = bound(i, 0, (1 << d) - 1);
        Position p = LibPosition.wrap(d, i);
        Position a = p.traceAncestorBounded(bound_);
        assertGt(a.depth(), bound_);
        assertEq(uint256(p.raw()) >> (d - a.depth()), a.raw());
        assertEq(a.traceIndex(d), p.traceIndex(d));
        Position g = p.traceAncestor();
        if (g.depth() > bound_) assertEq(a.raw(), g.raw());
        else assertEq(a.depth(), bound_ + 1);
    }
}
