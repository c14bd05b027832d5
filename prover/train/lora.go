package train

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/quant"
)

// LoRA target projections of every block (LoRA.Targets bits).
const (
	LoRAQ    uint8 = 1 << iota // attn_q
	LoRAK                      // attn_k
	LoRAV                      // attn_v
	LoRAO                      // attn_output
	LoRAGate                   // ffn_gate
	LoRAUp                     // ffn_up
	LoRADown                   // ffn_down
)

// loraTensors maps each target bit to its tensor within a block.
var loraTensors = [...]struct {
	bit  uint8
	k    int
	name string
}{
	{LoRAQ, tWq, "q"}, {LoRAK, tWk, "k"}, {LoRAV, tWv, "v"}, {LoRAO, tWo, "o"},
	{LoRAGate, tWgate, "gate"}, {LoRAUp, tWup, "up"}, {LoRADown, tWdown, "down"},
}

// ParseLoRATargets parses a comma-separated list of q, k, v, o, gate, up,
// down (or "all") into LoRA.Targets bits.
func ParseLoRATargets(s string) (uint8, error) {
	var bits uint8
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "all" {
			bits |= 1<<len(loraTensors) - 1
			continue
		}
		found := false
		for _, t := range loraTensors {
			if t.name == f {
				bits |= t.bit
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("%w: LoRA target %q (want q, k, v, o, gate, up, down or all)", ErrConfig, f)
		}
	}
	return bits, nil
}

// MaxLoRARank is the largest adapter rank.
const MaxLoRARank = 256

// LoRA configures low-rank adaptation (docs/arithmetic.md, "LoRA"): every
// target projection W (R × C) of every block is trained as
// W0 + s·B·A with W0 frozen, A (Rank × C) drawn from Seed and B (R × Rank)
// zero at the start; nothing else is trained.
type LoRA struct {
	Rank    int
	Scale   int64 // s in Q32 (α/r): (0, 2^40]
	Targets uint8 // LoRAQ | LoRAV | ...
	Seed    uint64
}

// Check validates the configuration, naming the field and its limit.
func (c LoRA) Check() error {
	switch {
	case c.Rank <= 0 || c.Rank > MaxLoRARank:
		return fmt.Errorf("%w: LoRA rank %d must be 1..%d", ErrConfig, c.Rank, MaxLoRARank)
	case c.Scale <= 0 || c.Scale > 1<<40:
		return fmt.Errorf("%w: LoRA scale %d (Q32) must be in (0, 2^40]", ErrConfig, c.Scale)
	case c.Targets == 0 || c.Targets >= 1<<len(loraTensors):
		return fmt.Errorf("%w: LoRA targets %#x must name at least one of q, k, v, o, gate, up, down", ErrConfig, c.Targets)
	}
	return nil
}

// adapter is the pair of low-rank factors of one target tensor.
type adapter struct {
	target int     // index of the target in Model.Tensors
	A, B   *Tensor // A: Rank × Cols, B: Rows × Rank (Q8.24)
	base   []int32 // W0, frozen
	mA, vA []int64 // Adam moments
	mB, vB []int64
}

// NewLoRA returns a trainer at step 0 that fine-tunes m (its weights are the
// frozen base) with the adapters of cfg over data.
func NewLoRA(m *Model, h Hyper, data []int32, cfg LoRA) (*Trainer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	tr, err := newTrainer(m, h, data, false)
	if err != nil {
		return nil, err
	}
	tr.LoRA = &cfg
	tr.frozen = make([]bool, len(m.Tensors))
	for i := range tr.frozen {
		tr.frozen[i] = true
	}
	for l := 0; l < m.Config.Layers; l++ {
		for _, tt := range loraTensors {
			if cfg.Targets&tt.bit == 0 {
				continue
			}
			i := block(l, tt.k)
			t := m.Tensors[i]
			ad := &adapter{target: i, base: append([]int32(nil), t.W...),
				A: &Tensor{Name: t.Name + ".lora_a", Rows: cfg.Rank, Cols: t.Cols, W: make([]int32, cfg.Rank*t.Cols)},
				B: &Tensor{Name: t.Name + ".lora_b", Rows: t.Rows, Cols: cfg.Rank, W: make([]int32, t.Rows*cfg.Rank)}}
			r := stream(cfg.Seed, ad.A.Name)
			den := 1000 * int64(isqrt(uint64(t.Cols)<<32))
			for j := range ad.A.W {
				ad.A.W[j] = sat32(MulDiv(gaussQ16(r), 1000<<WFrac, den))
			}
			if h.Optimizer == Adam {
				ad.mA, ad.vA = make([]int64, len(ad.A.W)), make([]int64, len(ad.A.W))
				ad.mB, ad.vB = make([]int64, len(ad.B.W)), make([]int64, len(ad.B.W))
			}
			tr.adapters = append(tr.adapters, ad)
			tr.frozen[i] = false
			ad.merge(t, cfg.Scale)
		}
	}
	for i, f := range tr.frozen {
		if f {
			tr.G[i] = nil // never computed: backward skips a frozen tensor's weight gradient
		}
	}
	return tr, nil
}

