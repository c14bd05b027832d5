package tokenizer

import (
	"math"
	"strconv"
	"strings"
)

// Token types, the values of the GGUF array tokenizer.ggml.token_type
// (llama.cpp's enum llama_token_type).
const (
	TypeUndefined   int32 = 0 // rendered as nothing, like llama.cpp's LLAMA_TOKEN_ATTR_UNDEFINED
	TypeNormal      int32 = 1 // a text piece; "▁" stands for a space
	TypeUnknown     int32 = 2 // the unknown token, e.g. "<unk>"
	TypeControl     int32 = 3 // a control token, e.g. "<s>", "</s>"
	TypeUserDefined int32 = 4 // a piece matched verbatim in the input before SPM runs
	TypeUnused      int32 = 5 // a reserved slot, rendered as nothing
	TypeByte        int32 = 6 // a byte-fallback token "<0xHH>"
)

// Token attributes, llama.cpp's enum llama_token_attr. Only the bits the SPM
// tokenizer looks at are named.
const (
	attrUnknown     uint16 = 1 << 0
	attrUnused      uint16 = 1 << 1
	attrNormal      uint16 = 1 << 2
	attrControl     uint16 = 1 << 3
	attrUserDefined uint16 = 1 << 4
	attrByte        uint16 = 1 << 5
	attrLStrip      uint16 = 1 << 7
	attrRStrip      uint16 = 1 << 8
)

// spaceEscape is U+2581 LOWER ONE EIGHTH BLOCK, SentencePiece's stand-in for
// a space.
const spaceEscape = "\u2581"

// Vocab is a tokenizer vocabulary as stored in GGUF metadata (the
// tokenizer.ggml.* keys). A GGUF reader fills it in, applying llama.cpp's
// defaults for absent keys; those defaults are given on each field.
type Vocab struct {
	// Model is tokenizer.ggml.model: "llama" (SentencePiece) or "gpt2"
	// (GPT-2-style byte-level BPE, as Llama 3's).
	Model string
	// Pre is tokenizer.ggml.pre, the pre-tokenizer of a "gpt2" vocabulary
	// (one of PreTokenizers; empty when the key is absent, which llama.cpp
	// treats as "default"). Ignored for "llama".
	Pre string
	// Merges is tokenizer.ggml.merges, the BPE merge rules of a "gpt2"
	// vocabulary, "left right" with the rank of each its index. Required
	// (non-empty) for "gpt2"; ignored for "llama".
	Merges []string
	// Tokens is tokenizer.ggml.tokens: the text of each token, indexed by id.
	// llama.cpp reads each one as a C string, so a NUL byte ends it, and
	// replaces an empty string by "[EMPTY_<id>]"; New does the same.
	// Duplicate strings are rejected, as llama.cpp refuses to load them.
	Tokens []string
	// ScoreBits is tokenizer.ggml.scores as raw IEEE-754 binary32 bits, one
	// per token (all zero when the key is absent). NaN is rejected.
	ScoreBits []uint32
	// Types is tokenizer.ggml.token_type, one Type* value per token (all
	// TypeNormal when the key is absent).
	Types []int32
	// BOS, EOS and UNK are tokenizer.ggml.bos_token_id, eos_token_id and
	// unknown_token_id, or -1 when there is none. llama.cpp's defaults for
	// "llama" are 1, 2 and 0, for "gpt2" 11, 11 and none (each disabled when
	// not below the vocabulary size).
	BOS, EOS, UNK int32
	// AddBOS and AddEOS are tokenizer.ggml.add_bos_token and add_eos_token;
	// llama.cpp's defaults are DefaultAddBOS(Model, Pre) and false.
	AddBOS, AddEOS bool
	// AddSpacePrefix is tokenizer.ggml.add_space_prefix; llama.cpp's default
	// for "llama" is true, for "gpt2" false. A "gpt2" vocabulary never adds
	// the space when encoding; with the flag set, Detokenize still strips
	// one leading space, as llama.cpp does.
	AddSpacePrefix bool
	// Name is general.name (may be empty). llama.cpp gives special tokens
	// whitespace-stripping attributes by model name: for a name containing
	// "phi-3" or "phi3" (ASCII case-insensitive) whitespace after special
	// tokens is dropped; for "modern-bert", whitespace before "[MASK]".
	Name string
}

