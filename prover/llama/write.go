package llama

import (
	"context"
	"fmt"
	"math/bits"

	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// Header describes the metadata written for a canonical model.
type Header struct {
	Name                                         string
	Context                                      int // llama.context_length
	CanonContext                                 int // airollup.context_length (0: same as Context)
	Dim, Layers, Heads, KVHeads, FFDim, RopeDims int
	FFUnpadded                                   int // airollup.feed_forward_length when import padded FFDim; 0: none
	RopeBaseBits, NormEpsBits                    uint32
	ChatTemplate                                 string // tokenizer.chat_template; "": none
}

// setMetadata writes the llama.* and tokenizer.* keys in llama.cpp's order.
func setMetadata(w *gguf.Writer, h Header, v tokenizer.Vocab) {
	w.SetKV(keyArch, gguf.StringValue("llama"))
	w.SetKV(keyName, gguf.StringValue(h.Name))
	w.SetKV(keyContext, gguf.Uint32Value(uint32(h.Context)))
	w.SetKV(keyEmbed, gguf.Uint32Value(uint32(h.Dim)))
	w.SetKV(keyBlocks, gguf.Uint32Value(uint32(h.Layers)))
	w.SetKV(keyFF, gguf.Uint32Value(uint32(h.FFDim)))
	w.SetKV(keyHeads, gguf.Uint32Value(uint32(h.Heads)))
	w.SetKV(keyKVHeads, gguf.Uint32Value(uint32(h.KVHeads)))
	w.SetKV(keyRopeDims, gguf.Uint32Value(uint32(h.RopeDims)))
	w.SetKV(keyRopeBase, gguf.Float32BitsValue(h.RopeBaseBits))
	w.SetKV(keyEps, gguf.Float32BitsValue(h.NormEpsBits))
	w.SetKV("general.file_type", gguf.Uint32Value(7)) // LLAMA_FTYPE_MOSTLY_Q8_0
	w.SetKV(keyCanonical, gguf.Uint32Value(CanonicalVersion))
	if h.CanonContext > 0 {
		w.SetKV(keyCanonContext, gguf.Uint32Value(uint32(h.CanonContext)))
	}
	if h.FFUnpadded > 0 {
		w.SetKV(keyCanonFF, gguf.Uint32Value(uint32(h.FFUnpadded)))
	}
	w.SetKV(keyTokModel, gguf.StringValue(v.Model))
	if v.Model == "gpt2" {
		w.SetKV(keyTokPre, gguf.StringValue(v.Pre))
	}
	w.SetKV(keyTokens, gguf.StringArrayValue(v.Tokens))
	w.SetKV(keyScores, gguf.Float32BitsArrayValue(v.ScoreBits))
	w.SetKV(keyTokenType, gguf.Int32ArrayValue(v.Types))
	if v.Model == "gpt2" {
		w.SetKV(keyMerges, gguf.StringArrayValue(v.Merges))
	}
	w.SetKV(keyBOS, gguf.Uint32Value(uint32(v.BOS)))
	w.SetKV(keyEOS, gguf.Uint32Value(uint32(v.EOS)))
	w.SetKV(keyUNK, gguf.Uint32Value(uint32(v.UNK)))
	w.SetKV(keyAddBOS, gguf.BoolValue(v.AddBOS))
	w.SetKV(keyAddEOS, gguf.BoolValue(v.AddEOS))
	w.SetKV(keySpacePrefix, gguf.BoolValue(v.AddSpacePrefix))
	if h.ChatTemplate != "" {
		w.SetKV(KeyChatTemplate, gguf.StringValue(h.ChatTemplate))
	}
}

// Generate writes a deterministic random model for spec, with a vocabulary
// learned from the built-in corpus, to path. The spec and its worst-case
// memory (under the budget of opts, at most one; see Options) are checked
// before anything is generated.
func Generate(path string, spec modelgen.Spec, opts ...Options) error {
	return GenerateContext(context.Background(), path, spec, opts...)
}

// GenerateContext is Generate whose write stops when ctx is done, leaving
// no temporary file and path as it was (see gguf.Writer.WriteFileContext).
func GenerateContext(ctx context.Context, path string, spec modelgen.Spec, opts ...Options) error {
	if err := spec.Check(); err != nil {
		return err
	}
	if err := CheckBudget(spec.Config(), false, keyContext, options(opts).MemoryBudget); err != nil {
		return err
	}
	vocab, err := GeneratedVocab(spec.Vocab)
	if err != nil {
		return err
	}
	return generate(ctx, path, spec, vocab)
}

// GenerateWithVocab is GenerateContext with the given vocabulary instead of
// GeneratedVocab's, e.g. a byte-level BPE one from tokenizer.BuildBPEVocab.
// The vocabulary must pass tokenizer.New and have spec.Vocab tokens; the
// file's EOS (and so the canonical configuration's) is the vocabulary's.
func GenerateWithVocab(ctx context.Context, path string, spec modelgen.Spec, vocab tokenizer.Vocab, opts ...Options) error {
	if err := spec.Check(); err != nil {
		return err
	}
	if err := CheckBudget(spec.Config(), false, keyContext, options(opts).MemoryBudget); err != nil {
		return err
	}
	if _, err := tokenizer.New(vocab); err != nil {
		return err
	}
	if len(vocab.Tokens) != spec.Vocab {
		return unsupported("vocabulary has %d tokens but the spec %d", len(vocab.Tokens), spec.Vocab)
	}
	return generate(ctx, path, spec, vocab)
}

func generate(ctx context.Context, path string, spec modelgen.Spec, vocab tokenizer.Vocab) error {
	tensors, err := spec.Tensors()
	if err != nil {
		return err
	}
	h := SpecHeader(fmt.Sprintf("airollup-gen-%dd-%dl-seed%d", spec.Dim, spec.Layers, spec.Seed), spec)
	return WriteTensors(ctx, path, h, vocab, tensors)
}

// SpecHeader returns the header of a model of spec named name (the metadata
// generated models carry).
func SpecHeader(name string, spec modelgen.Spec) Header {
	cfg := spec.Config()
	return Header{
		Name: name, Context: spec.Context, Dim: cfg.Dim, Layers: cfg.Layers, Heads: cfg.Heads, KVHeads: cfg.KVHeads,
		FFDim: cfg.FFDim, RopeDims: cfg.RopeDims, RopeBaseBits: cfg.RopeBaseBits, NormEpsBits: cfg.NormEpsBits,
	}
}

// WriteTensors writes a canonical model — the metadata of h and vocab, then
// tensors in order (Q8_0 matrices, F32 norm weights) — to path, stopping
// when ctx is done as GenerateContext does. The trainer's export uses it.
func WriteTensors(ctx context.Context, path string, h Header, vocab tokenizer.Vocab, tensors []modelgen.Tensor) error {
	w := gguf.NewWriter()
	setMetadata(w, h, vocab)
	for _, t := range tensors {
		if t.Norm != nil {
			if err := w.AddTensor(t.Name, gguf.TypeF32, t.Dims, f32Bytes(t.Norm)); err != nil {
				return err
			}
			continue
		}
		if err := w.AddTensor(t.Name, gguf.TypeQ8_0, t.Dims, t.Q8); err != nil {
			return err
		}
	}
	return w.WriteFileContext(ctx, path)
}

// LearnedVocabMax is the most pieces GeneratedVocab learns from the built-in
// corpus; larger vocabularies are padded with reserved tokens.
const LearnedVocabMax = 4096

// GeneratedVocab returns the vocabulary of generated models: up to
// LearnedVocabMax tokens learned from the built-in corpus (byte tokens plus
// merged pieces), padded to size with reserved "<unused_N>" tokens of type
// UNUSED — as real vocabularies reserve special tokens — so large
// vocabularies keep their shape while text still round-trips.
func GeneratedVocab(size int) (tokenizer.Vocab, error) {
	if size <= 0 || size > maxVocab {
		return tokenizer.Vocab{}, unsupported("vocabulary of %d tokens must be 1..%d", size, maxVocab)
	}
	v, err := tokenizer.BuildVocab(tokenizer.DefaultCorpus(), min(size, LearnedVocabMax))
	if err != nil {
		return v, err
	}
	for i := len(v.Tokens); i < size; i++ {
		v.Tokens = append(v.Tokens, fmt.Sprintf("<unused_%d>", i-LearnedVocabMax))
		v.ScoreBits = append(v.ScoreBits, 0)
		v.Types = append(v.Types, 5) // UNUSED
	}
	return v, nil
}

// GeneratedBPEVocab is GeneratedVocab for a GPT-2-style byte-level BPE
// ("gpt2") vocabulary with the pre-tokenizer pre (one of
// tokenizer.PreTokenizers): up to LearnedVocabMax tokens from
// tokenizer.BuildBPEVocab on the built-in corpus (the 256 byte tokens, the
// learned pieces and three control tokens, BOS and EOS among them), padded
// to size with "<unused_N>" tokens of type UNUSED.
func GeneratedBPEVocab(size int, pre string) (tokenizer.Vocab, error) {
	if size <= 0 || size > maxVocab {
		return tokenizer.Vocab{}, unsupported("vocabulary of %d tokens must be 1..%d", size, maxVocab)
	}
	v, err := tokenizer.BuildBPEVocab(tokenizer.DefaultCorpus(), min(size, LearnedVocabMax), pre)
	if err != nil {
		return v, err
	}
	for i := len(v.Tokens); i < size; i++ {
		v.Tokens = append(v.Tokens, fmt.Sprintf("<unused_%d>", i-LearnedVocabMax))
		v.ScoreBits = append(v.ScoreBits, 0)
		v.Types = append(v.Types, tokenizer.TypeUnused)
	}
	return v, nil
}

// f32Bytes encodes Q16.16 values as little-endian fp32 (exact for |v| < 2^24).
func f32Bytes(v []int32) []byte {
	out := make([]byte, 4*len(v))
	for i, x := range v {
		b := FixedToF32Bits(int64(x), 16)
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(b), byte(b>>8), byte(b>>16), byte(b>>24)
	}
	return out
}

// FixedToF32Bits returns the fp32 bits of v/2^frac, exactly when v has at
// most 24 significant bits (otherwise truncated toward zero).
func FixedToF32Bits(v int64, frac int) uint32 {
	if v == 0 {
		return 0
	}
	var sign uint32
	u := uint64(v)
	if v < 0 {
		sign, u = 1<<31, uint64(-v)
	}
	n := bits.Len64(u) // value = u·2^-frac, u in [2^(n-1), 2^n)
	exp := n - 1 - frac
	var mant uint64
	if n > 24 {
		mant = u >> uint(n-24)
	} else {
		mant = u << uint(24-n)
	}
	return sign | uint32(exp+127)<<23 | uint32(mant)&0x7fffff
}
