package trainvm

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// Domain separators of the level-1 absolute prestate I and root claim F
// (docs/training-game.md, "Level 1: transitions, setup, projection").
const (
	inputDomain = "airollup.train.input.v1"
	finalDomain = "airollup.train.final.v1"
)

// Record is what a training job's record claims: the base model root
// (zero for pretraining), the dataset root, the configuration hash, the
// number of steps N and the new model root.
type Record struct {
	BaseModelRoot merkle.Hash
	DatasetRoot   merkle.Hash
	ConfigHash    merkle.Hash
	Steps         uint64
	NewModelRoot  merkle.Hash
}

// InputRoot returns I = keccak256("airollup.train.input.v1" ‖ baseModelRoot
// ‖ datasetRoot ‖ configHash ‖ be64(N)): state 0 of the level-1 trace.
func (r Record) InputRoot() merkle.Hash {
	return InputRoot(r.BaseModelRoot, r.DatasetRoot, r.ConfigHash, r.Steps)
}

// FinalRoot returns F of the claimed new model root: state N + 2 of the
// level-1 trace, the record's root claim.
func (r Record) FinalRoot() merkle.Hash {
	return FinalRoot(r.NewModelRoot, r.DatasetRoot, r.ConfigHash)
}

// InputRoot returns I = keccak256("airollup.train.input.v1" ‖ base ‖
// dataset ‖ config ‖ be64(steps)).
func InputRoot(base, dataset, config merkle.Hash, steps uint64) merkle.Hash {
	return merkle.Keccak([]byte(inputDomain), base[:], dataset[:], config[:], be64(steps))
}

// FinalRoot returns F = keccak256("airollup.train.final.v1" ‖ newModelRoot ‖
// datasetRoot ‖ configHash).
func FinalRoot(newModel, dataset, config merkle.Hash) merkle.Hash {
	return merkle.Keccak([]byte(finalDomain), newModel[:], dataset[:], config[:])
}

// Meta is what the exported model's metadata leaf takes besides the
// configuration: the tokenizer hash and the EOS token (canon.NoEOS for
// none), the base model's (fine-tuning) or the dataset's tokenizer's.
type Meta struct {
	TokenizerHash merkle.Hash
	EOS           int
}

// ModelRoot returns the model root of m exported under meta
// (docs/arithmetic.md, "Export"; docs/protocol.md, "Model root"), computed
// by the canonical runtime: what the export transition must end on.
func ModelRoot(m *train.Model, meta Meta) (merkle.Hash, error) {
	cm, err := m.Canonical()
	if err != nil {
		return merkle.Hash{}, err
	}
	cm.Config.EOS = meta.EOS
	cm.TokenizerHash = meta.TokenizerHash
	return cm.Root(), nil
}

// Level1Trace runs the N = rec.Steps steps of a training job from tr (at
// step 0, under the record's configuration) and returns the honest level-1
// trace of N + 3 states: I of the record, S_0 .. S_N, and F of the new model
// root the run exports under meta (whatever new model root rec claims:
// a record claiming another differs from this trace exactly at its last
// state, the export transition N + 1). tr is left at step N.
func Level1Trace(ctx context.Context, tr *train.Trainer, rec Record, meta Meta, opts train.Options) ([]merkle.Hash, error) {
	switch {
	case tr.Step != 0 || tr.Cursor != 0:
		return nil, fmt.Errorf("%w: level-1 trace from step %d, cursor %d: must start at step 0", ErrInput, tr.Step, tr.Cursor)
	case tr.ConfigHash() != rec.ConfigHash:
		return nil, fmt.Errorf("%w: the run's configuration hash is not the record's", ErrInput)
	case rec.Steps > 1<<40:
		return nil, fmt.Errorf("%w: %d steps must be at most 2^40", ErrInput, rec.Steps)
	case meta.EOS < canon.NoEOS || meta.EOS >= tr.Model.Config.Vocab:
		return nil, fmt.Errorf("%w: EOS %d must be below the vocabulary %d, or %d", ErrInput, meta.EOS, tr.Model.Config.Vocab, canon.NoEOS)
	}
	states, err := train.Trace(ctx, tr, int(rec.Steps), opts)
	if err != nil {
		return nil, err
	}
	root, err := ModelRoot(tr.Model, meta)
	if err != nil {
		return nil, err
	}
	out := make([]merkle.Hash, 0, len(states)+2)
	out = append(out, rec.InputRoot())
	out = append(out, states...)
	return append(out, FinalRoot(root, rec.DatasetRoot, rec.ConfigHash)), nil
}

func be64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
