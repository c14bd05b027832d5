package difftest

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// randScale draws fp16 bits of a finite scale: mostly realistic magnitudes
// (2^-14 .. 2^-3), sometimes any finite pattern or an extreme one.
func randScale(r *rand.Rand) uint16 {
	switch r.IntN(8) {
	case 0:
		for {
			h := uint16(r.Uint32())
			if h&0x7c00 != 0x7c00 {
				return h
			}
		}
	case 1:
		ext := []uint16{0x0000, 0x8000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x7bff, 0xfbff, 0x3c00}
		return ext[r.IntN(len(ext))]
	default:
		exp := uint16(1 + r.IntN(12))
		return uint16(r.IntN(2))<<15 | exp<<10 | uint16(r.IntN(1024))
	}
}

// randVector draws an activation vector of n (a multiple of 32) with a
// per-vector style: realistic, full-range, extreme, sparse or with zero blocks.
func randVector(r *rand.Rand, n int) []int32 {
	x := make([]int32, n)
	style := r.IntN(6)
	for i := range x {
		switch style {
		case 0: // realistic: |x| up to ~16
			x[i] = int32(r.Int64N(1<<21) - 1<<20)
		case 1:
			x[i] = rand32(r)
		case 2: // extremes
			x[i] = []int32{math.MaxInt32, math.MinInt32, -math.MaxInt32, 0, 1, -1}[r.IntN(6)]
		case 3: // sparse
			if r.IntN(8) == 0 {
				x[i] = rand32(r)
			}
		case 4: // ties in quantization: amax = 254·k, entries ±k·odd
			k := int32(1 + r.IntN(1000))
			x[i] = k * int32(2*r.IntN(128)-127)
		default:
			x[i] = int32(r.Uint32())
		}
	}
	if style != 2 && r.IntN(3) == 0 { // some all-zero blocks
		for b := 0; b < n/32; b++ {
			if r.IntN(3) == 0 {
				clear(x[b*32 : (b+1)*32])
			}
		}
	}
	return x
}

// randRow draws one Q8_0 row of n columns.
func randRow(r *rand.Rand, n int) []byte {
	row := make([]byte, n/32*34)
	style := r.IntN(4)
	for b := 0; b < n/32; b++ {
		h := randScale(r)
		blk := row[b*34 : (b+1)*34]
		blk[0], blk[1] = byte(h), byte(h>>8)
		for i := 2; i < 34; i++ {
			switch style {
			case 0:
				blk[i] = []byte{0x7f, 0x80, 0x81}[r.IntN(3)]
			default:
				blk[i] = byte(r.Uint32())
			}
		}
	}
	return row
}

// packQuant converts canon's quantized vector to the harness's packed form.
func packQuant(qv *canon.QuantVec) ([]byte, []*big.Int) {
	q := make([]byte, len(qv.Q))
	for i, v := range qv.Q {
		q[i] = byte(v)
	}
	return q, bigs(qv.Amax)
}

// refAcc is the spec's exact Σ_b D24_b·S_b·A_b over blocks [lo, hi).
func refAcc(row []byte, qv *canon.QuantVec, lo, hi int) *big.Int {
	acc := new(big.Int)
	for b := lo; b < hi; b++ {
		d, err := canon.FP16ToD24(uint16(row[b*34]) | uint16(row[b*34+1])<<8)
		if err != nil {
			panic(err)
		}
		var s int64
		for i := 0; i < 32; i++ {
			s += int64(int8(row[b*34+2+i])) * int64(qv.Q[b*32+i])
		}
		acc.Add(acc, new(big.Int).Mul(big.NewInt(d*s), big.NewInt(qv.Amax[b])))
	}
	return acc
}

