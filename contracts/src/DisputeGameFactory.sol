// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGameFactory} from "./interfaces/IDisputeGameFactory.sol";
import {IDisputeGame} from "./interfaces/IDisputeGame.sol";
import {IDisputeVM} from "./interfaces/IDisputeVM.sol";
import {DisputeGame} from "./DisputeGame.sol";
import {LibBond} from "./lib/LibBond.sol";
import {LibGameConfig} from "./lib/LibGameConfig.sol";
import {LibClone} from "./lib/LibClone.sol";
import {LibGameArgs} from "./lib/LibGameArgs.sol";

/// @title DisputeGameFactory
/// @notice Creates one DisputeGame per disputed record, all with the configuration and VM fixed here. Only the rollup
///         creates games; the game's creator() is this factory. The factory deploys one DisputeGame implementation
///         at construction; each game is an EIP-1167 clone of it carrying its arguments in its code (LibClone,
///         LibGameArgs), initialized by this factory in the same transaction.
contract DisputeGameFactory is IDisputeGameFactory {
    /// @inheritdoc IDisputeGameFactory
    address public immutable rollup;
    /// @inheritdoc IDisputeGameFactory
    IDisputeVM public immutable disputeVM;
    /// @notice The DisputeGame every game is a clone of (unusable by itself).
    DisputeGame public immutable implementation;

    IDisputeGame.GameConfig internal _config;
    IDisputeGame[] internal _games;

    /// @notice Fixes the rollup, the VM and the game parameters (checked as each game checks them, so that a bad
    ///         configuration fails here rather than at the first dispute).
    constructor(address rollup_, IDisputeVM vm_, IDisputeGame.GameConfig memory cfg) {
        LibGameConfig.validate(cfg);
        rollup = rollup_;
        disputeVM = vm_;
        _config = cfg;
        implementation = new DisputeGame();
    }

    /// @inheritdoc IDisputeGameFactory
    function create(
        bytes calldata record,
        bytes calldata setupData,
        address proposer,
        address challenger,
        bytes32 challengerClaim
    ) external payable returns (IDisputeGame game) {
        if (msg.sender != rollup) revert NotRollup(msg.sender);
        (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx) =
            disputeVM.setup(record, setupData);
        bytes memory args = LibGameArgs.encode(
            _config, disputeVM, address(this), uint64(block.timestamp), rootClaim, absolutePrestate, transitions, ctx
        );
        DisputeGame g = DisputeGame(LibClone.clone(address(implementation), args));
        g.initialize{value: msg.value}(proposer, challenger, challengerClaim);
        game = g;
        _games.push(game);
        emit GameCreated(address(game), keccak256(record), rootClaim);
        emit GameSetup(address(game), record, setupData);
    }

    /// @inheritdoc IDisputeGameFactory
    function initBond() external view returns (uint256) {
        return LibBond.requiredBond(_config.baseBond, _config.bondGrowthBps, 1);
    }

    /// @inheritdoc IDisputeGameFactory
    function gameConfig() external view returns (IDisputeGame.GameConfig memory) {
        return _config;
    }

    /// @inheritdoc IDisputeGameFactory
    function gameCount() external view returns (uint256) {
        return _games.length;
    }

    /// @inheritdoc IDisputeGameFactory
    function gameAt(uint256 i) external view returns (IDisputeGame) {
        return _games[i];
    }
}
