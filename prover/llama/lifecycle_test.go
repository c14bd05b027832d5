package llama

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
)

// tinyModel writes the tiny generated model and dates it an hour back, so
// that any later write changes its modification time whatever the file
// system's timestamp granularity.
func tinyModel(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	past := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(path, past, past))
	return path
}

func run(t *testing.T, l *Loaded) *canon.Result {
	t.Helper()
	res, err := l.Model.Generate(context.Background(), canon.Job{Prompt: []int32{1, 2, 3}, MaxTokens: 4}, canon.Options{})
	require.NoError(t, err)
	return res
}

// TestLoadImmuneToFileChanges: the weights of a model loaded from a writable
// file are its own, so editing the file in place or truncating it under the
// loaded model changes nothing (no SIGBUS, no silent weight change under the
// computed root), and Verify reports that the file is no longer the one
// loaded.
func TestLoadImmuneToFileChanges(t *testing.T) {
	path := tinyModel(t)
	l, err := Load(path)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, l.Close()) })
	require.False(t, l.Mapped(), "a writable file is copied, not mapped")
	require.NoError(t, l.Verify())
	root := l.Model.Root()
	want := run(t, l)

	// Flip every weight byte of the second half of the file in place.
	fi, err := os.Stat(path)
	require.NoError(t, err)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	require.NoError(t, err)
	half := make([]byte, fi.Size()/2)
	_, err = f.ReadAt(half, fi.Size()-int64(len(half)))
	require.NoError(t, err)
	for i := range half {
		half[i] ^= 0x55
	}
	_, err = f.WriteAt(half, fi.Size()-int64(len(half)))
	require.NoError(t, err)
	require.NoError(t, f.Close())
	require.ErrorIs(t, l.Verify(), ErrChanged, "an edit in place is detected")
	var ce *ChangedError
	require.ErrorAs(t, l.Verify(), &ce)
	require.Equal(t, path, ce.Path)
	require.Equal(t, want, run(t, l), "an edit in place does not reach the loaded weights")

	require.NoError(t, os.Truncate(path, 0))
	require.ErrorIs(t, l.Verify(), ErrChanged, "a truncation is detected")
	require.Equal(t, want, run(t, l), "a forward pass after truncation runs on the loaded weights")
	require.Equal(t, root, l.Model.Root())

	require.NoError(t, os.Remove(path))
	require.ErrorIs(t, l.Verify(), ErrChanged, "a removal is detected")
}

// mapsOf returns the lines of /proc/self/maps that name path.
func mapsOf(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile("/proc/self/maps")
	require.NoError(t, err)
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasSuffix(line, path) {
			out = append(out, line)
		}
	}
	return out
}

// TestLoadMappedClose: a mapped model is mapped private and read-only, and
// Close unmaps it, once.
func TestLoadMappedClose(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	orig := mappable
	mappable = func(*os.File) bool { return true } // as on a read-only mount
	t.Cleanup(func() { mappable = orig })
	path := tinyModel(t)
	l, err := Load(path)
	require.NoError(t, err)
	require.True(t, l.Mapped())
	maps := mapsOf(t, path)
	require.Len(t, maps, 1)
	require.Contains(t, maps[0], " r--p ", "read-only and private")
	ref, err := FromFile(l.File)
	require.Error(t, err, "the File's tensor data is closed after Load")
	require.Nil(t, ref)
	require.NotEmpty(t, run(t, l).Tokens)

	require.NoError(t, l.Close())
	require.Empty(t, mapsOf(t, path), "Close unmaps")
	require.False(t, l.Mapped())
	require.Nil(t, l.Model)
	require.NoError(t, l.Close(), "Close is idempotent")
}

// TestLoadFromPipe: a model that is not a regular file is read into memory.
func TestLoadFromPipe(t *testing.T) {
	path := tinyModel(t)
	want, err := Load(path)
	require.NoError(t, err)
	defer want.Close()

	fifo := filepath.Join(t.TempDir(), "model.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			_, err = w.Write(readFile(t, path))
			w.Close()
		}
		done <- err
	}()
	l, err := Load(fifo)
	require.NoError(t, err)
	require.NoError(t, <-done)
	defer l.Close()
	require.False(t, l.Mapped())
	require.Equal(t, want.Model.Root(), l.Model.Root())
	require.Equal(t, run(t, want), run(t, l))
	require.NoError(t, l.Verify())
}

// TestLoadErrorsNamePath: a parse error names the file and keeps its type.
func TestLoadErrorsNamePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.gguf")
	require.NoError(t, os.WriteFile(path, readFile(t, tinyModel(t))[:100], 0o644))
	_, err := Load(path)
	require.ErrorIs(t, err, gguf.ErrTruncated)
	require.ErrorContains(t, err, path)
}
