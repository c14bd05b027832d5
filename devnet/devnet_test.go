package devnet

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer/client"
)

// TestDevnetRunsAJobToDelivery starts a devnet (embedded L1 serving HTTP,
// contracts, model, sequencer, one worker, the challenger), submits an L2 job
// with the user's key from devnet.json, and sees it delivered on L1,
// undisputed.
func TestDevnetRunsAJobToDelivery(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d, err := New(ctx, Config{Dir: dir, L1Addr: "127.0.0.1:0", BlockTime: 100 * time.Millisecond, Workers: 1,
		ChallengeWindow: 2 * time.Second, FinalityDelay: time.Second, RPCAddr: "127.0.0.1:0", MaxDelay: 200 * time.Millisecond,
		Challenger: true},
		log.NewLogger(log.DiscardHandler()))
	require.NoError(t, err)
	defer func() { require.NoError(t, d.Stop(context.Background())) }()

	b, err := os.ReadFile(filepath.Join(dir, "devnet.json"))
	require.NoError(t, err)
	var info Info
	require.NoError(t, json.Unmarshal(b, &info))
	require.Equal(t, d.Info.Contracts.Rollup, info.Contracts.Rollup)
	require.NotEmpty(t, info.L1RPC)

	c, err := client.Dial(ctx, info.SequencerRPC)
	require.NoError(t, err)
	defer c.Close()
	p, err := c.L2Params(ctx)
	require.NoError(t, err)
	key, err := crypto.HexToECDSA(info.UserKey)
	require.NoError(t, err)
	req := client.Inference(crypto.PubkeyToAddress(key.PublicKey), info.Model.ID, []uint32{1, 5, 9}, record.JobParams{MaxTokens: 4},
		p.MinFee.ToInt(), 1, uint64(time.Now().Add(time.Hour).Unix()))
	res, err := c.Submit(ctx, req, jobreq.Domain{ChainID: p.ChainID.ToInt(), Inbox: common.Address(p.Inbox)}, key)
	require.NoError(t, err)

	deadline := time.Now().Add(time.Minute)
	for {
		s, err := c.Status(ctx, res.ID)
		require.NoError(t, err)
		if s.State == "final" {
			break
		}
		require.True(t, time.Now().Before(deadline), "job still %s", s.State)
		time.Sleep(100 * time.Millisecond)
	}
	pr, err := d.Progress(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 1, pr.Batches)
	require.Equal(t, 1, pr.Delivered)
	require.Zero(t, pr.Voided)
	require.Zero(t, pr.Disputed, "the challenger leaves an honest record alone")
	require.Contains(t, pr.String(), "disputes: 0 opened, 0 won, 0 lost")
}

// TestConfigCheck: each invalid field is refused, naming its flag.
func TestConfigCheck(t *testing.T) {
	ok := Config{Dir: "x", L1Addr: "127.0.0.1:0", BlockTime: time.Second, Workers: 2, ChallengeWindow: 30 * time.Second}
	require.NoError(t, ok.Check())
	for _, tc := range []struct {
		edit func(*Config)
		want string
	}{
		{func(c *Config) { c.Dir = "" }, "--data-dir"},
		{func(c *Config) { c.Workers = 65 }, "--workers 65"},
		{func(c *Config) { c.FaultyWorkers = 3 }, "--faulty-workers 3"},
		{func(c *Config) { c.ChallengeWindow = time.Millisecond }, "--challenge-window"},
		{func(c *Config) { c.GameClock = time.Second }, "--game-clock 1s under 2 seconds"},
		{func(c *Config) { c.Keys = []string{"zz", "zz", "zz", "zz"} }, "--keys: key 0"},
	} {
		c := ok
		tc.edit(&c)
		err := c.Check()
		require.ErrorIs(t, err, ErrConfig, tc.want)
		require.ErrorContains(t, err, tc.want)
	}
}
