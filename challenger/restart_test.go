package challenger_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
)

// recorder is a slog handler keeping the messages of warnings.
type recorder struct {
	mu    sync.Mutex
	warns []string
}

func (r *recorder) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.warns = append(r.warns, rec.Message)
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func (r *recorder) count(msg string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, w := range r.warns {
		if w == msg {
			n++
		}
	}
	return n
}

// TestChallengerRestartsBeforeItsClockRunsOut: the challenger disputes the
// wrong record and plays a few rounds against the proposer's agent, then
// dies (its store closed, nothing else saved). The proposer moves, and L1
// time runs until less than the margin is left on the challenger's clock.
// A new challenger on the same store picks the game up, warns that its
// clock runs low, moves at once, plays on and wins.
func TestChallengerRestartsBeforeItsClockRunsOut(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	ch := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	dataDir := t.TempDir()
	w, st := e.watcher(dataDir, ch, challenger.WatchConfig{})
	require.NoError(t, w.Step(ctx))
	en := e.state(st, 1)
	require.Equal(t, challenger.Disputed, en.State, en.Note)
	game := en.Game
	proposer := fraud.NewAgent(fraud.ReplayActor(e.r.badReplay, 10, 24), fraud.NewContractGame(game, e.ec, e.r.seqL1), slogDiscard())
	for range 2 {
		_, err := proposer.Act(ctx)
		require.NoError(t, err)
		require.NoError(t, w.Step(ctx))
	}
	require.NoError(t, st.Close()) // killed
	_, err := proposer.Act(ctx)
	require.NoError(t, err)
	before := e.claims(game)
	require.Equal(t, 1, before%2, "the proposer's claim awaits the challenger")

	// Less than the margin (the clock extension and two polls) is left.
	cfg := e.r.game
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(cfg.MaxClockDuration-cfg.ClockExtension)*time.Second))
	rec := &recorder{}
	st, err = challenger.OpenStore(dataDir)
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	pm := challenger.NewPromMetrics()
	w, err = challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: e.r.addrs.Rollup}, e.ec, ch, challenger.SequencerBlobs{RPC: e.r.rc},
		e.models, st, log.NewLogger(rec), pm)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, 1, rec.count("game clock running low"), "the restarted challenger sees its clock low")
	require.Equal(t, 1.0, metric(t, pm, "airollup_challenger_clock_warnings_total", "hurry"))
	require.Equal(t, 1.0, metric(t, pm, "airollup_challenger_games_in_play", ""))
	require.Equal(t, before+1, e.claims(game), "and answers at once")

	claims := e.play(game, []*fraud.Agent{proposer}, w)
	require.Zero(t, rec.count("game clock ran out"))
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(cfg.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 1, e.gameStatus(game), "CHALLENGER_WINS")
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(deploy.DevnetRollup().FinalityDelay+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Settled, e.state(st, 1).State)
	require.Equal(t, challenger.StatusVoided, e.recordStatus(1), "the wrong record is voided")
	t.Logf("%d claims; the challenger sent %d transactions", claims, ch.s.Sent)
}

// TestServiceRestartsMidGame: the service (its lifecycle, store and loop)
// disputes the wrong record and shows the game on /status; it is stopped,
// the proposer answers and L1 time runs to within the margin of the
// challenger's clock; a new service on the same data dir answers the
// proposer's claim.
func TestServiceRestartsMidGame(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	ch := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	cfg := challenger.Config{L1RPC: l1Proxy(t, e.r.chain.RPC()), Rollup: e.r.addrs.Rollup, PollInterval: 20 * time.Millisecond,
		DataDir: t.TempDir(), ModelDir: e.r.modelDir, HTTPAddr: "127.0.0.1:0", TxSender: ch}
	lg := log.NewLogger(log.DiscardHandler())
	start := func() *challenger.Service {
		s, err := challenger.NewService(ctx, cfg, lg, nil)
		require.NoError(t, err)
		require.NoError(t, s.Start(ctx))
		t.Cleanup(func() { _ = s.Stop(context.Background()) })
		return s
	}
	status := func(s *challenger.Service) []challenger.GameReport {
		resp, err := http.Get("http://" + s.HTTPAddr().String() + "/status")
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		var out []challenger.GameReport
		dec := json.NewDecoder(resp.Body)
		for dec.More() {
			var r challenger.GameReport
			require.NoError(t, dec.Decode(&r))
			out = append(out, r)
		}
		return out
	}
	s := start()
	var game common.Address
	require.Eventually(t, func() bool {
		rs := status(s)
		if len(rs) == 1 {
			game = rs[0].Game
		}
		return len(rs) == 1
	}, 30*time.Second, 20*time.Millisecond, "the service disputes the wrong record")
	rs := status(s)
	require.Equal(t, uint32(1), rs[0].Record)
	require.Equal(t, "challenger", rs[0].Side)
	require.Equal(t, 2, rs[0].Claims, "the root and the dispute's attack")
	require.Contains(t, rs[0].Clocks["proposer"], "running")
	require.NoError(t, s.Stop(ctx))

	proposer := fraud.NewAgent(fraud.ReplayActor(e.r.badReplay, 10, 24), fraud.NewContractGame(game, e.ec, e.r.seqL1), slogDiscard())
	n, err := proposer.Act(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Equal(t, 3, e.claims(game))
	g := e.r.game
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(g.MaxClockDuration-g.ClockExtension)*time.Second))

	s = start()
	require.Eventually(t, func() bool { return e.claims(game) == 4 }, 30*time.Second, 20*time.Millisecond, "the restarted service answers")
	rs = status(s)
	require.Len(t, rs, 1)
	require.Equal(t, 4, rs[0].Claims)
	require.NotContains(t, rs[0].Clocks["challenger"], "running", "the challenger answered")
}

// metric reads a metric from pm's registry: the series whose one label has
// value label (or the unlabelled one).
func metric(t *testing.T, pm *challenger.PromMetrics, name, label string) float64 {
	fams, err := pm.Registry().Gather()
	require.NoError(t, err)
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			if label != "" && (len(m.GetLabel()) != 1 || m.GetLabel()[0].GetValue() != label) {
				continue
			}
			if c := m.GetCounter(); c != nil {
				return c.GetValue()
			}
			return m.GetGauge().GetValue()
		}
	}
	t.Fatalf("no metric %s{%s}", name, label)
	return 0
}
