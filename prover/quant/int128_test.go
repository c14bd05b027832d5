package quant

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// big128 is a's value.
func big128(a Int128) *big.Int {
	v := new(big.Int).Lsh(big.NewInt(a.Hi), 64)
	return v.Add(v, new(big.Int).SetUint64(a.Lo))
}

// rdivBig is n/d rounded to nearest, ties away from zero.
func rdivBig(n *big.Int, d uint64) *big.Int {
	bd := new(big.Int).SetUint64(d)
	abs := new(big.Int).Abs(n)
	abs.Add(abs, new(big.Int).Rsh(bd, 1))
	abs.Quo(abs, bd)
	if n.Sign() < 0 {
		abs.Neg(abs)
	}
	return abs
}

func clampBig(v *big.Int, lo, hi int64) int64 {
	if v.Cmp(big.NewInt(hi)) > 0 {
		return hi
	}
	if v.Cmp(big.NewInt(lo)) < 0 {
		return lo
	}
	return v.Int64()
}

// TestInt128AgainstBig: sums of exact products and the saturating rounded
// divisions equal math/big's, at the extremes of every operand too.
func TestInt128AgainstBig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	edges := []int64{0, 1, -1, 1 << 31, -1 << 31, 1<<62 + 3, -(1 << 62), 1<<63 - 1, -1<<63 + 1, -1 << 63}
	pick := func() int64 {
		if r.IntN(3) == 0 {
			return edges[r.IntN(len(edges))]
		}
		return r.Int64() >> r.IntN(63)
	}
	divs := []uint64{1, 2, 3, 127 << 24, 1 << 16, 1<<63 - 1, 1 << 62}
	for range 20000 {
		var a Int128
		want := new(big.Int)
		for range 1 + r.IntN(4) {
			x, y := pick(), pick()
			if r.IntN(2) == 0 {
				a.AddMul(x, y)
				want.Add(want, new(big.Int).Mul(big.NewInt(x), big.NewInt(y)))
			} else {
				a.Add(x)
				want.Add(want, big.NewInt(x))
			}
		}
		// Keep the reference within 128 bits, as every accumulator is bounded.
		if want.BitLen() > 126 {
			continue
		}
		require.Equal(t, want.String(), big128(a).String())
		d := divs[r.IntN(len(divs))]
		if r.IntN(2) == 0 {
			d = 1 + r.Uint64N(1<<63-1)
		}
		q := rdivBig(want, d)
		require.Equal(t, clampBig(q, -(1<<63-1), 1<<63-1), a.RDivSat64(d), "%v / %d", want, d)
		require.Equal(t, int32(clampBig(q, -1<<31, 1<<31-1)), a.RDivSat32(d), "%v / %d", want, d)
		hi, lo, neg := a.Abs()
		abs := new(big.Int).Lsh(new(big.Int).SetUint64(hi), 64)
		abs.Add(abs, new(big.Int).SetUint64(lo))
		require.Equal(t, new(big.Int).Abs(want).String(), abs.String())
		require.Equal(t, want.Sign() < 0, neg)
	}
}
