package llama

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/tokenizer"
)

var (
	// ErrUnsupported is returned for a model the canonical runtime cannot run;
	// the wrapping error says exactly what and why.
	ErrUnsupported = errors.New("llama: unsupported model")
	// ErrNotCanonical is returned when loading a file that must be imported first.
	ErrNotCanonical = errors.New("llama: not a canonical model (run `airollup model import`)")
)

// Metadata keys.
const (
	keyArch         = "general.architecture"
	keyName         = "general.name"
	keyContext      = "llama.context_length"
	keyEmbed        = "llama.embedding_length"
	keyBlocks       = "llama.block_count"
	keyFF           = "llama.feed_forward_length"
	keyHeads        = "llama.attention.head_count"
	keyKVHeads      = "llama.attention.head_count_kv"
	keyRopeDims     = "llama.rope.dimension_count"
	keyRopeBase     = "llama.rope.freq_base"
	keyEps          = "llama.attention.layer_norm_rms_epsilon"
	keyKeyLen       = "llama.attention.key_length"
	keyValueLen     = "llama.attention.value_length"
	keyExperts      = "llama.expert_count"
	keyRopeScaling  = "llama.rope.scaling.type"
	keyRopeFactor   = "llama.rope.scaling.factor"
	keyTokModel     = "tokenizer.ggml.model"
	keyTokens       = "tokenizer.ggml.tokens"
	keyScores       = "tokenizer.ggml.scores"
	keyTokenType    = "tokenizer.ggml.token_type"
	keyBOS          = "tokenizer.ggml.bos_token_id"
	keyEOS          = "tokenizer.ggml.eos_token_id"
	keyUNK          = "tokenizer.ggml.unknown_token_id"
	keyAddBOS       = "tokenizer.ggml.add_bos_token"
	keyAddEOS       = "tokenizer.ggml.add_eos_token"
	keySpacePrefix  = "tokenizer.ggml.add_space_prefix"
	keyTokPre       = "tokenizer.ggml.pre"
	keyMerges       = "tokenizer.ggml.merges"
	keyCanonical    = "airollup.canonical_version"
	keyCanonContext = "airollup.context_length"
	keyCanonFF      = "airollup.feed_forward_length" // the width before import zero-padded llama.feed_forward_length
)

// KeyChatTemplate is the GGUF key of an instruct model's Jinja chat template
// (prover/chat renders it). Import carries it into the canonical file; it is
// not part of the model root: what a job commits is the rendered prompt's
// token ids (docs/protocol.md, "Chat prompts").
const KeyChatTemplate = "tokenizer.chat_template"

// CanonicalVersion is written to airollup.canonical_version by import and gen.
const CanonicalVersion = 1

// defaultEOS is the EOS id of a vocabulary without tokenizer.ggml.eos_token_id
// (llama.cpp's default for SentencePiece vocabularies: "</s>").
const defaultEOS = 2

// defaultBPESpecial is llama.cpp's default BOS and EOS id of a "gpt2"
// (byte-level BPE) vocabulary without the keys.
const defaultBPESpecial = 11

// defaultEOSOf is llama.cpp's default EOS id for the tokenizer model named
// by tokenizer.ggml.model.
func defaultEOSOf(f *gguf.File) int {
	if m, _ := f.GetString(keyTokModel); m == "gpt2" {
		return defaultBPESpecial
	}
	return defaultEOS
}

// noToken is the id GGUF files use for "no such token" (llama.cpp's
// LLAMA_TOKEN_NULL, -1, stored as uint32).
const noToken = 0xffffffff

// DefaultRopeBaseBits is 10000.0, llama.cpp's default RoPE base.
const DefaultRopeBaseBits = 0x461c4000

// Loaded is a model loaded for the canonical runtime.
type Loaded struct {
	Name      string
	Model     *canon.Model
	Tokenizer *tokenizer.Tokenizer
	Vocab     tokenizer.Vocab
	File      *gguf.File     // metadata and tensor infos; its tensor data is closed
	Types     map[string]int // tensor type name → count

	src *source // where the weights live (nil from FromFile)
}

