//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/client"
)

// miner commits a block every period unless paused (the simulated L1's block production).
type miner struct {
	chain  *l1test.Chain
	paused atomic.Bool
}

func startMiner(t *testing.T, chain *l1test.Chain, period time.Duration) *miner {
	m := &miner{chain: chain}
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tk := time.NewTicker(period)
		defer tk.Stop()
		for {
			select {
			case <-done:
				return
			case <-tk.C:
				if !m.paused.Load() {
					chain.Commit()
				}
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })
	return m
}

// sendTrap proxies an L1 RPC URL; once armed, it lets the next
// eth_sendRawTransaction through to L1, reports it, and never answers it:
// the sender is killed with its transaction in the mempool and unconfirmed.
type sendTrap struct {
	armed atomic.Bool
	hit   chan struct{}
	once  sync.Once
}

func newSendTrap(t *testing.T, target string) (*sendTrap, string) {
	u, err := url.Parse(target)
	require.NoError(t, err)
	trap := &sendTrap{hit: make(chan struct{})}
	rp := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		if trap.armed.Load() && bytes.Contains(body, []byte("eth_sendRawTransaction")) {
			rec := httptest.NewRecorder()
			rp.ServeHTTP(rec, r) // the transaction reaches L1
			trap.once.Do(func() { close(trap.hit) })
			<-r.Context().Done() // its sender never hears back
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return trap, srv.URL
}

// TestRollupEndToEnd runs the rollup as its operators do: a simulated L1 with
// the contracts, the sequencer and two workers as processes (one drafting
// with llama.cpp behind the Ollama API), jobs submitted on L1 (through the
// AskModel example DApp and directly) and as signed L2 requests over RPC. It
// kills (SIGKILL) a worker holding a lease, the sequencer once with every job
// executed but none batched, and once with its proposal sent but not
// confirmed; in the end the batch is proposed once, every job is final and
// delivered exactly once, and the DApp holds the answers.
func TestRollupEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes, llama.cpp and an L1")
	}
	probe, err := llamacpp.Find()
	if err != nil && os.Getenv("CI") == "" {
		t.Skip("llama.cpp reference not installed; `make test` installs it (make setup)")
	}
	require.NoError(t, err, "the llama.cpp reference must be installed in CI")
	probe.Threads = 1
	ctx := context.Background()

	// The model, registered on L1 and on disk under its root.
	tm := newTinyModel(t)
	modelDir, tmp, m, tree, root := tm.Dir, tm.File, tm.Model, tm.Tree, tm.Root

	chain := l1test.New(t, 3) // 0 deployer, 1 sequencer, 2 user
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: deploy.DevnetGame(10, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	user, seqL1 := &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 1}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	rb, inbox, ask := bindings.NewRollup(), bindings.NewJobInbox(), bindings.NewAskModel()
	_, err = seqL1.Send(ctx, addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.JobInbox, inbox.PackDeposit(), big.NewInt(1e17))
	require.NoError(t, err)
	askAddr, tx, err := bind.DeployContract(chain.Opts(2), common.FromHex(bindings.AskModelMetaData.Bin), chain.Client, ask.PackConstructor(addrs.JobInbox))
	require.NoError(t, err)
	chain.Mine(t, tx)
	read := func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	jobCount := func() *big.Int {
		n, err := inbox.UnpackJobCount(read(addrs.JobInbox, inbox.PackJobCount()))
		require.NoError(t, err)
		return n
	}

	mn := startMiner(t, chain, 100*time.Millisecond)
	trap, l1URL := newSendTrap(t, l1Proxy(t, chain.RPC()))
	ollama, err := probe.StartOllama(ctx, t.TempDir())
	require.NoError(t, err)
	defer ollama.Close()

	rpcAddr := freeAddr(t)
	seqURL := "http://" + rpcAddr
	seqArgs := func(maxDelay string) []string {
		return []string{"sequencer", "--l1-rpc", l1URL, "--inbox", addrs.JobInbox.Hex(), "--confirmations", "1",
			"--poll-interval", "100ms", "--data-dir", filepath.Join(modelDir, "seq"), "--rpc.addr", rpcAddr,
			"--model", fmt.Sprintf("1=0x%x", root), "--model-dir", modelDir, "--sample-rate", "1", "--lease-duration", "2s",
			"--private-key", hex.EncodeToString(crypto.FromECDSA(chain.Keys[1])), "--num-confirmations", "1",
			"--txmgr.receipt-query-interval", "100ms", "--batch.max-delay", maxDelay, "--log.level", "debug"}
	}
	seq := child(t, "sequencer", seqArgs("1h")...)
	rc, err := rpc.Dial(seqURL)
	require.NoError(t, err)
	defer rc.Close()
	status := func(id string) sequencer.JobStatus {
		var s sequencer.JobStatus
		_ = rc.CallContext(ctx, &s, "airollup_jobStatus", id)
		return s
	}
	lastStates := "" // what allIn saw last
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(3 * time.Minute)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s (last seen: %s)", what, lastStates)
			time.Sleep(50 * time.Millisecond)
		}
	}
	allIn := func(ids []string, state string) func() bool {
		return func() bool {
			lastStates = ""
			ok := true
			for _, id := range ids {
				st := status(id).State
				lastStates += id + "=" + st + " "
				ok = ok && st == state
			}
			return ok
		}
	}
	waitFor("the sequencer's RPC", func() bool { var ms []sequencer.Model; return rc.CallContext(ctx, &ms, "airollup_models") == nil })

	// Jobs: two questions through the DApp and one plain L1 job, two L2 requests.
	askJob := func(prompt []int32, n uint32) string {
		_, err := user.Send(ctx, askAddr, ask.PackAsk(1, canon.TokenBytes(prompt), bindings.IJobInboxParams{MaxTokens: n}, 300_000), big.NewInt(1e16))
		require.NoError(t, err)
		return "l1:" + jobCount().String()
	}
	plainJob := func(prompt []int32, n uint32) string {
		_, err := user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes(prompt), 0, bindings.IJobInboxParams{MaxTokens: n}, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
		return "l1:" + jobCount().String()
	}
	cl := client.New(rc)
	domain := jobreq.Domain{ChainID: chain.ChainID, Inbox: addrs.JobInbox}
	nonce := uint64(0)
	l2Job := func(prompt []uint32, n uint32) string {
		nonce++
		req := client.Inference(chain.Addrs[2], 1, prompt, record.JobParams{MaxTokens: n}, big.NewInt(1e15), nonce, uint64(time.Now().Add(6*time.Hour).Unix()))
		res, err := cl.Submit(ctx, req, domain, chain.Keys[2])
		require.NoError(t, err)
		return res.ID
	}

	// A worker whose results never get through leases the first job and is
	// killed holding it (SIGKILL); the lease expires and another worker
	// serves the job.
	stuckJob := askJob([]int32{1, 17, 42, 99}, 6)
	stuck := child(t, "worker-stuck", "worker", "--sequencer-url", blockSubmissions(t, seqURL), "--worker-id", "stuck",
		"--model-dir", modelDir, "--poll-interval", "50ms")
	waitFor("the first job leased to the stuck worker", func() bool {
		s := status(stuckJob)
		return s.State == "leased" && s.Lease != nil && s.Lease.Worker == "stuck"
	})
	require.NoError(t, stuck.Process.Signal(syscall.SIGKILL))
	_ = stuck.Wait()

	// The Ollama-API worker alone takes the first two jobs and is then
	// stopped, with no lease left; the embedded one serves the rest.
	first := []string{stuckJob, l2Job([]uint32{1, 5, 9}, 5)}
	ow := child(t, "worker-ollama", "worker", "--sequencer-url", seqURL, "--worker-id", "ollama", "--model-dir", modelDir,
		"--poll-interval", "50ms", "--ollama-url", ollama.URL)
	waitFor("the Ollama-API worker's jobs", allIn(first, "executed"))
	require.NoError(t, ow.Process.Signal(syscall.SIGKILL))
	_ = ow.Wait()
	child(t, "worker-embedded", "worker", "--sequencer-url", seqURL, "--worker-id", "embedded", "--model-dir", modelDir, "--poll-interval", "50ms")
	// The last L2 job comes from the command line: airollup job submit, the key in its env var.
	t.Setenv("AIROLLUP_JOB_PRIVATE_KEY", hex.EncodeToString(crypto.FromECDSA(chain.Keys[2])))
	out, err := runApp(t, "job", "submit", "--sequencer-url", seqURL, "--tokens", "1,8", "-n", "3", "--max-fee", "1000000000000000", "--expiry", "6h")
	require.NoError(t, err, out)
	// The simulated L1 logs through the same global logger: pick the id out.
	cliJob := regexp.MustCompile(`(?m)^l2:0x[0-9a-f]{64}\b`).FindString(out)
	require.NotEmpty(t, cliJob, out)
	rest := []string{askJob([]int32{1, 3, 3, 7}, 4), plainJob([]int32{1, 60, 70}, 5), cliJob}
	ids := append(append([]string{}, first...), rest...)
	waitFor("every job executed", allIn(ids, "executed"))
	workers := map[string]bool{}
	results := map[string]sequencer.JobResult{}
	for _, id := range ids {
		var res sequencer.JobResult
		require.NoError(t, rc.CallContext(ctx, &res, "airollup_result", id))
		workers[res.Worker] = true
		results[id] = res
	}
	require.True(t, workers["ollama"] && workers["embedded"], "both workers served: %v", workers)

	// Kill 1: every job executed and acknowledged, none batched (1 h batching delay).
	require.NoError(t, seq.Process.Signal(syscall.SIGKILL))
	_ = seq.Wait()
	var batchCount *big.Int
	batchCount, err = rb.UnpackBatchCount(read(addrs.Rollup, rb.PackBatchCount()))
	require.NoError(t, err)
	require.Zero(t, batchCount.Sign(), "nothing was proposed")

	// Kill 2: the restarted sequencer batches at once; its proposal reaches
	// the mempool (blocks paused) and it is killed before any confirmation.
	mn.paused.Store(true)
	trap.armed.Store(true)
	seq = child(t, "sequencer-2", seqArgs("200ms")...)
	select {
	case <-trap.hit:
	case <-time.After(2 * time.Minute):
		t.Fatal("the restarted sequencer never sent its proposal")
	}
	require.NoError(t, seq.Process.Signal(syscall.SIGKILL))
	_ = seq.Wait()
	trap.armed.Store(false)

	// The third start, while the proposal is still pending, sends nothing
	// (its account has a transaction in the mempool); once it is mined, it
	// settles the proposal it finds on L1 instead of sending another.
	child(t, "sequencer-3", seqArgs("200ms")...)
	waitFor("the third sequencer's RPC", func() bool { var ms []sequencer.Model; return rc.CallContext(ctx, &ms, "airollup_models") == nil })
	time.Sleep(time.Second) // ten batcher polls
	pending, err := chain.Client.PendingNonceAt(ctx, chain.Addrs[1])
	require.NoError(t, err)
	mined, err := chain.Client.NonceAt(ctx, chain.Addrs[1], nil)
	require.NoError(t, err)
	require.EqualValues(t, 1, pending-mined, "one proposal in the mempool, no second one")
	mn.paused.Store(false)
	waitFor("every job proposed", allIn(ids, "proposed"))
	batchCount, err = rb.UnpackBatchCount(read(addrs.Rollup, rb.PackBatchCount()))
	require.NoError(t, err)
	require.EqualValues(t, 1, batchCount.Int64(), "one batch, proposed once")
	var info sequencer.BatchInfo
	require.NoError(t, rc.CallContext(ctx, &info, "airollup_batch", 0))
	onL1, err := rb.UnpackBatch(read(addrs.Rollup, rb.PackBatch(big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, common.Hash(onL1.RecordsRoot), info.RecordsRoot)
	require.Len(t, info.Jobs, len(ids))

	// Inclusion proofs verify against the root on L1.
	for _, id := range ids {
		var res sequencer.JobResult
		require.NoError(t, rc.CallContext(ctx, &res, "airollup_result", id))
		proof := make([]merkle.Hash, len(res.Proof))
		for i, h := range res.Proof {
			proof[i] = merkle.Hash(h)
		}
		require.NoError(t, merkle.Verify(merkle.Hash(onL1.RecordsRoot), merkle.Hash(*res.Leaf), uint64(*res.Record), proof), "job %s", id)
	}

	// Past the window and the finality delay every record is delivered.
	require.NoError(t, chain.AdvanceTime(time.Duration(3600+60+10)*time.Second))
	waitFor("every job final", allIn(ids, "final"))
	for _, id := range []string{ids[0], ids[2]} { // the DApp's questions
		jobID, ok := new(big.Int).SetString(id[len("l1:"):], 10)
		require.True(t, ok)
		q, err := ask.UnpackQuestion(read(askAddr, ask.PackQuestion(jobID)))
		require.NoError(t, err)
		require.True(t, q.Answered, "question %s answered", id)
		out := results[id].Output
		want := make([]byte, 0, 4*len(out))
		for _, v := range out {
			want = append(want, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
		}
		require.Equal(t, want, q.Output)
	}
	// airollup job wait and result follow the CLI's job to its delivery.
	out, err = runApp(t, "job", "wait", cliJob, "--sequencer-url", seqURL, "--until", "final", "--timeout", "1m", "--poll-interval", "100ms")
	require.NoError(t, err, out)
	require.Contains(t, out, "final")
	out, err = runApp(t, "job", "result", cliJob, "--sequencer-url", seqURL, "--model-file", tmp)
	require.NoError(t, err, out)
	require.Contains(t, out, "final: delivered on L1")
	require.Contains(t, out, "inclusion:  batch 0, record")
	require.Contains(t, out, "recordsRoot: "+common.Hash(onL1.RecordsRoot).Hex())

	// Delivered exactly once each: one JobDelivered per record.
	requireDeliveredOnce(t, chain.Client, addrs.Rollup, len(ids))
	// The L2 sender paid both its jobs' fees, once.
	bal, err := inbox.UnpackBalanceOf(read(addrs.JobInbox, inbox.PackBalanceOf(chain.Addrs[2])))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(big.NewInt(1e17), big.NewInt(2e15)), bal)
	waitFor("the batch final", func() bool {
		var bi sequencer.BatchInfo
		return rc.CallContext(ctx, &bi, "airollup_batch", 0) == nil && bi.Status.String() == "final"
	})
}

// requireDeliveredOnce asserts that rollup emitted n JobDelivered events, no
// two for the same (batch, record).
func requireDeliveredOnce(t *testing.T, ec ethereum.LogFilterer, rollup common.Address, n int) {
	t.Helper()
	ev := rollupEventID(t, "JobDelivered")
	logs, err := ec.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{ev}}})
	require.NoError(t, err)
	require.Len(t, logs, n)
	seen := map[[2]common.Hash]bool{}
	for _, lg := range logs {
		key := [2]common.Hash{lg.Topics[1], lg.Topics[2]} // (batch, record)
		require.False(t, seen[key], "batch %s record %s delivered twice", key[0].Big(), key[1].Big())
		seen[key] = true
	}
}

func rollupEventID(t *testing.T, name string) common.Hash {
	parsed, err := bindings.RollupMetaData.ParseABI()
	require.NoError(t, err)
	return parsed.Events[name].ID
}
