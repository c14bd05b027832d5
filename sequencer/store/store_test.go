package store

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"
)

func openTest(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func l2Job(n int) *Job {
	req := []byte{byte(n), byte(n >> 8), 0xaa}
	return &Job{ID: L2ID(crypto.Keccak256Hash(req)), Request: req,
		Spec: Spec{Model: uint64(1 + n%2), Input: []byte{0, 0, 0, byte(n)}, MaxFee: big.NewInt(int64(n) + 1), Params: Params{MaxTokens: 4}}}
}

func l1Job(id int64, block uint64, hash common.Hash) *Job {
	return &Job{ID: L1ID(big.NewInt(id)), L1: &L1Origin{Block: block, BlockHash: hash},
		Spec: Spec{Model: 1, Input: []byte{0, 0, 0, byte(id)}, MaxFee: big.NewInt(7), Params: Params{MaxTokens: 2}}}
}

func result(w string) Result {
	return Result{Worker: w, Output: []uint32{5, 6}, TraceRoot: common.HexToHash("0x77")}
}

func TestPutIsIdempotentAndOrdered(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	a, created, err := s.Put(l2Job(1))
	require.NoError(t, err)
	require.True(t, created)
	require.Equal(t, uint64(1), a.Seq)
	require.Equal(t, Received, a.State)

	again, created, err := s.Put(l2Job(1))
	require.NoError(t, err)
	require.False(t, created, "a re-put must not create a second job")
	require.Equal(t, a.Seq, again.Seq)

	b, _, err := s.Put(l2Job(2))
	require.NoError(t, err)
	require.Equal(t, uint64(2), b.Seq)

	other := l2Job(1)
	other.Spec.MaxFee = big.NewInt(999)
	_, _, err = s.Put(other)
	require.ErrorIs(t, err, ErrConflict)

	_, _, err = s.Put(&Job{ID: L2ID(common.HexToHash("0x1"))})
	require.ErrorIs(t, err, ErrInvalid)

	// Durable across reopen, and the counter continues.
	require.NoError(t, s.Close())
	s = openTest(t, dir)
	got, err := s.Get(a.ID)
	require.NoError(t, err)
	require.Equal(t, a.Seq, got.Seq)
	c, _, err := s.Put(l2Job(3))
	require.NoError(t, err)
	require.Equal(t, uint64(3), c.Seq)
}

func TestJobLifecycle(t *testing.T) {
	s := openTest(t, t.TempDir())
	var ids []ID
	for n := range 3 {
		j, _, err := s.Put(l2Job(n))
		require.NoError(t, err)
		ids = append(ids, j.ID)
		require.NoError(t, s.Queue(j.ID))
		require.NoError(t, s.Queue(j.ID), "re-queueing a queued job is a no-op")
	}
	q, err := s.Queued()
	require.NoError(t, err)
	require.Len(t, q, 3)
	for i := range q {
		require.Equal(t, ids[i], q[i].ID, "queue is FIFO")
	}

	deadline := time.Unix(1000, 0).UTC()
	require.NoError(t, s.Lease(ids[0], Lease{Worker: "w1", Deadline: deadline}))
	require.NoError(t, s.Lease(ids[0], Lease{Worker: "w1", Deadline: deadline}), "same lease again is a no-op")
	require.ErrorIs(t, s.Lease(ids[0], Lease{Worker: "w2", Deadline: deadline}), ErrConflict)
	require.ErrorIs(t, s.SetResult(ids[0], result("w2")), ErrConflict, "a result from a worker not holding the lease")
	require.ErrorIs(t, s.SetResult(ids[1], result("w1")), ErrTransition, "a result for a job not leased")

	// Lease expiry returns the job to the head of the queue.
	require.NoError(t, s.Requeue(ids[0]))
	q, err = s.Queued()
	require.NoError(t, err)
	require.Equal(t, ids[0], q[0].ID)

	for i, id := range ids {
		w := []string{"w1", "w2", "w1"}[i]
		require.NoError(t, s.Lease(id, Lease{Worker: w, Deadline: deadline}))
		require.NoError(t, s.SetResult(id, result(w)))
		require.NoError(t, s.SetResult(id, result(w)), "same result again is a no-op")
		other := result(w)
		other.Output = []uint32{9}
		require.ErrorIs(t, s.SetResult(id, other), ErrConflict)
	}
	j, err := s.Get(ids[1])
	require.NoError(t, err)
	require.Equal(t, Executed, j.State)
	require.Nil(t, j.Lease)
	require.Equal(t, "w2", j.Result.Worker)

	require.ErrorIs(t, s.Void(ids[2], ""), ErrInvalid)
	require.NoError(t, s.Void(ids[2], "rejected"))
	require.NoError(t, s.Void(ids[2], "rejected"))

	_, err = s.CreateBatch(1, ids[:2])
	require.ErrorIs(t, err, ErrInvalid, "the first batch is 0")
	_, err = s.CreateBatch(0, ids)
	require.ErrorIs(t, err, ErrTransition, "a voided job cannot be batched")
	bt, err := s.CreateBatch(0, ids[:2])
	require.NoError(t, err)
	require.Equal(t, BatchSealed, bt.Status)
	_, err = s.CreateBatch(0, ids[:2])
	require.NoError(t, err, "creating the same batch again is a no-op")
	_, err = s.CreateBatch(0, ids[1:2])
	require.ErrorIs(t, err, ErrConflict)
	require.Equal(t, uint64(1), s.NextBatch())

	tx1, tx2 := common.HexToHash("0xd1"), common.HexToHash("0xd2")
	require.ErrorIs(t, s.Proposed(0, tx1), ErrTransition, "no proposal confirmed before its intent")
	require.NoError(t, s.PostIntent(0, tx1))
	require.NoError(t, s.PostIntent(0, tx2)) // a fee bump
	require.NoError(t, s.PostIntent(0, tx1))
	require.NoError(t, s.Posted(0, tx2))
	require.NoError(t, s.Posted(0, tx2))
	require.ErrorIs(t, s.PostIntent(0, common.HexToHash("0xd3")), ErrTransition, "no second post")
	j, err = s.Get(ids[0])
	require.NoError(t, err)
	require.Equal(t, Posted, j.State)
	require.Equal(t, &BatchRef{Batch: 0, Record: 0}, j.Batch)

	p := common.HexToHash("0xe1")
	require.NoError(t, s.ProposeIntent(0, p))
	require.NoError(t, s.Proposed(0, p))
	require.ErrorIs(t, s.Proposed(0, common.HexToHash("0xe2")), ErrTransition)
	require.NoError(t, s.Void(ids[1], "record voided"))
	require.NoError(t, s.Finalize(0))
	bt, err = s.GetBatch(0)
	require.NoError(t, err)
	require.Equal(t, BatchFinal, bt.Status)
	require.Equal(t, []common.Hash{tx1, tx2}, bt.DATxs)
	require.Equal(t, tx2, bt.DATx)
	require.Equal(t, p, bt.ProposeTx)
	for i, want := range []State{Final, Voided, Voided} {
		j, err := s.Get(ids[i])
		require.NoError(t, err)
		require.Equal(t, want, j.State, "job %d", i)
	}
	require.NoError(t, s.Verify())
}

func TestL1ApplyAndRewind(t *testing.T) {
	s := openTest(t, t.TempDir())
	h := func(n uint64, fork byte) BlockRef {
		return BlockRef{Number: n, Hash: common.BytesToHash([]byte{fork, byte(n)})}
	}
	require.NoError(t, s.ApplyL1(L1Update{Head: h(10, 0)}))
	require.NoError(t, s.ApplyL1(L1Update{Parent: h(10, 0), Head: h(12, 0),
		Jobs: []*Job{l1Job(1, 11, h(11, 0).Hash), l1Job(2, 12, h(12, 0).Hash), l1Job(3, 12, h(12, 0).Hash)}}))
	// Re-applying the same update (a crash before the caller saw it return) is a no-op.
	require.NoError(t, s.ApplyL1(L1Update{Parent: h(10, 0), Head: h(12, 0),
		Jobs: []*Job{l1Job(1, 11, h(11, 0).Hash), l1Job(2, 12, h(12, 0).Hash), l1Job(3, 12, h(12, 0).Hash)}}))
	require.ErrorIs(t, s.ApplyL1(L1Update{Parent: h(11, 1), Head: h(13, 1)}), ErrConflict)

	id1, id2, id3 := L1ID(big.NewInt(1)), L1ID(big.NewInt(2)), L1ID(big.NewInt(3))
	require.NoError(t, s.Queue(id1))
	require.NoError(t, s.Queue(id2))
	require.NoError(t, s.Lease(id2, Lease{Worker: "w", Deadline: time.Unix(5, 0).UTC()}))
	require.NoError(t, s.Queue(id3))
	// Job 3 is refunded in block 14.
	require.NoError(t, s.ApplyL1(L1Update{Parent: h(12, 0), Head: h(14, 0), Refunds: []Refund{{ID: id3, Block: 14, BlockHash: h(14, 0).Hash}}}))
	j, err := s.Get(id3)
	require.NoError(t, err)
	require.Equal(t, Voided, j.State)
	require.Equal(t, "refunded", j.VoidReason)

	// A reorg back to block 12 undoes the refund: job 3 is queued again.
	require.ErrorIs(t, s.RewindL1(h(12, 9)), ErrReorgTooDeep, "not a remembered block")
	require.NoError(t, s.RewindL1(h(12, 0)))
	j, err = s.Get(id3)
	require.NoError(t, err)
	require.Equal(t, Queued, j.State)
	head, _, err := s.L1Head()
	require.NoError(t, err)
	require.Equal(t, h(12, 0), head)

	// A reorg back to block 10 drops every job: 1 queued, 2 leased, 3 queued.
	require.NoError(t, s.RewindL1(h(10, 0)))
	for _, id := range []ID{id1, id2, id3} {
		j, err := s.Get(id)
		require.NoError(t, err)
		require.Equal(t, Dropped, j.State, "job %s", id)
		require.Nil(t, j.Lease)
	}
	q, err := s.Queued()
	require.NoError(t, err)
	require.Empty(t, q)

	// On the new fork job 2 reappears (another block) and returns to the
	// queue (its lease is gone), job 1's id now names another job, which
	// starts over, job 3 is gone: nothing is duplicated.
	other := l1Job(1, 11, h(11, 1).Hash)
	other.Spec.Input = []byte{0, 0, 0, 42}
	require.NoError(t, s.ApplyL1(L1Update{Parent: h(10, 0), Head: h(13, 1),
		Jobs: []*Job{other, l1Job(2, 13, h(13, 1).Hash)}}))
	n := 0
	require.NoError(t, s.Jobs(func(*Job) error { n++; return nil }))
	require.Equal(t, 3, n)
	j, err = s.Get(id1)
	require.NoError(t, err)
	require.Equal(t, Received, j.State)
	require.Equal(t, []byte{0, 0, 0, 42}, j.Spec.Input)
	require.Equal(t, uint64(1), j.Seq, "a revived job keeps its place")
	j, err = s.Get(id2)
	require.NoError(t, err)
	require.Equal(t, Queued, j.State)
	require.Equal(t, uint64(13), j.L1.Block)
	q, err = s.Queued()
	require.NoError(t, err)
	require.Len(t, q, 1)
	j, err = s.Get(id3)
	require.NoError(t, err)
	require.Equal(t, Dropped, j.State)
	require.NoError(t, s.Verify())
}

func TestRewindOrphansBatchedJobs(t *testing.T) {
	s := openTest(t, t.TempDir())
	b0 := BlockRef{Number: 1, Hash: common.HexToHash("0x01")}
	b1 := BlockRef{Number: 2, Hash: common.HexToHash("0x02")}
	require.NoError(t, s.ApplyL1(L1Update{Head: b0}))
	require.NoError(t, s.ApplyL1(L1Update{Parent: b0, Head: b1, Jobs: []*Job{l1Job(1, 2, b1.Hash)}}))
	id := L1ID(big.NewInt(1))
	require.NoError(t, s.Queue(id))
	require.NoError(t, s.Lease(id, Lease{Worker: "w", Deadline: time.Unix(9, 0).UTC()}))
	require.NoError(t, s.SetResult(id, result("w")))
	_, err := s.CreateBatch(0, []ID{id})
	require.NoError(t, err)

	require.NoError(t, s.RewindL1(b0))
	j, err := s.Get(id)
	require.NoError(t, err)
	require.Equal(t, Batched, j.State, "a batched job keeps its batch position")
	require.True(t, j.Orphaned)

	// The same event reappears in another block: the flag clears, no duplicate.
	b1b := BlockRef{Number: 3, Hash: common.HexToHash("0x03b")}
	require.NoError(t, s.ApplyL1(L1Update{Parent: b0, Head: b1b, Jobs: []*Job{l1Job(1, 3, b1b.Hash)}}))
	j, err = s.Get(id)
	require.NoError(t, err)
	require.False(t, j.Orphaned)
	require.Equal(t, Batched, j.State)
	require.NoError(t, s.Verify())
}

func TestClosedStore(t *testing.T) {
	s := openTest(t, t.TempDir())
	require.NoError(t, s.Close())
	_, _, err := s.Put(l2Job(1))
	require.True(t, errors.Is(err, ErrClosed))
}
