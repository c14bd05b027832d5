package canon_test

import (
	"sync"
	"testing"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

var (
	benchOnce sync.Once
	benchM    *canon.Model
	benchErr  error
)

// benchModel returns the Small model, generated once per test binary so that
// profiles of the benchmarks show the forward pass, not the generator.
func benchModel(b *testing.B) *canon.Model {
	benchOnce.Do(func() { benchM, benchErr = modelgen.Small.Model() })
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchM
}

// BenchmarkDecode measures one-token-at-a-time generation (tokens/s).
func BenchmarkDecode(b *testing.B) {
	m := benchModel(b)
	const n = 64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Generate(b.Context(), canon.Job{Prompt: []int32{1}, MaxTokens: n}, canon.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
}

// BenchmarkVerify measures teacher-forced verification of a known output in one pass.
func BenchmarkVerify(b *testing.B) {
	m := benchModel(b)
	const n = 64
	tokens := make([]int32, n)
	for i := range tokens {
		tokens[i] = int32(i*37) % int32(m.Vocab)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := m.NewSession(n, false, canon.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Forward(b.Context(), tokens, canon.LogitsAll); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
}

// benchDecodeSession decodes n tokens one Forward at a time on one session,
// as tools/bench times it, with or without the level-1 trace.
func benchDecodeSession(b *testing.B, trace bool) {
	m := benchModel(b)
	const n = 64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := m.NewSession(n, trace, canon.Options{})
		if err != nil {
			b.Fatal(err)
		}
		tok := []int32{1}
		for j := 0; j < n; j++ {
			logits, err := s.ForwardLast(b.Context(), tok)
			if err != nil {
				b.Fatal(err)
			}
			tok[0] = canon.Argmax(logits)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
}

// BenchmarkDecodeSession and BenchmarkDecodeTraced give the commitment overhead.
func BenchmarkDecodeSession(b *testing.B) { benchDecodeSession(b, false) }
func BenchmarkDecodeTraced(b *testing.B)  { benchDecodeSession(b, true) }
