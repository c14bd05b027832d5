// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {IDisputeGame, Clock} from "../src/interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../src/interfaces/IDisputeVM.sol";
import {AlphabetVM} from "../src/test/AlphabetVM.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {LibClock} from "../src/lib/LibClock.sol";
import {LibBond} from "../src/lib/LibBond.sol";
import {DisputeGame_TestInit} from "./DisputeGameTestInit.sol";

/// @dev DisputeGame with its internal position helpers exposed.
contract DisputeGame_Harness is DisputeGame {
    function transitionOf(Position p) external view returns (uint256) {
        return _transitionOf(p);
    }
}

/// @dev Refuses every ETH transfer.
contract DisputeGame_Rejecter {
    receive() external payable {
        revert("no");
    }
}

/// @dev On receiving ETH, tries to claim its credit again.
contract DisputeGame_Reentrant {
    IDisputeGame internal game;
    uint256 public received;
    bool public reentered;

    function setGame(IDisputeGame game_) external {
        game = game_;
    }

    receive() external payable {
        received += msg.value;
        try game.claimCredit(address(this)) {
            reentered = true;
        } catch {}
    }
}

contract DisputeGame_Constructor_Test is DisputeGame_TestInit {
    using LibPosition for Position;
    using LibClock for Clock;

    function test_constructor_setsFields_succeeds() public view {
        assertEq(game.claimDataLen(), 2);
        IDisputeGame.ClaimData memory root = _claim(0);
        assertEq(root.parentIndex, type(uint32).max);
        assertEq(root.counteredBy, address(0));
        assertEq(root.claimant, proposer);
        assertEq(root.bond, 0);
        assertEq(root.claim, honest.level1(TRANSITIONS));
        assertEq(root.position.raw(), 1);
        assertEq(root.clock.duration(), 0);
        assertEq(root.clock.timestamp(), block.timestamp);

        IDisputeGame.ClaimData memory first = _claim(1);
        assertEq(first.parentIndex, 0);
        assertEq(first.claimant, challenger);
        assertEq(first.bond, 1.5 ether);
        assertEq(first.claim, _honestAt(2));
        assertEq(first.position.raw(), 2);
        assertEq(first.clock.duration(), 0);
        assertEq(first.clock.timestamp(), block.timestamp);

        assertEq(address(game).balance, 1.5 ether);
        assertEq(game.creator(), address(cloner));
        assertEq(game.createdAt(), block.timestamp);
        assertEq(game.resolvedAt(), 0);
        assertEq(uint8(game.status()), uint8(IDisputeGame.GameStatus.IN_PROGRESS));
        assertEq(game.rootClaim(), honest.level1(TRANSITIONS));
        assertEq(game.absolutePrestate(), alphabet.level1State(0));
        assertEq(game.transitions(), TRANSITIONS);
        assertEq(address(game.disputeVM()), address(alphabet));
        assertEq(game.vmContext(), abi.encode(TRANSITIONS));
        assertEq(game.getNumToResolve(0), 1);
        assertFalse(game.resolvedSubgames(0));

        IDisputeGame.GameConfig memory c = game.config();
        assertEq(c.maxDepth, MAX_DEPTH);
        assertEq(c.splitDepth, SPLIT_DEPTH);
        assertEq(c.maxClockDuration, MAX_CLOCK);
        assertEq(c.clockExtension, EXTENSION);
        assertEq(c.baseBond, BASE_BOND);
        assertEq(c.bondGrowthBps, GROWTH_BPS);
        assertEq(c.bondClaimDelay, BOND_DELAY);
        assertEq(game.bondsUnlockAt(), 0);
    }

    function test_constructor_emitsBothMoves_succeeds() public {
        vm.expectEmit();
        emit IDisputeGame.Move(type(uint32).max, WRONG, proposer, 0);
        vm.expectEmit();
        emit IDisputeGame.Move(0, bytes32(uint256(7)), challenger, 1);
        _newGame(_cfg(), WRONG, bytes32(uint256(7)));
    }

    function test_constructor_firstAttackIsNotDuplicable_reverts() public {
        // claim 1 is registered: the same attack on the root cannot be made again.
        bytes32 root = game.rootClaim();
        bytes32 first = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, first, Position.wrap(2), uint256(0))
        );
        game.move{value: 1.5 ether}(root, 0, first, true);
    }

    function test_constructor_wrongBond_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.IncorrectBondAmount.selector, 1 ether, 1.5 ether));
        cloner.create{value: 1 ether}(
            impl, _args(cfg, alphabet, "", WRONG, 0, TRANSITIONS), proposer, challenger, WRONG
        );
    }

    function _expectInvalid(IDisputeGame.GameConfig memory cfg, uint256 transitions, string memory field) internal {
        uint256 bond = LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, 1);
        if (bond > 100 ether) bond = 0;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, field));
        cloner.create{value: bond}(impl, _args(cfg, alphabet, "", WRONG, 0, transitions), proposer, challenger, WRONG);
    }

    function test_constructor_maxDepthTooLarge_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.maxDepth = 127;
        cfg.bondGrowthBps = 0;
        _expectInvalid(cfg, 1, "maxDepth");
    }

    function test_constructor_splitDepthTooSmall_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.splitDepth = 1;
        _expectInvalid(cfg, 1, "splitDepth");
    }

    function test_constructor_noRoomBelowSplit_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.splitDepth = 6; // 6 + 2 > 7
        _expectInvalid(cfg, 1, "splitDepth");
    }

    function test_constructor_zeroClock_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.maxClockDuration = 0;
        cfg.clockExtension = 0;
        _expectInvalid(cfg, 1, "maxClockDuration");
    }

    function test_constructor_extensionTooLong_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.clockExtension = MAX_CLOCK / 2 + 1;
        _expectInvalid(cfg, 1, "clockExtension");
    }

    function test_constructor_bondOverflows_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.maxDepth = 126;
        cfg.bondGrowthBps = type(uint32).max;
        _expectInvalid(cfg, 1, "bondGrowthBps");
    }

    function test_constructor_bondClaimDelayTooLong_reverts() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.bondClaimDelay = 30 days + 1;
        _expectInvalid(cfg, 1, "bondClaimDelay");
    }

    function test_constructor_tooManyTransitions_reverts() public {
        _expectInvalid(_cfg(), 9, "transitions"); // 2^splitDepth = 8 level-1 trace indices
    }

    function test_constructor_boundaryConfig_succeeds() public {
        vm.deal(address(this), type(uint128).max);
        IDisputeGame.GameConfig memory cfg = IDisputeGame.GameConfig({
            maxDepth: 126,
            splitDepth: 124,
            maxClockDuration: 2,
            clockExtension: 1,
            baseBond: type(uint128).max,
            bondGrowthBps: 0,
            bondClaimDelay: 30 days
        });
        DisputeGame g = cloner.create{value: type(uint128).max}(
            impl, _args(cfg, alphabet, "", WRONG, 0, 1 << 124), proposer, challenger, WRONG
        );
        assertEq(g.getRequiredBond(LibPosition.wrap(126, 0)), type(uint128).max);
        assertEq(g.config().bondClaimDelay, 30 days);
        cfg = _cfg();
        cfg.splitDepth = 2;
        cfg.maxDepth = 4;
        cfg.baseBond = 0;
        g = cloner.create(impl, _args(cfg, alphabet, "", WRONG, 0, 4), proposer, challenger, WRONG);
        assertEq(g.claimData(1).bond, 0);
    }
}

