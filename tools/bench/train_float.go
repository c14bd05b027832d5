package main

import (
	"math"

	"github.com/airollup/airollup/prover/train"
)

// floatTrainer is the float64 reference of prover/train: the same model,
// initial weights (the Q8.24 draw of train.NewModel, as reals), data order,
// loss and Adam, computed in float64 with no rounding but the float's. It
// shows what the integer arithmetic costs in learning (make bench). It is
// never part of the canonical path.
type floatTrainer struct {
	d, kv, ff, hd, heads, kvHeads, layers, vocab int
	T, B                                         int
	W, G, M, V                                   [][]float64
	lr, b1, b2, eps, normEps                     float64
	cos, sin                                     [][]float64 // per position, HeadDim/2
	data                                         []int32
	K, cursor                                    uint64
	step                                         int
	// per-sequence activations
	x, xo, ho, dl, dx, dh, dt []float64
	ro                        []float64
	lay                       []floatSaved
}

type floatSaved struct {
	xa, ha, ra, q, k, v, probs, att, xf, hf, rf, g, u, s, sg, hh []float64
}

// newFloatTrainer copies tr's model, hyperparameters, data and position.
func newFloatTrainer(tr *train.Trainer) *floatTrainer {
	c := tr.Model.Config
	h := tr.Hyper
	f := &floatTrainer{d: c.Dim, kv: c.KVDim(), ff: c.FFDim, hd: c.HeadDim(), heads: c.Heads, kvHeads: c.KVHeads,
		layers: c.Layers, vocab: c.Vocab, T: h.SeqLen, B: h.Batch,
		lr: float64(h.LR) / (1 << train.HFrac), b1: float64(h.Beta1) / (1 << train.HFrac),
		b2: float64(h.Beta2) / (1 << train.HFrac), eps: float64(h.Eps) / (1 << train.HFrac),
		normEps: float64(math.Float32frombits(c.NormEpsBits)), data: tr.Data, K: tr.Sequences(), cursor: tr.Cursor}
	for _, t := range tr.Model.Tensors {
		w := make([]float64, len(t.W))
		for j, v := range t.W {
			w[j] = float64(v) / (1 << train.WFrac)
		}
		f.W = append(f.W, w)
		f.G = append(f.G, make([]float64, len(w)))
		f.M = append(f.M, make([]float64, len(w)))
		f.V = append(f.V, make([]float64, len(w)))
	}
	base := float64(math.Float32frombits(c.RopeBaseBits))
	for p := 0; p < c.Context; p++ {
		cs, sn := make([]float64, f.hd/2), make([]float64, f.hd/2)
		for i := range cs {
			th := float64(p) * math.Pow(base, -float64(2*i)/float64(c.RopeDims))
			cs[i], sn[i] = math.Cos(th), math.Sin(th)
		}
		f.cos, f.sin = append(f.cos, cs), append(f.sin, sn)
	}
	T, d, kv, ff := f.T, f.d, f.kv, f.ff
	mk := func(n int) []float64 { return make([]float64, n) }
	f.x, f.xo, f.ho, f.dl, f.dx, f.dh, f.dt, f.ro = mk(T*d), mk(T*d), mk(T*d), mk(T*f.vocab), mk(T*d), mk(T*d), mk(T*d), mk(T)
	for range f.layers {
		f.lay = append(f.lay, floatSaved{xa: mk(T * d), ha: mk(T * d), ra: mk(T), q: mk(T * d), k: mk(T * kv), v: mk(T * kv),
			probs: mk(f.heads * T * T), att: mk(T * d), xf: mk(T * d), hf: mk(T * d), rf: mk(T),
			g: mk(T * ff), u: mk(T * ff), s: mk(T * ff), sg: mk(T * ff), hh: mk(T * ff)})
	}
	return f
}

func fblock(l, k int) int            { return 1 + l*9 + k }
func (f *floatTrainer) outNorm() int { return 1 + f.layers*9 }
func (f *floatTrainer) output() int  { return 2 + f.layers*9 }

