package challenger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
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

	// The transaction of another root: no proposeBlobs call in it is this
	// batch's (a contract built it), so the event's root is used and the jobs
	// are left to be read from JobIncluded; the blobs are still checked.
	d, err = DecodeBlobBatch(Proposal{Index: 7, RecordsRoot: common.Hash{1}, RecordCount: 3}, input, blobs)
	require.ErrorIs(t, err, ErrBlobs, "the blobs are not the batch's")
	require.Nil(t, d.JobIDs)
	p.DaCommitment, err = DACommitment(blobs)
	require.NoError(t, err)
	p.RecordsRoot = common.Hash{1}
	d, err = DecodeBlobBatch(p, input, blobs)
	require.NoError(t, err)
	require.Equal(t, []bool{false, false, false}, d.Readable, "the blobs decode to another root")
	require.Nil(t, d.JobIDs)
}

// wrap is the input of a transaction to a contract proposer (a multisig, a
// batching wrapper) whose call holds inner as a bytes argument between others.
func wrap(t *testing.T, inner ...[]byte) []byte {
	bytesT, err := abi.NewType("bytes", "", nil)
	require.NoError(t, err)
	addrT, err := abi.NewType("address", "", nil)
	require.NoError(t, err)
	args := abi.Arguments{{Type: addrT}}
	vals := []any{common.Address{0xaa}}
	for _, in := range inner {
		args = append(args, abi.Argument{Type: bytesT})
		vals = append(vals, in)
	}
	enc, err := args.Pack(vals...)
	require.NoError(t, err)
	return append([]byte{0x6a, 0x76, 0x12, 0x02}, enc...) // a selector that is not the Rollup's
}

// TestDecodeCalldataUndecodable: a proposer that is a contract calls
// Rollup.propose from its own transaction: the call is found inside the
// input. A call that is not the batch's (a decoy with another output, another
// index) is skipped; an input with no call of the batch, or a direct call
// whose output does not hash to its record, is refused as ErrData.
func TestDecodeCalldataUndecodable(t *testing.T) {
	recs, outs, root := testBatch(t)
	bs := make([]bindings.IRollupJobRecord, len(recs))
	for i := range recs {
		bs[i] = recs[i].Binding()
	}
	rb := bindings.NewRollup()
	p := Proposal{Index: 7, RecordsRoot: root, RecordCount: 3}
	real := rb.PackPropose(7, bs, outs, [][]byte{{}, {}, {}})
	bad := append([][]byte{}, outs...)
	bad[1] = canon.TokenBytes([]int32{1, 1})
	decoy := rb.PackPropose(7, bs, bad, [][]byte{{}, {}, {}})
	other := rb.PackPropose(8, bs, outs, [][]byte{{}, {}, {}})

	for name, input := range map[string][]byte{
		"inside a contract call":          wrap(t, real),
		"after a decoy and another batch": wrap(t, decoy, other, real),
	} {
		d, err := DecodeCalldata(p, input)
		require.NoError(t, err, name)
		require.Equal(t, outs, d.Outputs, name)
		require.True(t, d.Usable(1), name)
	}
	for name, input := range map[string][]byte{
		"a decoy only":           wrap(t, decoy),
		"another batch only":     wrap(t, other),
		"a direct decoy":         decoy,
		"no call at all":         wrap(t, []byte("not a propose call")),
		"a call cut short":       wrap(t, real[:len(real)/2]),
		"a selector and nothing": append(wrap(t), rollupABI.Methods["propose"].ID...),
	} {
		_, err := DecodeCalldata(p, input)
		require.ErrorIs(t, err, ErrData, name)
	}
}

// TestDecodeBlobBatchUndecodable: blobs that match the batch's daCommitment
// (so they are what L1 committed to) but are not a batch, are another
// batch's, or hold records of another root leave every record unreadable,
// without error: the watcher data-challenges each. A proposeBlobs call
// inside a contract's call is found.
func TestDecodeBlobBatchUndecodable(t *testing.T) {
	recs, outs, root := testBatch(t)
	encode := func(index uint64, recs []record.JobRecord) []kzg4844.Blob {
		b := &batch.Batch{Index: index}
		for i := range recs {
			enc, err := recs[i].Encode()
			require.NoError(t, err)
			b.Records = append(b.Records, batch.Record{Record: enc, Output: outs[i]})
		}
		blobs, err := batch.EncodeBlobs(b)
		require.NoError(t, err)
		return blobs
	}
	garbage, err := batch.PackBlob([]byte("these bytes are not a batch"))
	require.NoError(t, err)
	otherRecs := append([]record.JobRecord{}, recs...)
	otherRecs[2].Fee = big.NewInt(2) // its output still matches: the root does not
	input := bindings.NewRollup().PackProposeBlobs(7, root, []uint64{1, 2, 3})
	for name, blobs := range map[string][]kzg4844.Blob{
		"garbage":             {*garbage},
		"another batch index": encode(8, recs),
		"another root":        encode(7, otherRecs),
		"too few records":     encode(7, recs[:2]),
	} {
		dc, err := DACommitment(blobs)
		require.NoError(t, err, name)
		d, err := DecodeBlobBatch(Proposal{Index: 7, RecordsRoot: root, RecordCount: 3, DaCommitment: dc}, input, blobs)
		require.NoError(t, err, name)
		require.Equal(t, []bool{false, false, false}, d.Readable, name)
		require.False(t, d.Usable(0), name)
	}

	blobs := encode(7, recs)
	dc, err := DACommitment(blobs)
	require.NoError(t, err)
	p := Proposal{Index: 7, RecordsRoot: root, RecordCount: 3, DaCommitment: dc}
	d, err := DecodeBlobBatch(p, wrap(t, bindings.NewRollup().PackProposeBlobs(6, root, []uint64{1, 2, 3}), input), blobs)
	require.NoError(t, err)
	require.Equal(t, []bool{true, true, true}, d.Readable, "the call inside a contract's call")
	// No call at all (a contract built it from storage): the batch is read
	// from its blobs by the event's index and root, its jobs left unknown.
	d, err = DecodeBlobBatch(p, wrap(t, []byte("no call")), blobs)
	require.NoError(t, err)
	require.Equal(t, []bool{true, true, true}, d.Readable, "read by the event's root")
	require.Nil(t, d.JobIDs)
}
