// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DisputeGame} from "../src/DisputeGame.sol";
import {DisputeGameFactory} from "../src/DisputeGameFactory.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../src/interfaces/IDisputeVM.sol";
import {LibClone} from "../src/lib/LibClone.sol";
import {LibGameArgs} from "../src/lib/LibGameArgs.sol";
import {LibBond} from "../src/lib/LibBond.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {DisputeGame_TestInit} from "./DisputeGameTestInit.sol";

/// @dev DisputeGame as a clone: its args round-trip, its initializer runs once and only for its creator, and the
///      implementation cannot be played.
contract DisputeGame_Clone_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    function test_initialize_twice_reverts() public {
        vm.prank(address(cloner));
        vm.expectRevert(DisputeGame.AlreadyInitialized.selector);
        game.initialize{value: 0}(proposer, challenger, WRONG);
    }

    function test_initialize_notCreator_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(DisputeGame.NotCreator.selector, alice, address(cloner)));
        game.initialize(alice, alice, WRONG);
    }

    function test_initialize_uninitializedCloneOnlyByCreator_reverts() public {
        // A clone made but not yet initialized (the factory does both in one call) still refuses anyone else.
        bytes memory args = LibGameArgs.encode(
            _cfg(), alphabet, bob, uint64(block.timestamp), WRONG, bytes32(0), TRANSITIONS, abi.encode(TRANSITIONS)
        );
        DisputeGame g = DisputeGame(LibClone.clone(address(impl), args));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(DisputeGame.NotCreator.selector, alice, bob));
        g.initialize{value: 0}(alice, alice, WRONG);
        assertEq(g.claimDataLen(), 0);
        vm.prank(bob);
        g.initialize{value: _bondAt(1)}(proposer, challenger, WRONG);
        assertEq(g.claimDataLen(), 2);
        assertEq(g.claimData(0).claimant, proposer);
    }

    function test_implementation_cannotBePlayed_reverts() public {
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.initialize{value: _bondAt(1)}(proposer, challenger, WRONG);
        vm.prank(address(cloner));
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.initialize(proposer, challenger, WRONG);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 0, 0));
        impl.move{value: _bondAt(1)}(WRONG, 0, WRONG, true);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 0, 0));
        impl.step(0, true, "", "");
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 0, 0));
        impl.resolveClaim(0, 0);
        vm.expectRevert(IDisputeGame.RootNotResolved.selector);
        impl.resolve();
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, 0));
        impl.claimCredit(alice);
        assertEq(impl.claimDataLen(), 0);
    }

    function test_implementation_readsRevert_reverts() public {
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.rootClaim();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.absolutePrestate();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.transitions();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.creator();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.createdAt();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.config();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.disputeVM();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.vmContext();
        vm.expectRevert(DisputeGame.NotAClone.selector);
        impl.getRequiredBond(LibPosition.root());
    }

    function test_clone_codeIsProxyAndArgs_succeeds() public view {
        assertEq(LibClone.implementationOf(address(game)), address(impl));
        assertEq(address(game).code.length, LibClone.PROXY_LENGTH + LibGameArgs.CONTEXT + 32);
    }

    function test_rootClaim_readsCloneArgs_succeeds() public {
        assertEq(game.rootClaim(), honest.level1(TRANSITIONS));
        assertEq(_newGame(_cfg(), WRONG, WRONG).rootClaim(), WRONG);
    }

    function test_absolutePrestate_readsCloneArgs_succeeds() public view {
        assertEq(game.absolutePrestate(), alphabet.level1State(0));
    }

    function test_transitions_readsCloneArgs_succeeds() public view {
        assertEq(game.transitions(), TRANSITIONS);
    }

    function test_creator_readsCloneArgs_succeeds() public view {
        assertEq(game.creator(), address(cloner));
    }

    function test_createdAt_readsCloneArgs_succeeds() public {
        uint256 t0 = block.timestamp;
        vm.warp(t0 + 1234);
        DisputeGame later = _newGame(_cfg(), WRONG, WRONG);
        assertEq(game.createdAt(), t0);
        assertEq(later.createdAt(), t0 + 1234);
    }

    function test_disputeVM_readsCloneArgs_succeeds() public view {
        assertEq(address(game.disputeVM()), address(alphabet));
    }

    function test_vmContext_readsCloneArgs_succeeds() public view {
        assertEq(game.vmContext(), abi.encode(TRANSITIONS));
    }

    function test_config_readsCloneArgs_succeeds() public view {
        assertEq(abi.encode(game.config()), abi.encode(_cfg()));
    }

    function test_getters_appendedCalldataIgnored_succeeds() public view {
        // A caller appending bytes to the calldata cannot change what the game reads: its args are in its code.
        (bool ok, bytes memory ret) =
            address(game).staticcall(abi.encodePacked(abi.encodeCall(IDisputeGame.rootClaim, ()), bytes32("x")));
        assertTrue(ok);
        assertEq(abi.decode(ret, (bytes32)), honest.level1(TRANSITIONS));
        (ok, ret) = address(game)
            .staticcall(abi.encodePacked(abi.encodeCall(IDisputeGame.vmContext, ()), abi.encode(uint256(99))));
        assertTrue(ok);
        assertEq(abi.decode(ret, (bytes)), abi.encode(TRANSITIONS));
    }

    /// @dev Any valid configuration and any VM context (up to what a clone's code holds) round-trip through a clone:
    ///      every getter returns what was encoded, and the game plays with that configuration.
    function testFuzz_clone_configAndContextRoundTrip_succeeds(
        uint8 maxDepth,
        uint8 splitDepth,
        uint64 maxClock,
        uint64 extension,
        uint128 baseBond,
        uint16 growth,
        uint64 delay,
        bytes memory ctx,
        bytes32 root,
        bytes32 prestate,
        uint256 transitions
    ) public {
        vm.assume(ctx.length <= 4096);
        IDisputeGame.GameConfig memory cfg;
        cfg.maxDepth = uint8(bound(maxDepth, 4, 40));
        cfg.splitDepth = uint8(bound(splitDepth, 2, cfg.maxDepth - 2));
        cfg.maxClockDuration = uint64(bound(maxClock, 1, type(uint64).max));
        cfg.clockExtension = uint64(bound(extension, 0, cfg.maxClockDuration / 2));
        cfg.baseBond = uint128(bound(baseBond, 0, 1 ether));
        cfg.bondGrowthBps = uint32(bound(growth, 0, 10_000));
        cfg.bondClaimDelay = uint64(bound(delay, 0, 30 days));
        transitions = bound(transitions, 0, 1 << cfg.splitDepth);
        uint256 bond = LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, 1);
        vm.deal(address(this), bond);
        DisputeGame g = cloner.create{value: bond}(
            impl, _args(cfg, IDisputeVM(bob), ctx, root, prestate, transitions), proposer, alice, WRONG
        );

        assertEq(address(g).code.length, LibClone.PROXY_LENGTH + LibGameArgs.CONTEXT + ctx.length);
        assertEq(abi.encode(g.config()), abi.encode(cfg));
        assertEq(address(g.disputeVM()), bob);
        assertEq(g.vmContext(), ctx);
        assertEq(g.rootClaim(), root);
        assertEq(g.absolutePrestate(), prestate);
        assertEq(g.transitions(), transitions);
        assertEq(g.creator(), address(cloner));
        assertEq(g.createdAt(), block.timestamp);
        assertEq(g.claimData(0).claim, root);
        assertEq(g.claimData(1).bond, bond);
        assertEq(
            g.getRequiredBond(LibPosition.wrap(cfg.maxDepth, 0)),
            LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, cfg.maxDepth)
        );
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeGame.GameDepthExceeded.selector, uint256(cfg.maxDepth) + 1, cfg.maxDepth)
        );
        g.getRequiredBond(LibPosition.wrap(cfg.maxDepth + 1, 0));
    }
}

