package difftest

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
)

// TestRoundingPrimitives compares rshift, rdiv, sat32 and isqrt with the
// spec's formulas over the whole int256/uint256 range (canon's own helpers are
// unexported; they are covered again through every exported operation below).
func TestRoundingPrimitives(t *testing.T) {
	e := newEnv(t)
	r := newRand(1)

	// rshift: ties at ±2^(s-1)·odd, powers of two, extremes, random.
	var vs []*big.Int
	var ss []*big.Int
	for _, s := range []uint{1, 2, 3, 8, 15, 16, 17, 24, 30, 31, 32, 62, 63, 64, 127, 128, 200, 254, 255} {
		h := pow2(s - 1)
		for _, v := range []*big.Int{
			big.NewInt(0), big.NewInt(1), big.NewInt(-1), h, new(big.Int).Neg(h),
			new(big.Int).Mul(h, big.NewInt(3)), new(big.Int).Mul(h, big.NewInt(-3)),
			new(big.Int).Add(h, big.NewInt(1)), new(big.Int).Sub(h, big.NewInt(1)),
			new(big.Int).Neg(new(big.Int).Add(h, big.NewInt(1))), new(big.Int).Neg(new(big.Int).Sub(h, big.NewInt(1))),
			int256Max, int256Min, new(big.Int).Add(int256Min, big.NewInt(1)),
		} {
			if v.Cmp(int256Max) > 0 || v.Cmp(int256Min) < 0 {
				continue
			}
			vs, ss = append(vs, v), append(ss, big.NewInt(int64(s)))
		}
	}
	for i := 0; i < 6000; i++ {
		s := uint(1 + r.IntN(255))
		var v *big.Int
		switch r.IntN(3) {
		case 0: // an exact tie: (2k+1)·2^(s-1)
			k := randBig(r, 255-int(s))
			v = new(big.Int).Lsh(new(big.Int).Add(new(big.Int).Lsh(k, 1), big.NewInt(1)), s-1)
		case 1: // small shifts of activation-sized values
			s = uint(1 + r.IntN(40))
			v = randBig(r, 100)
		default:
			v = randBig(r, 255)
		}
		if v.Cmp(int256Max) > 0 || v.Cmp(int256Min) < 0 {
			v = randBig(r, 200)
		}
		vs, ss = append(vs, v), append(ss, big.NewInt(int64(s)))
	}
	for _, c := range chunks(len(vs), 1000) {
		got := call(e, e.h.PackRshiftBatch(vs[c[0]:c[1]], ss[c[0]:c[1]]), e.h.UnpackRshiftBatch)
		for i, g := range got {
			v, s := vs[c[0]+i], uint(ss[c[0]+i].Uint64())
			require.Zero(t, refRshift(v, s).Cmp(g), "rshift(%s, %d) = %s, want %s", v, s, g, refRshift(v, s))
		}
	}
	record(t, "rshift", len(vs))
	for _, s := range []int64{0, 256, 1000} {
		err, ok := e.revert(e.h.PackRshift(bi(5), bi(s))).(*bindings.CanonHarnessInvalidShift)
		require.True(t, ok)
		require.Equal(t, s, err.S.Int64())
	}

	// rdiv: ties n = k·d + d/2 (even d), extremes, random sizes.
	var ns, ds []*big.Int
	for _, d := range []*big.Int{bi(1), bi(2), bi(3), bi(127), bi(254), bi(127 << 24), pow2(60), int256Max} {
		for _, n := range []*big.Int{bi(0), bi(1), bi(-1), int256Max, int256Min, new(big.Int).Add(int256Min, bi(1)),
			new(big.Int).Quo(d, bi(2)), new(big.Int).Neg(new(big.Int).Quo(d, bi(2))), d, new(big.Int).Neg(d)} {
			ns, ds = append(ns, n), append(ds, d)
		}
	}
	for i := 0; i < 6000; i++ {
		d := randBig(r, 254)
		d.Abs(d)
		if d.Sign() == 0 {
			d.SetInt64(1)
		}
		var n *big.Int
		switch r.IntN(3) {
		case 0: // exact tie for even d: n = k·d + d/2
			d.SetBit(d, 0, 0)
			if d.Sign() == 0 {
				d.SetInt64(2)
			}
			k := randBig(r, 64)
			n = new(big.Int).Add(new(big.Int).Mul(new(big.Int).Abs(k), d), new(big.Int).Quo(d, bi(2)))
			if k.Sign() < 0 {
				n.Neg(n)
			}
		case 1:
			d = randBig(r, 40)
			d.Abs(d).Add(d, bi(1))
			n = randBig(r, 130)
		default:
			n = randBig(r, 255)
		}
		if n.Cmp(int256Max) > 0 || n.Cmp(int256Min) < 0 {
			n = randBig(r, 200)
		}
		ns, ds = append(ns, n), append(ds, d)
	}
	for _, c := range chunks(len(ns), 1000) {
		got := call(e, e.h.PackRdivBatch(ns[c[0]:c[1]], ds[c[0]:c[1]]), e.h.UnpackRdivBatch)
		for i, g := range got {
			n, d := ns[c[0]+i], ds[c[0]+i]
			require.Zero(t, refRdiv(n, d).Cmp(g), "rdiv(%s, %s) = %s", n, d, g)
		}
	}
	record(t, "rdiv", len(ns))
	for _, d := range []int64{0, -1, math.MinInt64} {
		err, ok := e.revert(e.h.PackRdiv(bi(5), bi(d))).(*bindings.CanonHarnessNonPositiveDivisor)
		require.True(t, ok)
		require.Equal(t, d, err.D.Int64())
	}

	// sat32.
	sv := []*big.Int{int256Max, int256Min, bi(math.MaxInt32), bi(math.MaxInt32 + 1), bi(math.MinInt32), bi(math.MinInt32 - 1), bi(0)}
	for i := 0; i < 4000; i++ {
		if r.IntN(2) == 0 {
			sv = append(sv, bi(int64(math.MaxInt32)+r.Int64N(5)-2))
			sv = append(sv, bi(int64(math.MinInt32)+r.Int64N(5)-2))
		} else {
			sv = append(sv, randBig(r, 255))
		}
	}
	for _, c := range chunks(len(sv), 2000) {
		got := call(e, e.h.PackSat32Batch(sv[c[0]:c[1]]), e.h.UnpackSat32Batch)
		for i, g := range got {
			require.Equal(t, refSat32(sv[c[0]+i]), g, "sat32(%s)", sv[c[0]+i])
		}
	}
	record(t, "sat32", len(sv))

	// isqrt: squares and their neighbours, every bit length, the extremes.
	qs := []*big.Int{bi(0), bi(1), bi(2), bi(3), bi(4), bi(5), bi(8), bi(9), uint256Max, pow2(255), pow2(254), pow2(60)}
	for i := 0; i < 6000; i++ {
		switch r.IntN(3) {
		case 0:
			s := randBig(r, 128)
			s.Abs(s)
			sq := new(big.Int).Mul(s, s)
			qs = append(qs, sq, new(big.Int).Add(sq, bi(1)))
			if sq.Sign() > 0 {
				qs = append(qs, new(big.Int).Sub(sq, bi(1)))
			}
		default:
			v := randBig(r, 256)
			qs = append(qs, v.Abs(v))
		}
	}
	for _, c := range chunks(len(qs), 1000) {
		got := call(e, e.h.PackIsqrtBatch(qs[c[0]:c[1]]), e.h.UnpackIsqrtBatch)
		for i, g := range got {
			n := qs[c[0]+i]
			require.Zero(t, new(big.Int).Sqrt(n).Cmp(g), "isqrt(%s) = %s", n, g)
		}
	}
	record(t, "isqrt", len(qs))
}

