package train

import (
	"context"
	"testing"

	"github.com/airollup/airollup/prover/modelgen"
)

// benchTrainer is a dim-64 model on 8 sequences of 64 tokens; lora: rank-8
// adapters of attn_q and attn_v (the bench's LoRA row), else full training.
func benchTrainer(b *testing.B, lora bool) *Trainer {
	spec := modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 320, Context: 64, Seed: 1}
	m, err := NewModel(spec)
	if err != nil {
		b.Fatal(err)
	}
	data := make([]int32, 8*64*4+1)
	for i := range data {
		data[i] = int32((i*i + 7*i) % 320)
	}
	var tr *Trainer
	if lora {
		tr, err = NewLoRA(m, DefaultAdam(8, 64), data, LoRA{Rank: 8, Scale: 2 << HFrac, Targets: LoRAQ | LoRAV, Seed: 1})
	} else {
		tr, err = New(m, DefaultAdam(8, 64), data)
	}
	if err != nil {
		b.Fatal(err)
	}
	return tr
}

func benchSteps(b *testing.B, tr *Trainer) {
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := tr.TrainStep(context.Background(), Options{Threads: 1}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*8*64)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStep measures one Adam step of full training (one thread);
// tokens/s is reported.
func BenchmarkStep(b *testing.B) { benchSteps(b, benchTrainer(b, false)) }

// BenchmarkLoRAStep measures one Adam step of LoRA fine-tuning of the same
// model (one thread): the frozen tensors' weight gradients are skipped.
func BenchmarkLoRAStep(b *testing.B) { benchSteps(b, benchTrainer(b, true)) }

// BenchmarkStateRoot measures the level-1 state root of an Adam run of the
// stories15M shape (dim 288, 6 layers, vocabulary 16,384: ~15M weights and
// their moments); params/s is reported.
func BenchmarkStateRoot(b *testing.B) {
	m, err := NewModel(modelgen.Small)
	if err != nil {
		b.Fatal(err)
	}
	data := make([]int32, 4097)
	tr, err := New(m, DefaultAdam(1, 64), data)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.StateRoot()
	}
	b.ReportMetric(float64(b.N*m.Params())/b.Elapsed().Seconds(), "params/s")
}