// Options configure loading. The zero value is the default.
type Options struct {
	// MemoryBudget bounds, in bytes, the model's worst-case memory: its
	// weights as held after conversion, the RoPE table at full context, the
	// KV cache of one full-context session, and the vocabulary and metadata
	// (per token, plus three copies of the file's metadata: see
	// metadataCopies). A model over it is refused before anything is
	// allocated, with a *canon.BudgetError naming the GGUF key responsible. It also becomes the model's
	// per-session budget (canon.Model.MemoryBudget). 0 means
	// canon.DefaultMemoryBudget().
	MemoryBudget int64
}

// maxVocab is the largest vocabulary the canonical runtime accepts
// (canon.Config.Check).
const maxVocab = 1 << 21

// vocabTokenBytes is the memory the vocabulary and tokenizer hold per token
// (strings, scores, types, lookup maps), an upper estimate for the budget.
const vocabTokenBytes = 256

// options returns the first of opts, or the zero Options.
func options(opts []Options) Options {
	if len(opts) > 0 {
		return opts[0]
	}
	return Options{}
}

// CheckBudget returns a *canon.BudgetError if the worst-case memory of a
// model of configuration cfg (see Options.MemoryBudget) exceeds budget (≤ 0:
// canon.DefaultMemoryBudget()); tied says the output head is the embedding
// matrix, contextKey names the key the context length was read from. The
// error names the key behind the largest part: the context length for the
// RoPE table and KV cache, llama.embedding_length for the weights,
// tokenizer.ggml.tokens for the vocabulary. cfg must have passed Check.
func CheckBudget(cfg canon.Config, tied bool, contextKey string, budget int64) error {
	return checkBudget(cfg, tied, contextKey, budget, 0)
}

// metadataCopies is how many copies of a model's metadata a loaded model
// holds at worst: the parsed file keeps it in its file encoding, and the
// vocabulary and the tokenizer copy the token texts (ReadVocab's strings,
// the tokenizer's rendered pieces).
const metadataCopies = 3

// checkBudget is CheckBudget for a model whose metadata (the file's bytes
// before its tensor data) is metaBytes long: the vocabulary part counts
// metadataCopies of it besides vocabTokenBytes per token, so that long token
// texts or bulky metadata cannot pass under a per-token estimate.
func checkBudget(cfg canon.Config, tied bool, contextKey string, budget, metaBytes int64) error {
	if budget <= 0 {
		budget = canon.DefaultMemoryBudget()
	}
	need := cfg.Memory(tied)
	need.Vocab = int64(cfg.Vocab)*vocabTokenBytes + metadataCopies*metaBytes
	if need.Total() <= budget {
		return nil
	}
	e := &canon.BudgetError{Need: need, Budget: budget, Key: contextKey, Value: int64(cfg.Context)}
	if byContext := need.Rope + need.KV; need.Weights > byContext && need.Weights >= need.Vocab {
		e.Key, e.Value = keyEmbed, int64(cfg.Dim)
	} else if need.Vocab > byContext {
		e.Key, e.Value = keyTokens, int64(cfg.Vocab)
	}
	return e
}

func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnsupported, fmt.Sprintf(format, args...))
}

