package challenger_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
)

// TestChallengerWinsAgainstAnotherPrompt: the faulty worker answers job
// l1:2 with a run over another prompt (its last token changed): output and
// roots are those of that run, self-consistent. The challenger leaves the
// right record, disputes this one, and beats the proposer's agent defending
// that run: the record is voided and its bond is the challenger's.
func TestChallengerWinsAgainstAnotherPrompt(t *testing.T) { challengerWins(t, faultPrompt) }

// TestChallengerWinsAgainstACorruptedActivation: the faulty worker's output
// is right, but one activation of its run was corrupted at a random (token,
// layer, micro-step) and its claimed final residual root follows; the
// proposer defends that run. The challenger bisects to the corrupted
// micro-step and wins with its one-step proof.
func TestChallengerWinsAgainstACorruptedActivation(t *testing.T) { challengerWins(t, faultActivation) }

func challengerWins(t *testing.T, f fault) {
	ctx := context.Background()
	e := newFaultyEnv(t, f)
	r := e.r
	ch := &lockedSender{s: &l1test.Sender{C: r.chain, I: 3}}
	w, st := e.watcher(t.TempDir(), ch, challenger.WatchConfig{})
	t.Cleanup(func() { _ = st.Close() })
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Checked, e.state(st, 0).State, "the right record is left")
	en := e.state(st, 1)
	require.Equal(t, challenger.Disputed, en.State, en.Note)
	proposer := fraud.NewAgent(r.badActor, fraud.NewContractGame(en.Game, e.ec, r.seqL1), slogDiscard())
	claims := e.play(en.Game, []*fraud.Agent{proposer}, w)
	require.Greater(t, claims, int(r.game.MaxDepth), "the bisection reached the max depth")
	require.Equal(t, 1, countStepped(t, e, en.Game), "one step counters the proposer's leaf")
	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.game.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 1, e.gameStatus(en.Game), "CHALLENGER_WINS")
	require.NoError(t, r.chain.AdvanceTime(time.Duration(deploy.DevnetRollup().FinalityDelay+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Settled, e.state(st, 1).State)
	require.Equal(t, challenger.StatusVoided, e.recordStatus(1))
	credit, err := e.rb.UnpackCredit(e.read(r.addrs.Rollup, e.rb.PackCredit(ch.From())))
	require.NoError(t, err)
	require.Equal(t, deploy.DevnetRollup().BondPerRecord, credit, "the proposer's record bond is the challenger's")
	require.Zero(t, e.gameCredit(en.Game, r.seqL1.From()).Sign(), "the proposer's game bonds are lost")
	t.Logf("%d claims, challenger %d transactions (%s)", claims, ch.s.Sent, en.Note)
}

// countStepped counts the claims at max depth countered by a step.
func countStepped(t *testing.T, e *env, game common.Address) int {
	cs, err := fraud.NewContractGame(game, e.ec, nil).Claims(context.Background())
	require.NoError(t, err)
	n := 0
	for _, c := range cs {
		if int(c.Position.Depth()) == int(e.r.game.MaxDepth) && c.CounteredBy != (common.Address{}) {
			n++
		}
	}
	return n
}
