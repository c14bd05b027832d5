package batch

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

var sentinels = []error{ErrLimit, ErrVersion, ErrMalformed, ErrRoot, ErrCompression, ErrFrames, ErrBlob}

func requireTyped(t *testing.T, err error) {
	t.Helper()
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error wraps no sentinel: %v", err)
}

// checkDecoded asserts that a decoded batch is within every limit and
// re-encodes to a batch that decodes to itself.
func checkDecoded(t *testing.T, b *Batch) {
	t.Helper()
	require.NotEmpty(t, b.Records)
	require.LessOrEqual(t, len(b.Records), MaxRecords)
	for _, r := range b.Records {
		require.NotEmpty(t, r.Record)
		require.LessOrEqual(t, len(r.Record), MaxRecordBytes)
		require.LessOrEqual(t, len(r.Output), MaxOutputBytes)
		require.LessOrEqual(t, len(r.Request), MaxRequestBytes)
	}
	txs, err := EncodeCalldata(b)
	require.NoError(t, err)
	again, err := DecodeCalldata(txs)
	require.NoError(t, err)
	require.True(t, b.Equal(again), "re-encoded batch decodes differently")
}

// trimmedBlob returns the bytes of a blob up to its last non-zero byte.
func trimmedBlob(blob *kzg4844.Blob) []byte {
	return bytes.TrimRight(blob[:], "\x00")
}

func fuzzSeeds(t testing.TB) map[string][]byte {
	r := rand.New(rand.NewPCG(21, 22))
	seeds := map[string][]byte{}
	one := realisticBatch(r, 1, 1, false)
	txs, err := EncodeCalldata(one)
	require.NoError(t, err)
	seeds["valid-calldata-1"] = txs[0]

	// Three L2 jobs cut into small frames, laid out of order with a duplicate.
	three := realisticBatch(r, 2, 3, true)
	frames, err := EncodeFrames(three, 1024)
	require.NoError(t, err)
	var data []byte
	for i := len(frames) - 1; i >= 0; i-- {
		data, _ = frames[i].AppendBinary(data)
	}
	data, _ = frames[0].AppendBinary(data)
	seeds["valid-frames-3-shuffled"] = data

	payload, err := EncodePayload(realisticBatch(r, 3, 2, true))
	require.NoError(t, err)
	seeds["valid-payload-2"] = payload

	blobs, err := EncodeBlobs(realisticBatch(r, 4, 1, true))
	require.NoError(t, err)
	seeds["valid-blob-1"] = trimmedBlob(&blobs[0])

	return seeds
}

// decodeAny decodes data as calldata, as the start of a blob and as a
// payload, checking every outcome; it reports which succeeded.
func decodeAny(t *testing.T, data []byte) (ok []string) {
	if b, err := DecodeCalldata([][]byte{data}); err != nil {
		requireTyped(t, err)
	} else {
		checkDecoded(t, b)
		// The payload the frames carried is the canonical encoding of b.
		frames, err := ParseFrames(data)
		require.NoError(t, err)
		_, ch, err := Reassemble(frames)
		require.NoError(t, err)
		payload, err := Decompress(ch)
		require.NoError(t, err)
		re, err := EncodePayload(b)
		require.NoError(t, err)
		require.Equal(t, payload, re)
		ok = append(ok, "calldata")
	}
	if len(data) <= len(kzg4844.Blob{}) {
		blobs := make([]kzg4844.Blob, 1)
		copy(blobs[0][:], data)
		if b, err := DecodeBlobs(blobs); err != nil {
			requireTyped(t, err)
		} else {
			checkDecoded(t, b)
			ok = append(ok, "blob")
		}
	}
	if b, err := DecodePayload(data); err != nil {
		requireTyped(t, err)
	} else {
		checkDecoded(t, b)
		re, err := EncodePayload(b)
		require.NoError(t, err)
		require.Equal(t, data, re, "a decoded payload is its batch's canonical encoding")
		ok = append(ok, "payload")
	}
	return ok
}

// FuzzDecode: bytes as calldata frames, as a blob or as a payload never
// panic, fail only with typed errors, and when they decode, the batch is
// within the limits and re-encodes consistently.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeAny(t, data)
	})
}

// TestFuzzCorpus checks the committed seed corpus is still in step with the
// format: every valid-* entry decodes (one way or another).
func TestFuzzCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	seeds := fuzzSeeds(t)
	found := 0
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
		require.Len(t, lines, 2, e.Name())
		require.Equal(t, "go test fuzz v1", lines[0])
		lit, ok := strings.CutPrefix(lines[1], "[]byte(")
		require.True(t, ok, e.Name())
		s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
		require.NoError(t, err, e.Name())
		data := []byte(s)
		if want, ok := seeds[e.Name()]; ok {
			found++
			require.Equal(t, want, data, "%s is stale: regenerate it from fuzzSeeds", e.Name())
		}
		got := decodeAny(t, data)
		if strings.HasPrefix(e.Name(), "valid-") {
			require.NotEmpty(t, got, "%s does not decode", e.Name())
		}
	}
	require.Equal(t, len(seeds), found, "every seed is committed")
}
