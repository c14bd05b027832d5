package devnet

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"
)

// TestDemo runs the demo path in process: a devnet with the challenger, two
// honest workers and one that corrupts every result, questions through the
// AskModel DApp and over RPC; every job a faulty worker served is voided
// after the challenger wins its dispute (an AskModel one refunded to its
// asker), every other job is final with its answer delivered, and the
// summary's numbers say so.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet through disputes")
	}
	ctx := context.Background()
	d, err := New(ctx, Config{Dir: t.TempDir(), L1Addr: "127.0.0.1:0", BlockTime: 500 * time.Millisecond, Workers: 3,
		FaultyWorkers: 1, FaultRate: 1, ChallengeWindow: 20 * time.Second, GameClock: 10 * time.Second, FinalityDelay: 2 * time.Second,
		RPCAddr: "127.0.0.1:0", MaxDelay: 200 * time.Millisecond, Challenger: true}, log.NewLogger(log.DiscardHandler()))
	require.NoError(t, err)
	defer func() { require.NoError(t, d.Stop(context.Background())) }()

	var progress bytes.Buffer
	s, err := d.Demo(ctx, DemoConfig{Asks: 3, L2Jobs: 2, Seed: 1, Timeout: 4 * time.Minute, MaxTopUps: 12, Progress: &progress})
	require.NoError(t, err, progress.String())
	var table bytes.Buffer
	require.NoError(t, s.WriteTable(&table))
	t.Logf("progress:\n%s\nsummary:\n%s", progress.String(), table.String())
	require.NoError(t, s.Err())

	require.GreaterOrEqual(t, len(s.Jobs), 5)
	faulty, faultyAsks := 0, 0
	for _, j := range s.Jobs {
		require.NotEmpty(t, j.Worker, "job %s was served", j.ID)
		if j.Faulty() {
			faulty++
			require.Equal(t, "voided", j.State, "faulty job %s", j.ID)
			if j.Via == "AskModel" {
				faultyAsks++
				require.True(t, j.Refunded, "voided question %s refunded", j.ID)
			}
			continue
		}
		require.Equal(t, "final", j.State, "honest job %s", j.ID)
		require.NotEqual(t, "<not answered>", j.Got, "AskModel holds the answer of %s", j.ID)
	}
	require.Positive(t, faulty, "a faulty worker served a job")
	require.Equal(t, faulty, s.FaultyJobs)
	require.Equal(t, faulty, s.Voided)
	require.Equal(t, faulty, s.Progress.Voided, "one RecordVoided per faulty record")
	require.Equal(t, faulty, s.Progress.Disputed)
	require.Equal(t, faulty, s.Progress.Won, "the challenger won every dispute")
	require.Zero(t, s.Progress.Lost)
	require.Equal(t, len(s.Jobs)-faulty, s.Final)
	require.Equal(t, len(s.Jobs)-faulty, s.Progress.Delivered)
	require.Equal(t, faultyAsks, s.Refunds)
	require.Equal(t, s.Final, s.Right+s.Wrong)
	require.Positive(t, s.GasAsks)
	require.Positive(t, s.GasSequencer)
	require.Positive(t, s.GasChallenger, "the challenger paid for its disputes")
	require.Positive(t, s.GasPerJob())
	require.Contains(t, table.String(), "disputes won")
}

// TestDemoLoneFaultyRecord: a faulty worker's record proposed alone in its
// batch (a one-record batch, whose inclusion proof is empty) is disputed and
// voided like any other, and its AskModel question refunded.
func TestDemoLoneFaultyRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet through a dispute")
	}
	ctx := context.Background()
	d, err := New(ctx, Config{Dir: t.TempDir(), L1Addr: "127.0.0.1:0", BlockTime: 500 * time.Millisecond, Workers: 1,
		FaultyWorkers: 1, FaultRate: 1, ChallengeWindow: 20 * time.Second, GameClock: 10 * time.Second, FinalityDelay: 2 * time.Second,
		RPCAddr: "127.0.0.1:0", MaxDelay: 200 * time.Millisecond, Challenger: true}, log.NewLogger(log.DiscardHandler()))
	require.NoError(t, err)
	defer func() { require.NoError(t, d.Stop(context.Background())) }()

	var progress bytes.Buffer
	s, err := d.Demo(ctx, DemoConfig{Asks: 1, Seed: 2, Timeout: 3 * time.Minute, Progress: &progress})
	require.NoError(t, err, progress.String())
	require.NoError(t, s.Err(), progress.String())
	require.Len(t, s.Jobs, 1)
	require.Equal(t, "voided", s.Jobs[0].State)
	require.True(t, s.Jobs[0].Refunded)
	require.EqualValues(t, 1, s.Progress.Batches)
	require.Equal(t, 1, s.Progress.Disputed)
	require.Equal(t, 1, s.Progress.Won)
	require.Equal(t, 1, s.Progress.Voided)
	require.Zero(t, s.Final)
	require.Equal(t, 1, s.Refunds)
}
