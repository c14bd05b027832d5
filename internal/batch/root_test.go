package batch_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/record"
)

// TestRootMatchesRecord checks that a batch of real ABI-encoded records has
// the records root record.RecordsRoot gives (which
// record.TestJobRecordMatchesSolidity checks against Rollup.propose), and
// that it survives encoding. Only this test imports fraud; the package does
// not.
func TestRootMatchesRecord(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	for _, n := range []int{1, 2, 3, 7, 64} {
		records := make([]record.JobRecord, n)
		b := &batch.Batch{Index: uint64(n)}
		for i := range records {
			rec := record.JobRecord{
				JobID: r.Uint64(), Kind: record.KindInference, PromptLen: 16, OutputLen: 8,
				Params: record.JobParams{MaxTokens: 8},
				Fee:    big.NewInt(r.Int64()),
			}
			for j := range rec.OutputHash {
				rec.ModelRoot[j], rec.InputHash[j], rec.OutputHash[j] = byte(r.Uint32()), byte(r.Uint32()), byte(r.Uint32())
			}
			records[i] = rec
			enc, err := rec.Encode()
			require.NoError(t, err)
			b.Records = append(b.Records, batch.Record{Record: enc, Output: make([]byte, 32)})
		}
		want, _, err := record.RecordsRoot(records)
		require.NoError(t, err)
		got, err := b.Root()
		require.NoError(t, err)
		require.Equal(t, want, common.Hash(got), "%d records", n)

		blobs, err := batch.EncodeBlobs(b)
		require.NoError(t, err)
		dec, err := batch.DecodeBlobs(blobs)
		require.NoError(t, err)
		got, err = dec.Root()
		require.NoError(t, err)
		require.Equal(t, want, common.Hash(got))
	}
}