contract DisputeGame_Move_Test is DisputeGame_TestInit {
    using LibPosition for Position;
    using LibClock for Clock;

    function test_move_attack_storesClaimAndEmits_succeeds() public {
        vm.warp(block.timestamp + 100);
        vm.expectEmit(address(game));
        emit IDisputeGame.Move(1, WRONG, proposer, 2);
        uint256 i = _move(proposer, 1, WRONG, true);
        assertEq(i, 2);
        IDisputeGame.ClaimData memory c = _claim(2);
        assertEq(c.parentIndex, 1);
        assertEq(c.counteredBy, address(0));
        assertEq(c.claimant, proposer);
        assertEq(c.bond, _bondAt(2));
        assertEq(c.claim, WRONG);
        assertEq(c.position.raw(), 4);
        assertEq(c.clock.duration(), 100);
        assertEq(c.clock.timestamp(), block.timestamp);
        assertEq(address(game).balance, _bondAt(1) + _bondAt(2));
        assertEq(game.getNumToResolve(1), 1);
    }

    function test_move_defend_movesRight_succeeds() public {
        uint256 i = _move(proposer, 1, WRONG, false);
        assertEq(_claim(i).position.raw(), 6); // left child of 2's right sibling
        uint256 j = _move(challenger, i, WRONG, false);
        assertEq(_claim(j).position.raw(), 14);
        uint256 k = _honestMove(proposer, j, true); // a level-2 root
        assertEq(_claim(k).position.raw(), 28);
    }

    function test_move_sameClaimElsewhere_succeeds() public {
        _move(proposer, 1, WRONG, true);
        _move(alice, 1, WRONG, false); // other position
        _move(bob, 1, keccak256("other"), true); // other value
        _move(alice, 3, WRONG, true); // other parent (position 12 under 6)
        assertEq(game.claimDataLen(), 6);
        assertEq(game.getNumToResolve(1), 3);
    }

    function test_move_notInProgress_reverts() public {
        _resolveAllClaims();
        game.resolve();
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.move{value: _bondAt(2)}(v, 1, WRONG, true);
    }

    function test_move_noSuchParent_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 2, 2));
        game.move{value: _bondAt(2)}(WRONG, 2, WRONG, true);
    }

    function test_move_wrongDisputed_reverts() public {
        bytes32 have = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidDisputedClaim.selector, WRONG, have));
        game.move{value: _bondAt(2)}(WRONG, 1, WRONG, true);
    }

    function test_move_defendRoot_reverts() public {
        bytes32 root = game.rootClaim();
        vm.prank(alice);
        vm.expectRevert(IDisputeGame.CannotDefendRootClaim.selector);
        game.move{value: _bondAt(1)}(root, 0, WRONG, false);
    }

    function test_move_defendExecRoot_reverts() public {
        uint256 i = _move(proposer, 1, WRONG, true); // 4
        i = _move(challenger, i, WRONG, true); // 8, wrong: the proposer can root level 2 against it
        i = _honestMove(proposer, i, true); // 16
        bytes32 e = _claim(i).claim;
        vm.prank(challenger);
        vm.expectRevert(IDisputeGame.CannotDefendRootClaim.selector);
        game.move{value: _bondAt(5)}(e, i, WRONG, false);
    }

    function test_move_pastMaxDepth_reverts() public {
        uint256 leaf = _pathToLeaf(WRONG);
        bytes32 v = _claim(leaf).claim;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.GameDepthExceeded.selector, 8, 7));
        game.move{value: 0}(v, leaf, WRONG, true);
    }

    function test_move_toLevel2Root_requiresExecRoot_reverts() public {
        uint256 i = _move(proposer, 1, WRONG, true);
        i = _move(challenger, i, WRONG, true);
        bytes32 v = _claim(i).claim;
        bytes32 e = alphabet.microState(0, 5);
        vm.prank(proposer);
        vm.expectRevert(IDisputeGame.ExecRootRequired.selector);
        game.move{value: _bondAt(4)}(v, i, e, true);
    }

    function test_move_wrongBond_reverts() public {
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.IncorrectBondAmount.selector, _bondAt(1), _bondAt(2)));
        game.move{value: _bondAt(1)}(v, 1, WRONG, true);
    }

    function test_move_clockExhausted_reverts() public {
        vm.warp(block.timestamp + MAX_CLOCK);
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(IDisputeGame.ClockTimeExceeded.selector);
        game.move{value: _bondAt(2)}(v, 1, WRONG, true);
    }

    function test_move_duplicate_reverts() public {
        _move(proposer, 1, WRONG, true);
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, WRONG, Position.wrap(4), uint256(1))
        );
        game.move{value: _bondAt(2)}(v, 1, WRONG, true);
    }

    /// @dev The duplicate check compares a claim's first children in storage and finds later ones in a mapping
    ///      (DisputeGame.SCANNED_CHILDREN): a copy of any of ten children, on either side of that boundary, is refused,
    ///      while the same values at the other position or under another parent are not copies.
    function test_move_duplicateOfAnyChild_reverts() public {
        uint256 n = 10;
        for (uint256 i; i < n; ++i) {
            _move(alice, 1, keccak256(abi.encode("child", i)), i % 2 == 0);
        }
        assertEq(game.getNumToResolve(1), n);
        bytes32 v = _claim(1).claim;
        for (uint256 i; i < n; ++i) {
            bytes32 value = keccak256(abi.encode("child", i));
            bool isAttack = i % 2 == 0;
            Position pos = isAttack ? Position.wrap(4) : Position.wrap(6);
            vm.prank(bob);
            vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, value, pos, uint256(1)));
            game.move{value: _bondAt(2)}(v, 1, value, isAttack);
            // The same value at the other position is another claim.
            _move(bob, 1, value, !isAttack);
        }
        assertEq(game.getNumToResolve(1), 2 * n);
        // Every one of those later children is now a copy too.
        for (uint256 i; i < n; ++i) {
            bytes32 value = keccak256(abi.encode("child", i));
            vm.prank(bob);
            vm.expectPartialRevert(IDisputeGame.ClaimAlreadyExists.selector);
            game.move{value: _bondAt(2)}(v, 1, value, i % 2 != 0);
        }
    }

    /// @dev Whatever the number of earlier children, re-posting child k is refused and a new value is not.
    function testFuzz_move_duplicate_reverts(uint8 children, uint8 k) public {
        uint256 n = bound(children, 1, 12);
        k = uint8(bound(k, 0, n - 1));
        for (uint256 i; i < n; ++i) {
            _move(alice, 1, keccak256(abi.encode("fuzz", i)), true);
        }
        bytes32 v = _claim(1).claim;
        bytes32 dup = keccak256(abi.encode("fuzz", uint256(k)));
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, dup, Position.wrap(4), uint256(1))
        );
        game.move{value: _bondAt(2)}(v, 1, dup, true);
        _move(bob, 1, keccak256(abi.encode("fuzz", n)), true);
        assertEq(game.getNumToResolve(1), n + 1);
    }

    function test_moveExecRoot_notAtLevel2Root_reverts() public {
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.NotExecRoot.selector, 2));
        game.moveExecRoot{value: _bondAt(2)}(v, 1, WRONG, true, "");
    }

    /// @dev Root ← 2 ← 4 ← 8 (wrong) ← 16 (honest level-2 root, t = 0) ← 32 ← 64 ← 128 claiming `leafValue`.
    function _pathToLeaf(bytes32 leafValue) internal returns (uint256 i) {
        i = _move(proposer, 1, WRONG, true);
        i = _move(challenger, i, WRONG, true);
        i = _honestMove(proposer, i, true);
        i = _move(challenger, i, WRONG, true);
        i = _move(proposer, i, WRONG, true);
        i = _move(challenger, i, leafValue, true);
    }
}

