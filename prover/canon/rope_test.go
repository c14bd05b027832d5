package canon

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRopeTableMatchesFloat(t *testing.T) {
	const dims, positions = 128, 4096
	for _, base := range []float32{10000, 500000, 1e6} {
		tab, err := NewRopeTable(dims, positions, math.Float32bits(base))
		require.NoError(t, err)
		maxErr := 0.0
		for p := 0; p < positions; p += 7 {
			for i := 0; i < dims/2; i++ {
				theta := math.Pow(float64(base), -2*float64(i)/dims)
				a := float64(p) * theta
				cos, sin := tab.Row(p)
				c := float64(cos[i]) / (1 << 30)
				s := float64(sin[i]) / (1 << 30)
				maxErr = math.Max(maxErr, math.Max(math.Abs(c-math.Cos(a)), math.Abs(s-math.Sin(a))))
			}
		}
		// float64 itself loses ~p·2^-52 in p·θ; the table must be within 2 Q30 ulps.
		require.Less(t, maxErr, 2.0/(1<<30), "base %g: max error %g", base, maxErr)
	}
}

func TestRopeTableDeterministicAndValidated(t *testing.T) {
	a, err := NewRopeTable(16, 64, math.Float32bits(10000))
	require.NoError(t, err)
	b, err := NewRopeTable(16, 64, math.Float32bits(10000))
	require.NoError(t, err)
	for p := 0; p < 64; p++ {
		ac, as := a.Row(p)
		bc, bs := b.Row(p)
		require.Equal(t, ac, bc)
		require.Equal(t, as, bs)
	}
	c0, s0 := a.Row(0)
	require.Equal(t, int32(1<<30), c0[0])
	require.Equal(t, int32(0), s0[0])

	for _, tc := range []struct {
		name      string
		dims, pos int
		base      float32
	}{
		{"odd dims", 15, 64, 10000},
		{"zero positions", 16, 0, 10000},
		{"base one", 16, 64, 1},
		{"negative base", 16, 64, -10000},
		{"infinite base", 16, 64, float32(math.Inf(1))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRopeTable(tc.dims, tc.pos, math.Float32bits(tc.base))
			require.ErrorIs(t, err, ErrRope)
		})
	}
}

func TestRopeApply(t *testing.T) {
	tab, err := NewRopeTable(4, 8, math.Float32bits(10000))
	require.NoError(t, err)
	v := []int32{One, 0, One, 0}
	tab.Apply(v, 0)
	require.Equal(t, []int32{One, 0, One, 0}, v)
	tab.Apply(v, 1)
	// pair 0 rotates by 1 rad, pair 1 by 1/100 rad
	require.InDelta(t, math.Cos(1)*65536, float64(v[0]), 1)
	require.InDelta(t, math.Sin(1)*65536, float64(v[1]), 1)
	require.InDelta(t, math.Cos(0.01)*65536, float64(v[2]), 1)
	require.InDelta(t, math.Sin(0.01)*65536, float64(v[3]), 1)
}

// TestRopeApplyPartial: with rotary dims below the head size (a GGUF's
// llama.rope.dimension_count < head dim), Apply rotates only the first Dims
// elements of the head, as llama.cpp's rope rotates the first n_rot, with
// frequencies over Dims (pair 1 of 4 dims turns by 1/100 rad at p = 1).
func TestRopeApplyPartial(t *testing.T) {
	tab, err := NewRopeTable(4, 8, math.Float32bits(10000))
	require.NoError(t, err)
	v := []int32{One, 0, One, 0, One, -One, 3, 7}
	tab.Apply(v, 1)
	require.InDelta(t, math.Cos(1)*65536, float64(v[0]), 1)
	require.InDelta(t, math.Sin(0.01)*65536, float64(v[3]), 1)
	require.Equal(t, []int32{One, -One, 3, 7}, v[4:], "elements past Dims are not rotated")
}

