package canon

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// vnniSums runs the VNNI kernel over every row of m against xs (each A <
// 2^31) through the tile driver's packing and returns sums[row][position].
func vnniSums(m *Q8Matrix, xs []*QuantVec) [][]int64 {
	nb := m.Cols / BlockSize
	var v vnniBatch
	v.setPositions(nb, xs)
	got := make([][]int64, m.Rows)
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
					got[r+j] = append(got[r+j], v.sum(j, p))
				}
			}
		}
	}
	return got
}

// requireVNNIMatchesGeneric checks every kernel sum against dotFastGeneric.
// Both are Σ_b D24_b·S_b·A_b modulo 2^64 (exact whenever the fast-path
// bound holds), so they agree on every input with A < 2^31.
func requireVNNIMatchesGeneric(t *testing.T, m *Q8Matrix, xs []*QuantVec, msg string) {
	t.Helper()
	got := vnniSums(m, xs)
	for r := 0; r < m.Rows; r++ {
		for p, qv := range xs {
			if want := dotFastGeneric(m.Row(r), qv); got[r][p] != want {
				t.Fatalf("%s: row %d position %d: vnni %d, generic %d", msg, r, p, got[r][p], want)
			}
		}
	}
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
					qv.Amax[b] = r.Int64N(1 << 31)
				}
				xs[p] = qv
			}
			requireVNNIMatchesGeneric(t, m, xs, "random")
		}
	}
}

// TestVNNIEdgeValues: every weight and every quant drawn from {-128, -127,
// -1, 0, 1, 127} (each pair of values filling whole blocks, then mixes), with
// the largest scales and A < 2^31.
func TestVNNIEdgeValues(t *testing.T) {
	requireVNNI(t)
	edges := []int8{-128, -127, -1, 0, 1, 127}
	r := rand.New(rand.NewPCG(73, 74))
	const nb = 9
	for _, h := range []uint16{0x7bff, 0xfbff, 0x3c00, 0x0001, 0x8001, 0} {
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
				qv.Amax[b] = []int64{1<<31 - 1, 1, 127, 0}[(p+b)%4]
			}
			xs = append(xs, qv)
		}
		requireVNNIMatchesGeneric(t, m, xs, "edges")
	}
}

// TestVNNIWeightSums: the kernel's block weight sums, on random and extreme
// weights.
func TestVNNIWeightSums(t *testing.T) {
	requireVNNI(t)
	r := rand.New(rand.NewPCG(75, 76))
	for _, nb := range []int{1, 3, 64} {
		row := make([]byte, nb*BlockBytes)
		for trial := 0; trial < 50; trial++ {
			for i := range row {
				row[i] = byte(r.Uint32())
				if trial%3 == 1 {
					row[i] = []byte{0x80, 0x7f}[trial/3%2]
				}
			}
			got := make([]int32, nb)
			vnniWeightSums(&row[0], nb, &got[0])
			for b := range got {
				var want int32
				for _, w := range row[b*BlockBytes+2 : (b+1)*BlockBytes] {
					want += int32(int8(w))
				}
				require.Equal(t, 128*want, got[b], "nb %d block %d", nb, b)
			}
		}
	}
}
