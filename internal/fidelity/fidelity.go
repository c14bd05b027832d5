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

// Add combines the reports of two sequences: counts add, perplexities
// combine as geometric means and RelRMS as a root mean square, both weighted
// by positions. The zero Report is the identity.
func (r Report) Add(o Report) Report {
	if r.Positions == 0 {
		return o
	}
	if o.Positions == 0 {
		return r
	}
	n, m := float64(r.Positions), float64(o.Positions)
	geo := func(x, y float64) float64 { return math.Exp((n*math.Log(x) + m*math.Log(y)) / (n + m)) }
	return Report{
		Positions: r.Positions + o.Positions, Eligible: r.Eligible + o.Eligible, Agree: r.Agree + o.Agree, AgreeAll: r.AgreeAll + o.AgreeAll,
		RelRMS:   math.Sqrt((n*r.RelRMS*r.RelRMS + m*o.RelRMS*o.RelRMS) / (n + m)),
		PPLCanon: geo(r.PPLCanon, o.PPLCanon), PPLRef: geo(r.PPLRef, o.PPLRef), RefEvalSecs: r.RefEvalSecs + o.RefEvalSecs,
	}
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
	logits, err := Logits(ctx, m, tokens)
	if err != nil {
		return Report{}, err
	}
	return MeasureLogits(ctx, probe, path, logits, tokens)
}

// Logits teacher-forces tokens through the canonical runtime: the logits
// after every position.
func Logits(ctx context.Context, m *canon.Model, tokens []int32) ([][]int32, error) {
	s, err := m.NewSession(len(tokens), false, canon.Options{})
	if err != nil {
		return nil, err
	}
	return s.Forward(ctx, tokens, canon.LogitsAll)
}

// MeasureLogits is Measure for the canonical logits of tokens (Logits), so
// that one canonical run can be compared with llama.cpp on several files.
func MeasureLogits(ctx context.Context, probe *llamacpp.Probe, path string, logits [][]int32, tokens []int32) (Report, error) {
	ref, err := probe.Eval(ctx, path, tokens)
	if err != nil {
		return Report{}, err
	}
	return MeasureEval(ref, logits, tokens)
}

// MeasureEval is MeasureLogits against llama.cpp's evaluation ref of tokens
// (llamacpp.Probe.Eval), so that one llama.cpp run serves several
// comparisons.
func MeasureEval(ref *llamacpp.Eval, logits [][]int32, tokens []int32) (Report, error) {
	if len(logits) == 0 {
		return Report{}, fmt.Errorf("fidelity: no canonical positions over %d tokens", len(tokens))
	}
	if ref.VocabSize != len(logits[0]) {
		return Report{}, fmt.Errorf("fidelity: llama.cpp has %d tokens, the canonical logits %d", ref.VocabSize, len(logits[0]))
	}
	return compare(ref, len(logits), func(i int) []float64 { return LogSoftmax(logits[i]) }, tokens)
}

// CompareEvals measures llama.cpp's evaluation other of tokens (another
// file of the same model) against ref as MeasureEval does the canonical
// runtime's: in the Report, "canon" is other. It tells how far llama.cpp
// itself moves between two files, e.g. an original K-quant file and its
// import.
func CompareEvals(ref, other *llamacpp.Eval, tokens []int32) (Report, error) {
	if ref.VocabSize != other.VocabSize {
		return Report{}, fmt.Errorf("fidelity: evaluations over %d and %d tokens", ref.VocabSize, other.VocabSize)
	}
	return compare(ref, len(other.LogProbs), func(i int) []float64 {
		out := make([]float64, len(other.LogProbs[i]))
		for j, v := range other.LogProbs[i] {
			out[j] = float64(v)
		}
		return out
	}, tokens)
}

// compare measures the log-probabilities of n positions (logprobs(i) over
// the vocabulary, which must not hold NaN) against ref.
func compare(ref *llamacpp.Eval, n int, logprobs func(i int) []float64, tokens []int32) (Report, error) {
	if len(tokens)-1 < 1 || n < len(tokens)-1 {
		return Report{}, fmt.Errorf("fidelity: %d positions over %d tokens", n, len(tokens))
	}
	n = len(tokens) - 1
	if len(ref.LogProbs) != n {
		return Report{}, fmt.Errorf("fidelity: llama.cpp returned %d positions over %d tokens, want %d", len(ref.LogProbs), len(tokens), n)
	}
	r := Report{Positions: n, RefEvalSecs: ref.EvalSeconds, PPLRef: ref.Perplexity}
	var se, sv, nllC float64
	for i := 0; i < n; i++ {
		lc := logprobs(i)
		lr := ref.LogProbs[i]
		var mean float64
		for _, v := range lr {
			mean += float64(v)
		}
		mean /= float64(len(lr))
		top := 0
		for j, v := range lc {
			if v > lc[top] {
				top = j
			}
		}
		for j, v := range lr {
			if math.IsInf(float64(v), -1) || math.IsInf(lc[j], -1) {
				continue // underflowed in a float32 softmax
			}
			d := lc[j] - float64(v)
			se += d * d
			sv += (float64(v) - mean) * (float64(v) - mean)
		}
		nllC -= lc[tokens[i+1]]
		p := ref.Positions[i]
		if int32(top) == p.Top1 {
			r.AgreeAll++
		}
		if p.Top1LogProb != nil && p.Top2LogProb != nil && *p.Top1LogProb-*p.Top2LogProb >= NearTie {
			r.Eligible++
			if int32(top) == p.Top1 {
				r.Agree++
			}
		}
	}
	r.RelRMS = math.Sqrt(se / math.Max(sv, 1e-300))
	r.PPLCanon = math.Exp(nllC / float64(n))
	return r, nil
}
