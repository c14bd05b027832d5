package challenger

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestStoreSurvivesReopen: the scan position, proposals and record states
// are there after a reopen; Forget drops a proposal and its records only.
func TestStoreSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	require.NoError(t, err)
	n, err := s.Next()
	require.NoError(t, err)
	require.Zero(t, n)
	require.NoError(t, s.SetNext(42))
	for i := uint64(0); i < 3; i++ {
		require.NoError(t, s.PutProposal(Proposal{Index: i, RecordCount: 2, Block: 10 + i, BlockHash: common.Hash{byte(i)}}))
		require.NoError(t, s.SetRecord(i, 1, RecordEntry{State: Disputed, Game: common.Address{byte(i + 1)}}))
	}
	require.NoError(t, s.Close())

	s, err = OpenStore(dir)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	n, err = s.Next()
	require.NoError(t, err)
	require.EqualValues(t, 42, n)
	ps, err := s.Proposals()
	require.NoError(t, err)
	require.Len(t, ps, 3)
	require.EqualValues(t, 12, ps[2].Block)
	e, ok, err := s.Record(1, 1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, RecordEntry{State: Disputed, Game: common.Address{2}}, e)
	_, ok, err = s.Record(1, 0)
	require.NoError(t, err)
	require.False(t, ok)

	require.NoError(t, s.Forget(1))
	ps, err = s.Proposals()
	require.NoError(t, err)
	require.Equal(t, []uint64{0, 2}, []uint64{ps[0].Index, ps[1].Index})
	_, ok, err = s.Record(1, 1)
	require.NoError(t, err)
	require.False(t, ok, "forgotten with its proposal")
	_, ok, err = s.Record(2, 1)
	require.NoError(t, err)
	require.True(t, ok)
}

// TestStoreGames: Games lists the records in a game we play, in order, with
// their batch and record indices.
func TestStoreGames(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	require.NoError(t, s.SetRecord(2, 7, RecordEntry{State: Defending, Game: common.Address{3}}))
	require.NoError(t, s.SetRecord(0, 1, RecordEntry{State: Checked}))
	require.NoError(t, s.SetRecord(1, 300, RecordEntry{State: Disputed, Game: common.Address{2}}))
	require.NoError(t, s.SetRecord(1, 301, RecordEntry{State: Settled, Game: common.Address{4}}))
	require.NoError(t, s.SetRecord(1, 302, RecordEntry{State: Watching}))
	g, err := s.Games()
	require.NoError(t, err)
	require.Equal(t, []GameEntry{
		{Batch: 1, Record: 300, RecordEntry: RecordEntry{State: Disputed, Game: common.Address{2}}},
		{Batch: 2, Record: 7, RecordEntry: RecordEntry{State: Defending, Game: common.Address{3}}},
	}, g)
}
