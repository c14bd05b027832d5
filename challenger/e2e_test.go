package challenger_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/fraudtest"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/worker"
)

// seqSender sends the sequencer's transactions on the simulated L1.
type seqSender struct{ s *l1test.Sender }

func (t seqSender) From() common.Address { return t.s.From() }
func (t seqSender) Send(ctx context.Context, c txmgr.TxCandidate) (*gethtypes.Receipt, error) {
	return t.s.Send(ctx, *c.To, c.TxData, c.Value)
}

// TestChallengerEndToEnd: a simulated L1 with the contracts, the real
// sequencer (in process, re-executing nothing: sample rate 0) and a faulty
// worker that changes one output token of one job and reports the roots of
// its own wrong run. The sequencer proposes both records in one calldata
// batch. The challenger leaves the honest record, disputes the wrong one and
// plays the game (restarted from its store after the dispute) against the
// proposer's agent defending its wrong trace until that agent has no valid
// move left; once the clocks run out it resolves the game and settles it:
// the record is voided, the honest one stands, and the proposer's record bond
// is the challenger's credit.
func TestChallengerEndToEnd(t *testing.T) {
	ctx := context.Background()
	lg := log.NewLogger(log.DiscardHandler())
	r := newRig(t, sequencer.DACalldata, nil)
	require.NoError(t, r.seq.Stop(ctx)) // it would deliver the honest record after the window
	chain, addrs, game, modelDir, rc, badReplay, seqL1 := r.chain, r.addrs, r.game, r.modelDir, r.rc, r.badReplay, r.seqL1
	chL1 := &l1test.Sender{C: chain, I: 3}
	rb := bindings.NewRollup()
	read := func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}

	// The challenger, and the proposer defending its wrong trace.
	dataDir := t.TempDir()
	models := reexec.NewModels(modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	ec := ethclient.NewClient(chain.RPC())
	newWatcher := func() (*challenger.Watcher, *challenger.Store) {
		st, err := challenger.OpenStore(dataDir)
		require.NoError(t, err)
		w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: addrs.Rollup}, ec, chL1,
			challenger.SequencerBlobs{RPC: rc}, models, st, lg, nil)
		require.NoError(t, err)
		return w, st
	}
	w, st := newWatcher()
	require.NoError(t, w.Step(ctx))
	e, ok, err := st.Record(0, 0)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, challenger.Checked, e.State, "the honest record is left alone")
	e, ok, err = st.Record(0, 1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, challenger.Disputed, e.State, "the wrong record is disputed: %s", e.Note)
	require.Contains(t, e.Note, "output token 0 ")
	gameAddr := e.Game
	defender := fraud.NewAgent(fraud.ReplayActor(badReplay, 10, 24), fraud.NewContractGame(gameAddr, ec, seqL1), slogDiscard())

	// The restarted challenger picks the game up from its store.
	require.NoError(t, st.Close())
	w, st = newWatcher()
	t.Cleanup(func() { _ = st.Close() })
	dg := bindings.NewDisputeGame()
	moves := 0
	for round := 0; round < 100; round++ {
		n, err := defender.Act(ctx)
		if err != nil {
			t.Logf("a defender action was refused: %v", err)
		}
		require.NoError(t, w.Step(ctx))
		claims, err := dg.UnpackClaimDataLen(read(gameAddr, dg.PackClaimDataLen()))
		require.NoError(t, err)
		moves = int(claims.Int64())
		if n == 0 && round > 0 && claims.Int64()%2 == 0 {
			break // the challenger answered the defender's last claim
		}
	}
	require.Greater(t, moves, 3, "the game went past the first moves")
	// The clocks run out: the challenger resolves the game, then settles —
	// even after someone else resolved the deepest claim first (anyone may),
	// which once made it think the game was not resolvable yet.
	require.NoError(t, chain.AdvanceTime(time.Duration(game.MaxClockDuration+1)*time.Second))
	_, err = seqL1.Send(ctx, gameAddr, dg.PackResolveClaim(big.NewInt(int64(moves-1)), big.NewInt(0)), nil)
	require.NoError(t, err, "the deepest claim resolved by another account")
	require.NoError(t, w.Step(ctx))
	status, err := dg.UnpackStatus(read(gameAddr, dg.PackStatus()))
	require.NoError(t, err)
	require.EqualValues(t, 1, status, "CHALLENGER_WINS")
	require.NoError(t, chain.AdvanceTime(time.Duration(deploy.DevnetRollup().FinalityDelay+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	e, _, err = st.Record(0, 1)
	require.NoError(t, err)
	require.Equal(t, challenger.Settled, e.State)
	rs, err := rb.UnpackRecordStatus(read(addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(1))))
	require.NoError(t, err)
	require.Equal(t, challenger.StatusVoided, rs, "the wrong record is voided")
	rs, err = rb.UnpackRecordStatus(read(addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, challenger.StatusNone, rs, "the honest record stands")
	credit, err := rb.UnpackCredit(read(addrs.Rollup, rb.PackCredit(chL1.From())))
	require.NoError(t, err)
	require.Equal(t, deploy.DevnetRollup().BondPerRecord, credit, "the proposer's record bond is the challenger's")
	t.Logf("%d claims; challenger: %d transactions, %d gas", moves, chL1.Sent, chL1.Gas)
}

// l1Proxy serves an in-process JSON-RPC client over HTTP, for the
// sequencer's ethclient and txmgr.
func l1Proxy(t *testing.T, c *rpc.Client) string {
	type req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	type rpcError struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
	type resp struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  json.RawMessage `json:"result,omitempty"`
		Error   *rpcError       `json:"error,omitempty"`
	}
	serve := func(ctx context.Context, r req) resp {
		args := make([]any, len(r.Params))
		for i, p := range r.Params {
			args[i] = p
		}
		var res json.RawMessage
		err := c.CallContext(ctx, &res, r.Method, args...)
		out := resp{JSONRPC: "2.0", ID: r.ID, Result: res}
		if err != nil {
			code := -32000
			var e rpc.Error
			if errors.As(err, &e) {
				code = e.ErrorCode()
			}
			out.Result, out.Error = nil, &rpcError{Code: code, Message: err.Error()}
		} else if res == nil {
			out.Result = json.RawMessage("null")
		}
		return out
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if b := bytes.TrimSpace(body); len(b) > 0 && b[0] == '[' {
			var rs []req
			if err := json.Unmarshal(b, &rs); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			out := make([]resp, len(rs))
			for i, q := range rs {
				out[i] = serve(r.Context(), q)
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		var q req
		if err := json.Unmarshal(body, &q); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(w).Encode(serve(r.Context(), q))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func slogDiscard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// rig is the simulated L1 with the contracts and the model, after the real
// sequencer proposed one batch of two L1 jobs: record 0 honest, record 1 a
// faulty worker's (one output token changed, the roots of that wrong run).
type rig struct {
	chain     *l1test.Chain
	addrs     *deploy.Addresses
	game      bindings.IDisputeGameGameConfig
	modelDir  string
	rc        *rpc.Client // the sequencer's RPC, still serving
	seq       *sequencer.Service
	badReplay *fraud.Replay // the wrong run (the honest one for faultActivation)
	badActor  fraud.Actor   // the proposer's side defending the wrong record
	seqL1     *l1test.Sender
}

// newRig proposes the batch in DA mode da through the sender newTx makes
// (then blocks are mined every 50 ms), or with newTx nil through l1test,
// which commits its own blocks.
func newRig(t *testing.T, da sequencer.DAMode, newTx func(*l1test.Chain) sequencer.TxSender) *rig {
	return newFaultyRig(t, da, newTx, faultToken)
}

// fault is how the faulty worker gets job l1:2 wrong.
type fault int

const (
	// faultToken: one output token changed, the roots of that wrong output.
	faultToken fault = iota
	// faultPrompt: the job run on another prompt (its last token changed):
	// that run's output and roots, self-consistent.
	faultPrompt
	// faultActivation: the right output, but one activation corrupted at a
	// random (token, layer, micro-step): the final residual root claimed is
	// off, and the proposer defends the corrupted run (tampered).
	faultActivation
)

// newFaultyRig is newRig with the faulty worker's fault f.
func newFaultyRig(t *testing.T, da sequencer.DAMode, newTx func(*l1test.Chain) sequencer.TxSender, f fault) *rig {
	ctx := context.Background()
	lg := log.NewLogger(log.DiscardHandler())

	modelDir := t.TempDir()
	tmp := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, llama.Generate(tmp, modelgen.Tiny))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	m := l.Model
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	root := m.Root()
	b, err := os.ReadFile(tmp)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(modelDir, hex.EncodeToString(root[:])+".gguf"), b, 0o644))

	chain := l1test.New(t, 5) // 0 deployer, 1 sequencer, 2 user, 3 and 4 challengers
	game := deploy.DevnetGame(10, 24)
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: game, Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	user, seqL1 := &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 1}
	var tx sequencer.TxSender = seqSender{seqL1}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	_, err = seqL1.Send(ctx, addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	read := func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}

	// Two L1 jobs, submitted before the sequencer starts.
	params := bindings.IJobInboxParams{MaxTokens: 4, TemperatureMilli: 700, TopK: 20, Seed: [32]byte{3}}
	prompts := [][]int32{{1, 60, 70}, {1, 17, 42, 99}}
	for _, p := range prompts {
		_, err = user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes(p), 0, params, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
	}

	if newTx != nil { // after the last l1test send: it commits its own blocks
		tx = newTx(chain)
		chain.AutoMine(t, 50*time.Millisecond)
	}
	seqCfg := sequencer.Config{L1RPC: l1Proxy(t, chain.RPC()), Inbox: addrs.JobInbox, PollInterval: 50 * time.Millisecond,
		DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0", Models: []sequencer.Model{{ID: 1, Root: common.Hash(root)}},
		MaxDelay: 100 * time.Millisecond, TxSender: tx, DA: da}
	seq, err := sequencer.NewService(ctx, seqCfg, lg, nil)
	require.NoError(t, err)
	require.NoError(t, seq.Start(ctx))
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })
	rc, err := rpc.Dial("http://" + seq.RPCAddr().String())
	require.NoError(t, err)
	t.Cleanup(rc.Close)

	// The worker: honest on the first job, one token changed on the second
	// (with the roots of that wrong output: only the token choice is wrong).
	sp := canon.SampleParams{TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, Seed: params.Seed}
	var reg sequencer.RegisterResult
	require.NoError(t, rc.CallContext(ctx, &reg, "airollup_registerWorker", "w", []common.Hash{common.Hash(root)}, 2))
	var leased []sequencer.LeasedJob
	require.Eventually(t, func() bool {
		var more []sequencer.LeasedJob
		require.NoError(t, rc.CallContext(ctx, &more, "airollup_lease", "w", 2))
		leased = append(leased, more...)
		return len(leased) == 2
	}, 20*time.Second, 50*time.Millisecond)
	var (
		badReplay *fraud.Replay
		badActor  fraud.Actor
	)
	for _, j := range leased {
		prompt := make([]int32, len(j.Prompt))
		for i, v := range j.Prompt {
			prompt[i] = int32(v)
		}
		res, err := m.Generate(ctx, canon.Job{Prompt: prompt, MaxTokens: 4, StopAtEOS: true, Params: sp, Trace: true}, canon.Options{})
		require.NoError(t, err)
		out, tr, rr, kv := res.Tokens, res.TraceRoot, res.FinalResidual, res.FinalKV
		if j.ID == "l1:2" && f == faultActivation {
			badReplay, err = fraud.NewReplay(ctx, m, tree, append(append([]int32{}, prompt...), out[:len(out)-1]...), len(prompt), sp, canon.Options{})
			require.NoError(t, err)
			L := m.Layers
			rng := rand.New(rand.NewPCG(11, 13))
			k := rng.IntN(badReplay.Transitions())
			for k%(L+1) == L { // a block, not a head step
				k = rng.IntN(badReplay.Transitions())
			}
			mk, err := badReplay.Machine(k)
			require.NoError(t, err)
			d := &fraudtest.Tampered{Replay: badReplay, K: k, Step: uint64(rng.IntN(int(mk.Program().Len()))), Split: 10, Max: 24}
			fin := badReplay.Final()
			rr, kv = fin.RegRoots()[0], fin.KVRoot()
			rr[31] ^= 1
			d.Final = fraudtest.FinalState(append(append([]int32{}, prompt...), out...), rr, kv)
			badActor, err = d.Actor()
			require.NoError(t, err)
			t.Logf("activation corrupted at token %d, layer %d, micro-step %d of %d", k/(L+1), k%(L+1), d.Step, mk.Program().Len())
			c := reexec.Claim{Output: out, ResidualRoot: rr, KVRoot: kv}
			require.ErrorIs(t, reexec.CheckRecord(ctx, m, prompt, 4, sp, c, canon.Options{}), reexec.ErrWrongResult)
		} else if j.ID == "l1:2" && f == faultPrompt {
			res, other, err := worker.CorruptPrompt(ctx, m, worker.Job{Prompt: prompt, MaxTokens: 4, Params: sp}, canon.Options{})
			require.NoError(t, err)
			out, tr = res.Tokens, res.TraceRoot
			badReplay, err = fraud.NewReplay(ctx, m, tree, append(append([]int32{}, other...), out[:len(out)-1]...), len(other), sp, canon.Options{})
			require.NoError(t, err)
			fin := badReplay.Final()
			rr, kv = fin.RegRoots()[0], fin.KVRoot()
			c := reexec.Claim{Output: out, ResidualRoot: rr, KVRoot: kv}
			require.ErrorIs(t, reexec.CheckRecord(ctx, m, prompt, 4, sp, c, canon.Options{}), reexec.ErrWrongResult)
		} else if j.ID == "l1:2" {
			out = append([]int32{}, out...)
			for out[0] = (out[0] + 1) % int32(m.Vocab); int(out[0]) == m.EOS; out[0] = (out[0] + 1) % int32(m.Vocab) {
			}
			c := reexec.Claim{Output: out}
			require.ErrorIs(t, reexec.CheckRecord(ctx, m, prompt, 4, sp, c, canon.Options{}), reexec.ErrWrongResult)
			badReplay, err = fraud.NewReplay(ctx, m, tree, append(append([]int32{}, prompt...), out[:len(out)-1]...), len(prompt), sp, canon.Options{})
			require.NoError(t, err)
			f := badReplay.Final()
			rr, kv = f.RegRoots()[0], f.KVRoot()
		}
		toks := make([]uint32, len(out))
		for i, v := range out {
			toks[i] = uint32(v)
		}
		var sr sequencer.SubmitResult
		require.NoError(t, rc.CallContext(ctx, &sr, "airollup_submitResult", "w", j.ID, toks, common.Hash(tr), common.Hash(rr), common.Hash(kv)))
		require.True(t, sr.Accepted)
	}
	require.NotNil(t, badReplay, "job l1:2 was leased")
	if f != faultActivation {
		badActor = fraud.ReplayActor(badReplay, 10, 24)
	}
	require.Eventually(t, func() bool {
		n, err := rb.UnpackBatchCount(read(addrs.Rollup, rb.PackBatchCount()))
		require.NoError(t, err)
		return n.Sign() > 0
	}, 20*time.Second, 50*time.Millisecond, "the sequencer proposes the batch")
	return &rig{chain: chain, addrs: addrs, game: game, modelDir: modelDir, rc: rc, seq: seq, badReplay: badReplay, badActor: badActor, seqL1: seqL1}
}

