package sequencer

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/sequencer/store"
)

// proposeRig stakes the sequencer, executes an L1 job per prompt, seals them
// into batches of perBatch records and proposes them all in DA mode da. It
// returns the jobs in record order and the sequencer's txmgr.
func proposeRig(t *testing.T, r *l2Rig, da DAMode, perBatch int, prompts ...[]int32) ([]store.ID, TxSender) {
	ctx := context.Background()
	seq := &l1test.Sender{C: r.chain, I: 1}
	_, err := seq.Send(ctx, r.addrs.Rollup, bindings.NewRollup().PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	var ids []store.ID
	for _, p := range prompts {
		ids = append(ids, r.executeL1(t, r.submitL1(t, p, 3), p, 3))
	}
	r.chain.AutoMine(t, 50*time.Millisecond)
	tx := testTxMgr(t, r.chain, 1)
	cfg := BatcherConfig{Rollup: r.addrs.Rollup, Models: r.models, Policy: BatchPolicy{MaxRecords: perBatch, MaxBytes: CalldataRoom}, DA: da}
	b, err := NewBatcher(ctx, r.st, r.chain.Client, tx, cfg, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	require.NoError(t, err)
	stepAll(t, b)
	require.EqualValues(t, (len(prompts)+perBatch-1)/perBatch, r.st.NextBatch())
	return ids, tx
}

// A griefer data-challenges an honest record of a blob batch, or of a
// calldata batch (which a watcher that cannot find the propose call
// challenges too): the deliverer answers it before its deadline (and earns
// the challenger's bond), so the record cannot be voided as unavailable and
// is delivered in the end.
func TestDelivererAnswersDataChallenges(t *testing.T) {
	for _, da := range []DAMode{DABlobs, DACalldata} {
		t.Run(string(da), func(t *testing.T) { testDelivererAnswersDataChallenges(t, da) })
	}
}

func testDelivererAnswersDataChallenges(t *testing.T, da DAMode) {
	ctx := context.Background()
	r := newL2Rig(t)
	ids, tx := proposeRig(t, r, da, 4, []int32{1, 17, 42}, []int32{1, 5, 6})
	rb := bindings.NewRollup()
	rc := r.rollupConfig(t)
	griefer := &l1test.Sender{C: r.chain, I: 2}
	_, err := griefer.Send(ctx, r.addrs.Rollup, rb.PackChallengeData(0, 1), rc.DataChallengeBond)
	require.NoError(t, err)

	dl := NewDeliverer(r.st, r.chain.Client, tx, r.addrs.Rollup, r.models, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	changed, err := dl.Step(ctx)
	require.NoError(t, err)
	require.True(t, changed)
	c, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(0), big.NewInt(1)), rb.UnpackDataChallenge)
	require.NoError(t, err)
	require.True(t, c.Resolved, "the challenge is answered")
	credit, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackCredit(r.chain.Addrs[1]), rb.UnpackCredit)
	require.NoError(t, err)
	require.Equal(t, rc.DataChallengeBond, credit, "the challenger's bond goes to the sequencer")

	// Past the data deadline nobody can void it as unavailable.
	require.NoError(t, r.chain.AdvanceTime(time.Duration(rc.DataWindow+1)*time.Second))
	_, err = griefer.Send(ctx, r.addrs.Rollup, rb.PackVoidUnavailable(0, 1, ids[1].Key.Big().Uint64()), nil)
	require.Error(t, err)

	require.NoError(t, r.chain.AdvanceTime(time.Duration(rc.ChallengeWindow+2*rc.DataWindow+rc.FinalityDelay+5)*time.Second))
	stepAll(t, dl)
	for _, id := range ids {
		j, err := r.st.Get(id)
		require.NoError(t, err)
		require.Equal(t, store.Final, j.State, "job %s", id)
	}
}

// An L1 job refunded as overdue before its record was delivered (the
// sequencer was down past the delivery window) can never be delivered: the
// deliverer voids it in the store and still delivers every other record,
// of this batch and the next, and finishes both batches.
func TestDelivererSkipsUndeliverableRecords(t *testing.T) {
	ctx := context.Background()
	r := newL2Rig(t)
	ids, tx := proposeRig(t, r, DACalldata, 2, []int32{1, 17, 42}, []int32{1, 5, 6}, []int32{1, 9})
	rc := r.rollupConfig(t)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(rc.ChallengeWindow+rc.FinalityDelay+5)*time.Second))
	inbox := bindings.NewJobInbox()
	dw, err := call(ctx, r.chain.Client, r.addrs.JobInbox, inbox.PackDeliveryWindow(), inbox.UnpackDeliveryWindow)
	require.NoError(t, err)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(dw+5)*time.Second))
	user := &l1test.Sender{C: r.chain, I: 2}
	_, err = user.Send(ctx, r.addrs.JobInbox, inbox.PackRefundOverdue(ids[0].Key.Big()), nil)
	require.NoError(t, err)

	dl := NewDeliverer(r.st, r.chain.Client, tx, r.addrs.Rollup, r.models, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	stepAll(t, dl)
	j, err := r.st.Get(ids[0])
	require.NoError(t, err)
	require.Equal(t, store.Voided, j.State)
	require.Contains(t, j.VoidReason, "undeliverable")
	rb := bindings.NewRollup()
	for k, id := range ids[1:] {
		j, err := r.st.Get(id)
		require.NoError(t, err)
		require.Equal(t, store.Final, j.State, "job %s", id)
		bi, ri := big.NewInt(int64((k+1)/2)), big.NewInt(int64((k+1)%2))
		st, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackRecordStatus(bi, ri), rb.UnpackRecordStatus)
		require.NoError(t, err)
		require.Equal(t, recordDelivered, st, "record %v/%v", bi, ri)
	}
	for i := range uint64(2) {
		bt, err := r.st.GetBatch(i)
		require.NoError(t, err)
		require.Equal(t, store.BatchFinal, bt.Status)
	}
}
