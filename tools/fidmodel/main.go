// Command fidmodel makes internal/fidelity's trained Llama 3-style fidelity
// model (internal/fidelity/testdata/fidmodel): a byte-level BPE vocabulary
// and training data from the Go standard library's sources, and, from the
// weights train.py learns on them, the F16 GGUF file. See README.md.
//
//	go run ./tools/fidmodel data -work DIR -testdata internal/fidelity/testdata/fidmodel
//	python3 tools/fidmodel/train.py DIR
//	go run ./tools/fidmodel gguf -work DIR -out internal/fidelity/testdata/fidmodel/fidmodel.F16.gguf
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// The model's shape (train.py reads it from config.json).
const (
	vocabSize = 1536
	dim       = 256
	layers    = 2
	heads     = 4
	kvHeads   = 2
	ffDim     = 768
	ctxLen    = 256
	ropeBase  = 500000.0
	// ropeOrigCtx is the original context given to the LLaMA 3.1 rope
	// scaling: the training context, so that the scaled pairs (wavelength
	// above it) and the blended ones (between a quarter of it and it) are
	// the ones whose rotation the model sees.
	ropeOrigCtx = ctxLen
	normEps     = 1e-5
)

const (
	heldOutEvery = 20      // every 20th source file (sorted order) is held out
	trainBytes   = 3 << 20 // training text taken from the other files
	vocabBytes   = 1 << 20 // of which the BPE vocabulary learns from the first
	evalTexts    = 6       // held-out texts written for the tests
	evalBytes    = 1400    // bytes per held-out text (> 256 tokens)
)

// config is what train.py reads.
type config struct {
	Vocab, Dim, Layers, Heads, KVHeads, FFDim, Context int
	NormEps                                            float64
	RopeBase                                           float64
	RopeFreqs                                          []float32
	BOS, EOS                                           int32
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: fidmodel data|gguf [flags]")
		os.Exit(2)
	}
	fl := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	work := fl.String("work", "", "work directory (token ids, vocabulary, weights)")
	testdata := fl.String("testdata", "", "data: where to write the held-out texts")
	out := fl.String("out", "", "gguf: the F16 GGUF file to write")
	_ = fl.Parse(os.Args[2:])
	var err error
	switch os.Args[1] {
	case "data":
		err = data(*work, *testdata)
	case "gguf":
		err = writeGGUF(*work, *out)
	default:
		err = fmt.Errorf("fidmodel: unknown command %q", os.Args[1])
	}
	if err != nil {
		slog.Error("fidmodel failed", "err", err)
		os.Exit(1)
	}
}

// sources returns the Go standard library's non-test .go files (not under
// testdata, vendor or cmd), sorted by path relative to GOROOT/src.
func sources() (root string, paths []string, err error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", nil, fmt.Errorf("go env GOROOT: %w", err)
	}
	root = filepath.Join(strings.TrimSpace(string(out)), "src")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "vendor", "cmd":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			rel, _ := filepath.Rel(root, p)
			paths = append(paths, rel)
		}
		return nil
	})
	slices.Sort(paths)
	return root, paths, err
}

func data(work, testdata string) error {
	if work == "" || testdata == "" {
		return errors.New("fidmodel data: -work and -testdata are required")
	}
	root, paths, err := sources()
	if err != nil {
		return err
	}
	var train []string
	var held []string
	size := 0
	for i, p := range paths {
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return err
		}
		if i%heldOutEvery == heldOutEvery-1 {
			held = append(held, p)
			continue
		}
		if size < trainBytes && len(b) <= 64<<10 {
			train = append(train, string(b))
			size += len(b)
		}
	}
	corpus := strings.Join(train, "\n")
	vocab, err := tokenizer.BuildBPEVocab(corpus[:vocabBytes], vocabSize, "llama-bpe")
	if err != nil {
		return err
	}
	tok, err := tokenizer.New(vocab)
	if err != nil {
		return err
	}
	ids := make([]byte, 0, 2*len(corpus)/3)
	n := 0
	for _, doc := range train {
		d := append([]int32{vocab.BOS}, tok.Encode(doc, false)...)
		for _, id := range append(d, vocab.EOS) {
			ids = binary.LittleEndian.AppendUint16(ids, uint16(id))
			n++
		}
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "train.u16"), ids, 0o644); err != nil {
		return err
	}
	vb, err := json.Marshal(vocab)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "vocab.json"), vb, 0o644); err != nil {
		return err
	}
	cfg := config{Vocab: vocabSize, Dim: dim, Layers: layers, Heads: heads, KVHeads: kvHeads, FFDim: ffDim, Context: ctxLen,
		NormEps: normEps, RopeBase: ropeBase, RopeFreqs: ropeFreqs(), BOS: vocab.BOS, EOS: vocab.EOS}
	cb, err := json.MarshalIndent(cfg, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "config.json"), cb, 0o644); err != nil {
		return err
	}
	// Held-out texts: evalBytes from the middle of evenly spaced held-out
	// files (past the licence header), from a line start.
	if err := os.MkdirAll(testdata, 0o755); err != nil {
		return err
	}
	var names []string
	for k, i := 0, 0; k < evalTexts && i < len(held); i++ {
		p := held[(i*len(held)/evalTexts+i/evalTexts)%len(held)]
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return err
		}
		s := string(b)
		if len(s) < 3*evalBytes {
			continue
		}
		start := len(s)/2 - evalBytes/2
		start += strings.IndexByte(s[start:], '\n') + 1
		text := s[start : start+evalBytes]
		name := fmt.Sprintf("heldout-%d.txt", k)
		if err := os.WriteFile(filepath.Join(testdata, name), []byte(text), 0o644); err != nil {
			return err
		}
		names = append(names, name+" "+p)
		k++
	}
	if err := os.WriteFile(filepath.Join(testdata, "heldout.txt"), []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	slog.Info("fidmodel data written", "files", len(paths), "train_files", len(train), "train_bytes", size, "tokens", n, "held_out_files", len(held))
	return nil
}

