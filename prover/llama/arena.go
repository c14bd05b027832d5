package llama

import (
	"fmt"

	"github.com/airollup/airollup/prover/gguf"
)

// hugePage is the size of a transparent huge page on x86-64 and arm64 Linux.
const hugePage = 2 << 20

// arenaReader returns the tensor reader of copied weights: every tensor it
// is asked for goes into one arena of size bytes (a tensor past its end
// gets a buffer of its own), which the operating system is advised to back
// with transparent huge pages. Decoding streams every weight once per
// token; with 4 KiB pages that is a TLB miss every 4 KiB, and on one thread
// gen-100M decodes about a quarter slower (make bench). The arena is
// allocated at the first read, after the memory budget was checked, and
// only the bytes read into it are touched.
func arenaReader(f *gguf.File, size int64) func(string) ([]byte, error) {
	var arena []byte
	return func(name string) ([]byte, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("gguf: tensor %q: %w", name, gguf.ErrMissingTensor)
		}
		n := t.Size()
		if arena == nil && size > 0 && size == int64(int(size)) {
			arena = make([]byte, size)
			if size >= hugePage {
				adviseHuge(arena)
			}
		}
		if n > uint64(len(arena)) {
			return f.TensorData(name)
		}
		buf := arena[:n:n]
		arena = arena[n:]
		if err := f.ReadTensor(name, buf); err != nil {
			return nil, err
		}
		return buf, nil
	}
}
