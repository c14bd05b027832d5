package inbox

import (
	"context"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/sequencer/store"
)

// anvilKey is anvil's first default account.
const anvilKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// startAnvil runs node_modules/.bin/anvil (installed by npm ci at the
// repository root) on a free port and returns its RPC client.
func startAnvil(t *testing.T) *rpc.Client {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	bin := filepath.Join(dir, "..", "..", "node_modules", ".bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("anvil not installed at %s (npm ci): %v", bin, err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--silent")
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	for range 200 {
		c, err := rpc.Dial(url)
		if err == nil {
			var id hexutil.Big
			if err = c.Call(&id, "eth_chainId"); err == nil {
				t.Cleanup(c.Close)
				return c
			}
			c.Close()
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("anvil did not answer at %s", url)
	return nil
}

// TestFollowerAnvilReorg follows three jobs on anvil, then replaces the last
// two blocks with anvil_reorg by one block holding a refund of job 1: jobs 2
// and 3 must be dropped, job 1 voided as refunded, nothing duplicated.
func TestFollowerAnvilReorg(t *testing.T) {
	ctx := context.Background()
	rc := startAnvil(t)
	ec := ethclient.NewClient(rc)
	key, err := crypto.HexToECDSA(anvilKey)
	require.NoError(t, err)
	user := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(chainID)
	nonce := uint64(0)
	sign := func(to *common.Address, data []byte) *types.Transaction {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
			GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 500_000, To: to, Data: data})
		require.NoError(t, err)
		nonce++
		return tx
	}
	mine := func(tx *types.Transaction) *types.Receipt { // anvil mines each transaction in its own block
		require.NoError(t, ec.SendTransaction(ctx, tx))
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		r, err := bind.WaitMined(wctx, ec, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		return r
	}
	emitter := mine(sign(nil, emitterCode)).ContractAddress
	start, err := ec.BlockNumber(ctx)
	require.NoError(t, err)

	st, err := store.Open(t.TempDir(), store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	f, err := New(Config{Inbox: emitter, StartBlock: start, Confirmations: 1}, ec, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)

	ev := events{t}
	for id := int64(1); id <= 3; id++ {
		mine(sign(&emitter, ev.submitted(id, user, []byte{0, 0, 0, byte(id)})))
	}
	require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(1)))
	catchUp(t, f)
	for id := int64(1); id <= 3; id++ {
		require.Equal(t, store.Received, jobState(t, st, id).State, "job %d", id)
	}

	// Replace the last three blocks (jobs 2 and 3, and the empty one) with
	// three new ones, the first holding a refund of job 1.
	nonce -= 2
	refund := sign(&emitter, ev.refunded(1, user))
	raw, err := refund.MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, rc.Call(nil, "anvil_reorg", 3, []any{[]any{hexutil.Bytes(raw), 0}}))
	require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(1)))
	catchUp(t, f)

	require.Equal(t, store.Voided, jobState(t, st, 1).State)
	require.Equal(t, store.Dropped, jobState(t, st, 2).State)
	require.Equal(t, store.Dropped, jobState(t, st, 3).State)
	n := 0
	require.NoError(t, st.Jobs(func(*store.Job) error { n++; return nil }))
	require.Equal(t, 3, n)
	require.NoError(t, st.Verify())
}
