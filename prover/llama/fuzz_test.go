package llama

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
)

// FuzzFromFile feeds mutated canonical model files to the in-memory loader
// (gguf.Read and FromFile; FuzzLoad covers Load's memory-mapped path):
// whatever the bytes, loading either fails with an error or yields a model
// that runs a token; it never panics. The fuzzer mutates a small patch (offset, bytes,
// truncation) applied to a valid model file, which keeps inputs small and
// the structure mostly intact so mutations reach the loader's checks.
func FuzzFromFile(f *testing.F) {
	spec := modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFDim: 64, Vocab: 400, Context: 16, Seed: 9}
	path := filepath.Join(f.TempDir(), "seed.gguf")
	if err := Generate(path, spec); err != nil {
		f.Fatal(err)
	}
	seed, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint32(0), []byte{}, uint32(0))
	f.Add(uint32(100), []byte{0xff, 0xff, 0xff, 0x7f}, uint32(0))
	f.Add(uint32(len(seed)/2), []byte{0}, uint32(len(seed)/3))
	f.Fuzz(func(t *testing.T, off uint32, patch []byte, cut uint32) {
		data := append([]byte(nil), seed...)
		if len(patch) > 0 {
			copy(data[int(off)%len(data):], patch)
		}
		if cut > 0 {
			data = data[:len(data)-int(cut)%len(data)]
		}
		gf, err := gguf.Read(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		l, err := FromFile(gf)
		if err != nil {
			return
		}
		s, err := l.Model.NewSession(2, true, canon.Options{})
		if err != nil {
			return
		}
		if _, err := s.Forward(t.Context(), []int32{0, int32(l.Model.Vocab - 1)}, canon.LogitsAll); err != nil {
			t.Fatalf("a loaded model must run: %v", err)
		}
	})
}
