// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "../interfaces/IRollup.sol";
import {LibMerkle} from "../lib/LibMerkle.sol";

/// @title RecordHarness
/// @notice Exposes how the Rollup commits to records, so internal/record can check its Go mirror (record.JobRecord,
///         record.RecordsRoot) against Solidity: a record's leaf is keccak256(abi.encode(record)), and a batch's records
///         root is LibMerkle.computeRoot over the leaves, as Rollup.propose builds it.
contract RecordHarness {
    /// @notice keccak256(abi.encode(record)): the record's leaf in its batch's tree.
    function recordHash(IRollup.JobRecord calldata record) external pure returns (bytes32) {
        return keccak256(abi.encode(record));
    }

    /// @notice The records root of a batch of `records`, as Rollup.propose computes it.
    function recordsRoot(IRollup.JobRecord[] calldata records) external pure returns (bytes32) {
        bytes32[] memory leaves = new bytes32[](records.length);
        for (uint256 i; i < records.length; ++i) {
            leaves[i] = keccak256(abi.encode(records[i]));
        }
        return LibMerkle.computeRoot(leaves);
    }
}
