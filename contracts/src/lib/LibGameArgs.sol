// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame} from "../interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../interfaces/IDisputeVM.sol";

/// @title LibGameArgs
/// @notice The immutable args of a DisputeGame clone (LibClone), packed big-endian in this order:
///
///         | offset | bytes | field |
///         |---|---|---|
///         | 0 | 1 | config.maxDepth |
///         | 1 | 1 | config.splitDepth |
///         | 2 | 8 | config.maxClockDuration |
///         | 10 | 8 | config.clockExtension |
///         | 18 | 4 | config.bondGrowthBps |
///         | 22 | 8 | config.bondClaimDelay |
///         | 30 | 16 | config.baseBond |
///         | 46 | 20 | disputeVM |
///         | 66 | 20 | creator (the factory, the only account that may initialize the clone) |
///         | 86 | 8 | createdAt |
///         | 94 | 32 | rootClaim |
///         | 126 | 32 | absolutePrestate |
///         | 158 | 32 | transitions |
///         | 190 | rest | the VM context (IDisputeVM.setup's ctx) |
library LibGameArgs {
    uint256 internal constant MAX_DEPTH = 0;
    uint256 internal constant SPLIT_DEPTH = 1;
    uint256 internal constant MAX_CLOCK_DURATION = 2;
    uint256 internal constant CLOCK_EXTENSION = 10;
    uint256 internal constant BOND_GROWTH_BPS = 18;
    uint256 internal constant BOND_CLAIM_DELAY = 22;
    uint256 internal constant BASE_BOND = 30;
    uint256 internal constant VM = 46;
    uint256 internal constant CREATOR = 66;
    uint256 internal constant CREATED_AT = 86;
    uint256 internal constant ROOT_CLAIM = 94;
    uint256 internal constant ABSOLUTE_PRESTATE = 126;
    uint256 internal constant TRANSITIONS = 158;
    /// @notice Where the VM context starts; it runs to the end of the args.
    uint256 internal constant CONTEXT = 190;

    /// @notice The args of a game with these fields, in the layout above.
    function encode(
        IDisputeGame.GameConfig memory cfg,
        IDisputeVM vm,
        address creator,
        uint64 createdAt,
        bytes32 rootClaim,
        bytes32 absolutePrestate,
        uint256 transitions,
        bytes memory ctx
    ) internal pure returns (bytes memory) {
        return abi.encodePacked(
            abi.encodePacked(
                cfg.maxDepth,
                cfg.splitDepth,
                cfg.maxClockDuration,
                cfg.clockExtension,
                cfg.bondGrowthBps,
                cfg.bondClaimDelay,
                cfg.baseBond
            ),
            address(vm),
            creator,
            createdAt,
            rootClaim,
            absolutePrestate,
            transitions,
            ctx
        );
    }
}
