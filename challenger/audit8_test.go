package challenger_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
)

// noRawLogs is an L1 endpoint that serves no log without a topic.
type noRawLogs struct{ challenger.L1 }

func (n noRawLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := n.L1.FilterLogs(ctx, q)
	out := logs[:0]
	for _, l := range logs {
		if len(l.Topics) != 0 {
			out = append(out, l)
		}
	}
	return out, err
}

// TestAudit8HiddenProposalReadFromLog (audit 8, high): a sequencer that is
// a contract or an EIP-7702 account builds its propose call from storage,
// so no transaction's input holds it. Before the fix the watcher had to
// data-challenge every record, and the sequencer answered each with the data
// it had all along and took every challenge bond (dataChallengeBond per
// record, every batch): a risk-free drain of the honest watchers, which can
// stop challenging only by letting a wrong hidden record through. Now the
// Rollup logs such a call's calldata (a log with no topic hashing to the
// batch's daCommitment) and the watcher reads the batch from it: it reports
// the invalid record and disputes the wrong one at once, bonding nothing for
// data.
func TestAudit8HiddenProposalReadFromLog(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 2, true)
	rb := bindings.NewRollup()
	outs := [][]int32{{5}, {5, 6, 7, 8}}
	recs := []record.JobRecord{r.rec(1, outs[0], 2e16), r.rec(2, outs[1], 1e15)} // a fee above the max; a wrong run
	r.propose(t, recs, outs)
	bt, err := rb.UnpackBatch(r.read(t, r.addrs.Rollup, rb.PackBatch(big.NewInt(0))))
	require.NoError(t, err)
	logs, err := r.chain.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{r.addrs.Rollup}})
	require.NoError(t, err)
	var raw int
	for _, l := range logs {
		if len(l.Topics) == 0 {
			raw++
			require.Equal(t, common.Hash(bt.DaCommitment), crypto.Keccak256Hash(l.Data), "the logged calldata is the batch's")
		}
	}
	require.Equal(t, 1, raw, "the hidden call's calldata is logged once")

	w, st, tx := r.watcher(t)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Reported, state(t, st, 0, 0).State, "%s", state(t, st, 0, 0).Note)
	require.Equal(t, challenger.Disputed, state(t, st, 0, 1).State, "%s", state(t, st, 0, 1).Note)
	for i := range int64(2) {
		dc, err := rb.UnpackDataChallenge(r.read(t, r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(0), big.NewInt(i))))
		require.NoError(t, err)
		require.Equal(t, common.Address{}, dc.Challenger, "record %d: no data challenge, no bond to lose", i)
	}
	held, err := rb.UnpackDataBondsHeld(r.read(t, r.addrs.Rollup, rb.PackDataBondsHeld()))
	require.NoError(t, err)
	require.Zero(t, held.Sign())
	credit, err := rb.UnpackCredit(r.read(t, r.addrs.Rollup, rb.PackCredit(tx.From())))
	require.NoError(t, err)
	require.Equal(t, r.cfg.BondPerRecord, credit, "the reporter takes the invalid record's bond")
}

// TestAudit8SurvivedUnreadableRecordIsLeft (audit 8, low): a record the
// watcher cannot read (its proposal built by a contract, the log of its
// calldata not served) and invalid (a fee above its job's max fee, the run
// itself honest) is data-challenged; a sock disputes it through a built call
// (closing the data challenge) and lets the proposer win. The watcher read it
// from GameSetup (no proof), watched the game and settled it; the record
// survived, so it can be neither data-challenged, disputed nor (without its
// proof) reported. Before the fix the watcher forgot it had read the record
// (an unreadable batch is decoded afresh each round), took it for a record
// challenged by another and went back and forth between Challenged and
// judging it every round, for good; now it reads Rollup.survived and leaves
// it, noted.
func TestAudit8SurvivedUnreadableRecordIsLeft(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 1, true)
	r.hideLogged = true
	rb := bindings.NewRollup()
	out, rr, kv := r.honest(t)
	rec := r.rec(1, out, 2e16)
	rec.ResidualRoot, rec.KvRoot = rr, kv
	proofs := r.propose(t, []record.JobRecord{rec}, [][]int32{out})
	w, st, _ := r.watcher(t)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Challenged, state(t, st, 0, 0).State)

	data, bond := r.disputeCall(t, rec, proofs[0], out)
	r.built(t, 4, r.addrs.Rollup, data, bond)
	game := r.gameOf(t)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Watching, state(t, st, 0, 0).State, "invalid, read from GameSetup, disputed: watched")

	// The proposer counters the sock's claim with the honest trace; the sock never answers.
	sp := canon.SampleParams{TemperatureMilli: r.params.TemperatureMilli, TopK: r.params.TopK, Seed: r.params.Seed}
	rep, err := fraud.NewReplay(ctx, r.m, r.tree, append(append([]int32{}, r.prompt...), out[:len(out)-1]...), len(r.prompt), sp, canon.Options{})
	require.NoError(t, err)
	proposer := fraud.NewAgent(fraud.ReplayActor(rep, 10, 24), fraud.NewContractGame(game, ethclient.NewClient(r.chain.RPC()), &l1test.Sender{C: r.chain, I: 1}),
		slogDiscard())
	n, err := proposer.Act(ctx)
	require.NoError(t, err)
	require.Positive(t, n)
	gc := deploy.DevnetGame(10, 24)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(gc.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx)) // resolves the game
	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.cfg.FinalityDelay+1)*time.Second))
	require.NoError(t, w.Step(ctx)) // settles it
	survived, err := rb.UnpackSurvived(r.read(t, r.addrs.Rollup, rb.PackSurvived(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.True(t, survived)

	for range 3 {
		_ = w.Step(ctx)
		e := state(t, st, 0, 0)
		require.Equal(t, challenger.Checked, e.State, "left for good: %s", e.Note)
		require.Contains(t, e.Note, "survived")
	}
}
