package llama

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// fuzzLoadMaxBytes bounds the files FuzzLoad writes and loads, so that its
// memory stays bounded whatever the fuzzer grows an input to.
const fuzzLoadMaxBytes = 4 << 20

// fuzzLoadSpec is the generated model FuzzLoad's seeds start from: the
// smallest shape with grouped-query attention and a learned vocabulary.
var fuzzLoadSpec = modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFDim: 64, Vocab: 400, Context: 16, Seed: 9}

// fuzzLoadSeeds returns a generated model file and variants of it: with
// different context keys (these three load), truncated, and with a flipped
// byte.
func fuzzLoadSeeds(f *testing.F) [][]byte {
	path := filepath.Join(f.TempDir(), "seed.gguf")
	if err := Generate(path, fuzzLoadSpec); err != nil {
		f.Fatal(err)
	}
	model, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	out := filepath.Join(f.TempDir(), "variant.gguf")
	rewrite := func(edit func(w *gguf.Writer)) []byte {
		gf, err := gguf.Open(path)
		if err != nil {
			f.Fatal(err)
		}
		defer gf.Close()
		w, err := gguf.NewWriterFrom(gf)
		if err != nil {
			f.Fatal(err)
		}
		edit(w)
		if err := w.WriteFile(out); err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			f.Fatal(err)
		}
		return b
	}
	longContext := rewrite(func(w *gguf.Writer) { w.SetKV(keyContext, gguf.Uint32Value(1<<12)) })
	canonContext := rewrite(func(w *gguf.Writer) { w.SetKV(keyCanonContext, gguf.Uint32Value(8)) })
	flipped := append([]byte(nil), model...)
	flipped[len(flipped)/2] ^= 0x40
	for _, valid := range [][]byte{model, longContext, canonContext} {
		if err := os.WriteFile(out, valid, 0o600); err != nil {
			f.Fatal(err)
		}
		l, err := Load(out)
		if err != nil {
			f.Fatalf("a valid seed does not load: %v", err)
		}
		l.Close()
	}
	return [][]byte{model, longContext, canonContext, flipped, model[:len(model)-1], model[:len(model)/2], model[:64], {}}
}

// loadErrorTyped reports whether err is one of the typed errors Load
// documents: a GGUF format error, an unsupported or non-canonical model, a
// model shape or configuration error, or an invalid vocabulary.
func loadErrorTyped(err error) bool {
	var fe *gguf.FormatError
	var te *gguf.TensorTypeError
	var we *gguf.WrongTypeError
	var ke *gguf.KeyError
	var ve *tokenizer.VocabError
	return errors.As(err, &fe) || errors.As(err, &te) || errors.As(err, &we) || errors.As(err, &ke) ||
		errors.As(err, &ve) || errors.Is(err, ErrUnsupported) || errors.Is(err, ErrNotCanonical) ||
		errors.Is(err, canon.ErrShape) || errors.Is(err, canon.ErrConfig) || errors.Is(err, canon.ErrScale) ||
		errors.Is(err, canon.ErrRope)
}

// FuzzLoad writes a file and loads it through Load, the path a worker takes
// for a model registered on-chain (the weights memory-mapped): whatever the
// bytes, Load either fails with a typed error or yields a model whose
// tokenizer and forward pass run; it never panics or crashes.
//
// The file is one of the valid seed models (base's low bits select it) with
// patch copied over it at offset off (modulo its length); the last choice of
// base makes patch the whole file instead. With base's top bit set, cut bytes
// are then cut from the file's end (modulo its length) when base's high
// nibble is 8. Patching keeps the file's length
// and most of its structure, so mutations reach past the GGUF parser into
// the loader's checks and the mapped weights; raw files cover the rest.
// Files over fuzzLoadMaxBytes are skipped to keep memory bounded.
func FuzzLoad(f *testing.F) {
	// Map the weights as Load does on a read-only mount: the file the target
	// writes never changes while it is loaded.
	orig := mappable
	mappable = func(*os.File) bool { return true }
	f.Cleanup(func() { mappable = orig })
	seeds := fuzzLoadSeeds(f)
	bases := seeds[:3] // the ones that load
	raw := uint8(len(bases))
	for b := range bases {
		f.Add(uint8(b), uint32(0), []byte{}, uint32(0))
	}
	for _, s := range seeds[3:] {
		if len(s) <= 4096 {
			f.Add(raw, uint32(0), s, uint32(0))
		}
	}
	f.Add(uint8(0), uint32(100), []byte{0xff, 0xff, 0xff, 0x7f}, uint32(0))
	f.Add(uint8(0x80), uint32(len(bases[0])/2), []byte{0}, uint32(len(bases[0])/3))
	f.Add(uint8(0x80), uint32(0), []byte{}, uint32(1))
	f.Add(uint8(1), uint32(len(bases[1])-40), []byte{0x7f, 0x7f}, uint32(0))
	// One file per fuzzing process, rewritten for each input: mappings of
	// earlier inputs are never touched again, and disk use stays one input.
	path := filepath.Join(f.TempDir(), "model.gguf")
	f.Fuzz(func(t *testing.T, base uint8, off uint32, patch []byte, cut uint32) {
		var data []byte
		if b := base & 0x7f % (raw + 1); b == raw {
			data = patch
		} else {
			data = append([]byte(nil), bases[b]...)
			if len(patch) > 0 {
				copy(data[int(off%uint32(len(data))):], patch)
			}
		}
		if len(data) > fuzzLoadMaxBytes {
			t.Skipf("input of %d bytes is over the %d-byte bound", len(data), fuzzLoadMaxBytes)
		}
		if base&0xf0 == 0x80 && len(data) > 0 {
			data = data[:len(data)-int(cut%uint32(len(data)))]
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		l, err := Load(path)
		if err != nil {
			if !loadErrorTyped(err) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		defer l.Close()
		exerciseLoaded(t, l)
	})
}

// exerciseLoaded checks that a model Load accepted is usable: its tokenizer
// round-trips a text and its forward pass runs the first and last tokens.
func exerciseLoaded(t *testing.T, l *Loaded) {
	t.Helper()
	if l.Model.Vocab != l.Tokenizer.Size() {
		t.Fatalf("model vocabulary %d, tokenizer %d", l.Model.Vocab, l.Tokenizer.Size())
	}
	ids := l.Tokenizer.Encode("Hello world", false)
	for _, id := range ids {
		if id < 0 || int(id) >= l.Model.Vocab {
			t.Fatalf("token %d outside the vocabulary of %d", id, l.Model.Vocab)
		}
	}
	if _, err := l.Tokenizer.Decode(ids); err != nil {
		t.Fatalf("decode: %v", err)
	}
	s, err := l.Model.NewSession(2, true, canon.Options{Threads: 1})
	if err != nil {
		if !errors.Is(err, canon.ErrContext) && !errors.Is(err, canon.ErrConfig) {
			t.Fatalf("session: untyped error %v", err)
		}
		return
	}
	if _, err := s.Forward(context.Background(), []int32{0, int32(l.Model.Vocab - 1)}, canon.LogitsAll); err != nil {
		t.Fatalf("a loaded model must run: %v", err)
	}
}