// step trains one batch and returns its mean loss.
func (f *floatTrainer) trainStep() float64 {
	for _, g := range f.G {
		clear(g)
	}
	var loss float64
	for b := 0; b < f.B; b++ {
		k := (f.cursor + uint64(b)) % f.K
		tokens := f.data[int(k)*f.T : int(k)*f.T+f.T+1]
		loss += f.forward(tokens)
		f.backward(tokens)
	}
	n := float64(f.B * f.T)
	f.step++
	c1, c2 := 1-math.Pow(f.b1, float64(f.step)), 1-math.Pow(f.b2, float64(f.step))
	for i, w := range f.W {
		for j := range w {
			g := f.G[i][j] / n
			f.M[i][j] = f.b1*f.M[i][j] + (1-f.b1)*g
			f.V[i][j] = f.b2*f.V[i][j] + (1-f.b2)*g*g
			w[j] -= f.lr * (f.M[i][j] / c1) / (math.Sqrt(f.V[i][j]/c2) + f.eps)
		}
	}
	f.cursor = (f.cursor + uint64(f.B)) % f.K
	return loss / n
}

// mv: y = W·x (rows × cols).
func fmv(w []float64, rows, cols int, x, y []float64) {
	for j := 0; j < rows; j++ {
		var a float64
		for i, wi := range w[j*cols : (j+1)*cols] {
			a += wi * x[i]
		}
		y[j] = a
	}
}

// mvT: dx = Wᵀ·dy.
func fmvT(w []float64, rows, cols int, dy, dx []float64) {
	clear(dx[:cols])
	for j := 0; j < rows; j++ {
		for i, wi := range w[j*cols : (j+1)*cols] {
			dx[i] += wi * dy[j]
		}
	}
}

func fouter(g []float64, cols int, dy, x []float64) {
	for j, d := range dy {
		row := g[j*cols : (j+1)*cols]
		for i, xi := range x {
			row[i] += d * xi
		}
	}
}

func (f *floatTrainer) rmsNorm(x, w, xh, y []float64) float64 {
	var s float64
	for _, v := range x {
		s += v * v
	}
	r := math.Sqrt(s/float64(len(x)) + f.normEps)
	for i, v := range x {
		xh[i] = v / r
		y[i] = xh[i] * w[i]
	}
	return r
}

func rmsNormBackF(dy, w, xh []float64, r float64, gw, dhat, dx []float64) {
	var c float64
	for i, d := range dy {
		gw[i] += d * xh[i]
		dhat[i] = d * w[i]
		c += dhat[i] * xh[i]
	}
	c /= float64(len(dy))
	for i := range dx {
		dx[i] = (dhat[i] - xh[i]*c) / r
	}
}

func (f *floatTrainer) rope(v []float64, p int, sign float64) {
	cs, sn := f.cos[p], f.sin[p]
	for i := range cs {
		a, b := v[2*i], v[2*i+1]
		v[2*i], v[2*i+1] = a*cs[i]-sign*b*sn[i], sign*a*sn[i]+b*cs[i]
	}
}

