package fidelity_test

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/quant"
)

// The float64 reference: the model's exact function (its weights decoded
// exactly, every other step in float64 with no rounding of its own),
// against which both runtimes' errors are measured. The weights are those
// of the imported model (Q8_0, canonWeights) or of the file it was imported
// from (fileWeights: the exact values of its K-quant or *_1 blocks), and
// refOpts can add an activation quantization to every matrix-vector
// product, to attribute an error to one of them.
type refOpts struct {
	acts actQuant
}

// actQuant is the quantization of a matrix-vector product's input: none, or
// one of ggml's CPU quantizers (x86), each emulated in float32 as ggml
// computes it.
type actQuant int

const (
	actNone actQuant = iota
	// actQ8_0 is quantize_row_q8_0: per 32, d = amax/127 stored as fp16,
	// q = round(x·(127/amax)) with ties to even.
	actQ8_0
	// actQ8_1 is quantize_row_q8_1: actQ8_0 and the block's sum s =
	// fp16(d·Σq), which the *_1 dot products multiply the weight block's
	// minimum by (for a matrix without minima it is actQ8_0).
	actQ8_1
	// actQ8_K is quantize_row_q8_K: per 256, iscale = −127/max with max the
	// value of largest magnitude (its sign kept), q = nearest_int(iscale·x),
	// d = 1/iscale (float32).
	actQ8_K
	// actLlama is llama.cpp's choice per matrix (the weight type's
	// vec_dot_type): actQ8_K for the K-quants, actQ8_1 for Q4_1/Q5_1, actQ8_0
	// for Q8_0, none for float weights.
	actLlama
)

var actNames = [...]string{actNone: "none", actQ8_0: "Q8_0 per 32", actQ8_1: "Q8_1 per 32", actQ8_K: "Q8_K per 256", actLlama: "llama.cpp's"}

func (a actQuant) String() string { return actNames[a] }

// refMatrix is a weight matrix of the reference: its exact values, the
// minimum of each block of 32 of a *_1 matrix (value = d·q + m; nil
// otherwise) and its type in the file it comes from.
type refMatrix struct {
	w    [][]float64
	mins [][]float64
	typ  gguf.Type
}

// refWeights are the matrices of a model, in canon.Model's layout.
type refWeights struct {
	embed, out *refMatrix
	layers     []refLayer
}

type refLayer struct{ q, k, v, o, g, u, d *refMatrix }

// dequant returns the float64 values of a Q8_0 matrix (exact).
func dequant(q *canon.Q8Matrix) *refMatrix {
	out := make([][]float64, q.Rows)
	for r := range out {
		row := q.Row(r)
		v := make([]float64, q.Cols)
		for b := 0; b < q.Cols/32; b++ {
			blk := row[b*34 : (b+1)*34]
			d := float64(fidelity.FP16Value(binary.LittleEndian.Uint16(blk)))
			for i := 0; i < 32; i++ {
				v[b*32+i] = d * float64(int8(blk[2+i]))
			}
		}
		out[r] = v
	}
	return &refMatrix{w: out, typ: gguf.TypeQ8_0}
}

// canonWeights are the (Q8_0) weights of the canonical model m.
func canonWeights(m *canon.Model) refWeights {
	w := refWeights{embed: dequant(&m.Embed)}
	w.out = w.embed
	if !m.Tied() {
		w.out = dequant(&m.Output)
	}
	for l := range m.Blocks {
		b := &m.Blocks[l]
		w.layers = append(w.layers, refLayer{dequant(&b.Wq), dequant(&b.Wk), dequant(&b.Wv), dequant(&b.Wo), dequant(&b.Wgate), dequant(&b.Wup), dequant(&b.Wdown)})
	}
	return w
}

// kFormats are the block formats fileWeights decodes with quant.Format.
var kFormats = map[gguf.Type]quant.Format{
	gguf.TypeQ4_1: quant.Q4_1, gguf.TypeQ5_1: quant.Q5_1,
	gguf.TypeQ4_K: quant.Q4_K, gguf.TypeQ5_K: quant.Q5_K, gguf.TypeQ6_K: quant.Q6_K,
}

