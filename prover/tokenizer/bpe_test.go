package tokenizer

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestByteMapping(t *testing.T) {
	seen := map[uint16]bool{}
	for b := range 256 {
		c := byteToCpt[b]
		require.False(t, seen[c], "byte %#x maps to %#x twice", b, c)
		seen[c] = true
		require.Equal(t, byte(b), cptToByte[uint32(c)])
	}
	// GPT-2's well-known images: space Ġ, newline Ċ, NUL Ā, soft hyphen Ń.
	for b, want := range map[byte]string{' ': "Ġ", '\n': "Ċ", 0: "Ā", 0xad: "Ń", 'a': "a", '~': "~", 0x7f: "ġ", 0xff: "ÿ"} {
		require.Equal(t, want, byteEncoded[b], "byte %#x", b)
	}
}

func TestDecodeCpt(t *testing.T) {
	for _, tc := range []struct {
		in  string
		cpt uint32
		n   int
	}{
		{"a", 'a', 1}, {"é", 0xe9, 2}, {"日", 0x65e5, 3}, {"😀", 0x1f600, 4},
		{"\xc0\x80", 0, 2},                       // overlong NUL: decoded, as llama.cpp does
		{"\xed\xa0\x80", 0xd800, 3},              // surrogate: decoded
		{"\xf4\x8f\xbf\xbf", 0x10ffff, 4},        // the last codepoint
		{"\xf4\x90\x80\x80", replacementChar, 1}, // above U+10FFFF: llama.cpp throws; one bad byte here
		{"\xf7\xbf\xbf\xbf", replacementChar, 1},
		{"\xff", replacementChar, 1}, {"\x80", replacementChar, 1}, {"\xe6\x97", replacementChar, 1}, {"\xc3(", replacementChar, 1},
	} {
		c, n := decodeCpt(tc.in, 0)
		require.Equal(t, []any{tc.cpt, tc.n}, []any{c, n}, "%q", tc.in)
	}
}

func TestCptFlags(t *testing.T) {
	for _, tc := range []struct {
		cpt  uint32
		want uint16
	}{
		{'a', cptLetter}, {'0', cptNumber}, {' ', cptSeparator | cptSpace}, {'\n', cptControl | cptSpace}, {'!', cptPunctuation},
		{'$', cptSymbol}, {0xa0, cptSeparator | cptSpace}, {0x85, cptControl | cptSpace}, {0x3000, cptSeparator | cptSpace},
		{0x0663, cptNumber}, {0xb2, cptNumber}, {0x216b, cptNumber}, {0x301, cptAccentMark}, {0x65e5, cptLetter},
		{0x1f600, cptSymbol}, {0x200b, cptControl}, {0x378, cptUndefined}, {0x110000, cptUndefined},
	} {
		require.Equal(t, tc.want, cptFlags(tc.cpt)&(cptCategories|cptSpace), "U+%04X", tc.cpt)
	}
}

// splitOf returns the pre-tokenized words of s for pre, not byte-encoded.
func splitOf(t *testing.T, pre, s string) []string {
	t.Helper()
	k, ok := parsePre(pre)
	require.True(t, ok)
	cpts := decodeCpts(s, nil)
	pieces := []int{len(cpts)}
	for _, sp := range k.splitters() {
		pieces = sp(cpts, pieces)
	}
	var out []string
	start := 0
	for _, n := range pieces {
		var b []byte
		for _, c := range cpts[start : start+n] {
			b = appendCpt(b, c)
		}
		out = append(out, string(b))
		start += n
	}
	return out
}

func TestSplitters(t *testing.T) {
	for _, tc := range []struct {
		pre, in string
		want    []string
	}{
		{"gpt-2", "Hello world's  end\n\n", []string{"Hello", " world", "'s", " ", " end", "\n\n"}},
		{"gpt-2", "I'M 12345", []string{"I", "'", "M", " 12345"}},
		{"llama-bpe", "I'M 12345 a\n\nb", []string{"I", "'M", " ", "123", "45", " a", "\n\n", "b"}},
		{"llama-bpe", "x  \n y!!\n", []string{"x", "  \n", " y", "!!\n"}},
		{"default", "don't 1234567!!", []string{"don", "'", "t", " ", "123", "456", "7", "!!"}},
		{"default", "a`b", []string{"a", "`", "b"}},
		{"smollm", "ab12 3", []string{"ab", "1", "2", " ", "3"}},
		{"smollm", "x٣٤", []string{"x", "٣", "٤"}},
	} {
		require.Equal(t, tc.want, splitOf(t, tc.pre, tc.in), "%s %q", tc.pre, tc.in)
	}
}

func TestCleanSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"":                "",
		"a . b , c ! d ?": "a. b, c! d?",
		"x ' y":           "x'y",
		"it 's I 'm we 're you 've don 't he 'd they 'll": "it's I'm we're you've don 't he 'd they 'll",
		" .":  ".",
		"'":   "'",
		" ' ": "'",
	} {
		require.Equal(t, want, string(cleanSpaces([]byte(in))), "%q", in)
	}
}

func bpeTokenizer(t *testing.T, v Vocab) *Tokenizer {
	t.Helper()
	tk, err := New(v)
	require.NoError(t, err)
	return tk
}

