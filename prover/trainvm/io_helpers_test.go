package trainvm

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
)

// ioVocab is the vocabulary of the import and export tests (a real one, so
// that the exported GGUF loads with its tokenizer hash and EOS).
func ioVocab(t *testing.T) tokenizer.Vocab {
	t.Helper()
	v, err := tokenizer.BuildVocab(strings.Repeat("the cat sat on the mat. the dog ran to the log. ", 8), 288)
	require.NoError(t, err)
	return v
}

// ioSpec is a tiny model over vocab: dim 32 or 64, 1 or 2 layers, GQA or
// not; ff is the feed-forward width (over RowPart values gives multi-part
// rows).
func ioSpec(r *rand.Rand, vocab tokenizer.Vocab, ff int) modelgen.Spec {
	return modelgen.Spec{Dim: 32 << r.IntN(2), Layers: 1 + r.IntN(2), Heads: 4, KVHeads: []int{2, 4}[r.IntN(2)],
		FFDim: ff, Vocab: len(vocab.Tokens), Context: 16 + 16*r.IntN(3), Seed: r.Uint64()}
}

// ioRun returns a run over spec (LoRA when lora) after steps steps.
func ioRun(t *testing.T, r *rand.Rand, spec modelgen.Spec, h train.Hyper, lora bool, steps int) *train.Trainer {
	t.Helper()
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	data := make([]int32, 2*h.SeqLen*h.Batch+1)
	for i := range data {
		data[i] = int32(r.IntN(spec.Vocab))
	}
	var tr *train.Trainer
	if lora {
		cfg := train.LoRA{Rank: 1 + r.IntN(8), Scale: train.OneH, Targets: uint8(1 + r.IntN(127)), Seed: r.Uint64()}
		tr, err = train.NewLoRA(m, h, data, cfg)
	} else {
		tr, err = train.New(m, h, data)
	}
	require.NoError(t, err)
	for i := 0; i < steps; i++ {
		_, err := tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	return tr
}

// exported writes m as train.Export does and loads it with the canonical
// loader: the model root of the GGUF and the metadata inputs it carries.
func exported(t *testing.T, m *train.Model, vocab tokenizer.Vocab) (merkle.Hash, Meta) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "exported.gguf")
	require.NoError(t, m.Export(context.Background(), path, "airollup-trainvm-io", vocab))
	l, err := llama.Load(path)
	require.NoError(t, err)
	defer l.Close()
	return l.Model.Root(), Meta{TokenizerHash: l.Model.TokenizerHash, EOS: l.Model.Config.EOS}
}

// ropeSource returns a reference model of spec's configuration (another
// seed's weights): the RoPE source of an export, whose RoPE leaves are the
// configuration's.
func ropeSource(t *testing.T, spec modelgen.Spec) *canon.Model {
	t.Helper()
	spec.Seed ^= 0x5eed
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	cm, err := m.Canonical()
	require.NoError(t, err)
	return cm
}
