package tokenizer

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

var (
	builtMu    sync.Mutex
	builtCache = map[int]*Tokenizer{}
)

// builtTokenizer returns the tokenizer of BuildVocab(DefaultCorpus(), size),
// built once per test binary.
func builtTokenizer(t testing.TB, size int) *Tokenizer {
	t.Helper()
	builtMu.Lock()
	defer builtMu.Unlock()
	if tk, ok := builtCache[size]; ok {
		return tk
	}
	v, err := BuildVocab(DefaultCorpus(), size)
	require.NoError(t, err)
	tk, err := New(v)
	require.NoError(t, err)
	builtCache[size] = tk
	return tk
}

func TestInt32ToFloat32Bits(t *testing.T) {
	cases := []int32{0, 1, -1, 2, -2, 3, 7, 100, -100, 1 << 23, 1<<23 + 1, 1 << 24, -(1 << 24), 1<<24 + 1,
		1<<24 + 2, 1<<24 + 3, 1<<25 + 2, 1<<25 + 6, 1<<31 - 1, -(1<<31 - 1), math.MinInt32, 0x7fffffbf, 0x7fffffc0}
	r := rand.New(rand.NewSource(3))
	for range 100000 {
		cases = append(cases, int32(r.Uint32()), int32(r.Intn(1<<25))-1<<24)
	}
	for _, n := range cases {
		require.Equal(t, math.Float32bits(float32(n)), int32ToFloat32Bits(n), "n=%d", n)
	}
	for n := int32(-1 << 24); n <= 1<<24; n += 997 {
		require.Equal(t, float32(n), math.Float32frombits(int32ToFloat32Bits(n)), "exact below 2^24: %d", n)
	}
}

func TestBuildVocab(t *testing.T) {
	for _, size := range []int{512, 4096} {
		t.Run(itoa(size), func(t *testing.T) {
			v1, err := BuildVocab(DefaultCorpus(), size)
			require.NoError(t, err)
			v2, err := BuildVocab(DefaultCorpus(), size)
			require.NoError(t, err)
			require.Equal(t, v1, v2, "deterministic")

			require.Len(t, v1.Tokens, size)
			require.Len(t, v1.ScoreBits, size)
			require.Len(t, v1.Types, size)
			require.Equal(t, "llama", v1.Model)
			require.Equal(t, []int32{1, 2, 0}, []int32{v1.BOS, v1.EOS, v1.UNK})
			require.True(t, v1.AddBOS && v1.AddSpacePrefix && !v1.AddEOS)

			seen := map[string]int{}
			for i, s := range v1.Tokens {
				j, dup := seen[s]
				require.False(t, dup, "token %d %q duplicates %d", i, s, j)
				seen[s] = i
				require.NotEmpty(t, s)
			}
			require.Equal(t, []string{"<unk>", "<s>", "</s>"}, v1.Tokens[:3])
			require.Equal(t, []int32{TypeUnknown, TypeControl, TypeControl}, v1.Types[:3])
			for b := range 256 {
				require.Equal(t, byteTokenText(byte(b)), v1.Tokens[3+b])
				require.Equal(t, TypeByte, v1.Types[3+b])
			}
			for i := range 259 {
				require.Zero(t, v1.ScoreBits[i])
			}
			for i := 259; i < size; i++ {
				require.Equal(t, TypeNormal, v1.Types[i])
				require.Equal(t, float32(-(i - 258)), math.Float32frombits(v1.ScoreBits[i]), "score of %q", v1.Tokens[i])
			}
			// Every character of the corpus is a piece, ahead of all merges.
			nChars := 0
			for i := 259; i < size && utf8.RuneCountInString(v1.Tokens[i]) == 1; i++ {
				nChars++
			}
			chars := map[string]bool{}
			for _, r := range strings.ReplaceAll(" "+DefaultCorpus(), " ", "▁") {
				chars[string(r)] = true
			}
			require.Equal(t, len(chars), nChars)
			for c := range chars {
				require.Contains(t, seen, c)
				require.Less(t, seen[c], 259+nChars)
			}
			// Every merged piece is the concatenation of two earlier pieces.
			for i := 259 + nChars; i < size; i++ {
				s, ok := v1.Tokens[i], false
				for k := 1; k < len(s) && !ok; k++ {
					a, okA := seen[s[:k]]
					b, okB := seen[s[k:]]
					ok = okA && okB && a >= 259 && b >= 259 && a < i && b < i
				}
				require.True(t, ok, "piece %d %q", i, s)
			}
			_, err = New(v1)
			require.NoError(t, err)
		})
	}
}

