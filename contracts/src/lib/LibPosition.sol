// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A node of the dispute game's binary tree, as a generalized index: the root is 1, the children of g are
///         2g (left, attack) and 2g + 1 (right). depth = floor(log2 g), indexAtDepth = g − 2^depth. The same
///         encoding as op-challenger's types.Position (ToGIndex), so its solver can play the game.
type Position is uint128;

/// @title LibPosition
/// @notice Arithmetic on game positions (docs/game.md, "Rules").
library LibPosition {
    /// @notice The depth exceeds what a uint128 generalized index can hold, or the index does not fit the depth.
    error InvalidPosition(uint256 depth, uint256 indexAtDepth);
    /// @notice maxDepth is above the position's depth limit or below its depth.
    error InvalidMaxDepth(uint256 depth, uint256 maxDepth);
    /// @notice traceAncestorBounded was given a position at depth `depth`, not below the bound `upperBoundExclusive`.
    error ClaimAboveSplit(uint256 depth, uint256 upperBoundExclusive);

    /// @notice The largest depth a position can have (a uint128 holds 2^127 + index).
    uint256 internal constant MAX_DEPTH = 126;

    /// @notice The root position (gindex 1).
    function root() internal pure returns (Position) {
        return Position.wrap(1);
    }

    /// @notice The position at `depth` with `indexAtDepth` (0 ≤ index < 2^depth).
    function wrap(uint256 depth, uint256 indexAtDepth) internal pure returns (Position) {
        if (depth > MAX_DEPTH || indexAtDepth >> depth != 0) revert InvalidPosition(depth, indexAtDepth);
        return Position.wrap(uint128(1 << depth | indexAtDepth));
    }

    /// @notice The depth of `p`: the index of its generalized index's most significant bit.
    function depth(Position p) internal pure returns (uint256 d) {
        uint256 g = Position.unwrap(p);
        assembly ("memory-safe") {
            // binary search for the most significant bit of g (g < 2^128)
            let s := shl(6, gt(g, 0xffffffffffffffff))
            g := shr(s, g)
            d := s
            s := shl(5, gt(g, 0xffffffff))
            g := shr(s, g)
            d := or(d, s)
            s := shl(4, gt(g, 0xffff))
            g := shr(s, g)
            d := or(d, s)
            s := shl(3, gt(g, 0xff))
            g := shr(s, g)
            d := or(d, s)
            s := shl(2, gt(g, 0xf))
            g := shr(s, g)
            d := or(d, s)
            s := shl(1, gt(g, 0x3))
            g := shr(s, g)
            d := or(d, s)
            d := or(d, gt(g, 1))
        }
    }

    /// @notice The index of `p` among the 2^depth positions at its depth.
    function indexAtDepth(Position p) internal pure returns (uint256) {
        uint256 g = Position.unwrap(p);
        return g ^ (1 << depth(p));
    }

    /// @notice The left child of `p` (an attack on it).
    function attack(Position p) internal pure returns (Position) {
        return Position.wrap(Position.unwrap(p) << 1);
    }

    /// @notice The position that defends `p`: the left child of p's right sibling (p must not be the root).
    function defend(Position p) internal pure returns (Position) {
        return Position.wrap(((Position.unwrap(p) >> 1) << 1 | 1) << 1);
    }

    /// @notice attack(p) when isAttack, else defend(p).
    function move(Position p, bool isAttack) internal pure returns (Position) {
        return isAttack ? attack(p) : defend(p);
    }

    /// @notice The parent of `p`.
    function parent(Position p) internal pure returns (Position) {
        return Position.wrap(Position.unwrap(p) >> 1);
    }

    /// @notice The rightmost descendant of `p` at maxDepth (p itself when at maxDepth).
    function rightIndex(Position p, uint256 maxDepth) internal pure returns (Position) {
        uint256 d = depth(p);
        if (maxDepth > MAX_DEPTH || maxDepth < d) revert InvalidMaxDepth(d, maxDepth);
        uint256 rd = maxDepth - d;
        return Position.wrap(uint128(uint256(Position.unwrap(p)) << rd | ((1 << rd) - 1)));
    }

    /// @notice The trace index of `p`: the index at maxDepth of its rightmost descendant (op-challenger TraceIndex).
    function traceIndex(Position p, uint256 maxDepth) internal pure returns (uint256) {
        return indexAtDepth(rightIndex(p, maxDepth));
    }

    /// @notice Whether `p` is a right child (its last move was to the right).
    function isRightChild(Position p) internal pure returns (bool) {
        return Position.unwrap(p) & 1 == 1;
    }

    /// @notice The generalized index as a plain integer.
    function raw(Position p) internal pure returns (uint128) {
        return Position.unwrap(p);
    }

    /// @notice The highest ancestor of `p` that commits to the same trace index as `p` (FaultDisputeGame's
    ///         LibPosition.traceAncestor): `p` with its trailing one bits shifted out (every right-child step
    ///         keeps the trace index of the parent), or the root when all of `p`'s bits below the top are ones.
    function traceAncestor(Position p) internal pure returns (Position) {
        uint256 g = Position.unwrap(p);
        uint256 lsb = ~g & (g + 1); // the lowest unset bit of g
        // lsb <= 2^128; it is 2^128 only for g = 2^128 - 1, whose ancestor is the root.
        uint256 a = lsb >> 128 != 0 ? 0 : g >> depth(Position.wrap(uint128(lsb)));
        return Position.wrap(a == 0 ? 1 : uint128(a));
    }

    /// @notice traceAncestor(p), kept strictly below depth `upperBoundExclusive` (FaultDisputeGame's
    ///         LibPosition.traceAncestorBounded): an ancestor at or above the bound is replaced by its rightmost
    ///         descendant at depth upperBoundExclusive + 1, so a search stays inside one level-2 subgame.
    ///         Reverts ClaimAboveSplit unless p is deeper than the bound.
    function traceAncestorBounded(Position p, uint256 upperBoundExclusive) internal pure returns (Position a) {
        uint256 d = depth(p);
        if (d <= upperBoundExclusive) revert ClaimAboveSplit(d, upperBoundExclusive);
        a = traceAncestor(p);
        if (depth(a) <= upperBoundExclusive) a = rightIndex(a, upperBoundExclusive + 1);
    }
}