contract DisputeGame_MoveExecRoot_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    /// @dev root ← 1 (2) ← 4 by the proposer claiming `v4` ← 8 by the challenger claiming `v8`.
    function _toSplit(bytes32 v4, bytes32 v8) internal returns (uint256 i4, uint256 i8) {
        i4 = _move(proposer, 1, v4, true);
        i8 = _move(challenger, i4, v8, true);
    }

    function test_moveExecRoot_attackDiffering_succeeds() public {
        (, uint256 i8) = _toSplit(_honestAt(4), WRONG);
        bytes32 e = alphabet.microState(0, 5);
        vm.expectEmit(address(game));
        emit IDisputeGame.Move(i8, e, proposer, i8 + 1);
        uint256 i = _execRoot(proposer, i8, e, true, abi.encode(uint256(5)));
        assertEq(_claim(i).position.raw(), 16);
        assertEq(_claim(i).bond, _bondAt(4));
    }

    function test_moveExecRoot_attackAgreeing_reverts() public {
        bytes32 v8 = _honestAt(8);
        (, uint256 i8) = _toSplit(_honestAt(4), v8);
        bytes32 e = alphabet.microState(0, 5);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.UnexpectedRootClaim.selector, v8, v8));
        game.moveExecRoot{value: _bondAt(4)}(v8, i8, e, true, abi.encode(uint256(5)));
    }

    function test_moveExecRoot_defendMoversSideEqual_succeeds() public {
        // defend(8) = 18 roots transition 1; the claim committing to its post-state is 4 (depth 2, the mover's side):
        // the projection must equal it.
        (, uint256 i8) = _toSplit(_honestAt(4), _honestAt(8));
        uint256 i = _execRoot(proposer, i8, alphabet.microState(1, 5), false, abi.encode(uint256(5)));
        assertEq(_claim(i).position.raw(), 18);
    }

    function test_moveExecRoot_defendMoversSideDiffering_reverts() public {
        bytes32 v8 = _honestAt(8);
        bytes32 v4 = _honestAt(4);
        bytes32 e = alphabet.microState(1, 5);
        (, uint256 i8) = _toSplit(WRONG, v8);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.UnexpectedRootClaim.selector, v4, WRONG));
        game.moveExecRoot{value: _bondAt(4)}(v8, i8, e, false, abi.encode(uint256(5)));
    }

    /// @dev root ← 1 (2, claiming `first`) ← 4 ← 10 (defend of 4): defending 10 roots transition 3 at 22, whose
    ///      post-state claim is claim 1 (depth 1, the parent's side): the projection must differ from it.
    function _toDefendOfTen(bytes32 first) internal returns (uint256 i10) {
        game = _newGame(_cfg(), honest.level1(TRANSITIONS), first);
        uint256 i4 = _move(proposer, 1, _honestAt(4), true);
        i10 = _move(challenger, i4, _honestAt(10), false);
    }

    function test_moveExecRoot_defendParentsSideDiffering_succeeds() public {
        uint256 i10 = _toDefendOfTen(WRONG);
        uint256 i = _execRoot(proposer, i10, alphabet.microState(3, 5), false, abi.encode(uint256(5)));
        assertEq(_claim(i).position.raw(), 22);
    }

    function test_moveExecRoot_defendParentsSideEqual_reverts() public {
        bytes32 v2 = _honestAt(2);
        bytes32 v10 = _honestAt(10);
        bytes32 e = alphabet.microState(3, 5);
        uint256 i10 = _toDefendOfTen(v2);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.UnexpectedRootClaim.selector, v2, v2));
        game.moveExecRoot{value: _bondAt(4)}(v10, i10, e, false, abi.encode(uint256(5)));
    }

    function test_moveExecRoot_notFinalState_reverts() public {
        (, uint256 i8) = _toSplit(_honestAt(4), WRONG);
        bytes32 e = alphabet.microState(0, 4);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.NotFinalState.selector, 0, e));
        game.moveExecRoot{value: _bondAt(4)}(WRONG, i8, e, true, abi.encode(uint256(4)));
    }

    function test_moveExecRoot_paddingIsIdentity_succeeds() public {
        // root ← 1 ← 6 ← 14 (split index 6, state 7 = padding) ← 28 roots transition 6: the projection is the claim.
        uint256 i6 = _move(proposer, 1, _honestAt(6), false);
        uint256 i14 = _move(challenger, i6, WRONG, false);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.UnexpectedRootClaim.selector, WRONG, WRONG));
        game.moveExecRoot{value: _bondAt(4)}(WRONG, i14, WRONG, true, "");
        uint256 i = _execRoot(proposer, i14, honest.level1(TRANSITIONS), true, "");
        assertEq(_claim(i).position.raw(), 28);
        assertEq(_claim(i).claim, _honestAt(28));
    }
}

