package quant

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

var kFormats = []Format{Q4_K, Q5_K, Q6_K}

// bigRDivSat is sat32(rdiv(n, d)) (ties away from zero) in math/big.
func bigRDivSat(n *big.Int, d int64) int32 {
	a := new(big.Int).Abs(n)
	a.Mul(a, big.NewInt(2)).Add(a, big.NewInt(d))
	a.Quo(a, big.NewInt(2*d))
	if n.Sign() < 0 {
		a.Neg(a)
	}
	switch {
	case a.Cmp(big.NewInt(math.MaxInt32)) > 0:
		return math.MaxInt32
	case a.Cmp(big.NewInt(math.MinInt32)) < 0:
		return math.MinInt32
	}
	return int32(a.Int64())
}

// bigDotK is DotKAcc's definition: Σ_b A_b·Σ_i V_bi·q_bi over the exactly
// decoded values V (Decode), in math/big.
func bigDotK(t testing.TB, f Format, row []byte, v *KVec) *big.Int {
	vals := make([]int64, SuperBlock)
	acc := new(big.Int)
	for b := range v.A {
		require.NoError(t, f.Decode(row[b*f.BlockBytes():], vals))
		s := new(big.Int)
		for i, w := range vals {
			s.Add(s, new(big.Int).Mul(big.NewInt(w), big.NewInt(int64(v.Q[b*SuperBlock+i]))))
		}
		acc.Add(acc, s.Mul(s, big.NewInt(v.A[b])))
	}
	return acc
}

func int128Big(a Int128) *big.Int {
	r := new(big.Int).Lsh(big.NewInt(a.Hi), 64)
	return r.Add(r, new(big.Int).SetUint64(a.Lo))
}

// checkDotK asserts DotKAcc and DotK against the math/big reference.
func checkDotK(t testing.TB, f Format, row []byte, v *KVec) {
	acc, err := f.DotKAcc(row, v)
	require.NoError(t, err)
	want := bigDotK(t, f, row, v)
	require.Zero(t, want.Cmp(int128Big(acc)), "%v: accumulator %v, want %v", f, int128Big(acc), want)
	y, err := f.DotK(row, v)
	require.NoError(t, err)
	require.Equal(t, bigRDivSat(want, KDivisor), y, f.String())
}

// randomFiniteFP16 returns a random finite fp16 (any sign, subnormals
// included).
func randomFiniteFP16(r *rand.Rand) uint16 {
	for {
		h := uint16(r.Uint32())
		if h>>10&0x1f != 0x1f {
			return h
		}
	}
}

// randomKRow returns nb random blocks of f with finite scales; scale sets
// the fp16 fields (nil: random).
func randomKRow(r *rand.Rand, f Format, nb int, scale func() uint16) []byte {
	if scale == nil {
		scale = func() uint16 { return randomFiniteFP16(r) }
	}
	row := make([]byte, nb*f.BlockBytes())
	for b := range nb {
		blk := row[b*f.BlockBytes() : (b+1)*f.BlockBytes()]
		for i := range blk {
			blk[i] = byte(r.Uint32())
		}
		if f == Q6_K {
			binary.LittleEndian.PutUint16(blk[208:], scale())
		} else {
			binary.LittleEndian.PutUint16(blk, scale())
			binary.LittleEndian.PutUint16(blk[2:], scale())
		}
	}
	return row
}

func TestQuantizeK(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	x := make([]int32, 3*SuperBlock)
	for i := range x[:SuperBlock] {
		x[i] = int32(r.Uint32()) // the whole range, A near 2^31
	}
	x[5] = math.MinInt32 // A = 2^31 exactly
	// block 1 all zero (A = 0); block 2 small, with exact ties
	x[2*SuperBlock] = 2
	x[2*SuperBlock+1] = -1 // 127·1/2 = 63.5: a tie, away from zero
	x[2*SuperBlock+2] = 1
	v, err := QuantizeK(x)
	require.NoError(t, err)
	require.Equal(t, []int64{1 << 31, 0, 2}, v.A)
	require.Equal(t, int8(-127), v.Q[5])
	for i, e := range x {
		a := v.A[i/SuperBlock]
		if a == 0 {
			require.Zero(t, v.Q[i])
			continue
		}
		// round(127·x/A), ties away from zero, in big.Rat
		q := new(big.Rat).SetFrac(big.NewInt(127*int64(e)), big.NewInt(a))
		f, _ := q.Float64()
		want := math.Round(f) // exact: 127·x/A has |value| ≤ 127 and ties are exact halves
		require.Equal(t, int8(want), v.Q[i], "element %d (x %d, A %d)", i, e, a)
	}
	require.Equal(t, int8(-64), v.Q[2*SuperBlock+1])
	require.Equal(t, int8(64), v.Q[2*SuperBlock+2])
	_, err = QuantizeK(make([]int32, 100))
	require.ErrorIs(t, err, ErrKShape)
}

// TestDotKRandom: random rows of every K format (random finite scales,
// subnormals included) times random activations, against math/big.
func TestDotKRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, f := range kFormats {
		for range 200 {
			nb := 1 + r.IntN(4)
			row := randomKRow(r, f, nb, nil)
			x := make([]int32, nb*SuperBlock)
			shift := r.IntN(32)
			for i := range x {
				x[i] = int32(r.Uint32()) >> shift
			}
			v, err := QuantizeK(x)
			require.NoError(t, err)
			checkDotK(t, f, row, &v)
		}
	}
}

