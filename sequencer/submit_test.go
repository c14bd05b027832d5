package sequencer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer/client"
	"github.com/airollup/airollup/sequencer/store"
	"github.com/airollup/airollup/worker"
)

const (
	testMinFee  = 1_000_000_000_000 // 1e12 wei
	testDeposit = 1_000_000_000_000_000
)

// l1Stub answers JobInbox.nonceUsed(sender, nonce) true for the given
// pairs and passes every other call to the chain: a nonce is consumed on L1
// only when a record is delivered, which needs a whole batch.
type l1Stub struct {
	L1Caller
	used map[string]bool
}

func (s *l1Stub) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if s.used[string(msg.Data)] {
		return common.LeftPadBytes([]byte{1}, 32), nil
	}
	return s.L1Caller.CallContract(ctx, msg, block)
}

// l2Rig is a sequencer's store, dispatcher and API with L2 submission, over
// a simulated L1 with the contracts deployed and the tiny model registered.
type l2Rig struct {
	t      testing.TB
	dir    string
	chain  *l1test.Chain
	addrs  *deploy.Addresses
	l1     *l1Stub
	model  *canon.Model
	root   common.Hash
	models []Model
	domain jobreq.Domain
	user   *ecdsa.PrivateKey // deposited testDeposit
	poor   *ecdsa.PrivateKey // no L2 balance
	nonce  uint64

	st     *store.Store
	d      *Dispatcher
	sub    *Submitter
	srv    *rpc.Server
	rpc    *rpc.Client
	client *client.Client
}

func newL2Rig(t testing.TB) *l2Rig {
	t.Helper()
	ctx := context.Background()
	modelDir := t.TempDir()
	m, root := tinyModel(t, modelDir)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	chain := l1test.New(t, 3) // 0 deployer, 1 sequencer, 2 user
	rc := deploy.DevnetRollup()
	rc.MinFee = big.NewInt(testMinFee)
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 100, Game: deploy.DevnetGame(10, 24), Rollup: rc, VM: deploy.Transformer, Training: true,
	})
	require.NoError(t, err)
	user := &l1test.Sender{C: chain, I: 2}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.JobInbox, bindings.NewJobInbox().PackDeposit(), big.NewInt(testDeposit))
	require.NoError(t, err)
	poor, err := crypto.GenerateKey()
	require.NoError(t, err)
	r := &l2Rig{t: t, dir: t.TempDir(), chain: chain, addrs: addrs, l1: &l1Stub{L1Caller: chain.Client, used: map[string]bool{}},
		model: m, root: common.Hash(root), models: []Model{{ID: 1, Root: common.Hash(root)}},
		domain: jobreq.Domain{ChainID: chain.ChainID, Inbox: addrs.JobInbox}, user: chain.Keys[2], poor: poor}
	r.open()
	return r
}

