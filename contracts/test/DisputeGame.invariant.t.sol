// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {AlphabetVM} from "../src/test/AlphabetVM.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {DisputeGame_Honest} from "./DisputeGameTestInit.sol";
import {GameCloner} from "./helpers/GameCloner.sol";
import {LibGameArgs} from "../src/lib/LibGameArgs.sol";

/// @dev A consistent liar's trace: honest up to level-1 state `bad`, wrong after it, and inside transition `bad`'s
///      level-2 game wrong after micro-step `cut` (as fraud's alphaActor).
contract DisputeGame_Liar is DisputeGame_Honest {
    using LibPosition for Position;

    uint256 public immutable bad;
    uint256 public immutable cut;

    constructor(
        AlphabetVM alphabet_,
        uint256 maxDepth_,
        uint256 splitDepth_,
        uint256 transitions_,
        uint256 bad_,
        uint256 cut_
    ) DisputeGame_Honest(alphabet_, maxDepth_, splitDepth_, transitions_) {
        bad = bad_;
        cut = cut_;
    }

    /// @dev The liar's claim at `p`.
    function valueAt(Position p) public view override returns (bytes32) {
        if (p.depth() <= splitDepth) {
            uint256 i = p.traceIndex(splitDepth) + 1;
            if (i > bad) return keccak256(abi.encode("lie", i));
        } else if (transitionOf(p) == bad && relativeTraceIndex(p) + 1 > cut) {
            return keccak256(abi.encode("lie2", relativeTraceIndex(p)));
        }
        return super.valueAt(p);
    }
}

