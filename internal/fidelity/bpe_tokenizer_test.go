package fidelity_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// bpeTrainingExtra is added to the built-in corpus when learning the test
// vocabularies, so that merges also form inside digits, code, non-Latin
// scripts and emoji, not only English words.
const bpeTrainingExtra = `
func main() { for i := 0; i < 10; i++ { fmt.Println("x =", x[i]) } }
if (a != b && c >= 42) { return -1; } // TODO: don't panic
def f(self, *args, **kw): return {"k": [1, 2, 3]}
2024-01-15 12:34:56 1234567890 3.14159 1,000,000 $19.99 100% 0x1F
Привет мир, как дела? Ελληνικά γράμματα. 日本語のテキストです。中文文本。한국어 텍스트
مرحبا بالعالم שלום עולם नमस्ते दुनिया 😀😀 👍🏽 🇫🇷 ❤️ café naïve Straße
I'm you're we've they'll she'd it's DON'T WON'T I'M
`

// bpeCorpus is the differential test's input: each line a separate text,
// covering what the pre-tokenizers treat differently.
var bpeCorpus = []string{
	"Hello world", "Hello, world!", " leading space", "trailing space ", "double  space", "triple   space x",
	"don't", "DON'T", "I'm", "you're", "we've", "they'll", "she'd", "it's", "It'S", "O'Neil's", "'s", "' s", "''",
	"rock 'n' roll", "a ' b", "x 're y", "end.", "a .b", "a , b ! c ?", "Hi !", "what ?!",
	"12", "123", "1234", "12345", "1234567", "3.14159", "1,000,000", "-42", "x2y3", "abc123def", "٣٤٥ ١٢", "²³ ½ Ⅻ",
	"tabs\tand\nnewlines\n\n", "\n", "\n\n\n", "\r\n", "a\r\nb", "   \n  x", " \n ", "\t\t", "a \t\n b", "x\n\n\ny",
	"    indented code", "  ", " ", "line1\nline2\r\nline3",
	"naïve café – 42€ ✓ 日本語", "Straße", "ÀÉÎÕÜ àéîõü", "e\u0301 combining", "Привет, мир!", "Ελληνικά",
	"日本語のテキスト", "中文文本，标点。", "한국어 텍스트", "مرحبا بالعالم", "שלום עולם", "नमस्ते दुनिया", "ไทย",
	"emoji 🦙🚀", "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "❤️", "a😀b",
	"nbsp\u00a0here", "ideographic\u3000space", "thin\u2009space", "nel\u0085x", "zwsp\u200bx", "\u2028\u2029",
	"func main() { fmt.Println(\"hi\") }", "if (a != b && c >= 42) { return -1; }", "x = y**2 + z//3",
	"<div class=\"x\">&amp;</div>", "$HOME/.config ~/bin", "a_b-c.d/e\\f", "@user #tag", "`code`", "^~|<=>+$",
	"email@example.com https://example.org/path?q=1&r=2", "C:\\Windows\\System32",
	"UPPER lower MiXeD", "ALLCAPS", "CamelCaseWord", "snake_case_word",
	"\x01\x7f control bytes", "\ufffd replacement", "null\x00byte",
	"<|begin_of_text|>", "<|eot_id|>x", "a<|end_of_text|>b", "<|begin_of_text|>Hello<|eot_id|>",
	"<|eot_id|> <|eot_id|>", "<|eot_id", "|>",
	"an unreachable word", "unreachable", " unreachable!", "call <tool> now", "<tool><tool>", "qq qqq", "日日",
}

