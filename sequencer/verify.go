package sequencer

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

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
// (docs/protocol.md, "Prompt binding").
func Prompt(input []byte) ([]int32, error) {
	if len(input) == 0 || len(input)%4 != 0 {
		return nil, fmt.Errorf("%w: %d bytes, want a non-zero multiple of 4", ErrBadInput, len(input))
	}
	out := make([]int32, len(input)/4)
	for i := range out {
		v := binary.BigEndian.Uint32(input[4*i:])
		if v > 1<<31-1 {
			return nil, fmt.Errorf("%w: token %d is %d, above the int32 range", ErrBadInput, i, v)
		}
		out[i] = int32(v)
	}
	return out, nil
}

// sampleParams are a job's canonical sampling parameters.
func sampleParams(p store.Params) canon.SampleParams {
	return canon.SampleParams{TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed}
}

// CheckResult re-executes a job teacher-forced on m (one pass over the prompt
// and one batched pass over the claimed output, not token by token) and
// returns ErrWrongResult unless out and traceRoot are exactly what
// canon.Model.Generate (traced, stopping at the model's EOS) returns for it.
func CheckResult(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	out []int32, traceRoot merkle.Hash, opts canon.Options) error {
	P, n := len(prompt), len(out)
	if P == 0 {
		return canon.ErrEmptyPrompt
	}
	need := P + max(maxTokens-1, 0)
	if need > m.Context {
		return &canon.ContextError{Need: need, Limit: m.Context, What: "model context"}
	}
	eos := func(t int32) bool { return m.EOS != canon.NoEOS && t == int32(m.EOS) }
	switch {
	case n > maxTokens:
		return fmt.Errorf("%w: %d output tokens, max tokens %d", ErrWrongResult, n, maxTokens)
	case n < maxTokens && (n == 0 || !eos(out[n-1])):
		return fmt.Errorf("%w: %d output tokens below max tokens %d without a final EOS", ErrWrongResult, n, maxTokens)
	}
	for i, t := range out {
		if t < 0 || int(t) >= m.Vocab {
			return fmt.Errorf("%w: output token %d is %d, vocabulary %d", ErrWrongResult, i, t, m.Vocab)
		}
		if i < n-1 && eos(t) {
			return fmt.Errorf("%w: output token %d is EOS before the end", ErrWrongResult, i)
		}
	}
	s, err := m.NewSession(need, true, opts)
	if err != nil {
		return err
	}
	if n == 0 {
		if _, err := s.Forward(ctx, prompt, canon.LogitsNone); err != nil {
			return err
		}
	} else {
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
			if c := canon.Sample(rows[i], params, uint64(i)); c != out[i] {
				return fmt.Errorf("%w: output token %d is %d, canonical %d", ErrWrongResult, i, out[i], c)
			}
		}
	}
	tr := s.Tracer()
	stateRoot, states := tr.StateRoot(), len(tr.States())
	if want := canon.TraceRoot(stateRoot, canon.TokensHash(out), states); want != traceRoot {
		return fmt.Errorf("%w: trace root %x, canonical %x", ErrWrongResult, traceRoot, want)
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
	l, err := llama.Load(path, ms.load)
	if err != nil {
		return nil, fmt.Errorf("sequencer: load model %x: %w", root, err)
	}
	got, err := l.Model.RootContext(ctx, ms.opts)
	if err != nil {
		l.Close()
		return nil, err
	}
	if got != root {
		l.Close()
		return nil, fmt.Errorf("sequencer: %s has model root %x, want %x", path, got, root)
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