// TestQuantize compares quantizeBlock and quantize with canon.QuantVec.Quantize.
func TestQuantize(t *testing.T) {
	e := newEnv(t)
	r := newRand(5)
	blocks := 0
	for iter := 0; iter < 40; iter++ {
		x := randVector(r, 32*100)
		var qv canon.QuantVec
		qv.Quantize(x)
		got := call(e, e.h.PackQuantizeBlockBatch(x), e.h.UnpackQuantizeBlockBatch)
		require.Equal(t, qv.Q, got.Q)
		require.Equal(t, qv.Amax, int64s(got.Amax))
		blocks += len(qv.Amax)
	}
	// The int8[32] interface itself, once per style.
	for iter := 0; iter < 24; iter++ {
		x := randVector(r, 32)
		var qv canon.QuantVec
		qv.Quantize(x)
		got := call(e, e.h.PackQuantizeBlock([32]int32(x)), e.h.UnpackQuantizeBlock)
		require.Equal(t, [32]int8(qv.Q), got.Q)
		require.Equal(t, qv.Amax[0], got.Amax.Int64())
		blocks++
	}
	record(t, "quantizeBlock", blocks)

	vecs := 0
	for iter := 0; iter < 300; iter++ {
		x := randVector(r, 32*(1+r.IntN(40)))
		var qv canon.QuantVec
		qv.Quantize(x)
		got := call(e, e.h.PackQuantize(x), e.h.UnpackQuantize)
		q, amax := packQuant(&qv)
		require.Equal(t, q, got.Q)
		require.Equal(t, int64s(amax), int64s(got.Amax))
		vecs++
	}
	record(t, "quantize (vectors)", vecs)
	for _, n := range []int{0, 31, 33} {
		err, ok := e.revert(e.h.PackQuantize(make([]int32, n))).(*bindings.CanonHarnessInvalidLength)
		require.True(t, ok)
		require.Equal(t, int64(n), err.Length.Int64())
	}
}

// TestBlockDotEmbedBlock compares the block sum S and the embedding block
// dequantization with the spec (canon's versions are unexported).
func TestBlockDotEmbedBlock(t *testing.T) {
	e := newEnv(t)
	r := newRand(6)
	for i := 0; i < 2000; i++ {
		blk := randRow(r, 32)
		var q [32]int8
		for j := range q {
			switch i % 4 {
			case 0:
				q[j] = []int8{127, -127, -128}[r.IntN(3)]
			default:
				q[j] = int8(r.Uint32())
			}
		}
		var want int64
		for j := range q {
			want += int64(int8(blk[2+j])) * int64(q[j])
		}
		got := call(e, e.h.PackBlockDot(blk, q), e.h.UnpackBlockDot)
		require.Equal(t, want, got.Int64(), "block %x q %v", blk, q)
	}
	record(t, "blockDot", 2000)

	for i := 0; i < 1500; i++ {
		blk := randRow(r, 32)
		d, err := canon.FP16ToD24(uint16(blk[0]) | uint16(blk[1])<<8)
		require.NoError(t, err)
		got := call(e, e.h.PackEmbedBlock(blk), e.h.UnpackEmbedBlock)
		for j := 0; j < 32; j++ {
			require.Equal(t, refSat32(rshift64(int64(int8(blk[2+j]))*d, 8)), got[j])
		}
	}
	record(t, "embedBlock", 1500)

	nf := []byte{0x00, 0x7c}
	_, ok := e.revert(e.h.PackEmbedBlock(append(nf, make([]byte, 32)...))).(*bindings.CanonHarnessNonFiniteScale)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackBlockDot(make([]byte, 33), [32]int8{})).(*bindings.CanonHarnessInvalidBlock)
	require.True(t, ok)
}

