package llama

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// bpeFile writes a Tiny model with a byte-level BPE vocabulary for pre, as a
// user's (non-canonical) file, edited by edit.
func bpeFile(t *testing.T, pre string, edit func(w *gguf.Writer)) (string, tokenizer.Vocab) {
	t.Helper()
	spec := modelgen.Tiny
	vocab, err := tokenizer.BuildBPEVocab(tokenizer.DefaultCorpus(), spec.Vocab, pre)
	require.NoError(t, err)
	vocab.Name = "bpe-" + pre
	ts, err := spec.Tensors()
	require.NoError(t, err)
	c := spec.Config()
	w := gguf.NewWriter()
	setMetadata(w, Header{Name: vocab.Name, Context: spec.Context, Dim: c.Dim, Layers: c.Layers, Heads: c.Heads,
		KVHeads: c.KVHeads, FFDim: c.FFDim, RopeDims: c.RopeDims, RopeBaseBits: c.RopeBaseBits, NormEpsBits: c.NormEpsBits}, vocab)
	w.DeleteKV(keyCanonical)
	for _, tn := range ts {
		if tn.Norm != nil {
			require.NoError(t, w.AddTensor(tn.Name, gguf.TypeF32, tn.Dims, f32Bytes(tn.Norm)))
			continue
		}
		require.NoError(t, w.AddTensor(tn.Name, gguf.TypeQ8_0, tn.Dims, tn.Q8))
	}
	if edit != nil {
		edit(w)
	}
	path := filepath.Join(t.TempDir(), "bpe.gguf")
	require.NoError(t, w.WriteFile(path))
	return path, vocab
}

// TestImportBPEModel: a file with a "gpt2" vocabulary imports; the imported
// file carries the pre-tokenizer and the merges, tokenizes as the source
// vocabulary does, and its model root's tokenizer hash covers them.
func TestImportBPEModel(t *testing.T) {
	src, vocab := bpeFile(t, "llama-bpe", nil)
	rep, err := Import(t.Context(), src, filepath.Join(t.TempDir(), "out.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	l := rep.Loaded
	require.Equal(t, "gpt2", l.Vocab.Model)
	require.Equal(t, "llama-bpe", l.Vocab.Pre)
	require.Equal(t, vocab.Merges, l.Vocab.Merges)
	require.Equal(t, [32]byte(TokenizerHash(vocab)), l.Model.TokenizerHash)
	want, err := tokenizer.New(vocab)
	require.NoError(t, err)
	text := "Hello world, don't STOP 12345 — 日本語 😀\n\n  x"
	require.Equal(t, want.Encode(text, true), l.Tokenizer.Encode(text, true))
	require.Equal(t, vocab.BOS, l.Tokenizer.Encode(text, true)[0], "llama-bpe adds BOS")
	require.Equal(t, int(vocab.EOS), l.Model.Config.EOS)
}

// TestReadVocabBPEDefaults: absent keys of a "gpt2" vocabulary take
// llama.cpp's defaults for BPE: BOS and EOS 11, no UNK, add_bos only for
// Llama 3's pre-tokenizer, no space prefix; and an absent pre is "default".
func TestReadVocabBPEDefaults(t *testing.T) {
	for _, tc := range []struct {
		pre    string
		addBOS bool
	}{{"llama-bpe", true}, {"gpt-2", false}, {"smollm", false}, {"", false}} {
		t.Run(tc.pre, func(t *testing.T) {
			path, _ := bpeFile(t, "gpt-2", func(w *gguf.Writer) {
				for _, k := range []string{keyBOS, keyEOS, keyUNK, keyAddBOS, keyAddEOS, keySpacePrefix, keyTokPre} {
					w.DeleteKV(k)
				}
				if tc.pre != "" {
					w.SetKV(keyTokPre, gguf.StringValue(tc.pre))
				}
			})
			f, err := gguf.Open(path)
			require.NoError(t, err)
			defer f.Close()
			v, err := ReadVocab(f)
			require.NoError(t, err)
			require.Equal(t, tc.pre, v.Pre)
			require.Equal(t, []int32{11, 11, -1}, []int32{v.BOS, v.EOS, v.UNK})
			require.Equal(t, []bool{tc.addBOS, false, false}, []bool{v.AddBOS, v.AddEOS, v.AddSpacePrefix})
			cfg, err := ReadConfig(f)
			require.NoError(t, err)
			require.Equal(t, 11, cfg.EOS)
			_, err = tokenizer.New(v)
			require.NoError(t, err)
		})
	}
}

// TestTokenizerHashBPE: the hash of a "gpt2" vocabulary changes with its
// merges (content and order) and its pre-tokenizer name, and the hash of a
// SentencePiece vocabulary ignores those fields (its hash is unchanged from
// before BPE support).
func TestTokenizerHashBPE(t *testing.T) {
	v, err := tokenizer.BuildBPEVocab(tokenizer.DefaultCorpus(), 600, "gpt-2")
	require.NoError(t, err)
	h := TokenizerHash(v)
	edits := map[string]func(v *tokenizer.Vocab){
		"pre":          func(v *tokenizer.Vocab) { v.Pre = "smollm" },
		"merge text":   func(v *tokenizer.Vocab) { v.Merges[3] = "x y" },
		"merge order":  func(v *tokenizer.Vocab) { v.Merges[3], v.Merges[4] = v.Merges[4], v.Merges[3] },
		"merge added":  func(v *tokenizer.Vocab) { v.Merges = append(v.Merges, "x y") },
		"merge joined": func(v *tokenizer.Vocab) { v.Merges[3] += v.Merges[4]; v.Merges = append(v.Merges[:4], v.Merges[5:]...) },
	}
	for name, edit := range edits {
		w := v
		w.Merges = append([]string(nil), v.Merges...)
		edit(&w)
		require.NotEqual(t, h, TokenizerHash(w), name)
	}
	spm, err := GeneratedVocab(512)
	require.NoError(t, err)
	hs := TokenizerHash(spm)
	spm.Pre, spm.Merges = "gpt-2", []string{"a b"}
	require.Equal(t, hs, TokenizerHash(spm))
}

// TestGeneratedBPEVocab: vocabularies beyond what the corpus yields are
// padded with UNUSED tokens after the learned ones and the control tokens.
func TestGeneratedBPEVocab(t *testing.T) {
	v, err := GeneratedBPEVocab(LearnedVocabMax+10, "smollm")
	require.NoError(t, err)
	require.Len(t, v.Tokens, LearnedVocabMax+10)
	require.Equal(t, "<|end_of_text|>", v.Tokens[v.EOS])
	require.Equal(t, "<unused_9>", v.Tokens[LearnedVocabMax+9])
	require.Equal(t, tokenizer.TypeUnused, v.Types[LearnedVocabMax])
	_, err = tokenizer.New(v)
	require.NoError(t, err)
	_, err = GeneratedBPEVocab(0, "smollm")
	require.ErrorIs(t, err, ErrUnsupported)
}
