package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/train"
)

// TestEvalPromptsFollowTheCorpus: a held-out question's prompt is the
// tokens of a newline and the question through "=", as a line appears after
// another in the training corpus (no BOS, no space prefix).
func TestEvalPromptsFollowTheCorpus(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	out, err := runApp(t, trainArgs(path, "--steps", "1", "--vocab", "0", "--context", "32")...)
	require.NoError(t, err, out)
	l, err := llama.Load(path, llama.Options{})
	require.NoError(t, err)
	defer l.Close()
	qs := train.ArithmeticHeldOut(9, 30)
	items, maxNew, err := evalItems(l.Tokenizer, qs, l.Model.Context)
	require.NoError(t, err)
	longest := 0
	for _, q := range qs {
		_, want, _ := strings.Cut(q, "=")
		longest = max(longest, len(want))
	}
	require.Equal(t, longest+1, maxNew, "one token per answer character (--vocab 0), and a newline")
	corpus := l.Tokenizer.Encode(train.Arithmetic(3, 200), false)
	nl := corpus[len(corpus)-1]
	for i, it := range items {
		require.True(t, train.IsHeldOut(qs[i]), qs[i])
		require.Equal(t, nl, it.prompt[0], "%q starts with the corpus's newline token", qs[i])
		text, err := l.Tokenizer.Decode(it.prompt)
		require.NoError(t, err)
		require.Equal(t, "\n"+it.question, text)
		require.Equal(t, qs[i], it.question+it.want)
	}

	_, _, err = evalItems(l.Tokenizer, qs, 8)
	require.ErrorContains(t, err, "exceed the model context 8")
	_, _, err = evalItems(l.Tokenizer, []string{"17+25"}, 64)
	require.ErrorContains(t, err, `has no "="`)
}

// TestModelEvalReports: eval prints the canonical score overall and per
// kind, and refuses a bad --questions.
func TestModelEvalReports(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	out, err := runApp(t, trainArgs(path, "--steps", "1", "--vocab", "0", "--context", "32")...)
	require.NoError(t, err, out)
	out, err = runApp(t, "model", "eval", path, "--questions", "10", "--llamacpp=false", "--threads", "1")
	require.NoError(t, err, out)
	require.Regexp(t, regexp.MustCompile(`(?m)^canonical: \d+/10 exact \(\d+\.\d%\)(; (add|sub|max|min|reverse) \d+/\d+)+$`), out)
	_, err = runApp(t, "model", "eval", path, "--questions", "0")
	require.ErrorContains(t, err, "--questions 0 must be 1..")
}
