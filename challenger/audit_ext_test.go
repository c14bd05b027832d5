package challenger_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
)

// rangeLimitedL1 is an L1 RPC that refuses log queries spanning more than
// max blocks (an open end counts to the head), as public providers do.
type rangeLimitedL1 struct {
	*ethclient.Client
	max     uint64
	refused int
}

func (l *rangeLimitedL1) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]gethtypes.Log, error) {
	var from, to uint64
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil {
		to = q.ToBlock.Uint64()
	} else {
		h, err := l.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		to = h.Number.Uint64()
	}
	if to >= from && to-from+1 > l.max {
		l.refused++
		return nil, fmt.Errorf("query exceeds max block range %d: %d to %d", l.max, from, to)
	}
	return l.Client.FilterLogs(ctx, q)
}

// TestAuditL1InputOnRangeLimitedRPC (audit7): the input of an L1 record's job
// is read from its JobSubmitted event. Read from --start-block to the head,
// the query spans the rollup's whole life: on an RPC that caps log ranges
// (scan already steps by MaxScan for this) it fails every round, no L1
// record is ever re-executed, and a wrong one finalizes undisputed. The
// event is in the job's submission block (JobInbox.job's submittedAt).
func TestAuditL1InputOnRangeLimitedRPC(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	l1 := &rangeLimitedL1{Client: e.ec, max: 4}
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	ch := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: e.r.addrs.Rollup, MaxScan: l1.max}, l1, ch,
		challenger.SequencerBlobs{RPC: e.r.rc}, e.models, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Checked, e.state(st, 0).State, "the right record is left")
	en := e.state(st, 1)
	require.Equal(t, challenger.Disputed, en.State, "the wrong L1 record is disputed: %s", en.Note)
	require.Zero(t, l1.refused, "no log query over the RPC's range")
}

// TestAuditSockDisputeOfAWithheldBlobRecord (audit7): a malicious sequencer
// withholds a blob batch's data and, before anyone can data-challenge its
// wrong record, disputes that record itself from a sock account with a
// bogus first claim it never defends. The dispute closes the record's data
// challenge and, once the proposer wins, dispute() refuses the record for
// good (DisputeSurvived): a challenger that leaves the disputed record it
// cannot read lets the wrong output be delivered. The record and its output
// are in the sock's dispute (its calldata: the record, its proof and the
// game's setup data): the challenger reads them there, re-executes, joins
// the game on the challenger's side and wins it.
func TestAuditSockDisputeOfAWithheldBlobRecord(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, sequencer.DABlobs, func(c *l1test.Chain) sequencer.TxSender { return testTxMgr(t, c, 1) })
	ec := ethclient.NewClient(r.chain.RPC())
	rb, dg := bindings.NewRollup(), bindings.NewDisputeGame()
	read := func(to common.Address, data []byte) []byte {
		out, err := r.chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })

	// The sock reads the batch from the sequencer (its ally) and disputes record 1.
	d := blobBatch(t, r, ec)
	require.NoError(t, r.seq.Stop(ctx)) // it would answer data challenges and deliver
	require.True(t, d.Usable(1))
	rec := d.Records[1]
	m, err := models.Get(ctx, merkle.Hash(rec.ModelRoot))
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	out, err := canon.ParseTokenBytes(d.Outputs[1], m.Vocab)
	require.NoError(t, err)
	e := &env{t: t, r: r, ec: ec}
	prompt, err := canon.ParseTokenBytes(e.input(rec.JobID), m.Vocab)
	require.NoError(t, err)
	setup, err := fraud.SetupData(m, tree, prompt, out)
	require.NoError(t, err)
	f := bindings.NewDisputeGameFactory()
	bond, err := f.UnpackInitBond(read(r.addrs.Factory, f.PackInitBond()))
	require.NoError(t, err)
	proof := make([][32]byte, len(d.Proofs[1]))
	for k, h := range d.Proofs[1] {
		proof[k] = h
	}
	sock := challenger.TxMgrSender{M: testTxMgr(t, r.chain, 4)}
	_, err = sock.Send(ctx, r.addrs.Rollup, rb.PackDispute(0, 1, rec.Binding(), proof, setup, common.Hash{0xde, 0xad}), bond)
	require.NoError(t, err, "the sock's dispute")
	game, err := rb.UnpackGameOf(read(r.addrs.Rollup, rb.PackGameOf(big.NewInt(0), big.NewInt(1))))
	require.NoError(t, err)

	// A challenger that cannot get the blobs.
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	tx := challenger.TxMgrSender{M: testTxMgr(t, r.chain, 3)}
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup}, ec, tx, nil, models, st,
		log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	en, ok, err := st.Record(0, 1)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, challenger.Disputed, en.State, "the disputed wrong record is joined: %s", en.Note)
	for range 3 {
		require.NoError(t, w.Step(ctx))
	}
	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.game.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	status, err := dg.UnpackStatus(read(game, dg.PackStatus()))
	require.NoError(t, err)
	require.EqualValues(t, 1, status, "CHALLENGER_WINS")
}

