package gguf

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func smallWriter(t *testing.T) *Writer {
	t.Helper()
	w := NewWriter()
	w.SetKV("general.name", StringValue("x"))
	require.NoError(t, w.AddTensor("t", TypeF32, []uint64{4}, make([]byte, 16)))
	return w
}

// tempFiles lists the leftover temporary files WriteFile makes in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
	require.NoError(t, err)
	return m
}

func TestWriteFileNewAndExisting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	require.NoError(t, smallWriter(t).WriteFile(path))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	ref, err := os.Create(filepath.Join(dir, "ref"))
	require.NoError(t, err)
	require.NoError(t, ref.Close())
	refInfo, err := os.Stat(ref.Name())
	require.NoError(t, err)
	require.NoError(t, os.Remove(ref.Name()))
	require.Equal(t, refInfo.Mode().Perm(), fi.Mode().Perm(), "a new file gets the mode os.Create gives")
	f, err := Open(path)
	require.NoError(t, err)
	require.NoError(t, f.Close())

	// An existing private file stays private.
	require.NoError(t, os.Chmod(path, 0o600))
	require.NoError(t, smallWriter(t).WriteFile(path))
	fi, err = os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "an existing file keeps its mode")
	require.Empty(t, tempFiles(t, dir))
}

// TestWriteFileRefusesNonRegular: a symlink, a directory or a device is never
// replaced; the error is typed and names the path the caller gave.
func TestWriteFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	require.NoError(t, os.WriteFile(target, []byte("keep"), 0o600))
	link := filepath.Join(dir, "link.gguf")
	require.NoError(t, os.Symlink(target, link))
	sub := filepath.Join(dir, "sub")
	require.NoError(t, os.Mkdir(sub, 0o755))
	paths := []string{link, sub}
	if _, err := os.Stat("/dev/null"); err == nil {
		paths = append(paths, "/dev/null")
	}
	for _, p := range paths {
		err := smallWriter(t).WriteFile(p)
		require.ErrorIs(t, err, ErrDestination, p)
		require.ErrorContains(t, err, p, "the error names the destination")
	}
	got, err := os.ReadFile(target)
	require.NoError(t, err)
	require.Equal(t, "keep", string(got), "the symlink's target is untouched")
	fi, err := os.Lstat(link)
	require.NoError(t, err)
	require.Equal(t, fs.ModeSymlink, fi.Mode().Type(), "the symlink is still a symlink")
	if fi, err := os.Lstat("/dev/null"); err == nil {
		require.NotZero(t, fi.Mode()&fs.ModeDevice, "/dev/null is still a device")
	}
	require.Empty(t, tempFiles(t, dir))
}

// failingReader fails every read: the tensor data cannot be written.
type failingReader struct{}

func (failingReader) ReadAt([]byte, int64) (int, error) { return 0, errors.New("disk on fire") }

// TestWriteFileCleansUpOnError: a write that fails leaves no temporary file
// and no destination, and says which path it was writing.
func TestWriteFileCleansUpOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	w := NewWriter()
	require.NoError(t, w.AddTensorFrom("t", TypeF32, []uint64{4}, failingReader{}))
	err := w.WriteFile(path)
	require.ErrorContains(t, err, "disk on fire")
	require.ErrorContains(t, err, path)
	require.Empty(t, tempFiles(t, dir))
	_, err = os.Stat(path)
	require.ErrorIs(t, err, fs.ErrNotExist)
}

// cancelingReader serves zeros and cancels a context on its first read, so
// that the write is cancelled while the tensor data is being copied.
type cancelingReader struct{ cancel context.CancelFunc }

func (r cancelingReader) ReadAt(p []byte, _ int64) (int, error) {
	r.cancel()
	clear(p)
	return len(p), nil
}

// TestWriteFileContextCancelled: a write cancelled midway leaves no temporary
// file, leaves an existing destination as it was, and wraps ctx.Err().
func TestWriteFileContextCancelled(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o600))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const n = 4 * writeChunk / 4 // 4 chunks of F32
	w := NewWriter()
	require.NoError(t, w.AddTensorFrom("t", TypeF32, []uint64{n}, cancelingReader{cancel}))
	err := w.WriteFileContext(ctx, path)
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorContains(t, err, path)
	require.Empty(t, tempFiles(t, dir))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, "old", string(got), "the destination is untouched")

	// A context already done writes nothing at all.
	err = smallWriter(t).WriteFileContext(ctx, filepath.Join(dir, "new.gguf"))
	require.ErrorIs(t, err, context.Canceled)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1)
}