// Load reads a canonical GGUF file (as written by `airollup model gen` or
// `airollup model import`). The caller must Close the result. opts (at most
// one) sets the memory budget; a model over it is refused before its weights
// are touched. Weights are memory-mapped read-only and private when the file
// cannot change (a regular file on a read-only local file system), so resident memory is
// the file plus the KV cache, as in llama.cpp; otherwise they are copied into
// memory (see the package documentation for why). A file that changes while
// it is being loaded is refused with ErrChanged. Errors name path.
func Load(path string, opts ...Options) (*Loaded, error) {
	o := options(opts)
	f, data, src, err := openModel(path, o.MemoryBudget)
	if err != nil {
		return nil, err
	}
	l, err := fromFile(f, data, o)
	if err == nil {
		err = src.loaded()
	}
	if err != nil {
		src.close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	l.src = src
	return l, nil
}

// FromFile loads a canonical model from an open GGUF file, reading the
// weights into memory, under the memory budget of opts (at most one).
func FromFile(f *gguf.File, opts ...Options) (*Loaded, error) {
	return fromFile(f, nil, options(opts))
}

// fromFile loads the model of f, reading its weights with data, or copying
// them into memory (arenaReader) when data is nil.
func fromFile(f *gguf.File, data func(string) ([]byte, error), o Options) (*Loaded, error) {
	if v, ok := f.Get(keyCanonical); !ok {
		return nil, ErrNotCanonical
	} else if n, err := v.AsUint64(); err != nil || n != CanonicalVersion {
		return nil, fmt.Errorf("%w: %s = %v, want %d", ErrNotCanonical, keyCanonical, n, CanonicalVersion)
	}
	cfg, err := ReadConfig(f)
	if err != nil {
		return nil, err
	}
	if v, ok := f.Get(keyCanonContext); ok {
		n, err := v.AsUint64()
		if err != nil || n == 0 || n > uint64(cfg.Context) {
			return nil, unsupported("%s = %d must be 1..%d", keyCanonContext, n, cfg.Context)
		}
		cfg.Context = int(n)
	}
	_, untied := f.Tensor("output.weight")
	ctxKey := keyContext
	if _, ok := f.Get(keyCanonContext); ok {
		ctxKey = keyCanonContext
	}
	if err := checkBudget(cfg, !untied, ctxKey, o.MemoryBudget, f.DataOffset); err != nil {
		return nil, err
	}
	if data == nil {
		// The arena holds the file's Q8_0 matrices, at most as much as the
		// budget just counted for them.
		var q8 int64
		for _, t := range f.Tensors {
			if t.Type == gguf.TypeQ8_0 {
				q8 += int64(t.Size())
			}
		}
		data = arenaReader(f, min(q8, cfg.Memory(!untied).Weights))
	}
	if v, ok := f.Get(keyTokens); ok && v.Len() != cfg.Vocab { // before decoding them
		return nil, unsupported("tokenizer has %d tokens but token_embd has %d rows", v.Len(), cfg.Vocab)
	}
	vocab, err := ReadVocab(f)
	if err != nil {
		return nil, err
	}
	if len(vocab.Tokens) != cfg.Vocab {
		return nil, unsupported("tokenizer has %d tokens but token_embd has %d rows", len(vocab.Tokens), cfg.Vocab)
	}
	tok, err := tokenizer.New(vocab)
	if err != nil {
		return nil, err
	}
	l := &Loaded{Vocab: vocab, Tokenizer: tok, File: f, Types: map[string]int{}}
	l.Name, _ = f.GetString(keyName)
	for _, t := range f.Tensors {
		l.Types[t.Type.String()]++
	}
	m := &canon.Model{Config: cfg, TokenizerHash: TokenizerHash(vocab), MemoryBudget: o.MemoryBudget}
	if m.Embed, err = q8(f, data, "token_embd.weight", cfg.Vocab, cfg.Dim); err != nil {
		return nil, err
	}
	if _, ok := f.Tensor("output.weight"); ok {
		if m.Output, err = q8(f, data, "output.weight", cfg.Vocab, cfg.Dim); err != nil {
			return nil, err
		}
	} else {
		m.Output = m.Embed
	}
	if m.OutNorm, err = norm(f, "output_norm.weight", cfg.Dim); err != nil {
		return nil, err
	}
	kv := cfg.KVDim()
	for i := 0; i < cfg.Layers; i++ {
		p := fmt.Sprintf("blk.%d.", i)
		var b canon.Block
		for _, n := range []struct {
			dst  *[]int32
			name string
		}{{&b.AttnNorm, "attn_norm.weight"}, {&b.FFNNorm, "ffn_norm.weight"}} {
			if *n.dst, err = norm(f, p+n.name, cfg.Dim); err != nil {
				return nil, err
			}
		}
		for _, w := range []struct {
			dst        *canon.Q8Matrix
			name       string
			rows, cols int
		}{
			{&b.Wq, "attn_q.weight", cfg.Dim, cfg.Dim}, {&b.Wk, "attn_k.weight", kv, cfg.Dim},
			{&b.Wv, "attn_v.weight", kv, cfg.Dim}, {&b.Wo, "attn_output.weight", cfg.Dim, cfg.Dim},
			{&b.Wgate, "ffn_gate.weight", cfg.FFDim, cfg.Dim}, {&b.Wup, "ffn_up.weight", cfg.FFDim, cfg.Dim},
			{&b.Wdown, "ffn_down.weight", cfg.Dim, cfg.FFDim},
		} {
			if *w.dst, err = q8(f, data, p+w.name, w.rows, w.cols); err != nil {
				return nil, err
			}
		}
		m.Blocks = append(m.Blocks, b)
	}
	if err := checkPadding(m); err != nil {
		return nil, err
	}
	if m.RopeFreqs, err = ropeFreqs(f, cfg); err != nil {
		return nil, err
	}
	if err := m.Init(); err != nil {
		return nil, err
	}
	l.Model = m
	return l, nil
}

// ReadConfig reads and validates the LLaMA hyper-parameters of a GGUF file,
// refusing every architecture variant the canonical runtime does not run.
func ReadConfig(f *gguf.File) (canon.Config, error) {
	var c canon.Config
	arch, err := f.GetString(keyArch)
	if err != nil {
		return c, err
	}
	if arch != "llama" {
		return c, unsupported("%s = %q: only \"llama\" is supported", keyArch, arch)
	}
	get := func(key string, dst *int, required bool) error {
		v, ok := f.Get(key)
		if !ok {
			if required {
				return &gguf.KeyError{Key: key}
			}
			return nil
		}
		n, err := v.AsUint64()
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		if n > 1<<31 {
			return unsupported("%s = %d is too large", key, n)
		}
		*dst = int(n)
		return nil
	}
	for _, k := range []struct {
		key string
		dst *int
	}{{keyContext, &c.Context}, {keyEmbed, &c.Dim}, {keyBlocks, &c.Layers}, {keyFF, &c.FFDim}, {keyHeads, &c.Heads}} {
		if err := get(k.key, k.dst, true); err != nil {
			return c, err
		}
	}
	c.KVHeads = c.Heads
	if err := get(keyKVHeads, &c.KVHeads, false); err != nil {
		return c, err
	}
	if c.Heads == 0 || c.Dim%c.Heads != 0 {
		return c, unsupported("%s = %d does not divide %s = %d", keyHeads, c.Heads, keyEmbed, c.Dim)
	}
	hd := c.Dim / c.Heads
	c.RopeDims = hd
	if err := get(keyRopeDims, &c.RopeDims, false); err != nil {
		return c, err
	}
	for _, key := range []string{keyKeyLen, keyValueLen} {
		n := hd
		if err := get(key, &n, false); err != nil {
			return c, err
		}
		if n != hd {
			return c, unsupported("%s = %d differs from embedding/heads = %d (decoupled head sizes are not supported)", key, n, hd)
		}
	}
	experts := 0
	if err := get(keyExperts, &experts, false); err != nil {
		return c, err
	}
	if experts > 0 {
		return c, unsupported("%s = %d: mixture-of-experts models are not supported", keyExperts, experts)
	}
	if s, err := f.GetString(keyRopeScaling); err == nil && s != "none" && s != "" {
		factorOne := false
		if b, err := f.GetFloat32Bits(keyRopeFactor); err == nil && b == 0x3f800000 {
			factorOne = true
		}
		if !(s == "linear" && factorOne) {
			return c, unsupported("%s = %q: RoPE scaling is not supported", keyRopeScaling, s)
		}
	}
	for _, t := range f.Tensors {
		if strings.HasSuffix(t.Name, ".bias") {
			return c, unsupported("tensor %s: bias tensors are not part of the LLaMA architecture", t.Name)
		}
	}
	c.RopeBaseBits = DefaultRopeBaseBits
	if v, ok := f.Get(keyRopeBase); ok {
		if c.RopeBaseBits, err = v.Float32Bits(); err != nil {
			return c, fmt.Errorf("%s: %w", keyRopeBase, err)
		}
	}
	if c.NormEpsBits, err = f.GetFloat32Bits(keyEps); err != nil {
		return c, err
	}
	emb, ok := f.Tensor("token_embd.weight")
	if !ok || len(emb.Dims) != 2 {
		return c, unsupported("tensor token_embd.weight is missing or not 2-D")
	}
	if emb.Dims[1] > maxVocab {
		return c, unsupported("vocabulary of %d tokens exceeds %d", emb.Dims[1], maxVocab)
	}
	c.Vocab = int(emb.Dims[1])
	// The EOS token jobs stop at: ReadVocab's, with its default when the key
	// is absent (none when that default is outside the vocabulary); 0xffffffff
	// (llama.cpp's LLAMA_TOKEN_NULL, what Generate writes for canon.NoEOS)
	// means none.
	c.EOS = canon.NoEOS
	if v, ok := f.Get(keyEOS); ok {
		n, err := v.AsUint64()
		if err == nil && n == noToken {
			return finishConfig(f, c)
		}
		if err != nil || n >= uint64(c.Vocab) {
			return c, unsupported("%s = %d is outside the vocabulary of %d tokens", keyEOS, n, c.Vocab)
		}
		c.EOS = int(n)
	} else if def := defaultEOSOf(f); def < c.Vocab {
		c.EOS = def
	}
	return finishConfig(f, c)
}

// finishConfig pads c's feed-forward width (padFF) and checks c naming keys.
func finishConfig(f *gguf.File, c canon.Config) (canon.Config, error) {
	if err := padFF(f, &c); err != nil {
		return c, err
	}
	return c, checkConfig(c)
}

// padFF zero-pads a feed-forward width that is not a multiple of 32 (the
// canonical runtime's block) to the next multiple, which leaves the function
// unchanged (see Import), recording the width read in FFUnpadded; a file
// written by import carries the padded width and the unpadded one in
// airollup.feed_forward_length.
func padFF(f *gguf.File, c *canon.Config) error {
	if r := c.FFDim % canon.BlockSize; r != 0 {
		c.FFUnpadded, c.FFDim = c.FFDim, c.FFDim+canon.BlockSize-r
	}
	v, ok := f.Get(keyCanonFF)
	if !ok {
		return nil
	}
	n, err := v.AsUint64()
	if err != nil {
		return fmt.Errorf("%s: %w", keyCanonFF, err)
	}
	if c.FFUnpadded != 0 || n >= uint64(c.FFDim) || n+canon.BlockSize <= uint64(c.FFDim) {
		return unsupported("%s = %d must be below %s = %d, a multiple of 32, by less than 32", keyCanonFF, n, keyFF, c.FFDim)
	}
	c.FFUnpadded = int(n)
	return nil
}

// checkConfig is c.Check naming the GGUF key or tensor behind each limit
// (the field names of canon.Config mean nothing to the file's owner).
func checkConfig(c canon.Config) error {
	bad := func(key string, v int, why string) error {
		return unsupported("%s = %d %s", key, v, why)
	}
	switch {
	case c.Dim <= 0 || c.Dim%canon.BlockSize != 0 || c.Dim > canon.MaxDim:
		return bad(keyEmbed, c.Dim, fmt.Sprintf("must be a positive multiple of 32 up to %d "+
			"(zero-padding the embedding would change RMSNorm and attention)", canon.MaxDim))
	case c.Layers <= 0 || c.Layers > 1<<10:
		return bad(keyBlocks, c.Layers, "must be 1..1024")
	case c.Heads <= 0 || c.Dim%c.Heads != 0 || c.HeadDim()%2 != 0:
		return bad(keyHeads, c.Heads, fmt.Sprintf("must divide %s = %d into heads of an even size", keyEmbed, c.Dim))
	case c.KVHeads <= 0 || c.Heads%c.KVHeads != 0:
		return bad(keyKVHeads, c.KVHeads, fmt.Sprintf("must divide %s = %d", keyHeads, c.Heads))
	case c.FFDim <= 0 || c.FFDim > canon.MaxFFDim:
		ff := c.FFDim
		if c.FFUnpadded != 0 {
			ff = c.FFUnpadded // the file's value
		}
		return bad(keyFF, ff, fmt.Sprintf("must be 1..%d", canon.MaxFFDim))
	case c.Vocab <= 0:
		return unsupported("tensor token_embd.weight has no rows")
	case c.Context <= 0 || c.Context > 1<<20:
		return bad(keyContext, c.Context, "must be 1..1048576")
	case c.RopeDims <= 0 || c.RopeDims%2 != 0 || c.RopeDims > c.HeadDim() || c.RopeDims > 1<<12:
		return bad(keyRopeDims, c.RopeDims, fmt.Sprintf("must be even and at most the head size %d and 4096", c.HeadDim()))
	case c.RopeBaseBits <= 0x3f800000 || c.RopeBaseBits >= 0x7f800000:
		return unsupported("%s bits %#08x must be a finite number > 1", keyRopeBase, c.RopeBaseBits)
	}
	if eps, err := canon.F32BitsToFixed(c.NormEpsBits, 32); err != nil || eps < 0 {
		return unsupported("%s bits %#08x must be a finite number ≥ 0 below 2^30", keyEps, c.NormEpsBits)
	}
	return c.Check() // nothing left to fail; kept as the runtime's own guard
}

// ReadVocab reads the vocabulary of a GGUF file, SentencePiece ("llama") or
// byte-level BPE ("gpt2", with tokenizer.ggml.pre and tokenizer.ggml.merges),
// applying llama.cpp's defaults for absent keys: for "llama" BOS 1, EOS 2,
// UNK 0, add_bos true, add_space_prefix true; for "gpt2" BOS and EOS 11, no
// UNK, add_bos true only for Llama 3's pre-tokenizer, add_space_prefix
// false; add_eos false for both. A pre-tokenizer or model tokenizer.New does
// not support is refused there, by name.
func ReadVocab(f *gguf.File) (tokenizer.Vocab, error) {
	var v tokenizer.Vocab
	var err error
	v.Name, _ = f.GetString(keyName) // llama.cpp special-cases some model names
	if v.Model, err = f.GetString(keyTokModel); err != nil {
		return v, err
	}
	bpe := v.Model == "gpt2"
	if bpe {
		if v.Pre, err = f.GetString(keyTokPre); err != nil && !errors.Is(err, gguf.ErrMissingKey) {
			return v, err
		}
		if v.Merges, err = f.GetStrings(keyMerges); err != nil {
			return v, err
		}
	}
	if v.Tokens, err = f.GetStrings(keyTokens); err != nil {
		return v, err
	}
	if v.ScoreBits, err = f.GetFloat32BitsArray(keyScores); err != nil {
		if !errors.Is(err, gguf.ErrMissingKey) {
			return v, err
		}
		v.ScoreBits = make([]uint32, len(v.Tokens))
	}
	if v.Types, err = f.GetInt32s(keyTokenType); err != nil {
		if !errors.Is(err, gguf.ErrMissingKey) {
			return v, err
		}
		v.Types = make([]int32, len(v.Tokens))
		for i := range v.Types {
			v.Types[i] = 1
		}
	}
	// A special id: absent → its default (none, -1, when the default is
	// outside the vocabulary); 0xffffffff → none.
	id := func(key string, def int32) (int32, error) {
		val, ok := f.Get(key)
		if !ok {
			if int(def) >= len(v.Tokens) {
				return -1, nil
			}
			return def, nil
		}
		n, err := val.AsUint64()
		if err == nil && n == noToken {
			return -1, nil
		}
		if err != nil || n >= uint64(len(v.Tokens)) {
			return 0, unsupported("%s = %d is outside the vocabulary of %d tokens", key, n, len(v.Tokens))
		}
		return int32(n), nil
	}
	defBOS, defEOS, defUNK := int32(1), int32(defaultEOS), int32(0)
	if bpe {
		defBOS, defEOS, defUNK = defaultBPESpecial, defaultBPESpecial, -1
	}
	if v.BOS, err = id(keyBOS, defBOS); err != nil {
		return v, err
	}
	if v.EOS, err = id(keyEOS, defEOS); err != nil {
		return v, err
	}
	if v.UNK, err = id(keyUNK, defUNK); err != nil {
		return v, err
	}
	flag := func(key string, def bool) bool {
		b, err := f.GetBool(key)
		if err != nil {
			return def
		}
		return b
	}
	v.AddBOS = flag(keyAddBOS, tokenizer.DefaultAddBOS(v.Model, v.Pre))
	v.AddEOS = flag(keyAddEOS, false)
	v.AddSpacePrefix = flag(keySpacePrefix, !bpe)
	return v, nil
}

// TokenizerHash commits to a vocabulary: keccak256 over the tokenizer model
// and the general.name (llama.cpp special-cases some names), every token (be32
// length ‖ bytes ‖ be32 score bits ‖ be32 type), the special ids and the
// flags; for a byte-level BPE ("gpt2") vocabulary it goes on with the
// pre-tokenizer name (be32 length ‖ bytes) and the merge rules (be32 count,
// then be32 length ‖ bytes of each, in rank order). A SentencePiece
// vocabulary's hash has no such suffix, so it is unchanged from before BPE
// support (see docs/protocol.md, "Model root").
func TokenizerHash(v tokenizer.Vocab) merkle.Hash {
	var buf []byte
	be := func(x uint32) { buf = binary.BigEndian.AppendUint32(buf, x) }
	be(uint32(len(v.Model)))
	buf = append(buf, v.Model...)
	be(uint32(len(v.Name)))
	buf = append(buf, v.Name...)
	be(uint32(len(v.Tokens)))
	for i, t := range v.Tokens {
		be(uint32(len(t)))
		buf = append(buf, t...)
		be(v.ScoreBits[i])
		be(uint32(v.Types[i]))
	}
	for _, x := range []int32{v.BOS, v.EOS, v.UNK} {
		be(uint32(x))
	}
	for _, b := range []bool{v.AddBOS, v.AddEOS, v.AddSpacePrefix} {
		if b {
			be(1)
		} else {
			be(0)
		}
	}
	if v.Model == "gpt2" {
		be(uint32(len(v.Pre)))
		buf = append(buf, v.Pre...)
		be(uint32(len(v.Merges)))
		for _, m := range v.Merges {
			be(uint32(len(m)))
			buf = append(buf, m...)
		}
	}
	return merkle.Keccak(buf)
}

// q8 reads a Q8_0 matrix of rows×cols (GGUF dims [cols, rows]).
func q8(f *gguf.File, read func(string) ([]byte, error), name string, rows, cols int) (canon.Q8Matrix, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return canon.Q8Matrix{}, unsupported("tensor %s is missing", name)
	}
	if t.Type != gguf.TypeQ8_0 {
		return canon.Q8Matrix{}, fmt.Errorf("%w: tensor %s is %s, canonical models store 2-D weights as Q8_0",
			ErrNotCanonical, name, t.Type)
	}
	if len(t.Dims) != 2 || t.Dims[0] != uint64(cols) || t.Dims[1] != uint64(rows) {
		return canon.Q8Matrix{}, fmt.Errorf("%w: tensor %s has dims %v, want [%d %d]", canon.ErrShape, name, t.Dims, cols, rows)
	}
	data, err := read(name)
	if err != nil {
		return canon.Q8Matrix{}, err
	}
	return canon.Q8Matrix{Name: name, Rows: rows, Cols: cols, Data: data}, nil
}