func (r *l2Rig) open() {
	t := r.t
	st, err := store.Open(r.dir, store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	r.st = st
	lg := log.NewLogger(log.DiscardHandler())
	r.d, err = NewDispatcher(st, DispatchConfig{Models: r.models, LeaseDuration: time.Minute}, lg, NoopMetrics{})
	require.NoError(t, err)
	r.sub, err = NewSubmitter(context.Background(), st, r.d, r.l1, SubmitConfig{Inbox: r.addrs.JobInbox, Models: r.models}, lg)
	require.NoError(t, err)
	r.srv = rpc.NewServer()
	require.NoError(t, r.srv.RegisterName(Namespace, NewAPI(st, r.d, r.models, r.sub)))
	r.rpc = rpc.DialInProc(r.srv)
	r.client = client.New(r.rpc)
	t.Cleanup(r.close)
}

func (r *l2Rig) close() {
	if r.rpc != nil {
		r.rpc.Close()
		r.srv.Stop()
		r.rpc = nil
	}
	if r.st != nil {
		_ = r.st.Close()
		r.st = nil
	}
}

// request returns a valid request of key's with a fresh nonce.
func (r *l2Rig) request(key *ecdsa.PrivateKey, prompt []uint32, maxTokens uint32) jobreq.Request {
	r.nonce++
	return client.Inference(crypto.PubkeyToAddress(key.PublicKey), 1, prompt, record.JobParams{MaxTokens: maxTokens},
		big.NewInt(testMinFee), r.nonce, uint64(time.Now().Add(time.Hour).Unix()))
}

func (r *l2Rig) sign(q jobreq.Request, d jobreq.Domain, key *ecdsa.PrivateKey) []byte {
	s, err := jobreq.Sign(q, d, key)
	require.NoError(r.t, err)
	b, err := s.Encode()
	require.NoError(r.t, err)
	return b
}

func (r *l2Rig) jobs(t testing.TB) int {
	n := 0
	require.NoError(t, r.st.Jobs(func(*store.Job) error { n++; return nil }))
	return n
}

func TestSubmitJobRefusals(t *testing.T) {
	r := newL2Rig(t)
	prompt := []uint32{1, 17, 42, 99, 5}
	valid := func() jobreq.Request { return r.request(r.user, prompt, 8) }
	signed := func(f func(*jobreq.Request)) []byte {
		q := valid()
		f(&q)
		return r.sign(q, r.domain, r.user)
	}
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	good := r.sign(valid(), r.domain, r.user)
	consumed := valid()
	r.l1.used[string(bindings.NewJobInbox().PackNonceUsed(consumed.Sender, consumed.Nonce))] = true
	domain := &client.Domain{ChainID: (*hexutil.Big)(r.domain.ChainID), Inbox: r.domain.Inbox}
	otherChain := jobreq.Domain{ChainID: new(big.Int).Add(r.domain.ChainID, big.NewInt(1)), Inbox: r.domain.Inbox}
	otherInbox := jobreq.Domain{ChainID: r.domain.ChainID, Inbox: common.HexToAddress("0x00000000000000000000000000000000000000aa")}

	cases := []struct {
		name   string
		req    []byte
		domain *client.Domain
		code   int
		msg    string
	}{
		{"garbage", []byte{1, 2, 3}, nil, CodeMalformedRequest, "canonical"},
		{"non-canonical trailing word", append(bytes.Clone(good), make([]byte, 32)...), nil, CodeMalformedRequest, "canonical"},
		{"oversized request", make([]byte, jobreq.MaxEncodedBytes+1), nil, CodeOversized, "limit 33792"},
		{"oversized input", signed(func(q *jobreq.Request) { q.Input = make([]byte, jobreq.MaxInputBytes+4) }), nil, CodeOversized, "input of 32772 bytes above the limit 32768"},
		{"forged signature: another key", func() []byte {
			q := valid()
			q.Sender = crypto.PubkeyToAddress(other.PublicKey)
			s, err := jobreq.Sign(q, r.domain, other)
			require.NoError(t, err)
			s.Request.Sender = crypto.PubkeyToAddress(r.user.PublicKey)
			b, err := s.Encode()
			require.NoError(t, err)
			return b
		}(), nil, CodeBadSignature, "not the sender"},
		{"forged signature: altered request", func() []byte {
			s, err := jobreq.Sign(valid(), r.domain, r.user)
			require.NoError(t, err)
			s.Request.Params.MaxTokens++
			b, err := s.Encode()
			require.NoError(t, err)
			return b
		}(), nil, CodeBadSignature, "signature"},
		{"another chain id, no domain given", r.sign(valid(), otherChain, r.user), nil, CodeBadSignature, "chainId " + r.domain.ChainID.String()},
		{"another chain id", r.sign(valid(), otherChain, r.user), &client.Domain{ChainID: (*hexutil.Big)(otherChain.ChainID), Inbox: otherChain.Inbox},
			CodeWrongDomain, "signed for chainId " + otherChain.ChainID.String()},
		{"another contract", r.sign(valid(), otherInbox, r.user), &client.Domain{ChainID: (*hexutil.Big)(otherInbox.ChainID), Inbox: otherInbox.Inbox},
			CodeWrongDomain, "verifyingContract " + otherInbox.Inbox.Hex()},
		{"unsupported kind", signed(func(q *jobreq.Request) { q.Kind = record.KindPretrain }), domain, CodeUnsupportedKind, "kind"},
		{"maxTokens 0", signed(func(q *jobreq.Request) { q.Params.MaxTokens = 0 }), domain, CodeInvalidRequest, "maxTokens is 0, outside 1 to 8192"},
		{"empty input", signed(func(q *jobreq.Request) { q.Input = []byte{} }), domain, CodeInvalidRequest, "input bytes"},
		{"expired", signed(func(q *jobreq.Request) { q.Expiry = uint64(time.Now().Unix()) - 1 }), domain, CodeExpired, "--l2-expiry-margin"},
		{"expires within the margin", signed(func(q *jobreq.Request) { q.Expiry = uint64(time.Now().Add(time.Minute).Unix()) }), domain, CodeExpired, "before now"},
		{"expires too late", signed(func(q *jobreq.Request) { q.Expiry = uint64(time.Now().Add(30 * 24 * time.Hour).Unix()) }), domain, CodeExpiryTooFar, "withdrawal delay"},
		{"unknown model", signed(func(q *jobreq.Request) { q.ModelID = 7 }), domain, CodeUnknownModel, "modelId 7"},
		{"prompt longer than the context", signed(func(q *jobreq.Request) { q.Params.MaxTokens = 252 }), domain, CodeContextExceeded,
			"5 tokens + maxTokens 252 = 257 above the model's context 256"},
		{"token outside the vocabulary", signed(func(q *jobreq.Request) { q.Input = canon.TokenBytes([]int32{1, 512}) }), domain, CodeInvalidRequest,
			"input token 1 is 512, outside 0 to 511"},
		{"fee below the minimum", signed(func(q *jobreq.Request) { q.MaxFee = big.NewInt(testMinFee - 1) }), domain, CodeFeeTooLow,
			"maxFee 999999999999 below the rollup's minFee 1000000000000"},
		// A sender could dispute its own record to delay its delivery past a
		// withdrawal; the dispute's opening bond (1e15 × 1.1 on the devnet
		// game) must cost it more than the fee it would dodge.
		{"fee above the game's opening bond", signed(func(q *jobreq.Request) { q.MaxFee = big.NewInt(1_100_000_000_000_001) }), domain, CodeFeeTooHigh,
			"maxFee 1100000000000001 above the game's opening bond 1100000000000000"},
		{"nonce consumed on L1", r.sign(consumed, r.domain, r.user), domain, CodeReplayedNonce, "consumed on L1"},
		{"insufficient balance", signed(func(q *jobreq.Request) { q.MaxFee = big.NewInt(testDeposit + 1) }), domain, CodeInsufficientBalance,
			"above the free L2 balance 1000000000000000"},
		{"no balance", func() []byte {
			q := r.request(r.poor, prompt, 8)
			return r.sign(q, r.domain, r.poor)
		}(), domain, CodeInsufficientBalance, "free L2 balance 0"},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := r.client.SubmitBytes(ctx, c.req, c.domain)
			require.Error(t, err)
			require.Equal(t, c.code, code(t, err), "%v", err)
			require.Contains(t, err.Error(), c.msg)
			require.Zero(t, r.jobs(t), "nothing stored on a refusal")
		})
	}

	t.Run("malformed params", func(t *testing.T) {
		for _, args := range [][]any{{"0xzz"}, {}, {"0x01", "not a domain"}, {42}} {
			var res client.Result
			err := r.rpc.CallContext(ctx, &res, client.Method, args...)
			require.Error(t, err, "%v", args)
			require.Equal(t, CodeInvalidParams, code(t, err), "%v: %v", args, err)
		}
		require.Zero(t, r.jobs(t))
	})

	// The valid request, after all that, is accepted.
	res, err := r.client.SubmitBytes(ctx, good, domain)
	require.NoError(t, err)
	require.Equal(t, "l2:"+crypto.Keccak256Hash(good).Hex(), res.ID)
	require.Equal(t, 1, r.jobs(t))
}

