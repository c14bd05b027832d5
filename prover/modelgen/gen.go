package modelgen

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/quant"
)

// ErrSpec is returned for an invalid generation spec.
var ErrSpec = errors.New("modelgen: invalid spec")

// Spec describes a model to generate.
type Spec struct {
	Dim, Layers, Heads, KVHeads, FFDim, Vocab, Context int
	Seed                                               uint64
}

// Preset specs.
var (
	// Tiny is a test-sized model (~0.3M parameters).
	Tiny = Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 512, Context: 256, Seed: 1}
	// Small is a ~15M-parameter model (stories15M-like shape).
	Small = Spec{Dim: 288, Layers: 6, Heads: 6, KVHeads: 6, FFDim: 768, Vocab: 16384, Context: 512, Seed: 1}
	// Medium is a ~100M-parameter model.
	Medium = Spec{Dim: 768, Layers: 12, Heads: 12, KVHeads: 4, FFDim: 2048, Vocab: 16384, Context: 1024, Seed: 1}
)

// Params returns the number of weights of the spec.
func (s Spec) Params() int {
	hd := s.Dim / max(s.Heads, 1)
	kv := s.KVHeads * hd
	perLayer := 2*s.Dim + s.Dim*s.Dim*2 + 2*s.Dim*kv + 3*s.Dim*s.FFDim
	return 2*s.Vocab*s.Dim + s.Layers*perLayer + s.Dim
}

// Config returns the canonical configuration of the spec (RoPE base 10000,
// ε = 1e-5, EOS 2: the "</s>" of the vocabularies llama.Generate writes, or
// none below 3 tokens).
func (s Spec) Config() canon.Config {
	eos := canon.NoEOS
	if s.Vocab > 2 {
		eos = 2
	}
	return canon.Config{
		Dim: s.Dim, Layers: s.Layers, Heads: s.Heads, KVHeads: s.KVHeads, FFDim: s.FFDim,
		Vocab: s.Vocab, Context: s.Context, RopeDims: s.Dim / max(s.Heads, 1),
		RopeBaseBits: 0x461c4000, // 10000.0
		NormEpsBits:  0x3727c5ac, // 1e-5
		EOS:          eos,
	}
}

// Tensor is one generated tensor in GGUF terms.
type Tensor struct {
	Name string
	Dims []uint64 // GGUF order: ne0 (row length) first
	Q8   []byte   // Q8_0 blocks (2-D tensors)
	Norm []int32  // Q16.16 norm weights (1-D tensors), written as F32
}

// Check validates the spec — its canonical configuration, naming the field
// and its limit — without allocating anything.
func (s Spec) Check() error {
	if err := s.Config().Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrSpec, err)
	}
	return nil
}

// Tensors generates every tensor of the model in canonical GGUF order.
func (s Spec) Tensors() ([]Tensor, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	c := s.Config()
	d, kv, ff := uint64(s.Dim), uint64(c.KVDim()), uint64(s.FFDim)
	// Per-mille gains: σ = gain/1000 / sqrt(fan_in); residual-branch outputs
	// are further scaled by 1/sqrt(2·layers) (GPT-2 style) so the residual
	// stream stays O(1) through depth.
	resid := isqrt(2 * uint64(s.Layers) * 1_000_000) // sqrt(2L)·1000
	var out []Tensor
	add := func(name string, rows, cols uint64, sigmaMilli uint64, fanIn uint64) error {
		q, err := s.matrix(name, rows, cols, sigmaMilli, fanIn)
		if err != nil {
			return err
		}
		out = append(out, Tensor{Name: name, Dims: []uint64{cols, rows}, Q8: q})
		return nil
	}
	norm := func(name string) {
		out = append(out, Tensor{Name: name, Dims: []uint64{d}, Norm: s.norm(name, int(d))})
	}
	if err := add("token_embd.weight", uint64(s.Vocab), d, 1000, 1); err != nil {
		return nil, err
	}
	for l := 0; l < s.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		norm(p + "attn_norm.weight")
		for _, m := range []struct {
			name       string
			rows, cols uint64
			sigma      uint64
		}{
			{"attn_q.weight", d, d, 1000},
			{"attn_k.weight", kv, d, 1000},
			{"attn_v.weight", kv, d, 1000},
			{"attn_output.weight", d, d, 1000 * 1000 / resid},
		} {
			if err := add(p+m.name, m.rows, m.cols, m.sigma, m.cols); err != nil {
				return nil, err
			}
		}
		norm(p + "ffn_norm.weight")
		for _, m := range []struct {
			name       string
			rows, cols uint64
			sigma      uint64
		}{
			{"ffn_gate.weight", ff, d, 1000},
			{"ffn_up.weight", ff, d, 1000},
			{"ffn_down.weight", d, ff, 1000 * 1000 / resid},
		} {
			if err := add(p+m.name, m.rows, m.cols, m.sigma, m.cols); err != nil {
				return nil, err
			}
		}
	}
	norm("output_norm.weight")
	// The output head is scaled so logits have a standard deviation of ~4:
	// peaked enough that argmax is meaningful, flat enough to be a real distribution.
	if err := add("output.weight", uint64(s.Vocab), d, 4000, d); err != nil {
		return nil, err
	}
	return out, nil
}

