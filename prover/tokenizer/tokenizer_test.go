package tokenizer

import (
	"errors"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// encodeCase is a hand-built vocabulary, an input and llama.cpp's answer
// (every case here was also checked against llama.cpp through
// node-llama-cpp's bindings, loading the vocabulary as a vocab-only GGUF).
type encodeCase struct {
	name         string
	spec         vocabSpec
	text         string
	addSpecial   bool
	parseSpecial bool
	want         []string // token texts
}

var encodeCases = []encodeCase{
	{
		name: "empty text",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "", want: []string{},
	},
	{
		name: "empty text with BOS",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "", addSpecial: true, want: []string{"<s>"},
	},
	{
		name: "empty text with BOS and EOS",
		spec: vocabSpec{bytes: true, addEOS: true, pieces: letters},
		text: "", addSpecial: true, want: []string{"<s>", "</s>"},
	},
	{
		name: "BOS and EOS around text",
		spec: vocabSpec{bytes: true, addEOS: true, pieces: with(letters, normal("▁a", -1))},
		text: "a", addSpecial: true, want: []string{"<s>", "▁a", "</s>"},
	},
	{
		name: "higher score merges first",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", -2), normal("bc", -1))},
		text: "abc", want: []string{"▁", "a", "bc"},
	},
	{
		name: "higher score merges first, other side",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", -1), normal("bc", -2))},
		text: "abc", want: []string{"▁", "ab", "c"},
	},
	{
		name: "equal scores merge leftmost first",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", -1), normal("bc", -1))},
		text: "abc", want: []string{"▁", "ab", "c"},
	},
	{
		name: "equal scores, repeated pair, leftmost first",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("aa", -1))},
		text: "aaa", want: []string{"▁", "aa", "a"},
	},
	{
		name: "negative zero equals positive zero",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", float32(math.Copysign(0, -1))), normal("bc", 0))},
		text: "abc", want: []string{"▁", "ab", "c"},
	},
	{
		name: "merges chain to the longest piece",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("▁a", -1), normal("bc", -2), normal("▁abc", -3))},
		text: "abc", want: []string{"▁abc"},
	},
	{
		name: "a higher score elsewhere does not block a chain",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", -5), normal("cd", -1), normal("abcd", -9))},
		text: "abcd", want: []string{"▁", "abcd"},
	},
	{
		name: "no path to a token through non-tokens",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("abc", 10))},
		text: "abc", want: []string{"▁", "a", "b", "c"},
	},
	{
		name: "byte fallback for a character not in the vocabulary",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "a€", want: []string{"▁", "a", "<0xE2>", "<0x82>", "<0xAC>"},
	},
	{
		name: "one-byte string fallback when <0xNN> is missing",
		spec: vocabSpec{noUNK: false, pieces: with(letters, normal("\xe2", -100), normal("\x82", -100), normal("\xac", -100))},
		text: "€", want: []string{"▁", "\xe2", "\x82", "\xac"},
	},
	{
		name: "UNK when there are no byte tokens",
		spec: vocabSpec{pieces: letters},
		text: "a€", want: []string{"▁", "a", "<unk>", "<unk>", "<unk>"},
	},
	{
		name: "space prefix on",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("▁hi", -1), normal("hi", -2))},
		text: "hi hi", want: []string{"▁hi", "▁hi"},
	},
	{
		name: "space prefix off",
		spec: vocabSpec{bytes: true, noPrefix: true, pieces: with(letters, normal("▁hi", -1), normal("hi", -2))},
		text: "hi hi", want: []string{"hi", "▁hi"},
	},
	{
		name: "runs of spaces",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("▁▁", -2), normal("▁a", -1))},
		text: "  a", want: []string{"▁▁", "▁a"},
	},
	{
		name: "other whitespace is not escaped",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "a\tb\n", want: []string{"▁", "a", "<0x09>", "b", "<0x0A>"},
	},
	{
		name: "invalid lead byte swallows the next bytes",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab", 10))},
		text: "\xe2ab", want: []string{"▁", "<0xE2>", "<0x61>", "<0x62>"},
	},
	{
		name: "invalid lead byte swallows an escaped space",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "\xc3 a", want: []string{"▁", "<0xC3>", "<0xE2>", "<0x96>", "<0x81>", "a"},
	},
	{
		name: "truncated sequence at the end",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "a\xe2\x82", want: []string{"▁", "a", "<0xE2>", "<0x82>"},
	},
	{
		name: "lone continuation bytes",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "\x80\x80a", want: []string{"▁", "<0x80>", "<0x80>", "a"},
	},
	{
		name: "control text is plain text without parseSpecial",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "<s>", want: []string{"▁", "<0x3C>", "<0x73>", "<0x3E>"},
	},
	{
		name: "control text is the control token with parseSpecial",
		spec: vocabSpec{bytes: true, pieces: letters},
		text: "a<s>b", parseSpecial: true, want: []string{"▁", "a", "<s>", "▁", "b"},
	},
	{
		name: "merges may form a control token",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("<", -1), normal("s", -1), normal(">", -1), normal("<s", -1))},
		text: "<s>", want: []string{"▁", "<s>"},
	},
	{
		name: "user-defined text is matched without parseSpecial and followed by a space prefix",
		spec: vocabSpec{bytes: true, pieces: with(letters, piece{"<|u|>", 0, TypeUserDefined}, normal("▁a", -1))},
		text: "a<|u|>a", want: []string{"▁a", "<|u|>", "▁a"},
	},
	{
		name: "longest special text first",
		spec: vocabSpec{bytes: true, pieces: with(letters, piece{"ab", 0, TypeUserDefined}, piece{"abc", 0, TypeUserDefined})},
		text: "abcab", want: []string{"abc", "ab"},
	},
	{
		name: "phi-3 name strips whitespace after special tokens",
		spec: vocabSpec{bytes: true, name: "Phi3 mini", pieces: with(letters, piece{"<|user|>", 0, TypeUserDefined}, piece{"<|endoftext|>", 0, TypeControl}, normal("▁hi", -1), normal("hi", -2))},
		text: "<|user|>  \n hi", want: []string{"<|user|>", "▁hi"},
	},
	{
		name: "without the phi-3 name whitespace is kept",
		spec: vocabSpec{bytes: true, pieces: with(letters, piece{"<|user|>", 0, TypeUserDefined}, piece{"<|endoftext|>", 0, TypeControl}, normal("▁hi", -1), normal("hi", -2))},
		text: "<|user|> hi", want: []string{"<|user|>", "▁", "▁hi"},
	},
	{
		name: "phi-3 name keeps whitespace after <s>",
		spec: vocabSpec{bytes: true, name: "phi-3", pieces: with(letters, piece{"<|endoftext|>", 0, TypeControl}, normal("▁hi", -1), normal("hi", -2))},
		text: "<s> hi", parseSpecial: true, want: []string{"<s>", "▁", "▁hi"},
	},
	{
		name: "end-of-generation text typed NORMAL becomes CONTROL",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("<|im_end|>", -1))},
		text: "a<|im_end|>", parseSpecial: true, want: []string{"▁", "a", "<|im_end|>"},
	},
	{
		name: "empty token is renamed [EMPTY_id]",
		spec: vocabSpec{bytes: true, beforeBytes: []piece{{"", 0, TypeUserDefined}}, pieces: letters},
		text: "a[EMPTY_3]", want: []string{"▁", "a", "[EMPTY_3]"},
	},
	{
		name: "a NUL byte ends a token",
		spec: vocabSpec{bytes: true, pieces: with(letters, normal("ab\x00x", -1))},
		text: "ab", want: []string{"▁", "ab"},
	},
}