// TestDotRow compares dotRow with canon.MatMul (an unchecked Q8Matrix takes
// canon's exact 128-bit path), checks dotRowPartial against the exact sum and
// that any split into chunks adds up to the same result.
func TestDotRow(t *testing.T) {
	e := newEnv(t)
	r := newRand(7)
	rowsChecked := 0
	for iter := 0; iter < 150; iter++ {
		n := 32 * []int{1, 2, 3, 4, 7, 8, 16, 32}[r.IntN(8)]
		rows := 40
		m := canon.Q8Matrix{Name: "w", Rows: rows, Cols: n}
		raw := make([][]byte, rows)
		for i := range raw {
			raw[i] = randRow(r, n)
			m.Data = append(m.Data, raw[i]...)
		}
		x := randVector(r, n)
		qvs := make([]canon.QuantVec, 1)
		qvs[0].Quantize(x)
		out := [][]int32{make([]int32, rows)}
		canon.MatMul(&m, qvs, out, canon.Options{}.ThreadCount())
		q, amax := packQuant(&qvs[0])
		got := call(e, e.h.PackDotRowBatch(raw, q, amax), e.h.UnpackDotRowBatch)
		require.Equal(t, out[0], got, "n=%d", n)
		rowsChecked += rows

		// One row through the single-row entry point and through chunks.
		i := r.IntN(rows)
		require.Equal(t, out[0][i], call(e, e.h.PackDotRow(raw[i], q, amax), e.h.UnpackDotRow))
		nb := n / 32
		cuts := []int{0, nb}
		for k := 0; k < r.IntN(4); k++ {
			cuts = append(cuts, r.IntN(nb+1))
		}
		slices.Sort(cuts)
		total := new(big.Int)
		for k := 0; k+1 < len(cuts); k++ {
			lo, hi := cuts[k], cuts[k+1]
			part := call(e, e.h.PackDotRowPartial(raw[i], q, amax, bi(int64(lo)), bi(int64(hi))), e.h.UnpackDotRowPartial)
			require.Zero(t, refAcc(raw[i], &qvs[0], lo, hi).Cmp(part), "blocks [%d, %d)", lo, hi)
			// The same chunk passed as a segment of its own.
			seg := call(e, e.h.PackDotRowPartial(raw[i][lo*34:hi*34], q[lo*32:hi*32], amax[lo:hi], bi(0), bi(int64(hi-lo))), e.h.UnpackDotRowPartial)
			require.Zero(t, part.Cmp(seg))
			total.Add(total, part)
		}
		require.Equal(t, out[0][i], call(e, e.h.PackFinishDot(total), e.h.UnpackFinishDot))
	}
	record(t, "dotRow (rows)", rowsChecked)

	// finishDot alone over the whole int256 range.
	var accs []*big.Int
	for i := 0; i < 3000; i++ {
		acc := randBig(r, 255)
		if acc.Cmp(int256Max) > 0 || acc.Cmp(int256Min) < 0 {
			acc = randBig(r, 100)
		}
		accs = append(accs, acc)
	}
	div := big.NewInt(127 << 24)
	for _, acc := range append(accs, new(big.Int).Mul(div, bi(1<<31)), new(big.Int).Sub(new(big.Int).Mul(div, bi(1<<31-1)), bi(127<<23))) {
		got := call(e, e.h.PackFinishDot(acc), e.h.UnpackFinishDot)
		require.Equal(t, refSat32(refRdiv(acc, div)), got, "finishDot(%s)", acc)
	}
	record(t, "finishDot", len(accs)+2)

	// Invalid inputs.
	row := randRow(r, 64)
	var qv canon.QuantVec
	qv.Quantize(randVector(r, 64))
	q, amax := packQuant(&qv)
	_, ok := e.revert(e.h.PackDotRow(row[:67], q, amax)).(*bindings.CanonHarnessLengthMismatch)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackDotRowPartial(row, q, amax, bi(2), bi(1))).(*bindings.CanonHarnessInvalidBlockRange)
	require.True(t, ok)
	_, ok = e.revert(e.h.PackDotRowPartial(row, q, amax, bi(0), bi(3))).(*bindings.CanonHarnessInvalidBlockRange)
	require.True(t, ok)
	bad := append([]*big.Int{bi(1<<31 + 1)}, amax[1:]...)
	_, ok = e.revert(e.h.PackDotRow(row, q, bad)).(*bindings.CanonHarnessAmaxOutOfRange)
	require.True(t, ok)
	bad = append([]*big.Int{bi(-1)}, amax[1:]...)
	_, ok = e.revert(e.h.PackDotRow(row, q, bad)).(*bindings.CanonHarnessAmaxOutOfRange)
	require.True(t, ok)
	nfRow := append([]byte(nil), row...)
	nfRow[34], nfRow[35] = 0x00, 0xfc // -inf in block 1
	nfe, ok := e.revert(e.h.PackDotRow(nfRow, q, amax)).(*bindings.CanonHarnessNonFiniteScale)
	require.True(t, ok)
	require.Equal(t, uint16(0xfc00), nfe.H)
}

