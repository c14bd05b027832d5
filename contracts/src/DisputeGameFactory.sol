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
/// @notice Creates one DisputeGame per disputed record, with the configuration and VM fixed here for its kind: an
///         inference record's game gets (disputeVM, gameConfig), a training record's (fine-tune, pretrain)
///         (trainingVM, trainingGameConfig) when trainingVM is set (docs/game.md, "Training records").
///         Only the rollup creates games; the game's creator() is this factory. The factory deploys one DisputeGame implementation
///         at construction; each game is an EIP-1167 clone of it carrying its arguments in its code (LibClone,
///         LibGameArgs), initialized by this factory in the same transaction.
contract DisputeGameFactory is IDisputeGameFactory {
    /// @inheritdoc IDisputeGameFactory
    address public immutable rollup;
    /// @inheritdoc IDisputeGameFactory
    IDisputeVM public immutable disputeVM;
    /// @notice The DisputeGame every game is a clone of (unusable by itself).
    DisputeGame public immutable implementation;

    /// @inheritdoc IDisputeGameFactory
    IDisputeVM public immutable trainingVM;

    /// @notice The least split depth of a training game: a record of N < 2^32 steps (params.maxTokens, a uint32) has
    ///         N + 2 level-1 transitions, at most 2^33.
    uint8 public constant TRAINING_MIN_SPLIT_DEPTH = 33;
    /// @notice The least level-2 depth (maxDepth − splitDepth − 1) of a training game: 2^44 micro-steps cover a
    ///         training step of a 7B model (about 4·10^11 at B = 8, T = 2,048; docs/training-game.md) with room
    ///         for larger batches, and its import and export (millions).
    uint8 public constant TRAINING_MIN_LEVEL2_DEPTH = 44;

    IDisputeGame.GameConfig internal _config;
    IDisputeGame.GameConfig internal _trainingConfig;
    IDisputeGame[] internal _games;

    /// @notice Fixes the rollup, the VMs and the game parameters (checked as each game checks them, so that a bad
    ///         configuration fails here rather than at the first dispute).
    /// @param rollup_ The only account allowed to create games.
    /// @param vm_ The VM of inference records' games.
    /// @param cfg The parameters of inference records' games.
    /// @param trainingVm_ The VM of training records' games; zero: training records get no game (RecordValidity
    ///        voids them).
    /// @param trainingCfg The parameters of training records' games (ignored when trainingVm_ is zero): its depths
    ///        must be at least TRAINING_MIN_SPLIT_DEPTH and TRAINING_MIN_LEVEL2_DEPTH (InvalidConfig("training
    ///        depths")).
    constructor(
        address rollup_,
        IDisputeVM vm_,
        IDisputeGame.GameConfig memory cfg,
        IDisputeVM trainingVm_,
        IDisputeGame.GameConfig memory trainingCfg
    ) {
        LibGameConfig.validate(cfg);
        if (address(trainingVm_) != address(0)) {
            LibGameConfig.validate(trainingCfg);
            if (
                trainingCfg.splitDepth < TRAINING_MIN_SPLIT_DEPTH
                    || uint256(trainingCfg.maxDepth) < uint256(trainingCfg.splitDepth) + 1 + TRAINING_MIN_LEVEL2_DEPTH
            ) revert IDisputeGame.InvalidConfig("training depths");
            _trainingConfig = trainingCfg;
        }
        rollup = rollup_;
        disputeVM = vm_;
        trainingVM = trainingVm_;
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
        (bytes memory args, bytes32 rootClaim) = _args(record, setupData);
        DisputeGame g = DisputeGame(LibClone.clone(address(implementation), args));
        g.initialize{value: msg.value}(proposer, challenger, challengerClaim);
        game = g;
        _games.push(game);
        emit GameCreated(address(game), keccak256(record), rootClaim);
        emit GameSetup(address(game), record, setupData);
    }

    /// @dev The clone arguments of the game of `record` (its VM's setup over `setupData`) and its root claim.
    function _args(bytes calldata record, bytes calldata setupData) internal view returns (bytes memory, bytes32) {
        (IDisputeVM vm_, IDisputeGame.GameConfig memory cfg) = _route(record);
        (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx) =
            vm_.setup(record, setupData);
        return (
            LibGameArgs.encode(
                cfg, vm_, address(this), uint64(block.timestamp), rootClaim, absolutePrestate, transitions, ctx
            ),
            rootClaim
        );
    }

    /// @dev The VM and parameters of the game of `record` (abi.encode(IRollup.JobRecord)), by its kind (the second
    ///      word): Inference gets (disputeVM, _config), the training kinds (trainingVM, _trainingConfig). Without a
    ///      training VM every record goes to disputeVM, whose setup refuses a training record (TransformerVM:
    ///      UnsupportedKind; RecordValidity voids it) — and a test VM may take any bytes as its record.
    function _route(bytes calldata record) internal view returns (IDisputeVM, IDisputeGame.GameConfig memory) {
        if (address(trainingVM) == address(0)) return (disputeVM, _config);
        uint256 kind = record.length >= 64 ? uint256(bytes32(record[32:64])) : 0;
        if (kind == 0) return (disputeVM, _config);
        return (trainingVM, _trainingConfig);
    }

    /// @inheritdoc IDisputeGameFactory
    function initBond() external view returns (uint256) {
        return LibBond.requiredBond(_config.baseBond, _config.bondGrowthBps, 1);
    }

    /// @inheritdoc IDisputeGameFactory
    function trainingInitBond() external view returns (uint256) {
        return LibBond.requiredBond(_trainingConfig.baseBond, _trainingConfig.bondGrowthBps, 1);
    }

    /// @inheritdoc IDisputeGameFactory
    function gameConfig() external view returns (IDisputeGame.GameConfig memory) {
        return _config;
    }

    /// @inheritdoc IDisputeGameFactory
    function trainingGameConfig() external view returns (IDisputeGame.GameConfig memory) {
        return _trainingConfig;
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
