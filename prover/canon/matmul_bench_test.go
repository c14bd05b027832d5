package canon

import (
	"math/rand/v2"
	"syscall"
	"testing"
)

func cpuNow() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func benchMat(rows, cols, n int) (*Q8Matrix, []QuantVec) {
	r := rand.New(rand.NewPCG(1, 2))
	nb := cols / BlockSize
	data := make([]byte, rows*nb*BlockBytes)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	for b := 0; b < rows*nb; b++ {
		h := uint16(0x1c00 + r.IntN(0x800))
		data[b*BlockBytes], data[b*BlockBytes+1] = byte(h), byte(h>>8)
	}
	m := &Q8Matrix{Name: "b", Rows: rows, Cols: cols, Data: data}
	if err := m.check(rows, cols); err != nil {
		panic(err)
	}
	xs := make([]QuantVec, n)
	x := make([]int32, cols)
	for p := range xs {
		for i := range x {
			x[i] = int32(r.Uint32()) >> 13
		}
		xs[p].Quantize(x)
	}
	return m, xs
}

func benchMatMul(b *testing.B, rows, cols, n int) {
	m, xs := benchMat(rows, cols, n)
	out := make([][]int32, n)
	for p := range out {
		out[p] = make([]int32, rows)
	}
	b.ResetTimer()
	c0 := cpuNow()
	for i := 0; i < b.N; i++ {
		MatMul(m, xs, out, 1)
	}
	b.ReportMetric(float64(cpuNow()-c0)/float64(b.N)/float64(rows*cols/BlockSize*n), "cpuns/blockpair")
}

func BenchmarkMatMul288x768n1(b *testing.B)       { benchMatMul(b, 768, 288, 1) }
func BenchmarkMatMul288x768n64(b *testing.B)      { benchMatMul(b, 768, 288, 64) }
func BenchmarkMatMul2048x768n1(b *testing.B)      { benchMatMul(b, 2048, 768, 1) }
func BenchmarkMatMul2048x768n64(b *testing.B)     { benchMatMul(b, 2048, 768, 64) }
func BenchmarkMatMul768x2048n64(b *testing.B)     { benchMatMul(b, 768, 2048, 64) }
func BenchmarkMatMulOut16384x288n64(b *testing.B) { benchMatMul(b, 16384, 288, 64) }
func BenchmarkMatMul768x2048n8(b *testing.B)      { benchMatMul(b, 768, 2048, 8) }
func BenchmarkMatMul768x2048n16(b *testing.B)     { benchMatMul(b, 768, 2048, 16) }
func BenchmarkMatMul768x2048n140(b *testing.B)    { benchMatMul(b, 768, 2048, 140) }
