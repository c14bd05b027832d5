package llama

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/ctxtest"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
)

// TestImportStopsOnCancel: an import whose context is cancelled at any of its
// checks — before a tensor, inside a requantization, before and during the
// write, in the model root — returns context.Canceled, and writes no output
// (not even a temporary file) unless it was stopped after the write (in the
// model root).
func TestImportStopsOnCancel(t *testing.T) {
	src := userFile(t, gguf.TypeF32, nil)
	opts := ImportOptions{Context: 128, Run: canon.Options{Threads: 1}}
	count := ctxtest.NewCountdown(1 << 30)
	_, err := Import(count, src, filepath.Join(t.TempDir(), "all.gguf"), opts)
	require.NoError(t, err)
	total := count.Checks()

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	dst := filepath.Join(t.TempDir(), "out.gguf")
	_, err = Import(ctx, src, dst, opts)
	require.ErrorIs(t, err, context.Canceled)
	require.NoFileExists(t, dst)

	seen := map[string]bool{}
	for k := int64(0); k < total; k++ {
		dst := filepath.Join(t.TempDir(), "out.gguf")
		_, err := Import(ctxtest.NewCountdown(k), src, dst, opts)
		require.ErrorIs(t, err, context.Canceled, "cancelled at check %d of %d", k, total)
		_, statErr := os.Stat(dst)
		entries, dirErr := os.ReadDir(filepath.Dir(dst))
		require.NoError(t, dirErr)
		for _, e := range entries {
			require.Equal(t, "out.gguf", e.Name(), "check %d left a stray file", k)
		}
		switch {
		case containsAny(err.Error(), "before tensor", "in tensor", "before writing", "write "+dst):
			require.ErrorIs(t, statErr, os.ErrNotExist, "check %d: %v", k, err)
		case containsAny(err.Error(), "model root"):
			require.NoError(t, statErr, "check %d", k)
		default:
			t.Fatalf("check %d: unexpected error %v", k, err)
		}
		for _, w := range []string{"before tensor", "in tensor", "before writing", "model root"} {
			seen[w] = seen[w] || containsAny(err.Error(), w)
		}
		seen["during the write"] = seen["during the write"] || containsAny(err.Error(), "write "+dst)
	}
	require.Equal(t, map[string]bool{"before tensor": true, "in tensor": true, "before writing": true,
		"during the write": true, "model root": true}, seen,
		"every kind of check was hit")

	_, err = Import(t.Context(), src, dst, ImportOptions{Run: canon.Options{Threads: -1}})
	require.ErrorIs(t, err, canon.ErrOptions)
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
