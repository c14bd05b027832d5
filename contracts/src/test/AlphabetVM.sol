// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeVM} from "../interfaces/IDisputeVM.sol";

/// @title AlphabetVM
/// @notice A toy IDisputeVM for tests of the game logic alone (as Optimism's AlphabetVM): its states are hashes of
///         their indices, so an honest trace is known without running anything. Encoding (what an off-chain player
///         needs to play it):
///         - record = abi.encode(uint256 transitions, bytes32 rootClaim): the record claims `rootClaim` as the final
///           level-1 state (an honest record claims level1State(transitions)); setup's `data` is ignored.
///         - ctx = abi.encode(uint256 transitions); absolutePrestate = level1State(0).
///         - Level-1 state i = level1State(i) = keccak256(abi.encode("L1", i)) for i <= transitions; indices past
///           `transitions` repeat level1State(transitions).
///         - Transition t < transitions runs STEPS micro-steps; micro-state k of it (after k steps, 0 <= k <= STEPS)
///           is microState(t, k) = keccak256(abi.encode("L2", t, k)); the final one, microState(t, STEPS), steps to
///           itself. A level-2 trace index j therefore claims microState(t, min(j + 1, STEPS)).
///         - subgamePrestate(t, level1, preimage): preimage = abi.encode(t), level1 = level1State(t) → microState(t, 0).
///         - project(t, state, preimage): preimage = abi.encode(uint256(STEPS)), state = microState(t, STEPS) →
///           level1State(t + 1).
///         - step(t, pre, proof): proof = abi.encode(k), pre = microState(t, k), k <= STEPS →
///           microState(t, min(k + 1, STEPS)).
///         - A padding transition t >= transitions is the identity: subgamePrestate and project return their state
///           argument and step returns `pre`, ignoring preimage and proof; its honest micro-states are all
///           level1State(transitions).
///         A game over it needs 2^(maxDepth - splitDepth - 1) >= STEPS, so that the level-2 root's trace index
///         reaches the final micro-state.
contract AlphabetVM is IDisputeVM {
    /// @notice Micro-steps of each non-padding transition.
    uint256 public constant STEPS = 5;

    /// @notice `preimage` does not open `level1` as level-1 state `t`.
    error BadPrestatePreimage(uint256 t, bytes32 level1);
    /// @notice `state` is not opened by `preimage` as the final micro-state of transition `t`.
    error NotFinalState(uint256 t, bytes32 state);
    /// @notice `proof` does not open `pre` as a micro-state of transition `t`.
    error BadStepProof(uint256 t, bytes32 pre);

    /// @inheritdoc IDisputeVM
    function setup(bytes calldata record, bytes calldata)
        external
        pure
        returns (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx)
    {
        (transitions, rootClaim) = abi.decode(record, (uint256, bytes32));
        absolutePrestate = level1State(0);
        ctx = abi.encode(transitions);
    }

    /// @inheritdoc IDisputeVM
    function subgamePrestate(bytes calldata ctx, uint256 t, bytes32 level1, bytes calldata preimage)
        external
        pure
        returns (bytes32)
    {
        if (t >= _transitions(ctx)) return level1;
        if (keccak256(preimage) != keccak256(abi.encode(t)) || level1 != level1State(t)) {
            revert BadPrestatePreimage(t, level1);
        }
        return microState(t, 0);
    }

    /// @inheritdoc IDisputeVM
    function project(bytes calldata ctx, uint256 t, bytes32 state, bytes calldata preimage)
        external
        pure
        returns (bytes32)
    {
        if (t >= _transitions(ctx)) return state;
        if (keccak256(preimage) != keccak256(abi.encode(STEPS)) || state != microState(t, STEPS)) {
            revert NotFinalState(t, state);
        }
        return level1State(t + 1);
    }

    /// @inheritdoc IDisputeVM
    function step(bytes calldata ctx, uint256 t, bytes32 pre, bytes calldata proof) external pure returns (bytes32) {
        if (t >= _transitions(ctx)) return pre;
        if (proof.length != 32) revert BadStepProof(t, pre);
        uint256 k = abi.decode(proof, (uint256));
        if (k > STEPS || pre != microState(t, k)) revert BadStepProof(t, pre);
        return microState(t, k < STEPS ? k + 1 : STEPS);
    }

    /// @notice Level-1 state i of the honest run: keccak256(abi.encode("L1", i)).
    function level1State(uint256 i) public pure returns (bytes32) {
        return keccak256(abi.encode("L1", i));
    }

    /// @notice Micro-state k (after k steps) of transition t of the honest run: keccak256(abi.encode("L2", t, k)).
    function microState(uint256 t, uint256 k) public pure returns (bytes32) {
        return keccak256(abi.encode("L2", t, k));
    }

    /// @notice The number of transitions in `ctx`.
    function _transitions(bytes calldata ctx) internal pure returns (uint256) {
        return abi.decode(ctx, (uint256));
    }
}
