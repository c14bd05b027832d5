// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IDisputeVM
/// @notice What a DisputeGame needs to know about the computation it bisects (docs/game.md, "The VM"). The game is
///         generic: above the split depth its claims are level-1 states, trace index i claiming state i+1 of
///         `transitions + 1` states (indices past the last repeat it); below the split depth they are the
///         micro-states of one level-1 transition t (from state t to state t+1), trace index j claiming the state
///         after j+1 micro-steps, clamped at the program's end. Transitions t >= `transitions` are padding: their
///         level-2 game is the identity on the level-1 state.
///         Implementations: TransformerVM (the tensor ISA over OneStepVerifier), TrainingVM (training records: the
///         import, step and export machines over the training verifiers) and, for tests of the game logic alone,
///         AlphabetVM (contracts/src/test).
interface IDisputeVM {
    /// @notice Derives a dispute's commitments from the disputed record.
    /// @param record The ABI-encoded record the game disputes (IRollup.JobRecord for TransformerVM and TrainingVM).
    /// @param data Whatever the VM needs to check the derivation (token ids, Merkle openings).
    /// @return rootClaim The level-1 state the record claims after its last transition (the game's root claim).
    /// @return absolutePrestate Level-1 state 0, computed from the record's inputs (never taken from the claimant).
    /// @return transitions The number of level-1 transitions (states - 1); transitions past it are no-ops.
    /// @return ctx The context every later call of this VM for the game takes (stored by the game).
    function setup(bytes calldata record, bytes calldata data)
        external
        view
        returns (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx);

    /// @notice The level-2 absolute prestate of transition t: the micro-state at step 0 that level-1 state
    ///         `level1` stands for. Reverts unless `preimage` opens `level1` as the state t of the computation.
    ///         For a padding transition (t >= transitions) it is `level1` itself and `preimage` is ignored.
    function subgamePrestate(bytes calldata ctx, uint256 t, bytes32 level1, bytes calldata preimage)
        external
        view
        returns (bytes32 state0);

    /// @notice The level-1 state that the final micro-state `state` of transition t stands for (state t+1).
    ///         Reverts unless `preimage` opens `state` and that state is the end of transition t's program.
    ///         For a padding transition it is `state` itself and `preimage` is ignored.
    function project(bytes calldata ctx, uint256 t, bytes32 state, bytes calldata preimage)
        external
        view
        returns (bytes32 level1);

    /// @notice Executes one micro-step of transition t from the micro-state `pre`, which `proof` must open
    ///         (revert otherwise), and returns the micro-state after it. For a padding transition it returns `pre`.
    function step(bytes calldata ctx, uint256 t, bytes32 pre, bytes calldata proof) external view returns (bytes32 post);
}