// blobBatch reads batch 0 of a blob rig from the sequencer's RPC.
func blobBatch(t *testing.T, r *rig, ec *ethclient.Client) *challenger.BatchData {
	ctx := context.Background()
	var raw []hexutil.Bytes
	require.NoError(t, r.rc.CallContext(ctx, &raw, "airollup_batchBlobs", uint64(0)))
	blobs := make([]kzg4844.Blob, len(raw))
	for i := range raw {
		copy(blobs[i][:], raw[i])
	}
	a, err := bindings.RollupMetaData.ParseABI()
	require.NoError(t, err)
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{r.addrs.Rollup},
		Topics: [][]common.Hash{{a.Events["BatchProposed"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	ev, err := bindings.NewRollup().UnpackBatchProposedEvent(&logs[0])
	require.NoError(t, err)
	ptx, _, err := ec.TransactionByHash(ctx, logs[0].TxHash)
	require.NoError(t, err)
	p := challenger.Proposal{Index: 0, RecordsRoot: ev.RecordsRoot, RecordCount: ev.RecordCount, DaCommitment: ev.DaCommitment}
	d, err := challenger.DecodeBlobBatch(p, ptx.Data(), blobs)
	require.NoError(t, err)
	return d
}

// TestAuditResolvedRecordNextToAWithheldOne (audit7): a malicious sequencer
// withholds a blob batch's data; the challenger data-challenges every
// record; the sequencer answers only its wrong record 1 (resolveData) and
// lets record 0 be voided unavailable (one record's bond). The DataResolved
// event holds no proof and record 0's leaf is never published: record 1 must
// still be disputed, with the proof its resolveData carried.
func TestAuditResolvedRecordNextToAWithheldOne(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, sequencer.DABlobs, func(c *l1test.Chain) sequencer.TxSender { return testTxMgr(t, c, 1) })
	ec := ethclient.NewClient(r.chain.RPC())
	d := blobBatch(t, r, ec)
	require.NoError(t, r.seq.Stop(ctx))
	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	tx := challenger.TxMgrSender{M: testTxMgr(t, r.chain, 3)}
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup}, ec, tx, nil, models, st,
		log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	require.NoError(t, w.Step(ctx))
	state := func(i uint32) challenger.RecordEntry {
		en, ok, err := st.Record(0, i)
		require.NoError(t, err)
		require.True(t, ok)
		return en
	}
	require.Equal(t, challenger.Challenged, state(0).State)
	require.Equal(t, challenger.Challenged, state(1).State)

	// The sequencer's ally answers record 1 only.
	proof := make([][32]byte, len(d.Proofs[1]))
	for k, h := range d.Proofs[1] {
		proof[k] = h
	}
	ally := challenger.TxMgrSender{M: testTxMgr(t, r.chain, 4)}
	_, err = ally.Send(ctx, r.addrs.Rollup, bindings.NewRollup().PackResolveData(0, 1, d.Records[1].Binding(), proof, d.Outputs[1], []byte{}), nil)
	require.NoError(t, err, "resolveData of record 1")
	require.NoError(t, w.Step(ctx))
	en := state(1)
	require.Equal(t, challenger.Disputed, en.State, "the wrong resolved record is disputed: %s", en.Note)
}

// TestAuditDisputeLostInAReorg (audit7): the challenger stored its dispute's
// game (Rollup.gameOf after the receipt), then a reorg dropped the dispute
// (or moved the game to another address: the factory's nonce). Reading a
// game that is not there fails round after round and the wrong record is
// never disputed again: the watcher must see that the Rollup names another
// game (here none) and judge the record again.
func TestAuditDisputeLostInAReorg(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	ch := &lockedSender{s: &l1test.Sender{C: e.r.chain, I: 3}}
	w, st := e.watcher(t.TempDir(), ch, challenger.WatchConfig{})
	t.Cleanup(func() { _ = st.Close() })
	lost := common.HexToAddress("0x00000000000000000000000000000000000dead1")
	require.NoError(t, st.SetRecord(0, 1, challenger.RecordEntry{State: challenger.Disputed, Game: lost, Note: "our dispute, reorged out"}))
	_ = w.Step(ctx) // the lost game is noticed
	require.NoError(t, w.Step(ctx))
	en := e.state(st, 1)
	require.Equal(t, challenger.Disputed, en.State, en.Note)
	game, err := e.rb.UnpackGameOf(e.read(e.r.addrs.Rollup, e.rb.PackGameOf(big.NewInt(0), big.NewInt(1))))
	require.NoError(t, err)
	require.NotEqual(t, common.Address{}, game, "the wrong record is disputed again")
	require.Equal(t, game, en.Game)
}
