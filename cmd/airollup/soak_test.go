package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/client"
)

// soakJobs is the number of L2 jobs TestSoak pushes through the rollup.
const soakJobs = 1000

// rssBytes returns a process's resident set size (VmRSS) from /proc.
func rssBytes(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmRSS in /proc/%d/status", pid)
}

// procRig is a simulated L1 served over HTTP (a block every 100 ms) with the
// contracts deployed (DevnetRollup: 1 ETH bond per record, a 3,600 s
// challenge window), the tiny model registered and on disk under its root,
// the sequencer (key 1) staked and the user (key 2) holding 1 ETH in the
// inbox.
type procRig struct {
	chain    *l1test.Chain
	addrs    *deploy.Addresses
	modelDir string
	root     [32]byte
	l1URL    string
}

func newProcRig(t *testing.T, stakeEth int64) *procRig {
	t.Helper()
	ctx := context.Background()
	tm := newTinyModel(t)
	modelDir, m, tree, root := tm.Dir, tm.Model, tm.Tree, tm.Root

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
	_, err = seqL1.Send(ctx, addrs.Rollup, bindings.NewRollup().PackStake(), new(big.Int).Mul(big.NewInt(stakeEth), big.NewInt(1e18)))
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.JobInbox, bindings.NewJobInbox().PackDeposit(), big.NewInt(1e18))
	require.NoError(t, err)
	startMiner(t, chain, 100*time.Millisecond)
	return &procRig{chain: chain, addrs: addrs, modelDir: modelDir, root: root, l1URL: l1Proxy(t, chain.RPC())}
}

// sequencerArgs are the command line of a sequencer process of the rig.
func (r *procRig) sequencerArgs(rpcAddr, dataDir string, extra ...string) []string {
	return append([]string{"sequencer", "--l1-rpc", r.l1URL, "--inbox", r.addrs.JobInbox.Hex(), "--confirmations", "1",
		"--poll-interval", "100ms", "--data-dir", dataDir, "--rpc.addr", rpcAddr,
		"--model", fmt.Sprintf("1=0x%x", r.root), "--model-dir", r.modelDir,
		"--private-key", hex.EncodeToString(crypto.FromECDSA(r.chain.Keys[1])), "--num-confirmations", "1",
		"--txmgr.receipt-query-interval", "100ms"}, extra...)
}

