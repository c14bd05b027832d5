package canon

import (
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// vnniResults runs the VNNI kernel over every row of m against xs (each A <
// 2^31) through the tile driver's packing and returns the rounded
// results[row][position].
func vnniResults(m *Q8Matrix, xs []*QuantVec) [][]int32 {
	nb := m.Cols / BlockSize
	var v vnniBatch
	v.setPositions(nb, xs)
	got := make([][]int32, m.Rows)
	var rows [vnniRows][]byte
	for r := 0; r < m.Rows; r += vnniRows {
		for j := range rows {
			rows[j] = m.Row(min(r+j, m.Rows-1))
		}
		v.setRows(&rows)
		for g := 0; g < v.groups; g++ {
			v.tile(&rows, g)
			for j := 0; j < vnniRows && r+j < m.Rows; j++ {
				for p := g * vnniLanes; p < min(len(xs), (g+1)*vnniLanes); p++ {
					got[r+j] = append(got[r+j], v.result(j, p))
				}
			}
		}
	}
	return got
}

// requireVNNIMatchesGeneric checks the kernel's result for every row and
// position on the fast path (the only ones MatMul takes from it) against
// the rounded dotFastGeneric, and returns how many it checked.
func requireVNNIMatchesGeneric(t *testing.T, m *Q8Matrix, xs []*QuantVec, msg string) int {
	t.Helper()
	got := vnniResults(m, xs)
	nb := m.Cols / BlockSize
	checked := 0
	for r := 0; r < m.Rows; r++ {
		for p, qv := range xs {
			if m.rowBits(r)+19+qv.AmaxBits+bits.Len(uint(nb)) > 63 {
				continue
			}
			checked++
			if want := sat32(roundDiv(dotFastGeneric(m.Row(r), qv), matDivisor)); got[r][p] != want {
				t.Fatalf("%s: row %d position %d: vnni %d, generic %d", msg, r, p, got[r][p], want)
			}
		}
	}
	return checked
}

// setAmaxBits sets qv.AmaxBits from its block maxima, as Quantize does.
func setAmaxBits(qv *QuantVec) {
	var all int64
	for _, a := range qv.Amax {
		all = max(all, a)
	}
	qv.AmaxBits = bits.Len64(uint64(all))
}

func requireVNNI(t *testing.T) {
	t.Helper()
	if !haveVNNI {
		t.Skip("CPU without AVX-512 VNNI: the kernel is never selected here")
	}
}

// TestVNNITileMatchesGeneric: random shapes with row and position tails
// (tiles of 4 rows × 16 positions), random weights, scales and quants over
// the whole int8 range, -128 included.
func TestVNNITileMatchesGeneric(t *testing.T) {
	requireVNNI(t)
	r := rand.New(rand.NewPCG(71, 72))
	checked := 0
	for _, nb := range []int{1, 2, 7, 8, 9, 17, 37, 64} {
		for trial := 0; trial < 8; trial++ {
			rows, n := 1+r.IntN(11), 1+r.IntN(40)
			m := randomQ8(r, rows, nb)
			xs := make([]*QuantVec, n)
			for p := range xs {
				qv := &QuantVec{Q: make([]int8, nb*BlockSize), Amax: make([]int64, nb)}
				for i := range qv.Q {
					qv.Q[i] = int8(r.Uint32())
				}
				for b := range qv.Amax {
					qv.Amax[b] = r.Int64N(1 << r.IntN(32))
				}
				setAmaxBits(qv)
				xs[p] = qv
			}
			checked += requireVNNIMatchesGeneric(t, m, xs, "random")
		}
	}
	require.Greater(t, checked, 1000, "fast-path cases checked")
}

// TestVNNIEdgeValues: every weight and every quant drawn from {-128, -127,
// -1, 0, 1, 127} (each pair of values filling whole blocks, then mixes), with
// the largest scales and the largest A the fast path takes with them.
func TestVNNIEdgeValues(t *testing.T) {
	requireVNNI(t)
	edges := []int8{-128, -127, -1, 0, 1, 127}
	r := rand.New(rand.NewPCG(73, 74))
	const nb = 9
	for _, c := range []struct {
		h        uint16 // every block's fp16 scale
		amaxBits int    // largest A: the most the fast path allows with it
	}{{0x4bff, 12}, {0xcbff, 12}, {0x3c00, 15}, {0x0001, 31}, {0x8001, 31}, {0, 31}} {
		h, amaxBits := c.h, c.amaxBits
		m := &Q8Matrix{Name: "edge", Rows: len(edges) + 3, Cols: nb * BlockSize, Data: make([]byte, (len(edges)+3)*nb*BlockBytes)}
		for row := 0; row < m.Rows; row++ {
			for b := 0; b < nb; b++ {
				blk := m.Data[(row*nb+b)*BlockBytes:]
				blk[0], blk[1] = byte(h), byte(h>>8)
				for i := 0; i < BlockSize; i++ {
					w := edges[r.IntN(len(edges))]
					if row < len(edges) {
						w = edges[row]
					}
					blk[2+i] = byte(w)
				}
			}
		}
		if err := m.check(m.Rows, m.Cols); err != nil {
			t.Fatal(err)
		}
		var xs []*QuantVec
		for p := 0; p < len(edges)+21; p++ {
			qv := &QuantVec{Q: make([]int8, nb*BlockSize), Amax: make([]int64, nb)}
			for i := range qv.Q {
				qv.Q[i] = edges[r.IntN(len(edges))]
				if p < len(edges) {
					qv.Q[i] = edges[p]
				}
			}
			for b := range qv.Amax {
				qv.Amax[b] = []int64{1<<amaxBits - 1, 1, 127, 0}[(p+b)%4]
			}
			setAmaxBits(qv)
			xs = append(xs, qv)
		}
		if n := requireVNNIMatchesGeneric(t, m, xs, "edges"); n != m.Rows*len(xs) {
			t.Fatalf("scale %#04x: %d of %d cases on the fast path", h, n, m.Rows*len(xs))
		}
	}
}

// TestVNNIRound: the kernel's rounding equals sat32(roundDiv(n, 127·2^24))
// at every tie, around the saturation bounds and on random sums up to the
// fast path's bound.
func TestVNNIRound(t *testing.T) {
	requireVNNI(t)
	const d = matDivisor
	var ns []int64
	for _, k := range []int64{0, 1, 2, 126, 127, 128, 1 << 20, 1<<31 - 2, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 38} {
		for _, off := range []int64{-d/2 - 1, -d / 2, -d/2 + 1, -1, 0, 1, d/2 - 1, d / 2, d/2 + 1} {
			ns = append(ns, k*d+off, -(k*d + off))
		}
	}
	r := rand.New(rand.NewPCG(77, 78))
	for i := 0; i < 100000; i++ {
		n := r.Int64N(1 << r.IntN(63))
		if r.IntN(2) == 0 {
			n = -n
		}
		ns = append(ns, n)
	}
	ns = append(ns, 1<<63-1<<31, -(1<<63 - 1<<31))
	for len(ns)%8 != 0 {
		ns = append(ns, 0)
	}
	for i := 0; i < len(ns); i += 8 {
		var out [8]int32
		vnniRound((*[8]int64)(ns[i:i+8]), &out)
		for j, n := range ns[i : i+8] {
			if want := sat32(roundDiv(n, d)); out[j] != want {
				t.Fatalf("round(%d) = %d, want %d", n, out[j], want)
			}
		}
	}
}

// TestVNNIRowScales: the kernel's row scales are mantExp's M and E for
// every fp16 pattern (non-finite ones included) and −128·Σ w for random and
// extreme weights.
func TestVNNIRowScales(t *testing.T) {
	requireVNNI(t)
	r := rand.New(rand.NewPCG(75, 76))
	const nb = 1 << 10
	row := make([]byte, nb*BlockBytes)
	rs := make([]vnniScale, nb*vnniRows)
	for h0 := 0; h0 < 1<<16; h0 += nb {
		for b := 0; b < nb; b++ {
			blk := row[b*BlockBytes : (b+1)*BlockBytes]
			blk[0], blk[1] = byte(h0+b), byte((h0+b)>>8)
			for i := 2; i < BlockBytes; i++ {
				blk[i] = byte(r.Uint32())
				if b%3 == 1 {
					blk[i] = []byte{0x80, 0x7f}[b/3%2]
				}
			}
		}
		j := h0 / nb % vnniRows
		vnniRowScales(&row[0], nb, &rs[j])
		for b := 0; b < nb; b++ {
			var sum int32
			for _, w := range row[b*BlockBytes+2 : (b+1)*BlockBytes] {
				sum += int32(int8(w))
			}
			m, e := mantExp(uint16(h0 + b))
			require.Equal(t, vnniScale{m: m, c: -128 * sum, e: e}, rs[b*vnniRows+j], "fp16 %#04x", h0+b)
		}
	}
}

// TestVNNIMatVecMatchesDotRow: the one-position path gives dotRow's exact
// result for every row: random shapes (tails after the groups of 8 blocks),
// scales and activations, huge scales and activations taking dotRow.
func TestVNNIMatVecMatchesDotRow(t *testing.T) {
	requireVNNI(t)
	r := rand.New(rand.NewPCG(79, 80))
	checked := 0
	for _, nb := range []int{1, 7, 8, 9, 16, 17, 24, 64} {
		for trial := 0; trial < 10; trial++ {
			rows := 1 + r.IntN(20)
			m := randomQ8(r, rows, nb)
			for _, qv := range randomActs(r, 4, nb) {
				if qv.AmaxBits > vnniAmaxBits {
					continue
				}
				sums := make([]int32, nb)
				got := make([]int32, rows)
				matVecVNNI(m, &qv, got, 0, rows, sums)
				for row := range got {
					require.Equal(t, dotRow(m.Row(row), 64, &qv, sums), got[row], "nb %d row %d", nb, row)
					checked++
				}
			}
		}
	}
	require.Greater(t, checked, 1000)
}

// TestVNNIMatVecEdgeValues: the one-position kernel's sum equals
// dotFastGeneric with every weight and quant in {-128, -127, -1, 0, 1, 127}
// and on random int8 (both modulo 2^64, exact on the fast path).
func TestVNNIMatVecEdgeValues(t *testing.T) {
	requireVNNI(t)
	edges := []int8{-128, -127, -1, 0, 1, 127}
	r := rand.New(rand.NewPCG(81, 82))
	const nb = 16
	row := make([]byte, nb*BlockBytes)
	qv := &QuantVec{Q: make([]int8, nb*BlockSize), Amax: make([]int64, nb)}
	cq := make([]int64, nb)
	for trial := 0; trial < 200; trial++ {
		for b := 0; b < nb; b++ {
			h := []uint16{0x4bff, 0xcbff, 0x3c00, 0x0001, 0x8001, 0, 0x7c00, 0x0400}[(b+trial)%8]
			row[b*BlockBytes], row[b*BlockBytes+1] = byte(h), byte(h>>8)
			for i := 0; i < BlockSize; i++ {
				w, q := edges[(trial/6+b)%6], edges[trial%6]
				if trial >= 36 {
					w, q = edges[r.IntN(6)], edges[r.IntN(6)]
					if trial >= 100 {
						w, q = int8(r.Uint32()), int8(r.Uint32())
					}
				}
				row[b*BlockBytes+2+i] = byte(w)
				qv.Q[b*BlockSize+i] = q
			}
			qv.Amax[b] = []int64{1<<31 - 1, 1, 127, 0, 1 << 20}[(b+trial)%5]
		}
		for b := range cq {
			var s int64
			for _, q := range qv.Q[b*BlockSize : (b+1)*BlockSize] {
				s += int64(q)
			}
			cq[b] = -128 * s
		}
		got := vnniMatVec(&row[0], nb/8, &qv.Q[0], &cq[0], &qv.Amax[0], &vnniMatVecIdx)
		require.Equal(t, dotFastGeneric(row, qv), got, "trial %d", trial)
	}
}