// stream returns the PCG stream of one tensor: seeded by the spec seed and
// the FNV-1a hash of the tensor name, so tensors are independent of order.
func (s Spec) stream(name string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(s.Seed, h.Sum64()))
}

// gaussQ16 draws an approximately standard normal value in Q16.16 as the
// sum of 12 uniform 16-bit draws minus their mean (Irwin–Hall, σ = 2^16).
func gaussQ16(r *rand.Rand) int64 {
	var sum int64
	for i := 0; i < 3; i++ {
		u := r.Uint64()
		sum += int64(u&0xffff) + int64(u>>16&0xffff) + int64(u>>32&0xffff) + int64(u>>48)
	}
	return sum - 6*0x10000 + 6 // centre: E[sum] = 12·(2^16-1)/2
}

// matrix draws rows×cols weights N(0, σ²), σ = sigmaMilli/1000/sqrt(fanIn),
// as fixed-point Q40 and quantizes them row by row with the Q8_0 quantizer.
func (s Spec) matrix(name string, rows, cols, sigmaMilli, fanIn uint64) ([]byte, error) {
	r := s.stream(name)
	// σ in Q24: sigmaMilli·2^24 / (1000·sqrt(fanIn)), sqrt via isqrt(fanIn·2^32)/2^16.
	sq := isqrt(fanIn << 32) // sqrt(fanIn)·2^16
	sigmaQ24 := int64(sigmaMilli << 40 / (1000 * sq))
	out := make([]byte, rows*cols/quant.BlockSize*quant.BlockBytes)
	vals := make([]int64, quant.BlockSize)
	off := 0
	for i := uint64(0); i < rows*cols/quant.BlockSize; i++ {
		for j := range vals {
			vals[j] = gaussQ16(r) * sigmaQ24 // Q40
		}
		if err := quant.Block(vals, 40, out[off:off+quant.BlockBytes]); err != nil {
			return nil, fmt.Errorf("modelgen: %s: %w", name, err)
		}
		off += quant.BlockBytes
	}
	return out, nil
}

// norm draws RMSNorm weights 1 ± 0.1 (uniform) in Q16.16.
func (s Spec) norm(name string, n int) []int32 {
	r := s.stream(name)
	w := make([]int32, n)
	for i := range w {
		w[i] = canon.One + int32(r.Uint64()%13108) - 6554
	}
	return w
}

func isqrt(n uint64) uint64 {
	if n < 2 {
		return n
	}
	x := n
	y := (x + 1) / 2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

// Model generates the spec as an in-memory canonical model.
func (s Spec) Model() (*canon.Model, error) {
	ts, err := s.Tensors()
	if err != nil {
		return nil, err
	}
	return FromTensors(s.Config(), ts)
}

// FromTensors assembles a canonical model from tensors named as in GGUF.
func FromTensors(c canon.Config, ts []Tensor) (*canon.Model, error) {
	byName := map[string]Tensor{}
	for _, t := range ts {
		byName[t.Name] = t
	}
	mat := func(name string) canon.Q8Matrix {
		t := byName[name]
		if len(t.Dims) != 2 {
			return canon.Q8Matrix{Name: name}
		}
		return canon.Q8Matrix{Name: name, Rows: int(t.Dims[1]), Cols: int(t.Dims[0]), Data: t.Q8}
	}
	m := &canon.Model{Config: c, Embed: mat("token_embd.weight"), OutNorm: byName["output_norm.weight"].Norm}
	if _, ok := byName["output.weight"]; ok {
		m.Output = mat("output.weight")
	} else {
		m.Output = m.Embed // tied embeddings
	}
	for l := 0; l < c.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		m.Blocks = append(m.Blocks, canon.Block{
			AttnNorm: byName[p+"attn_norm.weight"].Norm,
			Wq:       mat(p + "attn_q.weight"), Wk: mat(p + "attn_k.weight"), Wv: mat(p + "attn_v.weight"),
			Wo:      mat(p + "attn_output.weight"),
			FFNNorm: byName[p+"ffn_norm.weight"].Norm,
			Wgate:   mat(p + "ffn_gate.weight"), Wup: mat(p + "ffn_up.weight"), Wdown: mat(p + "ffn_down.weight"),
		})
	}
	if err := m.Init(); err != nil {
		return nil, err
	}
	return m, nil
}