// norm reads an F32 norm vector and converts it to Q16.16 exactly (round to nearest).
func norm(f *gguf.File, name string, n int) ([]int32, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, unsupported("tensor %s is missing", name)
	}
	if t.Type != gguf.TypeF32 || len(t.Dims) != 1 || t.Dims[0] != uint64(n) {
		return nil, fmt.Errorf("%w: tensor %s is %s %v, want F32 [%d]", canon.ErrShape, name, t.Type, t.Dims, n)
	}
	data, err := f.TensorData(name)
	if err != nil {
		return nil, err
	}
	bits, err := gguf.F32Bits(data)
	if err != nil {
		return nil, err
	}
	out := make([]int32, n)
	for i, b := range bits {
		v, err := canon.F32BitsToFixed(b, canon.ActFrac)
		if err != nil || v > 1<<31-1 || v < -1<<31 {
			return nil, unsupported("tensor %s element %d (fp32 bits %#08x) does not fit Q16.16", name, i, b)
		}
		out[i] = int32(v)
	}
	return out, nil
}

// ropeFreqsTensor holds LLaMA 3.1's per-pair RoPE frequency factors
// (llama.cpp's freq_factors), when a file has them.
const ropeFreqsTensor = "rope_freqs.weight"

// ropeFreqs returns the fp32 bits of the file's rope_freqs.weight, nil when
// it has none: an F32 tensor of llama.rope.dimension_count/2 elements, each
// a finite factor in [1, 2^24] (canon.NewRopeTableFactors).
func ropeFreqs(f *gguf.File, cfg canon.Config) ([]uint32, error) {
	t, ok := f.Tensor(ropeFreqsTensor)
	if !ok {
		return nil, nil
	}
	n := cfg.RopeDims / 2
	if t.Type != gguf.TypeF32 || len(t.Dims) != 1 || t.Dims[0] != uint64(n) {
		return nil, fmt.Errorf("%w: tensor %s is %s %v, want F32 [%d] (%s / 2)", canon.ErrShape, ropeFreqsTensor,
			t.Type, t.Dims, n, keyRopeDims)
	}
	data, err := f.TensorData(ropeFreqsTensor)
	if err != nil {
		return nil, err
	}
	bits, err := gguf.F32Bits(data)
	if err != nil {
		return nil, err
	}
	for i, b := range bits {
		if b < 0x3f800000 || b > canon.MaxRopeFactorBits { // positive fp32 order is integer order
			return nil, unsupported("tensor %s element %d (fp32 bits %#08x) must be a finite factor in [1, 2^24]",
				ropeFreqsTensor, i, b)
		}
	}
	return bits, nil
}

