package store

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLatestJobs: the n most recent jobs, newest first; fewer when the store
// holds fewer; none for n ≤ 0.
func TestLatestJobs(t *testing.T) {
	s := openTest(t, t.TempDir())
	got, err := s.LatestJobs(3)
	require.NoError(t, err)
	require.Empty(t, got)
	for i := range 5 {
		_, _, err := s.Put(l2Job(i))
		require.NoError(t, err)
	}
	got, err = s.LatestJobs(3)
	require.NoError(t, err)
	require.Len(t, got, 3)
	for i, j := range got {
		require.Equal(t, l2Job(4-i).ID, j.ID)
		require.EqualValues(t, 5-i, j.Seq)
	}
	got, err = s.LatestJobs(10)
	require.NoError(t, err)
	require.Len(t, got, 5)
	got, err = s.LatestJobs(0)
	require.NoError(t, err)
	require.Empty(t, got)
}
