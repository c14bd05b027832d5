// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title LibBond
/// @notice The dispute game's depth-scaled bond, shared by DisputeGame and DisputeGameFactory.
library LibBond {
    /// @notice Basis points in one.
    uint256 internal constant BPS = 10_000;

    /// @notice baseBond × r^depth with r = (10000 + growthBps) / 10000, in integers: starting from baseBond, each
    ///         level multiplies by (10000 + growthBps) and then divides by 10000, rounding down. Each level truncates
    ///         less than 1 wei, which later levels scale by r, so the result is never above the exact value and short
    ///         of it by less than (r^depth − 1) / (r − 1) wei: a relative error under 1 / ((r − 1) × baseBond)
    ///         (about 10^-16 for a 0.08 ether base growing 9% a level), and none at all when growthBps = 0. It never
    ///         decreases with depth. A value above type(uint128).max (which no claim can bond) saturates to
    ///         type(uint256).max, as does any baseBond above type(uint128).max or growthBps above type(uint32).max
    ///         (wider than GameConfig's fields, so no caller passes them); configurations where it saturates by the
    ///         maximum depth are refused (LibGameConfig), so the game never sees it.
    function requiredBond(uint256 baseBond, uint256 growthBps, uint256 depth) internal pure returns (uint256 bond) {
        if (baseBond > type(uint128).max || growthBps > type(uint32).max) return type(uint256).max;
        bond = baseBond;
        uint256 factor = BPS + growthBps;
        // Every move computes this for its depth: unchecked, since bond < 2^128 (checked before each level) and
        // factor < 2^33 keep the product below 2^161, and i < depth.
        unchecked {
            for (uint256 i; i < depth; ++i) {
                bond = bond * factor / BPS;
                if (bond > type(uint128).max) return type(uint256).max;
            }
        }
    }
}