func TestBuildVocabNeverLearnsReservedFragments(t *testing.T) {
	corpus := strings.Repeat("<s> </s> <unk> <0x41> x<s>y ", 50) + "plain words here"
	v, err := BuildVocab(corpus, 316)
	require.NoError(t, err)
	tk, err := New(v)
	require.NoError(t, err)
	for _, s := range v.Tokens[259:] {
		require.NotContains(t, []string{"<s", "s>", "</", "/s>", "</s", "<u", "k>", "<0", "<0x", "41>", "1>"}, s)
	}
	ids := tk.Encode(corpus, false)
	for _, id := range ids {
		require.GreaterOrEqual(t, id, int32(3), "reserved token %d produced by merging text", id)
	}
	got, err := tk.Decode(ids)
	require.NoError(t, err)
	require.Equal(t, corpus, got)
}

func TestBuildVocabErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		corpus   string
		size     int
		field    string
		contains string
	}{
		{"empty corpus", "", 512, "corpus", "empty"},
		{"size below reserved", "abc", 100, "size", "outside [259, "},
		{"size above limit", "abc", 259 + 1<<24 + 1, "size", "outside [259, 16777475]"},
		{"size below corpus characters", "abc", 260, "size", "below the minimum 263"},
		{"corpus too small for size", "ab ab", 300, "size", "above the 264 tokens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := BuildVocab(tc.corpus, tc.size)
			require.ErrorIs(t, err, ErrBuildVocab)
			var ve *VocabError
			require.ErrorAs(t, err, &ve)
			require.Equal(t, tc.field, ve.Field)
			require.Contains(t, err.Error(), tc.contains)
		})
	}
	// The largest size a corpus yields is accepted.
	v, err := BuildVocab("ab ab", 264)
	require.NoError(t, err)
	require.Len(t, v.Tokens, 264)
}

func TestCompression(t *testing.T) {
	corpus := DefaultCorpus()
	require.Greater(t, len(corpus), 20000)
	ids := builtTokenizer(t, 4096).Encode(corpus, false)
	require.Less(t, float64(len(ids)), 0.5*float64(len(corpus)), "%d tokens for %d bytes", len(ids), len(corpus))
	tk := builtTokenizer(t, 4096)
	for _, w := range []string{"the", "people", "water", "morning", "children", "house"} {
		require.Len(t, tk.Encode(w, false), 1, "%q is one token", w)
	}
}

// randString draws a string from a mix of ASCII (spaces weighted up),
// Latin-1, other BMP characters, astral characters and, if raw, arbitrary
// bytes. U+2581 is never produced: llama.cpp decodes it as a space.
func randString(r *rand.Rand, raw bool) string {
	var b strings.Builder
	n := r.Intn(40)
	for range n {
		switch k := r.Intn(12); {
		case k < 3:
			b.WriteByte(" \n\t"[r.Intn(3)])
			if r.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		case k < 7:
			b.WriteByte(byte(0x21 + r.Intn(0x5e)))
		case k < 8:
			words := []string{"the", " the", "people", "café", "naïve", "€", "–", "morning", "Hello", "  "}
			b.WriteString(words[r.Intn(len(words))])
		case k < 9:
			b.WriteRune(rune(0xa0 + r.Intn(0x160)))
		case k < 10:
			c := rune(0x370 + r.Intn(0xd7ff-0x370))
			if c == 0x2581 {
				c = 'x'
			}
			b.WriteRune(c)
		case k < 11:
			b.WriteRune(rune(0x10000 + r.Intn(0x10ffff-0x10000)))
		default:
			if raw {
				b.WriteByte(byte(r.Intn(256)))
			} else {
				b.WriteByte(byte(r.Intn(0x80)))
			}
		}
	}
	return b.String()
}