func TestEncode(t *testing.T) {
	for _, tc := range encodeCases {
		t.Run(tc.name, func(t *testing.T) {
			tk := tc.spec.tokenizer(t)
			got := tk.Tokenize(tc.text, tc.addSpecial, tc.parseSpecial)
			require.Equal(t, tc.want, textsOf(tk, got))
			if !tc.parseSpecial {
				require.Equal(t, got, tk.Encode(tc.text, tc.addSpecial))
			}
		})
	}
}

func TestSpecialTieOrderFollowsLibstdcxx(t *testing.T) {
	// 40 CONTROL tokens of length 2 over "ab": with more than 16 special
	// tokens libstdc++'s std::sort is not stable, and which of "ab" and
	// "ba" claims the overlap in "aba" depends on its order. The expected
	// tokens were checked against llama.cpp.
	spec := vocabSpec{bytes: true, pieces: letters}
	for i := range 38 {
		spec.pieces = append(spec.pieces, piece{string(rune('A'+i%26)) + string(rune('0'+i/26)), 0, TypeControl})
	}
	spec.pieces = append(spec.pieces, piece{"ab", 0, TypeControl}, piece{"ba", 0, TypeControl})
	tk := spec.tokenizer(t)
	got := tk.Tokenize("aba", false, true)
	require.Equal(t, []string{"▁", "a", "ba"}, textsOf(tk, got))
}

