package challenger_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
)

// TestChallengerReportsInclusionFaults: jobs the sequencer never includes.
// Past the inbox's inclusion window the watcher refunds job 1
// (refundOverdue, a fault); with no stake the fault cannot be paid yet and
// stays to do. Once the sequencer stakes, the watcher proves it
// (proveInclusionFault): the penalty is the submitter's credit. Job 2, not
// yet overdue, is left alone until it is, then refunded and proven at once.
func TestChallengerReportsInclusionFaults(t *testing.T) {
	ctx := context.Background()
	tmp := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, llama.Generate(tmp, modelgen.Tiny))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	tree, err := vm.NewModelTree(l.Model)
	require.NoError(t, err)

	chain := l1test.New(t, 4) // 0 deployer, 1 sequencer, 2 user, 3 challenger
	cfg := deploy.DevnetRollup()
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 2, Game: deploy.DevnetGame(10, 24), Rollup: cfg, VM: deploy.Transformer,
	})
	require.NoError(t, err)
	user, seqL1, chL1 := &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 1}, &l1test.Sender{C: chain, I: 3}
	regCfg, metaProof, err := fraud.Registration(l.Model, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	read := func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	submit := func() {
		_, err := user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes([]int32{1, 5, 9}), 0,
			bindings.IJobInboxParams{MaxTokens: 4}, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
	}
	status := func(id int64) uint8 {
		s, err := inbox.UnpackStatusOf(read(addrs.JobInbox, inbox.PackStatusOf(big.NewInt(id))))
		require.NoError(t, err)
		return s
	}
	proven := func(id int64) bool {
		p, err := rb.UnpackFaultProven(read(addrs.Rollup, rb.PackFaultProven(big.NewInt(id))))
		require.NoError(t, err)
		return p
	}
	credit := func() *big.Int {
		c, err := rb.UnpackCredit(read(addrs.Rollup, rb.PackCredit(chain.Addrs[2])))
		require.NoError(t, err)
		return c
	}
	mine := func(n int) {
		for range n {
			chain.Commit()
		}
	}

	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: addrs.Rollup}, ethclient.NewClient(chain.RPC()), chL1,
		nil, nil, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	done := func() uint64 {
		n, err := st.FaultsDone()
		require.NoError(t, err)
		return n
	}

	// Job 1 overdue, no stake: refunded, its fault not payable yet.
	submit()
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 1, status(1), "not overdue yet: pending")
	mine(3)
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 4, status(1), "the overdue job is refunded")
	forced, err := inbox.UnpackIsForceRefunded(read(addrs.JobInbox, inbox.PackIsForceRefunded(big.NewInt(1))))
	require.NoError(t, err)
	require.True(t, forced, "as the sequencer's fault")
	require.False(t, proven(1), "no stake to pay it")
	require.Zero(t, done(), "job 1's fault is still to prove")

	// The sequencer stakes; job 2 arrives: job 1's fault is proven, job 2 left.
	_, err = seqL1.Send(ctx, addrs.Rollup, rb.PackStake(), big.NewInt(1e18))
	require.NoError(t, err)
	submit()
	require.NoError(t, w.Step(ctx))
	require.True(t, proven(1))
	require.Equal(t, cfg.InclusionPenalty, credit(), "the penalty is the submitter's")
	require.EqualValues(t, 1, status(2), "job 2 is not overdue")
	require.EqualValues(t, 1, done())

	// Job 2 overdue: refunded and proven in one round.
	mine(3)
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 4, status(2))
	require.True(t, proven(2))
	require.Equal(t, new(big.Int).Mul(cfg.InclusionPenalty, big.NewInt(2)), credit())
	require.EqualValues(t, 2, done())
	sent := chL1.Sent
	require.NoError(t, w.Step(ctx))
	require.Equal(t, sent, chL1.Sent, "nothing left to send")
}

// TestChallengerRefundsUndeliveredJobs: the sequencer proposes its batch and
// stops before delivering it. The watcher leaves the honest record and
// disputes the wrong one; once the honest record's delivery deadline passes
// undelivered, it refunds job 1 as overdue (a fault) and proves the fault:
// the penalty is the submitter's credit. The disputed record's job is never
// overdue while its game runs.
func TestChallengerRefundsUndeliveredJobs(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, sequencer.DACalldata, nil)
	require.NoError(t, r.seq.Stop(ctx))
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	read := func(to common.Address, data []byte) []byte {
		out, err := r.chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	status := func(id int64) uint8 {
		s, err := inbox.UnpackStatusOf(read(r.addrs.JobInbox, inbox.PackStatusOf(big.NewInt(id))))
		require.NoError(t, err)
		return s
	}
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup}, ethclient.NewClient(r.chain.RPC()),
		&l1test.Sender{C: r.chain, I: 3}, nil, models, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	e, _, err := st.Record(0, 1)
	require.NoError(t, err)
	require.Equal(t, challenger.Disputed, e.State)
	require.EqualValues(t, 2, status(1), "job 1 included")

	// Past the window, the finality delay and the delivery window. The
	// game's clocks ran out too: the watcher resolves it this round, but its
	// record settles a finality delay later, so job 2 is not overdue.
	cfg := deploy.DevnetRollup()
	require.NoError(t, r.chain.AdvanceTime(time.Duration(cfg.ChallengeWindow+cfg.FinalityDelay+deploy.DefaultDeliveryWindow+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.EqualValues(t, 4, status(1), "the undelivered job is refunded")
	proven, err := rb.UnpackFaultProven(read(r.addrs.Rollup, rb.PackFaultProven(big.NewInt(1))))
	require.NoError(t, err)
	require.True(t, proven, "its fault is proven")
	credit, err := rb.UnpackCredit(read(r.addrs.Rollup, rb.PackCredit(r.chain.Addrs[2])))
	require.NoError(t, err)
	require.Equal(t, cfg.InclusionPenalty, credit, "the penalty is the submitter's")
	require.EqualValues(t, 2, status(2), "the disputed record's job is not overdue")
}