// fileWeights are the exact weights of the llama.cpp file at path (the one
// a canonical model was imported from, unpadded): K-quant and *_1 blocks
// decoded exactly by quant.Format.Decode, Q8_0 and F32 as they are.
func fileWeights(t *testing.T, path string, layers int) refWeights {
	t.Helper()
	f, err := gguf.Open(path)
	require.NoError(t, err)
	defer f.Close()
	load := func(name string) *refMatrix {
		ti, ok := f.Tensor(name)
		if !ok {
			return nil
		}
		require.Len(t, ti.Dims, 2, name)
		data, err := f.TensorData(name)
		require.NoError(t, err)
		cols, rows := int(ti.Dims[0]), int(ti.Dims[1])
		m := &refMatrix{w: make([][]float64, rows), typ: ti.Type}
		var flat []float64
		switch ti.Type {
		case gguf.TypeQ8_0, gguf.TypeF32:
			x, err := fidelity.Dequantize(ti.Type, data)
			require.NoError(t, err, name)
			for _, v := range x {
				flat = append(flat, float64(v))
			}
		default:
			qf, ok := kFormats[ti.Type]
			require.True(t, ok, "%s: type %v", name, ti.Type)
			vals := make([]int64, qf.BlockElems())
			if qf == quant.Q4_1 || qf == quant.Q5_1 {
				m.mins = make([][]float64, rows)
			}
			for b := 0; b*qf.BlockBytes() < len(data); b++ {
				blk := data[b*qf.BlockBytes():]
				require.NoError(t, qf.Decode(blk, vals), name)
				for _, v := range vals {
					flat = append(flat, float64(v)/(1<<quant.ValueFrac))
				}
				if m.mins != nil {
					r := b * 32 / cols
					m.mins[r] = append(m.mins[r], float64(fidelity.FP16Value(binary.LittleEndian.Uint16(blk[2:]))))
				}
			}
		}
		require.Len(t, flat, rows*cols, name)
		for r := range m.w {
			m.w[r] = flat[r*cols : (r+1)*cols]
		}
		return m
	}
	w := refWeights{embed: load("token_embd.weight"), out: load("output.weight")}
	require.NotNil(t, w.embed)
	if w.out == nil {
		w.out = w.embed
	}
	for l := range layers {
		n := func(s string) *refMatrix {
			m := load(fmt.Sprintf("blk.%d.%s.weight", l, s))
			require.NotNil(t, m, "blk.%d.%s", l, s)
			return m
		}
		w.layers = append(w.layers, refLayer{n("attn_q"), n("attn_k"), n("attn_v"), n("attn_output"), n("ffn_gate"), n("ffn_up"), n("ffn_down")})
	}
	return w
}

// fp16Round is x rounded to the nearest fp16 (ties to even).
func fp16Round(x float32) float64 { return float64(fidelity.FP16Value(fidelity.FP16(x))) }

// rne32 is x rounded to an integer with ties to even (_mm256_round_ps,
// nearest_int).
func rne32(x float32) float64 { return math.RoundToEven(float64(x)) }

// quantActs returns the values x takes after quantization a (for actQ8_1
// also each block's s; the values are float32 first, as llama.cpp's
// activations are).
func quantActs(x []float64, a actQuant) (y, s []float64) {
	y = make([]float64, len(x))
	switch a {
	case actNone:
		copy(y, x)
	case actQ8_0, actQ8_1:
		for b := 0; b < len(x); b += 32 {
			var amax float32
			for _, v := range x[b : b+32] {
				amax = max(amax, float32(math.Abs(v)))
			}
			d32 := amax / 127
			d := fp16Round(d32)
			var id float32
			if amax != 0 {
				id = 127 / amax
			}
			var sum float64
			for i := b; i < b+32; i++ {
				q := rne32(float32(x[i]) * id)
				y[i] = d * q
				sum += q
			}
			s = append(s, fp16Round(d32*float32(sum)))
		}
	case actQ8_K:
		q, d := quantQ8K(x)
		for i := range y {
			y[i] = d[i/256] * float64(q[i])
		}
	}
	return y, s
}

// quantQ8K is quantize_row_q8_K on x (as float32): the quants of each value
// and the scale d of each block of 256 (0 for an all-zero block).
func quantQ8K(x []float64) (q []int8, d []float64) {
	q = make([]int8, len(x))
	for b := 0; b < len(x); b += 256 {
		var amax, mx float32
		for _, v := range x[b : b+256] {
			if a := float32(math.Abs(v)); a > amax {
				amax, mx = a, float32(v)
			}
		}
		if amax == 0 {
			d = append(d, 0)
			continue
		}
		iscale := -127 / mx
		d = append(d, float64(1/iscale))
		for i := b; i < b+256; i++ {
			q[i] = int8(min(127, rne32(iscale*float32(x[i]))))
		}
	}
	return q, d
}

// llamaActs is the activation quantization llama.cpp's CPU backend uses
// for weights of type t (its vec_dot_type).
func llamaActs(t gguf.Type) actQuant {
	switch t {
	case gguf.TypeQ4_K, gguf.TypeQ5_K, gguf.TypeQ6_K:
		return actQ8_K
	case gguf.TypeQ4_1, gguf.TypeQ5_1:
		return actQ8_1
	case gguf.TypeQ8_0:
		return actQ8_0
	}
	return actNone
}

func matvec(m *refMatrix, x []float64, o refOpts) []float64 {
	a := o.acts
	if a == actLlama {
		a = llamaActs(m.typ)
	}
	x, s := quantActs(x, a)
	y := make([]float64, len(m.w))
	for r, row := range m.w {
		var sum float64
		for i, v := range row {
			sum += v * x[i]
		}
		if a == actQ8_1 && m.mins != nil {
			// the minimum multiplies s, not the sum of the block's values
			for b, mn := range m.mins[r] {
				var bs float64
				for _, v := range x[b*32 : (b+1)*32] {
					bs += v
				}
				sum += mn * (s[b] - bs)
			}
		}
		y[r] = sum
	}
	return y
}

func q16(v []int32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x) / 65536
	}
	return out
}

