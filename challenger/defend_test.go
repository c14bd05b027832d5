package challenger_test

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
)

// lockedSender serializes an l1test.Sender (which commits its own blocks)
// for a watcher playing several games at once.
type lockedSender struct {
	mu sync.Mutex
	s  *l1test.Sender
}

func (l *lockedSender) From() common.Address { return l.s.From() }
func (l *lockedSender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*gethtypes.Receipt, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.s.Send(ctx, to, data, value)
}

// env is a rig with helpers to run watchers and read the chain.
type env struct {
	t      *testing.T
	r      *rig
	ec     *ethclient.Client
	models *reexec.Models
	rb     *bindings.Rollup
	dg     *bindings.DisputeGame
}

func newEnv(t *testing.T) *env { return newFaultyEnv(t, faultToken) }

// newFaultyEnv is newEnv with the faulty worker's fault f.
func newFaultyEnv(t *testing.T, f fault) *env {
	r := newFaultyRig(t, sequencer.DACalldata, nil, f)
	require.NoError(t, r.seq.Stop(context.Background())) // it would deliver the honest record after the window
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	return &env{t: t, r: r, ec: ethclient.NewClient(r.chain.RPC()), models: models, rb: bindings.NewRollup(), dg: bindings.NewDisputeGame()}
}

func (e *env) read(to common.Address, data []byte) []byte {
	out, err := e.r.chain.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(e.t, err)
	return out
}

// watcher opens a store in dataDir and a watcher sending from tx.
func (e *env) watcher(dataDir string, tx challenger.TxSender, cfg challenger.WatchConfig) (*challenger.Watcher, *challenger.Store) {
	st, err := challenger.OpenStore(dataDir)
	require.NoError(e.t, err)
	cfg.Rollup = e.r.addrs.Rollup
	w, err := challenger.NewWatcher(context.Background(), cfg, e.ec, tx, challenger.SequencerBlobs{RPC: e.r.rc}, e.models, st,
		log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(e.t, err)
	return w, st
}

func (e *env) state(st *challenger.Store, i uint32) challenger.RecordEntry {
	r, ok, err := st.Record(0, i)
	require.NoError(e.t, err)
	require.True(e.t, ok, "record %d judged", i)
	return r
}

func (e *env) gameStatus(game common.Address) uint8 {
	s, err := e.dg.UnpackStatus(e.read(game, e.dg.PackStatus()))
	require.NoError(e.t, err)
	return s
}

func (e *env) recordStatus(i int64) uint8 {
	s, err := e.rb.UnpackRecordStatus(e.read(e.r.addrs.Rollup, e.rb.PackRecordStatus(big.NewInt(0), big.NewInt(i))))
	require.NoError(e.t, err)
	return s
}

func (e *env) gameCredit(game, who common.Address) *big.Int {
	c, err := e.dg.UnpackCredit(e.read(game, e.dg.PackCredit(who)))
	require.NoError(e.t, err)
	return c
}

// batch is batch 0's data as a challenger decodes it.
func (e *env) batch(st *challenger.Store) (challenger.Proposal, *challenger.BatchData) {
	ps, err := st.Proposals()
	require.NoError(e.t, err)
	require.NotEmpty(e.t, ps)
	tx, _, err := e.ec.TransactionByHash(context.Background(), ps[0].Tx)
	require.NoError(e.t, err)
	d, err := challenger.DecodeCalldata(ps[0], tx.Data())
	require.NoError(e.t, err)
	return ps[0], d
}

// dishonestDispute disputes record i (which must be right) from sender with
// a wrong trace: the record's run with its first output token changed. It
// returns the dishonest agent and its game.
func (e *env) dishonestDispute(d *challenger.BatchData, i uint32, sender fraud.TxSender) (*fraud.Agent, common.Address) {
	ctx := context.Background()
	t := e.t
	rec := d.Records[i]
	m, err := e.models.Get(ctx, merkle.Hash(rec.ModelRoot))
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	in := e.input(rec.JobID)
	prompt, err := canon.ParseTokenBytes(in, m.Vocab)
	require.NoError(t, err)
	out, err := canon.ParseTokenBytes(d.Outputs[i], m.Vocab)
	require.NoError(t, err)
	wrong := append([]int32{}, out...)
	for wrong[0] = (wrong[0] + 1) % int32(m.Vocab); int(wrong[0]) == m.EOS; wrong[0] = (wrong[0] + 1) % int32(m.Vocab) {
	}
	p := rec.Params
	sp := canon.SampleParams{TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed}
	r, err := fraud.NewReplay(ctx, m, tree, append(append([]int32{}, prompt...), wrong[:len(wrong)-1]...), len(prompt), sp, canon.Options{})
	require.NoError(t, err)
	actor := fraud.ReplayActor(r, types.Depth(e.r.game.SplitDepth), types.Depth(e.r.game.MaxDepth))
	first, err := actor.Top.Get(ctx, types.RootPosition.Attack())
	require.NoError(t, err)
	setup, err := fraud.SetupData(m, tree, prompt, out)
	require.NoError(t, err)
	f := bindings.NewDisputeGameFactory()
	bond, err := f.UnpackInitBond(e.read(e.r.addrs.Factory, f.PackInitBond()))
	require.NoError(t, err)
	proof := make([][32]byte, len(d.Proofs[i]))
	for k, h := range d.Proofs[i] {
		proof[k] = h
	}
	_, err = sender.Send(ctx, e.r.addrs.Rollup, e.rb.PackDispute(0, i, rec.Binding(), proof, setup, first), bond)
	require.NoError(t, err, "the dishonest dispute")
	game, err := e.rb.UnpackGameOf(e.read(e.r.addrs.Rollup, e.rb.PackGameOf(big.NewInt(0), big.NewInt(int64(i)))))
	require.NoError(t, err)
	return fraud.NewAgent(actor, fraud.NewContractGame(game, e.ec, sender), slogDiscard()), game
}

// input is an L1 job's input, from its JobSubmitted event.
func (e *env) input(jobID uint64) []byte {
	inbox := bindings.NewJobInbox()
	logs, err := e.ec.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{e.r.addrs.JobInbox}})
	require.NoError(e.t, err)
	for k := range logs {
		if ev, err := inbox.UnpackJobSubmittedEvent(&logs[k]); err == nil && ev.JobId.Uint64() == jobID {
			return ev.Input
		}
	}
	e.t.Fatalf("no JobSubmitted event of job %d", jobID)
	return nil
}

