// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeGame, Clock} from "./interfaces/IDisputeGame.sol";
import {IDisputeVM} from "./interfaces/IDisputeVM.sol";
import {LibPosition, Position} from "./lib/LibPosition.sol";
import {LibClock} from "./lib/LibClock.sol";
import {LibBond} from "./lib/LibBond.sol";
import {LibGameConfig} from "./lib/LibGameConfig.sol";
import {LibClone} from "./lib/LibClone.sol";
import {LibGameArgs} from "./lib/LibGameArgs.sol";

/// @title DisputeGame
/// @notice One bisection game over one disputed record, with Optimism FaultDisputeGame's rules (moves, chess clocks
///         with extensions, step, bottom-up resolution paying the left-most uncountered child) so that
///         op-challenger's solver plays it unchanged. Differences from FaultDisputeGame: the root claim carries no
///         bond and claim 1, the first attack on it, is made at creation; the level-2 root claim of each transition
///         is opened and projected on-chain (moveExecRoot) instead of carrying a VM status byte; the level-2 absolute
///         prestate of a transition is derived on-chain from its level-1 pre-state (IDisputeVM.subgamePrestate);
///         bonds are credited to a plain mapping and pulled with claimCredit once the game is resolved and its
///         bondClaimDelay has passed (DelayedWETH's delay, with no WETH, guardian hold, refund mode or anchor).
///         Each game is an EIP-1167 clone of one implementation (LibClone), made and initialized by the factory in
///         one transaction; its fixed arguments (configuration, VM, root claim, prestate, transitions, creator,
///         creation time, VM context) are in the clone's code (LibGameArgs) rather than in storage. Anyone can
///         clone the implementation with args of their own; such a game is not the factory's and nothing trusts it.
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

    /// @notice A clone-only function was called on the implementation, whose code carries no game arguments.
    error NotAClone();
    /// @notice initialize was called by `caller`, not by the game's creator `creator` (its factory).
    error NotCreator(address caller, address creator);
    /// @notice initialize was called on a game that has started already.
    error AlreadyInitialized();

    /// @notice The parent index of the root claim.
    uint32 internal constant NO_PARENT = type(uint32).max;
    /// @notice How many of a claim's first children the duplicate check compares in storage before it uses
    ///         _claimExists: the most a move reads for it is this many children's claim and position slots.
    uint256 internal constant SCANNED_CHILDREN = 4;

    /// @notice This contract's own address: the implementation's, where the clone args are absent, so that every
    ///         read of them (and with it initialize) reverts NotAClone there.
    address internal immutable SELF;

    /// @inheritdoc IDisputeGame
    GameStatus public status;
    /// @inheritdoc IDisputeGame
    uint64 public resolvedAt;
    /// @dev The number of claims made, in status's slot: every move reads that slot anyway (the game must be in
    ///      progress), so counting costs one write to a slot already accessed.
    uint32 internal _claimCount;
    /// @inheritdoc IDisputeGame
    mapping(address => uint256) public credit;
    /// @inheritdoc IDisputeGame
    mapping(uint256 => bool) public resolvedSubgames;

    /// @notice A claim as stored: ClaimData packed in four slots, of which a move writes three (counteredBy is
    ///         written only when the claim is stepped or resolved), with its children's count and first child in the
    ///         claimant's slot. A move writes no other new slot unless its parent has SCANNED_CHILDREN children or
    ///         more already (_claimExists) or 1, 9, 17, ... (a new _moreChildren word). Its bond is not stored: it is
    ///         getRequiredBond(position) (what every move must pay and the depth-1 bond of claim 1), 0 for the root
    ///         claim.
    struct StoredClaim {
        bytes32 claim;
        Position position;
        Clock clock;
        address claimant;
        uint32 parentIndex;
        uint32 childCount; // children made so far
        uint32 firstChild; // index of the first child (valid when childCount > 0)
        address counteredBy;
    }

    /// @dev Claim i, for i < _claimCount.
    mapping(uint256 => StoredClaim) internal _claims;
    /// @dev keccak256(claim, position, parentIndex) of every claim made as its parent's child number SCANNED_CHILDREN
    ///      or later. The first SCANNED_CHILDREN children of a claim are not entered: a new child is compared with
    ///      them in storage instead (_isDuplicate), which costs a read or two where an entry costs a written slot,
    ///      and a bisection's claim is nearly always its parent's first child.
    mapping(bytes32 => bool) internal _claimExists;
    /// @dev The indices of each claim's children after its first (StoredClaim.firstChild), in the order they were
    ///      made, eight 32-bit indices a word: child i >= 1 is in word (i - 1) / 8 at bits 32 × ((i - 1) % 8).
    mapping(uint256 => mapping(uint256 => uint256)) internal _moreChildren;
    mapping(uint256 => ResolutionCheckpoint) internal _checkpoints;

    /// @notice The game runs on clones whose code carries its arguments (LibClone, layout in LibGameArgs), so that a
    ///         dispute does not deploy a whole game; the implementation deployed here is unusable by itself.
    constructor() {
        SELF = address(this);
    }

    /// @notice Starts the game, once, called by its creator (the factory) right after cloning it: claim 0 is
    ///         rootClaim at the root position by `proposer`, bonded with nothing; claim 1 is `challenger`'s attack on
    ///         it claiming `challengerClaim`, bonded with msg.value, which must be getRequiredBond at depth 1. Both
    ///         clocks start now with nothing used. The clone's args are checked as the factory checks its
    ///         configuration (LibGameConfig.validate), and transitions must be at most 2^splitDepth, so that the root
    ///         claim's trace index reaches the last state. Reverts NotAClone on the implementation, NotCreator for
    ///         any other caller, AlreadyInitialized the second time.
    function initialize(address proposer, address challenger, bytes32 challengerClaim) external payable {
        address creator_ = creator();
        if (msg.sender != creator_) revert NotCreator(msg.sender, creator_);
        if (_claimCount != 0) revert AlreadyInitialized();
        GameConfig memory cfg = config();
        LibGameConfig.validate(cfg);
        bytes32 rootClaim_ = rootClaim();
        if (transitions() > 1 << cfg.splitDepth) revert InvalidConfig("transitions");
        uint256 required = LibBond.requiredBond(cfg.baseBond, cfg.bondGrowthBps, 1);
        if (msg.value != required) revert IncorrectBondAmount(msg.value, required);

        Clock start = LibClock.wrap(0, uint64(block.timestamp));
        Position root = LibPosition.root();
        _push(rootClaim_, root, start, proposer, NO_PARENT);
        emit Move(NO_PARENT, rootClaim_, proposer, 0);

        Position first = root.attack();
        _push(challengerClaim, first, start, challenger, 0);
        _addChild(_claims[0], 0, 1);
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
        StoredClaim storage leaf = _claimAt(claimIndex);
        Position pos = leaf.position;
        uint256 d = pos.depth();
        {
            uint256 maxDepth = _maxDepth(_header());
            if (d != maxDepth) revert NotAtMaxDepth(d, maxDepth);
        }
        if (leaf.counteredBy != address(0)) revert AlreadyCountered(claimIndex);
        if (resolvedSubgames[claimIndex]) revert ClaimAlreadyResolved(claimIndex);

        uint256 t = _transitionOf(pos);
        bytes32 pre;
        StoredClaim storage post;
        if (isAttack) {
            // Index of the step position among the 2^(maxDepth - splitDepth) leaves below one split-depth claim
            // (d = maxDepth); 0 is the first step of a level-2 subgame, from its absolute prestate.
            if (pos.attack().indexAtDepth() % (1 << (d - _splitDepth(_header()))) == 0) {
                pre = _subgamePrestate(t, claimIndex, prestatePreimage);
            } else {
                pre = _findTraceAncestor(Position.wrap(pos.raw() - 1), leaf.parentIndex, false).claim;
            }
            post = leaf;
        } else {
            pre = leaf.claim;
            post = _findTraceAncestor(Position.wrap(pos.raw() + 1), leaf.parentIndex, false);
        }

        bytes32 result = _vm().step(vmContext(), t, pre, proof);
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
        StoredClaim storage subgameRoot = _claimAt(claimIndex);
        uint64 used = getChallengerDuration(claimIndex);
        uint64 maxClock = _maxClockDuration(_header());
        if (used < maxClock) revert ClockNotExpired(used, maxClock);
        if (resolvedSubgames[claimIndex]) revert ClaimAlreadyResolved(claimIndex);

        uint256 n = subgameRoot.childCount;
        if (n == 0 && claimIndex != 0) {
            address stepper = subgameRoot.counteredBy;
            resolvedSubgames[claimIndex] = true;
            _credit(stepper == address(0) ? subgameRoot.claimant : stepper, _bondOf(claimIndex, subgameRoot.position));
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
            uint256 child = i == 0 ? subgameRoot.firstChild : _moreChildAt(claimIndex, i);
            if (!resolvedSubgames[child]) revert OutOfOrderResolution(claimIndex, child);
            StoredClaim storage c = _claims[child];
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
            _credit(
                countered == address(0) ? subgameRoot.claimant : countered, _bondOf(claimIndex, subgameRoot.position)
            );
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
        return uint256(resolvedAt) + _bondClaimDelay(_header());
    }

    /// @inheritdoc IDisputeGame
    /// @dev Reverts GameDepthExceeded past maxDepth. Rounding: LibBond.requiredBond.
    function getRequiredBond(Position position) public view returns (uint256) {
        uint256 d = position.depth();
        bytes32 h = _header();
        uint256 maxDepth = _maxDepth(h);
        if (d > maxDepth) revert GameDepthExceeded(d, maxDepth);
        return LibBond.requiredBond(_baseBond(), _bondGrowthBps(h), d);
    }

    /// @inheritdoc IDisputeGame
    /// @dev The duration the claim's parent's side had used when the parent was made, plus the time since the claim
    ///      was made: the chess clock of the side that would answer the claim.
    function getChallengerDuration(uint256 claimIndex) public view returns (uint64) {
        StoredClaim storage c = _claimAt(claimIndex);
        uint256 inherited = c.parentIndex == NO_PARENT ? 0 : _claims[c.parentIndex].clock.duration();
        uint256 used = inherited + (block.timestamp - c.clock.timestamp());
        uint64 maxClock = _maxClockDuration(_header());
        return used > maxClock ? maxClock : uint64(used);
    }

    /// @inheritdoc IDisputeGame
    function getNumToResolve(uint256 claimIndex) external view returns (uint256) {
        return _claimAt(claimIndex).childCount - _checkpoints[claimIndex].subgameIndex;
    }

    /// @inheritdoc IDisputeGame
    function claimData(uint256 index) external view returns (ClaimData memory) {
        StoredClaim storage c = _claimAt(index);
        return ClaimData({
            parentIndex: c.parentIndex,
            counteredBy: c.counteredBy,
            claimant: c.claimant,
            bond: uint128(_bondOf(index, c.position)),
            claim: c.claim,
            position: c.position,
            clock: c.clock
        });
    }

    /// @inheritdoc IDisputeGame
    function claimDataLen() external view returns (uint256) {
        return _claimCount;
    }

    /// @inheritdoc IDisputeGame
    function config() public view returns (GameConfig memory) {
        bytes32 h = _header();
        return GameConfig({
            maxDepth: uint8(_maxDepth(h)),
            splitDepth: uint8(_splitDepth(h)),
            maxClockDuration: _maxClockDuration(h),
            clockExtension: _clockExtension(h),
            baseBond: _baseBond(),
            bondGrowthBps: _bondGrowthBps(h),
            bondClaimDelay: _bondClaimDelay(h)
        });
    }

    /// @inheritdoc IDisputeGame
    function disputeVM() external view returns (IDisputeVM) {
        return _vm();
    }

    /// @inheritdoc IDisputeGame
    /// @dev Read from the clone's code (LibGameArgs.CONTEXT to its end).
    function vmContext() public view returns (bytes memory) {
        _onlyClone();
        return LibClone.argBytes(LibGameArgs.CONTEXT, LibClone.argsLength() - LibGameArgs.CONTEXT);
    }

    /// @inheritdoc IDisputeGame
    function rootClaim() public view returns (bytes32) {
        return _argWord(LibGameArgs.ROOT_CLAIM);
    }

    /// @inheritdoc IDisputeGame
    function absolutePrestate() public view returns (bytes32) {
        return _argWord(LibGameArgs.ABSOLUTE_PRESTATE);
    }

    /// @inheritdoc IDisputeGame
    function transitions() public view returns (uint256) {
        return uint256(_argWord(LibGameArgs.TRANSITIONS));
    }

    /// @inheritdoc IDisputeGame
    function creator() public view returns (address) {
        return address(bytes20(_argWord(LibGameArgs.CREATOR)));
    }

    /// @inheritdoc IDisputeGame
    function createdAt() external view returns (uint64) {
        return uint64(bytes8(_argWord(LibGameArgs.CREATED_AT)));
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
        StoredClaim storage parent = _claimAt(parentIndex);
        if (parent.claim != disputed) revert InvalidDisputedClaim(disputed, parent.claim);

        Position nextPos = parent.position.move(isAttack);
        uint256 nextDepth = nextPos.depth();
        {
            bytes32 h = _header();
            uint256 maxDepth = _maxDepth(h);
            uint256 splitDepth = _splitDepth(h);
            // Neither the root nor a level-2 root can be defended: each commits to its whole trace.
            if (!isAttack && (parentIndex == 0 || nextDepth == splitDepth + 2)) revert CannotDefendRootClaim();
            if (nextDepth > maxDepth) revert GameDepthExceeded(nextDepth, maxDepth);
            if (nextDepth == splitDepth + 1) {
                if (!execRoot) revert ExecRootRequired();
            } else if (execRoot) {
                revert NotExecRoot(nextDepth);
            }
        }

        {
            uint256 required = getRequiredBond(nextPos);
            if (msg.value != required) revert IncorrectBondAmount(msg.value, required);
        }

        Clock clock = _nextClock(parentIndex, nextDepth);

        if (_isDuplicate(parentIndex, claim, nextPos)) revert ClaimAlreadyExists(claim, nextPos, parentIndex);

        if (execRoot) _verifyExecRoot(claim, parentIndex, nextPos, isAttack, preimage);

        uint256 index = _pushChild(claim, nextPos, clock, parentIndex);
        emit Move(parentIndex, claim, msg.sender, index);
    }

    /// @notice The clock of a new claim at depth `nextDepth` under claim `parentIndex`: the mover's side answers the
    ///         new claim's children with it. It keeps at least one extension, two before the level-2 root (its trace
    ///         must be generated) and before a step (its proof). Reverts ClockTimeExceeded if the mover's time is up.
    function _nextClock(uint256 parentIndex, uint256 nextDepth) internal view returns (Clock) {
        bytes32 h = _header();
        uint64 maxClock = _maxClockDuration(h);
        uint64 clockExtension = _clockExtension(h);
        uint64 nextDuration = getChallengerDuration(parentIndex);
        if (nextDuration == maxClock) revert ClockTimeExceeded();
        uint64 extension =
            nextDepth == _splitDepth(h) - 1 || nextDepth == _maxDepth(h) - 1 ? clockExtension * 2 : clockExtension;
        if (nextDuration > maxClock - extension) nextDuration = maxClock - extension;
        return LibClock.wrap(nextDuration, uint64(block.timestamp));
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
        bytes32 projected = _vm().project(vmContext(), _transitionOf(execPos), claim, preimage);
        StoredClaim storage disputed = _findTraceAncestor(execPos.parent(), parentIndex, true);
        bool mustDiffer = isAttack || disputed.position.depth() % 2 == _splitDepth(_header()) % 2;
        if (mustDiffer == (projected == disputed.claim)) revert UnexpectedRootClaim(projected, disputed.claim);
    }

    /// @notice The level-2 absolute prestate of transition t for the leaf `claimIndex`: the VM's subgamePrestate of
    ///         level-1 state t, which is absolutePrestate for t = 0 and otherwise the claim committing to split-depth
    ///         trace index t - 1 (FaultDisputeGame's starting output root).
    function _subgamePrestate(uint256 t, uint256 claimIndex, bytes calldata preimage) internal view returns (bytes32) {
        bytes32 level1 = t == 0
            ? absolutePrestate()
            : _findTraceAncestor(LibPosition.wrap(_splitDepth(_header()), t - 1), claimIndex, true).claim;
        return _vm().subgamePrestate(vmContext(), t, level1, preimage);
    }

    /// @notice The level-1 transition whose level-2 subgame holds position `p` (deeper than splitDepth): the index of
    ///         p's ancestor at splitDepth + 1 shifted up once more, i.e. of `p >> (depth(p) - splitDepth)`. For the
    ///         level-2 root e = attack(c) of a split-depth claim c this is index(c), for e = defend(c) index(c) + 1:
    ///         the post-state's level-1 trace index in both cases, as op-challenger's split provider selects it.
    function _transitionOf(Position p) internal view returns (uint256) {
        return Position.wrap(p.raw() >> (p.depth() - _splitDepth(_header()))).indexAtDepth();
    }

    /// @notice The claim committing to the trace index of `pos`, walking up from claim `start` (FaultDisputeGame's
    ///         _findTraceAncestor). `global`: search for traceAncestor(pos); else traceAncestorBounded(pos,
    ///         splitDepth), staying within one level-2 subgame. The game's structure guarantees that the claim is on
    ///         the path.
    function _findTraceAncestor(Position pos, uint256 start, bool global)
        internal
        view
        returns (StoredClaim storage a)
    {
        Position target = global ? pos.traceAncestor() : pos.traceAncestorBounded(_splitDepth(_header()));
        a = _claims[start];
        while (a.position.raw() != target.raw()) {
            a = _claims[a.parentIndex];
        }
    }

    /// @notice Whether claim `parentIndex` has a child with value `claim` at `pos` already: its first
    ///         SCANNED_CHILDREN children are compared in storage, any later one is found in _claimExists.
    function _isDuplicate(uint256 parentIndex, bytes32 claim, Position pos) internal view returns (bool) {
        uint256 n = _claims[parentIndex].childCount;
        uint256 scanned = n < SCANNED_CHILDREN ? n : SCANNED_CHILDREN;
        for (uint256 i; i < scanned; ++i) {
            uint256 child = i == 0 ? _claims[parentIndex].firstChild : _moreChildAt(parentIndex, i);
            StoredClaim storage c = _claims[child];
            if (c.claim == claim && c.position.raw() == pos.raw()) return true;
        }
        return n > SCANNED_CHILDREN && _claimExists[_claimHash(claim, pos, parentIndex)];
    }

    /// @notice Appends a claim (three slots written; counteredBy and the children stay zero) and returns its index.
    function _push(bytes32 claim, Position position, Clock clock, address claimant, uint32 parentIndex)
        internal
        returns (uint256 index)
    {
        index = _claimCount;
        _claimCount = uint32(index + 1);
        StoredClaim storage c = _claims[index];
        c.claim = claim;
        c.position = position;
        c.clock = clock;
        c.claimant = claimant;
        c.parentIndex = parentIndex;
    }

    /// @notice Appends msg.sender's claim under claim `parentIndex`, records it as the parent's next child and, from
    ///         the parent's child number SCANNED_CHILDREN on, enters it in _claimExists (_isDuplicate).
    function _pushChild(bytes32 claim, Position position, Clock clock, uint256 parentIndex)
        internal
        returns (uint256 index)
    {
        index = _push(claim, position, clock, msg.sender, uint32(parentIndex));
        StoredClaim storage parent = _claims[parentIndex];
        if (parent.childCount >= SCANNED_CHILDREN) _claimExists[_claimHash(claim, position, parentIndex)] = true;
        _addChild(parent, parentIndex, index);
    }

    /// @notice Records claim `child` as the next child of claim `parentIndex` (`parent`): in the parent's own slot
    ///         if it is the first, else packed into _moreChildren.
    function _addChild(StoredClaim storage parent, uint256 parentIndex, uint256 child) internal {
        uint256 n = parent.childCount;
        if (n == 0) {
            parent.firstChild = uint32(child);
        } else {
            uint256 k = n - 1;
            _moreChildren[parentIndex][k >> 3] |= child << ((k & 7) << 5);
        }
        parent.childCount = uint32(n + 1);
    }

    /// @notice Child number i >= 1 (in creation order) of claim `claimIndex`.
    function _moreChildAt(uint256 claimIndex, uint256 i) internal view returns (uint256) {
        uint256 k = i - 1;
        return uint32(_moreChildren[claimIndex][k >> 3] >> ((k & 7) << 5));
    }

    /// @notice The bond claim `index` at `position` carries: none for the root claim, getRequiredBond(position) for
    ///         every other (what its move paid; claim 1's is the depth-1 bond initialize took).
    function _bondOf(uint256 index, Position position) internal view returns (uint256) {
        return index == 0 ? 0 : getRequiredBond(position);
    }

    /// @notice Claim `index`, or InvalidParent if there is none.
    function _claimAt(uint256 index) internal view returns (StoredClaim storage) {
        uint256 n = _claimCount;
        if (index >= n) revert InvalidParent(index, n);
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

    /// @notice Reverts NotAClone when running as the implementation (whose code carries no args).
    function _onlyClone() internal view {
        if (address(this) == SELF) revert NotAClone();
    }

    /// @notice The 32 bytes of the clone's args from `offset` on (LibGameArgs).
    function _argWord(uint256 offset) internal view returns (bytes32) {
        _onlyClone();
        return LibClone.argWord(offset);
    }

    /// @notice The first word of the args: every GameConfig field but baseBond (decoded by the functions below).
    function _header() internal view returns (bytes32) {
        return _argWord(0);
    }

    /// @notice config.maxDepth from the header word `h` (byte 0).
    function _maxDepth(bytes32 h) internal pure returns (uint256) {
        return uint8(uint256(h) >> 248);
    }

    /// @notice config.splitDepth from `h` (byte 1).
    function _splitDepth(bytes32 h) internal pure returns (uint256) {
        return uint8(uint256(h) >> 240);
    }

    /// @notice config.maxClockDuration from `h` (bytes 2-9).
    function _maxClockDuration(bytes32 h) internal pure returns (uint64) {
        return uint64(uint256(h) >> 176);
    }

    /// @notice config.clockExtension from `h` (bytes 10-17).
    function _clockExtension(bytes32 h) internal pure returns (uint64) {
        return uint64(uint256(h) >> 112);
    }

    /// @notice config.bondGrowthBps from `h` (bytes 18-21).
    function _bondGrowthBps(bytes32 h) internal pure returns (uint32) {
        return uint32(uint256(h) >> 80);
    }

    /// @notice config.bondClaimDelay from `h` (bytes 22-29).
    function _bondClaimDelay(bytes32 h) internal pure returns (uint64) {
        return uint64(uint256(h) >> 16);
    }

    /// @notice config.baseBond (LibGameArgs.BASE_BOND, 16 bytes).
    function _baseBond() internal view returns (uint128) {
        return uint128(bytes16(_argWord(LibGameArgs.BASE_BOND)));
    }

    /// @notice The VM (LibGameArgs.VM).
    function _vm() internal view returns (IDisputeVM) {
        return IDisputeVM(address(bytes20(_argWord(LibGameArgs.VM))));
    }
}
