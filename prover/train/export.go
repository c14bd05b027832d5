package train

import (
	"context"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/tokenizer"
)

// isNorm reports whether tensor i is an RMSNorm weight.
func (m *Model) isNorm(i int) bool {
	if i == m.outNorm() {
		return true
	}
	if i < 1 || i >= m.outNorm() {
		return false
	}
	k := (i - 1) % perLayer
	return k == tAttnNorm || k == tFFNNorm
}

// Quantized returns the inference tensors of the master weights
// (docs/arithmetic.md, "Export"): matrices as Q8_0 blocks of their Q24
// values, norm weights rounded to Q16.16.
func (m *Model) Quantized() ([]modelgen.Tensor, error) {
	out := make([]modelgen.Tensor, 0, len(m.Tensors))
	vals := make([]int64, quant.BlockSize)
	for i, t := range m.Tensors {
		if m.isNorm(i) {
			n := make([]int32, len(t.W))
			for j, w := range t.W {
				n[j] = int32(rshift(int64(w), WFrac-canon.ActFrac))
			}
			out = append(out, modelgen.Tensor{Name: t.Name, Dims: []uint64{uint64(t.Cols)}, Norm: n})
			continue
		}
		q8 := make([]byte, len(t.W)/quant.BlockSize*quant.BlockBytes)
		for b := 0; b < len(t.W)/quant.BlockSize; b++ {
			for j := range vals {
				vals[j] = int64(t.W[b*quant.BlockSize+j])
			}
			if err := quant.Block(vals, WFrac, q8[b*quant.BlockBytes:(b+1)*quant.BlockBytes]); err != nil {
				return nil, fmt.Errorf("train: quantizing %s block %d: %w", t.Name, b, err)
			}
		}
		out = append(out, modelgen.Tensor{Name: t.Name, Dims: []uint64{uint64(t.Cols), uint64(t.Rows)}, Q8: q8})
	}
	return out, nil
}

// Canonical returns the quantized model as the canonical runtime runs it.
func (m *Model) Canonical() (*canon.Model, error) {
	ts, err := m.Quantized()
	if err != nil {
		return nil, err
	}
	return modelgen.FromTensors(m.Config, ts)
}

// Export writes the quantized model with vocab (its size must be the
// model's vocabulary) as a canonical Q8_0 GGUF named name, with the metadata
// of generated models; llama.Load and llama.cpp load it.
func (m *Model) Export(ctx context.Context, path, name string, vocab tokenizer.Vocab) error {
	if len(vocab.Tokens) != m.Config.Vocab {
		return fmt.Errorf("%w: vocabulary of %d tokens, the model has %d", ErrConfig, len(vocab.Tokens), m.Config.Vocab)
	}
	ts, err := m.Quantized()
	if err != nil {
		return err
	}
	return llama.WriteTensors(ctx, path, llama.SpecHeader(name, m.Spec), vocab, ts)
}
