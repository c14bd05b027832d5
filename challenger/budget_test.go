package challenger_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/sequencer"
)

// ticking is a wall clock that moves a second each time it is read.
type ticking struct{ t time.Time }

func (c *ticking) now() time.Time { c.t = c.t.Add(time.Second); return c.t }

// TestJudgingBudgetKeepsGamesPlayed: records waiting to be re-executed (a
// flood of them, here a budget that allows one per round) never delay a game
// in play. Each round plays the games first, then judges until the budget is
// spent and leaves the rest for the next round.
func TestJudgingBudgetKeepsGamesPlayed(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, sequencer.DACalldata, nil)
	require.NoError(t, r.seq.Stop(ctx))
	chL1 := &l1test.Sender{C: r.chain, I: 3}
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	ec := ethclient.NewClient(r.chain.RPC())
	clock := &ticking{t: time.Unix(1e9, 0)}
	// One read sets the deadline, one more before each record: a budget of
	// 1.5 s admits one record a round.
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup, JudgeBudget: 1500 * time.Millisecond, WallClock: clock.now},
		ec, chL1, challenger.SequencerBlobs{RPC: r.rc}, models, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	state := func(i uint32) challenger.RecordState {
		e, _, err := st.Record(0, i)
		require.NoError(t, err)
		return e.State
	}

	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Checked, state(0), "the first record judged")
	require.NotEqual(t, challenger.Disputed, state(1), "the second waits for the next round")
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Disputed, state(1), "the wrong record disputed the round after")

	// With the game in play, a round whose judging budget is spent at once
	// still answers the defender's move.
	e, _, err := st.Record(0, 1)
	require.NoError(t, err)
	defender := fraud.NewAgent(r.badActor, fraud.NewContractGame(e.Game, ec, r.seqL1), slogDiscard())
	dg := bindings.NewDisputeGame()
	claims := func() int64 {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &e.Game, Data: dg.PackClaimDataLen()}, nil)
		require.NoError(t, err)
		n, err := dg.UnpackClaimDataLen(out)
		require.NoError(t, err)
		return n.Int64()
	}
	n, err := defender.Act(ctx)
	require.NoError(t, err)
	require.Positive(t, n, "the defender moved")
	before := claims()
	require.NoError(t, w.Step(ctx))
	require.Greater(t, claims(), before, "the challenger answered in the same round")
}