// TestFP16ToD24 compares every one of the 65536 fp16 patterns with canon.FP16ToD24.
func TestFP16ToD24(t *testing.T) {
	e := newEnv(t)
	var finite []uint16
	var nonFinite []uint16
	for h := 0; h < 1<<16; h++ {
		if _, err := canon.FP16ToD24(uint16(h)); err != nil {
			nonFinite = append(nonFinite, uint16(h))
		} else {
			finite = append(finite, uint16(h))
		}
	}
	require.Len(t, nonFinite, 2048)
	for _, c := range chunks(len(finite), 4096) {
		got := call(e, e.h.PackFp16ToD24Batch(finite[c[0]:c[1]]), e.h.UnpackFp16ToD24Batch)
		for i, g := range got {
			want, _ := canon.FP16ToD24(finite[c[0]+i])
			require.Zero(t, big.NewInt(want).Cmp(g), "fp16 %#04x", finite[c[0]+i])
		}
	}
	// Every non-finite pattern reverts with NonFiniteScale(h), like canon's error.
	for _, h := range nonFinite {
		err, ok := e.revert(e.h.PackFp16ToD24(h)).(*bindings.CanonHarnessNonFiniteScale)
		require.True(t, ok)
		require.Equal(t, h, err.H)
	}
	record(t, "fp16ToD24", 1<<16)
}

