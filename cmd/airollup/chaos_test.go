package main

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/client"
)

// TestChaosKills runs a sequencer and two workers as processes while L2 jobs
// arrive in waves, and SIGKILLs one of the three at random moments (seeded;
// the seed is logged), restarting it on the same data directory, chaosKills
// times. In the end every job is proposed in exactly one batch, final, and
// delivered exactly once, and the sender paid each fee once.
func TestChaosKills(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes on an L1")
	}
	const (
		chaosJobs  = 24
		chaosKills = 10
		fee        = 1e12
	)
	seed := uint64(time.Now().UnixNano())
	t.Logf("chaos seed %d", seed)
	rnd := rand.New(rand.NewPCG(seed, 0))
	ctx := context.Background()
	r := newProcRig(t, 100)

	rpcAddr := freeAddr(t)
	seqDir := filepath.Join(t.TempDir(), "seq")
	seqArgs := r.sequencerArgs(rpcAddr, seqDir, "--batch.max-delay", "300ms", "--batch.max-records", "8", "--lease-duration", "1s")
	wrkArgs := func(id string) []string {
		return []string{"worker", "--sequencer-url", "http://" + rpcAddr, "--worker-id", id, "--model-dir", r.modelDir, "--poll-interval", "50ms"}
	}
	names := []string{"sequencer", "worker-a", "worker-b"}
	args := [][]string{seqArgs, wrkArgs("a"), wrkArgs("b")}
	procs := make([]*exec.Cmd, len(names))
	starts := make([]int, len(names))
	start := func(i int) {
		starts[i]++
		procs[i] = child(t, fmt.Sprintf("%s-%d", names[i], starts[i]), args[i]...)
	}
	for i := range names {
		start(i)
	}
	rc, err := rpc.Dial("http://" + rpcAddr)
	require.NoError(t, err)
	defer rc.Close()
	waitFor := func(what string, limit time.Duration, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(limit)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(100 * time.Millisecond)
		}
	}
	up := func() bool { return rc.CallContext(ctx, new([]sequencer.Model), "airollup_models") == nil }
	waitFor("the sequencer's RPC", time.Minute, up)

	cl := client.New(rc)
	domain := jobreq.Domain{ChainID: r.chain.ChainID, Inbox: r.addrs.JobInbox}
	expiry := uint64(time.Now().Add(6 * time.Hour).Unix())
	var ids []string
	submit := func(i int) {
		req := client.Inference(r.chain.Addrs[2], 1, []uint32{1, uint32(3 + i), uint32(40 + i)}, record.JobParams{MaxTokens: 4},
			big.NewInt(fee), uint64(i+1), expiry)
		// The sequencer may be down: retry until it acknowledges (a
		// resubmission of an acknowledged request is idempotent), each try
		// bounded, so a sequencer that never answers fails the test instead
		// of hanging it.
		deadline := time.Now().Add(3 * time.Minute)
		for {
			cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			res, err := cl.Submit(cctx, req, domain, r.chain.Keys[2])
			cancel()
			if err == nil {
				ids = append(ids, res.ID)
				return
			}
			require.True(t, time.Now().Before(deadline), "job %d never acknowledged: %v", i, err)
			time.Sleep(100 * time.Millisecond)
		}
	}
	kills := 0
	for i := 0; i < chaosJobs; i++ {
		submit(i)
		if kills == chaosKills || i < kills*chaosJobs/chaosKills { // kills spread over the waves
			continue
		}
		time.Sleep(time.Duration(rnd.IntN(1500)) * time.Millisecond)
		v := rnd.IntN(len(names))
		require.NoError(t, procs[v].Process.Signal(syscall.SIGKILL))
		_ = procs[v].Wait()
		kills++
		t.Logf("kill %d: %s after job %d", kills, names[v], i)
		time.Sleep(time.Duration(rnd.IntN(500)) * time.Millisecond)
		start(v)
		if v == 0 {
			waitFor("the restarted sequencer", time.Minute, up)
		}
	}
	require.Equal(t, chaosKills, kills)
	require.Len(t, ids, chaosJobs)

	states := func(want string) func() bool {
		return func() bool {
			for _, id := range ids {
				var s sequencer.JobStatus
				if err := rc.CallContext(ctx, &s, "airollup_jobStatus", id); err != nil || s.State != want {
					return false
				}
			}
			return true
		}
	}
	waitFor("every job proposed", 3*time.Minute, states("proposed"))
	require.NoError(t, r.chain.AdvanceTime(time.Duration(3600+60+10)*time.Second))
	waitFor("every job final", 3*time.Minute, states("final"))

	// Every job in exactly one batch on L1.
	rb := bindings.NewRollup()
	out, err := r.chain.Client.CallContract(ctx, callMsg(r.addrs.Rollup, rb.PackBatchCount()), nil)
	require.NoError(t, err)
	n, err := rb.UnpackBatchCount(out)
	require.NoError(t, err)
	inBatch := map[string]int{}
	for b := int64(0); b < n.Int64(); b++ {
		var bi sequencer.BatchInfo
		require.NoError(t, rc.CallContext(ctx, &bi, "airollup_batch", b))
		out, err := r.chain.Client.CallContract(ctx, callMsg(r.addrs.Rollup, rb.PackBatch(big.NewInt(b))), nil)
		require.NoError(t, err)
		onL1, err := rb.UnpackBatch(out)
		require.NoError(t, err)
		require.Equal(t, common.Hash(onL1.RecordsRoot), bi.RecordsRoot, "batch %d", b)
		for _, j := range bi.Jobs {
			inBatch[j.String()]++
		}
	}
	for _, id := range ids {
		require.Equal(t, 1, inBatch[id], "job %s in %d batches", id, inBatch[id])
	}
	// Delivered exactly once each, and each fee paid once.
	requireDeliveredOnce(t, r.chain.Client, r.addrs.Rollup, chaosJobs)
	inbox := bindings.NewJobInbox()
	out, err = r.chain.Client.CallContract(ctx, callMsg(r.addrs.JobInbox, inbox.PackBalanceOf(r.chain.Addrs[2])), nil)
	require.NoError(t, err)
	bal, err := inbox.UnpackBalanceOf(out)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(big.NewInt(1e18), big.NewInt(chaosJobs*fee)), bal)
	t.Logf("chaos: %d jobs, %d kills %v, %d batches, every job final and delivered once", chaosJobs, kills, starts, n)
}