// checkPadding refuses a model whose feed-forward padding (FFUnpadded ≠ 0)
// is not zero: the rows FFUnpadded.. of ffn_gate and ffn_up and the columns
// FFUnpadded.. of ffn_down, so that the recorded width tells the truth.
func checkPadding(m *canon.Model) error {
	u := m.FFUnpadded
	if u == 0 {
		return nil
	}
	for _, b := range m.Blocks {
		for _, w := range []*canon.Q8Matrix{&b.Wgate, &b.Wup} {
			for r := u; r < w.Rows; r++ {
				if slices.ContainsFunc(w.Row(r), func(c byte) bool { return c != 0 }) {
					return unsupported("tensor %s row %d is not zero, but %s = %d makes it padding", w.Name, r, keyCanonFF, u)
				}
			}
		}
		w := &b.Wdown
		last := (u / canon.BlockSize) * canon.BlockBytes // the block holding column u
		for r := 0; r < w.Rows; r++ {
			row := w.Row(r)
			for c := u; c < w.Cols; c++ {
				if row[last+2+c-u/canon.BlockSize*canon.BlockSize] != 0 {
					return unsupported("tensor %s row %d column %d is not zero, but %s = %d makes it padding", w.Name, r, c, keyCanonFF, u)
				}
			}
		}
	}
	return nil
}
