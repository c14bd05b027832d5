package main

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/record"
)

func TestLargest(t *testing.T) {
	upTo := func(m int) func(int) (bool, error) { return func(k int) (bool, error) { return k <= m, nil } }
	for _, c := range []struct{ n, m, want int }{{10, 7, 7}, {10, 0, 0}, {10, 10, 10}, {10, 20, 10}, {1, 1, 1}, {1000, 113, 113}} {
		got, err := largest(c.n, upTo(c.m))
		require.NoError(t, err)
		require.Equal(t, c.want, got, "largest(%d, k <= %d)", c.n, c.m)
	}
	boom := errors.New("boom")
	_, err := largest(10, func(int) (bool, error) { return false, boom })
	require.ErrorIs(t, err, boom)
}

func (l *benchL1) view(t *testing.T, to common.Address, data []byte) []byte {
	out, err := l.chain.Client.CallContract(context.Background(), ethereumCall(common.Address{}, to, data, nil, nil), nil)
	require.NoError(t, err)
	return out
}

// TestDARows proposes batches of 1 and 200 jobs both ways on the simulated
// L1: every proposal is accepted, the 200-job calldata batch is split under
// the transaction size limit, and the rows count what was proposed.
func TestDARows(t *testing.T) {
	l := newTestL1(t, 2)
	rows, err := daRows(context.Background(), l, []int{1, 200})
	require.NoError(t, err)
	require.Len(t, rows, 4)
	eth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }
	tenth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e17)) }

	one, oneBlob, cd, blob := rows[0], rows[1], rows[2], rows[3]
	require.Equal(t, daRow{jobs: 1, l1Jobs: 1, mode: "calldata", txs: 1, gas: one.gas, exec: one.exec, calldata: one.calldata,
		bond: eth(1), stake: tenth(2)}, one)
	require.Greater(t, one.gas, uint64(21_000+4*one.calldata), "at least the intrinsic gas of calldata all zeros")
	require.Greater(t, one.exec, uint64(0))
	require.Less(t, one.exec, one.gas-21_000)
	require.Equal(t, "blobs", oneBlob.mode)
	require.Equal(t, 1, oneBlob.blobs)
	require.Equal(t, uint64(131072), oneBlob.blobGas)
	require.Less(t, oneBlob.zlib, oneBlob.payload)

	require.Equal(t, 200, cd.jobs)
	require.Equal(t, 100, cd.l1Jobs)
	require.Equal(t, "128 KiB tx size", cd.split)
	require.LessOrEqual(t, cd.floorTxs, cd.txs)
	require.GreaterOrEqual(t, cd.txs, 2)
	require.LessOrEqual(t, cd.calldata, cd.txs*l1TxMaxSize)
	require.Equal(t, eth(200), cd.bond)
	require.Equal(t, tenth(101), cd.stake)
	require.Equal(t, 1, blob.txs, "200 jobs fit one blob transaction")
	require.Empty(t, blob.split)
	require.Equal(t, eth(200), blob.bond)

	// On L1: one batch per proposal, every L1 job included, the last batch the blob one.
	rollup, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	count, err := rollup.UnpackBatchCount(l.view(t, l.addrs.Rollup, rollup.PackBatchCount()))
	require.NoError(t, err)
	require.Equal(t, int64(1+1+cd.txs+1), count.Int64())
	included, err := inbox.UnpackIncludedCount(l.view(t, l.addrs.JobInbox, inbox.PackIncludedCount()))
	require.NoError(t, err)
	require.Equal(t, int64(1+1+100+100), included.Int64())
	last, err := rollup.UnpackBatch(l.view(t, l.addrs.Rollup, rollup.PackBatch(new(big.Int).Sub(count, big.NewInt(1)))))
	require.NoError(t, err)
	require.True(t, last.Blobs)
	require.Equal(t, uint32(200), last.RecordCount)
}

// TestProposeBlobsBuilder checks the blob proposal's contents: its blobs
// decode to the batch, whose root is the records root the call names, and
// the job ids are the L1 jobs' (0 for an L2 record).
func TestProposeBlobsBuilder(t *testing.T) {
	l := newTestL1(t, 2)
	d := &daRun{l: l, rng: rand.New(rand.NewPCG(1, 2))}
	jobs, err := d.jobs(context.Background(), 5)
	require.NoError(t, err)
	data, blobs, err := proposeBlobs(7, jobs)
	require.NoError(t, err)
	got, err := batch.DecodeBlobs(blobs)
	require.NoError(t, err)
	want, err := daBatch(7, jobs)
	require.NoError(t, err)
	require.True(t, want.Equal(got))

	recs := make([]record.JobRecord, len(jobs))
	for i := range jobs {
		recs[i] = jobs[i].rec
		require.Equal(t, i%2 == 1, jobs[i].rec.IsL2(), "job %d", i)
		require.Equal(t, i%2 == 1, len(jobs[i].request) > 0, "job %d", i)
	}
	root, _, err := record.RecordsRoot(recs)
	require.NoError(t, err)
	a, err := bindings.RollupMetaData.ParseABI()
	require.NoError(t, err)
	args, err := a.Methods["proposeBlobs"].Inputs.Unpack(data[4:])
	require.NoError(t, err)
	require.Equal(t, uint64(7), args[0])
	require.Equal(t, [32]byte(root), args[1])
	require.Equal(t, []uint64{jobs[0].rec.JobID, 0, jobs[2].rec.JobID, 0, jobs[4].rec.JobID}, args[2])
	require.NotZero(t, jobs[0].rec.JobID)
}
