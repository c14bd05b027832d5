// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {OneStepAttention} from "../src/OneStepAttention.sol";
import {OneStepHead} from "../src/OneStepHead.sol";
import {OneStepVerifier} from "../src/OneStepVerifier.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {TrainingVM} from "../src/TrainingVM.sol";
import {TrainStepVerifier} from "../src/TrainStepVerifier.sol";
import {TrainStepProgram} from "../src/TrainStepProgram.sol";
import {TrainStepForward} from "../src/TrainStepForward.sol";
import {TrainStepBackward} from "../src/TrainStepBackward.sol";
import {TrainStepUpdate} from "../src/TrainStepUpdate.sol";
import {TrainIOVerifier} from "../src/TrainIOVerifier.sol";
import {TrainImportVerifier} from "../src/TrainImportVerifier.sol";
import {DisputeGameFactory} from "../src/DisputeGameFactory.sol";
import {Rollup} from "../src/Rollup.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";

/// @title Deploy
/// @notice Deploys every airollup contract to the chain forge points at, e.g.
///         `SEQUENCER=0x... forge script contracts/script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --broadcast`.
///         Parameters come from the environment with the mainnet-scale defaults of docs/game.md ("Parameters").
///         The Go deployer (internal/deploy), used by tests and the devnet, deploys the same contracts in the same
///         order: the rollup's address is predicted because the inbox, registry and factory are built with it.
contract Deploy is Script {
    /// @notice The deployed contracts.
    struct Deployed {
        ModelRegistry models;
        OneStepVerifier verifier;
        TransformerVM tvm;
        TrainingVM training;
        DatasetRegistry datasets;
        JobInbox inbox;
        DisputeGameFactory factory;
        Rollup rollup;
    }

    /// @notice Deploys with the parameters from the environment.
    function run() external returns (Deployed memory d) {
        address sequencer = vm.envAddress("SEQUENCER");
        address guardian = vm.envOr("GUARDIAN", address(0));
        uint64 inclusionWindow = uint64(vm.envOr("INCLUSION_WINDOW", uint256(300)));
        uint64 deliveryWindow = uint64(vm.envOr("DELIVERY_WINDOW", uint256(24 days)));
        // Longer than the challenge window, two data windows and the finality delay (the Rollup checks it).
        uint64 withdrawalDelay = uint64(vm.envOr("WITHDRAWAL_DELAY", uint256(14 days)));
        IDisputeGame.GameConfig memory game = _gameConfig();
        // TRAINING (default false) deploys TrainingVM, and with it JobInbox's acceptance of training jobs. Off by
        // default: not every training job the game cannot set up is voidable yet (docs/training-game.md, "Open").
        bool withTraining = vm.envOr("TRAINING", false);
        IDisputeGame.GameConfig memory trainingGame;
        if (withTraining) trainingGame = _trainingGameConfig(game);
        vm.startBroadcast();
        // nonce + 0 attention, 1 head, 2 verifier, 3 VM, 4 registry, 5 inbox, 6 datasets, 7-10 the training step
        // program, forward, backward, update, 11 step verifier, 12 import, 13 IO verifier, 14 TrainingVM,
        // 15 factory, 16 rollup; without TRAINING, 7 factory, 8 rollup
        address predicted = vm.computeCreateAddress(msg.sender, vm.getNonce(msg.sender) + (withTraining ? 16 : 8));
        d.verifier = new OneStepVerifier(address(new OneStepAttention()), address(new OneStepHead()));
        d.tvm = new TransformerVM(d.verifier);
        d.models = new ModelRegistry(d.tvm, game.splitDepth, game.maxDepth);
        d.inbox = new JobInbox(predicted, d.models, inclusionWindow, deliveryWindow, withdrawalDelay);
        d.datasets = new DatasetRegistry(address(d.inbox)); // the inbox records lineage at a training job's delivery
        if (withTraining) d.training = _training(d.inbox, d.models);
        d.factory = new DisputeGameFactory(predicted, d.tvm, game, d.training, trainingGame);
        d.rollup = new Rollup(sequencer, guardian, d.inbox, d.factory, d.datasets, d.models, _rollupConfig());
        vm.stopBroadcast();
        require(address(d.rollup) == predicted, "Deploy: the rollup did not land at its predicted address");
        console2.log("ModelRegistry", address(d.models));
        console2.log("OneStepVerifier", address(d.verifier));
        console2.log("TransformerVM", address(d.tvm));
        console2.log("TrainingVM", address(d.training));
        console2.log("DatasetRegistry", address(d.datasets));
        console2.log("JobInbox", address(d.inbox));
        console2.log("DisputeGameFactory", address(d.factory));
        console2.log("Rollup", address(d.rollup));
    }

    function _gameConfig() internal view returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: uint8(vm.envOr("MAX_DEPTH", uint256(38))),
            splitDepth: uint8(vm.envOr("SPLIT_DEPTH", uint256(18))),
            maxClockDuration: uint64(vm.envOr("MAX_CLOCK_DURATION", uint256(3.5 days))),
            clockExtension: uint64(vm.envOr("CLOCK_EXTENSION", uint256(3 hours))),
            baseBond: uint128(vm.envOr("BASE_BOND", uint256(0.08 ether))),
            bondGrowthBps: uint32(vm.envOr("BOND_GROWTH_BPS", uint256(1903))),
            bondClaimDelay: uint64(vm.envOr("BOND_CLAIM_DELAY", uint256(3.5 days)))
        });
    }

    /// @dev TrainingVM over its verifiers (8 contracts).
    function _training(JobInbox inbox, ModelRegistry models) internal returns (TrainingVM) {
        TrainStepVerifier step = new TrainStepVerifier(
            new TrainStepProgram(), new TrainStepForward(), new TrainStepBackward(), new TrainStepUpdate()
        );
        return new TrainingVM(step, new TrainIOVerifier(new TrainImportVerifier()), inbox, models);
    }

    /// @dev The training game: the factory's least depths (split 33, max 78) and the inference game's clocks, with
    ///      a bond growth of its own (TRAINING_BOND_GROWTH_BPS, default 886: 0.08 ETH at depth 0 to ~60 ETH at
    ///      depth 78, as the inference game's reach at its depth 38; docs/operators.md, "Training games").
    function _trainingGameConfig(IDisputeGame.GameConfig memory game)
        internal
        view
        returns (IDisputeGame.GameConfig memory t)
    {
        t = game;
        t.splitDepth = uint8(vm.envOr("TRAINING_SPLIT_DEPTH", uint256(33)));
        t.maxDepth = uint8(vm.envOr("TRAINING_MAX_DEPTH", uint256(78)));
        t.bondGrowthBps = uint32(vm.envOr("TRAINING_BOND_GROWTH_BPS", uint256(886)));
    }

    function _rollupConfig() internal view returns (IRollup.RollupConfig memory) {
        return IRollup.RollupConfig({
            challengeWindow: uint64(vm.envOr("CHALLENGE_WINDOW", uint256(7 days))),
            finalityDelay: uint64(vm.envOr("FINALITY_DELAY", uint256(3.5 days))),
            bondPerRecord: uint128(vm.envOr("BOND_PER_RECORD", uint256(0.1 ether))),
            inclusionPenalty: uint128(vm.envOr("INCLUSION_PENALTY", uint256(0.05 ether))),
            minFee: uint128(vm.envOr("MIN_FEE", uint256(0))),
            dataWindow: uint64(vm.envOr("DATA_WINDOW", uint256(1 days))),
            dataChallengeBond: uint128(vm.envOr("DATA_CHALLENGE_BOND", uint256(0.05 ether)))
        });
    }
}
