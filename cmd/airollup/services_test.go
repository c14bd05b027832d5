//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/sequencer"
)

// childMainEnv makes the test binary run the airollup command line (its
// arguments) instead of the tests: TestMain checks it.
const childMainEnv = "AIROLLUP_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(childMainEnv) == "1" {
		os.Exit(run(newApp(), append([]string{"airollup"}, os.Args[1:]...)))
	}
	os.Exit(m.Run())
}

// l1Proxy serves an in-process JSON-RPC client over HTTP, so that child
// processes can reach a simulated L1.
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

// blockSubmissions proxies the sequencer's RPC but holds every
// airollup_submitResult call until the client gives up, so a worker behind it
// executes its job and keeps the lease (renewing it) without ever finishing.
func blockSubmissions(t *testing.T, target string) string {
	u, err := url.Parse(target)
	require.NoError(t, err)
	rp := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte("airollup_submitResult")) {
			<-r.Context().Done()
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return addr
}

// child runs the airollup command line in a child process (the test binary
// re-executed) and kills it when the test ends.
func child(t *testing.T, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childMainEnv+"=1")
	logf, err := os.Create(filepath.Join(t.TempDir(), name+".log"))
	require.NoError(t, err)
	cmd.Stdout, cmd.Stderr = logf, logf
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("%s log:\n%s", name, b)
		}
	})
	return cmd
}

func TestSequencerAndWorkersProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes and an L1")
	}
	ctx := context.Background()
	// The model: a file named by its root, registered on L1.
	tm := newTinyModel(t)
	modelDir, m, tree, root := tm.Dir, tm.Model, tm.Tree, tm.Root
	require.Equal(t, root, tree.Root())

	chain := l1test.New(t, 3) // 0 deployer, 1 sequencer, 2 user
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 100, Game: deploy.DevnetGame(10, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	user := &l1test.Sender{C: chain, I: 2}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	inbox := bindings.NewJobInbox()
	submit := func(prompt []int32, n uint32) string {
		_, err := user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes(prompt), 0, bindings.IJobInboxParams{MaxTokens: n}, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
		chain.Commit() // the confirmation
		out, err := chain.Client.CallContract(ctx, callMsg(addrs.JobInbox, inbox.PackJobCount()), nil)
		require.NoError(t, err)
		id, err := inbox.UnpackJobCount(out)
		require.NoError(t, err)
		return "l1:" + id.String()
	}

	l1URL := l1Proxy(t, chain.RPC())
	rpcAddr, metricsAddr := freeAddr(t), freeAddr(t)
	seqURL := "http://" + rpcAddr
	seqArgs := []string{"sequencer", "--l1-rpc", l1URL, "--inbox", addrs.JobInbox.Hex(), "--confirmations", "1",
		"--poll-interval", "100ms", "--data-dir", t.TempDir(), "--rpc.addr", rpcAddr, "--metrics.addr", metricsAddr,
		"--model", fmt.Sprintf("1=0x%x@http://127.0.0.1/tiny.gguf", root), "--model-dir", modelDir, "--sample-rate", "1",
		"--lease-duration", "3s", "--log.level", "debug"}
	seq := child(t, "sequencer", seqArgs...)
	client, err := rpc.Dial(seqURL)
	require.NoError(t, err)
	defer client.Close()
	status := func(id string) (sequencer.JobStatus, error) {
		var s sequencer.JobStatus
		err := client.CallContext(ctx, &s, "airollup_jobStatus", id)
		return s, err
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(2 * time.Minute)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(20 * time.Millisecond)
		}
	}
	workerArgs := func(id, url string) []string {
		return []string{"worker", "--sequencer-url", url, "--worker-id", id, "--model-dir", modelDir, "--poll-interval", "50ms"}
	}

	// A job is leased, executed and its canonical result served.
	prompt := []int32{1, 17, 42, 99, 5}
	id1 := submit(prompt, 12)
	w1 := child(t, "worker1", workerArgs("w1", seqURL)...)
	waitFor("job 1 executed", func() bool { s, err := status(id1); return err == nil && s.State == "executed" })
	var res sequencer.JobResult
	require.NoError(t, client.CallContext(ctx, &res, "airollup_result", id1))
	want, err := m.Generate(ctx, canon.Job{Prompt: prompt, MaxTokens: 12, StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, "w1", res.Worker)
	require.Equal(t, common.Hash(want.TraceRoot), res.TraceRoot)
	require.Equal(t, common.Hash(want.FinalResidual), res.ResidualRoot)
	require.Equal(t, common.Hash(want.FinalKV), res.KVRoot)
	got := make([]int32, len(res.Output))
	for i, v := range res.Output {
		got[i] = int32(v)
	}
	require.Equal(t, want.Tokens, got)
	require.Nil(t, res.Batch)
	hz, err := http.Get(seqURL + "/healthz")
	require.NoError(t, err)
	_ = hz.Body.Close()
	require.Equal(t, http.StatusOK, hz.StatusCode)

	// Worker 1 stops cleanly on SIGTERM.
	require.NoError(t, w1.Process.Signal(syscall.SIGTERM))
	require.NoError(t, w1.Wait())

	// A worker whose results never get through holds the next job's lease
	// (renewing it) until it is killed; the lease expires and a second
	// worker executes the job.
	id2 := submit([]int32{1, 3, 5, 7}, 8)
	stuck := child(t, "stuck", workerArgs("stuck", blockSubmissions(t, seqURL))...)
	waitFor("job 2 leased to the stuck worker", func() bool {
		s, err := status(id2)
		return err == nil && s.State == "leased" && s.Lease != nil && s.Lease.Worker == "stuck"
	})
	time.Sleep(4 * time.Second) // past the 3 s lease: renewals keep it
	s2, err := status(id2)
	require.NoError(t, err)
	require.Equal(t, "leased", s2.State)
	require.Equal(t, "stuck", s2.Lease.Worker)
	require.NoError(t, stuck.Process.Signal(syscall.SIGKILL))
	_ = stuck.Wait()
	w2Metrics := freeAddr(t)
	child(t, "worker2", append(workerArgs("w2", seqURL), "--metrics.addr", w2Metrics)...)
	waitFor("job 2 executed by worker 2", func() bool { s, err := status(id2); return err == nil && s.State == "executed" })
	require.NoError(t, client.CallContext(ctx, &res, "airollup_result", id2))
	require.Equal(t, "w2", res.Worker)
	want, err = m.Generate(ctx, canon.Job{Prompt: []int32{1, 3, 5, 7}, MaxTokens: 8, StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, common.Hash(want.TraceRoot), res.TraceRoot)

	// Both results were re-executed (sample rate 1); one lease expired. The
	// sequencer counts a result just after storing it, so a scrape may come
	// between the job's new state and its count: wait for the count.
	var metrics []byte
	waitFor("both results counted", func() bool {
		mr, err := http.Get("http://" + metricsAddr + "/metrics")
		if err != nil {
			return false
		}
		defer mr.Body.Close()
		if metrics, err = io.ReadAll(mr.Body); err != nil {
			return false
		}
		return strings.Contains(string(metrics), `airollup_sequencer_results_total{verified="true"} 2`)
	})
	require.Contains(t, string(metrics), "airollup_sequencer_leases_expired_total 1")
	require.Contains(t, string(metrics), "airollup_sequencer_l1_jobs_total 2")

	// kill -9 the sequencer and restart it on the same store: worker 2
	// registers again and executes the next job; the earlier results stay.
	require.NoError(t, seq.Process.Signal(syscall.SIGKILL))
	_ = seq.Wait()
	child(t, "sequencer-restarted", seqArgs...)
	id3 := submit([]int32{1, 8, 6}, 5)
	waitFor("job 3 executed after the restart", func() bool { s, err := status(id3); return err == nil && s.State == "executed" })
	require.NoError(t, client.CallContext(ctx, &res, "airollup_result", id3))
	require.Equal(t, "w2", res.Worker)
	s1, err := status(id1)
	require.NoError(t, err)
	require.Equal(t, "executed", s1.State)

	// Worker 2 leased and submitted jobs 2 and 3. The sequencer records a
	// result before the worker counts the reply, so the counters are read
	// once the second result has been counted.
	var wm []byte
	waitFor("worker 2 to count its second result", func() bool {
		wr, err := http.Get("http://" + w2Metrics + "/metrics")
		if err != nil {
			return false
		}
		defer wr.Body.Close()
		wm, err = io.ReadAll(wr.Body)
		return err == nil && strings.Contains(string(wm), `airollup_worker_results_total{accepted="true"} 2`)
	})
	require.Contains(t, string(wm), "airollup_worker_leases_total 2")
	require.Contains(t, string(wm), `airollup_worker_results_total{accepted="true"} 2`)
	require.Contains(t, string(wm), `airollup_worker_jobs_total{backend="embedded"} 2`)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
