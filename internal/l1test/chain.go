package l1test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// DefaultBalance is the genesis balance of every funded account: 1,000,000 ETH.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// Chain is a simulated L1 with funded accounts.
type Chain struct {
	// Backend is the simulated L1. Seal blocks through Commit and
	// AdvanceTime, never Backend.Commit or AdjustTime directly: op-geth's
	// TxPool.Sync, which every sealed block calls, loses all but one of
	// concurrent callers' wake-ups, so two blocks sealed at once (AutoMine's
	// and a test's) could hang one of them for good.
	Backend *simulated.Backend
	sealMu  sync.Mutex
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// Key returns the deterministic test key number i (the same on every run).
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("airollup/l1test/key/%d", i))))
	if err != nil {
		panic(err) // a keccak output is a valid secp256k1 scalar with overwhelming probability
	}
	return k
}

// fastRecommit makes the simulated miner rebuild its pending block every few
// milliseconds. op-geth's Payload.WaitFull waits on a condition variable
// without a predicate, so a Commit whose first payload build finishes before
// it starts waiting would hang until a rebuild — and with the default 2 s
// recommit and 2 s minimum build time there may be none (seen under CPU load).
func fastRecommit(_ *node.Config, eth *ethconfig.Config) { eth.Miner.Recommit = 10 * time.Millisecond }

// New starts a simulated L1 with n funded accounts and closes it when the test ends.
func New(t testing.TB, n int) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	c := &Chain{}
	for i := 0; i < n; i++ {
		k := Key(i)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: DefaultBalance}
	}
	c.Backend = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), fastRecommit)
	t.Cleanup(func() { _ = c.Backend.Close() })
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatalf("l1test: chain id: %v", err)
	}
	c.ChainID = id
	return c
}

// Commit seals a block with the pending transactions, one seal at a time
// (see Chain.Backend), and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.Backend.Commit()
}

// Opts returns transact options signing with account i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Keys[i], c.ChainID)
}

// Mine commits a block holding tx and returns its receipt. The test fails if
// the transaction was not included or reverted.
func (c *Chain) Mine(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r := c.MineAny(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("l1test: tx %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// MineAny commits a block holding tx and returns its receipt, whatever its status.
func (c *Chain) MineAny(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	c.Commit()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil {
		t.Fatalf("l1test: waiting for tx %s: %v", tx.Hash(), err)
	}
	return r
}

// Deploy deploys creation bytecode (with ABI-encoded constructor arguments
// appended, if any) from account i and returns the contract address.
func (c *Chain) Deploy(t testing.TB, i int, bytecode, constructorArgs []byte) common.Address {
	t.Helper()
	addr, tx, err := bind.DeployContract(c.Opts(i), bytecode, c.Client, constructorArgs)
	if err != nil {
		t.Fatalf("l1test: deploy: %v", err)
	}
	c.Mine(t, tx)
	code, err := c.Client.CodeAt(context.Background(), addr, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("l1test: no code at %s after deployment (err %v)", addr, err)
	}
	return addr
}

// Sender sends transactions from account i of a Chain, committing a block for
// each (fraud.TxSender and the like on a simulated L1).
type Sender struct {
	C     *Chain
	I     int
	Gas   uint64 // gas used by successful transactions
	Sent  int
	Fails int
}

// From returns the sending account.
func (s *Sender) From() common.Address { return s.C.Addrs[s.I] }

// Send signs, sends and mines one transaction; a revert is an error.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := s.C.Opts(s.I)
	opts.Context = ctx
	opts.Value = value
	tx, err := bind.NewBoundContract(to, abi.ABI{}, s.C.Client, s.C.Client, s.C.Client).RawTransact(opts, data)
	if err != nil {
		s.Fails++
		return nil, err
	}
	s.C.Commit()
	r, err := bind.WaitMined(ctx, s.C.Client, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		s.Fails++
		return r, fmt.Errorf("l1test: tx %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	s.Gas += r.GasUsed
	s.Sent++
	return r, nil
}

// Wait commits a block and waits for tx (deploy.Waiter on a simulated L1).
func (c *Chain) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	c.Commit()
	return bind.WaitMined(ctx, c.Client, tx.Hash())
}

// AdvanceTime mines an empty block d later than the last one. The tx pool
// drops mined transactions asynchronously after each block, and the simulated
// beacon refuses to adjust time while it still lists any, so this retries
// briefly before giving up.
func (c *Chain) AdvanceTime(d time.Duration) error {
	var err error
	for range 100 {
		c.sealMu.Lock()
		err = c.Backend.AdjustTime(d)
		c.sealMu.Unlock()
		if err == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("l1test: advance time by %v: %w", d, err)
}

// AutoMine commits a block every period until the test ends, for code that
// sends transactions and waits for their receipts on its own (op-service's
// txmgr, the services).
func (c *Chain) AutoMine(t testing.TB, period time.Duration) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tk := time.NewTicker(period)
		defer tk.Stop()
		for {
			select {
			case <-done:
				return
			case <-tk.C:
				c.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })
}
