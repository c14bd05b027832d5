package train

import (
	"math/bits"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/quant"
)

// worker runs the forward and backward pass of one sequence at a time,
// holding the saved activations, and adds the weight gradients into its own
// accumulators G (exact sums mod 2^64, so workers combine in any order).
type worker struct {
	m *Model
	T int
	G [][]int64 // per tensor, Q40; nil for a frozen tensor (its gradient is never computed)

	layers []saved
	// final norm and head
	xo, ho []int32 // T×D: x̂ and normed output
	ro     []int64
	dl     []int32 // T×V logit gradients
	x      []int32 // T×D residual
	// backward scratch
	dx, dh, dt, dq []int32
	dk, dv         []int64
	dq32           []int32
	acc            []quant.Int128
	acc64          []int64
	wbits          []int // weightBits of the current weights (set before each forward)
	tmp            []int32
	dff, dff2      []int32
	dp             []int64
	scores         []int32
}

// saved holds one layer's activations for the backward.
type saved struct {
	xa, ha []int32 // T×D: x̂ and RMSNorm output before attention
	ra     []int64
	q      []int32 // T×D after RoPE
	k, v   []int32 // T×KV (k after RoPE)
	probs  []int64 // heads×T×T softmax (row p, column t ≤ p)
	att    []int32 // T×D attention output
	xf, hf []int32 // T×D: x̂ and RMSNorm output before the FFN
	rf     []int64
	g, u   []int32 // T×FF
	s      []int32 // SiLU(g)
	sg     []int64 // Sigmoid(g)
	hh     []int32 // T×FF SwiGLU output
}

func newWorker(m *Model, T int) *worker {
	c := m.Config
	d, kv, ff, v := c.Dim, c.KVDim(), c.FFDim, c.Vocab
	w := &worker{m: m, T: T, G: make([][]int64, len(m.Tensors))}
	for i, t := range m.Tensors {
		w.G[i] = make([]int64, len(t.W))
	}
	w.layers = make([]saved, c.Layers)
	for l := range w.layers {
		w.layers[l] = saved{
			xa: make([]int32, T*d), ha: make([]int32, T*d), ra: make([]int64, T),
			q: make([]int32, T*d), k: make([]int32, T*kv), v: make([]int32, T*kv),
			probs: make([]int64, c.Heads*T*T), att: make([]int32, T*d),
			xf: make([]int32, T*d), hf: make([]int32, T*d), rf: make([]int64, T),
			g: make([]int32, T*ff), u: make([]int32, T*ff), s: make([]int32, T*ff),
			sg: make([]int64, T*ff), hh: make([]int32, T*ff),
		}
	}
	w.xo, w.ho, w.ro = make([]int32, T*d), make([]int32, T*d), make([]int64, T)
	w.dl, w.x = make([]int32, T*v), make([]int32, T*d)
	w.dx, w.dh, w.dt, w.dq = make([]int32, T*d), make([]int32, T*d), make([]int32, T*d), make([]int32, T*d)
	w.dk, w.dv = make([]int64, T*kv), make([]int64, T*kv)
	w.dq32 = make([]int32, T*kv)
	w.acc = make([]quant.Int128, max(d, ff, kv, v))
	w.acc64 = make([]int64, max(d, ff, kv, v))
	w.wbits = weightBits(m)
	w.tmp = make([]int32, max(d, ff))
	w.dff, w.dff2 = make([]int32, T*ff), make([]int32, T*ff)
	w.dp = make([]int64, T)
	w.scores = make([]int32, T)
	return w
}

// weightBits returns, per tensor, the bit length of its largest |w|: the
// bound matVec's fast path needs, computed once per set of weights.
func weightBits(m *Model) []int {
	b := make([]int, len(m.Tensors))
	for i, t := range m.Tensors {
		b[i] = maxBits(t.W)
	}
	return b
}

func (w *worker) clearGrads() {
	for _, g := range w.G {
		clear(g)
	}
}

