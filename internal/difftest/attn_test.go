package difftest

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
)

// f32Bits are the IEEE bits of common RMSNorm epsilons and RoPE bases.
const (
	eps1e5   = 0x3727c5ac // 1e-5
	eps1e6   = 0x358637bd // 1e-6
	base1e4  = 0x461c4000 // 10000
	base5e5  = 0x48f42400 // 500000
	base1e6  = 0x49742400 // 1000000
	eps1e12  = 0x2b8cbccc // 1e-12
	epsSmall = 0x00000001 // the smallest subnormal: ε_Q32 = 0
)

// TestRMSNorm compares sumSquares, rmsInv and rmsApply with the spec
// (canon's rmsNorm is unexported): ss = Σx², rms = max(1, isqrt(ss/n + ε)),
// y = sat32(rdiv(x·w, rms)); ε comes from canon.F32BitsToFixed as in Model.Init.
func TestRMSNorm(t *testing.T) {
	e := newEnv(t)
	r := newRand(9)
	epsBits := []uint32{eps1e5, eps1e6, eps1e12, epsSmall, 0x3f800000 /* 1 */, 0x4e000000 /* 2^29: ε_Q32 = 2^61 */}
	var epss []int64
	for _, b := range epsBits {
		v, err := canon.F32BitsToFixed(b, 2*canon.ActFrac)
		require.NoError(t, err)
		epss = append(epss, v)
	}
	// Whole vectors: sumSquares, then rmsInv and rmsApply on every element.
	var ssIn, nIn, epsIn []*big.Int
	var xs, ws, rmss []*big.Int
	vectors := 0
	for iter := 0; iter < 200; iter++ {
		n := 32 * (1 + r.IntN(64))
		x := randVector(r, n)
		if iter%20 == 0 {
			clear(x) // rms = max(1, isqrt(ε)) path
		}
		ss := new(big.Int)
		for _, v := range x {
			ss.Add(ss, new(big.Int).Mul(bi(int64(v)), bi(int64(v))))
		}
		got := call(e, e.h.PackSumSquares(x), e.h.UnpackSumSquares)
		require.Zero(t, ss.Cmp(got))
		vectors++
		eps := epss[r.IntN(len(epss))]
		ssIn, nIn, epsIn = append(ssIn, ss), append(nIn, bi(int64(n))), append(epsIn, bi(eps))
		rms := refRms(ss, int64(n), eps)
		for i := 0; i < 16; i++ {
			k := r.IntN(n)
			xs, ws, rmss = append(xs, bi(int64(x[k]))), append(ws, bi(int64(rand32(r)))), append(rmss, rms)
		}
	}
	record(t, "sumSquares (vectors)", vectors)
	// rmsInv over its whole domain, not only realistic sums.
	for i := 0; i < 4000; i++ {
		ss := randBig(r, 130)
		ss.Abs(ss)
		n := int64(1 + r.IntN(1<<16))
		if r.IntN(4) == 0 {
			n = int64(1 + r.IntN(4))
		}
		ssIn, nIn, epsIn = append(ssIn, ss), append(nIn, bi(n)), append(epsIn, bi(epss[r.IntN(len(epss))]))
	}
	for _, c := range chunks(len(ssIn), 1000) {
		got := call(e, e.h.PackRmsInvBatch(ssIn[c[0]:c[1]], nIn[c[0]:c[1]], epsIn[c[0]:c[1]]), e.h.UnpackRmsInvBatch)
		for i, g := range got {
			k := c[0] + i
			require.Zero(t, refRms(ssIn[k], nIn[k].Int64(), epsIn[k].Int64()).Cmp(g), "rmsInv(%s, %s, %s)", ssIn[k], nIn[k], epsIn[k])
		}
	}
	record(t, "rmsInv", len(ssIn))
	// rmsApply: the realistic triples above plus extremes and small divisors.
	for _, x := range edge32 {
		for _, rms := range []int64{1, 2, 3, 65536, 1 << 31, 1<<62 + 1} {
			xs, ws, rmss = append(xs, bi(int64(x))), append(ws, bi(int64(rand32(r)))), append(rmss, bi(rms))
		}
	}
	for i := 0; i < 4000; i++ {
		rms := randBig(r, 63)
		rms.Abs(rms).Add(rms, bi(1))
		xs, ws, rmss = append(xs, bi(int64(rand32(r)))), append(ws, bi(int64(rand32(r)))), append(rmss, rms)
	}
	for _, c := range chunks(len(xs), 2000) {
		got := call(e, e.h.PackRmsApplyBatch(xs[c[0]:c[1]], ws[c[0]:c[1]], rmss[c[0]:c[1]]), e.h.UnpackRmsApplyBatch)
		for i, g := range got {
			k := c[0] + i
			want := refSat32(refRdiv(new(big.Int).Mul(xs[k], ws[k]), rmss[k]))
			require.Equal(t, want, g, "rmsApply(%s, %s, %s)", xs[k], ws[k], rmss[k])
		}
	}
	record(t, "rmsApply", len(xs))

	_, ok := e.revert(e.h.PackRmsInv(bi(-1), bi(1), bi(0))).(*bindings.CanonHarnessNegativeInput)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackRmsInv(bi(1), bi(1), bi(-1))).(*bindings.CanonHarnessNegativeInput)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackRmsInv(bi(1), bi(0), bi(0))).(*bindings.CanonHarnessZeroCount)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackRmsApply(bi(1), bi(1), bi(0))).(*bindings.CanonHarnessNonPositiveDivisor)
	require.True(t, ok)
}

