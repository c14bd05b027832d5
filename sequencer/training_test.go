package sequencer

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/trainjob"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/sequencer/store"
	"github.com/airollup/airollup/worker"
)

// TestBatcherProposesTrainingRecord: a LoRA fine-tuning job of the served
// tiny model on a published dataset, submitted to the JobInbox, run by
// worker.Train and stored as the inbox follower and a worker would, is
// batched like an inference job: the batch on L1 commits to the training
// record docs/protocol.md defines (the base model root, the configuration
// hash, N steps, the dataset and new model roots, the new model root as
// output), and the job is Included on L1; after the window the record is
// delivered and the new model's lineage is on L1.
func TestBatcherProposesTrainingRecord(t *testing.T) {
	ctx := context.Background()
	r := newL2Rig(t)
	seq := &l1test.Sender{C: r.chain, I: 1}
	rb := bindings.NewRollup()
	_, err := seq.Send(ctx, r.addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)

	// The served model again, for its tokenizer; a dataset of it, published.
	path := filepath.Join(t.TempDir(), "m.gguf")
	require.NoError(t, llama.Generate(path, modelgen.Tiny))
	l, err := llama.Load(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	require.Equal(t, r.root, common.Hash(l.Model.Root()))
	d := &dataset.Dataset{TokenizerHash: llama.TokenizerHash(l.Vocab)}
	for range 3 {
		d.Records = append(d.Records, l.Tokenizer.Encode("Once upon a time there was a llama.\n", false))
	}
	user := &l1test.Sender{C: r.chain, I: 2}
	_, err = user.Send(ctx, r.addrs.DatasetRegistry, bindings.NewDatasetRegistry().PackPublish(d.Root(), uint64(len(d.Records)), uint64(d.Size()), "http://d", "MIT"), nil)
	require.NoError(t, err)

	// The job, on L1.
	base, err := train.FromCanonical(l.Model, 1)
	require.NoError(t, err)
	cfg := trainjob.Config{Spec: base.Spec, Hyper: train.DefaultAdam(2, 16),
		LoRA: &train.LoRA{Rank: 4, Scale: 2 << train.HFrac, Targets: train.LoRAQ | train.LoRAV, Seed: 1}}
	const steps = 2
	ib := bindings.NewJobInbox()
	fee := big.NewInt(1e16)
	_, err = user.Send(ctx, r.addrs.JobInbox, ib.PackSubmit(record.KindFineTune, 1, cfg.Input(), 1, bindings.IJobInboxParams{MaxTokens: steps}, common.Address{}, 0), fee)
	require.NoError(t, err)
	jobID, err := call(ctx, r.chain.Client, r.addrs.JobInbox, ib.PackJobCount(), ib.UnpackJobCount)
	require.NoError(t, err)

	// Stored as the follower stores it, leased, run by a worker.
	id := store.L1ID(jobID)
	_, _, err = r.st.Put(&store.Job{ID: id, L1: &store.L1Origin{Block: 1}, Spec: store.Spec{Submitter: r.chain.Addrs[2], Kind: record.KindFineTune,
		Model: 1, Input: cfg.Input(), InputHash: crypto.Keccak256Hash(cfg.Input()), DatasetID: 1, Params: store.Params{MaxTokens: steps}, MaxFee: fee}})
	require.NoError(t, err)
	require.NoError(t, r.st.Queue(id))
	require.NoError(t, r.st.Lease(id, store.Lease{Worker: "w", Deadline: time.Now().Add(time.Hour)}))
	res, err := worker.Train(ctx, worker.TrainJob{Kind: record.KindFineTune, Input: cfg.Input(), Steps: steps, Base: l.Model, Vocab: l.Vocab, Dataset: d},
		t.TempDir(), train.Options{})
	require.NoError(t, err)
	require.NoError(t, r.st.SetResult(id, store.Result{Worker: "w", DatasetRoot: common.Hash(res.DatasetRoot), NewModelRoot: common.Hash(res.NewModelRoot)}))

	// Batched and proposed.
	r.chain.AutoMine(t, 50*time.Millisecond)
	b, err := NewBatcher(ctx, r.st, r.chain.Client, testTxMgr(t, r.chain, 1),
		BatcherConfig{Rollup: r.addrs.Rollup, Models: r.models, Policy: BatchPolicy{MaxRecords: 16, MaxBytes: CalldataRoom}, DA: DACalldata},
		log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	require.NoError(t, err)
	stepAll(t, b)
	j, err := r.st.Get(id)
	require.NoError(t, err)
	require.Equal(t, store.Proposed, j.State)

	newRoot := common.Hash(res.NewModelRoot)
	want := record.JobRecord{JobID: jobID.Uint64(), Kind: record.KindFineTune, ModelRoot: r.root, InputHash: common.Hash(cfg.Hash()),
		Params: record.JobParams{MaxTokens: steps}, OutputHash: crypto.Keccak256Hash(newRoot.Bytes()), Fee: fee,
		DatasetRoot: common.Hash(d.Root()), NewModelRoot: newRoot}
	root, _, err := record.RecordsRoot([]record.JobRecord{want})
	require.NoError(t, err)
	onL1, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackBatch(big.NewInt(0)), rb.UnpackBatch)
	require.NoError(t, err)
	require.Equal(t, root, common.Hash(onL1.RecordsRoot))
	// airollup_result gives the new model root and the record with its proof.
	jr, err := NewAPI(r.st, r.d, r.models, r.sub).Result(id.String())
	require.NoError(t, err)
	require.Equal(t, newRoot, jr.NewModelRoot)
	require.Equal(t, common.Hash(d.Root()), jr.DatasetRoot)
	require.Empty(t, jr.Output)
	require.Equal(t, want.Binding(), *jr.JobRecord)
	require.Equal(t, root, *jr.RecordsRoot)
	st, err := call(ctx, r.chain.Client, r.addrs.JobInbox, ib.PackStatusOf(jobID), ib.UnpackStatusOf)
	require.NoError(t, err)
	require.EqualValues(t, 2, st, "Included")

	// After the window the record is delivered (the deployment's factory
	// has a training VM, so RecordValidity judges training records), and
	// the inbox records its lineage (IJobInbox.release): the new model root
	// trained from model 1 on dataset 1 under the configuration hash.
	require.NoError(t, r.chain.AdvanceTime(2*time.Hour))
	leaf, err := want.Hash()
	require.NoError(t, err)
	require.Equal(t, root, leaf, "a one-record batch's root is its record's hash")
	_, err = seq.Send(ctx, r.addrs.Rollup, rb.PackDeliver(0, 0, want.Binding(), nil, newRoot.Bytes(), []byte{}), nil)
	require.NoError(t, err)
	st, err = call(ctx, r.chain.Client, r.addrs.JobInbox, ib.PackStatusOf(jobID), ib.UnpackStatusOf)
	require.NoError(t, err)
	require.EqualValues(t, 3, st, "Delivered")
	dr := bindings.NewDatasetRegistry()
	lid, err := call(ctx, r.chain.Client, r.addrs.DatasetRegistry, dr.PackLineageOf(newRoot), dr.UnpackLineageOf)
	require.NoError(t, err)
	require.EqualValues(t, 1, lid.Uint64())
	lin, err := call(ctx, r.chain.Client, r.addrs.DatasetRegistry, dr.PackLineage(lid), dr.UnpackLineage)
	require.NoError(t, err)
	require.Equal(t, [32]byte(newRoot), lin.ModelRoot)
	require.EqualValues(t, 1, lin.BaseModelId.Uint64())
	require.EqualValues(t, 1, lin.DatasetId.Uint64())
	require.Equal(t, [32]byte(cfg.Hash()), lin.TrainingConfigHash)
	require.Equal(t, common.BigToHash(jobID), common.Hash(lin.JobId))
}