func TestSubmitJobIdempotentAndReplay(t *testing.T) {
	r := newL2Rig(t)
	ctx := context.Background()
	prompt := []uint32{3, 1, 4, 1, 5}
	q := r.request(r.user, prompt, 6)
	first, err := r.client.Submit(ctx, q, r.domain, r.user)
	require.NoError(t, err)
	require.False(t, first.Duplicate)
	s, err := jobreq.Sign(q, r.domain, r.user)
	require.NoError(t, err)
	h, err := s.Hash()
	require.NoError(t, err)
	require.Equal(t, h, first.RequestHash)
	require.Equal(t, "l2:"+h.Hex(), first.ID)

	// The same request again: the same job, nothing new stored.
	again, err := r.client.SubmitSigned(ctx, s, r.domain)
	require.NoError(t, err)
	require.Equal(t, first.ID, again.ID)
	require.Equal(t, first.Seq, again.Seq)
	require.True(t, again.Duplicate)
	require.Equal(t, 1, r.jobs(t))

	// Another request under the same (sender, nonce): refused.
	replay := q
	replay.Input = canon.TokenBytes([]int32{2, 7, 1, 8})
	_, err = r.client.Submit(ctx, replay, r.domain, r.user)
	require.Equal(t, CodeReplayedNonce, code(t, err), "%v", err)
	require.Contains(t, err.Error(), first.ID)

	// The stored job is an L2 job, queued for workers, with its request bytes.
	var st JobStatus
	require.NoError(t, r.rpc.CallContext(ctx, &st, Namespace+"_jobStatus", first.ID))
	require.Equal(t, "queued", st.State)
	require.Equal(t, crypto.PubkeyToAddress(r.user.PublicKey), st.Submitter)
	j, err := r.st.Get(store.L2ID(h))
	require.NoError(t, err)
	enc, err := s.Encode()
	require.NoError(t, err)
	require.Equal(t, enc, j.Request)

	// After a restart the (sender, nonce) index is rebuilt from the store.
	r.close()
	r.open()
	_, err = r.client.Submit(ctx, replay, r.domain, r.user)
	require.Equal(t, CodeReplayedNonce, code(t, err), "%v", err)
	again, err = r.client.SubmitSigned(ctx, s, r.domain)
	require.NoError(t, err)
	require.True(t, again.Duplicate)
	require.Equal(t, 1, r.jobs(t))
}

