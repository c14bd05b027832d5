package fidelity_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
)

// trainedModel is the trained Llama 3-style fidelity model (made by
// tools/fidmodel; testdata/fidmodel/README.md says how).
var trainedModel = filepath.Join("testdata", "fidmodel", "fidmodel.F16.gguf")

// trainedTexts are the held-out Go sources the trained model is measured
// on (not in its training data).
func trainedTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for i := 0; ; i++ {
		b, err := os.ReadFile(filepath.Join("testdata", "fidmodel", fmt.Sprintf("heldout-%d.txt", i)))
		if os.IsNotExist(err) {
			break
		}
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	require.Len(t, texts, 6)
	return texts
}

// trainedMixes are the files of the trained model measured: the K-quant
// mixes users download most (the tied token_embd gets output.weight's
// Q6_K in the _M mixes, as llama-quantize gives it), Q8_0, and the F16
// original itself (Mix nil).
var trainedMixes = []struct {
	row string
	mix *fidelity.Mix
}{
	{"trained-Q4_K_M", &fidelity.Mixes[0]},
	{"trained-Q5_K_M", &fidelity.Mixes[1]},
	{"trained-Q6_K", &fidelity.Mixes[2]},
	{"trained-Q8_0", &fidelity.Mix{Name: "Q8_0", FileType: 7, Type: func(string, int, int) gguf.Type { return gguf.TypeQ8_0 }}},
	{"trained-F16", nil},
}

// TestTrainedLlama3Fidelity: the trained Llama 3-style model — byte-level
// BPE (llama-bpe), rope_freqs, GQA 4/2, tied embeddings, trained on Go
// sources — written as the files users bring (trainedMixes) from its F16
// original, imports, tokenizes the held-out texts as llama.cpp does, and is
// measured against llama.cpp on each original file over them.
func TestTrainedLlama3Fidelity(t *testing.T) {
	p := probe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	texts := trainedTexts(t)
	for i, tc := range trainedMixes {
		name := "F16"
		if tc.mix != nil {
			name = tc.mix.Name
		}
		t.Run(name, func(t *testing.T) {
			src := trainedModel
			if tc.mix != nil {
				src = filepath.Join(dir, name+".gguf")
				require.NoError(t, fidelity.WriteMix(trainedModel, src, *tc.mix))
			}
			dst := filepath.Join(dir, name+".imported.gguf")
			rep, err := llama.Import(ctx, src, dst, llama.ImportOptions{Context: kquantTokens})
			require.NoError(t, err)
			defer rep.Loaded.Close()
			l := rep.Loaded
			require.True(t, l.Model.Tied(), "tied embeddings")
			require.Len(t, l.Model.RopeFreqs, 32)
			require.Equal(t, "gpt2", l.Vocab.Model)
			require.Equal(t, "llama-bpe", l.Vocab.Pre)
			switch name {
			case "Q4_K_M":
				require.Equal(t, "Q6_K→Q8_0", rep.Converted["token_embd.weight"])
				require.Equal(t, "Q4_K→Q8_0", rep.Converted["blk.0.attn_q.weight"])
			case "F16":
				require.Equal(t, "F16→Q8_0", rep.Converted["token_embd.weight"])
			}
			if i == 0 {
				items := make([]llamacpp.TokenizeItem, len(texts))
				for j, text := range texts {
					items[j] = llamacpp.TokenizeItem{Model: src, Text: text}
				}
				res, err := p.Batch(ctx, items) // one llama.cpp process for all
				require.NoError(t, err)
				require.Len(t, res, len(texts))
				for j, text := range texts {
					require.Empty(t, res[j].Error, "held-out text %d", j)
					require.Equal(t, res[j].Tokens, l.Tokenizer.Encode(text, false), "tokenization of held-out text %d", j)
				}
			}
			m := measureImportRuns(ctx, t, p, l, src, dst, texts)
			t.Logf("trained %s vs llama.cpp on the original: %s", name, m.orig)
			t.Logf("trained %s vs llama.cpp on the imported file: %s", name, m.imp)
			t.Logf("trained %s: llama.cpp on the imported file vs on the original: %s", name, m.floor)
			record(t, tc.row, m.orig, &m.floor)
			requireAtFloor(t, m.orig, m.floor)
			// Measured (1,415–1,439 positions outside near-ties each):
			// against the original 99.30% (Q4_K_M) to 100% (Q8_0, F16)
			// top-1 and rel RMS 0.9–1.5%; against llama.cpp on the import
			// 99.93–100% and 0.7%. Unlike the random-weight Llama 3-style
			// model, the trained one meets the bars on every file.
			for _, r := range []fidelity.Report{m.orig, m.imp} {
				require.GreaterOrEqual(t, r.Top1(), minTop1, r.String())
				require.LessOrEqual(t, r.RelRMS, maxRelRMS, r.String())
				require.LessOrEqual(t, r.PPLDiff(), maxPPL, r.String())
			}
			if name != "Q8_0" {
				return
			}
			// On the file it runs as is, both runtimes against the model's
			// exact function (float64, no rounding).
			requireAsExactAsLlamaCpp(t, "trained Q8_0", l.Model, m.runs[:2])
		})
	}
}
