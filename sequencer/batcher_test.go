package sequencer

import (
	"context"
	"crypto/sha256"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/sequencer/store"
)

// testTxMgr is op-service's txmgr sending from chain account i, as the
// sequencer runs it, on the simulated L1 (which must be mining on its own).
func testTxMgr(t testing.TB, chain *l1test.Chain, i int) *txmgr.SimpleTxManager {
	t.Helper()
	key := chain.Keys[i]
	signer := types.LatestSignerForChainID(chain.ChainID)
	cfg := &txmgr.Config{
		Backend: ethclient.NewClient(chain.RPC()), ChainID: chain.ChainID,
		TxNotInMempoolTimeout: time.Minute, NetworkTimeout: 10 * time.Second, ReceiptQueryInterval: 20 * time.Millisecond,
		NumConfirmations: 1, SafeAbortNonceTooLowCount: 3, From: chain.Addrs[i],
		Signer: func(_ context.Context, _ common.Address, tx *types.Transaction) (*types.Transaction, error) {
			return types.SignTx(tx, signer, key)
		},
	}
	cfg.ResubmissionTimeout.Store(int64(30 * time.Second))
	cfg.FeeLimitMultiplier.Store(5)
	cfg.MinBlobTxFee.Store(big.NewInt(params.GWei)) // txmgr.NewConfig's default
	m, err := txmgr.NewSimpleTxManagerFromConfig("test", log.NewLogger(log.DiscardHandler()), &txmetrics.NoopTxMetrics{}, cfg)
	require.NoError(t, err)
	t.Cleanup(m.Close)
	return m
}

// countingSender counts the transactions sent through it.
type countingSender struct {
	TxSender
	sent atomic.Int64
}

func (c *countingSender) Send(ctx context.Context, cand txmgr.TxCandidate) (*types.Receipt, error) {
	c.sent.Add(1)
	return c.TxSender.Send(ctx, cand)
}

// executeL1 stores L1 job jobID as the inbox follower would (its spec as
// submitted) and gives it the canonical result.
func (r *l2Rig) executeL1(t *testing.T, jobID *big.Int, prompt []int32, maxTokens uint32) store.ID {
	input := canon.TokenBytes(prompt)
	id := store.L1ID(jobID)
	_, _, err := r.st.Put(&store.Job{ID: id, L1: &store.L1Origin{Block: 1},
		Spec: store.Spec{Submitter: r.chain.Addrs[2], Model: 1, Input: input, InputHash: crypto.Keccak256Hash(input),
			Params: store.Params{MaxTokens: maxTokens}, MaxFee: big.NewInt(1e16)}})
	require.NoError(t, err)
	r.execute(t, id, prompt, maxTokens)
	return id
}

// execute leases a stored job and stores the canonical runtime's result.
func (r *l2Rig) execute(t *testing.T, id store.ID, prompt []int32, maxTokens uint32) {
	j, err := r.st.Get(id)
	require.NoError(t, err)
	if j.State == store.Received {
		require.NoError(t, r.st.Queue(id))
	}
	require.NoError(t, r.st.Lease(id, store.Lease{Worker: "w", Deadline: time.Now().Add(time.Hour)}))
	res, err := r.model.Generate(context.Background(), canon.Job{Prompt: prompt, MaxTokens: int(maxTokens), StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(t, err)
	out := make([]uint32, len(res.Tokens))
	for i, tk := range res.Tokens {
		out[i] = uint32(tk)
	}
	require.NoError(t, r.st.SetResult(id, store.Result{Worker: "w", Output: out, TraceRoot: common.Hash(res.TraceRoot),
		ResidualRoot: common.Hash(res.FinalResidual), KVRoot: common.Hash(res.FinalKV)}))
}

// submitL1 submits an inference job to the JobInbox from the user and returns its id.
func (r *l2Rig) submitL1(t *testing.T, prompt []int32, maxTokens uint32) *big.Int {
	ctx := context.Background()
	user := &l1test.Sender{C: r.chain, I: 2}
	inbox := bindings.NewJobInbox()
	_, err := user.Send(ctx, r.addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes(prompt), 0,
		bindings.IJobInboxParams{MaxTokens: maxTokens}, common.Address{}, 0), big.NewInt(1e16))
	require.NoError(t, err)
	id, err := call(ctx, r.chain.Client, r.addrs.JobInbox, inbox.PackJobCount(), inbox.UnpackJobCount)
	require.NoError(t, err)
	return id
}

// submitL2 submits a signed request of the user's over RPC and executes it.
func (r *l2Rig) submitL2(t *testing.T, prompt []int32, maxTokens uint32) store.ID {
	p := make([]uint32, len(prompt))
	for i, v := range prompt {
		p[i] = uint32(v)
	}
	res, err := r.client.Submit(context.Background(), r.request(r.user, p, maxTokens), r.domain, r.user)
	require.NoError(t, err)
	id := store.L2ID(res.RequestHash)
	r.execute(t, id, prompt, maxTokens)
	return id
}

func stepAll(t *testing.T, b interface {
	Step(context.Context) (bool, error)
}) {
	t.Helper()
	// A step that cannot finish (a transaction never mined) fails here with
	// its error instead of hanging until the package's timeout.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for range 20 {
		changed, err := b.Step(ctx)
		require.NoError(t, err)
		if !changed {
			return
		}
	}
	t.Fatal("the batcher never settled")
}

