package inbox

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/sequencer/store"
)

// emitterCode deploys a contract that emits, for any call, LOG3 with the
// first three calldata words as topics and the rest as data: it stands in for
// JobInbox so that a test can emit exactly the events it needs (the real
// inbox needs a registered model to accept a job, and the follower reads
// nothing but the events). Runtime (24 bytes):
//
//	PUSH1 0x60 CALLDATASIZE SUB DUP1 PUSH1 0x60 PUSH1 0 CALLDATACOPY
//	PUSH1 0x40 CALLDATALOAD PUSH1 0x20 CALLDATALOAD PUSH1 0 CALLDATALOAD
//	DUP4 PUSH1 0 LOG3 STOP
var emitterCode = common.FromHex("0x601880600b6000396000f3" +
	"6060360380606060003760403560203560003583600" + "0a300")

// events packs inbox events as emitter calldata.
type events struct{ t *testing.T }

func (e events) submitted(id int64, submitter common.Address, input []byte) []byte {
	e.t.Helper()
	parsed, err := bindings.JobInboxMetaData.ParseABI()
	require.NoError(e.t, err)
	ev := parsed.Events["JobSubmitted"]
	data, err := ev.Inputs.NonIndexed().Pack(uint8(0), uint64(1), crypto.Keccak256Hash(input), input, uint64(0),
		bindings.IJobInboxParams{MaxTokens: 8, TopPMicro: 1_000_000, Seed: common.Hash{7}}, big.NewInt(1000), common.Address{}, uint32(0))
	require.NoError(e.t, err)
	return append(append(append(ev.ID.Bytes(), common.BigToHash(big.NewInt(id)).Bytes()...), common.BytesToHash(submitter[:]).Bytes()...), data...)
}

func (e events) refunded(id int64, submitter common.Address) []byte {
	e.t.Helper()
	parsed, err := bindings.JobInboxMetaData.ParseABI()
	require.NoError(e.t, err)
	ev := parsed.Events["JobRefunded"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(1000))
	require.NoError(e.t, err)
	return append(append(append(ev.ID.Bytes(), common.BigToHash(big.NewInt(id)).Bytes()...), common.BytesToHash(submitter[:]).Bytes()...), data...)
}

// signTx signs a call to `to` with an explicit nonce and tip, so a test can
// replace a transaction on a fork.
func signTx(t *testing.T, chain *l1test.Chain, key *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte, tip int64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain.ChainID), &types.DynamicFeeTx{
		ChainID: chain.ChainID, Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: new(big.Int).Mul(big.NewInt(tip), big.NewInt(50)), // a replacement must raise both
		Gas: 200_000, To: &to, Data: data,
	})
	require.NoError(t, err)
	return tx
}

