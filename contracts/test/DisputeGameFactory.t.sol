// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DisputeGameFactory} from "../src/DisputeGameFactory.sol";
import {IDisputeGameFactory} from "../src/interfaces/IDisputeGameFactory.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../src/interfaces/IDisputeVM.sol";
import {AlphabetVM} from "../src/test/AlphabetVM.sol";
import {LibBond} from "../src/lib/LibBond.sol";

/// @dev Shared fixture: a factory over AlphabetVM whose rollup is `rollup`, with 0.001 ether bonds growing 10%,
///      claimable a day after a game resolves.
abstract contract DisputeGameFactory_TestInit is Test {
    DisputeGameFactory internal factory;
    AlphabetVM internal alphabet;
    address internal rollup = makeAddr("rollup");
    address internal proposer = makeAddr("proposer");
    address internal challenger = makeAddr("challenger");

    function setUp() public virtual {
        alphabet = new AlphabetVM();
        factory = new DisputeGameFactory(rollup, alphabet, _cfg(), IDisputeVM(address(0)), _cfg());
        vm.deal(rollup, 100 ether);
    }

    function _cfg() internal pure returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: 8,
            splitDepth: 4,
            maxClockDuration: 1 hours,
            clockExtension: 5 minutes,
            baseBond: 0.001 ether,
            bondGrowthBps: 1000,
            bondClaimDelay: 1 days
        });
    }

    function _record(uint256 transitions, bytes32 root) internal pure returns (bytes memory) {
        return abi.encode(transitions, root);
    }

    function _create(bytes memory record, uint256 value) internal returns (IDisputeGame) {
        vm.prank(rollup);
        return factory.create{value: value}(record, "", proposer, challenger, bytes32("c1"));
    }
}

contract DisputeGameFactory_Constructor_Test is DisputeGameFactory_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(factory.rollup(), rollup);
        assertEq(address(factory.disputeVM()), address(alphabet));
        IDisputeGame.GameConfig memory c = factory.gameConfig();
        assertEq(c.maxDepth, 8);
        assertEq(c.splitDepth, 4);
        assertEq(c.maxClockDuration, 1 hours);
        assertEq(c.clockExtension, 5 minutes);
        assertEq(c.baseBond, 0.001 ether);
        assertEq(c.bondGrowthBps, 1000);
        assertEq(c.bondClaimDelay, 1 days);
        assertEq(factory.gameCount(), 0);
    }

    function test_constructor_invalidConfig_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.splitDepth = 7;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "splitDepth"));
        new DisputeGameFactory(rollup, alphabet, cfg, IDisputeVM(address(0)), cfg);
        cfg = _cfg();
        cfg.clockExtension = 31 minutes;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "clockExtension"));
        new DisputeGameFactory(rollup, alphabet, cfg, IDisputeVM(address(0)), cfg);
        cfg = _cfg();
        cfg.bondClaimDelay = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "bondClaimDelay"));
        new DisputeGameFactory(rollup, alphabet, cfg, IDisputeVM(address(0)), cfg);
    }
}

contract DisputeGameFactory_InitBond_Test is DisputeGameFactory_TestInit {
    function test_initBond_isDepthOneBond_succeeds() public view {
        assertEq(factory.initBond(), 0.0011 ether);
        assertEq(factory.initBond(), LibBond.requiredBond(0.001 ether, 1000, 1));
    }

    function testFuzz_initBond_matchesGame_succeeds(uint128 base, uint16 growth) public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.baseBond = uint128(bound(base, 0, 1e30));
        cfg.bondGrowthBps = growth;
        factory = new DisputeGameFactory(rollup, alphabet, cfg, IDisputeVM(address(0)), cfg);
        uint256 bond = factory.initBond();
        vm.deal(rollup, bond);
        IDisputeGame game = _create(_record(3, bytes32("r")), bond);
        assertEq(game.getRequiredBond(game.claimData(1).position), bond);
        assertEq(game.claimData(1).bond, bond);
    }
}

