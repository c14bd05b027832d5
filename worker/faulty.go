package worker

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"

	"github.com/airollup/airollup/prover/canon"
)

// Faulty wraps a backend and deliberately corrupts a fraction of its results,
// for demos and fault tests (--fault-rate): in a corrupted result one output
// token is replaced by another (never EOS, so the output still keeps the
// early-stop rules), and the trace root and final state roots are computed
// over the corrupted output, so the claim is self-consistent and wrong. A
// sequencer that re-executes it refuses it; proposed, a challenger wins its
// dispute. Never run it against a chain whose bonds matter.
type Faulty struct {
	Backend Backend
	Store   *Store
	Rate    float64 // fraction of results corrupted, 0 to 1
	Options canon.Options

	mu  sync.Mutex
	rng *rand.Rand
}

// Run runs job on the wrapped backend and corrupts the result with probability Rate.
func (f *Faulty) Run(ctx context.Context, job Job) (*Result, error) {
	res, err := f.Backend.Run(ctx, job)
	if err != nil || len(res.Tokens) == 0 || !f.draw() {
		return res, err
	}
	h, err := f.Store.Get(ctx, job.Model)
	if err != nil {
		return nil, err
	}
	defer h.Release()
	return Corrupt(ctx, h.Model, job, res, f.pick(len(res.Tokens)), f.Options)
}

func (f *Faulty) draw() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.rng == nil {
		f.rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	return f.Rate >= 1 || (f.Rate > 0 && f.rng.Float64() < f.Rate)
}

func (f *Faulty) pick(n int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rng.IntN(n)
}

// Corrupt returns res with output token k replaced by the next id that is
// neither it nor the model's EOS (an EOS that ended the job stays), and the
// trace and final roots recomputed over the corrupted output with one
// teacher-forced pass.
func Corrupt(ctx context.Context, m *canon.Model, job Job, res *Result, k int, opts canon.Options) (*Result, error) {
	out := append([]int32(nil), res.Tokens...)
	if k < 0 || k >= len(out) {
		return nil, fmt.Errorf("worker: corrupt token %d of %d", k, len(out))
	}
	if isEOS(m, out[k]) && k == len(out)-1 && k > 0 {
		k-- // keep the stop token
	}
	t := out[k]
	for {
		t = (t + 1) % int32(m.Vocab)
		if t != out[k] && !isEOS(m, t) {
			break
		}
	}
	out[k] = t
	P := len(job.Prompt)
	s, err := m.NewSession(P+len(out)-1, true, opts)
	if err != nil {
		return nil, err
	}
	seq := append(append([]int32(nil), job.Prompt...), out[:len(out)-1]...)
	if _, err := s.Forward(ctx, seq, canon.LogitsNone); err != nil {
		return nil, err
	}
	tr := s.Tracer()
	c := &Result{Tokens: out, OutputHash: canon.TokensHash(out), StateRoot: tr.StateRoot(), States: len(tr.States())}
	c.TraceRoot = canon.TraceRoot(c.StateRoot, c.OutputHash, c.States)
	fin, err := tr.Final(out[len(out)-1])
	if err != nil {
		return nil, err
	}
	c.FinalResidual, c.FinalKV = fin.Residual, fin.KV
	return c, nil
}

// CorruptPrompt returns the result of job run on another prompt, and that
// prompt: the job's with its last token replaced by the next id that is
// neither it nor the model's EOS. The output and every root are those of
// that run, so the claim is self-consistent and answers another prompt than
// the job's: re-executing the job's prompt refuses it, and a challenger wins
// its dispute.
func CorruptPrompt(ctx context.Context, m *canon.Model, job Job, opts canon.Options) (*Result, []int32, error) {
	if len(job.Prompt) == 0 {
		return nil, nil, fmt.Errorf("worker: corrupt the prompt of a job without one")
	}
	other := append([]int32(nil), job.Prompt...)
	last := other[len(other)-1]
	for t := (last + 1) % int32(m.Vocab); ; t = (t + 1) % int32(m.Vocab) {
		if t != last && !isEOS(m, t) {
			other[len(other)-1] = t
			break
		}
	}
	res, err := m.Generate(ctx, canon.Job{Prompt: other, MaxTokens: job.MaxTokens, StopAtEOS: true, Params: job.Params, Trace: true}, opts)
	return res, other, err
}