// TestChallengerBlobBatch: the sequencer proposes the two records in blobs.
// A challenger that gets the blobs from the sequencer (checked against the
// daCommitment) leaves the honest record and disputes the wrong one; a
// challenger that cannot get them data-challenges the record still open, and
// once the proposer lets the data window pass it voids it with
// voidUnavailable, taking the record's bond and its own back.
func TestChallengerBlobBatch(t *testing.T) {
	ctx := context.Background()
	lg := log.NewLogger(log.DiscardHandler())
	r := newRig(t, sequencer.DABlobs, func(c *l1test.Chain) sequencer.TxSender { return testTxMgr(t, c, 1) })
	rb := bindings.NewRollup()
	read := func(to common.Address, data []byte) []byte {
		out, err := r.chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	onL1, err := rb.UnpackBatch(read(r.addrs.Rollup, rb.PackBatch(big.NewInt(0))))
	require.NoError(t, err)
	require.True(t, onL1.Blobs, "a blob batch")
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	ec := ethclient.NewClient(r.chain.RPC())
	watcher := func(account int, blobs challenger.BlobSource) (*challenger.Watcher, *challenger.Store, challenger.TxSender) {
		st, err := challenger.OpenStore(t.TempDir())
		require.NoError(t, err)
		t.Cleanup(func() { _ = st.Close() })
		tx := challenger.TxMgrSender{M: testTxMgr(t, r.chain, account)}
		w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup}, ec, tx, blobs, models, st, lg, nil)
		require.NoError(t, err)
		return w, st, tx
	}
	state := func(st *challenger.Store, i uint32) challenger.RecordState {
		e, ok, err := st.Record(0, i)
		require.NoError(t, err)
		require.True(t, ok, "record %d judged", i)
		return e.State
	}

	informed, ist, _ := watcher(3, challenger.SequencerBlobs{RPC: r.rc})
	require.NoError(t, informed.Step(ctx))
	require.Equal(t, challenger.Checked, state(ist, 0), "the honest blob record is left alone")
	require.Equal(t, challenger.Disputed, state(ist, 1), "the wrong blob record is disputed")

	// The sequencer stops: it would answer the data challenge (resolveData).
	require.NoError(t, r.seq.Stop(ctx))
	blind, bst, btx := watcher(4, nil)
	require.NoError(t, blind.Step(ctx))
	require.Equal(t, challenger.Challenged, state(bst, 0), "an unreadable record is data-challenged")
	require.Equal(t, challenger.Disputed, state(bst, 1), "a disputed record it cannot read is read from its dispute and its game joined")
	dc, err := rb.UnpackDataChallenge(read(r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, btx.From(), dc.Challenger)

	// The sequencer does not answer: past the data window the record is voided.
	require.NoError(t, r.chain.AdvanceTime(time.Duration(deploy.DevnetRollup().DataWindow+1)*time.Second))
	require.NoError(t, blind.Step(ctx))
	require.Equal(t, challenger.Settled, state(bst, 0))
	rs, err := rb.UnpackRecordStatus(read(r.addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, challenger.StatusVoided, rs, "the withheld record is voided")
	credit, err := rb.UnpackCredit(read(r.addrs.Rollup, rb.PackCredit(btx.From())))
	require.NoError(t, err)
	cfg := deploy.DevnetRollup()
	require.Equal(t, new(big.Int).Add(cfg.BondPerRecord, cfg.DataChallengeBond), credit, "the record's bond and the challenge bond")
}

// testTxMgr is op-service's txmgr sending from chain account i on the
// simulated L1 (which must be mining on its own).
func testTxMgr(t testing.TB, chain *l1test.Chain, i int) *txmgr.SimpleTxManager {
	t.Helper()
	key := chain.Keys[i]
	signer := gethtypes.LatestSignerForChainID(chain.ChainID)
	cfg := &txmgr.Config{
		Backend: ethclient.NewClient(chain.RPC()), ChainID: chain.ChainID,
		TxNotInMempoolTimeout: time.Minute, NetworkTimeout: 10 * time.Second, ReceiptQueryInterval: 20 * time.Millisecond,
		NumConfirmations: 1, SafeAbortNonceTooLowCount: 3, From: chain.Addrs[i],
		Signer: func(_ context.Context, _ common.Address, tx *gethtypes.Transaction) (*gethtypes.Transaction, error) {
			return gethtypes.SignTx(tx, signer, key)
		},
	}
	cfg.ResubmissionTimeout.Store(int64(30 * time.Second))
	cfg.FeeLimitMultiplier.Store(5)
	cfg.MinBlobTxFee.Store(big.NewInt(params.GWei))
	m, err := txmgr.NewSimpleTxManagerFromConfig("test", log.NewLogger(log.DiscardHandler()), &txmetrics.NoopTxMetrics{}, cfg)
	require.NoError(t, err)
	t.Cleanup(m.Close)
	return m
}
