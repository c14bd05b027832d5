// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Position} from "../lib/LibPosition.sol";
import {IDisputeVM} from "./IDisputeVM.sol";

/// @notice A chess clock reading: the duration a side has used (high 64 bits) and the timestamp it was read at
///         (low 64 bits), as Optimism's LibClock.
type Clock is uint128;

/// @title IDisputeGame
/// @notice One bisection game over one disputed job record (docs/game.md), with Optimism FaultDisputeGame's rules so
///         that op-challenger's solver can play it: generalized-index positions, attack/defend moves, a split depth
///         (level-1 states above, level-2 micro-states of one transition below), `step` at the maximum depth
///         through an IDisputeVM, a chess clock per side with extensions, depth-scaled bonds and bottom-up
///         resolution that pays each countered claim's bond to its left-most uncountered challenger.
///         Permissionless: any address may make any move. The root claim is the proposer's record (its bond is
///         the proposer's record bond, held by the Rollup, so claim 0 carries none); claim 1, the first attack
///         on it, is made at creation by the disputing challenger.
interface IDisputeGame {
    /// @notice Where the game is. CHALLENGER_WINS: the root claim was countered (the record is wrong).
    enum GameStatus {
        IN_PROGRESS,
        CHALLENGER_WINS,
        DEFENDER_WINS
    }

    /// @notice The game's parameters, fixed at creation (mainnet-scale and devnet values: docs/game.md).
    struct GameConfig {
        uint8 maxDepth; // the deepest position a claim may take; step() runs below it
        uint8 splitDepth; // deepest level-1 position; level 2 starts at splitDepth + 1
        uint64 maxClockDuration; // seconds each side may use in total
        uint64 clockExtension; // a mover with less than this left gets it back (doubled at the split and last bisection)
        uint128 baseBond; // bond of a claim at depth 0, in wei
        uint32 bondGrowthBps; // each depth multiplies the bond by (10000 + bondGrowthBps) / 10000
        uint64 bondClaimDelay; // seconds after resolution before claimCredit pays (DelayedWETH's delay)
    }

    /// @notice A claim in the game's DAG (FaultDisputeGame's ClaimData).
    struct ClaimData {
        uint32 parentIndex; // type(uint32).max for the root
        address counteredBy; // the left-most uncountered challenger, set when the claim is resolved (or stepped)
        address claimant; // who made the claim (and is paid its bond back if it stands)
        uint128 bond; // wei bonded with the claim
        bytes32 claim; // the state claimed at `position`'s trace index
        Position position; // generalized index
        Clock clock; // the claimant's side clock when the claim was made
    }

    /// @notice The configuration is inconsistent; `field` names the bad value.
    error InvalidConfig(string field);
    /// @notice The game is over.
    error GameNotInProgress();
    /// @notice No claim has index `index` (there are `length`).
    error InvalidParent(uint256 index, uint256 length);
    /// @notice The claim at the parent index is `have`, not the `disputed` value the mover saw.
    error InvalidDisputedClaim(bytes32 disputed, bytes32 have);
    /// @notice A move to `depth` is past the maximum depth `maxDepth` (step instead).
    error GameDepthExceeded(uint256 depth, uint256 maxDepth);
    /// @notice The root claim cannot be defended.
    error CannotDefendRootClaim();
    /// @notice The move needs `required` wei of bond, it came with `sent`.
    error IncorrectBondAmount(uint256 sent, uint256 required);
    /// @notice The same claim at the same position under the same parent exists already.
    error ClaimAlreadyExists(bytes32 claim, Position position, uint256 parentIndex);
    /// @notice The mover's clock has run out.
    error ClockTimeExceeded();
    /// @notice The claim's challenge clock has not run out yet (`used` of `max` seconds used).
    error ClockNotExpired(uint256 used, uint256 max);
    /// @notice A move to depth splitDepth + 1 roots a level-2 game and must come through moveExecRoot.
    error ExecRootRequired();
    /// @notice moveExecRoot was called for a move that is not to depth splitDepth + 1.
    error NotExecRoot(uint256 depth);
    /// @notice The level-2 root claim contradicts the mover's side: its level-1 projection `projected` should
    ///         differ from the disputed level-1 claim `disputed` (or equal it, when the mover made that claim's side).
    error UnexpectedRootClaim(bytes32 projected, bytes32 disputed);
    /// @notice step() names a claim that is not at the maximum depth.
    error NotAtMaxDepth(uint256 depth, uint256 maxDepth);
    /// @notice The step executes to the claimed post-state: it does not counter the claim.
    error ValidStep(bytes32 post);
    /// @notice The claim has been countered already (by a step or resolution).
    error AlreadyCountered(uint256 claimIndex);
    /// @notice The claim's subgame has been resolved already.
    error ClaimAlreadyResolved(uint256 claimIndex);
    /// @notice A child of the claim must be resolved first.
    error OutOfOrderResolution(uint256 claimIndex, uint256 child);
    /// @notice The root's subgame is not resolved yet.
    error RootNotResolved();
    /// @notice Nothing to claim for `recipient`.
    error NoCreditToClaim(address recipient);
    /// @notice Bonds cannot be claimed before `unlocksAt` (resolvedAt + bondClaimDelay); 0 while the game is in
    ///         progress, when the unlock time is not known yet.
    error BondsLocked(uint256 unlocksAt);
    /// @notice Sending `amount` wei to `to` failed.
    error TransferFailed(address to, uint256 amount);

