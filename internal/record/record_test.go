package record_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/merkle"
)

func randomRecord(r *rand.Rand) record.JobRecord {
	h := func() (out [32]byte) {
		for i := range out {
			out[i] = byte(r.Uint32())
		}
		return out
	}
	fee := new(big.Int).Lsh(big.NewInt(int64(r.Uint64()>>1)), uint(r.IntN(65)))
	return record.JobRecord{
		JobID: r.Uint64(), Kind: uint8(r.IntN(3)), ModelRoot: h(), InputHash: h(),
		PromptLen: r.Uint32(), OutputLen: r.Uint32(),
		Params:     record.JobParams{MaxTokens: r.Uint32(), TemperatureMilli: r.Uint32(), TopK: r.Uint32(), TopPMicro: r.Uint32(), Seed: h()},
		OutputHash: h(), ResidualRoot: h(), KvRoot: h(), Fee: fee, RequestHash: h(),
		DatasetRoot: h(), NewModelRoot: h(),
	}
}

func toBinding(rec record.JobRecord) bindings.IRollupJobRecord {
	return bindings.IRollupJobRecord{JobId: rec.JobID, Kind: rec.Kind, ModelRoot: rec.ModelRoot, InputHash: rec.InputHash,
		PromptLen: rec.PromptLen, OutputLen: rec.OutputLen,
		Params: bindings.IJobInboxParams{MaxTokens: rec.Params.MaxTokens, TemperatureMilli: rec.Params.TemperatureMilli,
			TopK: rec.Params.TopK, TopPMicro: rec.Params.TopPMicro, Seed: rec.Params.Seed},
		OutputHash: rec.OutputHash, ResidualRoot: rec.ResidualRoot, KvRoot: rec.KvRoot, Fee: rec.Fee, RequestHash: rec.RequestHash,
		DatasetRoot: rec.DatasetRoot, NewModelRoot: rec.NewModelRoot}
}

// TestJobRecordMatchesSolidity: the Go record hashes to what Solidity
// computes from the same fields (keccak256(abi.encode(record)), RecordHarness),
// for random records including the extremes of every field, and
// record.RecordsRoot is the root Rollup.propose builds (LibMerkle.computeRoot)
// for every batch size up to 33.
func TestJobRecordMatchesSolidity(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 1)
	h := bindings.NewRecordHarness()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.RecordHarnessMetaData.Bin), nil)
	r := rand.New(rand.NewPCG(1, 2))
	records := []record.JobRecord{{Fee: new(big.Int)}}
	maxRec := randomRecord(r)
	maxRec.JobID, maxRec.Kind, maxRec.PromptLen, maxRec.OutputLen = ^uint64(0), 2, ^uint32(0), ^uint32(0)
	maxRec.Fee = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	records = append(records, maxRec)
	for range 31 {
		records = append(records, randomRecord(r))
	}
	for i, rec := range records {
		want, err := rec.Hash()
		require.NoError(t, err)
		out, err := chain.Client.CallContract(ctx, callMsg(addr, h.PackRecordHash(toBinding(rec))), nil)
		require.NoError(t, err)
		got, err := h.UnpackRecordHash(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(want), got, "record %d", i)
	}
	for n := 1; n <= len(records); n++ {
		want, _, err := record.RecordsRoot(records[:n])
		require.NoError(t, err)
		args := make([]bindings.IRollupJobRecord, n)
		for i := range args {
			args[i] = toBinding(records[i])
		}
		out, err := chain.Client.CallContract(ctx, callMsg(addr, h.PackRecordsRoot(args)), nil)
		require.NoError(t, err)
		got, err := h.UnpackRecordsRoot(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(want), got, "records root of %d", n)
	}
	bad := records[1]
	bad.Fee = new(big.Int).Lsh(big.NewInt(1), 128)
	_, err := bad.Encode()
	require.ErrorIs(t, err, record.ErrRecord, "a fee over uint128 is refused")
	_, _, err = record.RecordsRoot(nil)
	require.ErrorIs(t, err, record.ErrRecord, "an empty batch is refused")
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// TestRecordsRootProofs: every record's proof is non-nil — a one-record
// batch's is empty, its root the record's hash — and each verifies.
func TestRecordsRootProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 5} {
		records := make([]record.JobRecord, n)
		for i := range records {
			records[i] = randomRecord(r)
		}
		root, proofs, err := record.RecordsRoot(records)
		require.NoError(t, err)
		require.Len(t, proofs, n)
		for i, p := range proofs {
			require.NotNil(t, p, "batch of %d, record %d", n, i)
			h, err := records[i].Hash()
			require.NoError(t, err)
			ps := make([]merkle.Hash, len(p))
			for k := range p {
				ps[k] = merkle.Hash(p[k])
			}
			require.NoError(t, merkle.Verify(merkle.Hash(root), merkle.Hash(h), uint64(i), ps), "batch of %d, record %d", n, i)
		}
		if n == 1 {
			require.Empty(t, proofs[0])
			h, err := records[0].Hash()
			require.NoError(t, err)
			require.Equal(t, h, root, "a one-record batch's root is its record's hash")
		}
	}
}
