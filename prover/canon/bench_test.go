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
		if _, err := m.Generate(canon.Job{Prompt: []int32{1}, MaxTokens: n}); err != nil {
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
		s, err := m.NewSession(n, false)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Forward(tokens, canon.LogitsAll); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
}
