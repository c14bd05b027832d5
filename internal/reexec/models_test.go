package reexec

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestModelsChecksTheRoot: Models loads <root>.gguf once and returns the same
// model again; a file stored under another root is refused, naming the root;
// a missing file is refused.
func TestModelsChecksTheRoot(t *testing.T) {
	dir := t.TempDir()
	tmp := filepath.Join(t.TempDir(), "m.gguf")
	require.NoError(t, llama.Generate(tmp, modelgen.Tiny))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	root := l.Model.Root()
	require.NoError(t, l.Close())
	b, err := os.ReadFile(tmp)
	require.NoError(t, err)
	ms := NewModels(dir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { require.NoError(t, ms.Close()) })
	require.NoError(t, os.WriteFile(ms.Path(root), b, 0o644))
	wrong := root
	wrong[0] ^= 1
	require.NoError(t, os.WriteFile(ms.Path(wrong), b, 0o644))

	got, err := ms.Get(t.Context(), root)
	require.NoError(t, err)
	require.Equal(t, root, got.Root())
	again, err := ms.Get(t.Context(), root)
	require.NoError(t, err)
	require.Same(t, got, again, "loaded once")

	_, err = ms.Get(t.Context(), wrong)
	require.ErrorContains(t, err, "load model")
	_, err = ms.Get(t.Context(), merkle.Hash{7})
	require.Error(t, err)
}
