package challenger

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
)

// fakeL1 is a chain of headers with BatchProposed logs, for the scan.
type fakeL1 struct {
	L1
	headers []*gethtypes.Header
	logs    []gethtypes.Log
}

func (f *fakeL1) HeaderByNumber(_ context.Context, n *big.Int) (*gethtypes.Header, error) {
	if n == nil {
		return f.headers[len(f.headers)-1], nil
	}
	if n.Uint64() >= uint64(len(f.headers)) {
		return nil, ethereum.NotFound
	}
	return f.headers[n.Uint64()], nil
}

func (f *fakeL1) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]gethtypes.Log, error) {
	var out []gethtypes.Log
	for _, l := range f.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

// build makes blocks 0..n-1, the ones from fork on marked with fork's id.
func (f *fakeL1) build(n int, fork int, id byte) {
	f.headers = f.headers[:min(fork, len(f.headers))]
	for i := len(f.headers); i < n; i++ {
		f.headers = append(f.headers, &gethtypes.Header{Number: big.NewInt(int64(i)), Extra: []byte{id}, Difficulty: new(big.Int)})
	}
}

func (f *fakeL1) propose(t *testing.T, index uint64, block uint64) {
	ev := rollupABI.Events["BatchProposed"]
	data, err := ev.Inputs.NonIndexed().Pack([32]byte{byte(index)}, uint32(1), [32]byte{}, big.NewInt(1))
	require.NoError(t, err)
	f.logs = append(f.logs, gethtypes.Log{Topics: []common.Hash{ev.ID, common.BigToHash(new(big.Int).SetUint64(index))}, Data: data,
		BlockNumber: block, BlockHash: f.headers[block].Hash(), TxHash: common.Hash{byte(block)}})
}

// TestScanFollowsReorgs: proposals are read at the confirmation depth; one
// whose block leaves the chain is forgotten with its records' states, and the
// scan goes back to read the chain that replaced it.
func TestScanFollowsReorgs(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	l1 := &fakeL1{}
	w := &Watcher{cfg: WatchConfig{Confirmations: 2, MaxScan: 3}, l1: l1, st: st, log: log.NewLogger(log.DiscardHandler()), m: NoopMetrics{},
		rollup: bindings.NewRollup(), data: map[uint64]*BatchData{}}
	ctx := t.Context()

	l1.build(11, 0, 0)
	l1.propose(t, 0, 5)
	l1.propose(t, 1, 9) // above head - confirmations: not read yet
	require.NoError(t, w.scan(ctx, 10))
	ps, err := st.Proposals()
	require.NoError(t, err)
	require.Len(t, ps, 1)
	require.Equal(t, l1.headers[5].Hash(), ps[0].BlockHash)
	require.NoError(t, st.SetRecord(0, 0, RecordEntry{State: Checked}))
	next, err := st.Next()
	require.NoError(t, err)
	require.EqualValues(t, 9, next)

	// A reorg from block 4: batch 0 is now proposed in block 6, batch 1 is gone.
	l1.build(12, 4, 1)
	l1.logs = nil
	l1.propose(t, 0, 6)
	require.NoError(t, w.scan(ctx, 11))
	ps, err = st.Proposals()
	require.NoError(t, err)
	require.Len(t, ps, 1)
	require.EqualValues(t, 6, ps[0].Block)
	require.Equal(t, l1.headers[6].Hash(), ps[0].BlockHash)
	_, ok, err := st.Record(0, 0)
	require.NoError(t, err)
	require.False(t, ok, "the forgotten proposal's record states are gone")
	next, err = st.Next()
	require.NoError(t, err)
	require.EqualValues(t, 10, next)
}
