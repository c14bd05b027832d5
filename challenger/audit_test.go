package challenger

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// TestAuditBlobRecordUsableHasItsProof (audit7): a malicious proposer
// publishes blobs that match the daCommitment and decode to the records root,
// but with the output of a sacrificial record 1 that is not its record's, and
// never answers its data challenge. Every record the challenger calls usable
// must come with an inclusion proof the Rollup accepts: the records' leaves
// are all in the blobs, so the wrong record 0 next to it can be disputed or
// reported before its window closes (with no proof, or an empty one, the
// transaction reverts with RecordNotInBatch round after round and the record
// finalizes).
func TestAuditBlobRecordUsableHasItsProof(t *testing.T) {
	recs, outs, root := testBatch(t)
	b := &batch.Batch{Index: 7}
	for i := range recs {
		enc, err := recs[i].Encode()
		require.NoError(t, err)
		out := outs[i]
		if i == 1 {
			out = canon.TokenBytes([]int32{1, 1}) // not record 1's output
		}
		b.Records = append(b.Records, batch.Record{Record: enc, Output: out})
	}
	blobs, err := batch.EncodeBlobs(b)
	require.NoError(t, err)
	dc, err := DACommitment(blobs)
	require.NoError(t, err)
	p := Proposal{Index: 7, RecordsRoot: root, RecordCount: 3, DaCommitment: dc}
	d, err := DecodeBlobBatch(p, bindings.NewRollup().PackProposeBlobs(7, root, []uint64{1, 2, 3}), blobs)
	require.NoError(t, err)
	require.Equal(t, []bool{true, false, true}, d.Readable)
	for i := range uint32(3) {
		if !d.Usable(i) {
			continue
		}
		h, err := d.Records[i].Hash()
		require.NoError(t, err)
		proof := make([]merkle.Hash, len(d.Proofs[i]))
		for k, s := range d.Proofs[i] {
			proof[k] = merkle.Hash(s)
		}
		got, err := merkle.RootFromProof(merkle.Hash(h), uint64(i), proof)
		require.NoError(t, err)
		require.Equal(t, root, common.Hash(got), "record %d is usable: its proof must reach the records root", i)
	}
	require.True(t, d.Usable(0), "record 0 is readable and its leaf's siblings are in the blobs")
	require.False(t, d.Usable(1))

	// A one-record blob batch: its proof is empty, and it is usable.
	one := &batch.Batch{Index: 7, Records: b.Records[:1]}
	oneRoot, err := one.Root()
	require.NoError(t, err)
	oneBlobs, err := batch.EncodeBlobs(one)
	require.NoError(t, err)
	oneDC, err := DACommitment(oneBlobs)
	require.NoError(t, err)
	d, err = DecodeBlobBatch(Proposal{Index: 7, RecordsRoot: common.Hash(oneRoot), RecordCount: 1, DaCommitment: oneDC},
		bindings.NewRollup().PackProposeBlobs(7, oneRoot, []uint64{1}), oneBlobs)
	require.NoError(t, err)
	require.True(t, d.Usable(0), "a one-record blob batch is usable")
	require.Empty(t, d.Proofs[0])

	// No blobs at all: nothing is usable (no record, no proof).
	d, err = DecodeBlobBatch(p, bindings.NewRollup().PackProposeBlobs(7, root, []uint64{1, 2, 3}), []kzg4844.Blob{})
	require.ErrorIs(t, err, ErrBlobs)
	for i := range uint32(3) {
		require.False(t, d.Usable(i))
	}
}

// deadlineRPC fails a call whose context has no deadline, and otherwise
// blocks until the context ends: a malicious sequencer that never answers.
type deadlineRPC struct{ hadDeadline bool }

func (r *deadlineRPC) CallContext(ctx context.Context, _ any, _ string, _ ...any) error {
	if _, ok := ctx.Deadline(); !ok {
		return errors.New("a call without a deadline would block the watcher's round forever")
	}
	r.hadDeadline = true
	<-ctx.Done()
	return ctx.Err()
}

// TestAuditSequencerRPCBounded (audit7): the blobs come from the
// sequencer's RPC, the party the challenger watches. A call it never
// answers must not block the watcher's round (every game's moves wait on
// it: the clocks run out), and an answer larger than any batch's blobs must
// not be read into memory.
func TestAuditSequencerRPCBounded(t *testing.T) {
	r := &deadlineRPC{}
	_, err := SequencerBlobs{RPC: r, Timeout: time.Millisecond}.Blobs(context.Background(), Proposal{Index: 3})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.True(t, r.hadDeadline)

	huge := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":["0x`)
		chunk := strings.Repeat("00", 1<<15)
		for range 64 { // 4 MiB of hex
			if _, err := io.WriteString(w, chunk); err != nil {
				return
			}
		}
		_, _ = io.WriteString(w, `"]}`)
	}))
	t.Cleanup(huge.Close)
	c, err := DialSequencer(context.Background(), huge.URL, 1<<20)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	_, err = SequencerBlobs{RPC: c}.Blobs(context.Background(), Proposal{Index: 3})
	require.ErrorIs(t, err, ErrResponseTooLarge)
}