// Tokenizer encodes text to token ids and back exactly as llama.cpp does for
// a "llama" (SPM) or "gpt2" (byte-level BPE) vocabulary. It is immutable and
// safe for concurrent use.
type Tokenizer struct {
	bpe    *bpeData         // nil for an SPM vocabulary
	texts  []string         // token texts, after the [EMPTY_i] renaming
	keys   []uint32         // order-preserving keys of the scores
	attrs  []uint16         // llama.cpp token attributes
	pieces []string         // token_to_piece(id, special=true), llama.cpp's cache_token_to_piece
	ids    map[string]int32 // llama.cpp's token_to_id
	// bytes maps a byte to its fallback token: "<0xHH>", else the one-byte
	// string, else UNK.
	bytes [256]int32
	// special lists the tokens llama.cpp's tokenizer_st_partition matches
	// verbatim (CONTROL, USER_DEFINED, UNKNOWN), longest text first.
	special []int32
	// hasUserDefined reports whether special holds a USER_DEFINED token, the
	// only kind matched when parse_special is false.
	hasUserDefined bool
	maxLen         int // length in bytes of the longest token text
	bos, eos, unk  int32
	addBOS, addEOS bool
	addSpacePrefix bool
}

// New validates v and builds its tokenizer. It rejects, with a *VocabError
// naming the field, the index and the limit: a model other than "llama" or
// "gpt2", or a "gpt2" vocabulary whose Pre is not one of PreTokenizers
// (Field "Pre"; both wrapping ErrUnsupportedModel); a "gpt2" vocabulary
// without merges, or with a NORMAL token whose text holds a codepoint above
// U+10FFFF (llama.cpp's loader throws on it); an empty vocabulary or one of more than
// 2^31-1 tokens; ScoreBits or Types of another length than Tokens; a NaN
// score; a type outside 0..6; a BYTE token whose text is not "<0xHH>"; a
// duplicate token string; BOS, EOS or UNK outside [-1, size); AddBOS or
// AddEOS without the token; and an SPM vocabulary in which some byte has no
// fallback token ("<0xHH>" or the one-byte string) while UNK is -1 (llama.cpp
// would throw std::out_of_range when such a byte is tokenized).
func New(v Vocab) (*Tokenizer, error) {
	var bpe *bpeData
	switch v.Model {
	case "llama":
	case "gpt2":
		var err error
		if bpe, err = newBPE(v.Pre, v.Merges); err != nil {
			return nil, err
		}
	default:
		return nil, &VocabError{Field: "Model", Index: -1,
			Detail: "tokenizer.ggml.model " + strconv.Quote(v.Model) + " is not supported (only \"llama\" and \"gpt2\")",
			Err:    ErrUnsupportedModel}
	}
	n := len(v.Tokens)
	if n == 0 {
		return nil, invalid("Tokens", -1, "empty vocabulary")
	}
	if n > math.MaxInt32 {
		return nil, invalid("Tokens", -1, "%d tokens, more than the limit %d", n, math.MaxInt32)
	}
	if len(v.ScoreBits) != n {
		return nil, invalid("ScoreBits", -1, "length %d, want %d (len(Tokens))", len(v.ScoreBits), n)
	}
	if len(v.Types) != n {
		return nil, invalid("Types", -1, "length %d, want %d (len(Tokens))", len(v.Types), n)
	}
	t := &Tokenizer{
		bpe:            bpe,
		texts:          make([]string, n),
		keys:           make([]uint32, n),
		attrs:          make([]uint16, n),
		pieces:         make([]string, n),
		ids:            make(map[string]int32, n),
		bos:            v.BOS,
		eos:            v.EOS,
		unk:            v.UNK,
		addBOS:         v.AddBOS,
		addEOS:         v.AddEOS,
		addSpacePrefix: v.AddSpacePrefix,
	}
	for i, text := range v.Tokens {
		// llama.cpp copies each token from a C string, so a NUL byte ends
		// it; an empty token is renamed.
		if nul := strings.IndexByte(text, 0); nul >= 0 {
			text = text[:nul]
		}
		if text == "" {
			text = "[EMPTY_" + strconv.Itoa(i) + "]"
		}
		if j, dup := t.ids[text]; dup {
			return nil, invalid("Tokens", i, "duplicate token %q, also id %d", text, j)
		}
		t.ids[text] = int32(i)
		t.texts[i] = text
		t.maxLen = max(t.maxLen, len(text))

		bits := v.ScoreBits[i]
		if bits&0x7f800000 == 0x7f800000 && bits&0x007fffff != 0 {
			return nil, invalid("ScoreBits", i, "score is NaN (bits %#08x)", bits)
		}
		t.keys[i] = scoreKey(bits)

		switch typ := v.Types[i]; typ {
		case TypeUndefined:
		case TypeNormal:
			t.attrs[i] = attrNormal
		case TypeUnknown:
			t.attrs[i] = attrUnknown
		case TypeControl:
			t.attrs[i] = attrControl
		case TypeUserDefined:
			t.attrs[i] = attrUserDefined
		case TypeUnused:
			t.attrs[i] = attrUnused
		case TypeByte:
			if _, ok := parseByteToken(text); !ok {
				return nil, invalid("Tokens", i, "BYTE token %q is not of the form <0xHH>", text)
			}
			t.attrs[i] = attrByte
		default:
			return nil, invalid("Types", i, "token type %d outside 0..6", typ)
		}
	}
	for _, f := range []struct {
		name string
		id   int32
	}{{"BOS", v.BOS}, {"EOS", v.EOS}, {"UNK", v.UNK}} {
		if f.id < -1 || int(f.id) >= n {
			return nil, invalid(f.name, -1, "token id %d outside [-1, %d)", f.id, n)
		}
	}
	if v.AddBOS && v.BOS < 0 {
		return nil, invalid("BOS", -1, "AddBOS is true but there is no BOS token")
	}
	if v.AddEOS && v.EOS < 0 {
		return nil, invalid("EOS", -1, "AddEOS is true but there is no EOS token")
	}
	for b := range 256 {
		if bpe != nil {
			break // byte-level BPE has no byte fallback: unknown bytes are dropped
		}
		id, ok := t.ids[byteTokenText(byte(b))]
		if !ok {
			id, ok = t.ids[string([]byte{byte(b)})]
		}
		if !ok {
			if v.UNK < 0 {
				return nil, invalid("UNK", -1, "byte %#02x has no fallback token (<0x%02X> or the byte itself) and there is no UNK token", b, b)
			}
			id = v.UNK
		}
		t.bytes[b] = id
	}
	t.overrideAttrs()
	for i := range t.pieces {
		p, ok := t.renderSpecial(int32(i))
		if !ok {
			return nil, invalid("Tokens", i, "token %q holds a codepoint above U+10FFFF (llama.cpp fails to load it)", t.texts[i])
		}
		t.pieces[i] = p
		if t.attrs[i]&(attrControl|attrUserDefined|attrUnknown) != 0 {
			t.special = append(t.special, int32(i))
			if t.attrs[i]&attrUserDefined != 0 {
				t.hasUserDefined = true
			}
		}
	}
	// llama.cpp sorts by length only, with std::sort, which is not
	// stable: ties keep libstdc++'s order.
	stdSort(t.special, func(a, b int32) bool { return len(t.texts[a]) > len(t.texts[b]) })
	if err := t.stripAttrs(v.Name); err != nil {
		return nil, err
	}
	return t, nil
}