// refRms is max(1, isqrt(floor(ss/n) + ε)).
func refRms(ss *big.Int, n, eps int64) *big.Int {
	m := new(big.Int).Quo(ss, bi(n))
	m.Add(m, bi(eps)).Sqrt(m)
	if m.Sign() == 0 {
		m.SetInt64(1)
	}
	return m
}

// TestRope compares ropePair with canon.RopeTable.Apply on real tables, and
// with canon.RopeRotate on arbitrary (cos, sin) pairs.
func TestRope(t *testing.T) {
	e := newEnv(t)
	r := newRand(10)
	var x0s, x1s, cs, ss []*big.Int
	var want []int32
	add := func(x0, x1, c, s int32) {
		head := []int32{x0, x1}
		canon.RopeRotate(head, []int32{c}, []int32{s})
		x0s, x1s, cs, ss = append(x0s, bi(int64(x0))), append(x1s, bi(int64(x1))), append(cs, bi(int64(c))), append(ss, bi(int64(s)))
		want = append(want, head...)
	}
	for _, base := range []uint32{base1e4, base5e5, base1e6} {
		const dims, positions = 128, 4096
		tab, err := canon.NewRopeTable(dims, positions, base)
		require.NoError(t, err)
		for i := 0; i < 3000; i++ {
			p, k := r.IntN(positions), r.IntN(dims/2)
			head := make([]int32, dims)
			for j := range head {
				head[j] = rand32(r)
			}
			orig := append([]int32(nil), head...)
			tab.Apply(head, p)
			cos, sin := tab.Row(p)
			c, s := cos[k], sin[k]
			x0s, x1s = append(x0s, bi(int64(orig[2*k]))), append(x1s, bi(int64(orig[2*k+1])))
			cs, ss = append(cs, bi(int64(c))), append(ss, bi(int64(s)))
			want = append(want, head[2*k], head[2*k+1])
		}
	}
	for _, x0 := range edge32 {
		for _, c := range []int32{1 << 30, -1 << 30, 0, math.MaxInt32, math.MinInt32, 1<<29 + 1} {
			add(x0, edge32[r.IntN(len(edge32))], c, []int32{1 << 30, -1 << 30, 0, math.MaxInt32, math.MinInt32}[r.IntN(5)])
		}
	}
	for i := 0; i < 5000; i++ {
		add(rand32(r), rand32(r), rand32(r), rand32(r))
	}
	for _, c := range chunks(len(x0s), 2000) {
		got := call(e, e.h.PackRopePairBatch(x0s[c[0]:c[1]], x1s[c[0]:c[1]], cs[c[0]:c[1]], ss[c[0]:c[1]]), e.h.UnpackRopePairBatch)
		require.Equal(t, want[2*c[0]:2*c[1]], got)
	}
	one := call(e, e.h.PackRopePair(x0s[0], x1s[0], cs[0], ss[0]), e.h.UnpackRopePair)
	require.Equal(t, want[:2], []int32{one.Y0, one.Y1})
	record(t, "ropePair", len(x0s))
	_, ok := e.revert(e.h.PackRopePair(bi(0), bi(0), bi(1<<31), bi(0))).(*bindings.CanonHarnessNotInt32)
	require.True(t, ok)
}