// freeze drops the gradient accumulators of the tensors frozen[i] names
// (nil: none), so that backward computes only what is trained.
func (w *worker) freeze(frozen []bool) {
	for i := range w.G {
		switch {
		case i < len(frozen) && frozen[i]:
			w.G[i] = nil
		case w.G[i] == nil:
			w.G[i] = make([]int64, len(w.m.Tensors[i].W))
		}
	}
}

// matVec computes y_j = sat32(rshift(Σ_i W_ji·x_i, 24)), the sum exact:
// in int64 when wBits (the bit length of the largest |W|), the input's and
// the row length's bits bound it below 2^63, in 128 bits otherwise (same result).
func matVec(t *Tensor, wBits int, x, y []int32) {
	fast := wBits+maxBits(x)+bits.Len(uint(t.Cols)) <= 62
	for j := 0; j < t.Rows; j++ {
		row := t.W[j*t.Cols : (j+1)*t.Cols]
		if fast {
			y[j] = sat32(rshift(dot64(row, x), WFrac))
			continue
		}
		var a quant.Int128
		for i, wi := range row {
			a.Add(int64(wi) * int64(x[i]))
		}
		y[j] = a.RShiftSat32(WFrac)
	}
}

// matVecT computes dx_i = sat32(rshift(Σ_j W_ji·dy_j, 24)), the sum exact
// (in int64 when bounded as in matVec).
func (w *worker) matVecT(t *Tensor, wBits int, dy, dx []int32) {
	if wBits+maxBits(dy)+bits.Len(uint(t.Rows)) <= 62 {
		acc := w.acc64[:t.Cols]
		clear(acc)
		for j := 0; j < t.Rows; j++ {
			d := int64(dy[j])
			if d == 0 {
				continue
			}
			axpy64(acc, t.W[j*t.Cols:(j+1)*t.Cols], d)
		}
		for i := range dx {
			dx[i] = sat32(rshift(acc[i], WFrac))
		}
		return
	}
	acc := w.acc[:t.Cols]
	clear(acc)
	for j := 0; j < t.Rows; j++ {
		d := int64(dy[j])
		if d == 0 {
			continue
		}
		row := t.W[j*t.Cols : (j+1)*t.Cols]
		for i, wi := range row {
			acc[i].Add(int64(wi) * d)
		}
	}
	for i := range dx {
		dx[i] = acc[i].RShiftSat32(WFrac)
	}
}

// dot64 returns Σ a_i·b_i in int64 (len(b) ≥ len(a)); the caller bounds
// the exact sum below 2^63, so the order of the additions (four partial
// sums) does not change it.
func dot64(a, b []int32) int64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int64
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += int64(a[i]) * int64(b[i])
		s1 += int64(a[i+1]) * int64(b[i+1])
		s2 += int64(a[i+2]) * int64(b[i+2])
		s3 += int64(a[i+3]) * int64(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += int64(a[i]) * int64(b[i])
	}
	return s0 + s1 + s2 + s3
}

// axpy64 adds d·x_i into acc_i (len(acc) ≥ len(x)), exact mod 2^64.
func axpy64(acc []int64, x []int32, d int64) {
	acc = acc[:len(x)]
	i := 0
	for ; i+4 <= len(x); i += 4 {
		acc[i] += d * int64(x[i])
		acc[i+1] += d * int64(x[i+1])
		acc[i+2] += d * int64(x[i+2])
		acc[i+3] += d * int64(x[i+3])
	}
	for ; i < len(x); i++ {
		acc[i] += d * int64(x[i])
	}
}

// mv is matVec of tensor i.
func (w *worker) mv(i int, x, y []int32) { matVec(w.m.Tensors[i], w.wbits[i], x, y) }

// mvT is matVecT of tensor i.
func (w *worker) mvT(i int, dy, dx []int32) { w.matVecT(w.m.Tensors[i], w.wbits[i], dy, dx) }

// maxBits returns the bit length of the largest |v_i|.
func maxBits(v []int32) int {
	var m uint32
	for _, x := range v {
		a := uint32(x)
		if x < 0 {
			a = uint32(-int64(x))
		}
		m |= a
	}
	return bits.Len32(m)
}

