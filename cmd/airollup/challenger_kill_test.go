//go:build unix

package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/sequencer"
)

// TestChallengerKilledMidGame runs `airollup sequencer`, `airollup worker
// --fault-rate 1` and `airollup challenger` as processes on a simulated L1
// served over HTTP. The faulty worker's record is proposed; the challenger
// disputes it and plays against the proposer's agent defending the wrong
// trace (in the test) until the game is a few claims deep, is killed with
// SIGKILL, the defender moves, and a challenger restarted on the same
// --data-dir answers, plays the game to the end, resolves it once the
// clocks run out and settles it: the record is voided and its bond is the
// challenger's credit.
func TestChallengerKilledMidGame(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes and an L1")
	}
	ctx := context.Background()
	tm := newTinyModel(t)
	modelDir, m, tree, root := tm.Dir, tm.Model, tm.Tree, tm.Root

	chain := l1test.New(t, 4) // 0 deployer, 1 sequencer, 2 user, 3 challenger
	game := deploy.DevnetGame(10, 24)
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: game, Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	user, seqL1 := &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 1}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	rb, inbox, dg := bindings.NewRollup(), bindings.NewJobInbox(), bindings.NewDisputeGame()
	_, err = seqL1.Send(ctx, addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	// This job's canonical output is 6 tokens ending in EOS, which the faulty
	// worker keeps: the token it changes is fed back into the model, so the
	// wrong trace differs from the right one and the game goes deep.
	params := bindings.IJobInboxParams{MaxTokens: 8, TemperatureMilli: 700, TopK: 20, Seed: [32]byte{5}}
	prompt := []int32{1, 111, 42}
	_, err = user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes(prompt), 0, params, common.Address{}, 0), big.NewInt(1e16))
	require.NoError(t, err)
	read := func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(50 * time.Millisecond)
		}
	}

	mn := startMiner(t, chain, 100*time.Millisecond)
	l1URL := l1Proxy(t, chain.RPC())
	rpcAddr := freeAddr(t)
	seqURL := "http://" + rpcAddr
	seq := child(t, "sequencer", "sequencer", "--l1-rpc", l1URL, "--inbox", addrs.JobInbox.Hex(), "--confirmations", "1",
		"--poll-interval", "100ms", "--data-dir", t.TempDir(), "--rpc.addr", rpcAddr, "--model", fmt.Sprintf("1=0x%x", root),
		"--model-dir", modelDir, "--sample-rate", "0", "--private-key", hex.EncodeToString(crypto.FromECDSA(chain.Keys[1])),
		"--num-confirmations", "1", "--txmgr.receipt-query-interval", "100ms", "--batch.max-delay", "100ms")
	wk := child(t, "worker-faulty", "worker", "--sequencer-url", seqURL, "--worker-id", "faulty", "--model-dir", modelDir,
		"--poll-interval", "50ms", "--fault-rate", "1")
	waitFor("the batch proposed", func() bool {
		n, err := rb.UnpackBatchCount(read(addrs.Rollup, rb.PackBatchCount()))
		require.NoError(t, err)
		return n.Sign() > 0
	})
	rc, err := rpc.Dial(seqURL)
	require.NoError(t, err)
	defer rc.Close()
	var res sequencer.JobResult
	require.NoError(t, rc.CallContext(ctx, &res, "airollup_result", "l1:1"))
	require.Len(t, res.Output, 6)
	// The sequencer and the worker are done: the proposer's side is played below.
	for _, p := range []*os.Process{seq.Process, wk.Process} {
		require.NoError(t, p.Signal(syscall.SIGKILL))
		_, _ = p.Wait()
	}

	// The proposer's agent defends the faulty worker's trace: the claimed
	// output teacher-forced (worker.Corrupt's roots).
	out := make([]int32, len(res.Output))
	for i, v := range res.Output {
		out[i] = int32(v)
	}
	sp := canon.SampleParams{TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, Seed: params.Seed}
	badReplay, err := fraud.NewReplay(ctx, m, tree, append(append([]int32{}, prompt...), out[:len(out)-1]...), len(prompt), sp, canon.Options{})
	require.NoError(t, err)

	dataDir, httpAddr := t.TempDir(), freeAddr(t)
	startChallenger := func(name string) *os.Process {
		return child(t, name, "challenger", "--l1-rpc", l1URL, "--rollup", addrs.Rollup.Hex(), "--confirmations", "1",
			"--poll-interval", "100ms", "--data-dir", dataDir, "--model-dir", modelDir, "--http.addr", httpAddr,
			"--private-key", hex.EncodeToString(crypto.FromECDSA(chain.Keys[3])), "--num-confirmations", "1",
			"--txmgr.receipt-query-interval", "100ms", "--log.level", "debug").Process
	}
	start := time.Now()
	ch := startChallenger("challenger")
	var gameAddr common.Address
	waitFor("the challenger's dispute", func() bool {
		rs, err := statusFromURL(ctx, "http://"+httpAddr+"/status")
		if err != nil || len(rs) == 0 {
			return false
		}
		require.Equal(t, challenger.Disputed, rs[0].State)
		gameAddr = rs[0].Game
		return gameAddr != common.Address{}
	})
	ec := ethclient.NewClient(chain.RPC())
	defender := fraud.NewAgent(fraud.ReplayActor(badReplay, 10, 24), fraud.NewContractGame(gameAddr, ec, seqL1), slog.New(slog.DiscardHandler))
	claims := func() int64 {
		n, err := dg.UnpackClaimDataLen(read(gameAddr, dg.PackClaimDataLen()))
		require.NoError(t, err)
		return n.Int64()
	}
	// settle waits until the challenger answered the claims up to n (the
	// claim count grew past n), or until it has had time to: a claim it
	// agrees with is left unanswered.
	settle := func(n int64) {
		deadline := time.Now().Add(3 * time.Second)
		for claims() <= n && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		for c := claims(); ; c = claims() { // until it stops moving
			time.Sleep(700 * time.Millisecond)
			if claims() == c {
				return
			}
		}
	}
	// play lets the defender move each time the challenger answered, until
	// stop or until the defender has no move left.
	play := func(stop func(n int64) bool) {
		for !stop(claims()) {
			n, err := defender.Act(ctx)
			if err != nil {
				t.Logf("a defender action was refused: %v", err)
			}
			t.Logf("claims %d after %d defender moves", claims(), n)
			if n == 0 {
				return
			}
			settle(claims())
		}
	}
	play(func(n int64) bool { return n >= 6 })
	killedAt := claims()

	// SIGKILL mid-game; the defender moves while the challenger is down
	// (if it has a move left), and a challenger restarted on the same
	// store answers and plays on.
	require.NoError(t, ch.Signal(syscall.SIGKILL))
	_, _ = ch.Wait()
	n, err := defender.Act(ctx)
	require.NoError(t, err)
	moved := claims()
	require.GreaterOrEqual(t, killedAt, int64(6), "the game was some claims deep when the challenger was killed")
	require.Positive(t, n, "the defender moves while the challenger is down")
	require.Equal(t, killedAt+int64(n), moved)
	startChallenger("challenger-restarted")
	waitFor("the restarted challenger's answer", func() bool { return claims() > moved })
	settle(claims())
	play(func(int64) bool { return false })
	final := claims()
	t.Logf("killed at %d claims, the defender moved %d while it was down, game over at %d", killedAt, n, final)

	// The clocks run out: the challenger resolves the game and settles it.
	advance := func(d time.Duration) {
		mn.paused.Store(true)
		defer mn.paused.Store(false)
		require.NoError(t, chain.AdvanceTime(d))
	}
	advance(time.Duration(game.MaxClockDuration+1) * time.Second)
	waitFor("the game resolved", func() bool {
		s, err := dg.UnpackStatus(read(gameAddr, dg.PackStatus()))
		require.NoError(t, err)
		return s == 1 // CHALLENGER_WINS
	})
	advance(time.Duration(deploy.DevnetRollup().FinalityDelay+1) * time.Second)
	waitFor("the record voided", func() bool {
		s, err := rb.UnpackRecordStatus(read(addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(0))))
		require.NoError(t, err)
		return s == challenger.StatusVoided
	})
	waitFor("the record bond credited to the challenger", func() bool {
		c, err := rb.UnpackCredit(read(addrs.Rollup, rb.PackCredit(chain.Addrs[3])))
		require.NoError(t, err)
		return c.Cmp(deploy.DevnetRollup().BondPerRecord) == 0
	})
	t.Logf("challenger wall time %v", time.Since(start).Round(time.Millisecond))
}
