package difftest

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
)

// randLogits draws logits with many ties (a small value set) or spread out.
func randLogits(r *rand.Rand, n int) []int32 {
	l := make([]int32, n)
	style := r.IntN(4)
	for i := range l {
		switch style {
		case 0:
			l[i] = int32(r.IntN(4)) << 16
		case 1:
			l[i] = int32(r.Int64N(40<<16) - 20<<16)
		case 2:
			l[i] = []int32{math.MaxInt32, math.MinInt32, 0}[r.IntN(3)]
		default:
			l[i] = rand32(r)
		}
	}
	return l
}

// canonicalOrder is the spec's candidate order: logit descending, ties by lower id.
func canonicalOrder(l []int32) []int {
	idx := make([]int, len(l))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		la, lb := l[idx[a]], l[idx[b]]
		return la > lb || (la == lb && idx[a] < idx[b])
	})
	return idx
}

func randomBig(seed [32]byte, step uint64) *big.Int {
	limbs := canon.Random(seed, step)
	var b [32]byte
	for i, w := range limbs {
		binary.BigEndian.PutUint64(b[8*i:], w)
	}
	return new(big.Int).SetBytes(b[:])
}

// TestSampling compares argmax, random, sampleWeight, topPKeep,
// sampleFromWeights and the whole sampling step with prover/canon.
func TestSampling(t *testing.T) {
	e := newEnv(t)
	r := newRand(12)

	for i := 0; i < 600; i++ {
		l := randLogits(r, 1+r.IntN(300))
		got := call(e, e.h.PackArgmax(l), e.h.UnpackArgmax)
		require.Equal(t, int64(canon.Argmax(l)), got.Int64())
	}
	record(t, "argmax", 600)
	_, ok := e.revert(e.h.PackArgmax(nil)).(*bindings.CanonHarnessEmptyInput)
	require.True(t, ok)

	for i := 0; i < 600; i++ {
		var seed [32]byte
		for j := range seed {
			seed[j] = byte(r.Uint32())
		}
		step := r.Uint64()
		if i%3 == 0 {
			step = uint64(i)
		}
		got := call(e, e.h.PackRandom(seed, step), e.h.UnpackRandom)
		require.Zero(t, randomBig(seed, step).Cmp(got))
	}
	record(t, "random", 600)

	// sampleWeight = ExpNeg(sat32(rdiv((l − max)·1000, T))).
	var ls, ms []*big.Int
	var l32, m32 []int32
	var ts []uint32
	for i := 0; i < 10000; i++ {
		m := rand32(r)
		l := m - int32(r.IntN(1<<24))
		if l > m || r.IntN(6) == 0 {
			l = rand32(r)
		}
		T := []uint32{1, 7, 100, 500, 700, 1000, 1500, 2000, 1_000_000, math.MaxUint32}[r.IntN(10)]
		if r.IntN(3) == 0 {
			T = 1 + r.Uint32N(math.MaxUint32)
		}
		l32, m32, ts = append(l32, l), append(m32, m), append(ts, T)
		ls, ms = append(ls, bi(int64(l))), append(ms, bi(int64(m)))
	}
	for _, c := range chunks(len(ls), 2000) {
		got := call(e, e.h.PackSampleWeightBatch(ls[c[0]:c[1]], ms[c[0]:c[1]], ts[c[0]:c[1]]), e.h.UnpackSampleWeightBatch)
		for i, g := range got {
			k := c[0] + i
			s := rdiv64((int64(l32[k])-int64(m32[k]))*1000, int64(ts[k]))
			require.Equal(t, canon.ExpNeg(refSat32(s)), g.Int64(), "sampleWeight(%d, %d, %d)", l32[k], m32[k], ts[k])
		}
	}
	record(t, "sampleWeight", len(ls))
	_, ok = e.revert(e.h.PackSampleWeight(bi(0), bi(0), 0)).(*bindings.CanonHarnessZeroCount)
	require.True(t, ok)

	// topPKeep and sampleFromWeights against the spec's loops.
	for i := 0; i < 800; i++ {
		n := 1 + r.IntN(100)
		w := make([]*big.Int, n)
		ws := make([]uint64, n)
		var total uint64
		for j := range w {
			ws[j] = uint64(canon.ExpNeg(-int32(r.IntN(1 << 20))))
			if j == 0 || r.IntN(10) == 0 {
				ws[j] = 1 << 30
			}
			if r.IntN(10) == 0 {
				ws[j] = 0
			}
			total += ws[j]
			w[j] = new(big.Int).SetUint64(ws[j])
		}
		P := []uint32{0, 1, 100_000, 500_000, 900_000, 950_000, 999_999, 1_000_000, math.MaxUint32}[r.IntN(9)]
		if r.IntN(3) == 0 {
			P = r.Uint32N(1_000_001)
		}
		kept := n
		if P > 0 && P < 1_000_000 {
			th := new(big.Int).Mul(big.NewInt(int64(P)), new(big.Int).SetUint64(total))
			var cum uint64
			for j := range ws {
				cum += ws[j]
				if new(big.Int).Mul(new(big.Int).SetUint64(cum), big.NewInt(1_000_000)).Cmp(th) >= 0 {
					kept = j + 1
					break
				}
			}
		}
		got := call(e, e.h.PackTopPKeep(w, P), e.h.UnpackTopPKeep)
		require.Equal(t, int64(kept), got.Int64(), "topP %d", P)

		var wk uint64
		for _, v := range ws[:kept] {
			wk += v
		}
		if wk == 0 {
			continue
		}
		rnd := randBig(r, 256)
		rnd.Abs(rnd)
		m := new(big.Int).Mod(rnd, new(big.Int).SetUint64(wk)).Uint64()
		want := -1
		var cum uint64
		for j, v := range ws[:kept] {
			cum += v
			if cum > m {
				want = j
				break
			}
		}
		got = call(e, e.h.PackSampleFromWeights(w[:kept], rnd), e.h.UnpackSampleFromWeights)
		require.Equal(t, int64(want), got.Int64())
	}
	record(t, "topPKeep", 800)
	record(t, "sampleFromWeights", 800)
	_, ok = e.revert(e.h.PackSampleFromWeights([]*big.Int{bi(0)}, bi(1))).(*bindings.CanonHarnessZeroTotalWeight)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackTopPKeep([]*big.Int{bi(1<<30 + 1)}, 5)).(*bindings.CanonHarnessWeightOutOfRange)
	require.True(t, ok)

	// The whole step against canon.Sample, given the canonical (top-k) order.
	steps := 0
	for i := 0; i < 1500; i++ {
		n := 1 + r.IntN(64)
		l := randLogits(r, n)
		p := canon.SampleParams{
			TemperatureMilli: []uint32{0, 1, 100, 700, 1000, 1500, 1_000_000, math.MaxUint32}[r.IntN(8)],
			TopK:             []uint32{0, 1, 2, 5, uint32(n), uint32(n) + 3, uint32(max(n-1, 0))}[r.IntN(7)],
			TopPMicro:        []uint32{0, 1, 300_000, 900_000, 999_999, 1_000_000, math.MaxUint32}[r.IntN(7)],
		}
		for j := range p.Seed {
			p.Seed[j] = byte(r.Uint32())
		}
		step := uint64(r.IntN(1000))
		want := canon.Sample(l, p, step)
		k := n
		if p.TopK > 0 && int(p.TopK) < n {
			k = int(p.TopK)
		}
		order := canonicalOrder(l)[:k]
		ob := make([]*big.Int, k)
		for j, id := range order {
			ob[j] = bi(int64(id))
		}
		got := call(e, e.h.PackSample(l, ob, p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step), e.h.UnpackSample)
		require.Equal(t, int64(want), got.Int64(), "logits %v params %+v step %d", l, p, step)
		steps++

		// A wrong order is refused: swapped neighbours with different ranks, a
		// duplicate, an out-of-range id, a better token left out, a wrong length.
		if p.TemperatureMilli == 0 || i%5 != 0 {
			continue
		}
		if k >= 2 {
			bad := append([]*big.Int(nil), ob...)
			bad[0], bad[1] = bad[1], bad[0]
			_, ok := e.revert(e.h.PackSample(l, bad, p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step)).(*bindings.CanonHarnessInvalidOrder)
			require.True(t, ok)
			bad = append([]*big.Int(nil), ob...)
			bad[1] = bad[0]
			_, ok = e.revert(e.h.PackSample(l, bad, p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step)).(*bindings.CanonHarnessInvalidOrder)
			require.True(t, ok)
		}
		bad := append([]*big.Int(nil), ob...)
		bad[k-1] = bi(int64(n))
		_, ok := e.revert(e.h.PackSample(l, bad, p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step)).(*bindings.CanonHarnessInvalidOrder)
		require.True(t, ok)
		if k < n {
			full := canonicalOrder(l)
			bad = append([]*big.Int(nil), ob...)
			bad[k-1] = bi(int64(full[k])) // skips the true k-th candidate
			_, ok = e.revert(e.h.PackSample(l, bad, p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step)).(*bindings.CanonHarnessInvalidOrder)
			require.True(t, ok)
		}
		_, ok = e.revert(e.h.PackSample(l, ob[:k-1], p.TemperatureMilli, p.TopK, p.TopPMicro, p.Seed, step)).(*bindings.CanonHarnessInvalidOrder)
		require.True(t, ok)
	}
	record(t, "sample (steps)", steps)
}