// TestGasDotRow checks full LLaMA-7B-sized rows against canon and logs their
// gas, whole and split into 2 and 4 chunks (each chunk passed as its own
// segment, as a chunked one-step proof would): "exec" is the gas LibCanon
// spends with the data in memory (measured with gasleft in the harness), "tx"
// the EstimateGas of a transaction to the harness, which adds the intrinsic
// 21000, calldata (EIP-7623's floor of 10 gas per token dominates here) and
// ABI decoding.
func TestGasDotRow(t *testing.T) {
	e := newEnv(t)
	r := newRand(8)
	var b strings.Builder
	b.WriteString("\ndotRow gas, one row (exec = LibCanon only; tx = EstimateGas of a harness call):\n")
	fmt.Fprintf(&b, "  %-6s %-7s %-22s %-30s %s\n", "cols", "blocks", "whole row exec / tx", "2 chunks, each exec / tx", "4 chunks, each exec / tx")
	for _, n := range []int{4096, 11008} {
		row := make([]byte, n/32*34)
		for blk := 0; blk < n/32; blk++ {
			h := uint16(r.IntN(2))<<15 | uint16(4+r.IntN(6))<<10 | uint16(r.IntN(1024))
			row[blk*34], row[blk*34+1] = byte(h), byte(h>>8)
			for i := 2; i < 34; i++ {
				row[blk*34+i] = byte(r.Uint32())
			}
		}
		x := make([]int32, n)
		for i := range x {
			x[i] = int32(r.Int64N(1<<20) - 1<<19)
		}
		qvs := make([]canon.QuantVec, 1)
		qvs[0].Quantize(x)
		out := [][]int32{make([]int32, 1)}
		canon.MatMul(&canon.Q8Matrix{Name: "w", Rows: 1, Cols: n, Data: row}, qvs, out, 1)
		q, amax := packQuant(&qvs[0])
		whole := call(e, e.h.PackDotRowGas(row, q, amax), e.h.UnpackDotRowGas)
		require.Equal(t, out[0][0], whole.Y)
		fmt.Fprintf(&b, "  %-6d %-7d %-22s", n, n/32, fmt.Sprintf("%d / %d", whole.GasUsed.Uint64(), e.gas(e.h.PackDotRow(row, q, amax))))
		for _, parts := range []int{2, 4} {
			nb := n / 32
			var execMax, txMax uint64
			total := new(big.Int)
			for k := 0; k < parts; k++ {
				lo, hi := k*nb/parts, (k+1)*nb/parts
				args := func() (rw, qq []byte, am []*big.Int, from, to *big.Int) {
					return row[lo*34 : hi*34], q[lo*32 : hi*32], amax[lo:hi], bi(0), bi(int64(hi - lo))
				}
				part := call(e, e.h.PackDotRowPartialGas(args()), e.h.UnpackDotRowPartialGas)
				total.Add(total, part.Acc)
				execMax = max(execMax, part.GasUsed.Uint64())
				txMax = max(txMax, e.gas(e.h.PackDotRowPartial(args())))
			}
			require.Equal(t, out[0][0], call(e, e.h.PackFinishDot(total), e.h.UnpackFinishDot))
			fmt.Fprintf(&b, " %-30s", fmt.Sprintf("≤ %d / ≤ %d", execMax, txMax))
		}
		b.WriteString("\n")
	}
	t.Log(b.String())
}

