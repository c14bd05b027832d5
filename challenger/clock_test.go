package challenger

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"
)

// chain builds a linear game: claim k at depth k, made at t0 + times[k],
// each a move on the one before (its stored duration as the contract
// computes it: the mover's clock when it moved).
func chain(t0 time.Time, times []time.Duration, claimants []common.Address) []types.Claim {
	pos := types.RootPosition
	var out []types.Claim
	for k, at := range times {
		var dur time.Duration
		if k >= 2 {
			dur = types.ChessClock(t0.Add(at), out[k-1], out[k-2])
		}
		c := types.Claim{ClaimData: types.ClaimData{Position: pos, Bond: big.NewInt(int64(10 * (k + 1)))}, Claimant: claimants[k%2],
			Clock: types.NewClock(dur, t0.Add(at)), ContractIndex: k, ParentContractIndex: k - 1}
		out = append(out, c)
		pos = pos.Attack()
	}
	return out
}

func TestViewGame(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	prop, chal := common.Address{1}, common.Address{2}
	const maxClock = time.Hour
	// Root at t0, the dispute's attack at t0, the proposer's answer after
	// 100 s, the challenger's after 250 s more, read 1000 s after that.
	claims := chain(t0, []time.Duration{0, 0, 100 * time.Second, 350 * time.Second}, []common.Address{prop, chal})
	v := ViewGame(claims, t0.Add(1350*time.Second), maxClock, chal)
	require.Equal(t, 4, v.Claims)
	require.Equal(t, 3, v.Depth)
	require.Equal(t, [2]bool{true, false}, v.Running, "the proposer answers the challenger's leaf")
	require.Equal(t, 1100*time.Second, v.Used[ProposerSide], "100 s for its first answer and 1000 s since the leaf")
	require.Equal(t, 250*time.Second, v.Used[ChallengerSide])
	require.Equal(t, maxClock-1100*time.Second, v.Remaining(ProposerSide))
	require.EqualValues(t, 10+20+30+40, v.Bonds.Int64())
	require.EqualValues(t, 20+40, v.Ours.Int64(), "the challenger's claims 1 and 3")

	// Past the maximum the clock is capped and nothing is left.
	v = ViewGame(claims, t0.Add(10*time.Hour), maxClock, common.Address{})
	require.Equal(t, maxClock, v.Used[ProposerSide])
	require.Zero(t, v.Remaining(ProposerSide))
	require.Zero(t, v.Ours.Sign(), "no address: nothing is ours")

	// A countered leaf runs no clock: both sides idle.
	claims[3].CounteredBy = prop
	v = ViewGame(claims, t0.Add(1350*time.Second), maxClock, chal)
	require.Equal(t, [2]bool{false, false}, v.Running)
}

func TestClockUrgency(t *testing.T) {
	const maxClock, margin = time.Hour, 10 * time.Minute
	view := func(used time.Duration, running bool) GameView {
		return GameView{Max: maxClock, Used: [2]time.Duration{used, 0}, Running: [2]bool{running, false}}
	}
	for _, c := range []struct {
		name string
		v    GameView
		side Side
		want Urgency
	}{
		{"not our turn", view(50*time.Minute, true), ChallengerSide, Idle},
		{"not running", view(59*time.Minute, false), ProposerSide, Idle},
		{"plenty left", view(10*time.Minute, true), ProposerSide, Calm},
		{"just above the margin", view(maxClock-margin-time.Second, true), ProposerSide, Calm},
		{"at the margin", view(maxClock-margin, true), ProposerSide, Hurry},
		{"one second left", view(maxClock-time.Second, true), ProposerSide, Hurry},
		{"ran out", view(maxClock, true), ProposerSide, Expired},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, ClockUrgency(c.v, c.side, margin), "got %v", ClockUrgency(c.v, c.side, margin))
		})
	}
}

func TestNextWait(t *testing.T) {
	const poll, floor = 12 * time.Second, time.Second
	for _, c := range []struct {
		name string
		left []time.Duration
		want time.Duration
	}{
		{"no clock running", nil, poll},
		{"far from the end", []time.Duration{time.Hour}, poll},
		{"half of what is left", []time.Duration{time.Hour, 10 * time.Second}, 5 * time.Second},
		{"never below the floor", []time.Duration{time.Second}, floor},
		{"an expired clock does not count", []time.Duration{0}, poll},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, NextWait(poll, floor, c.left))
		})
	}
}