contract DisputeGame_Step_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    /// @dev root ← 1 ← 4 (proposer) ← 8 (challenger, wrong) ← 16 (proposer, level-2 root of transition 0) ← 32
    ///      (challenger, `v32`) ← 64 (proposer, `v64`); returns the indices of 32 and 64.
    function _toDepth6(bytes32 v32, bytes32 v64) internal returns (uint256 i32, uint256 i64) {
        uint256 i = _move(proposer, 1, _honestAt(4), true);
        i = _move(challenger, i, WRONG, true);
        i = _honestMove(proposer, i, true);
        i32 = _move(challenger, i, v32, true);
        i64 = _move(proposer, i32, v64, true);
    }

    function _step(address who, uint256 i, bool isAttack) internal {
        (bytes memory pre, bytes memory proof) = honest.stepData(_claim(i).position, isAttack);
        vm.prank(who);
        game.step(i, isAttack, pre, proof);
    }

    function test_step_attackFirstLeafWrong_counters_succeeds() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, true); // 128: the first step of transition 0
        assertEq(_claim(leaf).position.raw(), 128);
        vm.expectEmit(address(game));
        emit IDisputeGame.Step(leaf, alice, alphabet.microState(0, 1));
        vm.prank(alice);
        game.step(leaf, true, abi.encode(uint256(0)), abi.encode(uint256(0)));
        assertEq(_claim(leaf).counteredBy, alice);
    }

    function test_step_attackFirstLeafRight_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, _honestAt(128), true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ValidStep.selector, alphabet.microState(0, 1)));
        game.step(leaf, true, abi.encode(uint256(0)), abi.encode(uint256(0)));
    }

    function test_step_badPrestatePreimage_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadPrestatePreimage.selector, 0, alphabet.level1State(0)));
        game.step(leaf, true, abi.encode(uint256(1)), abi.encode(uint256(0)));
    }

    function test_step_badProof_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, false); // 130: pre-state is claim 64
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadStepProof.selector, 0, _honestAt(64)));
        game.step(leaf, true, "", abi.encode(uint256(1)));
    }

    function test_step_attackLaterLeaf_preStateIsAncestor_succeeds() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, false); // 130, trace index 2; pre = 64 (after 2 steps)
        assertEq(_claim(leaf).position.raw(), 130);
        _step(alice, leaf, true);
        assertEq(_claim(leaf).counteredBy, alice);

        uint256 right = _move(bob, i64, _honestAt(130), false);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ValidStep.selector, alphabet.microState(0, 3)));
        game.step(right, true, "", abi.encode(uint256(2)));
    }

    function test_step_defendPostOnOtherSide_counters_succeeds() public {
        // 128 attacks 64 but steps to it: the defense from 128 reproduces 64, countering 128.
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, _honestAt(128), true);
        _step(alice, leaf, false);
        assertEq(_claim(leaf).counteredBy, alice);
    }

    function test_step_defendPostOnOtherSideDiffering_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), WRONG);
        uint256 leaf = _move(challenger, i64, _honestAt(128), true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ValidStep.selector, alphabet.microState(0, 2)));
        game.step(leaf, false, "", abi.encode(uint256(1)));
    }

    function test_step_defendPostOnSameSide_counters_succeeds() public {
        // 130 defends 64; its next trace index is committed by 32 (same side): stepping from 130 must reach 32.
        (, uint256 i64) = _toDepth6(WRONG, _honestAt(64));
        uint256 leaf = _move(challenger, i64, _honestAt(130), false);
        _step(alice, leaf, false);
        assertEq(_claim(leaf).counteredBy, alice);
    }

    function test_step_defendPostOnSameSideEqual_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, _honestAt(130), false);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ValidStep.selector, alphabet.microState(0, 4)));
        game.step(leaf, false, "", abi.encode(uint256(3)));
    }

    function test_step_laterTransitionFirstLeaf_usesLevel1PreState_succeeds() public {
        // root ← 1 ← 4 ← 8 (honest, state 1) ← 18 (defends 8: transition 1) ← 36 ← 72 ← 144 (first leaf).
        uint256 i = _move(proposer, 1, _honestAt(4), true);
        i = _move(challenger, i, _honestAt(8), true);
        i = _honestMove(proposer, i, false);
        assertEq(_claim(i).position.raw(), 18);
        i = _move(challenger, i, WRONG, true);
        i = _move(proposer, i, _honestAt(72), true);
        uint256 leaf = _move(challenger, i, WRONG, true);
        assertEq(_claim(leaf).position.raw(), 144);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadPrestatePreimage.selector, 1, alphabet.level1State(1)));
        game.step(leaf, true, abi.encode(uint256(0)), abi.encode(uint256(0)));
        vm.expectEmit(address(game));
        emit IDisputeGame.Step(leaf, alice, alphabet.microState(1, 1));
        vm.prank(alice);
        game.step(leaf, true, abi.encode(uint256(1)), abi.encode(uint256(0)));
    }

    function test_step_padding_isIdentity_succeeds() public {
        // root ← 1 ← 6 ← 14 (wrong) ← 28 (transition 6: padding) ← 56 ← 112 ← 224; the pre-state of the first
        // step is claim 6 itself (split index 5), and the step keeps it.
        uint256 i6 = _move(proposer, 1, _honestAt(6), false);
        uint256 i = _move(challenger, i6, WRONG, false);
        i = _honestMove(proposer, i, true);
        i = _move(challenger, i, WRONG, true);
        i = _move(proposer, i, _honestAt(112), true);
        uint256 leaf = _move(challenger, i, WRONG, true);
        assertEq(_claim(leaf).position.raw(), 224);
        vm.expectEmit(address(game));
        emit IDisputeGame.Step(leaf, alice, _honestAt(6));
        vm.prank(alice);
        game.step(leaf, true, "", "");
        uint256 right = _move(bob, i, _honestAt(224), true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ValidStep.selector, _honestAt(6)));
        game.step(right, true, "", "");
    }

    function test_step_twice_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, true);
        _step(alice, leaf, true);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.AlreadyCountered.selector, leaf));
        game.step(leaf, true, abi.encode(uint256(0)), abi.encode(uint256(0)));
    }

    function test_step_notAtMaxDepth_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.NotAtMaxDepth.selector, 6, 7));
        game.step(i64, true, "", "");
    }

    function test_step_noSuchClaim_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 9, 2));
        game.step(9, true, "", "");
    }

    function test_step_resolvedLeaf_reverts() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(leaf, 0);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyResolved.selector, leaf));
        game.step(leaf, true, abi.encode(uint256(0)), abi.encode(uint256(0)));
    }

    function test_step_notInProgress_reverts() public {
        _resolveAllClaims();
        game.resolve();
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.step(1, true, "", "");
    }

    function test_step_stepperIsPaid_succeeds() public {
        (, uint256 i64) = _toDepth6(_honestAt(32), _honestAt(64));
        uint256 leaf = _move(challenger, i64, WRONG, true);
        _step(alice, leaf, true);
        vm.warp(block.timestamp + MAX_CLOCK);
        vm.expectEmit(address(game));
        emit IDisputeGame.ClaimResolved(leaf, alice);
        game.resolveClaim(leaf, 0);
        assertEq(game.credit(alice), _bondAt(7));
        // 64's only child is countered: 64 stands and its claimant gets its bond back.
        game.resolveClaim(i64, 0);
        assertEq(_claim(i64).counteredBy, address(0));
        assertEq(game.credit(proposer), _bondAt(6));
    }
}

