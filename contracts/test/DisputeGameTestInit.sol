// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../src/interfaces/IDisputeVM.sol";
import {AlphabetVM} from "../src/test/AlphabetVM.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {GameCloner} from "./helpers/GameCloner.sol";
import {LibGameArgs} from "../src/lib/LibGameArgs.sol";

/// @dev The honest trace of an AlphabetVM game (the AlphabetVM NatSpec's encoding), as op-challenger's split trace
///      provider would compute it: level-1 positions claim level1State(traceIndex + 1), level-2 positions the
///      micro-state after (relative trace index + 1) steps of their transition, clamped at the program's end.
contract DisputeGame_Honest {
    using LibPosition for Position;

    AlphabetVM public immutable alphabet;
    uint256 public immutable maxDepth;
    uint256 public immutable splitDepth;
    uint256 public immutable transitions;

    constructor(AlphabetVM alphabet_, uint256 maxDepth_, uint256 splitDepth_, uint256 transitions_) {
        alphabet = alphabet_;
        maxDepth = maxDepth_;
        splitDepth = splitDepth_;
        transitions = transitions_;
    }

    /// @dev The transition of the level-2 subgame holding `p` (as DisputeGame._transitionOf).
    function transitionOf(Position p) public view returns (uint256) {
        return Position.wrap(p.raw() >> (p.depth() - splitDepth)).indexAtDepth();
    }

    /// @dev Honest level-1 state i (indices past the last repeat it).
    function level1(uint256 i) public view returns (bytes32) {
        return alphabet.level1State(i < transitions ? i : transitions);
    }

    /// @dev The index of `p`'s rightmost leaf among the leaves of its level-2 subgame.
    function relativeTraceIndex(Position p) public view returns (uint256) {
        return p.traceIndex(maxDepth) % (1 << (maxDepth - splitDepth - 1));
    }

    /// @dev The honest claim at `p`.
    function valueAt(Position p) public view virtual returns (bytes32) {
        if (p.depth() <= splitDepth) return level1(p.traceIndex(splitDepth) + 1);
        uint256 t = transitionOf(p);
        if (t >= transitions) return level1(transitions);
        uint256 k = relativeTraceIndex(p) + 1;
        return alphabet.microState(t, k < alphabet.STEPS() ? k : alphabet.STEPS());
    }

    /// @dev The preimage opening the honest level-2 root at `e`.
    function execPreimage(Position e) public view returns (bytes memory) {
        return transitionOf(e) >= transitions ? bytes("") : abi.encode(alphabet.STEPS());
    }

    /// @dev The honest step data for an attack or defense step on the leaf at `leaf`, assuming honest pre-states.
    function stepData(Position leaf, bool isAttack) public view returns (bytes memory prestate, bytes memory proof) {
        uint256 t = transitionOf(leaf);
        if (t >= transitions) return ("", "");
        uint256 j = relativeTraceIndex(leaf);
        uint256 k = isAttack ? j : j + 1;
        if (k > alphabet.STEPS()) k = alphabet.STEPS();
        if (isAttack && j == 0) prestate = abi.encode(t);
        proof = abi.encode(k);
    }
}