// outer adds dy_j·x_i into the accumulator of a Rows × Cols tensor.
func outer(g []int64, cols int, dy, x []int32) {
	if g == nil {
		return // a frozen tensor
	}
	for j, d := range dy {
		if d == 0 {
			continue
		}
		axpy64(g[j*cols:(j+1)*cols], x, int64(d))
	}
}

// rmsNorm writes x̂ and y = x̂ ⊙ w and returns r (docs/arithmetic.md, "Training").
func rmsNorm(x []int32, w []int32, eps int64, xh, y []int32) int64 {
	hi, lo := canon.SumSquares(x)
	r := canon.RMS(hi, lo, len(x), eps)
	for i, v := range x {
		xh[i] = sat32(rdiv(int64(v)<<16, r))
		y[i] = sat32(rshift(int64(xh[i])*int64(w[i]), WFrac))
	}
	return r
}

// rmsNormBack adds G[w] (unless gw is nil: a frozen norm) and writes dx
// from dy (Q24), saved x̂ and r.
func rmsNormBack(dy, w, xh []int32, r int64, gw []int64, dhat, dx []int32) {
	if gw != nil {
		for i, d := range dy {
			gw[i] += int64(d) * int64(xh[i])
		}
	}
	var c quant.Int128
	for i, d := range dy {
		dhat[i] = sat32(rshift(int64(d)*int64(w[i]), WFrac))
		c.Add(int64(dhat[i]) * int64(xh[i]))
	}
	cbar := c.RDivSat64(uint64(len(dy)) << 16)
	for i := range dx {
		t := int64(dhat[i]) - MulShift(int64(xh[i]), cbar, 16)
		dx[i] = sat32(MulDiv(t, 1<<16, r))
	}
}

// addInto adds b into a with int32 saturation.
func addInto(a, b []int32) {
	for i := range a {
		a[i] = sat32(int64(a[i]) + int64(b[i]))
	}
}