// Size returns the number of tokens in the vocabulary.
func (t *Tokenizer) Size() int { return len(t.texts) }

// BOS returns the beginning-of-sequence token id, or -1 if there is none.
func (t *Tokenizer) BOS() int32 { return t.bos }

// EOS returns the end-of-sequence token id, or -1 if there is none.
func (t *Tokenizer) EOS() int32 { return t.eos }

// UNK returns the unknown token id, or -1 if there is none.
func (t *Tokenizer) UNK() int32 { return t.unk }

// scoreKey maps the bits of an IEEE-754 binary32 score to a uint32 whose
// unsigned order is the numeric order of the scores, with -0 equal to +0
// (NaN is rejected by New).
func scoreKey(bits uint32) uint32 {
	if bits == 0x80000000 {
		bits = 0
	}
	if bits&0x80000000 != 0 {
		return ^bits
	}
	return bits | 0x80000000
}

const hexDigits = "0123456789ABCDEF"

// byteTokenText is the text llama.cpp's byte_to_token looks up: "<0xHH>" with
// upper-case hex digits.
func byteTokenText(b byte) string {
	return string([]byte{'<', '0', 'x', hexDigits[b>>4], hexDigits[b&15], '>'})
}

// parseByteToken parses a BYTE token's text "<0xHH>" (either case of hex
// digit), as llama.cpp's token_to_byte does with strtol(text[3:5], 16).
func parseByteToken(s string) (byte, bool) {
	if len(s) != 6 || !strings.HasPrefix(s, "<0x") || s[5] != '>' {
		return 0, false
	}
	v, err := strconv.ParseUint(s[3:5], 16, 8)
	if err != nil {
		return 0, false
	}
	return byte(v), true
}

