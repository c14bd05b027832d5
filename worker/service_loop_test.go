package worker

import (
	"context"
	"errors"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/llama"
)

type codeErr struct {
	code int
	msg  string
}

func (e *codeErr) Error() string  { return e.msg }
func (e *codeErr) ErrorCode() int { return e.code }

// fakeSequencer speaks the worker's side of the airollup_ protocol: its first
// registration fails, its first lease after a job answers "unknown worker"
// (as a restarted sequencer does), and it records submissions.
type fakeSequencer struct {
	mu            sync.Mutex
	registrations int
	leases        int
	jobs          []leasedJob
	submitted     map[string][]uint32
	roots         map[string][3]common.Hash // trace, residual, KV roots
	renewals      int
	done          chan struct{}
}

func (f *fakeSequencer) RegisterWorker(id string, roots []common.Hash, concurrency int) (*registration, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.registrations++
	if f.registrations == 1 {
		return nil, errors.New("not ready")
	}
	return &registration{Worker: id, LeaseDurationMs: 60}, nil
}

func (f *fakeSequencer) Lease(worker string, max int) ([]leasedJob, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.leases++
	if f.leases == 2 {
		return nil, &codeErr{codeUnknownWorker, "worker is not registered"}
	}
	n := min(max, len(f.jobs))
	out := f.jobs[:n]
	f.jobs = f.jobs[n:]
	return out, nil
}

func (f *fakeSequencer) Renew(worker, job string) (time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.renewals++
	return time.Now().Add(time.Minute), nil
}

func (f *fakeSequencer) SubmitResult(worker, job string, tokens []uint32, root, residual, kv common.Hash) (map[string]bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.submitted[job], f.roots[job] = tokens, [3]common.Hash{root, residual, kv}
	if len(f.submitted) == 2 {
		close(f.done)
	}
	return map[string]bool{"accepted": true}, nil
}

func TestServiceLeasesRunsAndSubmits(t *testing.T) {
	dir := t.TempDir()
	path, root := genModel(t, dir, tinySpec(4))
	l, err := llama.Load(path)
	require.NoError(t, err)
	defer l.Close()

	f := &fakeSequencer{submitted: map[string][]uint32{}, roots: map[string][3]common.Hash{}, done: make(chan struct{})}
	var jobs []Job
	for i, j := range testJobs(root, l.Model)[:2] {
		lj := leasedJob{ID: []string{"l1:1", "l1:2"}[i], Model: common.Hash(root), MaxTokens: uint32(j.MaxTokens)}
		for _, p := range j.Prompt {
			lj.Prompt = append(lj.Prompt, uint32(p))
		}
		f.jobs = append(f.jobs, lj)
		jobs = append(jobs, j)
	}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("airollup", f))
	hs := httptest.NewServer(srv)
	defer hs.Close()

	svc, err := NewService(context.Background(), ServiceConfig{SequencerURL: hs.URL, WorkerID: "w", ModelDir: dir, Concurrency: 1,
		PollInterval: 10 * time.Millisecond, RetryMax: 50 * time.Millisecond}, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	select {
	case <-f.done:
	case <-time.After(time.Minute):
		t.Fatal("no results submitted")
	}
	require.NoError(t, svc.Stop(context.Background()))
	require.True(t, svc.Stopped())

	f.mu.Lock()
	defer f.mu.Unlock()
	require.Equal(t, 3, f.registrations, "a failed registration is retried; an unknown worker registers again")
	for i, id := range []string{"l1:1", "l1:2"} {
		want := generate(t, l.Model, jobs[i])
		got := make([]int32, len(f.submitted[id]))
		for k, v := range f.submitted[id] {
			got[k] = int32(v)
		}
		require.Equal(t, want.Tokens, got, id)
		require.Equal(t, [3]common.Hash{common.Hash(want.TraceRoot), common.Hash(want.FinalResidual), common.Hash(want.FinalKV)}, f.roots[id], id)
		require.NotEqual(t, common.Hash{}, f.roots[id][1], "residual root of %s", id)
		require.NotEqual(t, common.Hash{}, f.roots[id][2], "KV root of %s", id)
	}
}

func TestServiceStartNeedsModels(t *testing.T) {
	svc, err := NewService(context.Background(), ServiceConfig{SequencerURL: "http://127.0.0.1:1", ModelDir: t.TempDir(), Concurrency: 1},
		log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	err = svc.Start(context.Background())
	require.ErrorIs(t, err, ErrServiceConfig)
	require.Contains(t, err.Error(), "--model-dir")
	require.NoError(t, svc.Stop(context.Background()))
}
