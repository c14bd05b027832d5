// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title StoredProposer
/// @notice Test helper: a proposer that builds its calls from storage, so that the transaction that makes them
///         carries none of their bytes (only `fire()`). Deployed as the code an EIP-7702 account (the sequencer's key)
///         delegates to, it makes the Rollup's propose, resolveData or dispute call as that account: what a watcher
///         reading the proposal transaction's input cannot see (docs/protocol.md, "Data availability").
contract StoredProposer {
    /// @notice Only the account itself may store or fire a call.
    error NotSelf(address caller);

    /// @dev The call fire() makes, and to whom.
    address internal _to;
    bytes internal _call;

    /// @notice Stores the call fire() will make: `data` to `to`.
    function store(address to, bytes calldata data) external {
        if (msg.sender != address(this)) revert NotSelf(msg.sender);
        _to = to;
        _call = data;
    }

    /// @notice Makes the stored call with msg.value, bubbling up its revert.
    function fire() external payable {
        if (msg.sender != address(this)) revert NotSelf(msg.sender);
        (bool ok, bytes memory ret) = _to.call{value: msg.value}(_call);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }
}