contract DisputeGame_Clock_Test is DisputeGame_TestInit {
    using LibPosition for Position;
    using LibClock for Clock;

    function test_getChallengerDuration_rootAndFirst_succeeds() public {
        assertEq(game.getChallengerDuration(0), 0);
        assertEq(game.getChallengerDuration(1), 0);
        vm.warp(block.timestamp + 500);
        assertEq(game.getChallengerDuration(0), 500);
        assertEq(game.getChallengerDuration(1), 500);
        vm.warp(block.timestamp + MAX_CLOCK);
        assertEq(game.getChallengerDuration(1), MAX_CLOCK);
    }

    function test_getChallengerDuration_noSuchClaim_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 2, 2));
        game.getChallengerDuration(2);
    }

    function test_clock_eachSideAccumulates_succeeds() public {
        vm.warp(block.timestamp + 100);
        uint256 a = _move(proposer, 1, WRONG, true); // proposer's side has used 100
        assertEq(_claim(a).clock.duration(), 100);
        vm.warp(block.timestamp + 50);
        assertEq(game.getChallengerDuration(a), 50); // claim 1's side: 0 + 50
        uint256 b = _move(challenger, a, WRONG, true);
        assertEq(_claim(b).clock.duration(), 50);
        vm.warp(block.timestamp + 30);
        assertEq(game.getChallengerDuration(b), 130);
        uint256 c = _honestMove(proposer, b, true); // the level-2 root against b (wrong)
        assertEq(_claim(c).clock.duration(), 130);
    }

    function test_clock_extensionBeforeSplit_isDoubled_succeeds() public {
        // A move to splitDepth - 1 = 2: its side keeps two extensions for the level-2 root.
        vm.warp(block.timestamp + MAX_CLOCK - 30 minutes);
        uint256 a = _move(proposer, 1, WRONG, true);
        assertEq(_claim(a).clock.duration(), MAX_CLOCK - 2 * EXTENSION);
    }

    function test_clock_extensionAtSplit_isSingle_succeeds() public {
        uint256 a = _move(proposer, 1, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK - 1);
        uint256 b = _move(challenger, a, WRONG, true); // depth 3
        assertEq(_claim(b).clock.duration(), MAX_CLOCK - EXTENSION);
    }

    function test_clock_extensionBeforeStep_isDoubled_succeeds() public {
        uint256 i = _move(proposer, 1, WRONG, true);
        i = _move(challenger, i, WRONG, true);
        i = _honestMove(proposer, i, true); // depth 4
        i = _move(challenger, i, WRONG, true); // depth 5
        vm.warp(block.timestamp + MAX_CLOCK - 1);
        uint256 six = _move(proposer, i, WRONG, true);
        assertEq(_claim(six).clock.duration(), MAX_CLOCK - 2 * EXTENSION);
        vm.warp(block.timestamp + MAX_CLOCK - 1);
        uint256 seven = _move(challenger, six, WRONG, true);
        assertEq(_claim(seven).clock.duration(), MAX_CLOCK - EXTENSION);
    }

    function test_clock_belowThreshold_isKept_succeeds() public {
        vm.warp(block.timestamp + MAX_CLOCK - 2 * EXTENSION);
        uint256 a = _move(proposer, 1, WRONG, true);
        assertEq(_claim(a).clock.duration(), MAX_CLOCK - 2 * EXTENSION);
    }

    function test_clock_extendedSideCanStillMove_succeeds() public {
        uint256 a = _move(proposer, 1, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK - 1);
        uint256 b = _move(challenger, a, WRONG, true); // challenger's side: MAX - EXTENSION
        vm.warp(block.timestamp + 1);
        uint256 c = _honestMove(proposer, b, true); // proposer's side: 0 + 1
        vm.warp(block.timestamp + EXTENSION - 1);
        _move(challenger, c, WRONG, true); // MAX - EXTENSION + EXTENSION - 1 < MAX
        vm.warp(block.timestamp + 1);
        assertEq(game.getChallengerDuration(c), MAX_CLOCK);
        bytes32 v = _claim(c).claim;
        vm.prank(bob);
        vm.expectRevert(IDisputeGame.ClockTimeExceeded.selector);
        game.move{value: _bondAt(5)}(v, c, keccak256("late"), true);
    }

    function testFuzz_clock_neverExceedsMax_succeeds(uint64 wait1, uint64 wait2) public {
        wait1 = uint64(bound(wait1, 0, MAX_CLOCK - 1));
        wait2 = uint64(bound(wait2, 0, MAX_CLOCK - 1));
        vm.warp(block.timestamp + wait1);
        uint256 a = _move(proposer, 1, WRONG, true);
        vm.warp(block.timestamp + wait2);
        uint256 b = _move(challenger, a, WRONG, true);
        assertLe(_claim(a).clock.duration(), MAX_CLOCK - 2 * EXTENSION);
        assertLe(_claim(b).clock.duration(), MAX_CLOCK - EXTENSION);
        assertEq(_claim(a).clock.duration(), wait1 > MAX_CLOCK - 2 * EXTENSION ? MAX_CLOCK - 2 * EXTENSION : wait1);
        assertEq(_claim(b).clock.duration(), wait2 > MAX_CLOCK - EXTENSION ? MAX_CLOCK - EXTENSION : wait2);
    }
}

contract DisputeGame_ResolveClaim_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    function test_resolveClaim_clockRunning_reverts() public {
        vm.warp(block.timestamp + 10);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClockNotExpired.selector, 10, MAX_CLOCK));
        game.resolveClaim(1, 0);
    }

    function test_resolveClaim_noSuchClaim_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, 5, 2));
        game.resolveClaim(5, 0);
    }

    function test_resolveClaim_childFirst_reverts() public {
        vm.warp(block.timestamp + MAX_CLOCK);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.OutOfOrderResolution.selector, 0, 1));
        game.resolveClaim(0, 0);
    }

    function test_resolveClaim_uncontested_returnsBond_succeeds() public {
        vm.warp(block.timestamp + MAX_CLOCK);
        vm.expectEmit(address(game));
        emit IDisputeGame.ClaimResolved(1, address(0));
        game.resolveClaim(1, 0);
        assertTrue(game.resolvedSubgames(1));
        assertEq(game.credit(challenger), _bondAt(1));
        _assertConserved(_everyone());
    }

    function test_resolveClaim_twice_reverts() public {
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(1, 0);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyResolved.selector, 1));
        game.resolveClaim(1, 0);
    }

    function test_resolveClaim_leftmostStandingChildIsPaid_succeeds() public {
        uint256 d = _move(alice, 1, WRONG, false); // position 6, made first
        uint256 a = _move(bob, 1, WRONG, true); // position 4: left of 6
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(d, 0);
        game.resolveClaim(a, 0);
        vm.expectEmit(address(game));
        emit IDisputeGame.ClaimResolved(1, bob);
        game.resolveClaim(1, 0);
        assertEq(_claim(1).counteredBy, bob);
        assertEq(game.credit(bob), _bondAt(2) + _bondAt(1));
        assertEq(game.credit(alice), _bondAt(2));
        assertEq(game.credit(challenger), 0);
        _assertConserved(_everyone());
    }

    function test_resolveClaim_counteredChildIsIgnored_succeeds() public {
        uint256 a = _move(bob, 1, WRONG, true); // 4, countered below
        uint256 d = _move(alice, 1, WRONG, false); // 6, stands
        uint256 x = _move(challenger, a, WRONG, true); // 8 counters 4
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(x, 0);
        game.resolveClaim(a, 0);
        assertEq(_claim(a).counteredBy, challenger);
        game.resolveClaim(d, 0);
        game.resolveClaim(1, 0);
        assertEq(_claim(1).counteredBy, alice);
        assertEq(game.credit(alice), _bondAt(2) + _bondAt(1));
        assertEq(game.credit(challenger), _bondAt(3) + _bondAt(2));
        assertEq(game.credit(bob), 0);
    }

    function test_resolveClaim_allChildrenCountered_stands_succeeds() public {
        uint256 a = _move(bob, 1, WRONG, true);
        uint256 x = _move(challenger, a, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(x, 0);
        game.resolveClaim(a, 0);
        game.resolveClaim(1, 0);
        assertEq(_claim(1).counteredBy, address(0));
        assertEq(game.credit(challenger), _bondAt(3) + _bondAt(2) + _bondAt(1));
    }

    function test_resolveClaim_inBatches_succeeds() public {
        uint256 a = _move(alice, 1, WRONG, false); // 6
        uint256 b = _move(bob, 1, WRONG, true); // 4
        uint256 c = _move(alice, 1, keccak256("x"), true); // 4
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(a, 0);
        game.resolveClaim(b, 0);
        assertEq(game.getNumToResolve(1), 3);
        game.resolveClaim(1, 1);
        assertEq(game.getNumToResolve(1), 2);
        assertFalse(game.resolvedSubgames(1));
        game.resolveClaim(1, 1);
        assertEq(game.getNumToResolve(1), 1);
        // c is unresolved: the batch that reaches it stops there.
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.OutOfOrderResolution.selector, 1, c));
        game.resolveClaim(1, 5);
        game.resolveClaim(c, 0);
        vm.recordLogs();
        game.resolveClaim(1, 0); // 0: all that remain, on a later call too
        assertEq(vm.getRecordedLogs().length, 1);
        assertTrue(game.resolvedSubgames(1));
        assertEq(game.getNumToResolve(1), 0);
        assertEq(_claim(1).counteredBy, bob); // first of the two at 4 in resolution order
        _assertConserved(_everyone());
    }

    function test_resolveClaim_numLargerThanChildren_succeeds() public {
        uint256 a = _move(bob, 1, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(a, 3);
        game.resolveClaim(1, 100);
        game.resolveClaim(0, 7);
        assertTrue(game.resolvedSubgames(0));
        assertEq(_claim(1).counteredBy, bob);
        assertEq(_claim(0).counteredBy, address(0));
    }

    function test_resolveClaim_notInProgress_reverts() public {
        _resolveAllClaims();
        game.resolve();
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.resolveClaim(0, 0);
    }
}