func TestDecode(t *testing.T) {
	spec := vocabSpec{bytes: true, addEOS: true, pieces: with(letters,
		normal("▁hi", -1), normal("▁▁", -2), piece{"<|u|>", 0, TypeUserDefined}, piece{"<un>", 0, TypeUnused},
		piece{"<undef>", 0, TypeUndefined})}
	tk := spec.tokenizer(t)
	ids := func(texts ...string) []int32 { return idsOf(t, tk, texts...) }
	for _, tc := range []struct {
		name                          string
		ids                           []int32
		removeSpecial, unparseSpecial bool
		want                          string
	}{
		{name: "empty", ids: nil, want: ""},
		{name: "leading space of the first token is removed", ids: ids("▁hi", "▁hi"), want: "hi hi"},
		{name: "only one leading space is removed", ids: ids("▁▁", "▁hi"), want: "  hi"},
		{name: "BOS consumes the leading-space removal", ids: ids("<s>", "▁hi"), want: " hi"},
		{name: "removeSpecial drops BOS and keeps the space", ids: ids("<s>", "▁hi", "</s>"), removeSpecial: true, want: " hi"},
		{name: "control tokens render empty", ids: ids("▁hi", "</s>", "<s>"), want: "hi"},
		{name: "control tokens render as text with unparseSpecial", ids: ids("▁hi", "</s>"), unparseSpecial: true, want: "hi</s>"},
		{name: "UNK renders empty", ids: ids("▁hi", "<unk>"), want: "hi"},
		{name: "UNK renders as text with unparseSpecial", ids: ids("<unk>", "▁hi"), unparseSpecial: true, want: "<unk> hi"},
		{name: "byte tokens render raw bytes", ids: ids("<0xE2>", "<0x82>", "<0xAC>", "<0xFF>"), want: "€\xff"},
		{name: "a space byte token is stripped when first", ids: ids("<0x20>", "a"), want: "a"},
		{name: "user-defined tokens render as text", ids: ids("▁hi", "<|u|>"), want: "hi<|u|>"},
		{name: "unused and undefined tokens render empty", ids: ids("▁hi", "<un>", "<undef>"), unparseSpecial: true, want: "hi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tk.Detokenize(tc.ids, tc.removeSpecial, tc.unparseSpecial)
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
			if !tc.removeSpecial && !tc.unparseSpecial {
				got, err := tk.Decode(tc.ids)
				require.NoError(t, err)
				require.Equal(t, tc.want, got)
			}
		})
	}

	noPrefix := vocabSpec{bytes: true, noPrefix: true, pieces: with(letters, normal("▁hi", -1))}.tokenizer(t)
	got, err := noPrefix.Decode(idsOf(t, noPrefix, "▁hi"))
	require.NoError(t, err)
	require.Equal(t, " hi", got, "no leading-space removal without AddSpacePrefix")
}

func TestPiece(t *testing.T) {
	tk := vocabSpec{bytes: true, pieces: with(letters, normal("▁a▁b", -1), piece{"<|u|>", 0, TypeUserDefined})}.tokenizer(t)
	for text, want := range map[string]string{
		"▁a▁b": " a b", "<0x41>": "A", "<0xE2>": "\xe2", "<s>": "", "</s>": "", "<unk>": "", "<|u|>": "<|u|>",
	} {
		got, err := tk.Piece(idsOf(t, tk, text)[0])
		require.NoError(t, err)
		require.Equal(t, want, got, text)
	}
}