// forward runs the sequence's forward pass over tokens[0:T] with targets
// tokens[1:T+1], saves the activations and writes the logit gradients.
// It returns the summed loss (Q16).
func (w *worker) forward(tokens []int32) int64 {
	m, c, T := w.m, w.m.Config, w.T
	d, kv, ff, hd := c.Dim, c.KVDim(), c.FFDim, c.HeadDim()
	group := c.Heads / c.KVHeads
	E := m.Tensors[m.embed()]
	for p := 0; p < T; p++ {
		row := E.W[int(tokens[p])*d : (int(tokens[p])+1)*d]
		for i, e := range row {
			w.x[p*d+i] = sat32(rshift(int64(e), WFrac-canon.ActFrac))
		}
	}
	for l := 0; l < c.Layers; l++ {
		s := &w.layers[l]
		an, fn := m.Tensors[block(l, tAttnNorm)], m.Tensors[block(l, tFFNNorm)]
		for p := 0; p < T; p++ {
			x := w.x[p*d : (p+1)*d]
			h := s.ha[p*d : (p+1)*d]
			s.ra[p] = rmsNorm(x, an.W, m.normEps, s.xa[p*d:(p+1)*d], h)
			q, k := s.q[p*d:(p+1)*d], s.k[p*kv:(p+1)*kv]
			w.mv(block(l, tWq), h, q)
			w.mv(block(l, tWk), h, k)
			w.mv(block(l, tWv), h, s.v[p*kv:(p+1)*kv])
			for hh := 0; hh < c.Heads; hh++ {
				m.rope.Apply(q[hh*hd:(hh+1)*hd], p)
			}
			for g := 0; g < c.KVHeads; g++ {
				m.rope.Apply(k[g*hd:(g+1)*hd], p)
			}
		}
		inv := canon.InvSqrtHeadDim(hd)
		fastScore := maxBits(s.q)+maxBits(s.k)+bits.Len(uint(hd)) <= 62
		for p := 0; p < T; p++ {
			for hh := 0; hh < c.Heads; hh++ {
				g := hh / group
				qh := s.q[p*d+hh*hd : p*d+(hh+1)*hd]
				probs := s.probs[(hh*T+p)*T : (hh*T+p)*T+p+1]
				mx := int32(-1 << 31)
				sc := w.scores[:p+1]
				for t := 0; t <= p; t++ {
					kt := s.k[t*kv+g*hd : t*kv+(g+1)*hd]
					if fastScore { // canon.AttnScore, the exact dot product in int64
						sc[t] = sat32(rshift(int64(sat32(rshift(dot64(qh, kt), canon.ActFrac)))*inv, canon.ProbFrac))
					} else {
						sc[t] = canon.AttnScore(qh, kt)
					}
					mx = max(mx, sc[t])
				}
				var sum int64
				for t := range probs {
					probs[t] = canon.ExpNeg(sat32(int64(sc[t]) - int64(mx)))
					sum += probs[t]
				}
				for t := range probs {
					probs[t] = canon.SoftmaxProb(probs[t], sum)
				}
				out := s.att[p*d+hh*hd : p*d+(hh+1)*hd]
				for i := range out {
					var a int64
					for t, pt := range probs {
						a += pt * int64(s.v[t*kv+g*hd+i])
					}
					out[i] = sat32(rshift(a, canon.ProbFrac))
				}
			}
		}
		for p := 0; p < T; p++ {
			x := w.x[p*d : (p+1)*d]
			y := w.tmp[:d]
			w.mv(block(l, tWo), s.att[p*d:(p+1)*d], y)
			addInto(x, y)
			h := s.hf[p*d : (p+1)*d]
			s.rf[p] = rmsNorm(x, fn.W, m.normEps, s.xf[p*d:(p+1)*d], h)
			g, u := s.g[p*ff:(p+1)*ff], s.u[p*ff:(p+1)*ff]
			w.mv(block(l, tWgate), h, g)
			w.mv(block(l, tWup), h, u)
			for i := range g {
				s.sg[p*ff+i] = canon.Sigmoid(g[i])
				s.s[p*ff+i] = canon.SiLU(g[i])
				s.hh[p*ff+i] = sat32(rshift(int64(s.s[p*ff+i])*int64(u[i]), canon.ActFrac))
			}
			w.mv(block(l, tWdown), s.hh[p*ff:(p+1)*ff], y)
			addInto(x, y)
		}
	}
	on := m.Tensors[m.outNorm()]
	V := c.Vocab
	logits, e := make([]int32, V), make([]int64, V)
	var loss int64
	for p := 0; p < T; p++ {
		h := w.ho[p*d : (p+1)*d]
		w.ro[p] = rmsNorm(w.x[p*d:(p+1)*d], on.W, m.normEps, w.xo[p*d:(p+1)*d], h)
		w.mv(m.output(), h, logits)
		loss += crossEntropy(logits, int(tokens[p+1]), w.dl[p*V:(p+1)*V], e)
	}
	return loss
}

// crossEntropy returns the position's loss (Q16) and writes the logit
// gradient dl_v = rshift(p_v − [v = y]·2^30, 6) (Q24); e is scratch of the logits' length.
func crossEntropy(logits []int32, y int, dl []int32, e []int64) int64 {
	mx := logits[0]
	for _, l := range logits {
		mx = max(mx, l)
	}
	var sum int64
	for v, l := range logits {
		e[v] = canon.ExpNeg(sat32(int64(l) - int64(mx)))
		sum += e[v]
	}
	for v := range logits {
		p := canon.SoftmaxProb(e[v], sum)
		if v == y {
			p -= 1 << canon.ProbFrac
		}
		dl[v] = int32(rshift(p, canon.ProbFrac-GradFrac))
	}
	return LnQ16(sum) + int64(mx) - int64(logits[y])
}

