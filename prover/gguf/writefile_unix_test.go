//go:build unix

package gguf

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestWriteFileHonoursUmask: a new file gets the umask's bits, as with
// os.Create (a private umask makes a private model file).
func TestWriteFileHonoursUmask(t *testing.T) {
	for _, mask := range []int{0o077, 0o022, 0o002} {
		old := syscall.Umask(mask)
		path := filepath.Join(t.TempDir(), "m.gguf")
		err := smallWriter(t).WriteFile(path)
		syscall.Umask(old)
		require.NoError(t, err)
		fi, err := os.Stat(path)
		require.NoError(t, err)
		require.Equal(t, os.FileMode(0o666&^mask), fi.Mode().Perm(), "umask %#o", mask)
	}
}