// ropeDigest hashes rows 0..positions-1 as (be32 cos, be32 sin) per entry,
// row-major, in the order given.
func ropeDigest(t *testing.T, tab *RopeTable, order []int) [32]byte {
	t.Helper()
	half := tab.Dims / 2
	buf := make([]byte, 0, 8*half*tab.Positions)
	rows := make([][2][]int32, tab.Positions)
	for _, p := range order {
		c, s := tab.Row(p)
		rows[p] = [2][]int32{c, s}
	}
	for _, r := range rows {
		for i := 0; i < half; i++ {
			buf = binary.BigEndian.AppendUint32(buf, uint32(r[0][i]))
			buf = binary.BigEndian.AppendUint32(buf, uint32(r[1][i]))
		}
	}
	return sha256.Sum256(buf)
}

// TestRopeTableGolden pins the rows to those of the fully materialized table
// the runtime computed before rows became lazy (digests taken from it), in
// sequential, reverse and random order of first use.
func TestRopeTableGolden(t *testing.T) {
	for _, tc := range []struct {
		dims, positions int
		base            uint32
		digest          string
	}{
		{128, 4096, 0x461c4000, "198519e5b3409c5c7aab238d0d4e7cb6fc8bdd6f73e4b96505332f96abf7a72d"},
		{4096, 300, 0x49742400, "d23530a5e3bbcb80b8cc26dd618b28fe0cdeab65a3f54db69e10a04cf0c143c8"},
		{6, 100000, 0x461c4000, "3392a954cf87425a3c6fb5424584a83a91fb9e7869bae1658f1fa0311dc72258"},
	} {
		seq := make([]int, tc.positions)
		for p := range seq {
			seq[p] = p
		}
		rev := slices.Clone(seq)
		slices.Reverse(rev)
		rnd := slices.Clone(seq)
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(rnd), func(i, j int) { rnd[i], rnd[j] = rnd[j], rnd[i] })
		for name, order := range map[string][]int{"sequential": seq, "reverse": rev, "random": rnd} {
			tab, err := NewRopeTable(tc.dims, tc.positions, tc.base)
			require.NoError(t, err)
			d := ropeDigest(t, tab, order)
			require.Equal(t, tc.digest, hex.EncodeToString(d[:]), "dims %d positions %d, %s order", tc.dims, tc.positions, name)
		}
	}
}

// TestRopeTableLazy: a table claiming 2^20 positions of 4096 rotary dims
// (16 GiB if materialized) holds only the chunks of rows used.
func TestRopeTableLazy(t *testing.T) {
	tab, err := NewRopeTable(4096, 1<<20, math.Float32bits(10000))
	require.NoError(t, err)
	require.Zero(t, tab.Computed())
	chunk := ropeChunkEntries / 2048
	c, s := tab.Row(3)
	require.Len(t, c, 2048)
	require.Len(t, s, 2048)
	require.Equal(t, chunk, tab.Computed())
	tab.Row(chunk)
	require.Equal(t, 2*chunk, tab.Computed())
	tab.Row(1000)
	require.Equal(t, (1000/chunk+1)*chunk, tab.Computed(), "rows up to the one asked for, rounded up to a chunk")
	c2, _ := tab.Row(3)
	require.Equal(t, c, c2, "rows handed out earlier keep their values")

	small, err := NewRopeTable(8, 100, math.Float32bits(10000))
	require.NoError(t, err)
	small.Row(99)
	require.Equal(t, 100, small.Computed(), "never more rows than positions")
	require.Panics(t, func() { small.Row(100) })
	require.Panics(t, func() { small.Row(-1) })

	big, err := NewRopeTable(2, 1<<20, math.Float32bits(10000))
	require.NoError(t, err)
	big.Row(1<<20 - 1)
	require.Equal(t, 1<<20, big.Computed())
}

