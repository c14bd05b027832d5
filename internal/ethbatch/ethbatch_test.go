package ethbatch_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/internal/l1test"
)

// TestCallContractsAtHash: seven calls in batches of three return what seven
// single calls return, in order; they run on the named block's state (before
// the contract existed, every result is empty); a reverting call or an
// unknown block fails the read, naming the call.
func TestCallContractsAtHash(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 1)
	c := ethbatch.New(chain.RPC())
	c.BatchSize = 3
	before, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	h := bindings.NewRecordHarness()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.RecordHarnessMetaData.Bin), nil)
	after, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NotEqual(t, before.Hash(), after.Hash())

	calls := make([]ethereum.CallMsg, 7)
	for i := range calls {
		calls[i] = ethereum.CallMsg{To: &addr, Data: h.PackRecordHash(bindings.IRollupJobRecord{JobId: uint64(i), Fee: big.NewInt(int64(i))})}
	}
	got, err := c.CallContractsAtHash(ctx, calls, after.Hash())
	require.NoError(t, err)
	require.Len(t, got, len(calls))
	seen := map[[32]byte]bool{}
	for i, call := range calls {
		want, err := c.CallContractAtHash(ctx, call, after.Hash())
		require.NoError(t, err)
		require.Equal(t, want, got[i], "call %d", i)
		v, err := h.UnpackRecordHash(got[i])
		require.NoError(t, err)
		seen[v] = true
	}
	require.Len(t, seen, len(calls), "each call has its own result")

	old, err := c.CallContractsAtHash(ctx, calls, before.Hash())
	require.NoError(t, err)
	for i, out := range old {
		require.Empty(t, out, "call %d ran before the contract was deployed", i)
	}

	bad := append(append([]ethereum.CallMsg{}, calls[:4]...), ethereum.CallMsg{To: &addr, Data: []byte{1, 2, 3, 4}})
	_, err = c.CallContractsAtHash(ctx, bad, after.Hash())
	require.ErrorContains(t, err, "call 4 of 5")
	_, err = c.CallContractsAtHash(ctx, calls, common.Hash{1})
	require.Error(t, err, "an unknown block")

	none, err := c.CallContractsAtHash(ctx, nil, after.Hash())
	require.NoError(t, err)
	require.Empty(t, none)
}
