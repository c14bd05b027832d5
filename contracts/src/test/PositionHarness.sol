// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {LibPosition, Position} from "../lib/LibPosition.sol";

/// @title PositionHarness
/// @notice Exposes LibPosition to Go, so fraud/ can check it against op-challenger's types.Position.
contract PositionHarness {
    using LibPosition for Position;

    /// @notice All derived values of the position with generalized index g, at maxDepth.
    function describe(uint128 g, uint256 maxDepth)
        external
        pure
        returns (
            uint256 depth,
            uint256 indexAtDepth,
            uint128 attack,
            uint128 defend,
            uint128 parent,
            uint256 traceIndex,
            uint128 rightIndex
        )
    {
        Position p = Position.wrap(g);
        depth = p.depth();
        indexAtDepth = p.indexAtDepth();
        attack = p.attack().raw();
        defend = depth == 0 ? 0 : p.defend().raw();
        parent = p.parent().raw();
        traceIndex = p.traceIndex(maxDepth);
        rightIndex = p.rightIndex(maxDepth).raw();
    }

    /// @notice LibPosition.wrap.
    function wrap(uint256 depth, uint256 indexAtDepth) external pure returns (uint128) {
        return LibPosition.wrap(depth, indexAtDepth).raw();
    }
}
