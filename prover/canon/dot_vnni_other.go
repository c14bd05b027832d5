//go:build !amd64

package canon

// haveVNNI is false off amd64: there is no VNNI kernel.
var haveVNNI = false

// useVNNI selects the VNNI matrix-matrix kernel (never off amd64).
var useVNNI = false

const (
	vnniMin      = 4
	vnniAmaxBits = 31
)

func matMulRowsVNNI(m *Q8Matrix, xs []QuantVec, ptrs []*QuantVec, order []int, fast *[65]int, out [][]int32, lo, hi int, sums []int32) {
	panic("canon: no VNNI kernel on this architecture")
}

func vnniName() string { return "" }

func matVecVNNI(m *Q8Matrix, qv *QuantVec, out []int32, lo, hi int, sums []int32) {
	panic("canon: no VNNI kernel on this architecture")
}
