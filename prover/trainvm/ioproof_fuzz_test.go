package trainvm

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// FuzzReadExportProof: what ReadExportProof accepts encodes back to the
// same bytes; what it refuses is ErrProofEncoding.
func FuzzReadExportProof(f *testing.F) {
	k := merkle.NewHasher()
	p := &ExportProof{State: ExportState{J: 9, Carried: merkle.Hash{1}, Parts: []merkle.Hash{{2}}},
		Carried: train.State{Step: 3, DataTokens: 70}, Values: []int32{-1, 5, 7}, Siblings: []merkle.Hash{{3}, {4}}}
	for i := 0; i < 5; i++ {
		p.State.Acc.Append(k, merkle.Hash{byte(i)})
	}
	enc, err := p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc)
	f.Add(enc[:60])
	f.Add([]byte{})
	p.Values, p.Siblings, p.Q8 = nil, nil, []byte{1, 2, 3, 4, 5}
	enc, err = p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc) // a join's Q8_0 bytes
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ReadExportProof(b)
		if err != nil {
			require.ErrorIs(t, err, ErrProofEncoding)
			return
		}
		again, err := p.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again, "decode then encode is the identity")
	})
}

// FuzzReadImportProof: what ReadImportProof accepts encodes back to the
// same bytes; what it refuses is ErrProofEncoding.
func FuzzReadImportProof(f *testing.F) {
	k := merkle.NewHasher()
	p := &ImportProof{State: ImportState{J: 4, Carried: merkle.Hash{1}},
		Opening: BaseOpening{Norm: []int32{3, -4}, Q8: []byte{1, 2, 3}, PartHashes: []merkle.Hash{{5}}, Siblings: []merkle.Hash{{6}}}}
	for i := 0; i < 3; i++ {
		p.State.Chunks.Append(k, merkle.Hash{byte(i)})
		p.State.Factors.Append(k, merkle.Hash{byte(i)})
	}
	enc, err := p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc)
	f.Add(enc[:50])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ReadImportProof(b)
		if err != nil {
			require.ErrorIs(t, err, ErrProofEncoding)
			return
		}
		again, err := p.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again, "decode then encode is the identity")
	})
}