func rms(x, w []float64, eps float64) []float64 {
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	r := math.Sqrt(ss/float64(len(x)) + eps)
	y := make([]float64, len(x))
	for i := range x {
		y[i] = x[i] / r * w[i]
	}
	return y
}

// refLogProbs runs m over tokens in float64 from its exact weights and
// returns every position's next-token log-probabilities.
func refLogProbs(m *canon.Model, tokens []int32, o refOpts) [][]float64 {
	return refLogProbsW(m, canonWeights(m), tokens, o)
}

// refLogProbsW is refLogProbs with the weights w (m gives the rest: the
// configuration, norms and rope factors).
func refLogProbsW(m *canon.Model, w refWeights, tokens []int32, o refOpts) [][]float64 {
	c := m.Config
	hd := c.HeadDim()
	eps := float64(math.Float32frombits(c.NormEpsBits))
	base := float64(math.Float32frombits(c.RopeBaseBits))
	embed, out, ls := w.embed.w, w.out, w.layers
	rope := func(v []float64, heads, p int) {
		for h := 0; h < heads; h++ {
			for i := 0; i < c.RopeDims/2; i++ {
				theta := math.Pow(base, -2*float64(i)/float64(c.RopeDims))
				if m.RopeFreqs != nil {
					theta /= float64(math.Float32frombits(m.RopeFreqs[i]))
				}
				cs, sn := math.Cos(float64(p)*theta), math.Sin(float64(p)*theta)
				x0, x1 := v[h*hd+2*i], v[h*hd+2*i+1]
				v[h*hd+2*i], v[h*hd+2*i+1] = x0*cs-x1*sn, x0*sn+x1*cs
			}
		}
	}
	keys := make([][][]float64, c.Layers)
	vals := make([][][]float64, c.Layers)
	var res [][]float64
	for p, t := range tokens[:len(tokens)-1] {
		x := append([]float64{}, embed[t]...)
		for l := range ls {
			b := &m.Blocks[l]
			h := rms(x, q16(b.AttnNorm), eps)
			q, k, v := matvec(ls[l].q, h, o), matvec(ls[l].k, h, o), matvec(ls[l].v, h, o)
			rope(q, c.Heads, p)
			rope(k, c.KVHeads, p)
			keys[l] = append(keys[l], k)
			vals[l] = append(vals[l], v)
			att := make([]float64, c.Dim)
			for hh := 0; hh < c.Heads; hh++ {
				g := hh / (c.Heads / c.KVHeads)
				sc := make([]float64, p+1)
				mx := math.Inf(-1)
				for s := 0; s <= p; s++ {
					var d float64
					for i := 0; i < hd; i++ {
						d += q[hh*hd+i] * keys[l][s][g*hd+i]
					}
					sc[s] = d / math.Sqrt(float64(hd))
					mx = math.Max(mx, sc[s])
				}
				var sum float64
				for s := range sc {
					sc[s] = math.Exp(sc[s] - mx)
					sum += sc[s]
				}
				for s := range sc {
					for i := 0; i < hd; i++ {
						att[hh*hd+i] += sc[s] / sum * vals[l][s][g*hd+i]
					}
				}
			}
			ao := matvec(ls[l].o, att, o)
			for i := range x {
				x[i] += ao[i]
			}
			h = rms(x, q16(b.FFNNorm), eps)
			gg, uu := matvec(ls[l].g, h, o), matvec(ls[l].u, h, o)
			for i := range gg {
				gg[i] = gg[i] / (1 + math.Exp(-gg[i])) * uu[i]
			}
			dd := matvec(ls[l].d, gg, o)
			for i := range x {
				x[i] += dd[i]
			}
		}
		h := rms(x, q16(m.OutNorm), eps)
		logits := matvec(out, h, o)
		mx := math.Inf(-1)
		for _, v := range logits {
			mx = math.Max(mx, v)
		}
		var sum float64
		for _, v := range logits {
			sum += math.Exp(v - mx)
		}
		lse := mx + math.Log(sum)
		for i := range logits {
			logits[i] -= lse
		}
		res = append(res, logits)
	}
	return res
}

// refEval wraps reference log-probabilities as a llama.cpp evaluation, so
// the fidelity measures compare anything against them.
func refEval(lp [][]float64, tokens []int32) *llamacpp.Eval {
	e := &llamacpp.Eval{VocabSize: len(lp[0])}
	var nll float64
	for i, row := range lp {
		t1, t2 := -1, -1
		for j, v := range row {
			if t1 < 0 || v > row[t1] {
				t1, t2 = j, t1
			} else if t2 < 0 || v > row[t2] {
				t2 = j
			}
		}
		a, b := row[t1], row[t2]
		e.Positions = append(e.Positions, llamacpp.Position{Top1: int32(t1), Top1LogProb: &a, Top2: int32(t2), Top2LogProb: &b, Target: tokens[i+1]})
		f := make([]float32, len(row))
		for j, v := range row {
			f[j] = float32(v)
		}
		e.LogProbs = append(e.LogProbs, f)
		nll -= row[tokens[i+1]]
	}
	e.Perplexity = math.Exp(nll / float64(len(lp)))
	return e
}
