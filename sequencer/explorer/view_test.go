package explorer

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/sequencer/store"
)

var (
	prop  = common.HexToAddress("0xaa")
	chall = common.HexToAddress("0xcc")
)

func claim(i, parent int, pos int64, by common.Address, dur, ts uint64) Claim {
	who := prop
	if big.NewInt(pos).BitLen()%2 == 0 { // odd depth
		who = chall
	}
	return Claim{Index: i, ParentIndex: parent, Claimant: who, CounteredBy: by, Bond: big.NewInt(1e15), Position: big.NewInt(pos),
		Duration: dur, Timestamp: ts}
}

// smallGame is a game of split depth 2 and max depth 5 (two level-2 bits
// below the split root) over P = 2 positions of L = 1 layer (4
// transitions), played to a step, plus a side branch that stopped early.
func smallGame() ([]Claim, Geometry) {
	return []Claim{
		claim(0, -1, 1, chall, 0, 100),             // root: h(2, 0), countered
		claim(1, 0, 2, common.Address{}, 0, 110),   // challenger attacks: states 0..2
		claim(2, 1, 4, common.Address{}, 5, 120),   // proposer attacks: state 1
		claim(3, 2, 10, common.Address{}, 10, 130), // challenger defends into level 2 of transition 1
		claim(4, 3, 20, common.Address{}, 15, 140), // proposer attacks: micro-states 0..1
		claim(5, 1, 5, common.Address{}, 5, 150),   // a side branch (defend of claim 1), shallower
		claim(6, 4, 42, prop, 20, 160),             // challenger defends to micro-state 3; stepped by the proposer
	}, Geometry{SplitDepth: 2, MaxDepth: 5, Positions: 2, Transitions: 4}
}

// TestPath: the path runs from the root to the deepest claim, each claim
// with its side, move, level and the interval it narrows to, named as
// level-1 (token, layer) states and level-2 micro-steps; the countered leaf
// at the maximum depth is the one step.
func TestPath(t *testing.T) {
	claims, geo := smallGame()
	path, step := Path(claims, geo)
	require.Len(t, path, 6)
	want := []struct {
		index, depth, level int
		side, move          string
		lo, hi, span        uint64
		label               string
	}{
		{0, 0, 1, "proposer", "root", 0, 3, 4, "h(2, 0) (final)"},
		{1, 1, 1, "challenger", "attack", 0, 1, 4, "h(1, 0)"},
		{2, 2, 1, "proposer", "attack", 0, 0, 4, "h(0, 1)"},
		{3, 3, 2, "challenger", "defend", 0, 3, 4, "micro-state 4 of token 0, head step"},
		{4, 4, 2, "proposer", "attack", 0, 1, 4, "micro-state 2 of token 0, head step"},
		{6, 5, 2, "challenger", "defend", 2, 2, 4, "micro-state 3 of token 0, head step"},
	}
	for i, w := range want {
		p := path[i]
		require.Equal(t, w.index, p.Index, "claim %d", i)
		require.Equal(t, w.depth, p.Depth, "claim %d", i)
		require.Equal(t, w.level, p.Level, "claim %d", i)
		require.Equal(t, w.side, p.Side, "claim %d", i)
		require.Equal(t, w.move, p.Move, "claim %d", i)
		require.Equal(t, [3]uint64{w.lo, w.hi, w.span}, [3]uint64{p.Lo, p.Hi, p.Span}, "claim %d", i)
		require.Equal(t, w.label, p.Label, "claim %d", i)
		if p.Level == 2 {
			require.NotNil(t, p.Transition)
			require.EqualValues(t, 1, *p.Transition, "claim %d bisects transition 1", i)
		}
	}
	require.Equal(t, "h(0, 0)", path[1].From)
	require.Equal(t, "h(1, 0)", path[1].To)
	require.Equal(t, "micro-state 2", path[5].From)
	require.Equal(t, "micro-state 3", path[5].To)
	require.Equal(t, &chall, path[0].CounteredBy)
	require.Nil(t, path[1].CounteredBy)

	require.NotNil(t, step)
	require.Equal(t, 6, step.ClaimIndex)
	require.EqualValues(t, 1, step.Transition)
	require.Equal(t, "token 0, head step", step.Where)
	require.EqualValues(t, 3, step.MicroState)
	require.Equal(t, prop, step.Stepper)
	require.Contains(t, step.Label, "one step: micro-step 2 of token 0, head step")

	// Not countered at the maximum depth, or short of it: no step.
	claims[6].CounteredBy = common.Address{}
	_, step = Path(claims, geo)
	require.Nil(t, step)
	path, step = Path(claims[:3], geo)
	require.Len(t, path, 3)
	require.Nil(t, step)
	path, step = Path(nil, geo)
	require.Nil(t, path)
	require.Nil(t, step)
}