/// @dev Drives one AlphabetVM game: dishonest actors make random moves and steps (random, honest-looking or copied
///      values) or play op-challenger's solver over a lying trace, time passes, claims get resolved; after every
///      action the honest actor answers as op-challenger's GameSolver does (solver.go: counter every claim it should
///      counter, attacking what it disagrees with and defending what it agrees with; step on leaves), so its clock
///      never runs.
contract DisputeGame_Handler is Test {
    using LibPosition for Position;

    DisputeGame public game;
    DisputeGame_Honest public honest;
    AlphabetVM public alphabet;
    address public honestActor;
    address[2] internal dishonest;
    DisputeGame_Liar[3] internal liars;
    uint256 internal maxDepth;
    uint256 internal splitDepth;
    uint64 internal maxClock;
    uint64 internal bondClaimDelay;

    /// @dev Honest actions that reverted (each must succeed), and why the last one did.
    uint256 public honestFailures;
    bytes public lastHonestFailure;
    /// @dev Honest responses skipped because the contract forbids them (defending a level-2 root).
    uint256 public skippedExecRootDefenses;
    /// @dev Counts of successful dishonest actions, for coverage.
    uint256 public dishonestMoves;
    uint256 public dishonestSteps;
    uint256 public honestMoves;
    uint256 public honestSteps;

    /// @dev Wei sent to the game (by the honest actor) and claimed from it.
    uint256 public deposited;
    uint256 public honestDeposited;
    uint256 public claimed;
    mapping(address => uint256) public claimedBy;
    /// @dev Claims that paid while the bonds were locked (must stay 0), and claims that paid, for coverage.
    uint256 public earlyClaims;
    uint256 public claims;

    /// @dev What the game looked like when it was resolved.
    bool public frozen;
    uint8 public frozenStatus;
    uint64 public frozenAt;
    uint256 public frozenLen;
    mapping(address => uint256) public frozenOwed; // credit + claimed at resolution

    constructor(DisputeGame game_, DisputeGame_Honest honest_, address honestActor_, address d0, address d1) {
        game = game_;
        honest = honest_;
        alphabet = honest_.alphabet();
        honestActor = honestActor_;
        dishonest = [d0, d1];
        IDisputeGame.GameConfig memory c = game_.config();
        maxDepth = c.maxDepth;
        splitDepth = c.splitDepth;
        maxClock = c.maxClockDuration;
        bondClaimDelay = c.bondClaimDelay;
        deposited = address(game_).balance;
        uint256 t = honest_.transitions();
        // Lying from the first transition, from the middle of one, and only in the padding.
        liars[0] = new DisputeGame_Liar(alphabet, maxDepth, splitDepth, t, 0, 0);
        liars[1] = new DisputeGame_Liar(alphabet, maxDepth, splitDepth, t, t / 2, 2);
        liars[2] = new DisputeGame_Liar(alphabet, maxDepth, splitDepth, t, t + 1, 0);
        _respond();
    }

    /// @dev Every address that can hold credit.
    function actors() public view returns (address[] memory a) {
        a = new address[](3);
        (a[0], a[1], a[2]) = (honestActor, dishonest[0], dishonest[1]);
    }

    /// @dev A dishonest actor moves against a random claim with a value chosen by `valueSeed`.
    function dishonestMove(uint256 actorSeed, uint256 parentSeed, bool isAttack, uint256 valueSeed) external {
        address who = dishonest[actorSeed % 2];
        uint256 n = game.claimDataLen();
        // Mostly against one of the latest claims (the honest actor's answers), else any.
        uint256 parent = parentSeed % 4 == 0 || n < 4 ? bound(parentSeed, 0, n - 1) : n - 1 - (parentSeed >> 2) % 3;
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        if (p.position.depth() >= maxDepth) return;
        Position np = p.position.move(isAttack);
        uint256 bond = game.getRequiredBond(np);
        bytes32 value = _pickValue(np, p, valueSeed);
        vm.deal(who, who.balance + bond);
        if (np.depth() == splitDepth + 1) {
            bytes memory pre = valueSeed % 7 == 6 ? bytes("") : honest.execPreimage(np);
            vm.prank(who);
            try game.moveExecRoot{value: bond}(p.claim, parent, value, isAttack, pre) {
                _deposited(bond);
                dishonestMoves++;
            } catch {}
        } else {
            vm.prank(who);
            try game.move{value: bond}(p.claim, parent, value, isAttack) {
                _deposited(bond);
                dishonestMoves++;
            } catch {}
        }
        _respond();
    }

    /// @dev A dishonest actor tries to step against a random leaf, with the proof that opens the honest pre-state
    ///      (the only kind AlphabetVM accepts).
    function dishonestStep(uint256 actorSeed, uint256 leafSeed, bool isAttack) external {
        uint256 n = game.claimDataLen();
        uint256 leaf = bound(leafSeed, 0, n - 1);
        for (uint256 k; k < n; ++k) {
            if (game.claimData(leaf).position.depth() == maxDepth) break;
            leaf = (leaf + 1) % n;
        }
        IDisputeGame.ClaimData memory c = game.claimData(leaf);
        if (c.position.depth() != maxDepth) return;
        (bytes memory pre, bytes memory proof) = honest.stepData(c.position, isAttack);
        vm.prank(dishonest[actorSeed % 2]);
        try game.step(leaf, isAttack, pre, proof) {
            dishonestSteps++;
        } catch {}
        _respond();
    }

    /// @dev A liar (one of three lying traces) plays op-challenger's solver for one round.
    function liarPlays(uint256 seed) external {
        _solve(liars[seed % 3], dishonest[1], false);
        _respond();
    }

    /// @dev Time passes (at most a sixth of a clock, so that games last a run).
    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, maxClock / 6));
        _respond();
    }

    /// @dev Someone tries to resolve a random claim now, in a batch of random size.
    function resolveSome(uint256 seed, uint256 num) external {
        uint256 n = game.claimDataLen();
        try game.resolveClaim(bound(seed, 0, n - 1), bound(num, 0, 3)) {} catch {}
        _respond();
    }

    /// @dev Someone claims an actor's credit, at once or (`waitForUnlock`, once the game is resolved) after warping
    ///      past the bond claim delay; a claim that pays while the bonds are locked is counted in earlyClaims.
    function claimCredit(uint256 actorSeed, bool waitForUnlock) external {
        address who = actors()[actorSeed % 3];
        if (waitForUnlock && game.status() != IDisputeGame.GameStatus.IN_PROGRESS) {
            uint256 unlocksAt = uint256(game.resolvedAt()) + bondClaimDelay;
            if (block.timestamp < unlocksAt) vm.warp(unlocksAt);
        }
        bool locked = game.status() == IDisputeGame.GameStatus.IN_PROGRESS
            || block.timestamp < uint256(game.resolvedAt()) + bondClaimDelay;
        uint256 amount = game.credit(who);
        try game.claimCredit(who) {
            _claimed(who, amount);
            if (locked) earlyClaims++;
        } catch {}
    }

    /// @dev Once the game is resolved: warps past the bond claim delay and claims every actor's credit, each of
    ///      which must pay.
    function claimAll() public {
        require(game.status() != IDisputeGame.GameStatus.IN_PROGRESS, "claimAll: game in progress");
        uint256 unlocksAt = uint256(game.resolvedAt()) + bondClaimDelay;
        if (block.timestamp < unlocksAt) vm.warp(unlocksAt);
        address[] memory a = actors();
        for (uint256 i; i < a.length; ++i) {
            uint256 amount = game.credit(a[i]);
            if (amount == 0) continue;
            game.claimCredit(a[i]);
            _claimed(a[i], amount);
        }
    }

    function _claimed(address who, uint256 amount) internal {
        claimed += amount;
        claimedBy[who] += amount;
        claims++;
    }

    /// @dev Rarely (seed ≡ 0 mod 16), runs every clock out and resolves the whole game.
    function resolveAll(uint256 seed) external {
        if (seed % 16 == 0) finish();
    }

    /// @dev Runs every clock out, resolves every subgame bottom-up in random batch sizes and then the game.
    function finish() public {
        if (game.status() != IDisputeGame.GameStatus.IN_PROGRESS) return;
        vm.warp(block.timestamp + maxClock + 1);
        for (uint256 i = game.claimDataLen(); i > 0; --i) {
            while (!game.resolvedSubgames(i - 1)) {
                game.resolveClaim(i - 1, 2);
            }
        }
        game.resolve();
        frozen = true;
        frozenStatus = uint8(game.status());
        frozenAt = game.resolvedAt();
        frozenLen = game.claimDataLen();
        address[] memory a = actors();
        for (uint256 i; i < a.length; ++i) {
            frozenOwed[a[i]] = game.credit(a[i]) + claimedBy[a[i]];
        }
    }

    function _deposited(uint256 amount) internal {
        deposited += amount;
    }

    /// @dev A value for a dishonest claim at `np` under `p`: honest, wrong, another position's honest value, the
    ///      parent's value, or (for a level-2 root) the only projectable state or a micro-state of another step.
    function _pickValue(Position np, IDisputeGame.ClaimData memory p, uint256 seed) internal view returns (bytes32) {
        uint256 kind = seed % 5;
        if (np.depth() == splitDepth + 1 && kind < 3) return honest.valueAt(np);
        if (kind == 0) return honest.valueAt(np);
        if (kind == 1) return keccak256(abi.encode("wrong", seed % 3));
        if (kind == 2) return p.claim;
        if (kind == 3) {
            uint256 d = np.depth();
            return honest.valueAt(LibPosition.wrap(d, (seed >> 8) % (1 << d)));
        }
        return alphabet.microState((seed >> 8) % 8, (seed >> 16) % 6);
    }

    /// @dev The honest actor's turn.
    function _respond() internal {
        _solve(honest, honestActor, true);
    }

    /// @dev One round of op-challenger's GameSolver.CalculateNextActions for `actor` over `trace`, with its
    ///      honestClaimTracker (a claim is the actor's iff it is the root it agrees with or its counter of the
    ///      claim's parent). `counted`: failures are recorded (the honest actor's must all succeed).
    function _solve(DisputeGame_Honest trace, address actor, bool counted) internal {
        if (game.status() != IDisputeGame.GameStatus.IN_PROGRESS) return;
        uint256 n = game.claimDataLen();
        IDisputeGame.ClaimData[] memory cs = new IDisputeGame.ClaimData[](n);
        bool[] memory isHonest = new bool[](n);
        bool[] memory hasCounter = new bool[](n);
        Position[] memory counterPos = new Position[](n);
        bytes32[] memory counterVal = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            cs[i] = game.claimData(i);
        }
        for (uint256 i; i < n; ++i) {
            if (i == 0) {
                isHonest[0] = cs[0].claim == trace.valueAt(cs[0].position);
            } else {
                uint256 p = cs[i].parentIndex;
                isHonest[i] =
                    hasCounter[p] && counterPos[p].raw() == cs[i].position.raw() && counterVal[p] == cs[i].claim;
            }
            if (!_shouldCounter(i, cs, isHonest, hasCounter, counterPos)) continue;
            bool agree = cs[i].claim == trace.valueAt(cs[i].position);
            if (cs[i].position.depth() == maxDepth) {
                if (cs[i].counteredBy != address(0) || game.resolvedSubgames(i)) continue;
                _step(trace, actor, counted, i, cs[i].position, !agree);
                continue;
            }
            if (agree && i == 0) continue; // the root cannot be defended
            Position np = cs[i].position.move(!agree);
            (hasCounter[i], counterPos[i], counterVal[i]) = (true, np, trace.valueAt(np));
            if (agree && np.depth() == splitDepth + 2) {
                // op-challenger would try to defend a level-2 root; the game refuses it.
                if (counted) skippedExecRootDefenses++;
                continue;
            }
            if (_exists(cs, n, i, np, counterVal[i])) continue;
            _move(trace, actor, counted, i, cs[i].claim, np, counterVal[i], !agree);
        }
    }

    /// @dev solver.go claimSolver.shouldCounter.
    function _shouldCounter(
        uint256 i,
        IDisputeGame.ClaimData[] memory cs,
        bool[] memory isHonest,
        bool[] memory hasCounter,
        Position[] memory counterPos
    ) internal view returns (bool) {
        if (isHonest[i]) return false;
        if (i == 0) return true;
        uint256 p = cs[i].parentIndex;
        if (isHonest[p]) return true;
        if (!hasCounter[p]) return false;
        return cs[i].position.traceIndex(maxDepth) <= counterPos[p].traceIndex(maxDepth);
    }

    function _exists(IDisputeGame.ClaimData[] memory cs, uint256 n, uint256 parent, Position pos, bytes32 value)
        internal
        pure
        returns (bool)
    {
        for (uint256 j = parent + 1; j < n; ++j) {
            if (cs[j].parentIndex == parent && cs[j].position.raw() == pos.raw() && cs[j].claim == value) return true;
        }
        return false;
    }

    function _move(
        DisputeGame_Honest trace,
        address actor,
        bool counted,
        uint256 parent,
        bytes32 disputed,
        Position np,
        bytes32 value,
        bool isAttack
    ) internal {
        uint256 bond = game.getRequiredBond(np);
        vm.deal(actor, actor.balance + bond);
        bool ok;
        bytes memory err;
        if (np.depth() == splitDepth + 1) {
            bytes memory pre = trace.execPreimage(np);
            vm.prank(actor);
            try game.moveExecRoot{value: bond}(disputed, parent, value, isAttack, pre) {
                ok = true;
            } catch (bytes memory e) {
                err = e;
            }
        } else {
            vm.prank(actor);
            try game.move{value: bond}(disputed, parent, value, isAttack) {
                ok = true;
            } catch (bytes memory e) {
                err = e;
            }
        }
        if (ok) {
            _deposited(bond);
            if (counted) {
                honestDeposited += bond;
                honestMoves++;
            } else {
                dishonestMoves++;
            }
        } else if (counted) {
            _failed(err);
        }
    }

    function _step(DisputeGame_Honest trace, address actor, bool counted, uint256 leaf, Position pos, bool isAttack)
        internal
    {
        (bytes memory pre, bytes memory proof) = trace.stepData(pos, isAttack);
        vm.prank(actor);
        try game.step(leaf, isAttack, pre, proof) {
            if (counted) honestSteps++;
            else dishonestSteps++;
        } catch (bytes memory err) {
            if (counted) _failed(err);
        }
    }

    function _failed(bytes memory err) internal {
        honestFailures++;
        lastHonestFailure = err;
    }
}