// TestDotKExtremes: every sub-block scale and minimum at 0 and at 63 (Q6_K:
// −128 and 127), every quant at its extremes, the fp16 scales at ±65504 and
// the smallest subnormal, A at 2^31 and at 1, activations at ±127: the
// accumulator is exact and the result saturates where it must.
func TestDotKExtremes(t *testing.T) {
	scales := []uint16{0x7bff, 0xfbff, 0x0001, 0x8001, 0}
	quantBytes := []byte{0x00, 0xff, 0x0f, 0xf0, 0x55}
	acts := [][2]int32{{math.MinInt32, 0}, {1, -1}, {math.MaxInt32, math.MinInt32}, {1, 1}}
	saturated := 0
	for _, f := range kFormats {
		for _, d := range scales {
			for _, dmin := range scales {
				for _, qb := range quantBytes {
					for _, scb := range []byte{0x00, 0xff, 0x80, 0x7f, 0x3f} {
						blk := make([]byte, f.BlockBytes())
						for i := range blk {
							blk[i] = qb
						}
						if f == Q6_K {
							for i := 192; i < 208; i++ {
								blk[i] = scb
							}
							binary.LittleEndian.PutUint16(blk[208:], d)
						} else {
							for i := 4; i < 16; i++ {
								blk[i] = scb
							}
							binary.LittleEndian.PutUint16(blk, d)
							binary.LittleEndian.PutUint16(blk[2:], dmin)
						}
						for _, a := range acts {
							x := make([]int32, SuperBlock)
							for i := range x {
								x[i] = a[i%2]
							}
							v, err := QuantizeK(x)
							require.NoError(t, err)
							checkDotK(t, f, blk, &v)
							y, err := f.DotK(blk, &v)
							require.NoError(t, err)
							if y == math.MaxInt32 || y == math.MinInt32 {
								saturated++
							}
						}
					}
				}
			}
		}
	}
	require.Positive(t, saturated, "the extremes must reach saturation")
	// the largest accumulator: a long row of extreme blocks stays exact
	f := Q5_K
	blk := make([]byte, f.BlockBytes())
	for i := range blk {
		blk[i] = 0xff
	}
	binary.LittleEndian.PutUint16(blk, 0x7bff)
	binary.LittleEndian.PutUint16(blk[2:], 0xfbff) // dmin < 0: both terms add
	row := make([]byte, 0, 64*len(blk))
	for range 64 {
		row = append(row, blk...)
	}
	x := make([]int32, 64*SuperBlock)
	for i := range x {
		x[i] = math.MaxInt32 // every q = 127, A = 2^31−1
	}
	v, err := QuantizeK(x)
	require.NoError(t, err)
	checkDotK(t, f, row, &v)
	acc, err := f.DotKAcc(row, &v)
	require.NoError(t, err)
	require.Greater(t, int128Big(acc).BitLen(), 100, "the accumulator must exceed 100 bits here")
}

func TestDotKErrors(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	v, err := QuantizeK(make([]int32, SuperBlock))
	require.NoError(t, err)
	_, err = Q4_1.DotK(make([]byte, 20*8), &v)
	require.ErrorIs(t, err, ErrKShape)
	_, err = Q4_K.DotK(make([]byte, 2*144), &v)
	require.ErrorIs(t, err, ErrKShape)
	_, err = Q6_K.DotK(make([]byte, 209), &v)
	require.ErrorIs(t, err, ErrKShape)
	for _, f := range kFormats {
		row := randomKRow(r, f, 1, nil)
		off := 0
		if f == Q6_K {
			off = 208
		}
		binary.LittleEndian.PutUint16(row[off:], 0x7c00) // +Inf
		_, err := f.DotK(row, &v)
		require.ErrorIs(t, err, ErrScale, f.String())
		require.ErrorContains(t, err, "block 0", f.String())
	}
}

// FuzzDotK: any block bytes (non-finite scales refused by both), any
// activations, against math/big.
func FuzzDotK(f *testing.F) {
	f.Add(uint8(0), []byte{1, 2, 3}, []byte{4, 5, 6})
	f.Add(uint8(1), []byte{0xff, 0x7b, 0xff, 0xfb}, []byte{0, 0, 0, 0x80})
	f.Add(uint8(2), []byte{0xff}, []byte{0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, which uint8, blocks, acts []byte) {
		fm := kFormats[int(which)%len(kFormats)]
		nb := 1 + int(which)/len(kFormats)%2
		row := make([]byte, nb*fm.BlockBytes())
		for i := range row {
			if len(blocks) > 0 {
				row[i] = blocks[i%len(blocks)]
			}
		}
		x := make([]int32, nb*SuperBlock)
		if len(acts) >= 4 {
			for i := range x {
				j := 4 * i % (len(acts) - 3)
				x[i] = int32(binary.LittleEndian.Uint32(acts[j:])) >> (i % 7)
			}
		}
		v, err := QuantizeK(x)
		require.NoError(t, err)
		acc, err := fm.DotKAcc(row, &v)
		vals := make([]int64, SuperBlock)
		var decErr error
		for b := range nb {
			if e := fm.Decode(row[b*fm.BlockBytes():], vals); e != nil {
				decErr = e
			}
		}
		if decErr != nil {
			require.ErrorIs(t, err, ErrScale)
			require.True(t, errors.Is(decErr, ErrScale))
			return
		}
		require.NoError(t, err)
		want := bigDotK(t, fm, row, &v)
		require.Zero(t, want.Cmp(int128Big(acc)))
		y, err := fm.DotK(row, &v)
		require.NoError(t, err)
		require.Equal(t, bigRDivSat(want, KDivisor), y)
	})
}