/// @dev The factory's clones: made from its implementation, initialized by it, with the record's arguments.
contract DisputeGame_FactoryClone_Test is DisputeGame_TestInit {
    DisputeGameFactory internal factory;
    address internal rollup = makeAddr("rollup");

    function setUp() public override {
        super.setUp();
        factory = new DisputeGameFactory(rollup, alphabet, _cfg(), IDisputeVM(address(0)), _cfg());
        vm.deal(rollup, 100 ether);
    }

    function _create(uint256 transitions) internal returns (DisputeGame) {
        vm.prank(rollup);
        return DisputeGame(
            address(
                factory.create{value: _bondAt(1)}(
                    abi.encode(transitions, WRONG), "", proposer, challenger, bytes32("c1")
                )
            )
        );
    }

    function test_create_clonesImplementation_succeeds() public {
        DisputeGame g = _create(5);
        assertEq(LibClone.implementationOf(address(g)), address(factory.implementation()));
        assertEq(address(g).code.length, LibClone.PROXY_LENGTH + LibGameArgs.CONTEXT + 32);
        assertEq(g.creator(), address(factory));
        assertEq(g.vmContext(), abi.encode(uint256(5)));
        assertEq(g.transitions(), 5);
    }

    function test_create_gameCannotBeReinitialized_reverts() public {
        DisputeGame g = _create(5);
        vm.prank(address(factory));
        vm.expectRevert(DisputeGame.AlreadyInitialized.selector);
        g.initialize(alice, alice, WRONG);
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(DisputeGame.NotCreator.selector, rollup, address(factory)));
        g.initialize(alice, alice, WRONG);
    }

    function test_implementation_notInitializableByFactory_reverts() public {
        DisputeGame i = factory.implementation();
        vm.deal(address(factory), _bondAt(1));
        vm.prank(address(factory));
        vm.expectRevert(DisputeGame.NotAClone.selector);
        i.initialize{value: _bondAt(1)}(proposer, challenger, WRONG);
        assertEq(i.claimDataLen(), 0);
    }
}