// activationInputs returns edge values, a dense sweep of the interesting range
// of exp (x ∈ [-22, 0] in Q16.16), the region where exp's integer part n
// changes and random int32 values.
func activationInputs(seed uint64, n int) []int32 {
	r := newRand(seed)
	out := append([]int32(nil), edge32...)
	for x := int32(0); x > -1_420_000; x -= 71 + int32(r.IntN(5)) {
		out = append(out, x, -x)
	}
	// e^x crosses a power of two at x = -k·ln2: a ≈ k·2^30, around x ≈ -k·45426.
	for k := int32(1); k <= 31; k++ {
		c := -k * 45426
		for d := int32(-40); d <= 40; d++ {
			out = append(out, c+d)
		}
	}
	for i := 0; i < n; i++ {
		out = append(out, rand32(r))
	}
	return out
}

// TestExpSigmoidSiLU compares ExpNeg, Sigmoid, SiLU and SwiGLU with prover/canon.
func TestExpSigmoidSiLU(t *testing.T) {
	e := newEnv(t)
	xs := activationInputs(2, 8000)
	xb := make([]*big.Int, len(xs))
	for i, x := range xs {
		xb[i] = bi(int64(x))
	}
	const batch = 2000
	for _, c := range chunks(len(xs), batch) {
		got := call(e, e.h.PackExpNegBatch(xb[c[0]:c[1]]), e.h.UnpackExpNegBatch)
		for i, g := range got {
			x := xs[c[0]+i]
			require.Equal(t, canon.ExpNeg(x), g.Int64(), "expNeg(%d)", x)
		}
	}
	record(t, "expNeg", len(xs))
	for _, c := range chunks(len(xs), batch) {
		got := call(e, e.h.PackSigmoidBatch(xb[c[0]:c[1]]), e.h.UnpackSigmoidBatch)
		for i, g := range got {
			x := xs[c[0]+i]
			require.Equal(t, canon.Sigmoid(x), g.Int64(), "sigmoid(%d)", x)
		}
	}
	record(t, "sigmoid", len(xs))
	for _, c := range chunks(len(xs), batch) {
		got := call(e, e.h.PackSiluBatch(xb[c[0]:c[1]]), e.h.UnpackSiluBatch)
		for i, g := range got {
			x := xs[c[0]+i]
			require.Equal(t, canon.SiLU(x), g, "silu(%d)", x)
		}
	}
	record(t, "silu", len(xs))

	// SwiGLU: canon's swiGLU is unexported; its definition on canon.SiLU is
	// sat32(rshift(SiLU(g)·u, 16)).
	r := newRand(3)
	var gs, us []*big.Int
	var g32, u32 []int32
	for _, g := range edge32 {
		for _, u := range edge32 {
			g32, u32 = append(g32, g), append(u32, u)
		}
	}
	for i := 0; i < 12000; i++ {
		g32, u32 = append(g32, rand32(r)), append(u32, rand32(r))
	}
	for i := range g32 {
		gs, us = append(gs, bi(int64(g32[i]))), append(us, bi(int64(u32[i])))
	}
	for _, c := range chunks(len(gs), batch) {
		got := call(e, e.h.PackSwigluBatch(gs[c[0]:c[1]], us[c[0]:c[1]]), e.h.UnpackSwigluBatch)
		for i, g := range got {
			k := c[0] + i
			want := refSat32(rshift64(int64(canon.SiLU(g32[k]))*int64(u32[k]), 16))
			require.Equal(t, want, g, "swiglu(%d, %d)", g32[k], u32[k])
		}
	}
	record(t, "swiglu", len(gs))

	// Out-of-range activations are refused, not wrapped.
	for _, v := range []*big.Int{bi(math.MaxInt32 + 1), bi(math.MinInt32 - 1), int256Min} {
		err, ok := e.revert(e.h.PackExpNeg(v)).(*bindings.CanonHarnessNotInt32)
		require.True(t, ok)
		require.Zero(t, v.Cmp(err.Value))
		_, ok = e.revert(e.h.PackSilu(v)).(*bindings.CanonHarnessNotInt32)
		require.True(t, ok)
		_, ok = e.revert(e.h.PackSwiglu(bi(1), v)).(*bindings.CanonHarnessNotInt32)
		require.True(t, ok)
	}
}

