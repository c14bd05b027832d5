// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame} from "../interfaces/IDisputeGame.sol";
import {LibBond} from "./LibBond.sol";
import {LibPosition} from "./LibPosition.sol";

/// @title LibGameConfig
/// @notice The consistency rules of IDisputeGame.GameConfig, checked by the factory at deployment and by every game.
library LibGameConfig {
    /// @notice Reverts IDisputeGame.InvalidConfig(field) unless: maxDepth <= LibPosition.MAX_DEPTH (126); splitDepth
    ///         >= 2 and splitDepth + 2 <= maxDepth (a level-1 game with room below the root's first attack, a level-2
    ///         game of at least two leaves); maxClockDuration > 0; 2 × clockExtension <= maxClockDuration (the
    ///         doubled extension fits the clock); the bond at maxDepth fits a uint128.
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
    }
}