// merge writes W0 + s·B·A into t: D_ij = rshift(Σ_k B_ik·A_kj, 24) (the sum
// exact), W_ij = sat32(W0_ij + rshift(s·D_ij, 32)).
func (ad *adapter) merge(t *Tensor, s int64) {
	r, C := ad.A.Rows, ad.A.Cols
	for i := 0; i < t.Rows; i++ {
		brow := ad.B.W[i*r : (i+1)*r]
		for j := 0; j < C; j++ {
			var acc quant.Int128
			for k, b := range brow {
				if b != 0 {
					acc.AddMul(int64(b), int64(ad.A.W[k*C+j]))
				}
			}
			d := acc.RDivSat64(1 << WFrac)
			t.W[i*C+j] = sat32(int64(ad.base[i*C+j]) + MulShift(s, d, HFrac))
		}
	}
}

// updateAdapters is update for a LoRA run: the gradient g of each target's
// merged weight (Q24) gives g_B = rshift(s·rshift(Σ_j g_ij·A_kj, 24), 32) and
// g_A = rshift(s·rshift(Σ_i B_ik·g_ij, 24), 32) (sums exact); A and B take
// the optimizer step; the target is merged again. Nothing else changes.
func (tr *Trainer) updateAdapters(den int64, lr, b1, b2, epsQ24 int64) {
	s := tr.LoRA.Scale
	for _, ad := range tr.adapters {
		t := tr.Model.Tensors[ad.target]
		G := tr.G[ad.target]
		g := make([]int64, len(G))
		for j := range G {
			g[j] = rdiv(G[j], den)
		}
		gA, gB := ad.grads(g, t.Rows, s)
		for j, gv := range gA {
			ad.A.W[j] = sat32(int64(ad.A.W[j]) - tr.delta(lr, b1, b2, epsQ24, gv, ad.mA, ad.vA, j))
		}
		for j, gv := range gB {
			ad.B.W[j] = sat32(int64(ad.B.W[j]) - tr.delta(lr, b1, b2, epsQ24, gv, ad.mB, ad.vB, j))
		}
		ad.merge(t, s)
	}
}

// grads returns the gradients of A and B from g, the gradient (Q24) of the
// merged R × C weight: g_A = rshift(s·rshift(Σ_i B_ik·g_ij, 24), 32) and
// g_B = rshift(s·rshift(Σ_j g_ij·A_kj, 24), 32), the sums exact.
func (ad *adapter) grads(g []int64, R int, s int64) (gA, gB []int64) {
	r, C := ad.A.Rows, ad.A.Cols
	gB = make([]int64, len(ad.B.W))
	for i := 0; i < R; i++ {
		for k := 0; k < r; k++ {
			var acc quant.Int128
			for j, a := range ad.A.W[k*C : (k+1)*C] {
				acc.AddMul(g[i*C+j], int64(a))
			}
			gB[i*r+k] = MulShift(s, acc.RDivSat64(1<<WFrac), HFrac)
		}
	}
	gA = make([]int64, len(ad.A.W))
	for k := 0; k < r; k++ {
		for j := 0; j < C; j++ {
			var acc quant.Int128
			for i := 0; i < R; i++ {
				acc.AddMul(int64(ad.B.W[i*r+k]), g[i*C+j])
			}
			gA[k*C+j] = MulShift(s, acc.RDivSat64(1<<WFrac), HFrac)
		}
	}
	return gA, gB
}

// BaseWeightsRoot is, in a LoRA run, the weights root of the frozen base
// (what the run fine-tunes); in a full run the weights root.
func (tr *Trainer) BaseWeightsRoot() merkle.Hash { return tr.baseWeightsRoot() }