// TestAddSatEmbed compares the residual add and the embedding dequantization.
func TestAddSatEmbed(t *testing.T) {
	e := newEnv(t)
	r := newRand(4)
	var a32, b32 []int32
	for _, a := range edge32 {
		for _, b := range edge32 {
			a32, b32 = append(a32, a), append(b32, b)
		}
	}
	for i := 0; i < 6000; i++ {
		a32, b32 = append(a32, rand32(r)), append(b32, rand32(r))
	}
	as, bs := make([]*big.Int, len(a32)), make([]*big.Int, len(a32))
	for i := range a32 {
		as[i], bs[i] = bi(int64(a32[i])), bi(int64(b32[i]))
	}
	for _, c := range chunks(len(as), 2000) {
		got := call(e, e.h.PackAddSatBatch(as[c[0]:c[1]], bs[c[0]:c[1]]), e.h.UnpackAddSatBatch)
		for i, g := range got {
			k := c[0] + i
			require.Equal(t, refSat32(bi(int64(a32[k])+int64(b32[k]))), g)
		}
	}
	record(t, "addSat", len(as))

	// embed: every int8 against edge scales, then random (weight, finite fp16) pairs.
	var qs []int8
	var ds []*big.Int
	var d64 []int64
	for q := -128; q < 128; q++ {
		for _, h := range []uint16{0x0000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x3c00, 0xbc00, 0x7bff, 0xfbff, 0x5bff, 0x2e66} {
			d, err := canon.FP16ToD24(h)
			require.NoError(t, err)
			qs, ds, d64 = append(qs, int8(q)), append(ds, bi(d)), append(d64, d)
		}
	}
	for len(qs) < 12000 {
		h := uint16(r.Uint32())
		d, err := canon.FP16ToD24(h)
		if err != nil {
			continue
		}
		qs, ds, d64 = append(qs, int8(r.Uint32())), append(ds, bi(d)), append(d64, d)
	}
	for _, c := range chunks(len(qs), 2000) {
		got := call(e, e.h.PackEmbedBatch(qs[c[0]:c[1]], ds[c[0]:c[1]]), e.h.UnpackEmbedBatch)
		for i, g := range got {
			k := c[0] + i
			want := refSat32(rshift64(int64(qs[k])*d64[k], canon.ScaleFrac-canon.ActFrac))
			require.Equal(t, want, g, "embed(%d, %d)", qs[k], d64[k])
		}
	}
	record(t, "embed", len(qs))
	_, ok := e.revert(e.h.PackEmbed(1, pow2(40))).(*bindings.CanonHarnessScaleOutOfRange)
	require.True(t, ok)
}