// backward runs the backward pass of the sequence last forwarded and adds
// its weight gradients into w.G.
func (w *worker) backward(tokens []int32) {
	m, c, T := w.m, w.m.Config, w.T
	d, kv, ff, hd, V := c.Dim, c.KVDim(), c.FFDim, c.HeadDim(), c.Vocab
	group := c.Heads / c.KVHeads
	invSqrt := canon.InvSqrtHeadDim(hd)
	on, out := m.outNorm(), m.output()
	dx, dh, dt := w.dx, w.dh, w.dt
	for p := 0; p < T; p++ {
		dl := w.dl[p*V : (p+1)*V]
		outer(w.G[out], d, dl, w.ho[p*d:(p+1)*d])
		w.mvT(out, dl, dh[p*d:(p+1)*d])
		rmsNormBack(dh[p*d:(p+1)*d], m.Tensors[on].W, w.xo[p*d:(p+1)*d], w.ro[p], w.G[on], dt[p*d:(p+1)*d], dx[p*d:(p+1)*d])
	}
	for l := c.Layers - 1; l >= 0; l-- {
		s := &w.layers[l]
		iAN, iQ, iK, iV, iO := block(l, tAttnNorm), block(l, tWq), block(l, tWk), block(l, tWv), block(l, tWo)
		iFN, iG, iU, iD := block(l, tFFNNorm), block(l, tWgate), block(l, tWup), block(l, tWdown)
		// feed-forward branch
		for p := 0; p < T; p++ {
			dxp := dx[p*d : (p+1)*d]
			hh := s.hh[p*ff : (p+1)*ff]
			outer(w.G[iD], ff, dxp, hh)
			dhh := w.dff[p*ff : (p+1)*ff]
			w.mvT(iD, dxp, dhh)
			dg, du := w.dff2[p*ff:(p+1)*ff], dhh // du overwrites dhh after use
			for i := range dhh {
				dhi := int64(dhh[i])
				si, ui, gi, sg := int64(s.s[p*ff+i]), int64(s.u[p*ff+i]), int64(s.g[p*ff+i]), s.sg[p*ff+i]
				ds := rshift(dhi*ui, canon.ActFrac)
				a := MulShift(gi, 1<<canon.ProbFrac-sg, canon.ActFrac)
				dsig := MulShift(sg, 1<<canon.ProbFrac+a, canon.ProbFrac)
				dg[i] = sat32(MulShift(ds, dsig, canon.ProbFrac))
				du[i] = sat32(rshift(dhi*si, canon.ActFrac))
			}
			hf := s.hf[p*d : (p+1)*d]
			outer(w.G[iG], d, dg, hf)
			outer(w.G[iU], d, du, hf)
			dhp := dh[p*d : (p+1)*d]
			w.mvT(iG, dg, dhp)
			w.mvT(iU, du, w.tmp[:d])
			addInto(dhp, w.tmp[:d])
			dxn := w.dq[p*d : (p+1)*d]
			rmsNormBack(dhp, m.Tensors[iFN].W, s.xf[p*d:(p+1)*d], s.rf[p], w.G[iFN], dt[p*d:(p+1)*d], dxn)
			addInto(dxp, dxn)
		}
		// attention branch: da = Wo^T·dx
		da := dh
		for p := 0; p < T; p++ {
			outer(w.G[iO], d, dx[p*d:(p+1)*d], s.att[p*d:(p+1)*d])
			w.mvT(iO, dx[p*d:(p+1)*d], da[p*d:(p+1)*d])
		}
		dq := w.dq
		vBits := maxBits(s.v)
		clear(w.dk)
		clear(w.dv)
		for p := 0; p < T; p++ {
			for h := 0; h < c.Heads; h++ {
				g := h / group
				dout := da[p*d+h*hd : p*d+(h+1)*hd]
				qh := s.q[p*d+h*hd : p*d+(h+1)*hd]
				probs := s.probs[(h*T+p)*T : (h*T+p)*T+p+1]
				dp := w.dp[:p+1]
				var D int64
				fast := maxBits(dout)+vBits+bits.Len(uint(hd)) <= 62
				for t, pt := range probs {
					vt := s.v[t*kv+g*hd : t*kv+(g+1)*hd]
					if fast { // same result: the exact sum fits in int64
						var a int64
						for i, o := range dout {
							a += int64(o) * int64(vt[i])
						}
						dp[t] = rshift(a, 16)
					} else {
						var a quant.Int128
						for i, o := range dout {
							a.Add(int64(o) * int64(vt[i]))
						}
						dp[t] = a.RDivSat64(1 << 16)
					}
					dvt := w.dv[t*kv+g*hd : t*kv+(g+1)*hd]
					for i, o := range dout {
						dvt[i] += MulShift(pt, int64(o), canon.ProbFrac)
					}
					D += MulShift(pt, dp[t], canon.ProbFrac)
				}
				acc := w.acc[:hd]
				clear(acc)
				for t, pt := range probs {
					ds := MulShift(pt, dp[t]-D, canon.ProbFrac)
					dd := MulShift(ds, invSqrt, canon.ProbFrac)
					if dd == 0 {
						continue
					}
					kt := s.k[t*kv+g*hd : t*kv+(g+1)*hd]
					dkt := w.dk[t*kv+g*hd : t*kv+(g+1)*hd]
					for i := range kt {
						acc[i].AddMul(dd, int64(kt[i]))
						dkt[i] += MulShift(dd, int64(qh[i]), 16)
					}
				}
				dqh := dq[p*d+h*hd : p*d+(h+1)*hd]
				for i := range dqh {
					dqh[i] = acc[i].RShiftSat32(16)
				}
			}
		}
		// RoPE backward, then the q/k/v projections
		for p := 0; p < T; p++ {
			cs, sn := m.rope.Row(p)
			for h := 0; h < c.Heads; h++ {
				ropeBack(dq[p*d+h*hd:p*d+(h+1)*hd], cs, sn)
			}
			dk, dv := w.dq32, w.tmp[:kv]
			for i := 0; i < kv; i++ {
				dk[p*kv+i] = sat32(w.dk[p*kv+i])
				dv[i] = sat32(w.dv[p*kv+i])
			}
			dkp := dk[p*kv : (p+1)*kv]
			for g := 0; g < c.KVHeads; g++ {
				ropeBack(dkp[g*hd:(g+1)*hd], cs, sn)
			}
			ha := s.ha[p*d : (p+1)*d]
			outer(w.G[iQ], d, dq[p*d:(p+1)*d], ha)
			outer(w.G[iK], d, dkp, ha)
			outer(w.G[iV], d, dv, ha)
			dhp := dt[p*d : (p+1)*d]
			tmp := da[p*d : (p+1)*d] // da of p is consumed
			w.mvT(iQ, dq[p*d:(p+1)*d], dhp)
			w.mvT(iK, dkp, tmp)
			addInto(dhp, tmp)
			w.mvT(iV, dv, tmp)
			addInto(dhp, tmp)
			dxn := dq[p*d : (p+1)*d] // dq of p is consumed
			rmsNormBack(dhp, m.Tensors[iAN].W, s.xa[p*d:(p+1)*d], s.ra[p], w.G[iAN], tmp, dxn)
			addInto(dx[p*d:(p+1)*d], dxn)
		}
	}
	ge := w.G[m.embed()]
	for p := 0; p < T && ge != nil; p++ {
		row := ge[int(tokens[p])*d : (int(tokens[p])+1)*d]
		for i, g := range dx[p*d : (p+1)*d] {
			row[i] += int64(g) << (AccFrac - GradFrac)
		}
	}
}

// ropeBack applies the transposed rotation of RoPE to a head gradient.
func ropeBack(dy []int32, cos, sin []int32) {
	for i := range cos {
		d0, d1 := int64(dy[2*i]), int64(dy[2*i+1])
		c, s := int64(cos[i]), int64(sin[i])
		dy[2*i] = sat32(rshift(d0*c+d1*s, canon.ProbFrac))
		dy[2*i+1] = sat32(rshift(d1*c-d0*s, canon.ProbFrac))
	}
}
