package fidelity_test

import (
	"encoding/binary"
	"math"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
)

// The float64 reference: the model's exact function (its Q8_0 weights
// dequantized exactly, every other step in float64 with no rounding of its
// own), against which both runtimes' errors are measured. refOpts can add
// llama.cpp's activation quantization to it, to attribute an error.
type refOpts struct {
	quantActs bool // quantize every matmul input to Q8_0 per block of 32 (amax/127, round half away)
}

// dequant returns the float64 values of a Q8_0 matrix (exact).
func dequant(q *canon.Q8Matrix) [][]float64 {
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
	return out
}

func quantQ8(x []float64) []float64 {
	y := make([]float64, len(x))
	for b := 0; b < len(x); b += 32 {
		amax := 0.0
		for _, v := range x[b : b+32] {
			amax = math.Max(amax, math.Abs(v))
		}
		if amax == 0 {
			continue
		}
		d := amax / 127
		for i := b; i < b+32; i++ {
			y[i] = math.Round(x[i]/d) * d
		}
	}
	return y
}

func matvec(w [][]float64, x []float64, o refOpts) []float64 {
	if o.quantActs {
		x = quantQ8(x)
	}
	y := make([]float64, len(w))
	for r, row := range w {
		var s float64
		for i, v := range row {
			s += v * x[i]
		}
		y[r] = s
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
	c := m.Config
	hd := c.HeadDim()
	eps := float64(math.Float32frombits(c.NormEpsBits))
	base := float64(math.Float32frombits(c.RopeBaseBits))
	embed := dequant(&m.Embed)
	out := embed
	if !m.Tied() {
		out = dequant(&m.Output)
	}
	type layer struct{ q, k, v, o, g, u, d [][]float64 }
	ls := make([]layer, c.Layers)
	for l := range ls {
		b := &m.Blocks[l]
		ls[l] = layer{dequant(&b.Wq), dequant(&b.Wk), dequant(&b.Wv), dequant(&b.Wo), dequant(&b.Wgate), dequant(&b.Wup), dequant(&b.Wdown)}
	}
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
