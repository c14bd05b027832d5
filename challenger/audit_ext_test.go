package challenger_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/internal/l1test"
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
