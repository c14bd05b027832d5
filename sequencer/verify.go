package sequencer

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/sequencer/store"
)

// ErrWrongResult is returned when re-execution disagrees with a worker's result.
var ErrWrongResult = errors.New("sequencer: wrong result")

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

// Claim is what a worker's result claims for a job.
type Claim struct {
	Output    []int32     // output tokens
	TraceRoot merkle.Hash // the trace commitment (canon.TraceRoot)
	// ResidualRoot and KVRoot are the roots of the final level-1 state
	// h(P, 0) (canon.FinalState), the record's residualRoot and kvRoot.
	ResidualRoot merkle.Hash
	KVRoot       merkle.Hash
}

// CheckResult re-executes a job teacher-forced on m (one pass over the prompt
// and one batched pass over the claimed output, not token by token) and
// returns ErrWrongResult unless c's output, trace root and final state's
// residual and KV roots are exactly what canon.Model.Generate (traced,
// stopping at the model's EOS) returns for it.
func CheckResult(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	c Claim, opts canon.Options) error {
	if len(prompt) == 0 {
		return canon.ErrEmptyPrompt
	}
	out := c.Output
	// The output rules RecordValidity voids a record for on-chain.
	if err := record.CheckOutput(m.Config, maxTokens, out); err != nil {
		return fmt.Errorf("%w: %w", ErrWrongResult, err)
	}
	n := len(out)
	s, err := m.NewSession(len(prompt)+max(maxTokens-1, 0), true, opts)
	if err != nil {
		return err
	}
	rows, err := s.Forward(ctx, prompt, canon.LogitsLast)
	if err != nil {
		return err
	}
	if n > 1 {
		more, err := s.Forward(ctx, out[:n-1], canon.LogitsAll)
		if err != nil {
			return err
		}
		rows = append(rows, more...)
	}
	for i := range out {
		if tok := canon.Sample(rows[i], params, uint64(i)); tok != out[i] {
			return fmt.Errorf("%w: output token %d is %d, canonical %d", ErrWrongResult, i, out[i], tok)
		}
	}
	tr := s.Tracer()
	stateRoot, states := tr.StateRoot(), len(tr.States())
	if want := canon.TraceRoot(stateRoot, canon.TokensHash(out), states); want != c.TraceRoot {
		return fmt.Errorf("%w: trace root %x, canonical %x", ErrWrongResult, c.TraceRoot, want)
	}
	// The session holds the prompt and the output but for its last token
	// (record.CheckOutput: n ≥ 1), whose head step lands on h(P, 0).
	f, err := tr.Final(out[n-1])
	if err != nil {
		return err
	}
	if f.Residual != c.ResidualRoot {
		return fmt.Errorf("%w: residual root %x, canonical %x", ErrWrongResult, c.ResidualRoot, f.Residual)
	}
	if f.KV != c.KVRoot {
		return fmt.Errorf("%w: KV root %x, canonical %x", ErrWrongResult, c.KVRoot, f.KV)
	}
	return nil
}

// models loads the sequencer's canonical models for re-execution from a
// directory of <root>.gguf files, checks each file's root once and keeps it
// loaded.
type models struct {
	dir  string
	load llama.Options
	opts canon.Options

	mu     sync.Mutex
	loaded map[merkle.Hash]*llama.Loaded
}

func newModels(dir string, load llama.Options) *models {
	return &models{dir: dir, load: load, loaded: map[merkle.Hash]*llama.Loaded{}}
}

func (ms *models) get(ctx context.Context, root merkle.Hash) (*canon.Model, error) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if l, ok := ms.loaded[root]; ok {
		return l.Model, nil
	}
	path := filepath.Join(ms.dir, hex.EncodeToString(root[:])+".gguf")
	l, err := llama.LoadRoot(ctx, path, root, ms.load, ms.opts)
	if err != nil {
		return nil, fmt.Errorf("sequencer: load model %x: %w", root, err)
	}
	ms.loaded[root] = l
	return l.Model, nil
}

func (ms *models) close() error {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	var errs []error
	for r, l := range ms.loaded {
		errs = append(errs, l.Close())
		delete(ms.loaded, r)
	}
	return errors.Join(errs...)
}