func TestTokenOutOfRange(t *testing.T) {
	tk := vocabSpec{bytes: true, pieces: letters}.tokenizer(t)
	size := tk.Size()
	for _, id := range []int32{-1, int32(size), math.MaxInt32, math.MinInt32} {
		_, err := tk.Piece(id)
		require.ErrorIs(t, err, ErrTokenOutOfRange)
		var te *TokenError
		require.ErrorAs(t, err, &te)
		require.Equal(t, id, te.ID)
		require.Equal(t, size, te.Size)
		require.Contains(t, err.Error(), "267")

		_, err = tk.Decode([]int32{tk.BOS(), 5, id})
		require.ErrorIs(t, err, ErrTokenOutOfRange)
		require.ErrorAs(t, err, &te)
		require.Equal(t, id, te.ID)
	}
}

func TestNewErrors(t *testing.T) {
	good := func() Vocab { return vocabSpec{bytes: true, pieces: letters}.vocab() }
	_, err := New(good())
	require.NoError(t, err)
	for _, tc := range []struct {
		name     string
		mutate   func(v *Vocab)
		sentinel error
		field    string
		index    int
		contains string
	}{
		{"unsupported model", func(v *Vocab) { v.Model = "bert" }, ErrUnsupportedModel, "Model", -1, `"bert"`},
		{"unsupported pre", func(v *Vocab) { v.Model, v.Pre, v.Merges = "gpt2", "qwen2", []string{"a b"} }, ErrUnsupportedModel, "Pre", -1, `tokenizer.ggml.pre "qwen2"`},
		{"gpt2 without merges", func(v *Vocab) { v.Model, v.Pre = "gpt2", "gpt-2" }, ErrInvalidVocab, "Merges", -1, "tokenizer.ggml.merges"},
		{"empty vocabulary", func(v *Vocab) { *v = Vocab{Model: "llama", BOS: -1, EOS: -1, UNK: -1} }, ErrInvalidVocab, "Tokens", -1, "empty"},
		{"scores length", func(v *Vocab) { v.ScoreBits = v.ScoreBits[1:] }, ErrInvalidVocab, "ScoreBits", -1, "length 266, want 267"},
		{"types length", func(v *Vocab) { v.Types = append(v.Types, 1) }, ErrInvalidVocab, "Types", -1, "length 268, want 267"},
		{"NaN score", func(v *Vocab) { v.ScoreBits[260] = 0x7fc00000 }, ErrInvalidVocab, "ScoreBits", 260, "NaN"},
		{"negative NaN score", func(v *Vocab) { v.ScoreBits[261] = 0xff800001 }, ErrInvalidVocab, "ScoreBits", 261, "NaN"},
		{"unknown type", func(v *Vocab) { v.Types[262] = 7 }, ErrInvalidVocab, "Types", 262, "outside 0..6"},
		{"bad byte token", func(v *Vocab) { v.Types[262] = TypeByte }, ErrInvalidVocab, "Tokens", 262, "<0xHH>"},
		{"duplicate token", func(v *Vocab) { v.Tokens[263] = "a" }, ErrInvalidVocab, "Tokens", 263, "also id 260"},
		{"duplicate after NUL truncation", func(v *Vocab) { v.Tokens[263] = "a\x00z" }, ErrInvalidVocab, "Tokens", 263, "duplicate"},
		{"BOS out of range", func(v *Vocab) { v.BOS = 267 }, ErrInvalidVocab, "BOS", -1, "outside [-1, 267)"},
		{"EOS out of range", func(v *Vocab) { v.EOS = -2 }, ErrInvalidVocab, "EOS", -1, "outside [-1, 267)"},
		{"UNK out of range", func(v *Vocab) { v.UNK = 1000 }, ErrInvalidVocab, "UNK", -1, "outside [-1, 267)"},
		{"AddBOS without BOS", func(v *Vocab) { v.BOS = -1 }, ErrInvalidVocab, "BOS", -1, "AddBOS"},
		{"AddEOS without EOS", func(v *Vocab) { v.AddEOS, v.EOS = true, -1 }, ErrInvalidVocab, "EOS", -1, "AddEOS"},
		{"no byte fallback and no UNK", func(v *Vocab) { v.Tokens[3+0x41] = "<0x41>x"; v.Types[3+0x41] = TypeNormal; v.UNK = -1 }, ErrInvalidVocab, "UNK", -1, "0x41"},
		{"phi-3 without <|endoftext|>", func(v *Vocab) { v.Name = "Phi-3-mini" }, ErrInvalidVocab, "Tokens", -1, "<|endoftext|>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := good()
			tc.mutate(&v)
			tk, err := New(v)
			require.Nil(t, tk)
			require.ErrorIs(t, err, tc.sentinel)
			var ve *VocabError
			require.ErrorAs(t, err, &ve)
			require.Equal(t, tc.field, ve.Field)
			require.Equal(t, tc.index, ve.Index)
			require.Contains(t, err.Error(), tc.field)
			require.Contains(t, err.Error(), tc.contains)
		})
	}
}

