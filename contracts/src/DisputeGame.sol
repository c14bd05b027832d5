// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame, Clock} from "./interfaces/IDisputeGame.sol";
import {IDisputeVM} from "./interfaces/IDisputeVM.sol";
import {LibPosition, Position} from "./lib/LibPosition.sol";
import {LibClock} from "./lib/LibClock.sol";
import {LibBond} from "./lib/LibBond.sol";
import {LibGameConfig} from "./lib/LibGameConfig.sol";

/// @title DisputeGame
/// @notice One bisection game over one disputed record, with Optimism FaultDisputeGame's rules (moves, chess clocks
///         with extensions, step, bottom-up resolution paying the left-most uncountered child) so that
///         op-challenger's solver plays it unchanged. Differences from FaultDisputeGame: the root claim carries no
///         bond and claim 1, the first attack on it, is made at creation; the level-2 root claim of each transition
///         is opened and projected on-chain (moveExecRoot) instead of carrying a VM status byte; the level-2 absolute
///         prestate of a transition is derived on-chain from its level-1 pre-state (IDisputeVM.subgamePrestate);
///         bonds are credited to a plain mapping and pulled with claimCredit once the game is resolved and its
///         bondClaimDelay has passed (DelayedWETH's delay, with no WETH, guardian hold, refund mode or anchor).
contract DisputeGame is IDisputeGame {
    using LibPosition for Position;
    using LibClock for Clock;

    /// @notice resolveClaim's progress through the children of one claim (FaultDisputeGame's ResolutionCheckpoint).
    struct ResolutionCheckpoint {
        bool initialCheckpointComplete; // the first call has been made
        uint32 subgameIndex; // children examined so far
        Position leftmostPosition; // position of the left-most uncountered child seen so far
        address counteredBy; // its claimant
    }

    /// @notice The parent index of the root claim.
    uint32 internal constant NO_PARENT = type(uint32).max;

    uint256 internal immutable MAX_DEPTH;
    uint256 internal immutable SPLIT_DEPTH;
    uint64 internal immutable MAX_CLOCK_DURATION;
    uint64 internal immutable CLOCK_EXTENSION;
    uint128 internal immutable BASE_BOND;
    uint32 internal immutable BOND_GROWTH_BPS;
    uint64 internal immutable BOND_CLAIM_DELAY;
    IDisputeVM internal immutable VM;

    /// @inheritdoc IDisputeGame
    bytes32 public immutable rootClaim;
    /// @inheritdoc IDisputeGame
    bytes32 public immutable absolutePrestate;
    /// @inheritdoc IDisputeGame
    uint256 public immutable transitions;
    /// @inheritdoc IDisputeGame
    address public immutable creator;
    /// @inheritdoc IDisputeGame
    uint64 public immutable createdAt;

    /// @inheritdoc IDisputeGame
    GameStatus public status;
    /// @inheritdoc IDisputeGame
    uint64 public resolvedAt;
    /// @inheritdoc IDisputeGame
    mapping(address => uint256) public credit;
    /// @inheritdoc IDisputeGame
    mapping(uint256 => bool) public resolvedSubgames;

    bytes internal _vmContext;
    ClaimData[] internal _claims;
    /// @dev keccak256(claim, position, parentIndex) of every claim made.
    mapping(bytes32 => bool) internal _claimExists;
    /// @dev The indices of each claim's children, in the order they were made.
    mapping(uint256 => uint256[]) internal _subgames;
    mapping(uint256 => ResolutionCheckpoint) internal _checkpoints;

    /// @notice Starts the game: claim 0 is `rootClaim` at the root position by `proposer`, bonded with nothing;
    ///         claim 1 is `challenger`'s attack on it claiming `challengerClaim`, bonded with msg.value, which must be
    ///         getRequiredBond at depth 1. Both clocks start now with nothing used.
    /// @param cfg The game's parameters (LibGameConfig.validate).
    /// @param vm_ The VM that derives level-2 prestates, projects level-2 roots and executes steps.
    /// @param ctx The VM's context for this record (IDisputeVM.setup).
    /// @param rootClaim_ The record's final level-1 state.
    /// @param absolutePrestate_ Level-1 state 0.
    /// @param transitions_ Number of level-1 transitions; at most 2^splitDepth, so that the root claim's trace index
    ///        reaches the last state.
    constructor(
        GameConfig memory cfg,
        IDisputeVM vm_,
        bytes memory ctx,
        bytes32 rootClaim_,
        bytes32 absolutePrestate_,
        uint256 transitions_,
        address proposer,
        address challenger,
        bytes32 challengerClaim
    ) payable {
        LibGameConfig.validate(cfg);
        if (transitions_ > 1 << cfg.splitDepth) revert InvalidConfig("transitions");
        uint256 required = LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, 1);
        if (msg.value != required) revert IncorrectBondAmount(msg.value, required);

        MAX_DEPTH = cfg.maxDepth;
        SPLIT_DEPTH = cfg.splitDepth;
        MAX_CLOCK_DURATION = cfg.maxClockDuration;
        CLOCK_EXTENSION = cfg.clockExtension;
        BASE_BOND = cfg.baseBond;
        BOND_GROWTH_BPS = cfg.bondGrowthBps;
        BOND_CLAIM_DELAY = cfg.bondClaimDelay;
        VM = vm_;
        rootClaim = rootClaim_;
        absolutePrestate = absolutePrestate_;
        transitions = transitions_;
        creator = msg.sender;
        createdAt = uint64(block.timestamp);
        _vmContext = ctx;

        Clock start = LibClock.wrap(0, uint64(block.timestamp));
        Position root = LibPosition.root();
        _claims.push(
            ClaimData({
                parentIndex: NO_PARENT,
                counteredBy: address(0),
                claimant: proposer,
                bond: 0,
                claim: rootClaim_,
                position: root,
                clock: start
            })
        );
        emit Move(NO_PARENT, rootClaim_, proposer, 0);

        Position first = root.attack();
        _claimExists[_claimHash(challengerClaim, first, 0)] = true;
        _claims.push(
            ClaimData({
                parentIndex: 0,
                counteredBy: address(0),
                claimant: challenger,
                bond: uint128(msg.value),
                claim: challengerClaim,
                position: first,
                clock: start
            })
        );
        _subgames[0].push(1);
        emit Move(0, challengerClaim, challenger, 1);
    }

    /// @inheritdoc IDisputeGame
    function move(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack) external payable {
        _move(disputed, parentIndex, claim, isAttack, false, msg.data[0:0]);
    }

    /// @inheritdoc IDisputeGame
    function moveExecRoot(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack, bytes calldata preimage)
        external
        payable
    {
        _move(disputed, parentIndex, claim, isAttack, true, preimage);
    }

    /// @inheritdoc IDisputeGame
    /// @dev As FaultDisputeGame.step: the step position is the leaf's attack or defend position at maxDepth + 1.
    ///      Attack: the post-state is the leaf; the pre-state is the claim committing to the trace index before it
    ///      in the same level-2 subgame, or the subgame's absolute prestate for its first step. Defend: the
    ///      pre-state is the leaf; the post-state is the claim committing to the next trace index. The step counters
    ///      the leaf iff the VM's post-state differs from the post claim when the two are on the same side (depths
    ///      of equal parity), or equals it when the post claim is the other side's. Unlike FaultDisputeGame a
    ///      resolved leaf cannot be stepped (its bond has been credited).
    function step(uint256 claimIndex, bool isAttack, bytes calldata prestatePreimage, bytes calldata proof) external {
        if (status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        ClaimData storage leaf = _claimAt(claimIndex);
        Position pos = leaf.position;
        uint256 d = pos.depth();
        if (d != MAX_DEPTH) revert NotAtMaxDepth(d, MAX_DEPTH);
        if (leaf.counteredBy != address(0)) revert AlreadyCountered(claimIndex);
        if (resolvedSubgames[claimIndex]) revert ClaimAlreadyResolved(claimIndex);

        uint256 t = _transitionOf(pos);
        bytes32 pre;
        ClaimData storage post;
        if (isAttack) {
            // Index of the step position among the 2^(maxDepth - splitDepth) leaves below one split-depth claim;
            // 0 is the first step of a level-2 subgame, from its absolute prestate.
            if (pos.attack().indexAtDepth() % (1 << (MAX_DEPTH - SPLIT_DEPTH)) == 0) {
                pre = _subgamePrestate(t, claimIndex, prestatePreimage);
            } else {
                pre = _findTraceAncestor(Position.wrap(pos.raw() - 1), leaf.parentIndex, false).claim;
            }
            post = leaf;
        } else {
            pre = leaf.claim;
            post = _findTraceAncestor(Position.wrap(pos.raw() + 1), leaf.parentIndex, false);
        }

        bytes32 result = VM.step(_vmContext, t, pre, proof);
        bool validStep = result == post.claim;
        bool sameSide = (d - post.position.depth()) % 2 == 0;
        if (sameSide == validStep) revert ValidStep(result);

        leaf.counteredBy = msg.sender;
        emit Step(claimIndex, msg.sender, result);
    }

    /// @inheritdoc IDisputeGame
    /// @dev As FaultDisputeGame.resolveClaim, except that numToResolve = 0 examines all remaining children on any
    ///      call (not only the first). A childless claim other than the root resolves at once: its bond goes to its
    ///      stepper if it was stepped, else back to its claimant.
    function resolveClaim(uint256 claimIndex, uint256 numToResolve) external {
        if (status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        ClaimData storage subgameRoot = _claimAt(claimIndex);
        uint64 used = getChallengerDuration(claimIndex);
        if (used < MAX_CLOCK_DURATION) revert ClockNotExpired(used, MAX_CLOCK_DURATION);
        if (resolvedSubgames[claimIndex]) revert ClaimAlreadyResolved(claimIndex);

        uint256[] storage children = _subgames[claimIndex];
        uint256 n = children.length;
        if (n == 0 && claimIndex != 0) {
            address stepper = subgameRoot.counteredBy;
            resolvedSubgames[claimIndex] = true;
            _credit(stepper == address(0) ? subgameRoot.claimant : stepper, subgameRoot.bond);
            emit ClaimResolved(claimIndex, stepper);
            return;
        }

        ResolutionCheckpoint memory cp = _checkpoints[claimIndex];
        if (!cp.initialCheckpointComplete) {
            cp.initialCheckpointComplete = true;
            cp.leftmostPosition = Position.wrap(type(uint128).max);
        }
        uint256 end = numToResolve == 0 || numToResolve > n - cp.subgameIndex ? n : cp.subgameIndex + numToResolve;
        for (uint256 i = cp.subgameIndex; i < end; ++i) {
            uint256 child = children[i];
            if (!resolvedSubgames[child]) revert OutOfOrderResolution(claimIndex, child);
            ClaimData storage c = _claims[child];
            // The left-most standing child wins the bond: an attacker cannot take it with a needless defense.
            if (c.counteredBy == address(0) && c.position.raw() < cp.leftmostPosition.raw()) {
                cp.counteredBy = c.claimant;
                cp.leftmostPosition = c.position;
            }
        }
        cp.subgameIndex = uint32(end);
        _checkpoints[claimIndex] = cp;

        if (end == n) {
            address countered = cp.counteredBy;
            resolvedSubgames[claimIndex] = true;
            subgameRoot.counteredBy = countered;
            _credit(countered == address(0) ? subgameRoot.claimant : countered, subgameRoot.bond);
            emit ClaimResolved(claimIndex, countered);
        }
    }

    /// @inheritdoc IDisputeGame
    function resolve() external returns (GameStatus status_) {
        if (status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        if (!resolvedSubgames[0]) revert RootNotResolved();
        status_ = _claims[0].counteredBy == address(0) ? GameStatus.DEFENDER_WINS : GameStatus.CHALLENGER_WINS;
        status = status_;
        resolvedAt = uint64(block.timestamp);
        emit Resolved(status_);
    }

    /// @inheritdoc IDisputeGame
    /// @dev Credits are final once assigned (a resolved subgame never changes), but they are paid only after the
    ///      game is resolved and the delay has passed, so that every bond stays in the game while it can still be
    ///      looked at. The lock is checked first: while it holds, even a recipient with no credit gets BondsLocked.
    function claimCredit(address recipient) external {
        uint256 unlocksAt = bondsUnlockAt();
        if (unlocksAt == 0 || block.timestamp < unlocksAt) revert BondsLocked(unlocksAt);
        uint256 amount = credit[recipient];
        if (amount == 0) revert NoCreditToClaim(recipient);
        credit[recipient] = 0;
        emit CreditClaimed(recipient, amount);
        (bool ok,) = recipient.call{value: amount}("");
        if (!ok) revert TransferFailed(recipient, amount);
    }

    /// @inheritdoc IDisputeGame
    /// @dev resolvedAt is the block timestamp of resolve(), never 0 on a real chain, so 0 marks an unresolved game
    ///      unambiguously (status and resolvedAt share a slot: one read).
    function bondsUnlockAt() public view returns (uint256) {
        if (status == GameStatus.IN_PROGRESS) return 0;
        return uint256(resolvedAt) + BOND_CLAIM_DELAY;
    }

    /// @inheritdoc IDisputeGame
    /// @dev Reverts GameDepthExceeded past maxDepth. Rounding: LibBond.requiredBond.
    function getRequiredBond(Position position) public view returns (uint256) {
        uint256 d = position.depth();
        if (d > MAX_DEPTH) revert GameDepthExceeded(d, MAX_DEPTH);
        return LibBond.requiredBond(BASE_BOND, BOND_GROWTH_BPS, d);
    }

    /// @inheritdoc IDisputeGame
    /// @dev The duration the claim's parent's side had used when the parent was made, plus the time since the claim
    ///      was made: the chess clock of the side that would answer the claim.
    function getChallengerDuration(uint256 claimIndex) public view returns (uint64) {
        ClaimData storage c = _claimAt(claimIndex);
        uint256 inherited = c.parentIndex == NO_PARENT ? 0 : _claims[c.parentIndex].clock.duration();
        uint256 used = inherited + (block.timestamp - c.clock.timestamp());
        return used > MAX_CLOCK_DURATION ? MAX_CLOCK_DURATION : uint64(used);
    }

    /// @inheritdoc IDisputeGame
    function getNumToResolve(uint256 claimIndex) external view returns (uint256) {
        _claimAt(claimIndex);
        return _subgames[claimIndex].length - _checkpoints[claimIndex].subgameIndex;
    }

    /// @inheritdoc IDisputeGame
    function claimData(uint256 index) external view returns (ClaimData memory) {
        return _claimAt(index);
    }

    /// @inheritdoc IDisputeGame
    function claimDataLen() external view returns (uint256) {
        return _claims.length;
    }

    /// @inheritdoc IDisputeGame
    function config() external view returns (GameConfig memory) {
        return GameConfig({
            maxDepth: uint8(MAX_DEPTH),
            splitDepth: uint8(SPLIT_DEPTH),
            maxClockDuration: MAX_CLOCK_DURATION,
            clockExtension: CLOCK_EXTENSION,
            baseBond: BASE_BOND,
            bondGrowthBps: BOND_GROWTH_BPS,
            bondClaimDelay: BOND_CLAIM_DELAY
        });
    }

    /// @inheritdoc IDisputeGame
    function disputeVM() external view returns (IDisputeVM) {
        return VM;
    }

    /// @inheritdoc IDisputeGame
    function vmContext() external view returns (bytes memory) {
        return _vmContext;
    }

    /// @notice move and moveExecRoot: the checks of FaultDisputeGame.move in its order (game in progress, parent,
    ///         disputed value, no defense of a root, depth), then the exec-root rule, bond, clock and duplicate; the
    ///         level-2 root's projection is checked last, before the claim is stored.
    function _move(
        bytes32 disputed,
        uint256 parentIndex,
        bytes32 claim,
        bool isAttack,
        bool execRoot,
        bytes calldata preimage
    ) internal {
        if (status != GameStatus.IN_PROGRESS) revert GameNotInProgress();
        ClaimData storage parent = _claimAt(parentIndex);
        if (parent.claim != disputed) revert InvalidDisputedClaim(disputed, parent.claim);

        Position nextPos = parent.position.move(isAttack);
        uint256 nextDepth = nextPos.depth();
        // Neither the root nor a level-2 root can be defended: each commits to its whole trace.
        if (!isAttack && (parentIndex == 0 || nextDepth == SPLIT_DEPTH + 2)) revert CannotDefendRootClaim();
        if (nextDepth > MAX_DEPTH) revert GameDepthExceeded(nextDepth, MAX_DEPTH);
        if (nextDepth == SPLIT_DEPTH + 1) {
            if (!execRoot) revert ExecRootRequired();
        } else if (execRoot) {
            revert NotExecRoot(nextDepth);
        }

        uint256 required = getRequiredBond(nextPos);
        if (msg.value != required) revert IncorrectBondAmount(msg.value, required);

        uint64 nextDuration = getChallengerDuration(parentIndex);
        if (nextDuration == MAX_CLOCK_DURATION) revert ClockTimeExceeded();
        // The mover's side answers the new claim's children with this clock. It keeps at least one extension,
        // two before the level-2 root (its trace must be generated) and before a step (its proof).
        uint64 extension =
            nextDepth == SPLIT_DEPTH - 1 || nextDepth == MAX_DEPTH - 1 ? CLOCK_EXTENSION * 2 : CLOCK_EXTENSION;
        if (nextDuration > MAX_CLOCK_DURATION - extension) nextDuration = MAX_CLOCK_DURATION - extension;

        bytes32 h = _claimHash(claim, nextPos, parentIndex);
        if (_claimExists[h]) revert ClaimAlreadyExists(claim, nextPos, parentIndex);

        if (execRoot) _verifyExecRoot(claim, parentIndex, nextPos, isAttack, preimage);

        _claimExists[h] = true;
        _claims.push(
            ClaimData({
                parentIndex: uint32(parentIndex),
                counteredBy: address(0),
                claimant: msg.sender,
                bond: uint128(msg.value),
                claim: claim,
                position: nextPos,
                clock: LibClock.wrap(nextDuration, uint64(block.timestamp))
            })
        );
        uint256 index = _claims.length - 1;
        _subgames[parentIndex].push(index);
        emit Move(parentIndex, claim, msg.sender, index);
    }

    /// @notice Binds the level-2 root claim `claim` at `execPos` (depth splitDepth + 1) to the level-1 game: the VM
    ///         projects it (opened by `preimage`) onto the level-1 state after its transition, and the projection
    ///         must differ from the disputed level-1 claim — the claim committing to the split-depth position above
    ///         execPos, found as FaultDisputeGame._verifyExecBisectionRoot finds it — when the mover attacks or the
    ///         disputed claim is on the parent's side, and must equal it otherwise.
    function _verifyExecRoot(
        bytes32 claim,
        uint256 parentIndex,
        Position execPos,
        bool isAttack,
        bytes calldata preimage
    ) internal view {
        bytes32 projected = VM.project(_vmContext, _transitionOf(execPos), claim, preimage);
        ClaimData storage disputed = _findTraceAncestor(execPos.parent(), parentIndex, true);
        bool mustDiffer = isAttack || disputed.position.depth() % 2 == SPLIT_DEPTH % 2;
        if (mustDiffer == (projected == disputed.claim)) revert UnexpectedRootClaim(projected, disputed.claim);
    }

    /// @notice The level-2 absolute prestate of transition t for the leaf `claimIndex`: the VM's subgamePrestate of
    ///         level-1 state t, which is absolutePrestate for t = 0 and otherwise the claim committing to split-depth
    ///         trace index t - 1 (FaultDisputeGame's starting output root).
    function _subgamePrestate(uint256 t, uint256 claimIndex, bytes calldata preimage) internal view returns (bytes32) {
        bytes32 level1 = t == 0
            ? absolutePrestate
            : _findTraceAncestor(LibPosition.wrap(SPLIT_DEPTH, t - 1), claimIndex, true).claim;
        return VM.subgamePrestate(_vmContext, t, level1, preimage);
    }

    /// @notice The level-1 transition whose level-2 subgame holds position `p` (deeper than splitDepth): the index of
    ///         p's ancestor at splitDepth + 1 shifted up once more, i.e. of `p >> (depth(p) - splitDepth)`. For the
    ///         level-2 root e = attack(c) of a split-depth claim c this is index(c), for e = defend(c) index(c) + 1:
    ///         the post-state's level-1 trace index in both cases, as op-challenger's split provider selects it.
    function _transitionOf(Position p) internal view returns (uint256) {
        return Position.wrap(p.raw() >> (p.depth() - SPLIT_DEPTH)).indexAtDepth();
    }

    /// @notice The claim committing to the trace index of `pos`, walking up from claim `start` (FaultDisputeGame's
    ///         _findTraceAncestor). `global`: search for traceAncestor(pos); else traceAncestorBounded(pos,
    ///         splitDepth), staying within one level-2 subgame. The game's structure guarantees that the claim is on
    ///         the path.
    function _findTraceAncestor(Position pos, uint256 start, bool global) internal view returns (ClaimData storage a) {
        Position target = global ? pos.traceAncestor() : pos.traceAncestorBounded(SPLIT_DEPTH);
        a = _claims[start];
        while (a.position.raw() != target.raw()) {
            a = _claims[a.parentIndex];
        }
    }

    /// @notice Claim `index`, or InvalidParent if there is none.
    function _claimAt(uint256 index) internal view returns (ClaimData storage) {
        if (index >= _claims.length) revert InvalidParent(index, _claims.length);
        return _claims[index];
    }

    /// @notice Credits `amount` wei of bond to `recipient`.
    function _credit(address recipient, uint256 amount) internal {
        credit[recipient] += amount;
    }

    /// @notice The identity of a claim for the duplicate check: its value, position and parent.
    function _claimHash(bytes32 claim, Position pos, uint256 parentIndex) internal pure returns (bytes32) {
        return keccak256(abi.encode(claim, pos, parentIndex));
    }
}
