// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame} from "./IDisputeGame.sol";
import {IDisputeVM} from "./IDisputeVM.sol";

/// @title IDisputeGameFactory
/// @notice Creates one DisputeGame per disputed record, with the parameters and VM fixed at deployment for its kind
///         (inference, or training). Only the
///         Rollup may create games (it checks the record against its batch first).
interface IDisputeGameFactory {
    /// @notice `caller` is not the rollup.
    error NotRollup(address caller);

    /// @notice Emitted for every game.
    event GameCreated(address indexed game, bytes32 indexed recordHash, bytes32 rootClaim);
    /// @notice Emitted for every game, with the record (abi.encode(IRollup.JobRecord)) and the setup data (the
    ///         prompt and output among them) the VM checked: what a watcher needs to judge and join the game, on L1
    ///         whatever built the dispute call (a contract or an EIP-7702 account may hide it from the transaction's
    ///         input).
    event GameSetup(address indexed game, bytes record, bytes setupData);

    /// @notice Creates the game over `record`: the VM derives the root claim, absolute prestate and context from
    ///         it and `setupData`; claim 0 (the root) is `proposer`'s; claim 1, an attack on it claiming
    ///         `challengerClaim`, is `challenger`'s, bonded with msg.value (which must be the depth-1 bond).
    function create(
        bytes calldata record,
        bytes calldata setupData,
        address proposer,
        address challenger,
        bytes32 challengerClaim
    ) external payable returns (IDisputeGame game);

    /// @notice The depth-1 bond a dispute of an inference record must carry.
    function initBond() external view returns (uint256);

    /// @notice The depth-1 bond a dispute of a training record must carry.
    function trainingInitBond() external view returns (uint256);

    /// @notice The only account allowed to create games.
    function rollup() external view returns (address);

    /// @notice The VM every inference record's game steps through.
    function disputeVM() external view returns (IDisputeVM);

    /// @notice The VM every training record's game steps through; zero: none (training records go to disputeVM,
    ///         which refuses them, and RecordValidity voids them).
    function trainingVM() external view returns (IDisputeVM);

    /// @notice The parameters every inference record's game gets.
    function gameConfig() external view returns (IDisputeGame.GameConfig memory);

    /// @notice The parameters every training record's game gets (zero while trainingVM is zero).
    function trainingGameConfig() external view returns (IDisputeGame.GameConfig memory);

    /// @notice Games created so far, in order.
    function gameCount() external view returns (uint256);

    /// @notice Game number `i`.
    function gameAt(uint256 i) external view returns (IDisputeGame);
}