// send sends tx; "already known" is fine (the pool put a reorged-out
// transaction back). Right after a Fork the pool may still hold the old
// chain's state and refuse the nonce as too low until it has reset to the new
// head, so that error is retried for a while.
func send(t *testing.T, chain *l1test.Chain, tx *types.Transaction) {
	t.Helper()
	var err error
	for range 200 {
		err = chain.Client.SendTransaction(context.Background(), tx)
		if err == nil || strings.Contains(err.Error(), "already known") {
			return
		}
		if !strings.Contains(err.Error(), "nonce too low") {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	require.NoError(t, err)
}

func header(t *testing.T, chain *l1test.Chain, n uint64) *types.Header {
	t.Helper()
	h, err := chain.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(t, err)
	return h
}

// catchUp polls until the follower has nothing left to read.
func catchUp(t *testing.T, f *Follower) {
	t.Helper()
	for range 50 {
		done, err := f.Poll(context.Background())
		require.NoError(t, err)
		if done {
			return
		}
	}
	t.Fatal("follower did not catch up in 50 polls")
}

func jobState(t *testing.T, st *store.Store, id int64) *store.Job {
	t.Helper()
	j, err := st.Get(store.L1ID(big.NewInt(id)))
	require.NoError(t, err)
	return j
}

// TestFollowerReorgOnSimulatedL1 submits three jobs, lets the follower store
// them, then reorganises L1 below them: on the new chain job 2's transaction
// is mined again (in another block), job 3's is replaced by a refund of job 1.
// The follower must rewind to job 1's block (the last block with events that
// did not change) and end with job 1 voided as refunded, job 2 queued once
// (same sequence, new block), job 3 dropped. A second reorg removes the
// refund, and job 1 returns to where it was.
func TestFollowerReorgOnSimulatedL1(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 2)
	emitter := chain.Deploy(t, 0, emitterCode, nil)
	start := chainHead(t, chain)
	st, err := store.Open(t.TempDir(), store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	const confs = 1
	f, err := New(Config{Inbox: emitter, StartBlock: start, Confirmations: confs}, chain.Client, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)

	key, user := chain.Keys[1], chain.Addrs[1]
	ev := events{t}
	nonce, err := chain.Client.NonceAt(ctx, user, nil)
	require.NoError(t, err)
	tx1 := signTx(t, chain, key, nonce, emitter, ev.submitted(1, user, []byte{0, 0, 0, 1}), 1e9)
	tx2 := signTx(t, chain, key, nonce+1, emitter, ev.submitted(2, user, []byte{0, 0, 0, 2}), 1e9)
	tx3 := signTx(t, chain, key, nonce+2, emitter, ev.submitted(3, user, []byte{0, 0, 0, 3}), 1e9)
	chain.Mine(t, send1(t, chain, tx1))
	forkPoint := chainHead(t, chain) // job 1's block
	chain.Mine(t, send1(t, chain, tx2))
	chain.Mine(t, send1(t, chain, tx3))
	chain.Commit() // one block of confirmation
	catchUp(t, f)
	for id := int64(1); id <= 3; id++ {
		j := jobState(t, st, id)
		require.Equal(t, store.Received, j.State, "job %d", id)
		require.Equal(t, uint64(id), j.Seq)
		require.Equal(t, []byte{0, 0, 0, byte(id)}, j.Spec.Input)
		require.Equal(t, user, j.Spec.Submitter)
	}
	oldBlock2 := jobState(t, st, 2).L1.BlockHash
	for id := int64(1); id <= 3; id++ {
		require.NoError(t, st.Queue(store.L1ID(big.NewInt(id))))
	}

	// Reorg: fork after job 1's block; mine job 2's transaction again (the
	// pool may have put it back already) and replace job 3's with a refund of
	// job 1, in one block.
	require.NoError(t, chain.Backend.Fork(header(t, chain, forkPoint).Hash()))
	send(t, chain, tx2)
	send(t, chain, signTx(t, chain, key, nonce+2, emitter, ev.refunded(1, user), 5e9))
	chain.Commit()
	for range 3 {
		chain.Commit()
	}
	catchUp(t, f)

	j1, j2, j3 := jobState(t, st, 1), jobState(t, st, 2), jobState(t, st, 3)
	require.Equal(t, store.Voided, j1.State)
	require.Equal(t, "refunded", j1.VoidReason)
	require.Equal(t, store.Queued, j2.State, "job 2's event reappeared identical: back in the queue, not duplicated")
	require.Equal(t, uint64(2), j2.Seq)
	require.NotEqual(t, oldBlock2, j2.L1.BlockHash, "job 2 is stored with its new block")
	require.Equal(t, store.Dropped, j3.State)
	n := 0
	require.NoError(t, st.Jobs(func(*store.Job) error { n++; return nil }))
	require.Equal(t, 3, n)
	q, err := st.Queued()
	require.NoError(t, err)
	require.Len(t, q, 1, "no job whose event disappeared or was refunded stays queued")
	require.Equal(t, j2.ID, q[0].ID)

	// A second reorg drops the refund (and job 2 again): job 1 is queued as before.
	// The reorged-out transactions may come back from the pool; replace them
	// with plain transfers so this chain has neither.
	require.NoError(t, chain.Backend.Fork(header(t, chain, forkPoint).Hash()))
	send(t, chain, signTx(t, chain, key, nonce+1, chain.Addrs[0], nil, 20e9))
	send(t, chain, signTx(t, chain, key, nonce+2, chain.Addrs[0], nil, 20e9))
	for range 8 {
		chain.Commit()
	}
	catchUp(t, f)
	j1, j2 = jobState(t, st, 1), jobState(t, st, 2)
	require.Equal(t, store.Queued, j1.State, "the refund was reorged out")
	require.Equal(t, store.Dropped, j2.State)
	require.NoError(t, st.Verify())
}

func send1(t *testing.T, chain *l1test.Chain, tx *types.Transaction) *types.Transaction {
	send(t, chain, tx)
	return tx
}

func chainHead(t *testing.T, chain *l1test.Chain) uint64 {
	t.Helper()
	n, err := chain.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	return n
}
