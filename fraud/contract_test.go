package fraud_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/bindings/alphabet"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/internal/l1test"
)

// blockCaller is the simulated L1's client as a fraud.BlockCaller (one
// eth_call per read, each at the pinned block hash).
func blockCaller(t testing.TB, c *l1test.Chain) fraud.BlockCaller {
	t.Helper()
	b, ok := c.Client.(fraud.BlockCaller)
	require.True(t, ok, "the simulated client calls at a block hash")
	return b
}

// racer is a BlockCaller that runs race just before its call number raceAt
// (numbered from 0, single and batched calls alike) and records the block
// of every header it returned and every call it forwarded.
type racer struct {
	fraud.BlockCaller
	raceAt  int
	race    func()
	calls   int
	headers []common.Hash
	blocks  []common.Hash
}

func (r *racer) HeaderByNumber(ctx context.Context, n *big.Int) (*gethtypes.Header, error) {
	h, err := r.BlockCaller.HeaderByNumber(ctx, n)
	if err == nil {
		r.headers = append(r.headers, h.Hash())
	}
	return h, err
}

func (r *racer) before(block common.Hash) {
	if r.calls == r.raceAt {
		r.race()
	}
	r.calls++
	r.blocks = append(r.blocks, block)
}

func (r *racer) CallContractAtHash(ctx context.Context, call ethereum.CallMsg, block common.Hash) ([]byte, error) {
	r.before(block)
	return r.BlockCaller.CallContractAtHash(ctx, call, block)
}

// batchRacer is a racer over a BatchCaller.
type batchRacer struct{ *racer }

func (r batchRacer) CallContractsAtHash(ctx context.Context, calls []ethereum.CallMsg, block common.Hash) ([][]byte, error) {
	r.before(block)
	return r.BlockCaller.(fraud.BatchCaller).CallContractsAtHash(ctx, calls, block)
}

// TestClaimsReadOneBlock: a move mined in the middle of reading a game —
// after the block was chosen and before the count, between two claims, or
// before the batch of claims — does not reach the snapshot: every read is at
// the block chosen first, and the claims are exactly that block's, though
// the game has one more claim by the time Claims returns.
func TestClaimsReadOneBlock(t *testing.T) {
	ctx := context.Background()
	const transitions, split, max = 5, 4, 8
	chain := l1test.New(t, 3) // 0 creates the game, 1 proposes and moves, 2 challenges
	cfg := deploy.DevnetGame(split, max)
	vmAddr := chain.Deploy(t, 0, common.FromHex(alphabet.AlphabetVMMetaData.Bin), nil)
	fac := bindings.NewDisputeGameFactory()
	facAddr := chain.Deploy(t, 0, common.FromHex(bindings.DisputeGameFactoryMetaData.Bin), fac.PackConstructor(chain.Addrs[0], vmAddr, cfg, common.Address{}, cfg))
	honest := alphaActor(transitions, split, max, -1, 0)
	root, err := honest.Top.Get(ctx, types.RootPosition)
	require.NoError(t, err)
	creator := &l1test.Sender{C: chain, I: 0}
	_, err = creator.Send(ctx, facAddr, fac.PackCreate(pack(recArg, big.NewInt(transitions), root), nil, chain.Addrs[1], chain.Addrs[2],
		crypto.Keccak256Hash([]byte("first"))), bondAt(cfg, 1))
	require.NoError(t, err)
	out, err := chain.Client.CallContract(ctx, callMsg(facAddr, fac.PackGameAt(big.NewInt(0))), nil)
	require.NoError(t, err)
	game, err := fac.UnpackGameAt(out)
	require.NoError(t, err)

	plain, batched := blockCaller(t, chain), ethbatch.New(chain.RPC())
	mover := fraud.NewContractGame(game, plain, &l1test.Sender{C: chain, I: 1})
	for i, tc := range []struct {
		name   string
		caller fraud.BlockCaller
		raceAt int
	}{
		{"one call each, move before the count", plain, 0},
		{"one call each, move between two claims", plain, 2},
		{"batched, move before the batch", batched, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, err := mover.Claims(ctx)
			require.NoError(t, err)
			r := &racer{BlockCaller: tc.caller, raceAt: tc.raceAt}
			raced := false
			r.race = func() {
				raced = true
				// attack the deepest claim: a new claim lands between two reads
				last := before[len(before)-1]
				require.NoError(t, mover.Move(ctx, last, true, crypto.Keccak256Hash([]byte{byte(i)}), nil))
			}
			var caller fraud.BlockCaller = r
			if _, ok := tc.caller.(fraud.BatchCaller); ok {
				caller = batchRacer{r}
			}
			got, err := fraud.NewContractGame(game, caller, nil).Claims(ctx)
			require.NoError(t, err)
			require.True(t, raced, "the move was mined during the read")
			require.Greater(t, r.calls, tc.raceAt, "a read came after the move")
			require.Len(t, r.headers, 1, "one block chosen")
			pinned := r.headers[0]
			for j, b := range r.blocks {
				require.Equal(t, pinned, b, "read %d is at the chosen block", j)
			}
			require.Equal(t, before, got, "the snapshot of the chosen block, without the move")
			at, err := mover.ClaimsAt(ctx, pinned)
			require.NoError(t, err)
			require.Equal(t, at, got)
			after, err := mover.Claims(ctx)
			require.NoError(t, err)
			require.Len(t, after, len(before)+1, "the move landed")
			require.Equal(t, before, after[:len(before)])
		})
	}
}

// hugeCount is a node that claims a game holds 2^40 claims.
type hugeCount struct{}

func (hugeCount) HeaderByNumber(context.Context, *big.Int) (*gethtypes.Header, error) {
	return &gethtypes.Header{Number: big.NewInt(7)}, nil
}

func (hugeCount) CallContractAtHash(context.Context, ethereum.CallMsg, common.Hash) ([]byte, error) {
	return common.LeftPadBytes(new(big.Int).Lsh(big.NewInt(1), 40).Bytes(), 32), nil
}

// TestClaimsRefuseAHugeCount: a claim count over fraud.MaxClaims is refused
// with a typed error naming the field and the limit, before any allocation.
func TestClaimsRefuseAHugeCount(t *testing.T) {
	_, err := fraud.NewContractGame(common.Address{1}, hugeCount{}, nil).Claims(context.Background())
	require.ErrorIs(t, err, fraud.ErrGameRead)
	require.ErrorContains(t, err, "claimDataLen 1099511627776")
	require.ErrorContains(t, err, "limit of 1048576 claims")
}
