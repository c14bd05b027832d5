package fraud_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
)

// TestPositionMatchesSolidity: LibPosition computes exactly what
// op-challenger's types.Position computes, on the same uint128 encoding.
func TestPositionMatchesSolidity(t *testing.T) {
	chain := l1test.New(t, 1)
	addr := chain.Deploy(t, 0, common.FromHex(bindings.PositionHarnessMetaData.Bin), nil)
	h := bindings.NewPositionHarness()
	inst := h.Instance(chain.Client, addr)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 1500; i++ {
		d := types.Depth(r.IntN(fraud.MaxDepth + 1))
		if i%5 == 0 {
			d = types.Depth(r.IntN(8))
		}
		idx := new(big.Int).SetUint64(r.Uint64())
		idx.Lsh(idx, 64).Or(idx, new(big.Int).SetUint64(r.Uint64()))
		idx.And(idx, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(d)), big.NewInt(1)))
		p := types.NewPosition(d, idx)
		maxDepth := d + types.Depth(r.IntN(int(fraud.MaxDepth-d)+1))
		g, err := fraud.GIndex(p)
		require.NoError(t, err)
		out, err := bind.Call(inst, nil, h.PackDescribe(g, new(big.Int).SetUint64(uint64(maxDepth))), h.UnpackDescribe)
		require.NoError(t, err, "position %v", p)
		require.Equal(t, uint64(d), out.Depth.Uint64(), "%v depth", p)
		require.Zero(t, idx.Cmp(out.IndexAtDepth), "%v index", p)
		if d < fraud.MaxDepth {
			require.Zero(t, p.Attack().ToGIndex().Cmp(out.Attack), "%v attack", p)
			if d > 0 {
				require.Zero(t, p.Defend().ToGIndex().Cmp(out.Defend), "%v defend", p)
			}
		}
		require.Zero(t, p.TraceIndex(maxDepth).Cmp(out.TraceIndex), "%v trace index at %d", p, maxDepth)
		back, err := fraud.PositionFromGIndex(g)
		require.NoError(t, err)
		require.Equal(t, p.Depth(), back.Depth())
		require.Zero(t, p.IndexAtDepth().Cmp(back.IndexAtDepth()))
	}
	_, err := fraud.PositionFromGIndex(big.NewInt(0))
	require.ErrorIs(t, err, fraud.ErrPosition)
	_, err = fraud.PositionFromGIndex(new(big.Int).Lsh(big.NewInt(1), 127))
	require.ErrorIs(t, err, fraud.ErrPosition)
}