func ropeFreqs() []float32 {
	return fidelity.Llama3RopeFactors(dim/heads, ropeBase, ropeOrigCtx)
}

// writeGGUF writes the F16 GGUF from work/weights.f32 (train.py's output:
// the tensors in tensorOrder, float32 little-endian, each torch's row-major
// [out, in], which is GGUF's [in, out]).
func writeGGUF(work, out string) error {
	if work == "" || out == "" {
		return errors.New("fidmodel gguf: -work and -out are required")
	}
	vb, err := os.ReadFile(filepath.Join(work, "vocab.json"))
	if err != nil {
		return err
	}
	var vocab tokenizer.Vocab
	if err := json.Unmarshal(vb, &vocab); err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(work, "weights.f32"))
	if err != nil {
		return err
	}
	// The metadata of a generated model of the same shape, as a user's file
	// has it: no airollup.* keys, RoPE base 500000, F16.
	spec := modelgen.Spec{Dim: dim, Layers: layers, Heads: heads, KVHeads: kvHeads, FFDim: ffDim, Vocab: vocabSize, Context: ctxLen, Seed: 1}
	tmp := filepath.Join(work, "meta.gguf")
	if err := llama.GenerateWithVocab(context.Background(), tmp, spec, vocab); err != nil {
		return err
	}
	f, err := gguf.Open(tmp)
	if err != nil {
		return err
	}
	defer f.Close()
	w := gguf.NewWriter()
	for _, kv := range f.KVs {
		switch {
		case strings.HasPrefix(kv.Key, "airollup."):
		case kv.Key == "general.name":
			w.SetKV(kv.Key, gguf.StringValue("airollup-fidmodel-llama3-style"))
		case kv.Key == "general.file_type":
			w.SetKV(kv.Key, gguf.Uint32Value(1)) // LLAMA_FTYPE_MOSTLY_F16
		case kv.Key == "llama.rope.freq_base":
			w.SetKV(kv.Key, gguf.Float32BitsValue(math.Float32bits(ropeBase)))
		case kv.Key == "llama.attention.layer_norm_rms_epsilon":
			w.SetKV(kv.Key, gguf.Float32BitsValue(math.Float32bits(normEps)))
		default:
			w.SetKV(kv.Key, kv.Value)
		}
	}
	f32 := func(x []float32) []byte {
		b := make([]byte, 0, 4*len(x))
		for _, v := range x {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
		return b
	}
	if err := w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{uint64(dim / heads / 2)}, f32(ropeFreqs())); err != nil {
		return err
	}
	off := 0
	for _, t := range tensorOrder() {
		n := 1
		for _, d := range t.dims {
			n *= int(d)
		}
		if off+4*n > len(raw) {
			return fmt.Errorf("fidmodel: weights.f32 has %d bytes, tensor %s needs up to %d", len(raw), t.name, off+4*n)
		}
		x := make([]float32, n)
		for i := range x {
			x[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[off+4*i:]))
		}
		off += 4 * n
		if len(t.dims) == 1 {
			err = w.AddTensor(t.name, gguf.TypeF32, t.dims, f32(x))
		} else {
			b := make([]byte, 0, 2*n)
			for _, v := range x {
				b = binary.LittleEndian.AppendUint16(b, fidelity.FP16(v))
			}
			err = w.AddTensor(t.name, gguf.TypeF16, t.dims, b)
		}
		if err != nil {
			return fmt.Errorf("tensor %s: %w", t.name, err)
		}
	}
	if off != len(raw) {
		return fmt.Errorf("fidmodel: weights.f32 has %d bytes, the tensors %d", len(raw), off)
	}
	return w.WriteFile(out)
}

type tensor struct {
	name string
	dims []uint64 // GGUF order: row length first
}

// tensorOrder is the order train.py writes the tensors in (and the file
// holds them in, after rope_freqs).
func tensorOrder() []tensor {
	hd := dim / heads
	ts := []tensor{{"token_embd.weight", []uint64{dim, vocabSize}}}
	for l := range layers {
		p := fmt.Sprintf("blk.%d.", l)
		ts = append(ts,
			tensor{p + "attn_norm.weight", []uint64{dim}},
			tensor{p + "attn_q.weight", []uint64{dim, dim}},
			tensor{p + "attn_k.weight", []uint64{dim, uint64(kvHeads * hd)}},
			tensor{p + "attn_v.weight", []uint64{dim, uint64(kvHeads * hd)}},
			tensor{p + "attn_output.weight", []uint64{dim, dim}},
			tensor{p + "ffn_norm.weight", []uint64{dim}},
			tensor{p + "ffn_gate.weight", []uint64{dim, ffDim}},
			tensor{p + "ffn_up.weight", []uint64{dim, ffDim}},
			tensor{p + "ffn_down.weight", []uint64{ffDim, dim}},
		)
	}
	return append(ts, tensor{"output_norm.weight", []uint64{dim}})
}