contract DisputeGameFactory_Create_Test is DisputeGameFactory_TestInit {
    function test_create_deploysGameFromRecord_succeeds() public {
        bytes memory record = _record(5, bytes32("root"));
        address predicted = vm.computeCreateAddress(address(factory), vm.getNonce(address(factory)));
        vm.expectEmit(address(factory));
        emit IDisputeGameFactory.GameCreated(predicted, keccak256(record), bytes32("root"));
        IDisputeGame game = _create(record, 0.0011 ether);
        assertEq(address(game), predicted);
        assertEq(game.rootClaim(), bytes32("root"));
        assertEq(game.absolutePrestate(), alphabet.level1State(0));
        assertEq(game.transitions(), 5);
        assertEq(game.vmContext(), abi.encode(uint256(5)));
        assertEq(address(game.disputeVM()), address(alphabet));
        assertEq(game.creator(), address(factory));
        assertEq(game.claimData(0).claimant, proposer);
        assertEq(game.claimData(1).claimant, challenger);
        assertEq(game.claimData(1).claim, bytes32("c1"));
        assertEq(address(game).balance, 0.0011 ether);
        assertEq(game.config().splitDepth, 4);
        assertEq(game.config().bondClaimDelay, 1 days);
        assertEq(game.bondsUnlockAt(), 0);
        assertEq(factory.gameCount(), 1);
        assertEq(address(factory.gameAt(0)), address(game));
        assertEq(address(factory).balance, 0);
    }

    /// @dev The record and setup data of every game are in an event: a dispute call built by a contract hides them
    ///      from the transaction's input, and a watcher must still read what the game judges.
    function test_create_emitsRecordAndSetupData_succeeds() public {
        bytes memory record = _record(3, bytes32("r"));
        address predicted = vm.computeCreateAddress(address(factory), vm.getNonce(address(factory)));
        vm.expectEmit(address(factory));
        emit IDisputeGameFactory.GameSetup(predicted, record, hex"c0ffee");
        vm.prank(rollup);
        factory.create{value: 0.0011 ether}(record, hex"c0ffee", proposer, challenger, bytes32("c1"));
    }

    function test_create_recordsInOrder_succeeds() public {
        IDisputeGame a = _create(_record(1, bytes32("a")), 0.0011 ether);
        IDisputeGame b = _create(_record(1, bytes32("a")), 0.0011 ether); // the Rollup decides what may be disputed
        assertEq(factory.gameCount(), 2);
        assertEq(address(factory.gameAt(0)), address(a));
        assertEq(address(factory.gameAt(1)), address(b));
        assertTrue(address(a) != address(b));
    }

    function test_create_notRollup_reverts() public {
        vm.deal(proposer, 1 ether);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGameFactory.NotRollup.selector, proposer));
        factory.create{value: 0.0011 ether}(_record(1, bytes32("a")), "", proposer, challenger, bytes32("c1"));
    }

    function test_create_wrongBond_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.IncorrectBondAmount.selector, 0.001 ether, 0.0011 ether));
        factory.create{value: 0.001 ether}(_record(1, bytes32("a")), "", proposer, challenger, bytes32("c1"));
    }

    function test_create_tooManyTransitions_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "transitions"));
        factory.create{value: 0.0011 ether}(_record(17, bytes32("a")), "", proposer, challenger, bytes32("c1"));
    }

    function test_create_badRecord_reverts() public {
        vm.prank(rollup);
        vm.expectRevert();
        factory.create{value: 0.0011 ether}(hex"01", "", proposer, challenger, bytes32("c1"));
    }
}

/// @notice Training records' games: the factory's second (VM, configuration) pair, picked by the record's kind.
contract DisputeGameFactory_Training_Test is DisputeGameFactory_TestInit {
    AlphabetVM internal training;

    function _trainingCfg() internal pure returns (IDisputeGame.GameConfig memory c) {
        c = _cfg();
        c.splitDepth = 33;
        c.maxDepth = 78;
        c.baseBond = 0.002 ether;
    }

    function setUp() public override {
        super.setUp();
        training = new AlphabetVM();
        factory = new DisputeGameFactory(rollup, alphabet, _cfg(), training, _trainingCfg());
    }

    function test_constructor_setsTrainingPair_succeeds() public view {
        assertEq(address(factory.trainingVM()), address(training));
        assertEq(factory.trainingGameConfig().splitDepth, 33);
        assertEq(factory.trainingGameConfig().maxDepth, 78);
        assertEq(factory.trainingInitBond(), LibBond.requiredBond(0.002 ether, 1000, 1));
        assertEq(factory.initBond(), LibBond.requiredBond(0.001 ether, 1000, 1));
    }

    /// @dev AlphabetVM's record is abi.encode(transitions, root): its second word stands for a JobRecord's kind.
    function test_create_routesByKind_succeeds() public {
        IDisputeGame inference = _create(_record(5, bytes32(0)), factory.initBond());
        assertEq(address(inference.disputeVM()), address(alphabet));
        assertEq(inference.config().splitDepth, 4);
        vm.deal(rollup, 1 ether);
        IDisputeGame fineTune = _create(_record(5, bytes32(uint256(1))), factory.trainingInitBond());
        assertEq(address(fineTune.disputeVM()), address(training));
        assertEq(fineTune.config().splitDepth, 33);
        assertEq(fineTune.config().maxDepth, 78);
        IDisputeGame pretrain = _create(_record(5, bytes32(uint256(2))), factory.trainingInitBond());
        assertEq(address(pretrain.disputeVM()), address(training));
    }

    /// @dev A training record's dispute carries the training game's depth-1 bond, not the inference one.
    function test_create_trainingBond_reverts() public {
        uint256 bond = factory.initBond();
        uint256 want = factory.trainingInitBond();
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.IncorrectBondAmount.selector, bond, want));
        factory.create{value: bond}(_record(5, bytes32(uint256(1))), "", proposer, challenger, "c1");
    }

    function test_constructor_shallowTrainingSplit_reverts() public {
        IDisputeGame.GameConfig memory c = _trainingCfg();
        c.splitDepth = 32;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "training depths"));
        new DisputeGameFactory(rollup, alphabet, _cfg(), training, c);
    }

    function test_constructor_shallowTrainingLevel2_reverts() public {
        IDisputeGame.GameConfig memory c = _trainingCfg();
        c.maxDepth = 77;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "training depths"));
        new DisputeGameFactory(rollup, alphabet, _cfg(), training, c);
    }

    function test_constructor_invalidTrainingConfig_reverts() public {
        IDisputeGame.GameConfig memory c = _trainingCfg();
        c.maxClockDuration = 0;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "maxClockDuration"));
        new DisputeGameFactory(rollup, alphabet, _cfg(), training, c);
    }

    /// @dev Without a training VM the training pair is not validated: every record goes to disputeVM.
    function test_constructor_noTrainingVmIgnoresItsConfig_succeeds() public {
        IDisputeGame.GameConfig memory c;
        factory = new DisputeGameFactory(rollup, alphabet, _cfg(), IDisputeVM(address(0)), c);
        IDisputeGame g = _create(_record(5, bytes32(uint256(1))), factory.initBond());
        assertEq(address(g.disputeVM()), address(alphabet));
    }
}