// claims is a game's claim count.
func (e *env) claims(game common.Address) int {
	n, err := e.dg.UnpackClaimDataLen(e.read(game, e.dg.PackClaimDataLen()))
	require.NoError(e.t, err)
	return int(n.Int64())
}

// play alternates the opponents' rounds with the watchers' until a whole
// round adds no claim to game; it returns the claim count.
func (e *env) play(game common.Address, opponents []*fraud.Agent, ws ...*challenger.Watcher) int {
	ctx := context.Background()
	last := e.claims(game)
	for round := 0; round < 200; round++ {
		for _, a := range opponents {
			if _, err := a.Act(ctx); err != nil {
				e.t.Logf("a dishonest action was refused: %v", err)
			}
		}
		for _, w := range ws {
			require.NoError(e.t, w.Step(ctx))
		}
		n := e.claims(game)
		if n == last && round > 0 {
			return n
		}
		last = n
	}
	e.t.Fatalf("game %s did not end in 200 rounds", game)
	return 0
}

// TestChallengerDefends: a watcher in defender mode leaves the right record
// watched and disputes the wrong one; a dishonest challenger then disputes
// the right record with a wrong trace. The defender plays the proposer's
// side, wins (DEFENDER_WINS), settles the record back to undisputed, takes
// every bond of the game (its own back and the dishonest challenger's), and
// the record is delivered after its window.
func TestChallengerDefends(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	def := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	liar := &l1test.Sender{C: e.r.chain, I: 4}
	w, st := e.watcher(t.TempDir(), def, challenger.WatchConfig{Defend: true, MaxConcurrentGames: 2})
	t.Cleanup(func() { _ = st.Close() })
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Watching, e.state(st, 0).State, "a right record is watched in defender mode")
	require.Equal(t, challenger.Disputed, e.state(st, 1).State, "a defender disputes a wrong record too")

	p, d := e.batch(st)
	liarAgent, game := e.dishonestDispute(d, 0, liar)
	claims := e.play(game, []*fraud.Agent{liarAgent}, w)
	en := e.state(st, 0)
	require.Equal(t, challenger.Defending, en.State, "the watched record is defended: %s", en.Note)
	require.Equal(t, game, en.Game)
	require.Greater(t, claims, 3, "the game went past the first moves")

	// The status report sees both games from the store and L1.
	rs, err := challenger.Report(ctx, st, e.ec, def.From())
	require.NoError(t, err)
	require.Len(t, rs, 2)
	rep := rs[0]
	require.Equal(t, challenger.Defending, rep.State)
	require.Equal(t, "proposer", rep.Side)
	require.Equal(t, game, rep.Game)
	require.EqualValues(t, 0, *rep.Status, "in progress")
	require.Equal(t, claims, rep.Claims)
	require.Positive(t, rep.Depth)
	require.Equal(t, int(e.r.game.MaxDepth), rep.MaxDepth)
	require.Positive(t, rep.Ours.Sign())
	require.Equal(t, 1, rep.Bonds.Cmp(rep.Ours), "the dishonest challenger's bonds are at stake too")
	require.Contains(t, rep.Clocks["proposer"], "/1h0m0s")
	require.Equal(t, challenger.Disputed, rs[1].State)
	require.Equal(t, "challenger", rs[1].Side)
	var buf bytes.Buffer
	require.NoError(t, challenger.PrintReport(&buf, rs, false))
	require.Contains(t, buf.String(), game.Hex())
	require.Contains(t, buf.String(), "in progress")

	// The clocks run out: the defender resolves; the record survives.
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(e.r.game.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 2, e.gameStatus(game), "DEFENDER_WINS")
	total := new(big.Int)
	cs, err := fraud.NewContractGame(game, e.ec, def).Claims(ctx)
	require.NoError(t, err)
	for _, c := range cs {
		total.Add(total, c.Bond)
	}
	require.Equal(t, rep.Bonds, total, "the status report's bonds at stake")
	require.Zero(t, e.gameCredit(game, liar.From()).Sign(), "the dishonest challenger loses every bond")
	require.Equal(t, total, e.gameCredit(game, def.From()), "the defender is credited every bond of the game")

	// After the finality delay it settles and claims its bonds.
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(deploy.DevnetRollup().FinalityDelay+1)*time.Second))
	before, err := e.ec.BalanceAt(ctx, def.From(), nil)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	en = e.state(st, 0)
	require.Equal(t, challenger.Settled, en.State, en.Note)
	require.Equal(t, challenger.StatusNone, e.recordStatus(0), "the defended record is undisputed again")
	require.Zero(t, e.gameCredit(game, def.From()).Sign(), "claimed")
	after, err := e.ec.BalanceAt(ctx, def.From(), nil)
	require.NoError(t, err)
	require.Equal(t, 1, after.Cmp(before), "the bonds are paid to the defender")
	gb, err := e.ec.BalanceAt(ctx, game, nil)
	require.NoError(t, err)
	require.Equal(t, e.gameCredit(game, liar.From()), gb, "the game holds nothing more")

	// It stays deliverable.
	cfg := deploy.DevnetRollup()
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(cfg.ChallengeWindow+cfg.FinalityDelay+1)*time.Second))
	user := &l1test.Sender{C: e.r.chain, I: 2}
	proof := make([][32]byte, len(d.Proofs[0]))
	for k, h := range d.Proofs[0] {
		proof[k] = h
	}
	_, err = user.Send(ctx, e.r.addrs.Rollup, e.rb.PackDeliver(p.Index, 0, d.Records[0].Binding(), proof, d.Outputs[0], d.Requests[0]), nil)
	require.NoError(t, err, "deliver the defended record")
	require.Equal(t, challenger.StatusDelivered, e.recordStatus(0))
	t.Logf("defended game: %d claims; defender %d transactions, %d gas; dishonest challenger %d gas (%d refused)", claims, def.s.Sent, def.s.Gas, liar.Gas, liar.Fails)
}

