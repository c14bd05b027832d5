// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Clock} from "../interfaces/IDisputeGame.sol";

/// @title LibClock
/// @notice Packing of a chess clock reading (Optimism's LibClock): the duration a side has used in the high 64 bits,
///         the timestamp of the reading in the low 64 bits.
library LibClock {
    /// @notice The clock that has used `used` seconds, read at `readAt`.
    function wrap(uint64 used, uint64 readAt) internal pure returns (Clock) {
        return Clock.wrap(uint128(used) << 64 | uint128(readAt));
    }

    /// @notice Seconds used.
    function duration(Clock c) internal pure returns (uint64) {
        return uint64(Clock.unwrap(c) >> 64);
    }

    /// @notice When the clock was read.
    function timestamp(Clock c) internal pure returns (uint64) {
        return uint64(Clock.unwrap(c));
    }
}
