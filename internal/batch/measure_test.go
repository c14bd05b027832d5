package batch

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// abiBatchBytes is the size of today's blob batch body,
// abi.encode(JobRecord[] records, bytes[] outputs) for static records: two
// head words, the records array (length word and the records in place) and
// the outputs array (length word, one offset word per output, each output as
// a length word and its bytes padded to a word).
func abiBatchBytes(b *Batch) int {
	n := 64 + 32 + 32
	for _, r := range b.Records {
		n += len(r.Record) + 32 + 32 + (len(r.Output)+31)/32*32
	}
	return n
}

// calldataGas is the EIP-2028 calldata cost: 16 gas per non-zero byte, 4 per
// zero byte.
func calldataGas(txs [][]byte) int {
	g := 0
	for _, tx := range txs {
		for _, c := range tx {
			if c == 0 {
				g += 4
			} else {
				g += 16
			}
		}
	}
	return g
}

// TestDABytesPerJob measures (and logs; it asserts no sizes beyond the
// round trip and the frame limits) the DA bytes per job of realistic batches
// of 1, 100 and 1000 jobs, L1 jobs (no request) and L2 jobs (signed request
// with the prompt), in calldata and in blobs. Run with -v for the table.
func TestDABytesPerJob(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	var table strings.Builder
	fmt.Fprintf(&table, "\n| jobs | kind | abi.encode B/job | payload B/job | zlib B/job | calldata txs | calldata B/job | calldata gas/job | blobs | blob B/job |\n")
	fmt.Fprintf(&table, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, n := range []int{1, 100, 1000} {
		for _, l2 := range []bool{false, true} {
			b := realisticBatch(r, uint64(n), n, l2)
			payload, err := EncodePayload(b)
			require.NoError(t, err)
			channel, err := Compress(payload)
			require.NoError(t, err)
			txs, err := EncodeCalldata(b)
			require.NoError(t, err)
			calldata := 0
			for _, tx := range txs {
				require.LessOrEqual(t, len(tx), MaxCalldataBytes)
				calldata += len(tx)
			}
			got, err := DecodeCalldata(txs)
			require.NoError(t, err)
			require.True(t, b.Equal(got))
			blobs, err := EncodeBlobs(b)
			require.NoError(t, err)
			got, err = DecodeBlobs(blobs)
			require.NoError(t, err)
			require.True(t, b.Equal(got))

			kind := "L1"
			if l2 {
				kind = "L2"
			}
			per := func(x int) string { return fmt.Sprintf("%.0f", float64(x)/float64(n)) }
			fmt.Fprintf(&table, "| %d | %s | %s | %s | %s | %d | %s | %s | %d | %s |\n",
				n, kind, per(abiBatchBytes(b)), per(len(payload)), per(len(channel)),
				len(txs), per(calldata), per(calldataGas(txs)), len(blobs), per(len(blobs)*len(blobs[0])))
		}
	}
	t.Log(table.String())
}