    /// @notice Emitted for every claim, claim 0 and 1 at creation included.
    event Move(uint256 indexed parentIndex, bytes32 indexed claim, address indexed claimant, uint256 claimIndex);
    /// @notice Emitted when a step counters claim `claimIndex`.
    event Step(uint256 indexed claimIndex, address indexed stepper, bytes32 post);
    /// @notice Emitted when claim `claimIndex`'s subgame is resolved; counteredBy is zero if it stands.
    event ClaimResolved(uint256 indexed claimIndex, address indexed counteredBy);
    /// @notice Emitted once, when the game is resolved.
    event Resolved(GameStatus indexed status);
    /// @notice Emitted when `recipient` is paid `amount` wei of bonds.
    event CreditClaimed(address indexed recipient, uint256 amount);

    /// @notice Attacks (disagrees with) or defends (agrees with, disagreeing with the next trace index) the claim
    ///         at `parentIndex`, claiming `claim` at the new position, with the bond getRequiredBond(new position).
    /// @param disputed The value the mover saw at `parentIndex` (guards against a reorg changing it).
    function move(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack) external payable;

    /// @notice move() for a move to depth splitDepth + 1, rooting the level-2 game of a transition: `preimage`
    ///         opens `claim` as that transition's final micro-state, whose level-1 projection must differ from the
    ///         disputed level-1 claim when the latter is the other side's (FaultDisputeGame's VM status check).
    function moveExecRoot(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack, bytes calldata preimage)
        external
        payable;

    /// @notice Counters the claim at `claimIndex` (at the maximum depth) by executing one step: attack steps from
    ///         the state before it to a post-state that differs from it; defend steps from it to a state that
    ///         differs from the next one. `prestatePreimage` is read only when the pre-state is the level-2 absolute
    ///         prestate (it then opens the level-1 pre-state, IDisputeVM.subgamePrestate); `proof` is the VM's.
    function step(uint256 claimIndex, bool isAttack, bytes calldata prestatePreimage, bytes calldata proof) external;

    /// @notice Resolves the subgame rooted at claim `claimIndex` once its challenge clock has run out and its
    ///         children are resolved: it is countered iff a child stands; the left-most standing child's claimant
    ///         (or the stepper) is credited its bond, else its own claimant is. `numToResolve` children at most are
    ///         examined in this call (0 = all), so wide subgames resolve over several calls.
    function resolveClaim(uint256 claimIndex, uint256 numToResolve) external;

    /// @notice Resolves the game from the root's subgame: CHALLENGER_WINS iff the root claim was countered.
    function resolve() external returns (GameStatus status);

    /// @notice Pays out the bonds credited to `recipient` (anyone may call it), once the game is resolved and
    ///         bondClaimDelay seconds have passed since (bondsUnlockAt); before that it reverts BondsLocked, even
    ///         for credits that resolveClaim assigned while the game was in progress. The delay is the window in
    ///         which a buggy game's payout can be noticed and stopped before its ETH leaves (Optimism's DelayedWETH).
    function claimCredit(address recipient) external;

    /// @notice The timestamp from which claimCredit pays: resolvedAt + bondClaimDelay, or 0 while the game is in
    ///         progress.
    function bondsUnlockAt() external view returns (uint256);

    /// @notice The required bond of a claim at `position`: baseBond × ((10000 + bondGrowthBps) / 10000)^depth.
    function getRequiredBond(Position position) external view returns (uint256);

    /// @notice Seconds the side challenging claim `claimIndex` has used, capped at maxClockDuration.
    function getChallengerDuration(uint256 claimIndex) external view returns (uint64);

    /// @notice Claim `index`.
    function claimData(uint256 index) external view returns (ClaimData memory);

    /// @notice Number of claims.
    function claimDataLen() external view returns (uint256);

    /// @notice Where the game is.
    function status() external view returns (GameStatus);

    /// @notice Wei credited to `recipient` and not yet claimed.
    function credit(address recipient) external view returns (uint256);

    /// @notice The game's parameters.
    function config() external view returns (GameConfig memory);

    /// @notice The VM the game steps through.
    function disputeVM() external view returns (IDisputeVM);

    /// @notice The VM context of the disputed record (IDisputeVM.setup).
    function vmContext() external view returns (bytes memory);

    /// @notice The root claim: the record's final level-1 state.
    function rootClaim() external view returns (bytes32);

    /// @notice Level-1 state 0, derived from the record's inputs.
    function absolutePrestate() external view returns (bytes32);

    /// @notice Number of level-1 transitions; later ones are padding.
    function transitions() external view returns (uint256);

    /// @notice Who created the game (the Rollup, through the factory).
    function creator() external view returns (address);

    /// @notice Timestamps of creation and of resolution (0 while in progress).
    function createdAt() external view returns (uint64);

    /// @notice Timestamp of resolution, 0 while in progress.
    function resolvedAt() external view returns (uint64);

    /// @notice Whether the subgame rooted at claim `claimIndex` has been resolved (resolveClaim).
    function resolvedSubgames(uint256 claimIndex) external view returns (bool);

    /// @notice How many children of claim `claimIndex` resolveClaim has still to examine.
    function getNumToResolve(uint256 claimIndex) external view returns (uint256);
}
