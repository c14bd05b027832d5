package onestep

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestRefusedRowMatchesGo: TransformerVM.refusedRow classifies model-root
// leaves exactly as the canonical runtime refuses models. For rows of every
// weight matrix of an untied and a tied model, one block's fp16 scale is set
// to a non-finite, finite-edge or random value: refusedRow on the row's leaf
// is true iff canon's Model.Init then fails with ErrScale. Every leaf that is
// not a weight row (metadata, norm chunks, RoPE rows, past the tree) and every
// wrong-length row is never refused.
func TestRefusedRowMatchesGo(t *testing.T) {
	chain := l1test.New(t, 1)
	tvm := bindings.NewTransformerVM()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.TransformerVMMetaData.Bin), tvm.PackConstructor(common.Address{}))
	inst := tvm.Instance(chain.Client, addr)
	refused := func(m *canon.Model, leaf int, data []byte) bool {
		out, err := bind.Call(inst, nil, tvm.PackRefusedRow(Config(m), big.NewInt(int64(leaf)), data), tvm.UnpackRefusedRow)
		require.NoError(t, err)
		return out
	}
	r := rand.New(rand.NewPCG(7, 8))
	scales := []uint16{0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfe00, 0xffff, 0x7fff, // inf, NaN
		0x7bff, 0xfbff, 0x0001, 0x8001, 0x03ff, 0x83ff, 0x0400, 0x0000, 0x8000, 0x3c00} // finite
	for _, tied := range []bool{false, true} {
		m, err := modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 96, Vocab: 12, Context: 8, Seed: 3}.Model()
		require.NoError(t, err)
		if tied {
			m.Output = m.Embed
			require.NoError(t, m.Init())
			require.True(t, m.Tied())
		}
		type mat struct {
			q           *canon.Q8Matrix
			kind, layer int
			which       int
		}
		mats := []mat{{&m.Embed, canon.LeafEmbed, 0, 0}}
		if !tied {
			mats = append(mats, mat{&m.Output, canon.LeafOutput, 0, 0})
		}
		for l := range m.Blocks {
			b := &m.Blocks[l]
			for w, q := range []*canon.Q8Matrix{&b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown} {
				mats = append(mats, mat{q, canon.LeafRow, l, w})
			}
		}
		rowLeaf := map[int]bool{}
		checked := 0
		for _, mt := range mats {
			for row := 0; row < mt.q.Rows; row++ {
				leaf := m.LeafIndex(mt.kind, mt.layer, mt.which, row)
				rowLeaf[leaf] = true
				if row%5 != 0 && row != mt.q.Rows-1 {
					continue
				}
				data := mt.q.Row(row)
				require.False(t, refused(m, leaf, data), "%s row %d of the generated model", mt.q.Name, row)
				blk := r.IntN(len(data) / canon.BlockBytes)
				h := scales[r.IntN(len(scales))]
				if r.IntN(4) == 0 {
					h = uint16(r.Uint32())
				}
				off := blk * canon.BlockBytes
				save := [2]byte{data[off], data[off+1]}
				data[off], data[off+1] = byte(h), byte(h>>8) // Row aliases the matrix: the model now holds it
				goRefuses := errors.Is(m.Init(), canon.ErrScale)
				require.Equal(t, goRefuses, refused(m, leaf, data), "%s row %d block %d scale %#04x", mt.q.Name, row, blk, h)
				if goRefuses {
					require.False(t, refused(m, leaf, data[:len(data)-1]), "a short row is not a row")
					require.False(t, refused(m, leaf, append(append([]byte{}, data...), 0)), "a long row is not a row")
				}
				data[off], data[off+1] = save[0], save[1]
				require.NoError(t, m.Init())
				checked++
			}
		}
		// Every other leaf, with data of either row length and an infinite scale, is not a refused row.
		bad := func(n int) []byte {
			d := make([]byte, n/canon.BlockSize*canon.BlockBytes)
			d[1] = 0x7c
			return d
		}
		n := len(m.Leaves())
		for leaf := 0; leaf < n+3; leaf++ {
			if rowLeaf[leaf] {
				continue
			}
			require.False(t, refused(m, leaf, bad(m.Dim)), "leaf %d (tied %v)", leaf, tied)
			require.False(t, refused(m, leaf, bad(m.FFDim)), "leaf %d (tied %v)", leaf, tied)
		}
		t.Logf("tied %v: %d rows checked, %d non-row leaves", tied, checked, n+3-len(rowLeaf))
	}
}
