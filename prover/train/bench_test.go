package train

import (
	"context"
	"testing"

	"github.com/airollup/airollup/prover/modelgen"
)

// BenchmarkStep measures one Adam step of a dim-64 model on 8 sequences of 64
// tokens (one thread); tokens/s is reported.
func BenchmarkStep(b *testing.B) {
	spec := modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 320, Context: 64, Seed: 1}
	m, err := NewModel(spec)
	if err != nil {
		b.Fatal(err)
	}
	data := make([]int32, 8*64*4+1)
	for i := range data {
		data[i] = int32((i*i + 7*i) % 320)
	}
	tr, err := New(m, DefaultAdam(8, 64), data)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := tr.TrainStep(context.Background(), Options{Threads: 1}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*8*64)/b.Elapsed().Seconds(), "tokens/s")
}
