package fraud_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
)

func randomRecord(r *rand.Rand) fraud.JobRecord {
	h := func() (out [32]byte) {
		for i := range out {
			out[i] = byte(r.Uint32())
		}
		return out
	}
	fee := new(big.Int).Lsh(big.NewInt(int64(r.Uint64()>>1)), uint(r.IntN(65)))
	return fraud.JobRecord{
		JobID: r.Uint64(), Kind: uint8(r.IntN(3)), ModelRoot: h(), InputHash: h(),
		PromptLen: r.Uint32(), OutputLen: r.Uint32(),
		Params:     fraud.JobParams{MaxTokens: r.Uint32(), TemperatureMilli: r.Uint32(), TopK: r.Uint32(), TopPMicro: r.Uint32(), Seed: h()},
		OutputHash: h(), ResidualRoot: h(), KvRoot: h(), Fee: fee,
	}
}

func toBinding(rec fraud.JobRecord) bindings.IRollupJobRecord {
	return bindings.IRollupJobRecord{JobId: rec.JobID, Kind: rec.Kind, ModelRoot: rec.ModelRoot, InputHash: rec.InputHash,
		PromptLen: rec.PromptLen, OutputLen: rec.OutputLen,
		Params: bindings.IJobInboxParams{MaxTokens: rec.Params.MaxTokens, TemperatureMilli: rec.Params.TemperatureMilli,
			TopK: rec.Params.TopK, TopPMicro: rec.Params.TopPMicro, Seed: rec.Params.Seed},
		OutputHash: rec.OutputHash, ResidualRoot: rec.ResidualRoot, KvRoot: rec.KvRoot, Fee: rec.Fee}
}

// TestJobRecordMatchesSolidity: the Go record hashes to what Rollup.recordHash
// computes from the same fields (keccak256(abi.encode(record))), for random
// records including the extremes of every field.
func TestJobRecordMatchesSolidity(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 2)
	a, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 10, Game: deploy.DevnetGame(4, 8), VM: deploy.Alphabet,
		Rollup: deploy.DevnetRollup(),
	})
	require.NoError(t, err)
	rollup := bindings.NewRollup()
	r := rand.New(rand.NewPCG(1, 2))
	records := []fraud.JobRecord{{Fee: new(big.Int)}}
	maxRec := randomRecord(r)
	maxRec.JobID, maxRec.Kind, maxRec.PromptLen, maxRec.OutputLen = ^uint64(0), 2, ^uint32(0), ^uint32(0)
	maxRec.Fee = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	records = append(records, maxRec)
	for range 30 {
		records = append(records, randomRecord(r))
	}
	for i, rec := range records {
		want, err := rec.Hash()
		require.NoError(t, err)
		out, err := chain.Client.CallContract(ctx, callMsg(a.Rollup, rollup.PackRecordHash(toBinding(rec))), nil)
		require.NoError(t, err)
		got, err := rollup.UnpackRecordHash(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(want), got, "record %d", i)
	}
	bad := records[1]
	bad.Fee = new(big.Int).Lsh(big.NewInt(1), 128)
	_, err = bad.Encode()
	require.ErrorIs(t, err, fraud.ErrRecord, "a fee over uint128 is refused")
	_, _, err = fraud.RecordsRoot(nil)
	require.ErrorIs(t, err, fraud.ErrRecord, "an empty batch is refused")
}