/// @dev Shared fixture: an AlphabetVM game of TRANSITIONS transitions with maxDepth 7, splitDepth 3 (level-1 leaves at
///      depth 3, 8 trace indices, so transitions 6 and 7 are padding; level-2 subgames of depth 3, 8 leaves for
///      AlphabetVM's 5 steps), a one-day clock with one-hour extensions, bonds of 1 ether × 1.5^depth claimable two
///      days after the game resolves.
abstract contract DisputeGame_TestInit is Test {
    using LibPosition for Position;

    uint256 internal constant TRANSITIONS = 6;
    uint8 internal constant MAX_DEPTH = 7;
    uint8 internal constant SPLIT_DEPTH = 3;
    uint64 internal constant MAX_CLOCK = 1 days;
    uint64 internal constant EXTENSION = 1 hours;
    uint128 internal constant BASE_BOND = 1 ether;
    uint32 internal constant GROWTH_BPS = 5000;
    uint64 internal constant BOND_DELAY = 2 days;

    AlphabetVM internal alphabet;
    DisputeGame_Honest internal honest;
    DisputeGame internal game;
    /// @dev The implementation every test game is a clone of, and the cloner that creates (and so initializes) them.
    DisputeGame internal impl;
    GameCloner internal cloner;

    address internal proposer = makeAddr("proposer");
    address internal challenger = makeAddr("challenger");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    bytes32 internal constant WRONG = keccak256("wrong");

    function setUp() public virtual {
        vm.warp(1_000_000);
        alphabet = new AlphabetVM();
        impl = new DisputeGame();
        cloner = new GameCloner();
        honest = new DisputeGame_Honest(alphabet, MAX_DEPTH, SPLIT_DEPTH, TRANSITIONS);
        vm.deal(proposer, 1000 ether);
        vm.deal(challenger, 1000 ether);
        vm.deal(alice, 1000 ether);
        vm.deal(bob, 1000 ether);
        game = _newGame(_cfg(), honest.level1(TRANSITIONS), _honestAt(2));
    }

    function _cfg() internal pure returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: MAX_DEPTH,
            splitDepth: SPLIT_DEPTH,
            maxClockDuration: MAX_CLOCK,
            clockExtension: EXTENSION,
            baseBond: BASE_BOND,
            bondGrowthBps: GROWTH_BPS,
            bondClaimDelay: BOND_DELAY
        });
    }

    /// @dev 1 ether × 1.5^depth, rounded down per level.
    function _bondAt(uint256 depth) internal pure returns (uint256 b) {
        b = BASE_BOND;
        for (uint256 i; i < depth; ++i) {
            b = b * 15_000 / 10_000;
        }
    }

    /// @dev A game over TRANSITIONS transitions claiming `root`, with claim 1 `first` by the challenger.
    function _newGame(IDisputeGame.GameConfig memory cfg, bytes32 root, bytes32 first) internal returns (DisputeGame) {
        return cloner.create{value: _bondAt(1)}(
            impl,
            _args(cfg, alphabet, abi.encode(TRANSITIONS), root, alphabet.level1State(0), TRANSITIONS),
            proposer,
            challenger,
            first
        );
    }

    /// @dev The clone args of a game created now by `cloner` (LibGameArgs).
    function _args(
        IDisputeGame.GameConfig memory cfg,
        IDisputeVM vm_,
        bytes memory ctx,
        bytes32 root,
        bytes32 prestate,
        uint256 transitions
    ) internal view returns (bytes memory) {
        return LibGameArgs.encode(cfg, vm_, address(cloner), uint64(block.timestamp), root, prestate, transitions, ctx);
    }

    function _pos(uint128 g) internal pure returns (Position) {
        return Position.wrap(g);
    }

    function _honestAt(uint128 g) internal view returns (bytes32) {
        return honest.valueAt(Position.wrap(g));
    }

    function _claim(uint256 i) internal view returns (IDisputeGame.ClaimData memory) {
        return game.claimData(i);
    }

    /// @dev `who` moves against claim `parent` claiming `value`; returns the new claim's index.
    function _move(address who, uint256 parent, bytes32 value, bool isAttack) internal returns (uint256) {
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        uint256 bond = game.getRequiredBond(p.position.move(isAttack));
        vm.prank(who);
        game.move{value: bond}(p.claim, parent, value, isAttack);
        return game.claimDataLen() - 1;
    }

    /// @dev `who` moves against claim `parent` with the honest claim at the new position (through moveExecRoot when
    ///      it roots a level-2 subgame).
    function _honestMove(address who, uint256 parent, bool isAttack) internal returns (uint256) {
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        Position np = p.position.move(isAttack);
        if (np.depth() == SPLIT_DEPTH + 1) {
            return _execRoot(who, parent, honest.valueAt(np), isAttack, honest.execPreimage(np));
        }
        return _move(who, parent, honest.valueAt(np), isAttack);
    }

    /// @dev `who` roots a level-2 subgame against claim `parent` with `value` opened by `preimage`.
    function _execRoot(address who, uint256 parent, bytes32 value, bool isAttack, bytes memory preimage)
        internal
        returns (uint256)
    {
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        uint256 bond = game.getRequiredBond(p.position.move(isAttack));
        vm.prank(who);
        game.moveExecRoot{value: bond}(p.claim, parent, value, isAttack, preimage);
        return game.claimDataLen() - 1;
    }

    /// @dev Runs every clock out and resolves every subgame bottom-up (children always have larger indices).
    function _resolveAllClaims() internal {
        vm.warp(block.timestamp + MAX_CLOCK + 1);
        for (uint256 i = game.claimDataLen(); i > 0; --i) {
            if (!game.resolvedSubgames(i - 1)) game.resolveClaim(i - 1, 0);
        }
    }

    /// @dev Resolves every subgame and the game, then waits out the bond claim delay.
    function _resolveAndUnlock() internal {
        _resolveAllClaims();
        game.resolve();
        vm.warp(game.bondsUnlockAt());
    }

    /// @dev The game's balance equals the bonds of unresolved claims plus the credits of `who`, which must name
    ///      every creditor.
    function _assertConserved(address[] memory who) internal view {
        uint256 owed;
        for (uint256 i; i < game.claimDataLen(); ++i) {
            if (!game.resolvedSubgames(i)) owed += game.claimData(i).bond;
        }
        for (uint256 i; i < who.length; ++i) {
            owed += game.credit(who[i]);
        }
        assertEq(address(game).balance, owed, "bonds conserved");
    }

    function _everyone() internal view returns (address[] memory a) {
        a = new address[](4);
        (a[0], a[1], a[2], a[3]) = (proposer, challenger, alice, bob);
    }
}
