package store

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// executedJobs stores n L2 jobs and moves each to Executed.
func executedJobs(t *testing.T, s *Store, n int) []ID {
	t.Helper()
	var ids []ID
	for i := range n {
		j := l2Job(i + 1)
		_, _, err := s.Put(j)
		require.NoError(t, err)
		require.NoError(t, s.Queue(j.ID))
		require.NoError(t, s.Lease(j.ID, Lease{Worker: "w", Deadline: time.Unix(1e9, 0)}))
		require.NoError(t, s.SetResult(j.ID, result("w")))
		ids = append(ids, j.ID)
	}
	return ids
}

func TestReseal(t *testing.T) {
	s := openTest(t, t.TempDir())
	ids := executedJobs(t, s, 3)
	_, err := s.CreateBatch(0, ids)
	require.NoError(t, err)
	require.NoError(t, s.ProposeIntent(0, common.Hash{1}))

	b, err := s.Reseal(0, []ID{ids[2], ids[0]}, map[ID]string{ids[1]: "refunded on L1"})
	require.NoError(t, err)
	require.Equal(t, BatchSealed, b.Status)
	require.Empty(t, b.ProposeTxs)
	j, err := s.Get(ids[1])
	require.NoError(t, err)
	require.Equal(t, Voided, j.State)
	require.Nil(t, j.Batch)
	j, err = s.Get(ids[0])
	require.NoError(t, err)
	require.Equal(t, Batched, j.State)
	require.Equal(t, &BatchRef{Batch: 0, Record: 1}, j.Batch)
	require.NoError(t, s.Verify())

	// Proposed batches are on L1: never resealed.
	require.NoError(t, s.ProposeIntent(0, common.Hash{2}))
	require.NoError(t, s.Proposed(0, common.Hash{2}))
	_, err = s.Reseal(0, []ID{ids[0]}, map[ID]string{ids[2]: "x"})
	require.True(t, errors.Is(err, ErrTransition), "%v", err)

	// A delivered job finishes; the batch then finalizes around it.
	require.NoError(t, s.Finish(ids[0]))
	require.NoError(t, s.Finish(ids[0]))
	require.NoError(t, s.Verify())
	require.NoError(t, s.Finalize(0))
	j, err = s.Get(ids[2])
	require.NoError(t, err)
	require.Equal(t, Final, j.State)
	require.NoError(t, s.Verify())
}

func TestResealRefusals(t *testing.T) {
	s := openTest(t, t.TempDir())
	ids := executedJobs(t, s, 2)
	_, err := s.CreateBatch(0, ids)
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		ids  []ID
		drop map[ID]string
	}{
		"no records":          {nil, nil},
		"foreign job":         {[]ID{L2ID(common.Hash{9})}, map[ID]string{ids[0]: "x", ids[1]: "x"}},
		"twice":               {[]ID{ids[0], ids[0]}, map[ID]string{ids[1]: "x"}},
		"drop with no reason": {[]ID{ids[0]}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.Reseal(0, tc.ids, tc.drop)
			require.True(t, errors.Is(err, ErrInvalid), "%v", err)
			b, err := s.GetBatch(0)
			require.NoError(t, err)
			require.Equal(t, ids, b.Jobs, "nothing half-written")
			require.NoError(t, s.Verify())
		})
	}
}

func TestRenewPersistsTheDeadline(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	j := l2Job(1)
	_, _, err := s.Put(j)
	require.NoError(t, err)
	require.NoError(t, s.Queue(j.ID))
	t0 := time.Unix(1e9, 0)
	require.NoError(t, s.Lease(j.ID, Lease{Worker: "w", Deadline: t0}))
	require.NoError(t, s.Renew(j.ID, "w", t0.Add(time.Minute)))
	require.NoError(t, s.Renew(j.ID, "w", t0), "an earlier deadline is a no-op")
	require.ErrorIs(t, s.Renew(j.ID, "other", t0.Add(2*time.Minute)), ErrConflict)
	require.NoError(t, s.Close())
	s = openTest(t, dir)
	got, err := s.Get(j.ID)
	require.NoError(t, err)
	require.True(t, got.Lease.Deadline.Equal(t0.Add(time.Minute)), "the renewal survives a restart: %v", got.Lease.Deadline)
	require.NoError(t, s.SetResult(j.ID, result("w")))
	require.ErrorIs(t, s.Renew(j.ID, "w", t0.Add(time.Hour)), ErrTransition)
}
