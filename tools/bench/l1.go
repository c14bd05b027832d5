package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// benchMinFee is the rollup's minFee in the sequencer benches (1e12 wei):
// every L2 request pays at least this much.
const benchMinFee = 1_000_000_000_000

// benchTB lets l1test.New, written for tests, run in this command: it keeps
// the cleanups for close and turns a fatal error into a panic that newL1
// recovers. l1test.New calls only Helper, Cleanup and Fatalf; any other
// testing.TB method would panic on the nil embedded interface.
type benchTB struct {
	testing.TB
	cleanups []func()
}

type benchFatal string

func (t *benchTB) Helper()                        {}
func (t *benchTB) Cleanup(f func())               { t.cleanups = append(t.cleanups, f) }
func (t *benchTB) Fatalf(format string, a ...any) { panic(benchFatal(fmt.Sprintf(format, a...))) }

func (t *benchTB) close() {
	for i := len(t.cleanups) - 1; i >= 0; i-- {
		t.cleanups[i]()
	}
	t.cleanups = nil
}

// benchL1 is a simulated L1 (internal/l1test) with the contracts deployed
// (internal/deploy, the devnet's rollup parameters with minFee benchMinFee)
// and the tiny generated model registered as model id 1. Account 0 deploys,
// 1 is the sequencer, 2 and up are users.
type benchL1 struct {
	tb     *benchTB
	chain  *l1test.Chain
	addrs  *deploy.Addresses
	cfg    bindings.IRollupRollupConfig
	root   common.Hash // the registered model's root
	domain jobreq.Domain
	nonces map[common.Address]uint64
}

// newL1 starts the chain with users+2 funded accounts, deploys and registers.
func newL1(ctx context.Context, users int) (l *benchL1, err error) {
	tb := &benchTB{}
	defer func() {
		if p := recover(); p != nil {
			msg, ok := p.(benchFatal)
			if !ok {
				panic(p)
			}
			tb.close()
			l, err = nil, fmt.Errorf("bench: simulated L1: %s", msg)
		}
	}()
	chain := l1test.New(tb, users+2)
	l = &benchL1{tb: tb, chain: chain, cfg: deploy.DevnetRollup(), nonces: map[common.Address]uint64{}}
	l.cfg.MinFee = big.NewInt(benchMinFee)
	if err := l.setup(ctx); err != nil {
		tb.close()
		return nil, err
	}
	return l, nil
}

func (l *benchL1) setup(ctx context.Context) error {
	var err error
	l.addrs, err = deploy.Deploy(ctx, l.chain.Client, l.chain.Opts(0), l.chain.Wait, deploy.Config{
		Sequencer: l.chain.Addrs[1], InclusionWindow: 1_000_000, Game: deploy.DevnetGame(10, 24), Rollup: l.cfg, VM: deploy.Transformer,
	})
	if err != nil {
		return err
	}
	m, err := modelgen.Tiny.Model()
	if err != nil {
		return err
	}
	tree, err := vm.NewModelTree(m)
	if err != nil {
		return err
	}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	if err != nil {
		return err
	}
	l.root = common.Hash(tree.Root())
	l.domain = jobreq.Domain{ChainID: l.chain.ChainID, Inbox: l.addrs.JobInbox}
	reg := bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf")
	_, err = l.sendMined(ctx, 2, l.addrs.ModelRegistry, reg, nil, 0)
	return err
}

func (l *benchL1) close() { l.tb.close() }

func (l *benchL1) key(i int) *ecdsa.PrivateKey { return l.chain.Keys[i] }

// tx signs a dynamic-fee transaction from account i with the next nonce
// this benchL1 tracks for it (gas 0: estimated).
func (l *benchL1) tx(ctx context.Context, i int, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	from := l.chain.Addrs[i]
	nonce, ok := l.nonces[from]
	if !ok {
		n, err := l.chain.Client.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, err
		}
		nonce = n
	}
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		g, err := l.estimate(ctx, from, to, data, value, nil)
		if err != nil {
			return nil, err
		}
		gas = g
	}
	tx, err := types.SignNewTx(l.key(i), types.LatestSignerForChainID(l.chain.ChainID), &types.DynamicFeeTx{
		ChainID: l.chain.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	l.nonces[from] = nonce + 1
	return tx, nil
}

// estimate returns the gas a call needs, with blob hashes for a blob
// transaction's call.
func (l *benchL1) estimate(ctx context.Context, from, to common.Address, data []byte, value *big.Int, blobHashes []common.Hash) (uint64, error) {
	msg := ethereumCall(from, to, data, value, blobHashes)
	g, err := l.chain.Client.EstimateGas(ctx, msg)
	if err != nil {
		return 0, fmt.Errorf("bench: estimate gas of a call to %s: %w", to, err)
	}
	return g, nil
}

// send sends signed transactions, commits one block and returns their
// receipts; a revert is an error.
func (l *benchL1) send(ctx context.Context, txs ...*types.Transaction) ([]*types.Receipt, error) {
	for _, tx := range txs {
		if err := l.chain.Client.SendTransaction(ctx, tx); err != nil {
			return nil, fmt.Errorf("bench: send tx %s: %w", tx.Hash(), err)
		}
	}
	// The pool may not have promoted every transaction when a block is
	// built: commit blocks until every receipt is there.
	rs := make([]*types.Receipt, len(txs))
	for try := 0; ; try++ {
		l.chain.Commit()
		missing := 0
		for i, tx := range txs {
			if rs[i] != nil {
				continue
			}
			r, err := l.chain.Client.TransactionReceipt(ctx, tx.Hash())
			if errors.Is(err, ethereum.NotFound) {
				missing++
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("bench: receipt of tx %s: %w", tx.Hash(), err)
			}
			rs[i] = r
		}
		if missing == 0 {
			break
		}
		if try == 100 {
			return nil, fmt.Errorf("bench: %d of %d transactions not mined after %d blocks", missing, len(txs), try+1)
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i, tx := range txs {
		r := rs[i]
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("bench: tx %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
		}
		rs[i] = r
	}
	return rs, nil
}

// sendMined signs, sends and mines one transaction from account i.
func (l *benchL1) sendMined(ctx context.Context, i int, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	tx, err := l.tx(ctx, i, to, data, value, gas)
	if err != nil {
		return nil, err
	}
	rs, err := l.send(ctx, tx)
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

// deposit credits account i's L2 balance in the JobInbox with amount.
func (l *benchL1) deposit(ctx context.Context, i int, amount *big.Int) error {
	_, err := l.sendMined(ctx, i, l.addrs.JobInbox, bindings.NewJobInbox().PackDeposit(), amount, 0)
	return err
}

func ethereumCall(from, to common.Address, data []byte, value *big.Int, blobHashes []common.Hash) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data, Value: value, BlobHashes: blobHashes}
}
