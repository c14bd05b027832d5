package worker

import (
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/trainjob"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// trainFixture is a tiny base model (generated, loaded), a dataset of its
// tokenizer's tokens, and a LoRA fine-tuning configuration of the base.
type trainFixture struct {
	base *llama.Loaded
	data *dataset.Dataset
	cfg  trainjob.Config
}

func newTrainFixture(t *testing.T) *trainFixture {
	t.Helper()
	path, _ := genModel(t, t.TempDir(), tinySpec(1))
	l, err := llama.Load(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	text := "1+2=3\n4+4=8\n9-3=6\nmax(2,7)=7\n"
	d := &dataset.Dataset{TokenizerHash: llama.TokenizerHash(l.Vocab)}
	for range 4 {
		d.Records = append(d.Records, l.Tokenizer.Encode(text, false))
	}
	m, err := train.FromCanonical(l.Model, 5)
	require.NoError(t, err)
	cfg := trainjob.Config{Spec: m.Spec, Hyper: train.DefaultAdam(2, 16),
		LoRA: &train.LoRA{Rank: 4, Scale: 2 << train.HFrac, Targets: train.LoRAQ | train.LoRAV, Seed: 3}}
	require.NoError(t, cfg.Check(record.KindFineTune, &trainjob.Base{Vocab: l.Model.Config.Vocab, Context: l.Model.Config.Context}))
	return &trainFixture{base: l, data: d, cfg: cfg}
}

// TestTrainFineTune: a fine-tuning job runs the trainer from the base on the
// dataset's tokens and writes the new model named by its root, which is the
// root the training game's export ends on (trainvm.ModelRoot of the run's
// model under the base's tokenizer and EOS); the configuration hash is the
// job's inputHash, and another thread count gives the same model.
func TestTrainFineTune(t *testing.T) {
	ctx := context.Background()
	f := newTrainFixture(t)
	job := TrainJob{Kind: record.KindFineTune, Input: f.cfg.Input(), Steps: 3, Base: f.base.Model, Vocab: f.base.Vocab, Dataset: f.data}
	dir := t.TempDir()
	res, err := Train(ctx, job, dir, train.Options{})
	require.NoError(t, err)
	require.Equal(t, merkle.Keccak(job.Input), res.ConfigHash)
	require.Equal(t, f.data.Root(), res.DatasetRoot)
	require.Equal(t, filepath.Join(dir, filepathRoot(res.NewModelRoot)), res.GGUF)
	l, err := llama.Load(res.GGUF)
	require.NoError(t, err)
	require.Equal(t, res.NewModelRoot, l.Model.Root())
	require.NoError(t, l.Close())

	// The same run, by hand: its state after N steps and its export root.
	m, err := train.FromCanonical(f.base.Model, f.cfg.Spec.Seed)
	require.NoError(t, err)
	var data []int32
	for _, r := range f.data.Records {
		data = append(data, r...)
	}
	tr, err := train.NewLoRA(m, f.cfg.Hyper, data, *f.cfg.LoRA)
	require.NoError(t, err)
	for range 3 {
		_, err := tr.TrainStep(ctx, train.Options{})
		require.NoError(t, err)
	}
	require.Equal(t, tr.StateRoot(), res.StateRoot)
	want, err := trainvm.ModelRoot(tr.Model, trainvm.Meta{TokenizerHash: f.data.TokenizerHash, EOS: f.base.Model.Config.EOS})
	require.NoError(t, err)
	require.Equal(t, want, res.NewModelRoot, "the export transition's root")
	require.NotEqual(t, f.base.Model.Root(), res.NewModelRoot)

	again, err := Train(ctx, job, t.TempDir(), train.Options{Threads: 4})
	require.NoError(t, err)
	require.Equal(t, res.NewModelRoot, again.NewModelRoot)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left")
}

// TestTrainPretrain: a pretraining job starts from the configuration's
// seeded init, without a base.
func TestTrainPretrain(t *testing.T) {
	f := newTrainFixture(t)
	cfg := f.cfg
	cfg.LoRA = nil
	cfg.Spec.Layers = 1
	job := TrainJob{Kind: record.KindPretrain, Input: cfg.Input(), Steps: 2, Vocab: f.base.Vocab, Dataset: f.data}
	res, err := Train(context.Background(), job, t.TempDir(), train.Options{})
	require.NoError(t, err)
	m, err := train.NewModel(cfg.Spec)
	require.NoError(t, err)
	var data []int32
	for _, r := range f.data.Records {
		data = append(data, r...)
	}
	tr, err := train.New(m, cfg.Hyper, data)
	require.NoError(t, err)
	for range 2 {
		_, err := tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	require.Equal(t, tr.StateRoot(), res.StateRoot)
}

// TestTrainRefuses: what no record of the job could claim is refused
// before any step.
func TestTrainRefuses(t *testing.T) {
	f := newTrainFixture(t)
	ok := TrainJob{Kind: record.KindFineTune, Input: f.cfg.Input(), Steps: 1, Base: f.base.Model, Vocab: f.base.Vocab, Dataset: f.data}
	other := *f.data
	other.TokenizerHash[0] ^= 1
	small := f.cfg
	small.Spec.Dim = 32
	for name, mut := range map[string]func(j *TrainJob){
		"bad input":          func(j *TrainJob) { j.Input = j.Input[:100] },
		"pretrain with base": func(j *TrainJob) { j.Kind = record.KindPretrain },
		"fine-tune no base":  func(j *TrainJob) { j.Base = nil },
		"zero steps":         func(j *TrainJob) { j.Steps = 0 },
		"no dataset":         func(j *TrainJob) { j.Dataset = nil },
		"other tokenizer":    func(j *TrainJob) { j.Dataset = &other },
		"other dims":         func(j *TrainJob) { j.Input = small.Input() },
	} {
		j := ok
		mut(&j)
		_, err := Train(context.Background(), j, t.TempDir(), train.Options{})
		require.ErrorIs(t, err, ErrJob, name)
	}
}

func filepathRoot(h merkle.Hash) string { return hex.EncodeToString(h[:]) + ".gguf" }
