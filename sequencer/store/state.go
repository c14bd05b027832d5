package store

import "fmt"

// State is where a job is in the sequencer's pipeline (docs/operators.md,
// "Sequencer"). The zero value is not a state.
type State uint8

const (
	// Received: durably stored and acknowledged, not yet admitted for dispatch.
	Received State = iota + 1
	// Queued: admitted, waiting in FIFO order (its sequence) for a worker.
	Queued
	// Leased: handed to a worker until a deadline.
	Leased
	// Executed: a worker's result is stored with the job.
	Executed
	// Batched: the job's record is in a batch (index and record number stored).
	Batched
	// Posted: the batch's data is on L1.
	Posted
	// Proposed: the batch is proposed on L1 with its bond.
	Proposed
	// Final: the record finalized (delivered or deliverable). Terminal.
	Final
	// Voided: the job will never be served by this sequencer: rejected,
	// refunded on L1, or its record voided. Terminal.
	Voided
	// Dropped: an L1 job whose JobSubmitted event disappeared in a reorg
	// before it was batched. If the same event reappears the job returns to
	// the state it was dropped from (Leased as Queued, its lease gone); if
	// another job reappears under its inbox id, to Received.
	Dropped
)

var stateNames = [...]string{"", "received", "queued", "leased", "executed", "batched", "posted", "proposed", "final", "voided", "dropped"}

func (s State) String() string {
	if s.Valid() {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Valid reports whether s is one of the defined states.
func (s State) Valid() bool { return s >= Received && s <= Dropped }

// Terminal reports whether no transition leaves s.
func (s State) Terminal() bool { return s == Final || s == Voided }

// Unbatched reports whether a job in s holds no batch position (it may still
// be dropped by a reorg or voided by a refund without touching a batch).
func (s State) Unbatched() bool { return s >= Received && s <= Executed }

// transitions lists, for each state, the states a job may move to.
var transitions = map[State][]State{
	Received: {Queued, Voided, Dropped},
	Queued:   {Leased, Voided, Dropped},
	Leased:   {Queued, Executed, Voided, Dropped},
	Executed: {Queued, Batched, Voided, Dropped},
	Batched:  {Posted},
	Posted:   {Proposed},
	Proposed: {Final, Voided},
	Dropped:  {Received, Queued, Executed},
}

// CanMove reports whether a job may go from one state to another. Staying in
// the same state is not a move (transitions treat it as already applied).
func CanMove(from, to State) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}