/// @dev The packed claim storage: children kept in creation order past the first word, bonds derived from positions.
contract DisputeGame_ClaimStorage_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    /// @dev 20 children of claim 1 (the first in the claim's slot, the rest over three packed words) resolve in the
    ///      order they were made, in batches that cross words, and the bond goes to the left-most standing child.
    function test_resolveClaim_manyChildrenInOrder_succeeds() public {
        uint256[] memory kids = new uint256[](20);
        for (uint256 i; i < 20; ++i) {
            kids[i] = _move(i % 2 == 0 ? alice : bob, 1, keccak256(abi.encode(i)), i % 3 != 0);
        }
        assertEq(game.getNumToResolve(1), 20);
        vm.warp(block.timestamp + MAX_CLOCK);
        for (uint256 i; i < 20; ++i) {
            if (i != 13) game.resolveClaim(kids[i], 0);
        }
        game.resolveClaim(1, 5); // children 0-4
        assertEq(game.getNumToResolve(1), 15);
        game.resolveClaim(1, 7); // 5-11, across the first two words
        assertEq(game.getNumToResolve(1), 8);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.OutOfOrderResolution.selector, 1, kids[13]));
        game.resolveClaim(1, 0);
        game.resolveClaim(kids[13], 0);
        game.resolveClaim(1, 0);
        assertEq(game.getNumToResolve(1), 0);
        // Attacks (i % 3 != 0) sit at position 4, defenses at 6: the first attack, child 1, is bob's.
        assertEq(_claim(1).counteredBy, bob);
        _assertConserved(_everyone());
    }

    /// @dev Every claim reports the bond its move paid (none for the root), though bonds are not stored.
    function test_claimData_bondIsPaidBond_succeeds() public {
        uint256 a = _move(alice, 1, WRONG, true);
        uint256 b = _move(bob, a, WRONG, false);
        assertEq(_claim(0).bond, 0);
        assertEq(_claim(1).bond, _bondAt(1));
        assertEq(_claim(a).bond, _bondAt(2));
        assertEq(_claim(b).bond, _bondAt(3));
        assertEq(address(game).balance, _bondAt(1) + _bondAt(2) + _bondAt(3));
        assertEq(_claim(a).parentIndex, 1);
        assertEq(_claim(b).parentIndex, a);
        assertEq(_claim(b).claimant, bob);
        assertEq(_claim(b).counteredBy, address(0));
    }
}