/// @dev The invariants, for a game whose honest side is chosen by the concrete suite.
abstract contract DisputeGame_Invariant_Test is Test {
    uint256 internal constant TRANSITIONS = 6;

    DisputeGame_Handler internal handler;
    DisputeGame internal game;
    bool internal rootHonest;

    address internal honestActor = makeAddr("honest");
    address internal d0 = makeAddr("dishonest0");
    address internal d1 = makeAddr("dishonest1");

    /// @dev (root claim, claim 1, proposer, challenger) of the game under test.
    function _game(DisputeGame_Honest h)
        internal
        view
        virtual
        returns (bytes32 root, bytes32 first, address proposer, address challenger);

    /// @dev Half a clock: longer than one warp (a sixth of a clock), so claims land on both sides of the unlock.
    uint64 internal constant BOND_DELAY = 12 hours;

    function setUp() public {
        vm.warp(1_000_000);
        AlphabetVM alphabet = new AlphabetVM();
        IDisputeGame.GameConfig memory cfg = IDisputeGame.GameConfig({
            maxDepth: 7,
            splitDepth: 3,
            maxClockDuration: 1 days,
            clockExtension: 1 hours,
            baseBond: 1 ether,
            bondGrowthBps: 5000,
            bondClaimDelay: BOND_DELAY
        });
        DisputeGame_Honest h = new DisputeGame_Honest(alphabet, 7, 3, TRANSITIONS);
        (bytes32 root, bytes32 first, address proposer, address challenger) = _game(h);
        rootHonest = root == h.level1(TRANSITIONS);
        GameCloner cloner = new GameCloner();
        bytes memory args = _args(cfg, alphabet, address(cloner), root);
        game = cloner.create{value: 1.5 ether}(new DisputeGame(), args, proposer, challenger, first);
        handler = new DisputeGame_Handler(game, h, honestActor, d0, d1);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = DisputeGame_Handler.dishonestMove.selector;
        selectors[1] = DisputeGame_Handler.dishonestStep.selector;
        selectors[2] = DisputeGame_Handler.warp.selector;
        selectors[3] = DisputeGame_Handler.resolveSome.selector;
        selectors[4] = DisputeGame_Handler.claimCredit.selector;
        selectors[5] = DisputeGame_Handler.resolveAll.selector;
        selectors[6] = DisputeGame_Handler.liarPlays.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev The clone args of the game `cloner` creates now over TRANSITIONS transitions claiming `root`.
    function _args(IDisputeGame.GameConfig memory cfg, AlphabetVM alphabet, address cloner, bytes32 root)
        internal
        view
        returns (bytes memory)
    {
        return LibGameArgs.encode(
            cfg,
            alphabet,
            cloner,
            uint64(block.timestamp),
            root,
            alphabet.level1State(0),
            TRANSITIONS,
            abi.encode(TRANSITIONS)
        );
    }

    function _expected() internal view returns (IDisputeGame.GameStatus) {
        return rootHonest ? IDisputeGame.GameStatus.DEFENDER_WINS : IDisputeGame.GameStatus.CHALLENGER_WINS;
    }

    /// @dev Every invariant, after every call (one campaign for all four: each is checked on every run).
    function invariant_game() public view {
        _checkHonestActionsSucceed();
        _checkHonestSideWins();
        _checkBondsConserved();
        _checkResolvedGameIsFrozen();
        _checkBondsLockedUntilUnlock();
    }

    /// @dev No claim paid while the game was in progress or before resolvedAt + bondClaimDelay.
    function _checkBondsLockedUntilUnlock() internal view {
        assertEq(handler.earlyClaims(), 0, "no bond claimed while locked");
        if (game.status() == IDisputeGame.GameStatus.IN_PROGRESS) {
            assertEq(game.bondsUnlockAt(), 0, "no unlock time while in progress");
            assertEq(handler.claimed(), 0, "nothing claimed while in progress");
        } else {
            assertEq(game.bondsUnlockAt(), uint256(game.resolvedAt()) + BOND_DELAY, "unlock time");
        }
    }

    /// @dev Everything the honest actor tries goes through.
    function _checkHonestActionsSucceed() internal view {
        assertEq(
            handler.honestFailures(),
            0,
            string.concat("honest action reverted: ", vm.toString(handler.lastHonestFailure()))
        );
    }

    /// @dev Once resolved, the honest side has won.
    function _checkHonestSideWins() internal view {
        if (game.status() != IDisputeGame.GameStatus.IN_PROGRESS) {
            assertEq(uint8(game.status()), uint8(_expected()), "honest side wins");
        }
    }

    /// @dev The game holds the bonds of its unresolved claims plus the unclaimed credits, and every wei sent to it is
    ///      there or was claimed.
    function _checkBondsConserved() internal view {
        uint256 owed;
        uint256 n = game.claimDataLen();
        for (uint256 i; i < n; ++i) {
            if (!game.resolvedSubgames(i)) owed += game.claimData(i).bond;
        }
        address[] memory a = handler.actors();
        for (uint256 i; i < a.length; ++i) {
            owed += game.credit(a[i]);
        }
        assertEq(address(game).balance, owed, "balance = unresolved bonds + credits");
        assertEq(address(game).balance + handler.claimed(), handler.deposited(), "deposits = balance + claimed");
    }

    /// @dev A resolved game never changes: status, resolution time, claims and each actor's credit (claimed or not).
    function _checkResolvedGameIsFrozen() internal view {
        if (!handler.frozen()) return;
        assertEq(uint8(game.status()), handler.frozenStatus(), "frozen status");
        assertEq(game.resolvedAt(), handler.frozenAt(), "frozen resolvedAt");
        assertEq(game.claimDataLen(), handler.frozenLen(), "frozen claims");
        address[] memory a = handler.actors();
        for (uint256 i; i < a.length; ++i) {
            assertEq(game.credit(a[i]) + handler.claimedBy(a[i]), handler.frozenOwed(a[i]), "frozen credit");
        }
    }

    /// @dev At the end of every run the game is played out: the honest side wins, every bond is credited, every
    ///      claim the honest actor made stands; after the bond claim delay every credit is paid out, leaving the
    ///      game empty, and the honest actor ends with at least what it put in.
    function afterInvariant() public {
        handler.finish();
        assertEq(uint8(game.status()), uint8(_expected()), "honest side wins");
        _checkHonestActionsSucceed();
        _checkBondsConserved();
        _checkBondsLockedUntilUnlock();
        address h = handler.honestActor();
        for (uint256 i; i < game.claimDataLen(); ++i) {
            IDisputeGame.ClaimData memory c = game.claimData(i);
            if (c.claimant == h) assertEq(c.counteredBy, address(0), "an honest claim stands");
        }
        handler.claimAll();
        _checkBondsConserved();
        assertEq(address(game).balance, 0, "every bond paid out");
        assertGe(handler.claimedBy(h), handler.honestDeposited(), "honest actor loses no bond");
    }
}

/// @dev An honest record, disputed by a dishonest challenger whose first claim is wrong.
contract DisputeGame_HonestRoot_Invariant_Test is DisputeGame_Invariant_Test {
    function _game(DisputeGame_Honest h) internal view override returns (bytes32, bytes32, address, address) {
        return (h.level1(TRANSITIONS), keccak256("wrong first"), honestActor, d0);
    }
}

/// @dev An honest record, disputed by a dishonest challenger whose first claim is right (it lies further down).
contract DisputeGame_HonestRootRightFirst_Invariant_Test is DisputeGame_Invariant_Test {
    function _game(DisputeGame_Honest h) internal view override returns (bytes32, bytes32, address, address) {
        return (h.level1(TRANSITIONS), h.valueAt(Position.wrap(2)), honestActor, d0);
    }
}

/// @dev A wrong record, disputed by the honest challenger.
contract DisputeGame_WrongRoot_Invariant_Test is DisputeGame_Invariant_Test {
    function _game(DisputeGame_Honest h) internal view override returns (bytes32, bytes32, address, address) {
        return (keccak256("wrong root"), h.valueAt(Position.wrap(2)), d0, honestActor);
    }
}