func TestBatcherProposesAndDelivers(t *testing.T) {
	for _, da := range []DAMode{DACalldata, DABlobs} {
		t.Run(string(da), func(t *testing.T) { testBatcher(t, da) })
	}
}

func testBatcher(t *testing.T, da DAMode) {
	ctx := context.Background()
	r := newL2Rig(t)
	rollupAddr := r.addrs.Rollup
	rb := bindings.NewRollup()
	seq := &l1test.Sender{C: r.chain, I: 1}
	_, err := seq.Send(ctx, rollupAddr, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)

	// Two L1 jobs and two L2 jobs, executed.
	prompts := [][]int32{{1, 17, 42}, {1, 5, 6, 7}, {1, 99}, {1, 3, 3, 3, 3}}
	var ids []store.ID
	for i, p := range prompts[:2] {
		ids = append(ids, r.executeL1(t, r.submitL1(t, p, uint32(4+i)), p, uint32(4+i)))
	}
	for _, p := range prompts[2:] {
		ids = append(ids, r.submitL2(t, p, 6))
	}

	r.chain.AutoMine(t, 50*time.Millisecond)
	tx := &countingSender{TxSender: testTxMgr(t, r.chain, 1)}
	lg := log.NewLogger(log.DiscardHandler())
	cfg := BatcherConfig{Rollup: rollupAddr, Models: r.models, Policy: BatchPolicy{MaxRecords: 16, MaxBytes: CalldataRoom}, DA: da}
	b, err := NewBatcher(ctx, r.st, r.chain.Client, tx, cfg, lg, NoopMetrics{})
	require.NoError(t, err)
	stepAll(t, b)

	bt, err := r.st.GetBatch(0)
	require.NoError(t, err)
	require.Equal(t, store.BatchProposed, bt.Status)
	require.Equal(t, ids, bt.Jobs, "records in queue order")
	require.EqualValues(t, 1, tx.sent.Load(), "one proposal")

	// The batch on L1 commits to the records the jobs make, built here independently.
	var want []record.JobRecord
	for i, id := range ids {
		j, err := r.st.Get(id)
		require.NoError(t, err)
		require.Equal(t, store.Proposed, j.State)
		out := tokenBytes(j.Result.Output)
		rec := record.JobRecord{Kind: 0, ModelRoot: r.root, InputHash: crypto.Keccak256Hash(j.Spec.Input),
			PromptLen: uint32(len(prompts[i])), OutputLen: uint32(len(j.Result.Output)),
			Params: record.JobParams{MaxTokens: j.Spec.Params.MaxTokens}, OutputHash: crypto.Keccak256Hash(out), Fee: j.Spec.MaxFee,
			ResidualRoot: j.Result.ResidualRoot, KvRoot: j.Result.KVRoot}
		require.NotZero(t, rec.ResidualRoot)
		if i < 2 {
			rec.JobID = j.ID.Key.Big().Uint64()
		} else {
			rec.RequestHash = crypto.Keccak256Hash(j.Request)
		}
		want = append(want, rec)
	}
	root, _, err := record.RecordsRoot(want)
	require.NoError(t, err)
	onL1, err := call(ctx, r.chain.Client, rollupAddr, rb.PackBatch(big.NewInt(0)), rb.UnpackBatch)
	require.NoError(t, err)
	require.Equal(t, root, common.Hash(onL1.RecordsRoot))
	require.Equal(t, da == DABlobs, onL1.Blobs)
	require.Equal(t, new(big.Int).Mul(big.NewInt(4), big.NewInt(1e18)), onL1.Bond)
	// airollup_result carries each record's inclusion proof under that root.
	api := NewAPI(r.st, r.d, r.models, r.sub)
	for i, id := range ids {
		res, err := api.Result(id.String())
		require.NoError(t, err)
		require.EqualValues(t, 0, *res.Batch)
		require.EqualValues(t, i, *res.Record)
		require.Equal(t, root, *res.RecordsRoot)
		leaf, err := want[i].Hash()
		require.NoError(t, err)
		require.Equal(t, leaf, *res.Leaf)
		proof := make([]merkle.Hash, len(res.Proof))
		for k, h := range res.Proof {
			proof[k] = merkle.Hash(h)
		}
		require.NoError(t, merkle.Verify(merkle.Hash(root), merkle.Hash(leaf), uint64(i), proof))
	}
	info, err := api.Batch(0)
	require.NoError(t, err)
	require.Equal(t, root, info.RecordsRoot)
	ptx, _, err := r.chain.Client.TransactionByHash(ctx, bt.ProposeTx)
	require.NoError(t, err)
	if da == DABlobs {
		// The blobs are exactly the batch data format of these records, and decode back.
		d, err := buildBatch(r.st, bt, map[uint64]common.Hash{1: r.root})
		require.NoError(t, err)
		p, err := d.payload()
		require.NoError(t, err)
		blobs, err := batch.EncodeBlobs(p)
		require.NoError(t, err)
		var hashes []byte
		for i := range blobs {
			c, err := kzg4844.BlobToCommitment(&blobs[i])
			require.NoError(t, err)
			h := kzg4844.CalcBlobHashV1(sha256.New(), &c)
			require.Equal(t, common.Hash(h), ptx.BlobHashes()[i])
			hashes = append(hashes, h[:]...)
		}
		require.Equal(t, crypto.Keccak256Hash(hashes), common.Hash(onL1.DaCommitment))
		// airollup_batchBlobs rebuilds the same blobs from the store.
		served, err := api.BatchBlobs(0)
		require.NoError(t, err)
		require.Len(t, served, len(blobs))
		for i := range blobs {
			require.Equal(t, blobs[i][:], []byte(served[i]), "blob %d", i)
		}
		_, err = api.BatchBlobs(9)
		var re *Error
		require.ErrorAs(t, err, &re)
		require.Equal(t, CodeUnknownBatch, re.Code)
		back, err := batch.DecodeBlobs(blobs)
		require.NoError(t, err)
		require.True(t, back.Equal(p))
	} else {
		require.Equal(t, crypto.Keccak256Hash(ptx.Data()), common.Hash(onL1.DaCommitment), "the calldata is the data")
	}

	// A crash after the proposal was sent, before it was recorded: the next
	// batcher finds it on L1 and sends nothing.
	p5 := []int32{1, 8, 9}
	id5 := r.executeL1(t, r.submitL1(t, p5, 3), p5, 3)
	_, err = r.st.CreateBatch(1, []store.ID{id5})
	require.NoError(t, err)
	bt1, err := r.st.GetBatch(1)
	require.NoError(t, err)
	d1, err := buildBatch(r.st, bt1, map[uint64]common.Hash{1: r.root})
	require.NoError(t, err)
	cand, err := b.candidate(d1)
	require.NoError(t, err)
	require.NoError(t, r.st.ProposeIntent(1, common.Hash{}))
	rcpt, err := tx.Send(ctx, cand)
	require.NoError(t, err)
	restarted := &countingSender{TxSender: tx.TxSender}
	b2, err := NewBatcher(ctx, r.st, r.chain.Client, restarted, cfg, lg, NoopMetrics{})
	require.NoError(t, err)
	stepAll(t, b2)
	require.Zero(t, restarted.sent.Load(), "a batch found on L1 is never proposed again")
	bt1, err = r.st.GetBatch(1)
	require.NoError(t, err)
	require.Equal(t, store.BatchProposed, bt1.Status)
	require.Equal(t, rcpt.TxHash, bt1.ProposeTx)
	count, err := call(ctx, r.chain.Client, rollupAddr, rb.PackBatchCount(), rb.UnpackBatchCount)
	require.NoError(t, err)
	require.EqualValues(t, 2, count.Uint64())

	// After the window and the finality delay every record is delivered, the
	// jobs are final and the bonds go back.
	dl := NewDeliverer(r.st, r.chain.Client, tx, rollupAddr, r.models, lg, NoopMetrics{})
	changed, err := dl.Step(ctx)
	require.NoError(t, err)
	require.False(t, changed, "nothing is deliverable inside the window")
	rc := r.rollupConfig(t)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(rc.ChallengeWindow+rc.FinalityDelay+5)*time.Second))
	stepAll(t, dl)
	for _, id := range append(ids, id5) {
		j, err := r.st.Get(id)
		require.NoError(t, err)
		require.Equal(t, store.Final, j.State, "job %s", id)
	}
	for i := range 2 {
		bt, err := r.st.GetBatch(uint64(i))
		require.NoError(t, err)
		require.Equal(t, store.BatchFinal, bt.Status)
		onL1, err := call(ctx, r.chain.Client, rollupAddr, rb.PackBatch(big.NewInt(int64(i))), rb.UnpackBatch)
		require.NoError(t, err)
		require.True(t, onL1.BondReleased)
		for k := range bt.Jobs {
			st, err := call(ctx, r.chain.Client, rollupAddr, rb.PackRecordStatus(big.NewInt(int64(i)), big.NewInt(int64(k))), rb.UnpackRecordStatus)
			require.NoError(t, err)
			require.Equal(t, recordDelivered, st)
		}
	}
	inbox := bindings.NewJobInbox()
	st, err := call(ctx, r.chain.Client, r.addrs.JobInbox, inbox.PackStatusOf(ids[0].Key.Big()), inbox.UnpackStatusOf)
	require.NoError(t, err)
	require.EqualValues(t, 3, st, "the L1 job is Delivered on the inbox")
}

