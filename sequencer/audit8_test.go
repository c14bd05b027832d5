package sequencer

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
)

// sendOrder is a TxSender that notes the selector of each call it sends.
type sendOrder struct {
	TxSender
	mu   sync.Mutex
	sels [][]byte
}

func (s *sendOrder) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	s.mu.Lock()
	s.sels = append(s.sels, c.TxData[:4])
	s.mu.Unlock()
	return s.TxSender.Send(ctx, c)
}

// TestAudit8AnswersBeforeDelivering (audit 8, medium): a griefer
// data-challenges an honest record of a later batch at the end of its window
// while earlier batches have records to deliver. Each transaction waits for
// its receipt, so before the fix the deliverer delivered every deliverable
// record of the earlier batches before it reached the challenge: enough of
// them (or enough challenges, each behind the deliveries before it) and the
// data window ran out, the honest record was voided as unavailable and its
// bond went to the griefer. Now a step answers every open challenge first.
func TestAudit8AnswersBeforeDelivering(t *testing.T) {
	ctx := context.Background()
	r := newL2Rig(t)
	_, tx := proposeRig(t, r, DACalldata, 1, []int32{1, 17, 42}, []int32{1, 5, 6}) // batches 0 and 1
	rb := bindings.NewRollup()
	rc := r.rollupConfig(t)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(rc.ChallengeWindow-100)*time.Second))
	griefer := &l1test.Sender{C: r.chain, I: 2}
	_, err := griefer.Send(ctx, r.addrs.Rollup, rb.PackChallengeData(1, 0), rc.DataChallengeBond)
	require.NoError(t, err)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(100+rc.FinalityDelay+10)*time.Second)) // batch 0 deliverable

	s := &sendOrder{TxSender: tx}
	dl := NewDeliverer(r.st, r.chain.Client, s, r.addrs.Rollup, r.models, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	_, _ = dl.Step(ctx)
	require.GreaterOrEqual(t, len(s.sels), 2, "an answer and a delivery")
	a, err := bindings.RollupMetaData.ParseABI()
	require.NoError(t, err)
	require.True(t, bytes.Equal(a.Methods["resolveData"].ID, s.sels[0]), "the answer goes first")
	require.True(t, bytes.Equal(a.Methods["deliver"].ID, s.sels[1]))
	c, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(1), big.NewInt(0)), rb.UnpackDataChallenge)
	require.NoError(t, err)
	require.True(t, c.Resolved)
}

// barrierSender holds every resolveData it sends until n of them are in
// flight at once (or ctx ends): answers sent one after another never get
// past it.
type barrierSender struct {
	TxSender
	n       int
	mu      sync.Mutex
	waiting int
	all     chan struct{}
}

func (s *barrierSender) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	if bytes.Equal(c.TxData[:4], a.Methods["resolveData"].ID) {
		s.mu.Lock()
		if s.waiting++; s.waiting == s.n {
			close(s.all)
		}
		s.mu.Unlock()
		select {
		case <-s.all:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return s.TxSender.Send(ctx, c)
}

// TestDelivererAnswersChallengesConcurrently: a griefer data-challenges
// records of three batches at once. Each answer waits for its receipt, so
// answered one after another a burst of challenges costs a confirmation
// time each and the last can miss its deadline; the deliverer sends them
// all at once (the barrier lets no answer through until all three are in
// flight) and every one is resolved.
func TestDelivererAnswersChallengesConcurrently(t *testing.T) {
	r := newL2Rig(t)
	_, tx := proposeRig(t, r, DACalldata, 1, []int32{1, 17, 42}, []int32{1, 5, 6}, []int32{1, 9, 9, 9}) // batches 0, 1, 2
	rb := bindings.NewRollup()
	rc := r.rollupConfig(t)
	griefer := &l1test.Sender{C: r.chain, I: 2}
	for b := uint64(0); b < 3; b++ {
		_, err := griefer.Send(context.Background(), r.addrs.Rollup, rb.PackChallengeData(b, 0), rc.DataChallengeBond)
		require.NoError(t, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := &barrierSender{TxSender: tx, n: 3, all: make(chan struct{})}
	dl := NewDeliverer(r.st, r.chain.Client, s, r.addrs.Rollup, r.models, log.NewLogger(log.DiscardHandler()), NoopMetrics{})
	changed, err := dl.Step(ctx)
	require.NoError(t, err)
	require.True(t, changed)
	for b := int64(0); b < 3; b++ {
		c, err := call(ctx, r.chain.Client, r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(b), big.NewInt(0)), rb.UnpackDataChallenge)
		require.NoError(t, err)
		require.True(t, c.Resolved, "batch %d's challenge answered", b)
	}
}
