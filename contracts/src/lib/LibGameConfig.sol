// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame} from "../interfaces/IDisputeGame.sol";
import {LibBond} from "./LibBond.sol";
import {LibPosition} from "./LibPosition.sol";

/// @title LibGameConfig
/// @notice The consistency rules of IDisputeGame.GameConfig, checked by the factory at deployment and by every game.
library LibGameConfig {
    /// @notice The longest bondClaimDelay a configuration may set. The delay is fixed for the life of every game the
    ///         factory makes and nobody can shorten it, so a mistyped value (a timestamp, milliseconds) would lock
    ///         every bond for good; 30 days is far above the 3.5 days of Optimism's DelayedWETH, leaving room for a
    ///         slow reaction without turning the delay into confiscation. It also keeps resolvedAt + delay far from
    ///         overflowing.
    uint64 internal constant MAX_BOND_CLAIM_DELAY = 30 days;

    /// @notice Reverts IDisputeGame.InvalidConfig(field) unless: maxDepth <= LibPosition.MAX_DEPTH (126); splitDepth
    ///         >= 2 and splitDepth + 2 <= maxDepth (a level-1 game with room below the root's first attack, a level-2
    ///         game of at least two leaves); maxClockDuration > 0; 2 × clockExtension <= maxClockDuration (the
    ///         doubled extension fits the clock); the bond at maxDepth fits a uint128; bondClaimDelay <=
    ///         MAX_BOND_CLAIM_DELAY (30 days).
    function validate(IDisputeGame.GameConfig memory cfg) internal pure {
        if (cfg.maxDepth > LibPosition.MAX_DEPTH) revert IDisputeGame.InvalidConfig("maxDepth");
        if (cfg.splitDepth < 2 || uint256(cfg.splitDepth) + 2 > cfg.maxDepth) {
            revert IDisputeGame.InvalidConfig("splitDepth");
        }
        if (cfg.maxClockDuration == 0) revert IDisputeGame.InvalidConfig("maxClockDuration");
        if (uint256(cfg.clockExtension) * 2 > cfg.maxClockDuration) {
            revert IDisputeGame.InvalidConfig("clockExtension");
        }
        if (LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, cfg.maxDepth) > type(uint128).max) {
            revert IDisputeGame.InvalidConfig("bondGrowthBps");
        }
        if (cfg.bondClaimDelay > MAX_BOND_CLAIM_DELAY) revert IDisputeGame.InvalidConfig("bondClaimDelay");
    }
}
