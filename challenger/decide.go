package challenger

import (
	"errors"
	"fmt"

	"github.com/airollup/airollup/internal/reexec"
)

// Action is what the challenger does about one record.
type Action int

const (
	// Leave: nothing to do (the record is right, or already settled).
	Leave Action = iota
	// ChallengeData: Rollup.challengeData, the record's blob data is unreadable.
	ChallengeData
	// ReportInvalid: Rollup.reportInvalid, RecordValidity.invalidity voids it.
	ReportInvalid
	// Dispute: Rollup.dispute, re-execution disagrees with the record.
	Dispute
	// Join: someone else disputed a record re-execution disagrees with; we
	// play its game on the challenger's side (no second dispute).
	Join
	// Defend: someone disputed a record re-execution agrees with; in defender
	// mode we play its game on the proposer's side.
	Defend
	// Watch: a right record inside its window, in defender mode: judged again
	// each round until it is disputed (Defend) or its window closes.
	Watch
)

func (a Action) String() string {
	switch a {
	case Leave:
		return "leave"
	case ChallengeData:
		return "challengeData"
	case ReportInvalid:
		return "reportInvalid"
	case Dispute:
		return "dispute"
	case Join:
		return "join"
	case Defend:
		return "defend"
	case Watch:
		return "watch"
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// Record statuses, as IRollup.RecordStatus.
const (
	StatusNone uint8 = iota
	StatusDisputed
	StatusVoided
	StatusDelivered
)

// Observation is what the challenger knows of one record when it decides.
type Observation struct {
	Status         uint8  // Rollup.recordStatus
	Readable       bool   // its record and output (and request) were decoded and match the batch
	DataChallenged bool   // a data challenge on it is open or answered
	WindowOpen     bool   // Rollup.recordDeadline is still ahead: it may be disputed or data-challenged
	Deadline       uint64 // Rollup.recordDeadline
	Invalidity     uint8  // RecordValidity.invalidity: 0 (None) for a valid record; read only when Readable
	Defender       bool   // defender mode (--defend): defend the records re-execution agrees with
	// Reexec is re-execution's verdict, read only for a readable valid record
	// that is undisputed, or disputed (to pick a side):
	// nil when it agrees, reexec.ErrWrongResult (wrapped) when it does not,
	// any other error when it could not run (retried later).
	Reexec error
}

// ErrUndecided is returned when the record cannot be judged yet (re-execution
// failed for a reason other than a wrong result): the caller retries.
var ErrUndecided = errors.New("challenger: record not judged yet")

// NeedsReexec reports whether Decide reads o.Reexec: for a readable valid
// record that is undisputed or disputed.
func NeedsReexec(o Observation) bool {
	return o.Readable && o.Invalidity == 0 && (o.Status == StatusNone || o.Status == StatusDisputed)
}

// Decide returns the action for a record. A record voided or delivered is
// left. A disputed one is joined when re-execution disagrees with it,
// defended in defender mode when it agrees, else left; a disputed invalid
// one is watched, to be reported once its game leaves it undisputed. An unreadable one is
// data-challenged inside its window (once); an invalid one is reported (at
// any time before delivery); a valid one whose re-execution disagrees is
// disputed inside its window; one it agrees with is watched inside its
// window in defender mode.
func Decide(o Observation) (Action, error) {
	if o.Status == StatusDisputed && NeedsReexec(o) {
		switch {
		case o.Reexec == nil:
			if o.Defender {
				return Defend, nil
			}
			return Leave, nil
		case errors.Is(o.Reexec, reexec.ErrWrongResult):
			return Join, nil
		default:
			return Leave, fmt.Errorf("%w: %w", ErrUndecided, o.Reexec)
		}
	}
	if o.Status == StatusDisputed && o.Readable && o.Invalidity != 0 {
		// reportInvalid needs the record undisputed: watched until its game
		// is settled, then reported if it survived.
		return Watch, nil
	}
	if o.Status != StatusNone {
		return Leave, nil
	}
	if !o.Readable {
		if o.DataChallenged || !o.WindowOpen {
			return Leave, nil
		}
		return ChallengeData, nil
	}
	if o.Invalidity != 0 {
		return ReportInvalid, nil
	}
	switch {
	case o.Reexec == nil:
		if o.Defender && o.WindowOpen {
			return Watch, nil
		}
		return Leave, nil
	case errors.Is(o.Reexec, reexec.ErrWrongResult):
		if !o.WindowOpen {
			return Leave, nil
		}
		return Dispute, nil
	default:
		return Leave, fmt.Errorf("%w: %w", ErrUndecided, o.Reexec)
	}
}
