package fidelity

import (
	"context"
	"fmt"
	"math"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
)

// NearTie is the top-1/top-2 log-probability margin (nats) under which a
// position counts as a near-tie in llama.cpp and is left out of the top-1
// agreement figure: both runtimes are allowed to break such ties either way.
const NearTie = 0.05

// Report holds the fidelity figures of one teacher-forced sequence.
type Report struct {
	Positions   int     // predicted positions (tokens − 1)
	Eligible    int     // positions whose llama.cpp top-1 margin ≥ NearTie
	Agree       int     // eligible positions where both runtimes have the same top-1
	AgreeAll    int     // all positions with the same top-1
	RelRMS      float64 // RMS(logprob diff) / RMS(llama.cpp logprob − its mean), over all positions and tokens
	PPLCanon    float64 // perplexity of the canonical runtime
	PPLRef      float64 // perplexity of llama.cpp
	RefEvalSecs float64
}

// Top1 returns the agreement on eligible positions.
func (r Report) Top1() float64 { return float64(r.Agree) / float64(max(r.Eligible, 1)) }

// PPLDiff returns |PPLCanon/PPLRef − 1|.
func (r Report) PPLDiff() float64 { return math.Abs(r.PPLCanon/r.PPLRef - 1) }

func (r Report) String() string {
	return fmt.Sprintf("top-1 %.2f%% (%d/%d outside near-ties <%.2f nats; %d/%d all), rel RMS %.2f%%, ppl canon %.2f vs llama.cpp %.2f (%.2f%%)",
		100*r.Top1(), r.Agree, r.Eligible, NearTie, r.AgreeAll, r.Positions, 100*r.RelRMS, r.PPLCanon, r.PPLRef, 100*r.PPLDiff())
}

// LogSoftmax converts Q16.16 logits to natural-log probabilities.
func LogSoftmax(logits []int32) []float64 {
	out := make([]float64, len(logits))
	mx := math.Inf(-1)
	for i, l := range logits {
		out[i] = float64(l) / 65536
		mx = math.Max(mx, out[i])
	}
	var sum float64
	for _, v := range out {
		sum += math.Exp(v - mx)
	}
	lse := mx + math.Log(sum)
	for i := range out {
		out[i] -= lse
	}
	return out
}

// Measure teacher-forces tokens through both runtimes and compares them.
func Measure(ctx context.Context, probe *llamacpp.Probe, path string, m *canon.Model, tokens []int32) (Report, error) {
	ref, err := probe.Eval(ctx, path, tokens)
	if err != nil {
		return Report{}, err
	}
	s, err := m.NewSession(len(tokens), false, canon.Options{})
	if err != nil {
		return Report{}, err
	}
	logits, err := s.Forward(ctx, tokens, canon.LogitsAll)
	if err != nil {
		return Report{}, err
	}
	n := len(tokens) - 1
	if len(ref.LogProbs) != n || ref.VocabSize != m.Vocab {
		return Report{}, fmt.Errorf("fidelity: llama.cpp returned %d positions over %d tokens, want %d over %d", len(ref.LogProbs), ref.VocabSize, n, m.Vocab)
	}
	r := Report{Positions: n, RefEvalSecs: ref.EvalSeconds, PPLRef: ref.Perplexity}
	var se, sv, nllC float64
	var count int
	for i := 0; i < n; i++ {
		lc := LogSoftmax(logits[i])
		lr := ref.LogProbs[i]
		var mean float64
		for _, v := range lr {
			mean += float64(v)
		}
		mean /= float64(len(lr))
		for j, v := range lr {
			if math.IsInf(float64(v), -1) {
				continue // underflowed in llama.cpp's float32 softmax
			}
			d := lc[j] - float64(v)
			se += d * d
			sv += (float64(v) - mean) * (float64(v) - mean)
			count++
		}
		nllC -= lc[tokens[i+1]]
		top := canon.Argmax(logits[i])
		p := ref.Positions[i]
		if top == p.Top1 {
			r.AgreeAll++
		}
		if p.Top1LogProb != nil && p.Top2LogProb != nil && *p.Top1LogProb-*p.Top2LogProb >= NearTie {
			r.Eligible++
			if top == p.Top1 {
				r.Agree++
			}
		}
	}
	r.RelRMS = math.Sqrt(se / math.Max(sv, 1e-300))
	r.PPLCanon = math.Exp(nllC / float64(n))
	return r, nil
}
