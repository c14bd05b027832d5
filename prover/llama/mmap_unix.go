//go:build unix

package llama

import (
	"fmt"
	"os"
	"syscall"
)

// mapFile maps a file read-only. The mapping lives as long as the process
// (models are loaded once and used until exit, as in llama.cpp).
func mapFile(path string, size int64) ([]byte, error) {
	if size <= 0 || size != int64(int(size)) {
		return nil, fmt.Errorf("llama: cannot map %d bytes", size)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() != size {
		return nil, fmt.Errorf("llama: %s changed size while loading", path)
	}
	return syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
}
