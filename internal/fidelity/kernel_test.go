package fidelity_test

import (
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/quant"
)

// TestKQuantKernelMatchesReference: on rows of a generated model quantized
// as Q4_K, Q5_K and Q6_K (as fidelity.WriteMix quantizes them) and
// activations with a model's spread (Gaussian, one outlier per vector), the
// native integer kernel (quant.QuantizeK, Format.DotK) is
// TestKQuantErrorAttribution's float64 product with llama.cpp's Q8_K
// activations, rounded once: the same quants as quantize_row_q8_K (its
// signed scale makes no difference), and the result within the final
// rounding of the float64 product.
func TestKQuantKernelMatchesReference(t *testing.T) {
	dir := t.TempDir()
	gen := filepath.Join(dir, "gen.gguf")
	require.NoError(t, llama.Generate(gen, kquantSpec))
	f, err := gguf.Open(gen)
	require.NoError(t, err)
	defer f.Close()
	r := rand.New(rand.NewPCG(14, 2))
	rows, same, negated := 0, 0, 0
	for _, name := range []string{"blk.1.ffn_gate.weight", "blk.2.ffn_down.weight", "output.weight"} {
		ti, ok := f.Tensor(name)
		require.True(t, ok, name)
		data, err := f.TensorData(name)
		require.NoError(t, err)
		w, err := fidelity.Dequantize(ti.Type, data)
		require.NoError(t, err)
		cols := int(ti.Dims[0])
		// one activation vector per tensor, in Q16.16
		xi := make([]int32, cols)
		xf := make([]float64, cols)
		for i := range xi {
			v := r.NormFloat64()
			if i == r.IntN(cols) {
				v *= 40
			}
			xi[i] = int32(math.Round(v * 65536))
			xf[i] = float64(xi[i]) / 65536
		}
		kv, err := quant.QuantizeK(xi)
		require.NoError(t, err)
		// quantize_row_q8_K's d = −max/127 is negative when the extreme is
		// positive, and its quants are negated with it: d·q is the kernel's
		qF, dF := quantQ8K(xf)
		for i := range qF {
			if dF[i/quant.SuperBlock] < 0 {
				qF[i] = -qF[i]
				negated++
			}
		}
		require.Equal(t, qF, kv.Q, "%s: the quants of quantize_row_q8_K", name)
		for _, typ := range []gguf.Type{gguf.TypeQ4_K, gguf.TypeQ5_K, gguf.TypeQ6_K} {
			qf := kFormats[typ]
			for row := 0; row < int(ti.Dims[1]); row += 7 {
				blocks, err := fidelity.Quantize(typ, w[row*cols:(row+1)*cols])
				require.NoError(t, err)
				y, err := qf.DotK(blocks, &kv)
				require.NoError(t, err)
				m := &refMatrix{w: [][]float64{make([]float64, cols)}, typ: typ}
				vals := make([]int64, quant.SuperBlock)
				for b := 0; b < cols/quant.SuperBlock; b++ {
					require.NoError(t, qf.Decode(blocks[b*qf.BlockBytes():], vals))
					for i, v := range vals {
						m.w[0][b*quant.SuperBlock+i] = float64(v) / (1 << quant.ValueFrac)
					}
				}
				yf := matvec(m, xf, refOpts{actQ8_K})[0] * 65536
				// the float64 product differs from the exact one by its float32
				// scale (relative 2^-24) and float64 sums, far below the final
				// rounding's half unit
				require.InDelta(t, yf, float64(y), 0.5+1e-6*math.Abs(yf), "%s row %d as %v", name, row, typ)
				rows++
				if float64(y) == math.Round(yf) {
					same++
				}
			}
		}
	}
	require.Positive(t, negated, "some blocks' extreme must be positive")
	t.Logf("%d rows: the kernel's result is the float64 product rounded in %d", rows, same)
	require.Greater(t, rows, 400)
	require.GreaterOrEqual(t, float64(same), 0.99*float64(rows))
}