// TestAttention compares dotExact, attnScore and the softmax pieces with the
// spec formulas of Session.attention (unexported), built on canon.ExpNeg.
func TestAttention(t *testing.T) {
	e := newEnv(t)
	r := newRand(11)

	// dotExact.
	for i := 0; i < 200; i++ {
		n := r.IntN(300)
		a, b := make([]int32, n), make([]int32, n)
		want := new(big.Int)
		for j := range a {
			a[j], b[j] = rand32(r), rand32(r)
			if i%10 == 0 {
				a[j], b[j] = math.MinInt32, math.MinInt32
			}
			want.Add(want, new(big.Int).Mul(bi(int64(a[j])), bi(int64(b[j]))))
		}
		require.Zero(t, want.Cmp(call(e, e.h.PackDotExact(a, b), e.h.UnpackDotExact)))
	}
	record(t, "dotExact (vectors)", 200)

	// attnScore: sat32(rshift(sat32(rshift(dot, 16))·isqrt(2^60/D), 30)).
	var dots, hds []*big.Int
	for _, hd := range []int64{1, 2, 3, 64, 80, 96, 100, 112, 128, 256, 1 << 16} {
		for _, d := range []*big.Int{bi(0), bi(1 << 15), bi(-1 << 15), bi(3 << 15), bi(-3 << 15), bi(1 << 47), bi(-1 << 47),
			new(big.Int).Mul(bi(math.MaxInt32), bi(1<<16)), new(big.Int).Mul(bi(math.MinInt32), bi(1<<16)), int256Max, int256Min} {
			dots, hds = append(dots, d), append(hds, bi(hd))
		}
	}
	for i := 0; i < 8000; i++ {
		hd := int64([]int{64, 80, 96, 128, 256}[r.IntN(5)])
		if r.IntN(4) == 0 {
			hd = 1 + r.Int64N(1<<16)
		}
		var d *big.Int
		switch r.IntN(3) {
		case 0: // realistic: q·k of activations up to ~16
			d = randBig(r, 54)
		case 1: // the int128 path of canon (dot beyond int64)
			d = randBig(r, 80)
		default:
			d = randBig(r, 255)
			if d.Cmp(int256Max) > 0 || d.Cmp(int256Min) < 0 {
				d = randBig(r, 100)
			}
		}
		dots, hds = append(dots, d), append(hds, bi(hd))
	}
	for _, c := range chunks(len(dots), 2000) {
		got := call(e, e.h.PackAttnScoreBatch(dots[c[0]:c[1]], hds[c[0]:c[1]]), e.h.UnpackAttnScoreBatch)
		for i, g := range got {
			k := c[0] + i
			inv := new(big.Int).Sqrt(new(big.Int).Quo(pow2(60), hds[k]))
			d16 := refSat32(refRshift(dots[k], 16))
			want := refSat32(refRshift(new(big.Int).Mul(bi(int64(d16)), inv), 30))
			require.Equal(t, want, g, "attnScore(%s, %s)", dots[k], hds[k])
		}
	}
	record(t, "attnScore", len(dots))
	_, ok := e.revert(e.h.PackAttnScore(bi(1), bi(0))).(*bindings.CanonHarnessZeroCount)
	require.True(t, ok)

	// softmaxWeight = ExpNeg(sat32(score − max)).
	var sc, mx []*big.Int
	var sc32, mx32 []int32
	for _, a := range edge32 {
		for _, b := range edge32 {
			sc32, mx32 = append(sc32, a), append(mx32, b)
		}
	}
	for i := 0; i < 8000; i++ {
		m := rand32(r)
		s := m - int32(r.IntN(1<<22))
		if s > m || r.IntN(5) == 0 {
			s = rand32(r)
		}
		sc32, mx32 = append(sc32, s), append(mx32, m)
	}
	for i := range sc32 {
		sc, mx = append(sc, bi(int64(sc32[i]))), append(mx, bi(int64(mx32[i])))
	}
	for _, c := range chunks(len(sc), 2000) {
		got := call(e, e.h.PackSoftmaxWeightBatch(sc[c[0]:c[1]], mx[c[0]:c[1]]), e.h.UnpackSoftmaxWeightBatch)
		for i, g := range got {
			k := c[0] + i
			want := canon.ExpNeg(refSat32(bi(int64(sc32[k]) - int64(mx32[k]))))
			require.Equal(t, want, g.Int64(), "softmaxWeight(%d, %d)", sc32[k], mx32[k])
		}
	}
	record(t, "softmaxWeight", len(sc))

	// softmaxProb = rdiv(e·2^30, Σe): real rows of weights plus random pairs.
	var es, sums []*big.Int
	for row := 0; row < 300; row++ {
		n := 1 + r.IntN(200)
		w := make([]int64, n)
		var sum int64
		for i := range w {
			w[i] = canon.ExpNeg(-int32(r.IntN(1 << 21)))
			sum += w[i]
		}
		w[r.IntN(n)] = 1 << 30 // the maximum's own weight
		sum = 0
		for _, v := range w {
			sum += v
		}
		for _, v := range w {
			es, sums = append(es, bi(v)), append(sums, bi(sum))
		}
	}
	for i := 0; i < 3000; i++ {
		ev := r.Int64N(1<<30 + 1)
		es, sums = append(es, bi(ev)), append(sums, bi(1+r.Int64N(1<<50)))
	}
	for _, c := range chunks(len(es), 2000) {
		got := call(e, e.h.PackSoftmaxProbBatch(es[c[0]:c[1]], sums[c[0]:c[1]]), e.h.UnpackSoftmaxProbBatch)
		for i, g := range got {
			k := c[0] + i
			require.Zero(t, refRdiv(new(big.Int).Lsh(es[k], 30), sums[k]).Cmp(g))
		}
	}
	record(t, "softmaxProb", len(es))
	for _, v := range []int64{-1, 1<<30 + 1} {
		_, ok := e.revert(e.h.PackSoftmaxProb(bi(v), bi(1))).(*bindings.CanonHarnessNotProbability)
		require.True(t, ok)
	}

	// weightedSumFinish = sat32(rshift(Σ p·v, 30)).
	var accs []*big.Int
	for i := 0; i < 6000; i++ {
		if r.IntN(2) == 0 {
			accs = append(accs, randBig(r, 64))
		} else {
			a := randBig(r, 255)
			if a.Cmp(int256Max) > 0 || a.Cmp(int256Min) < 0 {
				a = randBig(r, 70)
			}
			accs = append(accs, a)
		}
	}
	accs = append(accs, bi(1<<29), bi(-1<<29), bi(3<<29), bi(-3<<29), int256Max, int256Min)
	for _, c := range chunks(len(accs), 2000) {
		got := call(e, e.h.PackWeightedSumFinishBatch(accs[c[0]:c[1]]), e.h.UnpackWeightedSumFinishBatch)
		for i, g := range got {
			require.Equal(t, refSat32(refRshift(accs[c[0]+i], 30)), g)
		}
	}
	record(t, "weightedSumFinish", len(accs))
}
