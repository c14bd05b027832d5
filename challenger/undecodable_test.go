package challenger_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/sequencer"
)

// blobMap serves fixed blobs by batch index.
type blobMap map[uint64][]kzg4844.Blob

func (m blobMap) Blobs(_ context.Context, p challenger.Proposal) ([]kzg4844.Blob, error) {
	return m[p.Index], nil
}

// TestChallengerGarbageBlobs: a proposer posts a blob batch whose blob is
// not a batch at all (committed on L1, so the blob source's copy matches the
// daCommitment). The watcher cannot read its record: it data-challenges it,
// and once the data window passes unanswered it voids it with
// voidUnavailable: the job is refunded, and the record's bond and the
// challenge bond are the watcher's credit.
func TestChallengerGarbageBlobs(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, sequencer.DABlobs, func(c *l1test.Chain) sequencer.TxSender { return testTxMgr(t, c, 1) })
	good, err := challenger.SequencerBlobs{RPC: r.rc}.Blobs(ctx, challenger.Proposal{Index: 0})
	require.NoError(t, err)
	require.NoError(t, r.seq.Stop(ctx))
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	read := func(to common.Address, data []byte) []byte {
		out, err := r.chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}

	// Job 3, proposed by the sequencer's key as batch 1 with a garbage blob.
	user := &l1test.Sender{C: r.chain, I: 2}
	_, err = user.Send(ctx, r.addrs.JobInbox, inbox.PackSubmit(0, 1, canon.TokenBytes([]int32{1, 5, 9}), 0,
		bindings.IJobInboxParams{MaxTokens: 4}, common.Address{}, 0), big.NewInt(1e16))
	require.NoError(t, err)
	garbage, err := batch.PackBlob([]byte("these bytes are not a batch"))
	require.NoError(t, err)
	cfg := deploy.DevnetRollup()
	_, err = testTxMgr(t, r.chain, 1).Send(ctx, txmgr.TxCandidate{To: &r.addrs.Rollup, Value: cfg.BondPerRecord,
		TxData: rb.PackProposeBlobs(1, common.Hash{0x5e}, []uint64{3}), Blobs: []*eth.Blob{(*eth.Blob)(garbage)}})
	require.NoError(t, err)

	models := reexec.NewModels(r.modelDir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	tx := challenger.TxMgrSender{M: testTxMgr(t, r.chain, 3)}
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: r.addrs.Rollup}, ethclient.NewClient(r.chain.RPC()), tx,
		blobMap{0: good, 1: {*garbage}}, models, st, log.NewLogger(log.DiscardHandler()), nil)
	require.NoError(t, err)
	state := func(b uint64, i uint32) challenger.RecordState {
		e, ok, err := st.Record(b, i)
		require.NoError(t, err)
		require.True(t, ok, "record %d/%d judged", b, i)
		return e.State
	}
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Checked, state(0, 0), "the readable batch is judged as usual")
	require.Equal(t, challenger.Disputed, state(0, 1))
	require.Equal(t, challenger.Challenged, state(1, 0), "the garbage blob's record is data-challenged")
	dc, err := rb.UnpackDataChallenge(read(r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(1), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, tx.From(), dc.Challenger)

	require.NoError(t, r.chain.AdvanceTime(time.Duration(cfg.DataWindow+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Settled, state(1, 0))
	rs, err := rb.UnpackRecordStatus(read(r.addrs.Rollup, rb.PackRecordStatus(big.NewInt(1), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, challenger.StatusVoided, rs, "the unreadable record is voided")
	js, err := inbox.UnpackStatusOf(read(r.addrs.JobInbox, inbox.PackStatusOf(big.NewInt(3))))
	require.NoError(t, err)
	require.EqualValues(t, 4, js, "job 3 refunded (IJobInbox.Status.Refunded)")
	credit, err := rb.UnpackCredit(read(r.addrs.Rollup, rb.PackCredit(tx.From())))
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(cfg.BondPerRecord, cfg.DataChallengeBond), credit, "the record's bond and the challenge bond")
}
