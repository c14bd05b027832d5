package train

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/modelgen"
)

// refModel is a float64 copy of the master weights: the reference the
// integer trainer is checked against (test only; the package has no float).
type refModel struct {
	m *Model
	w [][]float64
}

func newRef(m *Model) *refModel {
	r := &refModel{m: m, w: make([][]float64, len(m.Tensors))}
	for i, t := range m.Tensors {
		r.w[i] = make([]float64, len(t.W))
		for j, v := range t.W {
			r.w[i][j] = float64(v) / (1 << WFrac)
		}
	}
	return r
}

func refMatVec(w []float64, rows, cols int, x []float64) []float64 {
	y := make([]float64, rows)
	for j := range y {
		var s float64
		for i := 0; i < cols; i++ {
			s += w[j*cols+i] * x[i]
		}
		y[j] = s
	}
	return y
}

func refNorm(x, w []float64, eps float64) []float64 {
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

func (r *refModel) rope(v []float64, p int) {
	c := r.m.Config
	hd := c.HeadDim()
	base := 10000.0
	for h := 0; h < len(v)/hd; h++ {
		for i := 0; i < hd/2; i++ {
			th := float64(p) * math.Pow(base, -float64(2*i)/float64(hd))
			x0, x1 := v[h*hd+2*i], v[h*hd+2*i+1]
			v[h*hd+2*i] = x0*math.Cos(th) - x1*math.Sin(th)
			v[h*hd+2*i+1] = x0*math.Sin(th) + x1*math.Cos(th)
		}
	}
}

// loss returns the summed cross-entropy of the sequence in float64.
func (r *refModel) loss(tokens []int32) float64 {
	c := r.m.Config
	d, kv, hd, T := c.Dim, c.KVDim(), c.HeadDim(), len(tokens)-1
	eps := 1e-5
	x := make([][]float64, T)
	for p := 0; p < T; p++ {
		x[p] = append([]float64(nil), r.w[0][int(tokens[p])*d:(int(tokens[p])+1)*d]...)
	}
	for l := 0; l < c.Layers; l++ {
		w := func(k int) []float64 { return r.w[block(l, k)] }
		q, k, v := make([][]float64, T), make([][]float64, T), make([][]float64, T)
		for p := 0; p < T; p++ {
			h := refNorm(x[p], w(tAttnNorm), eps)
			q[p], k[p], v[p] = refMatVec(w(tWq), d, d, h), refMatVec(w(tWk), kv, d, h), refMatVec(w(tWv), kv, d, h)
			r.rope(q[p], p)
			r.rope(k[p], p)
		}
		for p := 0; p < T; p++ {
			a := make([]float64, d)
			for h := 0; h < c.Heads; h++ {
				g := h / (c.Heads / c.KVHeads)
				sc := make([]float64, p+1)
				mx := math.Inf(-1)
				for t := 0; t <= p; t++ {
					for i := 0; i < hd; i++ {
						sc[t] += q[p][h*hd+i] * k[t][g*hd+i]
					}
					sc[t] /= math.Sqrt(float64(hd))
					mx = math.Max(mx, sc[t])
				}
				var sum float64
				for t := range sc {
					sc[t] = math.Exp(sc[t] - mx)
					sum += sc[t]
				}
				for t := range sc {
					for i := 0; i < hd; i++ {
						a[h*hd+i] += sc[t] / sum * v[t][g*hd+i]
					}
				}
			}
			o := refMatVec(w(tWo), d, d, a)
			for i := range o {
				x[p][i] += o[i]
			}
			h := refNorm(x[p], w(tFFNNorm), eps)
			gg, uu := refMatVec(w(tWgate), c.FFDim, d, h), refMatVec(w(tWup), c.FFDim, d, h)
			for i := range gg {
				gg[i] = gg[i] / (1 + math.Exp(-gg[i])) * uu[i]
			}
			o = refMatVec(w(tWdown), d, c.FFDim, gg)
			for i := range o {
				x[p][i] += o[i]
			}
		}
	}
	var loss float64
	for p := 0; p < T; p++ {
		h := refNorm(x[p], r.w[r.m.outNorm()], eps)
		lg := refMatVec(r.w[r.m.output()], c.Vocab, d, h)
		mx := math.Inf(-1)
		for _, v := range lg {
			mx = math.Max(mx, v)
		}
		var s float64
		for _, v := range lg {
			s += math.Exp(v - mx)
		}
		loss += math.Log(s) + mx - lg[tokens[p+1]]
	}
	return loss
}

// TestGradientMatchesFloatReference checks the integer gradient of every
// tensor (a sample of entries each, the embedding rows of the sequence's
// tokens included) against central differences of a float64 reference of the
// same model, and the integer loss against the reference loss.
//
// Tolerance: activations carry 2^-16 and gradients 2^-24 of resolution; the
// dominant error is the Q16 rounding of activations (2^-17 per value, a few
// dozen of them feeding one gradient), so each entry must agree within 2^-12
// of the tensor's largest reference gradient plus two Q16 ulps (2^-15). The
// measured worst error is about 2^-16 (logged).
func TestGradientMatchesFloatReference(t *testing.T) {
	t.Run("dim32-T8", func(t *testing.T) { gradCheck(t, tinySpec, tinyCorpus(9), 12) })
	wide := modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 40, Context: 64, Seed: 3}
	long := make([]int32, 41)
	for i := range long {
		long[i] = int32((i*i + 3*i) % 37)
	}
	t.Run("dim64-T40", func(t *testing.T) { gradCheck(t, wide, long, 3) })
}

func gradCheck(t *testing.T, spec modelgen.Spec, tokens []int32, samples int) {
	m, err := NewModel(spec)
	require.NoError(t, err)
	w := newWorker(m, len(tokens)-1)
	loss := w.forward(tokens)
	w.backward(tokens)
	ref := newRef(m)
	refLoss := ref.loss(tokens)
	require.InDelta(t, refLoss, float64(loss)/65536, 1e-3*float64(len(tokens)), "loss")

	const h = 1e-4
	for i, tn := range m.Tensors {
		idx := []int{}
		if i == m.embed() {
			for _, tok := range tokens[:min(len(tokens)-1, samples)] {
				idx = append(idx, int(tok)*tn.Cols, int(tok)*tn.Cols+5)
			}
		} else {
			for k := 0; k < samples; k++ {
				idx = append(idx, (k*7919)%len(tn.W))
			}
		}
		var maxRef float64
		got, want := make([]float64, len(idx)), make([]float64, len(idx))
		for k, j := range idx {
			orig := ref.w[i][j]
			ref.w[i][j] = orig + h
			lp := ref.loss(tokens)
			ref.w[i][j] = orig - h
			lm := ref.loss(tokens)
			ref.w[i][j] = orig
			want[k] = (lp - lm) / (2 * h)
			got[k] = float64(w.G[i][j]) / (1 << AccFrac)
			maxRef = math.Max(maxRef, math.Abs(want[k]))
		}
		tol := maxRef/4096 + 1.0/32768
		var worst float64
		for k := range idx {
			worst = math.Max(worst, math.Abs(want[k]-got[k]))
		}
		t.Logf("%s: max ref %.4g worst err %.3g tol %.3g", tn.Name, maxRef, worst, tol)
		for k := range idx {
			require.InDelta(t, want[k], got[k], tol, "%s[%d]: reference %.6g, integer %.6g", tn.Name, idx[k], want[k], got[k])
		}
		require.Greater(t, maxRef, 1e-4, "%s: the sampled gradients are all ~0, the check would be empty", tn.Name)
	}
}