// randomTexts returns n deterministic random strings drawn from pieces that
// exercise the splitters' boundaries.
func randomTexts(n int) []string {
	pool := []string{
		"a", "b", "Z", "é", "ß", "ж", "λ", "日", "本", "한", "ع", "ท", "\u0301", "0", "1", "9", "٣", "²", "½", "Ⅻ",
		" ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2009", "\u0085",
		"'", "'s", "'t", "'re", "'ve", "'ll", "'d", "'M", "'LL", ".", ",", "!", "?", "-", "_", "(", ")", "{", "}",
		"$", "+", "<", "=", ">", "^", "~", "|", "`", "\"", "#", "%", "&", "*", "/", "\\", ":", ";", "@", "[", "]",
		"😀", "👍🏽", "€", "©", "\u200d", "\ufffd", "the", "world", "123", "4567", "<|eot_id|>", "<|begin_of_text|>",
	}
	r := rand.New(rand.NewPCG(14, 1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + r.IntN(24) {
			b.WriteString(pool[r.IntN(len(pool))])
		}
		out[i] = b.String()
	}
	return out
}

// TestBPETokenizerMatchesLlamaCpp: for each supported tokenizer.ggml.pre, a
// model with a byte-level BPE vocabulary is generated and loaded by llama.cpp
// (through node-llama-cpp), and every text of the corpus and of a random set
// tokenizes to the same ids, with and without parsing special tokens, and
// detokenizes to the same text (with and without rendering specials).
func TestBPETokenizerMatchesLlamaCpp(t *testing.T) {
	p := probe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	texts := append(slices.Clone(bpeCorpus), randomTexts(300)...)
	dir := t.TempDir()
	type model struct {
		pre, path string
		tok       *tokenizer.Tokenizer
	}
	var models []model
	var items []llamacpp.TokenizeItem
	for _, pre := range []string{"llama-bpe", "default", "gpt-2", "smollm"} {
		v, err := tokenizer.BuildBPEVocab(tokenizer.DefaultCorpus()+bpeTrainingExtra, 1536, pre)
		require.NoError(t, err)
		// Hand-made edge cases: a token no merge reaches (Llama 3 emits a
		// whole word that is a token), a USER_DEFINED token (matched in the
		// text even without parsing specials), and two merges whose results
		// are not tokens (emitted byte by byte: "qq" as two "q", and the
		// first two bytes of "日" dropped, having no one-byte token).
		for _, s := range []string{"qq", "æĹ"} {
			require.NotContains(t, v.Tokens, s)
		}
		require.NotContains(t, v.Merges, "q q")
		v.Tokens = append(v.Tokens, "Ġunreachable", "<tool>")
		v.Types = append(v.Types, tokenizer.TypeNormal, tokenizer.TypeUserDefined)
		v.ScoreBits = append(v.ScoreBits, 0, 0)
		v.Merges = append(v.Merges, "q q", "æ Ĺ")
		spec := modelgen.Tiny
		spec.Vocab = len(v.Tokens)
		path := filepath.Join(dir, pre+".gguf")
		require.NoError(t, llama.GenerateWithVocab(ctx, path, spec, v))
		l, err := llama.Load(path)
		require.NoError(t, err)
		defer l.Close()
		require.Equal(t, v.Merges, l.Vocab.Merges)
		require.Equal(t, pre, l.Vocab.Pre)
		models = append(models, model{pre, path, l.Tokenizer})
		for _, s := range texts {
			for _, special := range []bool{false, true} {
				items = append(items, llamacpp.TokenizeItem{Model: path, Text: s, Special: special})
				if ids := l.Tokenizer.Tokenize(s, false, special); len(ids) > 0 {
					items = append(items, llamacpp.TokenizeItem{Model: path, Tokens: ids, Special: special})
				}
			}
		}
	}
	res, err := p.Batch(ctx, items)
	require.NoError(t, err)
	var mismatches []string
	i, invalidText := 0, 0
	for _, m := range models {
		for _, s := range texts {
			for _, special := range []bool{false, true} {
				ids := m.tok.Tokenize(s, false, special)
				r := res[i]
				i++
				require.Empty(t, r.Error, "%s %q", m.pre, s)
				if !slices.Equal(r.Tokens, ids) && !(len(r.Tokens) == 0 && len(ids) == 0) {
					mismatches = append(mismatches, fmt.Sprintf("%s special=%v %q: llama.cpp %v, ours %v", m.pre, special, s, r.Tokens, ids))
				}
				if len(ids) == 0 {
					continue
				}
				r = res[i]
				i++
				require.Empty(t, r.Error, "%s %q", m.pre, s)
				got, err := m.tok.Detokenize(ids, false, special)
				require.NoError(t, err)
				// node-llama-cpp hands back the bytes as a JS string, invalid
				// UTF-8 replaced (when a merge that is no token had bytes
				// dropped): compare those only as far as JS can show them.
				if !utf8.ValidString(got) {
					invalidText++
					continue
				}
				if r.Text != got {
					mismatches = append(mismatches, fmt.Sprintf("%s special=%v detokenize %v: llama.cpp %q, ours %q", m.pre, special, ids, r.Text, got))
				}
			}
		}
	}
	require.Equal(t, len(items), i)
	require.Empty(t, mismatches, "%d mismatches:\n%s", len(mismatches), strings.Join(mismatches, "\n"))
	t.Logf("%d texts × %d pre-tokenizers: %d llama.cpp calls agree (%d detokenized texts not valid UTF-8, compared by ids only)",
		len(texts), len(models), len(items), invalidText)
}
