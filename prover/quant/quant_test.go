package quant

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// fp16 reference via float32 → float16 round-to-nearest-even in float64 math.
func refFP16(v float64) uint16 {
	best, bestErr := uint16(0), math.Inf(1)
	for h := 0; h < 0x7c00; h++ {
		f := fp16Value(uint16(h))
		e := math.Abs(f - v)
		if e < bestErr || (e == bestErr && h%2 == 0) {
			best, bestErr = uint16(h), e
		}
	}
	return best
}

func fp16Value(h uint16) float64 {
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	if exp == 0 {
		return mant * math.Pow(2, -24)
	}
	return (1 + mant/1024) * math.Pow(2, float64(exp-15))
}

func TestFP16FromRatioMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 300; i++ {
		num := r.Uint64() >> uint(r.IntN(64))
		frac := r.IntN(60)
		v := float64(num) / 127 / math.Pow(2, float64(frac))
		if v >= 65504 {
			continue
		}
		got, err := FP16FromRatio(new(big.Int).SetUint64(num), big.NewInt(127), frac)
		require.NoError(t, err)
		require.Equal(t, refFP16(v), got, "num=%d frac=%d v=%g", num, frac, v)
	}
	_, err := FP16FromRatio(big.NewInt(1<<40), big.NewInt(1), 0)
	require.ErrorIs(t, err, ErrRange)
}

func TestBlockMatchesLlamaReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	out := make([]byte, BlockBytes)
	for i := 0; i < 200; i++ {
		x := make([]int64, BlockSize)
		for j := range x {
			x[j] = int64(r.NormFloat64() * 65536)
		}
		require.NoError(t, Block(x, 16, out))
		var amax float64
		for _, v := range x {
			amax = math.Max(amax, math.Abs(float64(v)))
		}
		for j, v := range x {
			want := math.Round(float64(v) * 127 / amax) // roundf: ties away from zero
			require.Equal(t, int8(want), int8(out[2+j]))
		}
		require.Equal(t, refFP16(amax/127/65536), uint16(out[0])|uint16(out[1])<<8)
	}
	// all zero
	require.NoError(t, Block(make([]int64, 32), 16, out))
	require.Equal(t, make([]byte, BlockBytes), out)
}
