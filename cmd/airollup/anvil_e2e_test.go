//go:build unix

package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/sequencer"
)

// anvilKeys are anvil's first three default accounts: deployer, sequencer, user.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
}

// startAnvil runs node_modules/.bin/anvil (npm ci at the repository root) on
// a free port, mining each transaction as it arrives, and returns its URL.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin := filepath.Join("..", "..", "node_modules", ".bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil must be installed in CI (npm ci): %v", err)
		}
		t.Skipf("anvil not installed at %s (npm ci): %v", bin, err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--silent", "--gas-limit", "60000000", "--code-size-limit", "30000")
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	for range 200 {
		if c, err := rpc.Dial(url); err == nil {
			var id hexutil.Big
			err = c.Call(&id, "eth_chainId")
			c.Close()
			if err == nil {
				return url
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("anvil did not answer at %s", url)
	return ""
}

// anvilAccount signs transactions for one account with explicit nonces, so a
// test can re-sign a nonce that a reorg gave back.
type anvilAccount struct {
	t      *testing.T
	ec     *ethclient.Client
	key    *ecdsa.PrivateKey
	signer types.Signer
	chain  *big.Int
	nonce  uint64
}

func (a *anvilAccount) addr() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }

func (a *anvilAccount) sign(to common.Address, data []byte, value *big.Int) *types.Transaction {
	tx, err := types.SignNewTx(a.key, a.signer, &types.DynamicFeeTx{ChainID: a.chain, Nonce: a.nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 3_000_000, To: &to, Data: data, Value: value})
	require.NoError(a.t, err)
	a.nonce++
	return tx
}

func (a *anvilAccount) send(to common.Address, data []byte, value *big.Int) *types.Receipt {
	tx := a.sign(to, data, value)
	require.NoError(a.t, a.ec.SendTransaction(context.Background(), tx))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := bind.WaitMined(ctx, a.ec, tx.Hash())
	require.NoError(a.t, err)
	require.Equal(a.t, types.ReceiptStatusSuccessful, r.Status, "tx %s reverted", tx.Hash())
	return r
}

// TestRollupAnvilReorg runs the sequencer and a worker as processes on anvil
// and reorganizes the inbox's events under them (anvil_reorg): of three
// executed jobs, the last two blocks are replaced by one holding a different
// job 2, so job 2 is executed again with its new input and job 3 is dropped;
// after a restart the batch is proposed and every job of the canonical chain
// is delivered exactly once.
func TestRollupAnvilReorg(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil and processes")
	}
	ctx := context.Background()
	url := startAnvil(t)
	rc, err := rpc.Dial(url)
	require.NoError(t, err)
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	acct := func(i int) *anvilAccount {
		k, err := crypto.HexToECDSA(anvilKeys[i])
		require.NoError(t, err)
		n, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
		require.NoError(t, err)
		return &anvilAccount{t: t, ec: ec, key: k, signer: types.LatestSignerForChainID(chainID), chain: chainID, nonce: n}
	}
	deployer, seqAcct, user := acct(0), acct(1), acct(2)

	tm := newTinyModel(t)
	modelDir, m, tree, root := tm.Dir, tm.Model, tm.Tree, tm.Root

	opts := bind.NewKeyedTransactor(deployer.key, chainID)
	wait := func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
		return bind.WaitMined(ctx, ec, tx.Hash())
	}
	addrs, err := deploy.Deploy(ctx, ec, opts, wait, deploy.Config{
		Sequencer: seqAcct.addr(), InclusionWindow: 1000, Game: deploy.DevnetGame(10, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	regCfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	user.send(addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	seqAcct.send(addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))

	rpcAddr := freeAddr(t)
	seqURL := "http://" + rpcAddr
	dataDir := t.TempDir()
	seqArgs := func(maxDelay string) []string {
		return []string{"sequencer", "--l1-rpc", url, "--inbox", addrs.JobInbox.Hex(), "--confirmations", "1",
			"--poll-interval", "100ms", "--data-dir", dataDir, "--rpc.addr", rpcAddr,
			"--model", fmt.Sprintf("1=0x%x", root), "--model-dir", modelDir, "--sample-rate", "1",
			"--private-key", anvilKeys[1], "--num-confirmations", "1", "--txmgr.receipt-query-interval", "100ms",
			"--batch.max-delay", maxDelay, "--log.level", "debug"}
	}
	seq := child(t, "sequencer", seqArgs("1h")...)
	client, err := rpc.Dial(seqURL)
	require.NoError(t, err)
	defer client.Close()
	status := func(id string) sequencer.JobStatus {
		var s sequencer.JobStatus
		_ = client.CallContext(ctx, &s, "airollup_jobStatus", id)
		return s
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(2 * time.Minute)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(50 * time.Millisecond)
		}
	}
	child(t, "worker", "worker", "--sequencer-url", seqURL, "--worker-id", "w", "--model-dir", modelDir, "--poll-interval", "50ms")

	submit := func(prompt []int32, n uint32) []byte {
		return inbox.PackSubmit(0, 1, canon.TokenBytes(prompt), 0, bindings.IJobInboxParams{MaxTokens: n}, common.Address{}, 0)
	}
	fee := big.NewInt(1e16)
	for i, p := range [][]int32{{1, 11, 12}, {1, 21, 22}, {1, 31, 32}} {
		user.send(addrs.JobInbox, submit(p, uint32(3+i)), fee)
	}
	require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(1))) // the confirmation
	for _, id := range []string{"l1:1", "l1:2", "l1:3"} {
		waitFor(id+" executed", func() bool { return status(id).State == "executed" })
	}
	var before sequencer.JobResult
	require.NoError(t, client.CallContext(ctx, &before, "airollup_result", "l1:2"))

	// Replace the last three blocks (jobs 2 and 3, the confirmation) by
	// three holding another job 2 (other prompt, same inbox id).
	user.nonce -= 2
	other := user.sign(addrs.JobInbox, submit([]int32{1, 40, 41, 42}, 4), fee)
	raw, err := other.MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, rc.Call(nil, "anvil_reorg", 3, []any{[]any{hexutil.Bytes(raw), 0}}))
	require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(1)))
	waitFor("job 3 dropped", func() bool { return status("l1:3").State == "dropped" })
	waitFor("the new job 2 executed", func() bool {
		var r sequencer.JobResult
		return client.CallContext(ctx, &r, "airollup_result", "l1:2") == nil && r.State == "executed" && r.TraceRoot != before.TraceRoot
	})

	// Restart with batching on: jobs 1 and 2 (not 3) are proposed, then delivered.
	require.NoError(t, seq.Process.Signal(syscall.SIGKILL))
	_ = seq.Wait()
	child(t, "sequencer-restarted", seqArgs("200ms")...)
	waitFor("jobs proposed", func() bool { return status("l1:1").State == "proposed" && status("l1:2").State == "proposed" })
	require.NoError(t, rc.Call(nil, "evm_increaseTime", hexutil.Uint64(3600+60+10)))
	require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(1)))
	waitFor("jobs final", func() bool { return status("l1:1").State == "final" && status("l1:2").State == "final" })
	require.Equal(t, "dropped", status("l1:3").State)

	var info sequencer.BatchInfo
	require.NoError(t, client.CallContext(ctx, &info, "airollup_batch", 0))
	require.Len(t, info.Jobs, 2)
	count, err := ec.CallContract(ctx, ethereum.CallMsg{To: &addrs.Rollup, Data: rb.PackBatchCount()}, nil)
	require.NoError(t, err)
	bc, err := rb.UnpackBatchCount(count)
	require.NoError(t, err)
	require.EqualValues(t, 1, bc.Int64())
	ev := rollupEventID(t, "JobDelivered")
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addrs.Rollup}, Topics: [][]common.Hash{{ev}}})
	require.NoError(t, err)
	require.Len(t, logs, 2, "each job of the canonical chain delivered once")
	for i, id := range []int64{1, 2} {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &addrs.JobInbox, Data: inbox.PackStatusOf(big.NewInt(id))}, nil)
		require.NoError(t, err)
		st, err := inbox.UnpackStatusOf(out)
		require.NoError(t, err)
		require.EqualValues(t, 3, st, "job %d (record %d) Delivered on the inbox", id, i)
	}
}
