package sequencer

import (
	"context"
	"errors"
	"fmt"

	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/sequencer/store"
)

// ErrWrongResult is returned when re-execution disagrees with a worker's
// result: reexec.ErrWrongResult, the check the challenger runs too.
var ErrWrongResult = reexec.ErrWrongResult

// ErrBadInput is returned for a job whose input is not a prompt of be32 token ids.
var ErrBadInput = errors.New("sequencer: bad job input")

// Prompt decodes a job input: its prompt's token ids, big-endian uint32 each
// (docs/protocol.md, "Prompt binding"), each in the int32 range; the model's
// vocabulary is checked where the model is known.
func Prompt(input []byte) ([]int32, error) {
	if len(input) == 0 {
		return nil, fmt.Errorf("%w: an empty prompt", ErrBadInput)
	}
	out, err := canon.ParseTokenBytes(input, 1<<31)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return out, nil
}

// sampleParams are a job's canonical sampling parameters.
func sampleParams(p store.Params) canon.SampleParams {
	return canon.SampleParams{TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed}
}

// Claim is what a worker's result claims for a job (reexec.Claim).
type Claim = reexec.Claim

// CheckResult is reexec.CheckResult: the teacher-forced re-execution of a
// claimed result, shared with the challenger.
func CheckResult(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	c Claim, opts canon.Options) error {
	return reexec.CheckResult(ctx, m, prompt, maxTokens, params, c, opts)
}

// models loads the sequencer's canonical models for re-execution
// (reexec.Models: a directory of <root>.gguf files, each root checked once).
type models struct{ *reexec.Models }

func newModels(dir string, load llama.Options) *models {
	return &models{reexec.NewModels(dir, load, canon.Options{})}
}

func (ms *models) get(ctx context.Context, root merkle.Hash) (*canon.Model, error) {
	return ms.Get(ctx, root)
}

func (ms *models) close() error { return ms.Close() }
