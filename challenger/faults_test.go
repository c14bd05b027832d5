package challenger_test

import (
	"context"
	"testing"
	"time"

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
func TestChallengerWinsAgainstAnotherPrompt(t *testing.T) {
	ctx := context.Background()
	e := newFaultyEnv(t, faultPrompt)
	r := e.r
	ch := &lockedSender{s: &l1test.Sender{C: r.chain, I: 3}}
	w, st := e.watcher(t.TempDir(), ch, challenger.WatchConfig{})
	t.Cleanup(func() { _ = st.Close() })
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Checked, e.state(st, 0).State, "the right record is left")
	en := e.state(st, 1)
	require.Equal(t, challenger.Disputed, en.State, en.Note)
	proposer := fraud.NewAgent(fraud.ReplayActor(r.badReplay, 10, 24), fraud.NewContractGame(en.Game, e.ec, r.seqL1), slogDiscard())
	claims := e.play(en.Game, []*fraud.Agent{proposer}, w)
	require.Greater(t, claims, 3, "the proposer defended")
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
	t.Logf("another prompt: %d claims, challenger %d transactions (%s)", claims, ch.s.Sent, en.Note)
}
