package ethbatch

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// fakeLogs serves one log per block in logBlocks and refuses any query
// spanning more than limit blocks, as providers do.
type fakeLogs struct {
	limit     uint64
	logBlocks []uint64
	queries   [][2]uint64
	failAt    uint64 // a window containing this block fails (0: none)
}

var errTooWide = errors.New("query exceeds max block range")

func (f *fakeLogs) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	f.queries = append(f.queries, [2]uint64{lo, hi})
	if hi < lo || hi-lo+1 > f.limit {
		return nil, errTooWide
	}
	if f.failAt != 0 && lo <= f.failAt && f.failAt <= hi {
		return nil, fmt.Errorf("garbage from the node")
	}
	var out []types.Log
	for _, b := range f.logBlocks {
		if lo <= b && b <= hi {
			out = append(out, types.Log{BlockNumber: b})
		}
	}
	return out, nil
}

func blocksOf(logs []types.Log) []uint64 {
	var out []uint64
	for _, l := range logs {
		out = append(out, l.BlockNumber)
	}
	return out
}

func TestFilterRange(t *testing.T) {
	for _, tc := range []struct {
		name           string
		from, to, step uint64
		windows        int
		want           []uint64
	}{
		{"one block", 7, 7, 10, 1, []uint64{7}},
		{"exact windows", 0, 29, 10, 3, []uint64{0, 7, 15, 29}},
		{"ragged last window", 5, 31, 10, 3, []uint64{7, 15, 29, 31}},
		{"default step", 0, 25000, 0, 3, []uint64{0, 7, 15, 29, 31, 10001, 25000}},
		{"to at the top of uint64", 1<<64 - 25, 1<<64 - 1, 10, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeLogs{limit: tc.step, logBlocks: []uint64{0, 7, 15, 29, 31, 10001, 25000}}
			if tc.step == 0 {
				f.limit = DefaultLogRange
			}
			logs, err := FilterRange(context.Background(), f, ethereum.FilterQuery{}, tc.from, tc.to, tc.step)
			require.NoError(t, err)
			require.Equal(t, tc.want, blocksOf(logs))
			require.Len(t, f.queries, tc.windows)
			require.Equal(t, tc.from, f.queries[0][0])
			require.Equal(t, tc.to, f.queries[len(f.queries)-1][1])
			for i := 1; i < len(f.queries); i++ {
				require.Equal(t, f.queries[i-1][1]+1, f.queries[i][0], "windows are contiguous")
			}
		})
	}
	_, err := FilterRange(context.Background(), &fakeLogs{limit: 10}, ethereum.FilterQuery{}, 9, 8, 10)
	require.ErrorIs(t, err, ErrRange)
	_, err = FilterRange(context.Background(), &fakeLogs{limit: 10, failAt: 15}, ethereum.FilterQuery{}, 0, 29, 10)
	require.ErrorContains(t, err, "blocks 10 to 19")
}

func TestFindLatest(t *testing.T) {
	f := &fakeLogs{limit: 10, logBlocks: []uint64{3, 12, 14, 35}}
	even := func(l *types.Log) bool { return l.BlockNumber%2 == 0 }

	logs, i, err := FindLatest(context.Background(), f, ethereum.FilterQuery{}, 0, 39, 10, even)
	require.NoError(t, err)
	require.Equal(t, []uint64{12, 14}, blocksOf(logs))
	require.Equal(t, 1, i, "the newest accepted log of the window")
	require.Equal(t, [][2]uint64{{30, 39}, {20, 29}, {10, 19}}, f.queries, "newest window first, stopping at the find")

	f.queries = nil
	logs, i, err = FindLatest(context.Background(), f, ethereum.FilterQuery{}, 5, 39, 10, func(l *types.Log) bool { return l.BlockNumber == 3 })
	require.NoError(t, err)
	require.Nil(t, logs)
	require.Equal(t, -1, i)
	require.Equal(t, [][2]uint64{{30, 39}, {20, 29}, {10, 19}, {5, 9}}, f.queries, "ragged oldest window, never below from")

	_, _, err = FindLatest(context.Background(), f, ethereum.FilterQuery{}, 1<<64-5, 1<<64-1, 0, even)
	require.NoError(t, err)
	_, _, err = FindLatest(context.Background(), f, ethereum.FilterQuery{}, 2, 1, 10, even)
	require.ErrorIs(t, err, ErrRange)
}
