package sequencer

import (
	"context"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/sequencer/store"
)

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// tinyModel writes modelgen.Tiny into dir as <root>.gguf and returns the loaded model and its root.
func tinyModel(t testing.TB, dir string) (*canon.Model, merkle.Hash) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "m.gguf")
	require.NoError(t, llama.Generate(tmp, modelgen.Tiny))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	root := l.Model.Root()
	b, err := os.ReadFile(tmp)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, hex.EncodeToString(root[:])+".gguf"), b, 0o644))
	return l.Model, root
}

type rig struct {
	t      *testing.T
	dir    string
	st     *store.Store
	clock  *fakeClock
	model  *canon.Model
	root   common.Hash
	cfg    DispatchConfig
	client *rpc.Client
	block  uint64
}

const leaseTTL = time.Minute

func newRig(t *testing.T, sampleRate float64) *rig {
	t.Helper()
	modelDir := t.TempDir()
	m, root := tinyModel(t, modelDir)
	r := &rig{t: t, dir: t.TempDir(), clock: &fakeClock{now: time.Unix(1_700_000_000, 0)}, model: m, root: common.Hash(root)}
	r.cfg = DispatchConfig{Models: []Model{{ID: 1, Root: r.root, URL: "http://models/tiny.gguf"}}, LeaseDuration: leaseTTL,
		SampleRate: sampleRate, Clock: r.clock}
	if sampleRate > 0 {
		r.cfg.verify = newModels(modelDir, llama.Options{})
		t.Cleanup(func() { _ = r.cfg.verify.close() })
	}
	r.open()
	return r
}