// TestRowLeafMatchesGo: LibCanon.rowLeaf and rowLeafCalldata commit a row as
// canon.RowLeaf does, on both sides of the 128-block part size.
func TestRowLeafMatchesGo(t *testing.T) {
	e := newEnv(t)
	r := newRand(31)
	h := merkle.NewHasher()
	for _, blocks := range []int{1, 2, 127, 128, 129, 255, 256, 257, 344, 700} {
		row := randRow(r, blocks*32)
		got := call(e, e.h.PackRowLeaf(row), e.h.UnpackRowLeaf)
		want := canon.RowLeaf(h, row)
		require.Equal(t, [32]byte(want), got.FromMemory, "%d blocks", blocks)
		require.Equal(t, [32]byte(want), got.FromCalldata, "%d blocks", blocks)
	}
	record(t, "rowLeaf", 10)
}

// TestDotPackedMatchesGo: LibCanon.dotPacked (the one-step verifier's kernel
// on the operands as the proofs carry them: be64 maxima) equals the spec's
// exact sum over random block ranges, and reports an invalid block by its
// index in the row.
func TestDotPackedMatchesGo(t *testing.T) {
	e := newEnv(t)
	r := newRand(32)
	be64s := func(am []int64) []byte {
		b := make([]byte, 8*len(am))
		for i, v := range am {
			binary.BigEndian.PutUint64(b[8*i:], uint64(v))
		}
		return b
	}
	n := 0
	for it := 0; it < 40; it++ {
		nb := 1 + r.IntN(160)
		row := randRow(r, nb*32)
		var qv canon.QuantVec
		qv.Quantize(randVector(r, nb*32))
		q, _ := packQuant(&qv)
		lo := r.IntN(nb)
		hi := lo + 1 + r.IntN(nb-lo)
		got := call(e, e.h.PackDotPacked(row[lo*34:hi*34], q[lo*32:hi*32], be64s(qv.Amax[lo:hi]), bi(int64(lo))), e.h.UnpackDotPacked)
		require.Zero(t, refAcc(row, &qv, lo, hi).Cmp(got), "blocks [%d, %d) of %d", lo, hi, nb)
		n += hi - lo
	}
	record(t, "dotPacked (blocks)", n)

	row := randRow(r, 4*32)
	var qv canon.QuantVec
	qv.Quantize(randVector(r, 4*32))
	q, _ := packQuant(&qv)
	am := append([]int64(nil), qv.Amax...)
	am[2] = 1<<31 + 1
	ae, ok := e.revert(e.h.PackDotPacked(row, q, be64s(am), bi(40))).(*bindings.CanonHarnessAmaxOutOfRange)
	require.True(t, ok)
	require.Equal(t, int64(42), ae.BlockIndex.Int64())
	require.Equal(t, int64(1<<31+1), ae.Amax.Int64())
	am[2] = -1
	ae, ok = e.revert(e.h.PackDotPacked(row, q, be64s(am), bi(0))).(*bindings.CanonHarnessAmaxOutOfRange)
	require.True(t, ok)
	require.Equal(t, int64(2), ae.BlockIndex.Int64())
	require.Equal(t, int64(-1), ae.Amax.Int64())
	nf := append([]byte(nil), row...)
	nf[34], nf[35] = 0x00, 0x7c // +inf in block 1
	nfe, ok := e.revert(e.h.PackDotPacked(nf, q, be64s(qv.Amax), bi(0))).(*bindings.CanonHarnessNonFiniteScale)
	require.True(t, ok)
	require.Equal(t, uint16(0x7c00), nfe.H)
}