func TestScoreKeyOrder(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	special := []float32{0, float32(math.Copysign(0, -1)), 1, -1, float32(math.Inf(1)), float32(math.Inf(-1)),
		math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.MaxFloat32, -math.MaxFloat32}
	vals := append([]float32{}, special...)
	for range 2000 {
		vals = append(vals, math.Float32frombits(r.Uint32()))
	}
	for _, a := range vals {
		for _, b := range special {
			if a != a || b != b {
				continue // NaN is rejected by New
			}
			ka, kb := scoreKey(math.Float32bits(a)), scoreKey(math.Float32bits(b))
			require.Equal(t, a < b, ka < kb, "%v %v", a, b)
			require.Equal(t, a == b, ka == kb, "%v %v", a, b)
		}
	}
}

func TestStdSort(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, n := range []int{0, 1, 2, 3, 15, 16, 17, 33, 100, 1000, 5000} {
		for _, keys := range []int{1, 3, 1000} {
			s := make([]int32, n)
			key := make([]int, n)
			for i := range s {
				s[i] = int32(i)
				key[i] = r.Intn(keys)
			}
			less := func(a, b int32) bool { return key[a] > key[b] }
			stdSort(s, less)
			seen := make([]bool, n)
			for i, v := range s {
				require.False(t, seen[v])
				seen[v] = true
				if i > 0 {
					require.False(t, less(v, s[i-1]))
				}
			}
			h := make([]int32, n)
			for i := range h {
				h[i] = int32(i)
			}
			heapSort(h, less)
			for i := 1; i < n; i++ {
				require.False(t, less(h[i], h[i-1]))
			}
		}
	}
	// Up to 16 elements libstdc++ uses insertion sort, which keeps ties in
	// order.
	s := []int32{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	stdSort(s, func(a, b int32) bool { return a%2 < b%2 })
	require.Equal(t, []int32{0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15}, s)
}

func TestConcurrentUse(t *testing.T) {
	tk := builtTokenizer(t, 512)
	want := tk.Encode(DefaultCorpus()[:4000], true)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			var err error
			if got := tk.Encode(DefaultCorpus()[:4000], true); len(got) != len(want) {
				err = errors.New("different encoding")
			}
			errs <- err
		}()
	}
	for range 8 {
		require.NoError(t, <-errs)
	}
}

func TestErrorStrings(t *testing.T) {
	require.Equal(t, "tokenizer: token id 9 out of range [0, 5)", (&TokenError{ID: 9, Size: 5}).Error())
	require.Equal(t, "tokenizer: Types[3]: bad", (&VocabError{Field: "Types", Index: 3, Detail: "bad", Err: ErrInvalidVocab}).Error())
	require.Equal(t, "tokenizer: Tokens: invalid vocabulary", (&VocabError{Field: "Tokens", Index: -1, Err: ErrInvalidVocab}).Error())
	require.True(t, strings.HasPrefix(ErrBuildVocab.Error(), "tokenizer: "))
}