func (r *l2Rig) rollupConfig(t *testing.T) bindings.IRollupRollupConfig {
	rb := bindings.NewRollup()
	c, err := call(context.Background(), r.chain.Client, r.addrs.Rollup, rb.PackConfig(), rb.UnpackConfig)
	require.NoError(t, err)
	return c
}

// A sealed L1 job whose submission a deep reorg takes off L1 before its
// batch is proposed is dropped from the batch (the inbox has no such job, or
// another one under its id): the rest of the batch is proposed, nothing
// stalls.
func TestBatcherDropsOrphanedJobs(t *testing.T) {
	ctx := context.Background()
	r := newL2Rig(t)
	seq := &l1test.Sender{C: r.chain, I: 1}
	_, err := seq.Send(ctx, r.addrs.Rollup, bindings.NewRollup().PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	p := []int32{1, 17, 42}
	kept := r.executeL1(t, r.submitL1(t, p, 3), p, 3)
	// Job 99 as the follower stored it from block 2; the inbox never held it
	// on the chain that wins.
	h1, h2 := common.Hash{1}, common.Hash{2}
	require.NoError(t, r.st.ApplyL1(store.L1Update{Head: store.BlockRef{Number: 1, Hash: h1}}))
	input := canon.TokenBytes(p)
	gone := store.L1ID(big.NewInt(99))
	require.NoError(t, r.st.ApplyL1(store.L1Update{Parent: store.BlockRef{Number: 1, Hash: h1}, Head: store.BlockRef{Number: 2, Hash: h2},
		Jobs: []*store.Job{{ID: gone, L1: &store.L1Origin{Block: 2, BlockHash: h2},
			Spec: store.Spec{Submitter: r.chain.Addrs[2], Model: 1, Input: input, InputHash: crypto.Keccak256Hash(input),
				Params: store.Params{MaxTokens: 3}, MaxFee: big.NewInt(1e16)}}}}))
	r.execute(t, gone, p, 3)

	r.chain.AutoMine(t, 50*time.Millisecond)
	cfg := BatcherConfig{Rollup: r.addrs.Rollup, Models: r.models, Policy: BatchPolicy{MaxRecords: 16, MaxBytes: CalldataRoom}, DA: DACalldata}
	b, err := NewBatcher(ctx, r.st, r.chain.Client, testTxMgr(t, r.chain, 1), cfg, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	require.NoError(t, err)
	changed, err := b.Step(ctx) // seals both
	require.NoError(t, err)
	require.True(t, changed)
	bt, err := r.st.GetBatch(0)
	require.NoError(t, err)
	require.Len(t, bt.Jobs, 2)
	require.NoError(t, r.st.RewindL1(store.BlockRef{Number: 1, Hash: h1}))

	stepAll(t, b)
	bt, err = r.st.GetBatch(0)
	require.NoError(t, err)
	require.Equal(t, store.BatchProposed, bt.Status)
	require.Equal(t, []store.ID{kept}, bt.Jobs)
	j, err := r.st.Get(gone)
	require.NoError(t, err)
	require.Equal(t, store.Voided, j.State)
}