// TestPathUnknownJob: without the job's size, states and transitions are
// named by index.
func TestPathUnknownJob(t *testing.T) {
	claims, geo := smallGame()
	geo.Positions = 0
	path, step := Path(claims, geo)
	require.Equal(t, "state 4", path[0].Label)
	require.Equal(t, "micro-state 4 of transition 1", path[3].Label)
	require.Equal(t, "transition 1", step.Where)
}

// TestGeometryNames: level-1 states and transitions of P = 3 positions of
// L = 2 layers (transitions 0..8; state 9 is h(3, 0); past it, padding).
func TestGeometryNames(t *testing.T) {
	g := Geometry{Positions: 3, Transitions: 9}
	require.Equal(t, "h(0, 0)", g.state(0))
	require.Equal(t, "h(1, 2)", g.state(5))
	require.Equal(t, "h(3, 0) (final)", g.state(9))
	require.Equal(t, "h(3, 0) (final, repeated)", g.state(12))
	require.Equal(t, "token 0, layer 1", g.transition(1))
	require.Equal(t, "token 1, head step", g.transition(5))
	require.Equal(t, "transition 9 (padding)", g.transition(9))
	require.Equal(t, "state 5", Geometry{Positions: 2, Transitions: 9}.state(5), "P does not divide the transitions")
}

// TestClocks: a side has used the longest duration of its claims; the side
// answering an uncountered leaf runs from the leaf's parent's duration plus
// the time since the leaf, capped at the maximum (then it is out of time,
// not running); nothing runs once the game is resolved.
func TestClocks(t *testing.T) {
	claims, _ := smallGame()
	claims[6].CounteredBy = common.Address{}
	// Leaf 6 (challenger's, made at 160) awaits the proposer: claim 4's 15 s
	// + 10 s. Leaf 5 (proposer's, made at 150) awaits the challenger: claim
	// 1's 0 s + 20 s, as much as its own claims' longest (claim 6: 20 s).
	c := Clocks(claims, 170, 60, false)
	require.Equal(t, Clock{Used: "25s", Max: "1m0s", UsedSec: 25, MaxSec: 60, Running: true, Percent: 100 * 25.0 / 60}, c["proposer"])
	require.Equal(t, Clock{Used: "20s", Max: "1m0s", UsedSec: 20, MaxSec: 60, Running: true, Percent: 100 * 20.0 / 60}, c["challenger"])

	c = Clocks(claims, 1000, 60, false)
	require.EqualValues(t, 60, c["proposer"].UsedSec, "capped at the maximum")
	require.False(t, c["proposer"].Running, "out of time")
	require.EqualValues(t, 100, c["proposer"].Percent)

	c = Clocks(claims, 1000, 60, true)
	require.EqualValues(t, 15, c["proposer"].UsedSec, "resolved: the claims' own durations")
	require.EqualValues(t, 20, c["challenger"].UsedSec)
	require.False(t, c["proposer"].Running)
	require.False(t, c["challenger"].Running)
}