// TestTwoHonestChallengers: two challengers see the wrong record. The first
// disputes it; the second finds it disputed, joins the game on the
// challenger's side without a second dispute, and both play it against the
// proposer's agent with no claim made twice. The challengers win; each is
// credited at least every bond it posted (nobody loses funds to an ally),
// the proposer nothing, and the record bond goes to the disputer.
func TestTwoHonestChallengers(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	a := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	b := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 4}}
	wa, sta := e.watcher(t.TempDir(), a, challenger.WatchConfig{})
	t.Cleanup(func() { _ = sta.Close() })
	wb, stb := e.watcher(t.TempDir(), b, challenger.WatchConfig{MaxConcurrentGames: 1})
	t.Cleanup(func() { _ = stb.Close() })
	require.NoError(t, wa.Step(ctx))
	require.NoError(t, wb.Step(ctx))
	ea, eb := e.state(sta, 1), e.state(stb, 1)
	require.Equal(t, challenger.Disputed, ea.State, ea.Note)
	require.Equal(t, challenger.Disputed, eb.State, "the second challenger joins: %s", eb.Note)
	require.Equal(t, ea.Game, eb.Game)
	require.Zero(t, b.s.Sent, "the second challenger sent no dispute")
	require.Equal(t, challenger.Checked, e.state(stb, 0).State, "the right record is left")
	game := ea.Game

	proposer := fraud.NewAgent(fraud.ReplayActor(e.r.badReplay, 10, 24), fraud.NewContractGame(game, e.ec, e.r.seqL1), slogDiscard())
	claims := e.play(game, []*fraud.Agent{proposer}, wb, wa)
	require.Zero(t, a.s.Fails+b.s.Fails, "no honest transaction reverted (no claim made twice)")
	require.Positive(t, b.s.Sent, "the second challenger played")
	cs, err := fraud.NewContractGame(game, e.ec, a).Claims(ctx)
	require.NoError(t, err)
	posted := map[common.Address]*big.Int{a.From(): new(big.Int), b.From(): new(big.Int)}
	for _, c := range cs {
		if p := posted[c.Claimant]; p != nil {
			p.Add(p, c.Bond)
		}
	}
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(e.r.game.MaxClockDuration+1)*time.Second))
	require.NoError(t, wa.Step(ctx))
	require.NoError(t, wb.Step(ctx))
	require.EqualValues(t, 1, e.gameStatus(game), "CHALLENGER_WINS")
	for _, s := range []*lockedSender{a, b} {
		require.GreaterOrEqual(t, e.gameCredit(game, s.From()).Cmp(posted[s.From()]), 0, "%s gets back at least what it posted", s.From())
	}
	require.Zero(t, e.gameCredit(game, e.r.seqL1.From()).Sign(), "the proposer loses its bonds")
	require.NoError(t, e.r.chain.AdvanceTime(time.Duration(deploy.DevnetRollup().FinalityDelay+1)*time.Second))
	require.NoError(t, wa.Step(ctx))
	require.NoError(t, wb.Step(ctx))
	require.Equal(t, challenger.Settled, e.state(sta, 1).State)
	require.Equal(t, challenger.Settled, e.state(stb, 1).State)
	require.Zero(t, e.gameCredit(game, a.From()).Sign(), "claimed")
	require.Zero(t, e.gameCredit(game, b.From()).Sign(), "claimed")
	credit, err := e.rb.UnpackCredit(e.read(e.r.addrs.Rollup, e.rb.PackCredit(a.From())))
	require.NoError(t, err)
	require.Equal(t, deploy.DevnetRollup().BondPerRecord, credit, "the record bond is the disputer's")
	t.Logf("%d claims; first challenger %d transactions, second %d", claims, a.s.Sent, b.s.Sent)
}

