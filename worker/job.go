package worker

import (
	"context"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// Job is one inference job as a worker executes it.
type Job struct {
	Model     merkle.Hash // model root
	Prompt    []int32     // prompt token ids, BOS included if wanted
	Params    canon.SampleParams
	MaxTokens int // tokens to generate at most; the job also stops at the model's EOS
}

// Result is a job's canonical result: exactly what canon.Model.Generate with
// Trace set returns for the job (output tokens, EOS included when it stopped
// the job, their hash, the level-1 state root, the number of states, the
// trace root, and the residual and KV roots of the final state h(P, 0) that
// the job's record carries), whichever backend computed it.
type Result = canon.Result

// Backend executes jobs. Every backend returns the canonical result.
type Backend interface {
	Run(ctx context.Context, job Job) (*Result, error)
}

// ErrJob is returned for a job the model cannot run.
var ErrJob = errors.New("worker: invalid job")

// canonJob is the canon.Job that defines job's result on m: traced, and
// stopping at the model's EOS (docs/protocol.md, "Early stop").
func canonJob(job Job, m *canon.Model) canon.Job {
	return canon.Job{
		Prompt:    job.Prompt,
		MaxTokens: job.MaxTokens,
		StopAtEOS: true, // at m.EOS; never for a model without one
		Params:    job.Params,
		Trace:     true,
	}
}

// checkJob reports what canon.Model.Generate would refuse, before any work:
// an empty prompt, a negative token budget, a token outside the vocabulary,
// a job longer than the model's context.
func checkJob(job Job, m *canon.Model) error {
	if len(job.Prompt) == 0 {
		return fmt.Errorf("%w: %w", ErrJob, canon.ErrEmptyPrompt)
	}
	if job.MaxTokens < 0 {
		return fmt.Errorf("%w: max tokens %d must be ≥ 0", ErrJob, job.MaxTokens)
	}
	for i, t := range job.Prompt {
		if t < 0 || int(t) >= m.Vocab {
			return fmt.Errorf("%w: %w", ErrJob, &canon.TokenError{Index: i, ID: t, Vocab: m.Vocab})
		}
	}
	if need := len(job.Prompt) + max(job.MaxTokens-1, 0); need > m.Context {
		return fmt.Errorf("%w: %w", ErrJob, &canon.ContextError{Need: need, Limit: m.Context, What: "model context"})
	}
	return nil
}