// baseWeightsRoot is WeightsRoot over the frozen base weights (the base
// tree of docs/training-game.md); in a full run the weights root.
func (tr *Trainer) baseWeightsRoot() merkle.Hash {
	if tr.LoRA == nil {
		return tr.Model.WeightsRoot()
	}
	shapes, leaf, _ := tr.treeOf(TreeBase) // never fails in a LoRA run
	return tensorTreeRoot(shapes, leaf)
}

// AdaptersRoot returns the tensor tree over the adapter factors, in order
// (per target: lora_a then lora_b); zero in a full run.
func (tr *Trainer) AdaptersRoot() merkle.Hash {
	shapes, leaf, err := tr.treeOf(TreeAdapters)
	if err != nil {
		return merkle.Hash{}
	}
	return tensorTreeRoot(shapes, leaf)
}

// Adapters returns the adapter factors, per target lora_a then lora_b.
func (tr *Trainer) Adapters() []*Tensor {
	var out []*Tensor
	for _, ad := range tr.adapters {
		out = append(out, ad.A, ad.B)
	}
	return out
}

// FromCanonical returns the master weights of a canonical model, exactly:
// each Q8_0 weight d·q as d·2^24·q (Q8.24; d·2^24 is an integer for every
// finite fp16), each Q16.16 norm weight shifted to Q8.24. The model must
// be one the trainer runs: untied, rotary dimensions the head size, no
// zero-padded feed-forward width, no rope_freqs, and weights below 128 in
// magnitude. spec.Seed is only the model's name for Export.
func FromCanonical(cm *canon.Model, seed uint64) (*Model, error) {
	c := cm.Config
	switch {
	case cm.Tied():
		return nil, fmt.Errorf("%w: the base model ties its output head to the embedding; the trainer's is untied", ErrConfig)
	case c.FFUnpadded != 0:
		return nil, fmt.Errorf("%w: the base model's feed-forward width is zero-padded (%d of %d)", ErrConfig, c.FFUnpadded, c.FFDim)
	case cm.RopeFreqs != nil:
		return nil, fmt.Errorf("%w: the base model has rope_freqs; the trainer's RoPE has none", ErrConfig)
	}
	spec := modelgen.Spec{Dim: c.Dim, Layers: c.Layers, Heads: c.Heads, KVHeads: c.KVHeads, FFDim: c.FFDim,
		Vocab: c.Vocab, Context: c.Context, Seed: seed}
	want := spec.Config()
	want.EOS = c.EOS // where jobs stop; training does not read it
	if want != c {
		return nil, fmt.Errorf("%w: the base model's constants (RoPE dims and base, ε) are not the trainer's: %+v", ErrConfig, c)
	}
	m, err := emptyModel(spec)
	if err != nil {
		return nil, err
	}
	mats := []*canon.Q8Matrix{&cm.Embed}
	norms := map[int][]int32{}
	for l := range cm.Blocks {
		b := &cm.Blocks[l]
		norms[block(l, tAttnNorm)], norms[block(l, tFFNNorm)] = b.AttnNorm, b.FFNNorm
		mats = append(mats, nil, &b.Wq, &b.Wk, &b.Wv, &b.Wo, nil, &b.Wgate, &b.Wup, &b.Wdown)
	}
	norms[m.outNorm()] = cm.OutNorm
	mats = append(mats, nil, &cm.Output)
	for i, t := range m.Tensors {
		if n, ok := norms[i]; ok {
			for j, v := range n {
				t.W[j] = sat32(int64(v) << (WFrac - canon.ActFrac))
			}
			continue
		}
		q := mats[i]
		for r := 0; r < q.Rows; r++ {
			row := q.Row(r)
			for b := 0; b < q.Cols/canon.BlockSize; b++ {
				blk := row[b*canon.BlockBytes : (b+1)*canon.BlockBytes]
				d, err := canon.FP16ToD24(binary.LittleEndian.Uint16(blk))
				if err != nil {
					return nil, fmt.Errorf("%w: %s row %d block %d: %w", ErrConfig, t.Name, r, b, err)
				}
				for k := 0; k < canon.BlockSize; k++ {
					v := d * int64(int8(blk[2+k]))
					if v != int64(int32(v)) {
						return nil, fmt.Errorf("%w: %s row %d: weight %d·2^-24 does not fit Q8.24", ErrConfig, t.Name, r, v)
					}
					t.W[r*q.Cols+b*canon.BlockSize+k] = int32(v)
				}
			}
		}
	}
	return m, nil
}