contract DisputeGame_Resolve_Test is DisputeGame_TestInit {
    function test_resolve_rootUnresolved_reverts() public {
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(1, 0);
        vm.expectRevert(IDisputeGame.RootNotResolved.selector);
        game.resolve();
    }

    function test_resolve_uncounteredChallenge_challengerWins_succeeds() public {
        _resolveAllClaims();
        vm.expectEmit(address(game));
        emit IDisputeGame.Resolved(IDisputeGame.GameStatus.CHALLENGER_WINS);
        IDisputeGame.GameStatus s = game.resolve();
        assertEq(uint8(s), uint8(IDisputeGame.GameStatus.CHALLENGER_WINS));
        assertEq(uint8(game.status()), uint8(s));
        assertEq(game.resolvedAt(), block.timestamp);
        assertEq(_claim(0).counteredBy, challenger);
        assertEq(game.credit(challenger), _bondAt(1));
    }

    function test_resolve_counteredChallenge_defenderWins_succeeds() public {
        _move(proposer, 1, _honestAt(4), true);
        _resolveAllClaims();
        assertEq(uint8(game.resolve()), uint8(IDisputeGame.GameStatus.DEFENDER_WINS));
        assertEq(game.credit(proposer), _bondAt(2) + _bondAt(1));
        assertEq(game.credit(challenger), 0);
    }

    function test_resolve_twice_reverts() public {
        _resolveAllClaims();
        game.resolve();
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.resolve();
    }

    function test_resolve_resolvedGameIsFrozen_succeeds() public {
        _resolveAllClaims();
        game.resolve();
        uint64 at = game.resolvedAt();
        bytes32 v = _claim(1).claim;
        vm.prank(alice);
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.moveExecRoot{value: 0}(v, 1, v, true, "");
        vm.warp(block.timestamp + 1 days);
        assertEq(game.resolvedAt(), at);
        assertEq(uint8(game.status()), uint8(IDisputeGame.GameStatus.CHALLENGER_WINS));
        assertEq(game.claimDataLen(), 2);
    }
}

contract DisputeGame_ClaimCredit_Test is DisputeGame_TestInit {
    function test_claimCredit_paysAndZeroes_succeeds() public {
        _resolveAndUnlock();
        uint256 before = challenger.balance;
        vm.expectEmit(address(game));
        emit IDisputeGame.CreditClaimed(challenger, _bondAt(1));
        vm.prank(alice); // anyone may trigger it
        game.claimCredit(challenger);
        assertEq(challenger.balance, before + _bondAt(1));
        assertEq(game.credit(challenger), 0);
        assertEq(address(game).balance, 0);
    }

    function test_claimCredit_beforeGameResolves_reverts() public {
        // resolveClaim credits the proposer at once, but the credit stays in the game until it is resolved.
        _move(proposer, 1, WRONG, true);
        vm.warp(block.timestamp + MAX_CLOCK);
        game.resolveClaim(2, 0);
        assertEq(game.credit(proposer), _bondAt(2));
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, 0));
        game.claimCredit(proposer);
        assertEq(game.credit(proposer), _bondAt(2));
        _assertConserved(_everyone());
    }

    function test_claimCredit_rootResolvedGameNot_reverts() public {
        _resolveAllClaims();
        vm.warp(block.timestamp + BOND_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, 0));
        game.claimCredit(challenger);
    }

    function test_claimCredit_withinDelay_reverts() public {
        _resolveAllClaims();
        game.resolve();
        uint256 unlocksAt = block.timestamp + BOND_DELAY;
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, unlocksAt));
        game.claimCredit(challenger);
        vm.warp(unlocksAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, unlocksAt));
        game.claimCredit(challenger);
        assertEq(game.credit(challenger), _bondAt(1));
        assertEq(address(game).balance, _bondAt(1));
    }

    function test_claimCredit_atUnlockBoundary_succeeds() public {
        _resolveAllClaims();
        game.resolve();
        vm.warp(uint256(game.resolvedAt()) + BOND_DELAY);
        uint256 before = challenger.balance;
        game.claimCredit(challenger);
        assertEq(challenger.balance, before + _bondAt(1));
        assertEq(address(game).balance, 0);
    }

    function test_claimCredit_zeroDelay_paysAtResolution_succeeds() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.bondClaimDelay = 0;
        game = _newGame(cfg, honest.level1(TRANSITIONS), _honestAt(2));
        _resolveAllClaims();
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, 0));
        game.claimCredit(challenger);
        game.resolve();
        assertEq(game.bondsUnlockAt(), block.timestamp);
        game.claimCredit(challenger); // in the block that resolved the game
        assertEq(address(game).balance, 0);
    }

    function test_claimCredit_lockedBeforeNoCredit_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, 0));
        game.claimCredit(alice);
    }

    function test_claimCredit_nothing_reverts() public {
        _resolveAndUnlock();
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.NoCreditToClaim.selector, alice));
        game.claimCredit(alice);
    }

    function test_claimCredit_twice_reverts() public {
        _resolveAndUnlock();
        game.claimCredit(challenger);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.NoCreditToClaim.selector, challenger));
        game.claimCredit(challenger);
    }

    function test_claimCredit_recipientRejects_reverts() public {
        address r = address(new DisputeGame_Rejecter());
        game = cloner.create{value: _bondAt(1)}(
            impl, _args(_cfg(), alphabet, abi.encode(TRANSITIONS), WRONG, 0, TRANSITIONS), proposer, r, WRONG
        );
        _resolveAndUnlock();
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.TransferFailed.selector, r, _bondAt(1)));
        game.claimCredit(r);
        assertEq(game.credit(r), _bondAt(1));
    }

    function test_claimCredit_reentrancy_paysOnce_succeeds() public {
        DisputeGame_Reentrant r = new DisputeGame_Reentrant();
        game = cloner.create{value: _bondAt(1)}(
            impl, _args(_cfg(), alphabet, abi.encode(TRANSITIONS), WRONG, 0, TRANSITIONS), proposer, address(r), WRONG
        );
        r.setGame(game);
        _resolveAndUnlock();
        game.claimCredit(address(r));
        assertEq(r.received(), _bondAt(1));
        assertFalse(r.reentered());
        assertEq(address(game).balance, 0);
    }

    /// @dev Whatever the delay, claimCredit pays exactly from resolvedAt + delay on.
    function testFuzz_claimCredit_paysIffUnlocked_succeeds(uint64 delay, uint256 wait) public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.bondClaimDelay = uint64(bound(delay, 0, 30 days));
        wait = bound(wait, 0, 2 * uint256(cfg.bondClaimDelay) + 1);
        game = _newGame(cfg, honest.level1(TRANSITIONS), _honestAt(2));
        _resolveAllClaims();
        game.resolve();
        uint256 unlocksAt = block.timestamp + cfg.bondClaimDelay;
        assertEq(game.bondsUnlockAt(), unlocksAt);
        vm.warp(block.timestamp + wait);
        if (block.timestamp < unlocksAt) {
            vm.expectRevert(abi.encodeWithSelector(IDisputeGame.BondsLocked.selector, unlocksAt));
            game.claimCredit(challenger);
            assertEq(address(game).balance, _bondAt(1));
        } else {
            game.claimCredit(challenger);
            assertEq(address(game).balance, 0);
        }
    }
}

