package main

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestModelMemoryBudget: a model claiming 2^20 positions is refused by the
// model commands under a budget below its worst case, naming the key and
// the budget (flag or environment), and inspected under a budget that
// covers it — without building its RoPE table (the 512 MiB table the issue
// measured at 2.26 GB RSS).
func TestModelMemoryBudget(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/long.gguf"
	spec := modelgen.Tiny
	spec.Dim, spec.Heads, spec.KVHeads, spec.Layers, spec.Context = 64, 1, 1, 1, 1<<20
	require.NoError(t, llama.Generate(path, spec))

	_, err := runApp(t, "model", "info", "--memory-budget", "100MiB", path)
	require.ErrorIs(t, err, canon.ErrBudget)
	var be *canon.BudgetError
	require.ErrorAs(t, err, &be)
	require.Equal(t, "llama.context_length", be.Key)
	require.Equal(t, int64(100<<20), be.Budget)
	require.ErrorContains(t, err, "llama.context_length = 1048576")
	require.ErrorContains(t, err, "budget 100.0 MiB")
	for _, args := range [][]string{
		{"run", "--prompt", "a", "--memory-budget", "100M"},
		{"tokenize", "--prompt", "a", "--memory-budget", "104857600"},
		{"gen", "--preset", "tiny", "--context", "1048576", "--memory-budget", "100MiB"},
		{"import", "--context", "1048576", "--memory-budget", "100MiB", "--out", dir + "/imported.gguf"},
	} {
		_, err = runApp(t, append(append([]string{"model"}, args...), path)...)
		require.ErrorIs(t, err, canon.ErrBudget, "model %s", args[0])
	}
	require.NoFileExists(t, dir+"/imported.gguf", "the import is refused before it writes")
	t.Setenv("AIROLLUP_MODEL_INFO_MEMORY_BUDGET", "100MiB")
	_, err = runApp(t, "model", "info", path)
	require.ErrorIs(t, err, canon.ErrBudget, "the environment twin sets the budget")

	out, err := runApp(t, "model", "info", "--memory-budget", "2g", path)
	require.NoError(t, err)
	require.Contains(t, out, "context       1048576 positions (canonical), rope dims 64")

	// The root streams the RoPE rows: the model's table stays empty.
	l, err := llama.Load(path, llama.Options{MemoryBudget: 2 << 30})
	require.NoError(t, err)
	require.Contains(t, out, "model root    "+hexHash(l.Model.Root()))
	require.Zero(t, l.Model.Rope.Computed())

	_, err = runApp(t, "model", "info", "--memory-budget", "12x", path)
	require.ErrorIs(t, err, errByteSize)
	require.ErrorContains(t, err, `--memory-budget "12x"`)
}

// TestModelGenVocabCheckedFirst: an out-of-range --vocab is refused before
// its vocabulary is built.
func TestModelGenVocabCheckedFirst(t *testing.T) {
	_, err := runApp(t, "model", "gen", "--preset", "tiny", "--vocab", "16777475", t.TempDir()+"/v.gguf")
	require.ErrorIs(t, err, canon.ErrConfig)
	require.ErrorContains(t, err, "vocab = 16777475, must be 1..2097152")
}

func TestParseByteSize(t *testing.T) {
	for in, want := range map[string]int64{
		"": 0, "0": 0, "123": 123, "1k": 1 << 10, "1KiB": 1 << 10, "2 MiB": 2 << 20, "3G": 3 << 30, "3gb": 3 << 30,
		"1TiB": 1 << 40, " 8GiB ": 8 << 30,
	} {
		got, err := parseByteSize(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"x", "-1", "1.5G", "1P", "GiB", "9999999999T", "12x"} {
		_, err := parseByteSize(in)
		require.True(t, errors.Is(err, errByteSize), "%q: %v", in, err)
	}
}