// TestRopeTableConcurrent: concurrent first uses of rows (run with -race)
// give the rows of a table used sequentially.
func TestRopeTableConcurrent(t *testing.T) {
	const dims, positions = 64, 5000
	ref, err := NewRopeTable(dims, positions, math.Float32bits(500000))
	require.NoError(t, err)
	ref.Row(positions - 1) // computed sequentially, in one growth
	require.Equal(t, positions, ref.Computed())
	tab, err := NewRopeTable(dims, positions, math.Float32bits(500000))
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 7))
			for k := 0; k < 2000; k++ {
				p := (k*37 + r.IntN(400)) % positions
				head := make([]int32, dims)
				for i := range head {
					head[i] = int32(r.Uint32())
				}
				want := slices.Clone(head)
				tab.Apply(head, p)
				ref.Apply(want, p)
				if !slices.Equal(head, want) {
					errs <- fmt.Sprintf("goroutine %d position %d differs", g, p)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// llama3Factors returns LLaMA 3.1's rope_freqs for a head of dims rotary
// dimensions (the formula of llama.cpp's convert_hf_to_gguf.py: factor 8,
// low-frequency factor 1, high-frequency factor 4) for an original context
// of origCtx positions, as fp32 bits.
func llama3Factors(dims int, base float64, origCtx float64) []uint32 {
	const factor, lowFreq, highFreq = 8.0, 1.0, 4.0
	lowWavelen, highWavelen := origCtx/lowFreq, origCtx/highFreq
	out := make([]uint32, dims/2)
	for i := range out {
		freq := 1 / math.Pow(base, 2*float64(i)/float64(dims))
		wavelen := 2 * math.Pi / freq
		f := 1.0
		switch {
		case wavelen < highWavelen:
		case wavelen > lowWavelen:
			f = factor
		default:
			smooth := (origCtx/wavelen - lowFreq) / (highFreq - lowFreq)
			f = 1 / ((1-smooth)/factor + smooth)
		}
		out[i] = math.Float32bits(float32(f))
	}
	return out
}

// TestRopeTableFactorsMatchFloat: with LLaMA 3.1 factors, pair i rotates by
// θ_i/f_i, within the same 2 Q30 ulps of float64 as without.
func TestRopeTableFactorsMatchFloat(t *testing.T) {
	const dims, positions, base = 64, 4096, 500000.0
	factors := llama3Factors(dims, base, 256)
	scaled := 0
	for _, b := range factors {
		if math.Float32frombits(b) > 1 {
			scaled++
		}
	}
	require.Greater(t, scaled, dims/4, "the factors must scale a good share of the pairs")
	tab, err := NewRopeTableFactors(dims, positions, math.Float32bits(base), factors)
	require.NoError(t, err)
	maxErr := 0.0
	for p := 0; p < positions; p += 5 {
		cos, sin := tab.Row(p)
		for i := 0; i < dims/2; i++ {
			theta := math.Pow(base, -2*float64(i)/dims) / float64(math.Float32frombits(factors[i]))
			a := float64(p) * theta
			c, s := float64(cos[i])/(1<<30), float64(sin[i])/(1<<30)
			maxErr = math.Max(maxErr, math.Max(math.Abs(c-math.Cos(a)), math.Abs(s-math.Sin(a))))
		}
	}
	require.Less(t, maxErr, 2.0/(1<<30), "max error %g", maxErr)

	// All-ones factors are exactly the table without factors.
	ones := make([]uint32, dims/2)
	for i := range ones {
		ones[i] = math.Float32bits(1)
	}
	a, err := NewRopeTableFactors(dims, 300, math.Float32bits(base), ones)
	require.NoError(t, err)
	b, err := NewRopeTable(dims, 300, math.Float32bits(base))
	require.NoError(t, err)
	ac, as := a.Row(299)
	bc, bs := b.Row(299)
	require.Equal(t, bc, ac)
	require.Equal(t, bs, as)
	// And factors change the rows of the pairs they scale.
	sc, _ := tab.Row(299)
	require.NotEqual(t, bc[dims/2-1], sc[dims/2-1])
}

func TestRopeTableFactorsValidated(t *testing.T) {
	ok := []uint32{math.Float32bits(1), math.Float32bits(8)}
	_, err := NewRopeTableFactors(4, 8, math.Float32bits(10000), ok)
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		factors []uint32
	}{
		{"too few", ok[:1]},
		{"too many", append(slices.Clone(ok), ok[0])},
		{"below one", []uint32{math.Float32bits(0.5), ok[1]}},
		{"zero", []uint32{0, ok[1]}},
		{"negative", []uint32{math.Float32bits(-2), ok[1]}},
		{"NaN", []uint32{0x7fc00000, ok[1]}},
		{"infinite", []uint32{0x7f800000, ok[1]}},
		{"above 2^24", []uint32{ok[0], math.Float32bits(1 << 25)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRopeTableFactors(4, 8, math.Float32bits(10000), tc.factors)
			require.ErrorIs(t, err, ErrRope)
		})
	}
}
