package reexec

import (
	"context"
	"errors"
	"fmt"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// ErrWrongResult is returned when re-execution disagrees with a claimed result.
var ErrWrongResult = errors.New("wrong result")

// Claim is what a result claims for a job.
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
// stopping at the model's EOS) returns for it. A record carries no trace
// root: a zero c.TraceRoot with skipTrace set is not compared (see
// CheckRecord).
func CheckResult(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	c Claim, opts canon.Options) error {
	return check(ctx, m, prompt, maxTokens, params, c, opts, true)
}

// CheckRecord is CheckResult for a proposed record, which commits to the
// output (by its hash, checked by the caller) and to the final state's roots
// but not to the trace root: everything but the trace root is compared.
func CheckRecord(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	c Claim, opts canon.Options) error {
	return check(ctx, m, prompt, maxTokens, params, c, opts, false)
}

func check(ctx context.Context, m *canon.Model, prompt []int32, maxTokens int, params canon.SampleParams,
	c Claim, opts canon.Options, traceRoot bool) error {
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
	if traceRoot {
		stateRoot, states := tr.StateRoot(), len(tr.States())
		if want := canon.TraceRoot(stateRoot, canon.TokensHash(out), states); want != c.TraceRoot {
			return fmt.Errorf("%w: trace root %x, canonical %x", ErrWrongResult, c.TraceRoot, want)
		}
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