func (f *floatTrainer) forward(tokens []int32) float64 {
	T, d, kv, ff, hd := f.T, f.d, f.kv, f.ff, f.hd
	group := f.heads / f.kvHeads
	for p := 0; p < T; p++ {
		copy(f.x[p*d:(p+1)*d], f.W[0][int(tokens[p])*d:])
	}
	tmp := make([]float64, max(d, ff))
	sc := make([]float64, T)
	scale := 1 / math.Sqrt(float64(hd))
	for l := 0; l < f.layers; l++ {
		s := &f.lay[l]
		for p := 0; p < T; p++ {
			x, h := f.x[p*d:(p+1)*d], s.ha[p*d:(p+1)*d]
			s.ra[p] = f.rmsNorm(x, f.W[fblock(l, 0)], s.xa[p*d:(p+1)*d], h)
			q, k := s.q[p*d:(p+1)*d], s.k[p*kv:(p+1)*kv]
			fmv(f.W[fblock(l, 1)], d, d, h, q)
			fmv(f.W[fblock(l, 2)], kv, d, h, k)
			fmv(f.W[fblock(l, 3)], kv, d, h, s.v[p*kv:(p+1)*kv])
			for hh := 0; hh < f.heads; hh++ {
				f.rope(q[hh*hd:(hh+1)*hd], p, 1)
			}
			for g := 0; g < f.kvHeads; g++ {
				f.rope(k[g*hd:(g+1)*hd], p, 1)
			}
		}
		for p := 0; p < T; p++ {
			for hh := 0; hh < f.heads; hh++ {
				g := hh / group
				qh := s.q[p*d+hh*hd : p*d+(hh+1)*hd]
				probs := s.probs[(hh*T+p)*T : (hh*T+p)*T+p+1]
				mx := math.Inf(-1)
				for t := 0; t <= p; t++ {
					var a float64
					for i, qi := range qh {
						a += qi * s.k[t*kv+g*hd+i]
					}
					sc[t] = a * scale
					mx = max(mx, sc[t])
				}
				var sum float64
				for t := range probs {
					probs[t] = math.Exp(sc[t] - mx)
					sum += probs[t]
				}
				out := s.att[p*d+hh*hd : p*d+(hh+1)*hd]
				clear(out)
				for t := range probs {
					probs[t] /= sum
					for i := range out {
						out[i] += probs[t] * s.v[t*kv+g*hd+i]
					}
				}
			}
		}
		for p := 0; p < T; p++ {
			x, y := f.x[p*d:(p+1)*d], tmp[:d]
			fmv(f.W[fblock(l, 4)], d, d, s.att[p*d:(p+1)*d], y)
			for i := range x {
				x[i] += y[i]
			}
			h := s.hf[p*d : (p+1)*d]
			s.rf[p] = f.rmsNorm(x, f.W[fblock(l, 5)], s.xf[p*d:(p+1)*d], h)
			g, u := s.g[p*ff:(p+1)*ff], s.u[p*ff:(p+1)*ff]
			fmv(f.W[fblock(l, 6)], ff, d, h, g)
			fmv(f.W[fblock(l, 7)], ff, d, h, u)
			for i := range g {
				sg := 1 / (1 + math.Exp(-g[i]))
				s.sg[p*ff+i], s.s[p*ff+i] = sg, g[i]*sg
				s.hh[p*ff+i] = g[i] * sg * u[i]
			}
			fmv(f.W[fblock(l, 8)], d, ff, s.hh[p*ff:(p+1)*ff], y)
			for i := range x {
				x[i] += y[i]
			}
		}
	}
	V := f.vocab
	logits := make([]float64, V)
	var loss float64
	for p := 0; p < T; p++ {
		h := f.ho[p*d : (p+1)*d]
		f.ro[p] = f.rmsNorm(f.x[p*d:(p+1)*d], f.W[f.outNorm()], f.xo[p*d:(p+1)*d], h)
		fmv(f.W[f.output()], V, d, h, logits)
		mx := math.Inf(-1)
		for _, v := range logits {
			mx = max(mx, v)
		}
		var sum float64
		for _, v := range logits {
			sum += math.Exp(v - mx)
		}
		y := int(tokens[p+1])
		dl := f.dl[p*V : (p+1)*V]
		for v, lv := range logits {
			dl[v] = math.Exp(lv-mx) / sum
		}
		dl[y]--
		loss += math.Log(sum) + mx - logits[y]
	}
	return loss
}

