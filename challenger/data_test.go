package challenger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
)

func testBatch(t *testing.T) ([]record.JobRecord, [][]byte, common.Hash) {
	var recs []record.JobRecord
	var outs [][]byte
	for i := range 3 {
		out := canon.TokenBytes([]int32{int32(5 + i), 2})
		recs = append(recs, record.JobRecord{JobID: uint64(i + 1), ModelRoot: [32]byte{9}, PromptLen: 2, OutputLen: 2,
			Params: record.JobParams{MaxTokens: 4}, OutputHash: crypto.Keccak256Hash(out), Fee: big.NewInt(1)})
		outs = append(outs, out)
	}
	root, _, err := record.RecordsRoot(recs)
	require.NoError(t, err)
	return recs, outs, root
}

// TestDecodeCalldata: a propose transaction's input decodes to its records,
// outputs and proofs; an input of another batch or another function is
// refused as ErrData.
func TestDecodeCalldata(t *testing.T) {
	recs, outs, root := testBatch(t)
	bs := make([]bindings.IRollupJobRecord, len(recs))
	for i := range recs {
		bs[i] = recs[i].Binding()
	}
	input := bindings.NewRollup().PackPropose(7, bs, outs, [][]byte{{}, {}, {}})
	p := Proposal{Index: 7, RecordsRoot: root, RecordCount: 3}
	d, err := DecodeCalldata(p, input)
	require.NoError(t, err)
	require.Equal(t, outs, d.Outputs)
	require.Equal(t, []bool{true, true, true}, d.Readable)
	for i := range recs {
		require.Equal(t, recs[i].Binding(), d.Records[i].Binding())
		require.NotNil(t, d.Proofs[i])
	}
	require.True(t, d.Usable(2))
	require.False(t, d.Usable(3), "no record 3")

	// A batch of one record: its proof is empty, and it is usable.
	one, _, err := record.RecordsRoot(recs[:1])
	require.NoError(t, err)
	d, err = DecodeCalldata(Proposal{Index: 7, RecordsRoot: one, RecordCount: 1}, bindings.NewRollup().PackPropose(7, bs[:1], outs[:1], [][]byte{{}}))
	require.NoError(t, err)
	require.Empty(t, d.Proofs[0])
	require.True(t, d.Usable(0), "a one-record batch is usable")
	for name, c := range map[string]struct {
		p     Proposal
		input []byte
	}{
		"another index":    {Proposal{Index: 8, RecordsRoot: root, RecordCount: 3}, input},
		"another count":    {Proposal{Index: 7, RecordsRoot: root, RecordCount: 2}, input},
		"another root":     {Proposal{Index: 7, RecordsRoot: common.Hash{1}, RecordCount: 3}, input},
		"another function": {p, bindings.NewRollup().PackProposeBlobs(7, root, []uint64{1, 2, 3})},
		"short input":      {p, input[:3]},
	} {
		_, err := DecodeCalldata(c.p, c.input)
		require.ErrorIs(t, err, ErrData, name)
	}
}

// TestDecodeBlobBatch: blobs matching the daCommitment decode to readable
// records; other blobs leave every record unreadable (ErrBlobs); a record
// whose output does not hash to its record is unreadable alone.
func TestDecodeBlobBatch(t *testing.T) {
	recs, outs, root := testBatch(t)
	payload := func(outs [][]byte) []kzg4844.Blob {
		b := &batch.Batch{Index: 7}
		for i := range recs {
			enc, err := recs[i].Encode()
			require.NoError(t, err)
			b.Records = append(b.Records, batch.Record{Record: enc, Output: outs[i]})
		}
		blobs, err := batch.EncodeBlobs(b)
		require.NoError(t, err)
		return blobs
	}
	blobs := payload(outs)
	dc, err := DACommitment(blobs)
	require.NoError(t, err)
	input := bindings.NewRollup().PackProposeBlobs(7, root, []uint64{1, 2, 3})
	p := Proposal{Index: 7, RecordsRoot: root, RecordCount: 3, DaCommitment: dc}

	d, err := DecodeBlobBatch(p, input, blobs)
	require.NoError(t, err)
	require.Equal(t, []bool{true, true, true}, d.Readable)
	require.Equal(t, outs, d.Outputs)
	require.NotNil(t, d.Proofs[2])

	d, err = DecodeBlobBatch(p, input, nil)
	require.ErrorIs(t, err, ErrBlobs)
	require.Equal(t, []bool{false, false, false}, d.Readable)
	require.False(t, d.Usable(0))

	// Blobs committed to on L1 whose output 1 is not its record's: the root
	// (over records only) still matches, record 1 alone is unreadable.
	bad := append([][]byte{}, outs...)
	bad[1] = canon.TokenBytes([]int32{1, 1})
	badBlobs := payload(bad)
	p.DaCommitment, err = DACommitment(badBlobs)
	require.NoError(t, err)
	d, err = DecodeBlobBatch(p, input, badBlobs)
	require.NoError(t, err)
	require.Equal(t, []bool{true, false, true}, d.Readable)
	require.NotNil(t, d.Proofs[0], "every leaf is in the blobs: the readable records have their proofs")
	require.True(t, d.Usable(0))

	_, err = DecodeBlobBatch(Proposal{Index: 7, RecordsRoot: common.Hash{1}, RecordCount: 3}, input, blobs)
	require.ErrorIs(t, err, ErrData, "the transaction of another root")
}