func TestSubmitJobBalance(t *testing.T) {
	r := newL2Rig(t)
	ctx := context.Background()
	// 1e15 deposited, 4e14 asked back: 6e14 free, for three jobs of 2e14.
	_, err := (&l1test.Sender{C: r.chain, I: 2}).Send(ctx, r.addrs.JobInbox, bindings.NewJobInbox().PackRequestWithdrawal(big.NewInt(4e14)), nil)
	require.NoError(t, err)
	var ids []string
	submit := func() (*client.Result, error) {
		q := r.request(r.user, []uint32{1, 2, 3}, 4)
		q.MaxFee = big.NewInt(2e14)
		return r.client.Submit(ctx, q, r.domain, r.user)
	}
	for range 3 {
		res, err := submit()
		require.NoError(t, err)
		ids = append(ids, res.ID)
	}
	_, err = submit()
	require.Equal(t, CodeInsufficientBalance, code(t, err), "%v", err)
	require.Contains(t, err.Error(), "pending withdrawal 400000000000000")
	require.Contains(t, err.Error(), "its 3 accepted jobs 600000000000000")
	require.Equal(t, 3, r.jobs(t))

	// A voided job no longer holds its fee, before and after a restart.
	id, err := ParseJobID(ids[0])
	require.NoError(t, err)
	require.NoError(t, r.st.Void(id, "test"))
	_, err = submit()
	require.NoError(t, err)
	_, err = submit()
	require.Equal(t, CodeInsufficientBalance, code(t, err), "%v", err)
	r.close()
	r.open()
	_, err = submit()
	require.Equal(t, CodeInsufficientBalance, code(t, err), "%v", err)
	require.Contains(t, err.Error(), "its 3 accepted jobs 600000000000000")
	require.Equal(t, 4, r.jobs(t))
}