func (f *floatTrainer) backward(tokens []int32) {
	T, d, kv, ff, hd, V := f.T, f.d, f.kv, f.ff, f.hd, f.vocab
	group := f.heads / f.kvHeads
	scale := 1 / math.Sqrt(float64(hd))
	dx, dh, dt := f.dx, f.dh, f.dt
	for p := 0; p < T; p++ {
		dl := f.dl[p*V : (p+1)*V]
		fouter(f.G[f.output()], d, dl, f.ho[p*d:(p+1)*d])
		fmvT(f.W[f.output()], V, d, dl, dh[p*d:(p+1)*d])
		rmsNormBackF(dh[p*d:(p+1)*d], f.W[f.outNorm()], f.xo[p*d:(p+1)*d], f.ro[p], f.G[f.outNorm()], dt[p*d:(p+1)*d], dx[p*d:(p+1)*d])
	}
	dhh, dg, du, tmp, dxn := make([]float64, ff), make([]float64, ff), make([]float64, ff), make([]float64, d), make([]float64, d)
	dq, dk, dv := make([]float64, T*d), make([]float64, T*kv), make([]float64, T*kv)
	dp := make([]float64, T)
	for l := f.layers - 1; l >= 0; l-- {
		s := &f.lay[l]
		for p := 0; p < T; p++ {
			dxp := dx[p*d : (p+1)*d]
			fouter(f.G[fblock(l, 8)], ff, dxp, s.hh[p*ff:(p+1)*ff])
			fmvT(f.W[fblock(l, 8)], d, ff, dxp, dhh)
			for i := range dhh {
				sg, g := s.sg[p*ff+i], s.g[p*ff+i]
				dg[i] = dhh[i] * s.u[p*ff+i] * sg * (1 + g*(1-sg))
				du[i] = dhh[i] * s.s[p*ff+i]
			}
			hf := s.hf[p*d : (p+1)*d]
			fouter(f.G[fblock(l, 6)], d, dg, hf)
			fouter(f.G[fblock(l, 7)], d, du, hf)
			dhp := dh[p*d : (p+1)*d]
			fmvT(f.W[fblock(l, 6)], ff, d, dg, dhp)
			fmvT(f.W[fblock(l, 7)], ff, d, du, tmp)
			for i := range dhp {
				dhp[i] += tmp[i]
			}
			rmsNormBackF(dhp, f.W[fblock(l, 5)], s.xf[p*d:(p+1)*d], s.rf[p], f.G[fblock(l, 5)], dt[p*d:(p+1)*d], dxn)
			for i := range dxp {
				dxp[i] += dxn[i]
			}
		}
		da := dh
		for p := 0; p < T; p++ {
			fouter(f.G[fblock(l, 4)], d, dx[p*d:(p+1)*d], s.att[p*d:(p+1)*d])
			fmvT(f.W[fblock(l, 4)], d, d, dx[p*d:(p+1)*d], da[p*d:(p+1)*d])
		}
		clear(dq)
		clear(dk)
		clear(dv)
		for p := 0; p < T; p++ {
			for h := 0; h < f.heads; h++ {
				g := h / group
				dout := da[p*d+h*hd : p*d+(h+1)*hd]
				qh := s.q[p*d+h*hd : p*d+(h+1)*hd]
				probs := s.probs[(h*T+p)*T : (h*T+p)*T+p+1]
				var D float64
				for t, pt := range probs {
					vt := s.v[t*kv+g*hd : t*kv+(g+1)*hd]
					var a float64
					for i, o := range dout {
						a += o * vt[i]
					}
					dp[t] = a
					dvt := dv[t*kv+g*hd : t*kv+(g+1)*hd]
					for i, o := range dout {
						dvt[i] += pt * o
					}
					D += pt * a
				}
				dqh := dq[p*d+h*hd : p*d+(h+1)*hd]
				for t, pt := range probs {
					dd := pt * (dp[t] - D) * scale
					kt := s.k[t*kv+g*hd : t*kv+(g+1)*hd]
					dkt := dk[t*kv+g*hd : t*kv+(g+1)*hd]
					for i := range kt {
						dqh[i] += dd * kt[i]
						dkt[i] += dd * qh[i]
					}
				}
			}
		}
		for p := 0; p < T; p++ {
			for h := 0; h < f.heads; h++ {
				f.rope(dq[p*d+h*hd:p*d+(h+1)*hd], p, -1)
			}
			dkp, dvp := dk[p*kv:(p+1)*kv], dv[p*kv:(p+1)*kv]
			for g := 0; g < f.kvHeads; g++ {
				f.rope(dkp[g*hd:(g+1)*hd], p, -1)
			}
			ha := s.ha[p*d : (p+1)*d]
			fouter(f.G[fblock(l, 1)], d, dq[p*d:(p+1)*d], ha)
			fouter(f.G[fblock(l, 2)], d, dkp, ha)
			fouter(f.G[fblock(l, 3)], d, dvp, ha)
			dhp := dt[p*d : (p+1)*d]
			fmvT(f.W[fblock(l, 1)], d, d, dq[p*d:(p+1)*d], dhp)
			fmvT(f.W[fblock(l, 2)], kv, d, dkp, tmp)
			for i := range dhp {
				dhp[i] += tmp[i]
			}
			fmvT(f.W[fblock(l, 3)], kv, d, dvp, tmp)
			for i := range dhp {
				dhp[i] += tmp[i]
			}
			rmsNormBackF(dhp, f.W[fblock(l, 0)], s.xa[p*d:(p+1)*d], s.ra[p], f.G[fblock(l, 0)], da[p*d:(p+1)*d], dxn)
			for i := range dxn {
				dx[p*d+i] += dxn[i]
			}
		}
	}
	for p := 0; p < T; p++ {
		row := f.G[0][int(tokens[p])*d : (int(tokens[p])+1)*d]
		for i := range row {
			row[i] += dx[p*d+i]
		}
	}
}
