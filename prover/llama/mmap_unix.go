//go:build unix

package llama

import (
	"errors"
	"os"
	"syscall"
)

// mapFile maps size bytes of the regular file f read-only and private.
func mapFile(f *os.File, size int64) ([]byte, error) {
	if size <= 0 || size != int64(int(size)) {
		return nil, errors.New("llama: cannot map an empty or oversized file")
	}
	return syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
}

// unmap releases a mapping made by mapFile.
func unmap(b []byte) error { return syscall.Munmap(b) }

// identity returns the device and inode of a file, or false.
func identity(fi os.FileInfo) (dev, ino uint64, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return uint64(st.Dev), uint64(st.Ino), true //nolint:unconvert // Dev's type varies by platform
}
