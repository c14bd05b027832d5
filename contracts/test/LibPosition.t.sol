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
