package train

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

// ErrConfig is returned for a model or run configuration the trainer refuses.
var ErrConfig = errors.New("train: invalid configuration")

// Tensor is one master-weight tensor: Rows × Cols Q8.24 values, row-major
// (a norm weight has one row).
type Tensor struct {
	Name       string
	Rows, Cols int
	W          []int32
}

// Tensors per transformer block, in GGUF order.
const (
	tAttnNorm = iota
	tWq
	tWk
	tWv
	tWo
	tFFNNorm
	tWgate
	tWup
	tWdown
	perLayer
)

// Model is the trainable state of a LLaMA-architecture model: its master
// weights in GGUF tensor order (token_embd, per block attn_norm, attn_q,
// attn_k, attn_v, attn_output, ffn_norm, ffn_gate, ffn_up, ffn_down, then
// output_norm, output).
type Model struct {
	Spec    modelgen.Spec
	Config  canon.Config
	Tensors []*Tensor

	normEps int64 // ε in Q32
	rope    *canon.RopeTable
}

// block returns the index of tensor k of layer l.
func block(l, k int) int { return 1 + l*perLayer + k }

func (m *Model) embed() int   { return 0 }
func (m *Model) outNorm() int { return 1 + m.Config.Layers*perLayer }
func (m *Model) output() int  { return 2 + m.Config.Layers*perLayer }

// NewModel draws the seeded initial weights of spec (docs/arithmetic.md,
// "Seeded initialization"); spec.Seed selects the draw.
func NewModel(spec modelgen.Spec) (*Model, error) {
	m, err := emptyModel(spec)
	if err != nil {
		return nil, err
	}
	resid := int64(isqrt(2 * uint64(spec.Layers) * 1_000_000))
	for i, t := range m.Tensors {
		if t.Rows == 1 && i != m.embed() && i != m.output() {
			for j := range t.W {
				t.W[j] = OneW
			}
			continue
		}
		sigma, fanIn := int64(1000), int64(t.Cols)
		switch {
		case i == m.embed():
			fanIn = 1
		case (i-1)%perLayer == tWo || (i-1)%perLayer == tWdown:
			sigma = 1000 * 1000 / resid
		}
		r := stream(spec.Seed, t.Name)
		den := 1000 * int64(isqrt(uint64(fanIn)<<32))
		for j := range t.W {
			t.W[j] = sat32(MulDiv(gaussQ16(r), sigma<<WFrac, den))
		}
	}
	return m, nil
}

// emptyModel allocates the zero-weight tensors of spec after checking it.
func emptyModel(spec modelgen.Spec) (*Model, error) {
	if err := spec.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	c := spec.Config()
	if c.RopeDims != c.HeadDim() {
		return nil, fmt.Errorf("%w: rope dims %d must equal head dim %d", ErrConfig, c.RopeDims, c.HeadDim())
	}
	eps, err := canon.F32BitsToFixed(c.NormEpsBits, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: norm epsilon: %w", ErrConfig, err)
	}
	rope, err := canon.NewRopeTable(c.RopeDims, c.Context, c.RopeBaseBits)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	m := &Model{Spec: spec, Config: c, normEps: eps, rope: rope}
	add := func(name string, rows, cols int) {
		m.Tensors = append(m.Tensors, &Tensor{Name: name, Rows: rows, Cols: cols, W: make([]int32, rows*cols)})
	}
	d, kv, ff := c.Dim, c.KVDim(), c.FFDim
	add("token_embd.weight", c.Vocab, d)
	for l := 0; l < c.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		add(p+"attn_norm.weight", 1, d)
		add(p+"attn_q.weight", d, d)
		add(p+"attn_k.weight", kv, d)
		add(p+"attn_v.weight", kv, d)
		add(p+"attn_output.weight", d, d)
		add(p+"ffn_norm.weight", 1, d)
		add(p+"ffn_gate.weight", ff, d)
		add(p+"ffn_up.weight", ff, d)
		add(p+"ffn_down.weight", d, ff)
	}
	add("output_norm.weight", 1, d)
	add("output.weight", c.Vocab, d)
	return m, nil
}

// Clone returns a deep copy of the weights.
func (m *Model) Clone() *Model {
	c := *m
	c.Tensors = make([]*Tensor, len(m.Tensors))
	for i, t := range m.Tensors {
		u := *t
		u.W = append([]int32(nil), t.W...)
		c.Tensors[i] = &u
	}
	return &c
}

// Params returns the number of master weights.
func (m *Model) Params() int {
	n := 0
	for _, t := range m.Tensors {
		n += len(t.W)
	}
	return n
}

// stream returns the PCG stream of one tensor: the run seed and the FNV-1a
// hash of the tensor name.
func stream(seed uint64, name string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// gaussQ16 draws an approximately standard normal value in Q16 (Irwin–Hall of 12).
func gaussQ16(r *rand.Rand) int64 {
	var sum int64
	for i := 0; i < 3; i++ {
		u := r.Uint64()
		sum += int64(u&0xffff) + int64(u>>16&0xffff) + int64(u>>32&0xffff) + int64(u>>48)
	}
	return sum - 6*0x10000 + 6
}

func isqrt(n uint64) uint64 { return canon.ISqrt(n) }
