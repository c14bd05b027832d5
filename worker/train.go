package worker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/trainjob"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
)

// TrainJob is one training job as a worker executes it (docs/protocol.md,
// "Training jobs"): N steps of the integer trainer under the job's
// configuration, over the dataset's tokens (its records concatenated), from
// the base model (fine-tuning) or the configuration's seeded init
// (pretraining).
type TrainJob struct {
	Kind  uint8  // record.KindFineTune or record.KindPretrain
	Input []byte // the job input: the training configuration (trainjob.Config.Input)
	Steps uint64 // N, the job's params.maxTokens
	// Base is the base model (fine-tuning; nil for pretraining), loaded by
	// its root (Store checks the file against it).
	Base *canon.Model
	// Vocab is the tokenizer the new model is exported with: the base's
	// (fine-tuning), or one whose hash is the dataset's (pretraining).
	Vocab tokenizer.Vocab
	// Dataset is the job's dataset, checked against its root by whoever
	// fetched it (datastore.Fetch, datastore.Store.Get).
	Dataset *dataset.Dataset
}

// TrainResult is a training job's result: what its record carries
// (the dataset root, the configuration hash and the new model root) and the
// new model's canonical GGUF, named by its root.
type TrainResult struct {
	DatasetRoot  merkle.Hash
	ConfigHash   merkle.Hash // the job's inputHash
	NewModelRoot merkle.Hash // the model root of GGUF
	StateRoot    merkle.Hash // S_N, the run's level-1 state after N steps
	GGUF         string      // path of the new model, <dir>/<root hex>.gguf
}

// Train runs job and writes the new model into dir (a Store directory:
// files named by their roots), returning its result. It refuses, wrapping
// ErrJob, what the job's record could not claim: an input JobInbox would
// refuse, a base model or tokenizer other than the job's, a dataset shorter
// than one sequence. opts never change the result.
func Train(ctx context.Context, job TrainJob, dir string, opts train.Options) (*TrainResult, error) {
	cfg, err := trainjob.Parse(job.Input)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrJob, err)
	}
	var base *trainjob.Base
	if job.Kind == record.KindFineTune {
		if job.Base == nil {
			return nil, fmt.Errorf("%w: a fine-tuning job needs its base model", ErrJob)
		}
		base = &trainjob.Base{Vocab: job.Base.Config.Vocab, Context: job.Base.Config.Context}
	} else if job.Base != nil {
		return nil, fmt.Errorf("%w: a pretraining job has no base model", ErrJob)
	} else {
		// The reference model (the job's modelId: RoPE source and export
		// metadata) is not the trainer's input; JobInbox checked the
		// configuration's vocabulary and context against it.
		base = &trainjob.Base{Vocab: cfg.Spec.Vocab, Context: cfg.Spec.Context}
	}
	if err := cfg.Check(job.Kind, base); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrJob, err)
	}
	if job.Steps == 0 || job.Steps > 1<<32-1 {
		return nil, fmt.Errorf("%w: steps %d must be 1..2^32-1", ErrJob, job.Steps)
	}
	if job.Dataset == nil {
		return nil, fmt.Errorf("%w: no dataset", ErrJob)
	}
	if got, want := llama.TokenizerHash(job.Vocab), job.Dataset.TokenizerHash; got != want {
		return nil, fmt.Errorf("%w: tokenizer %x is not the dataset's %x", ErrJob, got, want)
	}
	var m *train.Model
	if job.Base != nil {
		if m, err = train.FromCanonical(job.Base, cfg.Spec.Seed); err != nil {
			return nil, fmt.Errorf("%w: base model: %w", ErrJob, err)
		}
		if m.Spec != cfg.Spec {
			return nil, fmt.Errorf("%w: the configuration's dimensions %+v are not the base model's %+v", ErrJob, cfg.Spec, m.Spec)
		}
	} else if m, err = train.NewModel(cfg.Spec); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrJob, err)
	}
	var data []int32
	for _, r := range job.Dataset.Records {
		data = append(data, r...)
	}
	var tr *train.Trainer
	if cfg.LoRA != nil {
		tr, err = train.NewLoRA(m, cfg.Hyper, data, *cfg.LoRA)
	} else {
		tr, err = train.New(m, cfg.Hyper, data)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrJob, err)
	}
	if tr.ConfigHash() != cfg.Hash() {
		return nil, fmt.Errorf("%w: the run's configuration hash %x is not the job's %x", ErrJob, tr.ConfigHash(), cfg.Hash())
	}
	for tr.Step < job.Steps {
		if _, err := tr.TrainStep(ctx, opts); err != nil {
			return nil, err
		}
	}
	res := &TrainResult{DatasetRoot: job.Dataset.Root(), ConfigHash: cfg.Hash(), StateRoot: tr.StateRoot()}
	tmp, err := os.CreateTemp(dir, ".train-*.gguf")
	if err != nil {
		return nil, err
	}
	tmpName := tmp.Name()
	_ = tmp.Close()
	defer os.Remove(tmpName) // a no-op once renamed
	// The tokenizer hash covers general.name: the new model keeps the
	// tokenizer's (the base's, or the dataset's), as the game's export does
	// (docs/training-game.md, "Export": the metadata leaf).
	if err := tr.Model.Export(ctx, tmpName, job.Vocab.Name, job.Vocab); err != nil {
		return nil, err
	}
	l, err := llama.Load(tmpName)
	if err != nil {
		return nil, fmt.Errorf("worker: reading back the trained model: %w", err)
	}
	tok, eos := l.Model.TokenizerHash, l.Model.Config.EOS
	res.NewModelRoot, err = l.Model.RootContext(ctx, canon.Options{})
	_ = l.Close()
	if err != nil {
		return nil, err
	}
	wantEOS := eos // pretraining: the tokenizer's, whatever it is
	if job.Base != nil {
		wantEOS = job.Base.Config.EOS
	}
	if tok != job.Dataset.TokenizerHash || eos != wantEOS {
		return nil, fmt.Errorf("worker: the exported model's tokenizer %x and EOS %d are not the job's %x and %d",
			tok, eos, job.Dataset.TokenizerHash, wantEOS)
	}
	res.GGUF = filepath.Join(dir, fmt.Sprintf("%x.gguf", res.NewModelRoot[:]))
	if err := os.Rename(tmpName, res.GGUF); err != nil {
		return nil, err
	}
	return res, nil
}
