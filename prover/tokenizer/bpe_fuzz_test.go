package tokenizer

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// bpeFuzzTokenizers are the byte-level BPE tokenizers the fuzz target runs,
// one per pre-tokenizer, each with a user-defined token besides the three
// control tokens.
func bpeFuzzTokenizers(t testing.TB) map[string]*Tokenizer {
	t.Helper()
	out := map[string]*Tokenizer{}
	for _, pre := range []string{"llama-bpe", "default", "gpt-2", "smollm"} {
		v, err := BuildBPEVocab(DefaultCorpus(), 640, pre)
		if err != nil {
			t.Fatal(err)
		}
		v.Tokens = append(v.Tokens, "<tool>")
		v.Types = append(v.Types, TypeUserDefined)
		v.ScoreBits = append(v.ScoreBits, 0)
		tk, err := New(v)
		if err != nil {
			t.Fatal(err)
		}
		out[pre] = tk
	}
	return out
}

// llamaCppText is the text llama.cpp's BPE tokenizer sees for s: every
// undecodable byte replaced by U+FFFD and overlong forms re-encoded
// (decodeCpt), which is what the tokens of s decode back to.
func llamaCppText(s string) string {
	var b []byte
	for off := 0; off < len(s); {
		c, n := decodeCpt(s, off)
		b = appendCpt(b, c)
		off += n
	}
	return string(b)
}

// FuzzBPEEncodeDecode: for any byte string and every supported
// pre-tokenizer, Tokenize never panics and yields ids inside the vocabulary;
// the pieces of the ids concatenate to the text llama.cpp tokenizes
// (llamaCppText: s itself for valid UTF-8), with or without parsing special
// tokens; Detokenize gives that text cleaned up as llama.cpp does (or
// unchanged for "smollm"); adding specials prepends BOS exactly when the
// vocabulary's AddBOS is set; and without special texts in s, parsing
// specials changes nothing.
func FuzzBPEEncodeDecode(f *testing.F) {
	tks := bpeFuzzTokenizers(f)
	for _, s := range []string{"", " ", "Hello world", "don't STOP", "  two  spaces \n\n x", "12345 1,000.5",
		"café naïve €", "日本語 😀 👍🏽", "\xff\xfe", "a\xc3", "\xf0\x9f\x98", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"<|eot_id|>x<|begin_of_text|>", "call <tool> now", "a . b , c 's 're", "\u00a0\u3000\u0085", "٣²½Ⅻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := llamaCppText(s)
		if utf8.ValidString(s) && want != s {
			t.Fatalf("valid UTF-8 %q seen as %q", s, want)
		}
		for pre, tk := range tks {
			for _, special := range []bool{false, true} {
				ids := tk.Tokenize(s, false, special)
				var pieces strings.Builder
				for i, id := range ids {
					if id < 0 || int(id) >= tk.Size() {
						t.Fatalf("%s: id %d at %d outside [0, %d) for %q", pre, id, i, tk.Size(), s)
					}
					pieces.WriteString(tk.pieces[id]) // Piece, rendering specials
				}
				if pieces.String() != want {
					t.Fatalf("%s special=%v: pieces of %q concatenate to %q, want %q", pre, special, s, pieces.String(), want)
				}
				got, err := tk.Detokenize(ids, false, true)
				if err != nil {
					t.Fatal(err)
				}
				clean := want
				if tk.bpe.cleanSpaces {
					clean = string(cleanSpaces([]byte(want)))
				}
				if got != clean {
					t.Fatalf("%s special=%v: Detokenize(Tokenize(%q)) = %q, want %q", pre, special, s, got, clean)
				}
				withBOS := tk.Tokenize(s, true, special)
				if tk.addBOS != (len(withBOS) == len(ids)+1) || !slices.Equal(withBOS[len(withBOS)-len(ids):], ids) ||
					(tk.addBOS && withBOS[0] != tk.BOS()) {
					t.Fatalf("%s: Tokenize(%q, addSpecial) = %v, plain %v, AddBOS %v", pre, s, withBOS, ids, tk.addBOS)
				}
			}
			if !strings.Contains(s, "<|") && !slices.Equal(tk.Tokenize(s, false, true), tk.Tokenize(s, false, false)) {
				t.Fatalf("%s: parsing specials changed the tokens of %q, which holds no special text", pre, s)
			}
		}
	})
}
