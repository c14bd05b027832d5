// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title LibClone
/// @notice EIP-1167 minimal proxies that carry immutable arguments in their own code ("clones with immutable args",
///         the args kept in code rather than appended to calldata). A clone's runtime code is the 45-byte EIP-1167
///         proxy, which delegatecalls its implementation with the caller's calldata unchanged, followed by `args`.
///         The implementation, running in the clone's context, reads them with extcodecopy(address(), ...): the
///         clone's own code, which nobody can change after deployment and no caller can spoof (calldata-appended
///         args would be whatever the caller sends when the implementation is called directly).
///         Costs: deployment is 32,000 + 200 gas per byte of code (the args included), against 20,000 gas per
///         32-byte storage slot (625 per byte); a read is a warm extcodecopy (100 gas + 3 per word).
library LibClone {
    /// @notice Length of the EIP-1167 proxy that precedes the args in a clone's code.
    uint256 internal constant PROXY_LENGTH = 45;
    /// @notice The longest args a clone can carry: EIP-170's 24,576-byte code limit less the proxy.
    uint256 internal constant MAX_ARGS_LENGTH = 24_576 - PROXY_LENGTH;

    /// @notice `args` is `length` bytes long, over the `max` a clone's code can hold.
    error ArgsTooLong(uint256 length, uint256 max);
    /// @notice CREATE returned no contract (out of gas, or a nonce or address collision).
    error DeploymentFailed();

    /// @notice Deploys an EIP-1167 proxy to `implementation` whose code ends with `args`.
    /// @dev Init code (10 bytes, then the runtime it returns):
    ///      PUSH2 n, DUP1, PUSH1 0x0a, RETURNDATASIZE, CODECOPY, RETURNDATASIZE, RETURN — codecopy(0, 10, n) and
    ///      return(0, n), n = 45 + args.length. Runtime: the EIP-1167 proxy `363d3d373d3d3d363d73 <impl>
    ///      5af43d82803e903d91602b57fd5bf3`, whose only jump target is its own JUMPDEST at byte 43, so the args
    ///      after it are never executed.
    /// @return instance The clone's address (CREATE: from the caller's address and nonce).
    function clone(address implementation, bytes memory args) internal returns (address instance) {
        if (args.length > MAX_ARGS_LENGTH) revert ArgsTooLong(args.length, MAX_ARGS_LENGTH);
        bytes memory code = abi.encodePacked(
            hex"61",
            uint16(PROXY_LENGTH + args.length),
            hex"80600a3d393df3",
            hex"363d3d373d3d3d363d73",
            implementation,
            hex"5af43d82803e903d91602b57fd5bf3",
            args
        );
        assembly ("memory-safe") {
            instance := create(0, add(code, 0x20), mload(code))
        }
        if (instance == address(0)) revert DeploymentFailed();
    }

    /// @notice The implementation a clone made by `clone` delegates to, read from its code (zero if `instance` is
    ///         too short to be one).
    function implementationOf(address instance) internal view returns (address impl) {
        if (instance.code.length < PROXY_LENGTH) return address(0);
        assembly ("memory-safe") {
            extcodecopy(instance, 0x00, 10, 20)
            impl := shr(96, mload(0x00))
        }
    }

    /// @notice Length of the args of the clone the caller runs in (its code less the proxy). Meaningful only inside
    ///         a clone; the implementation must refuse to read args when it runs as itself.
    function argsLength() internal view returns (uint256 n) {
        assembly ("memory-safe") {
            n := sub(extcodesize(address()), PROXY_LENGTH)
        }
    }

    /// @notice The 32 bytes of args from byte `offset` on (zero-padded past the end of the code).
    function argWord(uint256 offset) internal view returns (bytes32 w) {
        assembly ("memory-safe") {
            extcodecopy(address(), 0x00, add(PROXY_LENGTH, offset), 0x20)
            w := mload(0x00)
        }
    }

    /// @notice The `length` bytes of args from byte `offset` on, as a new bytes array.
    function argBytes(uint256 offset, uint256 length) internal view returns (bytes memory b) {
        b = new bytes(length);
        assembly ("memory-safe") {
            extcodecopy(address(), add(b, 0x20), add(PROXY_LENGTH, offset), length)
        }
    }
}
