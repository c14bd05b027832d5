package challenger

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"
)

// Clock tells the time a game's chess clocks are read at. The watcher's
// default is the L1 head's timestamp (the contract measures
// block.timestamp); tests may pass their own.
type Clock interface {
	Now() time.Time
}

// Side is one side of a game: the proposer's (the root claim and every even
// depth) or the challenger's (every odd depth).
type Side int

const (
	ProposerSide Side = iota
	ChallengerSide
)

func (s Side) String() string {
	if s == ProposerSide {
		return "proposer"
	}
	return "challenger"
}

// sideOf is the side that made a claim at depth d.
func sideOf(d types.Depth) Side { return Side(d % 2) }

// sideOfState is the side we play in a game of a record in state s.
func sideOfState(s RecordState) Side {
	if s == Defending {
		return ProposerSide
	}
	return ChallengerSide
}

// GameView is a game's state as the status command and the chess-clock
// decision see it, computed from its claims by ViewGame.
type GameView struct {
	Claims  int           // claims on chain: the root, the dispute's first attack and every move since
	Depth   int           // deepest position reached
	Max     time.Duration // the game's maxClockDuration
	Used    [2]time.Duration
	Running [2]bool  // whether the side's clock is running: an uncountered leaf of the other side awaits its answer
	Bonds   *big.Int // bonds at stake: the sum of the claims' bonds
	Ours    *big.Int // of which ours (claimant us)
}

// Remaining is the time side has left on its clock (0 once it ran out).
func (v GameView) Remaining(s Side) time.Duration { return max(v.Max-v.Used[s], 0) }

// ViewGame computes a game's view at now from its claims (contract order).
// A side's clock is the longest time it has used in any subgame: for each
// uncountered leaf claim the answering side's clock runs (op-challenger's
// ChessClock: the parent's duration plus the time since the leaf was made),
// capped at max; the side that made it has used the leaf's duration.
func ViewGame(claims []types.Claim, now time.Time, maxClock time.Duration, us common.Address) GameView {
	v := GameView{Claims: len(claims), Max: maxClock, Bonds: new(big.Int), Ours: new(big.Int)}
	hasChild := make([]bool, len(claims))
	for _, c := range claims {
		if c.ParentContractIndex >= 0 && c.ParentContractIndex < len(claims) {
			hasChild[c.ParentContractIndex] = true
		}
	}
	for k, c := range claims {
		d := c.Position.Depth()
		v.Depth = max(v.Depth, int(d))
		if c.Bond != nil {
			v.Bonds.Add(v.Bonds, c.Bond)
			if c.Claimant == us && us != (common.Address{}) {
				v.Ours.Add(v.Ours, c.Bond)
			}
		}
		mover := sideOf(d)
		v.Used[mover] = max(v.Used[mover], min(c.Clock.Duration, maxClock))
		if hasChild[k] || c.CounteredBy != (common.Address{}) {
			continue
		}
		var parent types.Claim
		if c.ParentContractIndex >= 0 && c.ParentContractIndex < len(claims) {
			parent = claims[c.ParentContractIndex]
		}
		answer := 1 - mover
		v.Running[answer] = true
		v.Used[answer] = max(v.Used[answer], min(max(types.ChessClock(now, c, parent), 0), maxClock))
	}
	return v
}

// Urgency is how soon we must move in a game.
type Urgency int

const (
	// Idle: our clock is not running (nothing of the other side awaits us).
	Idle Urgency = iota
	// Calm: our clock runs with more than the margin left.
	Calm
	// Hurry: our clock runs with less than the margin left: the game is
	// played first and a warning logged.
	Hurry
	// Expired: our clock ran out: we cannot move any more in that subgame.
	Expired
)

func (u Urgency) String() string {
	switch u {
	case Idle:
		return "idle"
	case Calm:
		return "calm"
	case Hurry:
		return "hurry"
	case Expired:
		return "expired"
	}
	return "Urgency(?)"
}

// ClockUrgency decides how soon side must move in the game v, given the
// margin it wants to keep on its clock (the watcher's: the game's clock
// extension plus two poll intervals).
func ClockUrgency(v GameView, side Side, margin time.Duration) Urgency {
	switch left := v.Remaining(side); {
	case !v.Running[side]:
		return Idle
	case left <= 0:
		return Expired
	case left <= margin:
		return Hurry
	default:
		return Calm
	}
}

// NextWait is how long the watcher may wait before its next round: the
// poll interval, shortened so that a running clock of ours with left time
// remaining is looked at again while at least half of it is left (never
// below minWait). An expired or idle clock does not shorten it.
func NextWait(poll, minWait time.Duration, left []time.Duration) time.Duration {
	w := poll
	for _, l := range left {
		if l > 0 {
			w = min(w, max(l/2, minWait))
		}
	}
	return w
}