func TestBPEEdgeCases(t *testing.T) {
	v, err := BuildBPEVocab(DefaultCorpus(), 600, "llama-bpe")
	require.NoError(t, err)
	require.NotContains(t, v.Tokens, "qq")
	require.NotContains(t, v.Tokens, "ĠunreachableĠ")
	v.Tokens = append(v.Tokens, "Ġunreachable")
	v.Types = append(v.Types, TypeNormal)
	v.ScoreBits = append(v.ScoreBits, 0)
	v.Merges = append(v.Merges, "q q", "æ Ĺ")
	llama3 := bpeTokenizer(t, v)
	v.Pre, v.AddBOS = "gpt-2", DefaultAddBOS("gpt2", "gpt-2")
	gpt2 := bpeTokenizer(t, v)

	// Llama 3 skips the merges of a word that is a token.
	un := int32(len(v.Tokens) - 1)
	require.Equal(t, []int32{un}, llama3.Encode(" unreachable", false))
	require.NotContains(t, gpt2.Encode(" unreachable", false), un)
	require.Equal(t, llama3.Encode("unreachable", false), gpt2.Encode("unreachable", false))

	// A merge whose result is no token is emitted byte by byte; bytes with
	// no one-byte token are dropped (the first two of "日" here).
	q := llama3.ids["q"]
	require.Equal(t, []int32{q, q}, gpt2.Encode("qq", false))
	require.Equal(t, []int32{llama3.ids["¥"]}, gpt2.Encode("日", false))

	// Specials: parsed only when asked; BOS added by llama-bpe only.
	eot := llama3.ids["<|eot_id|>"]
	require.Equal(t, []int32{v.BOS, eot}, llama3.Tokenize("<|eot_id|>", true, true))
	require.NotContains(t, llama3.Tokenize("<|eot_id|>", true, false), eot)
	require.Equal(t, []int32{eot}, gpt2.Tokenize("<|eot_id|>", true, true))
	s, err := llama3.Detokenize([]int32{v.BOS, eot, q}, false, false)
	require.NoError(t, err)
	require.Equal(t, "q", s)
	s, err = llama3.Detokenize([]int32{v.BOS, eot, q}, false, true)
	require.NoError(t, err)
	require.Equal(t, "<|begin_of_text|><|eot_id|>q", s)
}

func TestNewBPEMerges(t *testing.T) {
	b, err := newBPE("gpt-2", []string{"a b", "ab c\x00ignored", "nospace", " x", "a b", "ab  c"})
	require.NoError(t, err)
	require.Equal(t, map[mergeKey]int32{{"a", "b"}: 0, {"ab", "c"}: 1, {"ab", " c"}: 5}, b.ranks)

	_, err = newBPE("qwen2", []string{"a b"})
	var ve *VocabError
	require.ErrorAs(t, err, &ve)
	require.True(t, errors.Is(err, ErrUnsupportedModel))
	require.Equal(t, "Pre", ve.Field)
	require.Contains(t, err.Error(), `tokenizer.ggml.pre "qwen2" is not supported`)
}

// goldenBPEHash pins BuildBPEVocab(DefaultCorpus(), 1024, "llama-bpe"):
// SHA-256 over each token's text and a NUL, then each merge and a NUL.
const goldenBPEHash = "b3f399c03b803c5f721e50e00367e32b4ec75b9a42324018c995bf71e5158547"

func TestBuildBPEVocab(t *testing.T) {
	v, err := BuildBPEVocab(DefaultCorpus(), 1024, "llama-bpe")
	require.NoError(t, err)
	require.Len(t, v.Tokens, 1024)
	require.Equal(t, "!", v.Tokens[0])
	require.Equal(t, "Ġ", v.Tokens[220]) // GPT-2's id of the space byte
	require.Equal(t, []int32{1021, 1022, -1}, []int32{v.BOS, v.EOS, v.UNK})
	require.True(t, v.AddBOS)
	h := sha256.New()
	for _, s := range append(append([]string{}, v.Tokens...), v.Merges...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	require.Equal(t, goldenBPEHash, hex.EncodeToString(h.Sum(nil)))
	tk := bpeTokenizer(t, v)
	text := DefaultCorpus()[:2000]
	ids := tk.Encode(text, false)
	require.Less(t, len(ids), len(text)/2, "merges compress the training text")
	back, err := tk.Detokenize(ids, false, false)
	require.NoError(t, err)
	require.Equal(t, string(cleanSpaces([]byte(text))), back)

	for _, tc := range []struct {
		corpus string
		size   int
		pre    string
		want   error
	}{
		{"", 600, "gpt-2", ErrBuildVocab},
		{"abc", 259, "gpt-2", ErrBuildVocab},
		{"abc", 600, "gpt-2", ErrBuildVocab}, // runs out of pairs
		{"abc", 600, "qwen2", ErrUnsupportedModel},
	} {
		_, err := BuildBPEVocab(tc.corpus, tc.size, tc.pre)
		require.ErrorIs(t, err, tc.want, "%+v", tc)
	}
	v2, err := BuildBPEVocab(DefaultCorpus(), 1024, "llama-bpe")
	require.NoError(t, err)
	require.Equal(t, v, v2, "deterministic")
}