// TestL2JobEndToEnd submits an L2 job over HTTP JSON-RPC; an in-process
// worker leases it, executes it and submits the canonical result.
func TestL2JobEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a worker")
	}
	r := newL2Rig(t)
	ctx := context.Background()
	hs := httptest.NewServer(r.srv)
	defer hs.Close()
	c, err := client.Dial(ctx, hs.URL)
	require.NoError(t, err)
	defer c.Close()

	prompt := []uint32{1, 17, 42, 99, 5}
	res, err := c.Submit(ctx, r.request(r.user, prompt, 12), r.domain, r.user)
	require.NoError(t, err)

	modelDir := t.TempDir()
	_, root := tinyModel(t, modelDir)
	require.Equal(t, r.root, common.Hash(root))
	w, err := worker.NewService(ctx, worker.ServiceConfig{SequencerURL: hs.URL, WorkerID: "w1", ModelDir: modelDir, Concurrency: 1,
		PollInterval: 10 * time.Millisecond, RetryMax: 50 * time.Millisecond}, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, w.Start(ctx))
	defer func() { require.NoError(t, w.Stop(ctx)) }()

	var got JobResult
	deadline := time.Now().Add(2 * time.Minute)
	for {
		err := r.rpc.CallContext(ctx, &got, Namespace+"_result", res.ID)
		if err == nil {
			break
		}
		require.Equal(t, CodeNoResult, code(t, err), "%v", err)
		require.True(t, time.Now().Before(deadline), "the L2 job was not executed")
		time.Sleep(20 * time.Millisecond)
	}
	want, err := r.model.Generate(ctx, canon.Job{Prompt: []int32{1, 17, 42, 99, 5}, MaxTokens: 12, StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, "executed", got.State)
	require.Equal(t, "w1", got.Worker)
	require.Equal(t, u32s(want.Tokens), got.Output)
	require.Equal(t, common.Hash(want.TraceRoot), got.TraceRoot)
}

// FuzzSubmitJob feeds arbitrary bytes (and mutations of a valid request)
// through the RPC submission path: every outcome is an acceptance or a
// submitJob refusal code, and a refusal stores nothing.
func FuzzSubmitJob(f *testing.F) {
	r := newL2Rig(f)
	valid := r.sign(r.request(r.user, []uint32{1, 2, 3}, 4), r.domain, r.user)
	f.Add(valid)
	f.Add(valid[:len(valid)-1])
	f.Add(append(bytes.Clone(valid), 0))
	f.Add([]byte{})
	known := map[int]bool{CodeMalformedRequest: true, CodeOversized: true, CodeWrongDomain: true, CodeBadSignature: true,
		CodeInvalidRequest: true, CodeUnsupportedKind: true, CodeExpired: true, CodeExpiryTooFar: true, CodeUnknownModel: true,
		CodeContextExceeded: true, CodeFeeTooLow: true, CodeFeeTooHigh: true, CodeReplayedNonce: true, CodeInsufficientBalance: true}
	f.Fuzz(func(t *testing.T, b []byte) {
		before := r.jobs(t)
		res, err := r.sub.Submit(context.Background(), b, nil)
		if err != nil {
			var e *Error
			require.True(t, errors.As(err, &e), "untyped error %v", err)
			require.True(t, known[e.Code], "code %d: %v", e.Code, err)
			require.Equal(t, before, r.jobs(t), "a refusal stored a job")
			return
		}
		require.Equal(t, crypto.Keccak256Hash(b), res.RequestHash)
		_, err = r.st.Get(store.L2ID(res.RequestHash))
		require.NoError(t, err)
	})
}

// BenchmarkSubmitJob measures L2 jobs accepted per second over in-process
// JSON-RPC (every check, L1 reads on the simulated backend, a synced store
// write), reported as jobs/s.
func BenchmarkSubmitJob(b *testing.B) {
	r := newL2Rig(b)
	ctx := context.Background()
	_, err := (&l1test.Sender{C: r.chain, I: 2}).Send(ctx, r.addrs.JobInbox, bindings.NewJobInbox().PackDeposit(),
		new(big.Int).Mul(big.NewInt(testMinFee), big.NewInt(int64(b.N))))
	if err != nil {
		b.Fatal(err)
	}
	reqs := make([][]byte, b.N)
	for i := range reqs {
		reqs[i] = r.sign(r.request(r.user, []uint32{1, 2, 3, 4}, 4), r.domain, r.user)
	}
	b.ResetTimer()
	start := time.Now()
	for i := range reqs {
		if _, err := r.client.SubmitBytes(ctx, reqs[i], nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "jobs/s")
}