// raceSender runs before() once, just before its first transaction to
// Rollup, then sends: another party's transaction lands first.
type raceSender struct {
	*lockedSender
	rollup common.Address
	before func()
}

func (r *raceSender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*gethtypes.Receipt, error) {
	if to == r.rollup && r.before != nil {
		f := r.before
		r.before = nil
		f()
	}
	return r.lockedSender.Send(ctx, to, data, value)
}

// TestTwoChallengersDisputeAtOnce: both challengers decide to dispute the
// wrong record in the same round; the first dispute lands, the second
// reverts (its bond is not taken) and that challenger joins the first's
// game on its next round.
func TestTwoChallengersDisputeAtOnce(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	a := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	wa, sta := e.watcher(t.TempDir(), a, challenger.WatchConfig{})
	t.Cleanup(func() { _ = sta.Close() })
	b := &raceSender{lockedSender: &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 4}}, rollup: e.r.addrs.Rollup,
		before: func() { require.NoError(t, wa.Step(ctx)) }}
	wb, stb := e.watcher(t.TempDir(), b, challenger.WatchConfig{})
	t.Cleanup(func() { _ = stb.Close() })
	before, err := e.ec.BalanceAt(ctx, b.From(), nil)
	require.NoError(t, err)

	require.ErrorContains(t, wb.Step(ctx), "dispute", "the second dispute reverts")
	require.Equal(t, 1, b.s.Fails)
	ea := e.state(sta, 1)
	require.Equal(t, challenger.Disputed, ea.State)
	_, ok, err := stb.Record(0, 1)
	require.NoError(t, err)
	require.False(t, ok, "not judged yet: retried next round")
	after, err := e.ec.BalanceAt(ctx, b.From(), nil)
	require.NoError(t, err)
	spent := new(big.Int).Sub(before, after)
	require.Equal(t, -1, spent.Cmp(deploy.DevnetGame(10, 24).BaseBond), "only gas was spent, no bond (spent %v)", spent)

	require.NoError(t, wb.Step(ctx))
	eb := e.state(stb, 1)
	require.Equal(t, challenger.Disputed, eb.State, "joined: %s", eb.Note)
	require.Equal(t, ea.Game, eb.Game)
}