// eogTexts are the token texts llama.cpp's vocabulary loader marks as end of
// generation and forces to CONTROL whatever their GGUF type (the list in
// llama_vocab::impl::load; it includes every text of its EOT and EOM lists).
var eogTexts = []string{
	"<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<|flush|>",
	"<|calls|>", "<end_of_turn>", "<|endoftext|>", "</s>", "<|eom_id|>", "<EOT>",
	"_<EOT>", "[EOT]", "[EOS]", "<|end_of_text|>", "<end_of_utterance>", "<eos>",
	"<turn|>", "<|tool_response>", "<｜end▁of▁sentence｜>", "[e~[",
}

// overrideAttrs applies llama.cpp's load-time attribute overrides that depend
// only on token texts: end-of-generation texts become CONTROL; the gpt-oss
// texts "<|channel|>", "<|message|>", "<|start|>", "<|constrain|>" become
// USER_DEFINED; "<|end|>" becomes USER_DEFINED when "<|return|>" and
// "<|call|>", or "<|calls|>"/"<|call|>" and "<|flush|>", exist; and "</s>"
// becomes NORMAL when "<|tool_response>" exists. The FIM overrides (which
// depend on FIM id metadata and on hash-map iteration order), the "unused"
// detection (which changes nothing the SPM tokenizer reads) and the
// per-model-name LSTRIP/RSTRIP attributes (phi-3, jina, modern-bert) are not
// applied.
func (t *Tokenizer) overrideAttrs() {
	has := func(s string) (int32, bool) { id, ok := t.ids[s]; return id, ok }
	for _, s := range eogTexts {
		if id, ok := has(s); ok {
			t.attrs[id] |= attrControl
		}
	}
	for _, s := range []string{"<|channel|>", "<|message|>", "<|start|>", "<|constrain|>"} {
		if id, ok := has(s); ok {
			t.attrs[id] = attrUserDefined
		}
	}
	_, hasReturn := has("<|return|>")
	_, hasCall := has("<|call|>")
	_, hasCalls := has("<|calls|>")
	_, hasFlush := has("<|flush|>")
	if end, hasEnd := has("<|end|>"); hasEnd && (hasCall || hasCalls) && (hasReturn || hasFlush) {
		t.attrs[end] = attrUserDefined
	}
	if _, ok := has("<|tool_response>"); ok {
		if s, ok := has("</s>"); ok {
			t.attrs[s] = attrNormal
		}
	}
}

// stripAttrs applies llama.cpp's per-model-name LSTRIP/RSTRIP attributes (set
// after the special-token and piece caches are built, so they only affect
// the verbatim matching of special tokens). For a name containing "phi-3" or
// "phi3", every special token gets RSTRIP, as does "</s>", and "<unk>",
// "<s>" and "<|endoftext|>" lose it; llama.cpp fails to load such a model if
// one of those four texts is missing. For "modern-bert", "[MASK]" gets
// LSTRIP. The rules keyed on tokenizer.ggml.pre and general.architecture
// (jina-v2, nomic-bert-moe, jina-bert-v3: "<mask>" LSTRIP) concern non-SPM
// models and are not applied.
func (t *Tokenizer) stripAttrs(name string) error {
	lower := []byte(name)
	for i, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	switch name := string(lower); {
	case strings.Contains(name, "phi-3") || strings.Contains(name, "phi3"):
		for _, id := range t.special {
			t.attrs[id] |= attrRStrip
		}
		for _, s := range []string{"</s>", "<unk>", "<s>", "<|endoftext|>"} {
			id, ok := t.ids[s]
			if !ok {
				return invalid("Tokens", -1, "model %q is a Phi-3 model by name but has no token %q (llama.cpp fails to load it)", name, s)
			}
			if s == "</s>" {
				t.attrs[id] |= attrRStrip
			} else {
				t.attrs[id] &^= attrRStrip
			}
		}
	case strings.Contains(name, "modern-bert"):
		if id, ok := t.ids["[MASK]"]; ok {
			t.attrs[id] |= attrLStrip
		}
	}
	return nil
}