// open (re)opens the store and the API, as a sequencer start does.
func (r *rig) open() {
	t := r.t
	st, err := store.Open(r.dir, store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	r.st = st
	d, err := NewDispatcher(st, r.cfg, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	require.NoError(t, err)
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(Namespace, NewAPI(st, d, r.cfg.Models, nil)))
	r.client = rpc.DialInProc(srv)
	t.Cleanup(func() { r.close(); srv.Stop() })
}

func (r *rig) close() {
	if r.client != nil {
		r.client.Close()
		r.client = nil
	}
	if r.st != nil {
		_ = r.st.Close()
		r.st = nil
	}
}

// submit stores an L1 job of model id 1 as the follower would, and admits it.
func (r *rig) submit(prompt []int32, maxTokens uint32) store.ID {
	t := r.t
	r.block++
	id := store.L1ID(big.NewInt(int64(r.block)))
	input := canon.TokenBytes(prompt)
	_, _, err := r.st.Put(&store.Job{ID: id, Spec: store.Spec{Model: 1, Input: input, InputHash: crypto.Keccak256Hash(input),
		Params: store.Params{MaxTokens: maxTokens}}, L1: &store.L1Origin{Block: r.block}})
	require.NoError(t, err)
	return id
}

func (r *rig) call(result any, method string, args ...any) error {
	return r.client.CallContext(context.Background(), result, Namespace+"_"+method, args...)
}

func code(t *testing.T, err error) int {
	t.Helper()
	var e rpc.Error
	require.True(t, errors.As(err, &e), "want an RPC error, got %v", err)
	return e.ErrorCode()
}

func (r *rig) generate(prompt []int32, maxTokens int) *canon.Result {
	res, err := r.model.Generate(context.Background(), canon.Job{Prompt: prompt, MaxTokens: maxTokens, StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(r.t, err)
	return res
}

// resultArgs are airollup_submitResult's arguments after the worker and job
// ids for res: its tokens, trace root and final state's roots.
func resultArgs(res *canon.Result) []any {
	return []any{u32s(res.Tokens), common.Hash(res.TraceRoot), common.Hash(res.FinalResidual), common.Hash(res.FinalKV)}
}

func u32s(ts []int32) []uint32 {
	out := make([]uint32, len(ts))
	for i, t := range ts {
		out[i] = uint32(t)
	}
	return out
}

func (r *rig) register(worker string) {
	var reg RegisterResult
	require.NoError(r.t, r.call(&reg, "registerWorker", worker, []common.Hash{r.root}, 2))
	require.Equal(r.t, leaseTTL.Milliseconds(), reg.LeaseDurationMs)
}

func (r *rig) lease(worker string, max int) []LeasedJob {
	var jobs []LeasedJob
	require.NoError(r.t, r.call(&jobs, "lease", worker, max))
	return jobs
}

func (r *rig) status(id store.ID) *JobStatus {
	var s JobStatus
	require.NoError(r.t, r.call(&s, "jobStatus", id.String()))
	return &s
}

func TestAPIJobLifecycle(t *testing.T) {
	r := newRig(t, 1)
	prompt := []int32{1, 5, 9, 3}
	id := r.submit(prompt, 6)
	r.close()
	r.open() // admission happens when the dispatcher syncs
	require.Equal(t, "queued", r.status(id).State)

	var models []Model
	require.NoError(t, r.call(&models, "models"))
	require.Equal(t, r.cfg.Models, models)

	r.register("w1")
	jobs := r.lease("w1", 4)
	require.Len(t, jobs, 1)
	j := jobs[0]
	require.Equal(t, id.String(), j.ID)
	require.Equal(t, r.root, j.Model)
	require.Equal(t, u32s(prompt), j.Prompt)
	require.Equal(t, uint32(6), j.MaxTokens)
	require.True(t, j.Deadline.Equal(r.clock.Now().Add(leaseTTL)))
	st := r.status(id)
	require.Equal(t, "leased", st.State)
	require.Equal(t, "w1", st.Lease.Worker)

	var res JobResult
	require.Equal(t, CodeNoResult, code(t, r.call(&res, "result", id.String())))

	var deadline time.Time
	r.clock.Advance(time.Second)
	require.NoError(t, r.call(&deadline, "renew", "w1", j.ID))
	require.True(t, deadline.Equal(r.clock.Now().Add(leaseTTL)))

	want := r.generate(prompt, 6)
	var sub SubmitResult
	require.NoError(t, r.call(&sub, "submitResult", append([]any{"w1", j.ID}, resultArgs(want)...)...))
	require.Equal(t, SubmitResult{Accepted: true, Verified: true}, sub)
	// The same submission again (a lost reply) is accepted, not duplicated.
	require.NoError(t, r.call(&sub, "submitResult", append([]any{"w1", j.ID}, resultArgs(want)...)...))
	require.True(t, sub.Accepted)

	require.NoError(t, r.call(&res, "result", id.String()))
	require.Equal(t, "executed", res.State)
	require.Equal(t, u32s(want.Tokens), res.Output)
	require.Equal(t, common.Hash(want.TraceRoot), res.TraceRoot)
	require.Equal(t, common.Hash(want.FinalResidual), res.ResidualRoot)
	require.Equal(t, common.Hash(want.FinalKV), res.KVRoot)
	require.NotEqual(t, common.Hash{}, res.ResidualRoot)
	require.NotEqual(t, common.Hash{}, res.KVRoot)
	require.Nil(t, res.Batch)
	require.Nil(t, res.Proof)
}

func TestAPIRefusesWrongResult(t *testing.T) {
	for _, name := range []string{"wrong token", "wrong trace root", "wrong residual root", "wrong KV root", "early stop without EOS"} {
		t.Run(name, func(t *testing.T) {
			r := newRig(t, 1)
			prompt := []int32{1, 2, 3}
			id := r.submit(prompt, 4)
			r.close()
			r.open()
			want := r.generate(prompt, 4)
			tokens, root := u32s(want.Tokens), common.Hash(want.TraceRoot)
			resid, kv := common.Hash(want.FinalResidual), common.Hash(want.FinalKV)
			switch name {
			case "wrong token":
				tokens[0] = (tokens[0] + 1) % uint32(r.model.Vocab)
			case "wrong trace root":
				root[0] ^= 1
			case "wrong residual root":
				resid[31] ^= 1
			case "wrong KV root":
				kv[0] ^= 1
			default:
				tokens = tokens[:len(tokens)-1]
			}
			r.register("bad")
			jobs := r.lease("bad", 1)
			require.Len(t, jobs, 1)
			var sub SubmitResult
			err := r.call(&sub, "submitResult", "bad", jobs[0].ID, tokens, root, resid, kv)
			require.Equal(t, CodeWrongResult, code(t, err))
			switch name {
			case "wrong residual root":
				require.ErrorContains(t, err, "residual root")
			case "wrong KV root":
				require.ErrorContains(t, err, "KV root")
			}
			require.Equal(t, "queued", r.status(id).State)
			// The worker is deregistered and may not come back.
			require.Equal(t, CodeUnknownWorker, code(t, r.call(&jobs, "lease", "bad", 1)))
			require.Equal(t, CodeWorkerRefused, code(t, r.call(nil, "registerWorker", "bad", []common.Hash{r.root}, 1)))
			// Another worker gets the job and its right result is accepted.
			r.register("good")
			jobs = r.lease("good", 1)
			require.Len(t, jobs, 1)
			require.Equal(t, id.String(), jobs[0].ID)
			require.NoError(t, r.call(&sub, "submitResult", append([]any{"good", jobs[0].ID}, resultArgs(want)...)...))
			require.Equal(t, SubmitResult{Accepted: true, Verified: true}, sub)
		})
	}
}

func TestAPILeaseExpiry(t *testing.T) {
	r := newRig(t, 0)
	id := r.submit([]int32{1, 2}, 3)
	r.close()
	r.open()
	r.register("w1")
	r.register("w2")
	jobs := r.lease("w1", 1)
	require.Len(t, jobs, 1)
	require.Empty(t, r.lease("w2", 1))
	r.clock.Advance(leaseTTL)
	var sub SubmitResult
	require.Equal(t, CodeLeaseExpired, code(t, r.call(&sub, "submitResult", "w1", jobs[0].ID, []uint32{1, 2, 3}, common.Hash{1}, common.Hash{2}, common.Hash{3})))
	require.Equal(t, "queued", r.status(id).State)
	jobs = r.lease("w2", 1)
	require.Len(t, jobs, 1)
	require.Equal(t, CodeNotLeaseHolder, code(t, r.call(&sub, "submitResult", "w1", jobs[0].ID, []uint32{1, 2, 3}, common.Hash{1}, common.Hash{2}, common.Hash{3})))
	var dl time.Time
	require.Equal(t, CodeNotLeaseHolder, code(t, r.call(&dl, "renew", "w1", jobs[0].ID)))
	// Without re-execution (sample rate 0) the result is stored unverified.
	require.NoError(t, r.call(&sub, "submitResult", "w2", jobs[0].ID, []uint32{1, 2, 3}, common.Hash{1}, common.Hash{2}, common.Hash{3}))
	require.Equal(t, SubmitResult{Accepted: true}, sub)
}

func TestAPIRestoresLeasesOnRestart(t *testing.T) {
	r := newRig(t, 0)
	id := r.submit([]int32{1, 2}, 2)
	r.close()
	r.open()
	r.register("w1")
	jobs := r.lease("w1", 1)
	require.Len(t, jobs, 1)
	r.close()
	r.open()
	st := r.status(id)
	require.Equal(t, "leased", st.State)
	require.Equal(t, "w1", st.Lease.Worker)
	var sub SubmitResult
	// The worker must register again with the new process; then its lease stands.
	require.Equal(t, CodeUnknownWorker, code(t, r.call(&sub, "submitResult", "w1", jobs[0].ID, []uint32{1, 2}, common.Hash{1}, common.Hash{2}, common.Hash{3})))
	r.register("w2")
	require.Empty(t, r.lease("w2", 1), "a restored lease is not handed to another worker")
	r.register("w1")
	require.NoError(t, r.call(&sub, "submitResult", "w1", jobs[0].ID, []uint32{1, 2}, common.Hash{1}, common.Hash{2}, common.Hash{3}))
	require.Equal(t, "executed", r.status(id).State)
}

func TestAPIErrors(t *testing.T) {
	r := newRig(t, 0)
	id := r.submit([]int32{1, 2}, 2)
	r.close()
	r.open()
	r.register("w1")
	var out any
	cases := []struct {
		name   string
		code   int
		method string
		args   []any
	}{
		{"unknown job", CodeUnknownJob, "jobStatus", []any{"l1:99"}},
		{"unknown job result", CodeUnknownJob, "result", []any{"l1:99"}},
		{"malformed job id", CodeInvalidParams, "jobStatus", []any{"job-1"}},
		{"malformed hash", CodeInvalidParams, "result", []any{"0x1234"}},
		{"unknown batch", CodeUnknownBatch, "batch", []any{7}},
		{"unknown worker lease", CodeUnknownWorker, "lease", []any{"nobody", 1}},
		{"unknown worker renew", CodeUnknownWorker, "renew", []any{"nobody", id.String()}},
		{"unknown worker submit", CodeUnknownWorker, "submitResult", []any{"nobody", id.String(), []uint32{1}, common.Hash{}, common.Hash{}, common.Hash{}}},
		{"lease zero", CodeInvalidParams, "lease", []any{"w1", 0}},
		{"register no roots", CodeInvalidParams, "registerWorker", []any{"w2", []common.Hash{}, 1}},
		{"register no id", CodeInvalidParams, "registerWorker", []any{"", []common.Hash{r.root}, 1}},
		{"register zero concurrency", CodeInvalidParams, "registerWorker", []any{"w2", []common.Hash{r.root}, 0}},
		{"submit unknown job", CodeUnknownJob, "submitResult", []any{"w1", "l1:99", []uint32{1}, common.Hash{}, common.Hash{}, common.Hash{}}},
		{"submit not leased", CodeNotLeaseHolder, "submitResult", []any{"w1", id.String(), []uint32{1}, common.Hash{}, common.Hash{}, common.Hash{}}},
		{"renew not leased", CodeNotLeaseHolder, "renew", []any{"w1", id.String()}},
		{"wrong param type", -32602, "lease", []any{"w1", "many"}},
		{"missing params", -32602, "submitResult", []any{"w1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.code, code(t, r.call(&out, c.method, c.args...)))
		})
	}
	// Too many tokens is refused and leaves the lease in place.
	jobs := r.lease("w1", 1)
	require.Len(t, jobs, 1)
	require.Equal(t, CodeInvalidParams, code(t, r.call(&out, "submitResult", "w1", jobs[0].ID, []uint32{1, 2, 3}, common.Hash{1}, common.Hash{2}, common.Hash{3})))
	require.Equal(t, "leased", r.status(id).State)
}

// TestAPIRefusesResultsWithoutRoots: a result whose trace root or final
// state's residual or KV root is missing (zero, or an old worker's call
// without them) is refused as invalid params, naming the root, and the job
// stays leased to the worker, which is not deregistered.
func TestAPIRefusesResultsWithoutRoots(t *testing.T) {
	r := newRig(t, 0)
	id := r.submit([]int32{1, 2}, 3)
	r.close()
	r.open()
	r.register("w1")
	jobs := r.lease("w1", 1)
	require.Len(t, jobs, 1)
	tokens := []uint32{4, 5, 6}
	var sub SubmitResult
	for _, c := range []struct {
		name  string
		roots []any
		msg   string
	}{
		{"zero trace root", []any{common.Hash{}, common.Hash{2}, common.Hash{3}}, "traceRoot"},
		{"zero residual root", []any{common.Hash{1}, common.Hash{}, common.Hash{3}}, "residualRoot"},
		{"zero KV root", []any{common.Hash{1}, common.Hash{2}, common.Hash{}}, "kvRoot"},
		{"no final roots", []any{common.Hash{1}}, "missing value"},
	} {
		err := r.call(&sub, "submitResult", append([]any{"w1", jobs[0].ID, tokens}, c.roots...)...)
		require.Equal(t, CodeInvalidParams, code(t, err), c.name)
		require.ErrorContains(t, err, c.msg, c.name)
		st := r.status(id)
		require.Equal(t, "leased", st.State, c.name)
		require.Equal(t, "w1", st.Lease.Worker, c.name)
	}
	require.NoError(t, r.call(&sub, "submitResult", "w1", jobs[0].ID, tokens, common.Hash{1}, common.Hash{2}, common.Hash{3}))
	require.Equal(t, SubmitResult{Accepted: true}, sub)
	var res JobResult
	require.NoError(t, r.call(&res, "result", id.String()))
	require.Equal(t, common.Hash{2}, res.ResidualRoot)
	require.Equal(t, common.Hash{3}, res.KVRoot)
}
