package challenger_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/internal/record"
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