type fakeDecoder struct{ fail bool }

func (d fakeDecoder) Decode(ids []int32) (string, error) {
	if d.fail {
		return "", errors.New("unknown token")
	}
	s := ""
	for _, id := range ids {
		s += string(rune('a' + id))
	}
	return s + "\xff", nil
}

// TestDecodeTokens: text with the tokenizer (invalid UTF-8 as U+FFFD), hex
// without one or when it fails; the ids always.
func TestDecodeTokens(t *testing.T) {
	require.Equal(t, Text{Text: "abc\uFFFD", Tokens: []uint32{0, 1, 2}, Decoded: true}, DecodeTokens(fakeDecoder{}, []uint32{0, 1, 2}))
	require.Equal(t, Text{Hex: "0x0000000100000100", Tokens: []uint32{1, 256}}, DecodeTokens(nil, []uint32{1, 256}))
	require.Equal(t, Text{Hex: "0x00000007", Tokens: []uint32{7}}, DecodeTokens(fakeDecoder{fail: true}, []uint32{7}))
	require.Equal(t, Text{Hex: "0x", Tokens: []uint32{}}, DecodeTokens(nil, nil))

	toks, ragged := InputTokens([]byte{0, 0, 0, 5, 0, 0, 1, 0, 9})
	require.Equal(t, []uint32{5, 256}, toks)
	require.True(t, ragged)
}

// TestStatuses: the page's job and batch statuses, and the game outcomes.
func TestStatuses(t *testing.T) {
	for st, want := range map[store.State]string{store.Received: "pending", store.Queued: "pending", store.Dropped: "pending",
		store.Leased: "leased", store.Executed: "executed", store.Batched: "batched", store.Posted: "batched",
		store.Proposed: "proposed", store.Final: "final", store.Voided: "voided"} {
		require.Equal(t, want, JobStatus(st, RecordNone), st.String())
	}
	require.Equal(t, "disputed", JobStatus(store.Proposed, RecordDisputed))
	require.Equal(t, "voided", JobStatus(store.Proposed, RecordVoided))
	require.Equal(t, "delivered", JobStatus(store.Proposed, RecordDelivered))
	require.Equal(t, "delivered", JobStatus(store.Final, RecordDelivered))

	require.Equal(t, "sealed", BatchStatus(store.BatchSealed, 0, 50))
	require.Equal(t, "in window", BatchStatus(store.BatchProposed, 100, 99))
	require.Equal(t, "window over", BatchStatus(store.BatchProposed, 100, 100))
	require.Equal(t, "final", BatchStatus(store.BatchFinal, 100, 99))

	require.Equal(t, "in progress", Outcome(0))
	require.Equal(t, "challenger wins", Outcome(1))
	require.Equal(t, "defender wins", Outcome(2))
	require.Equal(t, "0.001000", ETH(big.NewInt(1e15)))
}

// TestClaimOf: the root's parent index max uint32 is -1; the clock splits
// into duration (high 64 bits) and timestamp (low 64 bits).
func TestClaimOf(t *testing.T) {
	clock := new(big.Int).Lsh(big.NewInt(42), 64)
	clock.Or(clock, big.NewInt(1_700_000_000))
	c := claimOf(3, bindings.IDisputeGameClaimData{ParentIndex: math.MaxUint32, Position: big.NewInt(1), Clock: clock, Bond: big.NewInt(0)})
	require.Equal(t, -1, c.ParentIndex)
	require.EqualValues(t, 42, c.Duration)
	require.EqualValues(t, 1_700_000_000, c.Timestamp)
	require.Equal(t, 0, c.Depth())
	c = claimOf(4, bindings.IDisputeGameClaimData{ParentIndex: 3, Position: big.NewInt(5), Clock: big.NewInt(7)})
	require.Equal(t, 3, c.ParentIndex)
	require.Equal(t, 2, c.Depth())
}