contract DisputeGame_BondsUnlockAt_Test is DisputeGame_TestInit {
    function test_bondsUnlockAt_inProgress_isZero_succeeds() public {
        assertEq(game.bondsUnlockAt(), 0);
        _resolveAllClaims(); // every subgame resolved and credited, the game not
        assertEq(game.bondsUnlockAt(), 0);
    }

    function test_bondsUnlockAt_resolved_isResolvedAtPlusDelay_succeeds() public {
        _resolveAllClaims();
        game.resolve();
        uint256 at = block.timestamp + BOND_DELAY;
        assertEq(game.bondsUnlockAt(), at);
        vm.warp(at + 1 days);
        assertEq(game.bondsUnlockAt(), at);
    }

    function test_bondsUnlockAt_zeroDelay_isResolvedAt_succeeds() public {
        IDisputeGame.GameConfig memory cfg = _cfg();
        cfg.bondClaimDelay = 0;
        game = _newGame(cfg, honest.level1(TRANSITIONS), _honestAt(2));
        _resolveAllClaims();
        game.resolve();
        assertEq(game.bondsUnlockAt(), game.resolvedAt());
    }
}

contract DisputeGame_GetRequiredBond_Test is DisputeGame_TestInit {
    function test_getRequiredBond_knownValues_succeeds() public view {
        assertEq(game.getRequiredBond(Position.wrap(1)), 1 ether);
        assertEq(game.getRequiredBond(Position.wrap(2)), 1.5 ether);
        assertEq(game.getRequiredBond(Position.wrap(7)), 2.25 ether);
        assertEq(game.getRequiredBond(Position.wrap(8)), 3.375 ether);
        assertEq(game.getRequiredBond(Position.wrap(255)), 17.0859375 ether);
    }

    function test_getRequiredBond_pastMaxDepth_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.GameDepthExceeded.selector, 8, 7));
        game.getRequiredBond(Position.wrap(256));
    }

    function test_requiredBond_roundsDownPerLevel_succeeds() public pure {
        // 3 wei × 1.5 = 4.5 → 4, × 1.5 = 6, × 1.5 = 9 (the exact 3 × 3.375 = 10.125 rounds to 10).
        assertEq(LibBond.requiredBond(3, 5000, 3), 9);
        assertEq(LibBond.requiredBond(0, 5000, 100), 0);
        assertEq(LibBond.requiredBond(7, 0, 126), 7);
    }

    function test_requiredBond_saturates_succeeds() public pure {
        assertEq(LibBond.requiredBond(type(uint128).max, 1, 1), type(uint256).max);
        assertEq(LibBond.requiredBond(type(uint128).max, 0, 126), type(uint128).max);
        assertEq(LibBond.requiredBond(1 ether, type(uint32).max, 126), type(uint256).max);
    }

    function testFuzz_requiredBond_monotonic_succeeds(uint128 base, uint32 growth, uint256 d) public pure {
        d = bound(d, 0, 125);
        uint256 a = LibBond.requiredBond(base, growth, d);
        uint256 b = LibBond.requiredBond(base, growth, d + 1);
        assertGe(b, a);
        assertGe(a, base);
    }

    /// @dev The unchecked loop computes what the per-level definition says, with checked arithmetic and a check
    ///      before each level (the formula as first written), for any inputs the config allows.
    function testFuzz_requiredBond_matchesDefinition_succeeds(uint256 base, uint32 growth, uint256 d) public pure {
        base = bound(base, 0, uint256(type(uint128).max) + 1);
        d = bound(d, 0, 126);
        uint256 want = base;
        bool saturated;
        for (uint256 i; i < d; ++i) {
            if (want > type(uint128).max) {
                saturated = true;
                break;
            }
            want = want * (10_000 + uint256(growth)) / 10_000;
        }
        if (saturated || want > type(uint128).max) want = type(uint256).max;
        assertEq(LibBond.requiredBond(base, growth, d), want);
    }

    /// @dev floor(exact) - got <= Σ_{k<d} r^k with r = f / 10000: each level truncates under 1 wei, which the later
    ///      levels scale up.
    function testFuzz_requiredBond_errorBound_succeeds(uint96 base, uint16 growth, uint256 d) public pure {
        d = bound(d, 0, 8);
        uint256 f = 10_000 + uint256(growth);
        uint256 num = base;
        uint256 den = 1;
        for (uint256 i; i < d; ++i) {
            num *= f;
            den *= 10_000;
        }
        uint256 got = LibBond.requiredBond(base, growth, d);
        assertLe(got, num / den);
        if (growth == 0) assertEq(got, base);
        if (d == 0) return;
        // (exact - got) × 10000^(d-1) <= Σ_{k<d} f^k × 10000^(d-1-k), with exact = num / den as a rational.
        uint256 s;
        uint256 fk = 1;
        for (uint256 k; k < d; ++k) {
            s += fk * 10_000 ** (d - 1 - k);
            fk *= f;
        }
        assertLe(num - got * den, s * 10_000);
    }
}

