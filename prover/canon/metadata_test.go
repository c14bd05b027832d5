package canon_test

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestMetadataLeafFFUnpadded: the metadata leaf is docs/protocol.md's,
// with the unpadded feed-forward width as a thirteenth field only when
// import padded it.
func TestMetadataLeafFFUnpadded(t *testing.T) {
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	m.TokenizerHash = merkle.Keccak([]byte("tokenizer"))
	leaf := func(fields ...uint32) merkle.Hash {
		var buf []byte
		for _, f := range fields {
			buf = binary.BigEndian.AppendUint32(buf, f)
		}
		return merkle.Keccak([]byte("airollup.model.v2"), buf, m.TokenizerHash[:])
	}
	base := []uint32{uint32(m.Dim), uint32(m.Layers), uint32(m.Heads), uint32(m.KVHeads), uint32(m.FFDim),
		uint32(m.Vocab), uint32(m.Context), uint32(m.RopeDims), m.RopeBaseBits, m.NormEpsBits, 0, uint32(m.EOS)}
	require.False(t, m.Tied())
	require.Equal(t, leaf(base...), m.MetadataLeaf())
	m.FFUnpadded = 172
	require.Equal(t, leaf(append(base, 172)...), m.MetadataLeaf())
	require.NoError(t, m.Check())
}

func TestCheckFFUnpadded(t *testing.T) {
	c := modelgen.Tiny.Config() // ff 192
	for _, ok := range []int{0, 161, 172, 191} {
		c.FFUnpadded = ok
		require.NoError(t, c.Check(), "%d", ok)
	}
	for _, bad := range []int{160, 192, 200, -1} {
		c.FFUnpadded = bad
		require.ErrorIs(t, c.Check(), canon.ErrConfig, "%d", bad)
		require.ErrorContains(t, c.Check(), "unpadded ff dim")
	}
}