// roundTripModel is what Decode(Encode(s, false)) returns for a vocabulary
// holding "▁" and no pieces with invalid UTF-8: s, except that an escaped
// space whose bytes an invalid UTF-8 lead byte swallows (llama.cpp groups
// bytes by lead byte only) comes back as the raw bytes of "▁", which byte
// tokens do not unescape.
func roundTripModel(s string) string {
	text := strings.ReplaceAll(" "+s, " ", "▁")
	var b strings.Builder
	for off := 0; off < len(text); {
		n := min(int(utf8Len[text[off]>>4]), len(text)-off)
		g := text[off : off+n]
		if utf8.ValidString(g) {
			g = strings.ReplaceAll(g, "▁", " ")
		}
		b.WriteString(g)
		off += n
	}
	return strings.TrimPrefix(b.String(), " ")
}

func TestRoundTrip(t *testing.T) {
	for _, size := range []int{512, 4096} {
		tk := builtTokenizer(t, size)
		t.Run(itoa(size), func(t *testing.T) {
			r := rand.New(rand.NewSource(int64(size)))
			for i := range 4000 {
				s := randString(r, false)
				require.True(t, utf8.ValidString(s))
				ids := tk.Encode(s, false)
				got, err := tk.Decode(ids)
				require.NoError(t, err)
				require.Equal(t, s, got, "case %d", i)

				withBOS := tk.Encode(s, true)
				require.Equal(t, tk.BOS(), withBOS[0])
				require.Equal(t, ids, withBOS[1:])
				got, err = tk.Detokenize(withBOS, true, false)
				require.NoError(t, err)
				if s != "" {
					require.Equal(t, " "+s, got, "llama.cpp keeps the prefix space after a removed BOS")
				}
			}
			exact := 0
			for i := range 4000 {
				s := randString(r, true)
				got, err := tk.Decode(tk.Encode(s, false))
				require.NoError(t, err)
				want := roundTripModel(s)
				require.Equal(t, want, got, "case %d %q", i, s)
				if want == s {
					exact++
				}
			}
			require.Greater(t, exact, 3000, "most random byte strings round-trip exactly")
			for _, s := range []string{"", " ", "  ", "\x00", "\xff", "a\xc3", "\xf0\x9f\x98", strings.Repeat("€", 100)} {
				got, err := tk.Decode(tk.Encode(s, false))
				require.NoError(t, err)
				require.Equal(t, s, got)
			}
		})
	}
}

// TestBuiltVocabGolden pins the 4096-token vocabulary and a few encodings;
// the encodings were checked against llama.cpp.
func TestBuiltVocabGolden(t *testing.T) {
	v, err := BuildVocab(DefaultCorpus(), 4096)
	require.NoError(t, err)
	h := sha256.New()
	for i, s := range v.Tokens {
		h.Write([]byte{byte(v.Types[i]), byte(v.ScoreBits[i]), byte(v.ScoreBits[i] >> 8), byte(v.ScoreBits[i] >> 16), byte(v.ScoreBits[i] >> 24)})
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	require.Equal(t, goldenVocabHash, hex.EncodeToString(h.Sum(nil)))
	tk := builtTokenizer(t, 4096)
	for _, g := range goldenEncodings {
		require.Equal(t, g.ids, tk.Encode(g.text, true), "%q", g.text)
	}
}

func BenchmarkEncode(b *testing.B) {
	tk := builtTokenizer(b, 4096)
	corpus := DefaultCorpus()
	b.SetBytes(int64(len(corpus)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Encode(corpus, true)
	}
}

func BenchmarkBuildVocab(b *testing.B) {
	for b.Loop() {
		if _, err := BuildVocab(DefaultCorpus(), 4096); err != nil {
			b.Fatal(err)
		}
	}
}