contract DisputeGame_TransitionOf_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    DisputeGame_Harness internal h;

    function setUp() public override {
        super.setUp();
        h = DisputeGame_Harness(
            address(
                cloner.create{value: _bondAt(1)}(
                    new DisputeGame_Harness(),
                    _args(_cfg(), alphabet, abi.encode(uint256(6)), WRONG, bytes32(0), 6),
                    address(1),
                    address(2),
                    WRONG
                )
            )
        );
    }

    function test_transitionOf_level2Roots_succeeds() public view {
        // attack(c) = 2c roots transition index(c); defend(c) = 2(c + 1) roots index(c) + 1.
        for (uint128 c = 8; c < 16; c += 2) {
            assertEq(h.transitionOf(Position.wrap(c).attack()), c - 8);
            assertEq(h.transitionOf(Position.wrap(c).defend()), c - 8 + 1);
        }
        assertEq(h.transitionOf(Position.wrap(16)), 0);
        assertEq(h.transitionOf(Position.wrap(30)), 7);
    }

    function testFuzz_transitionOf_sameForSubgame_succeeds(uint256 idx, uint256 depth, uint256 below) public view {
        // Every position below the level-2 root e (and the step positions under its leaves) has e's transition,
        // which is the split-depth index of e >> 1, i.e. of leaf >> (maxDepth - splitDepth).
        idx = bound(idx, 0, (1 << (SPLIT_DEPTH + 1)) - 1);
        Position e = LibPosition.wrap(SPLIT_DEPTH + 1, idx);
        depth = bound(depth, SPLIT_DEPTH + 1, MAX_DEPTH + 1);
        uint256 levels = depth - SPLIT_DEPTH - 1;
        below = bound(below, 0, (1 << levels) - 1);
        Position q = Position.wrap(uint128(uint256(e.raw()) << levels | below));
        assertEq(h.transitionOf(q), h.transitionOf(e));
        assertEq(h.transitionOf(e), e.parent().indexAtDepth());
        if (depth == MAX_DEPTH) {
            assertEq(h.transitionOf(q), Position.wrap(q.raw() >> (MAX_DEPTH - SPLIT_DEPTH)).indexAtDepth());
        }
    }
}

contract AlphabetVM_Test is Test {
    AlphabetVM internal a = new AlphabetVM();
    bytes internal ctx = abi.encode(uint256(3));

    function test_setup_decodesRecord_succeeds() public view {
        (bytes32 root, bytes32 pre, uint256 t, bytes memory c) = a.setup(abi.encode(uint256(3), bytes32("r")), "");
        assertEq(root, bytes32("r"));
        assertEq(pre, keccak256(abi.encode("L1", uint256(0))));
        assertEq(t, 3);
        assertEq(c, ctx);
    }

    function test_states_encoding_succeeds() public view {
        assertEq(a.level1State(2), keccak256(abi.encode("L1", uint256(2))));
        assertEq(a.microState(2, 5), keccak256(abi.encode("L2", uint256(2), uint256(5))));
    }

    function test_subgamePrestate_succeeds() public view {
        assertEq(a.subgamePrestate(ctx, 1, a.level1State(1), abi.encode(uint256(1))), a.microState(1, 0));
        assertEq(a.subgamePrestate(ctx, 3, bytes32("x"), "junk"), bytes32("x"));
    }

    function test_subgamePrestate_wrongState_reverts() public {
        bytes32 s2 = a.level1State(2);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadPrestatePreimage.selector, 1, s2));
        a.subgamePrestate(ctx, 1, s2, abi.encode(uint256(1)));
    }

    function test_project_succeeds() public view {
        assertEq(a.project(ctx, 2, a.microState(2, 5), abi.encode(uint256(5))), a.level1State(3));
        assertEq(a.project(ctx, 4, bytes32("x"), ""), bytes32("x"));
    }

    function test_project_notFinal_reverts() public {
        bytes32 m = a.microState(0, 4);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.NotFinalState.selector, 0, m));
        a.project(ctx, 0, m, abi.encode(uint256(5)));
    }

    function test_step_succeeds() public view {
        assertEq(a.step(ctx, 0, a.microState(0, 0), abi.encode(uint256(0))), a.microState(0, 1));
        assertEq(a.step(ctx, 0, a.microState(0, 4), abi.encode(uint256(4))), a.microState(0, 5));
        assertEq(a.step(ctx, 0, a.microState(0, 5), abi.encode(uint256(5))), a.microState(0, 5));
        assertEq(a.step(ctx, 3, bytes32("x"), ""), bytes32("x"));
    }

    function test_step_badProof_reverts() public {
        bytes32 m1 = a.microState(0, 1);
        bytes32 m6 = a.microState(0, 6);
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadStepProof.selector, 0, m1));
        a.step(ctx, 0, m1, abi.encode(uint256(2)));
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadStepProof.selector, 0, m6));
        a.step(ctx, 0, m6, abi.encode(uint256(6)));
        vm.expectRevert(abi.encodeWithSelector(AlphabetVM.BadStepProof.selector, 0, m1));
        a.step(ctx, 0, m1, "");
    }
}

/// @dev Whole games between an honest and a dishonest side, move by move.
contract DisputeGame_FullGame_Test is DisputeGame_TestInit {
    function test_fullGame_honestProposerWinsByStep_succeeds() public {
        // The challenger's trace is right up to level-1 state 1 and wrong from micro-step 3 of transition 1.
        game = _newGame(_cfg(), honest.level1(TRANSITIONS), WRONG);
        uint256 i4 = _honestMove(proposer, 1, true); // state 2
        uint256 i8 = _honestMove(challenger, i4, true); // state 1: the challenger agrees, and disputes state 2
        uint256 i18 = _honestMove(proposer, i8, false); // the level-2 root of transition 1
        uint256 i36 = _move(challenger, i18, WRONG, true); // after 4 steps (wrong)
        uint256 i72 = _honestMove(proposer, i36, true); // after 2 steps
        uint256 i146 = _move(challenger, i72, keccak256("3"), false); // after 3 steps (wrong)
        (bytes memory pre, bytes memory proof) = honest.stepData(_claim(i146).position, true);
        vm.prank(proposer);
        game.step(i146, true, pre, proof);

        _resolveAllClaims();
        assertEq(uint8(game.resolve()), uint8(IDisputeGame.GameStatus.DEFENDER_WINS));
        assertEq(_claim(i36).counteredBy, proposer);
        assertEq(_claim(i18).counteredBy, address(0));
        assertEq(_claim(i8).counteredBy, proposer);
        assertEq(_claim(i4).counteredBy, address(0));
        assertEq(_claim(1).counteredBy, proposer);
        // The proposer gets every bond: its own and each one it countered.
        uint256 all = _bondAt(1) + _bondAt(2) + _bondAt(3) + _bondAt(4) + _bondAt(5) + _bondAt(6) + _bondAt(7);
        assertEq(game.credit(proposer), all);
        assertEq(address(game).balance, all);
        _assertConserved(_everyone());
    }

    function test_fullGame_wrongRecordLosesByClock_succeeds() public {
        // A wrong record cannot root a level-2 game against an honest level-1 claim: the projection of the only
        // valid final state is the honest state.
        game = _newGame(_cfg(), WRONG, _honestAt(2));
        uint256 i4 = _move(proposer, 1, _honestAt(4), true); // state 2, right
        uint256 i10 = _honestMove(challenger, i4, false); // state 3, right
        bytes32 v10 = _claim(i10).claim;
        bytes32 e = alphabet.microState(2, 5);
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.UnexpectedRootClaim.selector, v10, v10));
        game.moveExecRoot{value: _bondAt(4)}(v10, i10, e, true, abi.encode(uint256(5)));
        _resolveAllClaims();
        assertEq(uint8(game.resolve()), uint8(IDisputeGame.GameStatus.CHALLENGER_WINS));
        assertEq(game.credit(challenger), _bondAt(1) + _bondAt(2) + _bondAt(3));
    }
}
