package tokenizer

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzVocabSize is the size of the built vocabulary the fuzz targets use:
// small enough to build in well under a second, large enough to hold merged
// pieces of several bytes, so the merge loop and byte fallback both run.
const fuzzVocabSize = 512

// FuzzEncodeDecode: for any input, Encode never panics and yields ids inside
// the vocabulary, and Decode(Encode(s)) is s as llama.cpp's SPM round-trips
// it (roundTripModel: exact for valid UTF-8 without U+2581, which decodes as
// a space; an invalid lead byte may swallow an escaped space). Adding
// specials prepends BOS only, and detokenizing with the BOS removed keeps the
// prefix space. Parsing specials yields ids inside the vocabulary, and
// changes nothing for a text holding no special token's text.
func FuzzEncodeDecode(f *testing.F) {
	tk := builtTokenizer(f, fuzzVocabSize)
	for _, s := range []string{"", " ", "Hello world", "  two  spaces ", "café naïve €", "▁", "a▁b",
		"\xff\xfe", "a\xc3", "\xf0\x9f\x98", "<s>x</s>", " <unk> ", "line\nnext\ttab", "😀 emoji"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		size := int32(tk.Size())
		inRange := func(what string, ids []int32) {
			t.Helper()
			for i, id := range ids {
				if id < 0 || id >= size {
					t.Fatalf("%s: id %d at %d outside [0, %d) for %q", what, id, i, size, s)
				}
			}
		}
		ids := tk.Encode(s, false)
		inRange("Encode", ids)
		if s == "" && len(ids) != 0 {
			t.Fatalf("empty text encodes to %v", ids)
		}
		got, err := tk.Decode(ids)
		if err != nil {
			t.Fatalf("Decode of Encode's ids: %v", err)
		}
		if want := roundTripModel(s); got != want {
			t.Fatalf("Decode(Encode(%q)) = %q, want %q", s, got, want)
		}
		if utf8.ValidString(s) && !strings.Contains(s, spaceEscape) && got != s {
			t.Fatalf("valid UTF-8 %q came back as %q", s, got)
		}

		withBOS := tk.Encode(s, true)
		if len(withBOS) != len(ids)+1 || withBOS[0] != tk.BOS() || !slices.Equal(withBOS[1:], ids) {
			t.Fatalf("Encode(%q, true) = %v, want BOS then %v", s, withBOS, ids)
		}
		dropped, err := tk.Detokenize(withBOS, true, false)
		if err != nil {
			t.Fatalf("Detokenize: %v", err)
		}
		if s != "" && dropped != " "+got {
			t.Fatalf("Detokenize(BOS+ids, removeSpecial) = %q, want %q", dropped, " "+got)
		}

		special := tk.Tokenize(s, true, true)
		inRange("Tokenize with specials", special)
		if _, err := tk.Detokenize(special, true, true); err != nil {
			t.Fatalf("Detokenize of Tokenize's ids: %v", err)
		}
		if !strings.Contains(s, "<s>") && !strings.Contains(s, "</s>") && !strings.Contains(s, "<unk>") &&
			!slices.Equal(special, withBOS) {
			t.Fatalf("Tokenize(%q, parseSpecial) = %v, want %v: no special text to match", s, special, withBOS)
		}
	})
}

// FuzzDecodeIDs: decoding arbitrary ids (big-endian int32s) never panics;
// it fails with a *TokenError wrapping ErrTokenOutOfRange exactly when an id
// is outside the vocabulary, and otherwise yields the pieces concatenated
// (one leading space stripped from the first).
func FuzzDecodeIDs(f *testing.F) {
	tk := builtTokenizer(f, fuzzVocabSize)
	f.Add([]byte{})
	f.Add(binary.BigEndian.AppendUint32(nil, fuzzVocabSize-1))
	f.Add(binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, 1), fuzzVocabSize))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 1, 0})
	f.Add([]byte{0, 0, 1, 3, 0, 0, 0, 0x20, 0, 0, 0, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		ids := make([]int32, len(b)/4)
		bad := -1
		for i := range ids {
			ids[i] = int32(binary.BigEndian.Uint32(b[4*i:]))
			if bad < 0 && (ids[i] < 0 || int(ids[i]) >= tk.Size()) {
				bad = i
			}
		}
		for _, flags := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
			got, err := tk.Detokenize(ids, flags[0], flags[1])
			if bad >= 0 {
				var te *TokenError
				if !errors.As(err, &te) || !errors.Is(err, ErrTokenOutOfRange) || te.ID != ids[bad] || te.Size != tk.Size() {
					t.Fatalf("ids %v: want a *TokenError for id %d, got %v", ids, ids[bad], err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("ids %v: %v", ids, err)
			}
			if flags == [2]bool{false, false} {
				var want strings.Builder
				for i, id := range ids {
					p, err := tk.Piece(id)
					if err != nil {
						t.Fatalf("Piece(%d): %v", id, err)
					}
					if i == 0 {
						p = strings.TrimPrefix(p, " ")
					}
					want.WriteString(p)
				}
				if got != want.String() {
					t.Fatalf("Decode(%v) = %q, want %q", ids, got, want.String())
				}
			}
		}
	})
}