// TestSoak pushes soakJobs signed L2 jobs through real sequencer and worker
// processes on a simulated L1 until every one is proposed on L1, sampling
// both processes' resident memory as the jobs go. Memory must stay flat:
// the peak over the last half of the run may exceed the peak over the first
// half by at most soakGrowth. The curve is logged (`go test -v -run
// TestSoak ./cmd/airollup`).
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 1,000 jobs through processes and an L1")
	}
	const soakGrowth = 48 << 20
	ctx := context.Background()
	r := newProcRig(t, 2*soakJobs)
	chain, addrs, modelDir := r.chain, r.addrs, r.modelDir
	rpcAddr := freeAddr(t)
	seq := child(t, "sequencer", r.sequencerArgs(rpcAddr, filepath.Join(t.TempDir(), "seq"),
		"--sample-rate", "0.05", "--batch.max-delay", "2s", "--batch.max-records", "250")...)
	rc, err := rpc.Dial("http://" + rpcAddr)
	require.NoError(t, err)
	defer rc.Close()
	deadline := time.Now().Add(4 * time.Minute)
	for rc.CallContext(ctx, new([]sequencer.Model), "airollup_models") != nil {
		require.True(t, time.Now().Before(deadline), "the sequencer's RPC never came up")
		time.Sleep(50 * time.Millisecond)
	}
	wrk := child(t, "worker", "worker", "--sequencer-url", "http://"+rpcAddr, "--worker-id", "soak", "--model-dir", modelDir,
		"--poll-interval", "20ms", "--concurrency", "4")

	// A sampler reads both processes' RSS every 250 ms, with the jobs
	// submitted and proposed so far.
	type sample struct {
		at              time.Duration
		submitted, onL1 int64
		seq, wrk        int64
	}
	var (
		mu              sync.Mutex
		curve           []sample
		submitted, onL1 atomic.Int64
		stop, stopped   = make(chan struct{}), make(chan struct{})
	)
	start := time.Now()
	go func() {
		defer close(stopped)
		tk := time.NewTicker(250 * time.Millisecond)
		defer tk.Stop()
		for {
			s, errS := rssBytes(seq.Process.Pid)
			w, errW := rssBytes(wrk.Process.Pid)
			if errS == nil && errW == nil {
				mu.Lock()
				curve = append(curve, sample{time.Since(start).Round(time.Millisecond), submitted.Load(), onL1.Load(), s, w})
				mu.Unlock()
			}
			select {
			case <-stop:
				return
			case <-tk.C:
			}
		}
	}()

	// Eight clients submit at once, each its share of the nonces.
	cl := client.New(rc)
	domain := jobreq.Domain{ChainID: chain.ChainID, Inbox: addrs.JobInbox}
	expiry := uint64(time.Now().Add(6 * time.Hour).Unix())
	ids := make([]string, soakJobs)
	submit := func(c int) error {
		for i := c; i < soakJobs; i += 8 {
			prompt := []uint32{1, uint32(2 + i%200), uint32(3 + i%97)}
			req := client.Inference(chain.Addrs[2], 1, prompt, record.JobParams{MaxTokens: 4}, big.NewInt(1e12), uint64(i+1), expiry)
			res, err := cl.Submit(ctx, req, domain, chain.Keys[2])
			if err != nil {
				return fmt.Errorf("job %d: %w", i, err)
			}
			ids[i] = res.ID
			submitted.Add(1)
		}
		return nil
	}
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for c := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[c] = submit(c)
		}()
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	// Until every job is on L1.
	for {
		proposed := 0
		for _, id := range ids {
			var s sequencer.JobStatus
			require.NoError(t, rc.CallContext(ctx, &s, "airollup_jobStatus", id))
			require.NotContains(t, []string{"voided", "dropped"}, s.State, "job %s", id)
			if s.State == "proposed" {
				proposed++
			}
		}
		onL1.Store(int64(proposed))
		if proposed == soakJobs {
			break
		}
		require.True(t, time.Now().Before(deadline), "%d of %d jobs proposed", proposed, soakJobs)
		time.Sleep(500 * time.Millisecond)
	}
	close(stop)
	<-stopped
	var n *big.Int
	out, err := chain.Client.CallContract(ctx, callMsg(addrs.Rollup, bindings.NewRollup().PackBatchCount()), nil)
	require.NoError(t, err)
	n, err = bindings.NewRollup().UnpackBatchCount(out)
	require.NoError(t, err)
	require.GreaterOrEqual(t, n.Int64(), int64(soakJobs/250), "batches of at most 250 records")

	var table strings.Builder
	fmt.Fprintf(&table, "| time | jobs submitted | jobs on L1 | sequencer RSS (MiB) | worker RSS (MiB) |\n|---|---|---|---|---|\n")
	var firstSeq, lastSeq, firstWrk, lastWrk int64
	half := len(curve) / 2
	for i, s := range curve {
		if i < half {
			firstSeq, firstWrk = max(firstSeq, s.seq), max(firstWrk, s.wrk)
		} else {
			lastSeq, lastWrk = max(lastSeq, s.seq), max(lastWrk, s.wrk)
		}
		if i%4 != 0 && i != len(curve)-1 { // one row a second
			continue
		}
		fmt.Fprintf(&table, "| %s | %d | %d | %.1f | %.1f |\n", s.at, s.submitted, s.onL1, float64(s.seq)/(1<<20), float64(s.wrk)/(1<<20))
	}
	t.Logf("soak: %d L2 jobs submitted, executed and proposed in %d batches in %s\n%s", soakJobs, n, time.Since(start).Round(time.Millisecond), table.String())
	require.LessOrEqual(t, lastSeq, firstSeq+soakGrowth, "the sequencer's memory grows with the jobs it has served")
	require.LessOrEqual(t, lastWrk, firstWrk+soakGrowth, "the worker's memory grows with the jobs it has served")
}
