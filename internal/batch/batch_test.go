package batch

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// TestRoundTripRandomBatches is the property test: every batch decodes to
// itself from its calldata, from its blobs, and from its frames cut small,
// shuffled and duplicated.
func TestRoundTripRandomBatches(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 60 {
		b := randomBatch(r)
		if iter%3 == 0 {
			b = realisticBatch(r, uint64(iter), 1+r.IntN(50), iter%2 == 0)
		}
		root, err := b.Root()
		require.NoError(t, err)

		txs, err := EncodeCalldata(b)
		require.NoError(t, err)
		for _, tx := range txs {
			require.LessOrEqual(t, len(tx), MaxCalldataBytes)
		}
		got, err := DecodeCalldata(txs)
		require.NoError(t, err, "iteration %d", iter)
		require.True(t, b.Equal(got), "iteration %d: calldata round trip", iter)

		blobs, err := EncodeBlobs(b)
		require.NoError(t, err)
		got, err = DecodeBlobs(blobs)
		require.NoError(t, err, "iteration %d", iter)
		require.True(t, b.Equal(got), "iteration %d: blob round trip", iter)
		gotRoot, err := got.Root()
		require.NoError(t, err)
		require.Equal(t, root, gotRoot)

		payload, err := EncodePayload(b)
		require.NoError(t, err)
		channel, err := Compress(payload)
		require.NoError(t, err)
		chunk := max(1+r.IntN(300), (len(channel)+MaxFrames-1)/MaxFrames)
		frames, err := EncodeFrames(b, FrameHeaderBytes+chunk)
		require.NoError(t, err)
		for range r.IntN(len(frames) + 1) {
			frames = append(frames, frames[r.IntN(len(frames))])
		}
		r.Shuffle(len(frames), func(i, j int) { frames[i], frames[j] = frames[j], frames[i] })
		got, err = DecodeFrames(frames)
		require.NoError(t, err, "iteration %d", iter)
		require.True(t, b.Equal(got), "iteration %d: shuffled frames", iter)
	}
}

// TestRootIsLibMerkle checks Root against the tree LibMerkle.computeRoot
// builds, written out: keccak leaves, zero-padded odd levels, zero for two
// zero children (prover/merkle's rules).
func TestRootIsLibMerkle(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		b := realisticBatch(r, 7, n, false)
		level := make([]merkle.Hash, n)
		for i := range b.Records {
			level[i] = merkle.Keccak(b.Records[i].Record)
		}
		for len(level) > 1 {
			if len(level)%2 == 1 {
				level = append(level, merkle.Hash{})
			}
			next := make([]merkle.Hash, len(level)/2)
			for i := range next {
				next[i] = merkle.Keccak(level[2*i][:], level[2*i+1][:])
			}
			level = next
		}
		got, err := b.Root()
		require.NoError(t, err)
		require.Equal(t, level[0], got, "%d records", n)
	}
}

func limitErr(t *testing.T, err error, field, limit string) {
	t.Helper()
	require.ErrorIs(t, err, ErrLimit)
	var le *LimitError
	require.ErrorAs(t, err, &le)
	require.Equal(t, field, le.Field)
	require.Equal(t, limit, le.Limit)
	require.Greater(t, le.Got, le.Max)
	require.Contains(t, err.Error(), field)
	require.Contains(t, err.Error(), limit)
}

func TestEncodeRefusesOverLimits(t *testing.T) {
	one := func(rec, out, req int) *Batch {
		return &Batch{Records: []Record{{Record: make([]byte, 32)}, {Record: make([]byte, rec), Output: make([]byte, out), Request: make([]byte, req)}}}
	}
	_, err := EncodePayload(one(MaxRecordBytes+1, 0, 0))
	limitErr(t, err, "records[1].record", "MaxRecordBytes")
	_, err = EncodePayload(one(32, MaxOutputBytes+1, 0))
	limitErr(t, err, "records[1].output", "MaxOutputBytes")
	_, err = EncodePayload(one(32, 0, MaxRequestBytes+1))
	limitErr(t, err, "records[1].request", "MaxRequestBytes")
	_, err = EncodePayload(one(0, 0, 0))
	require.ErrorIs(t, err, ErrMalformed)
	_, err = EncodePayload(&Batch{})
	require.ErrorIs(t, err, ErrMalformed)

	many := &Batch{Records: make([]Record, MaxRecords+1)}
	_, err = EncodePayload(many)
	limitErr(t, err, "records", "MaxRecords")

	// MaxRecords records with maximal outputs are over MaxBatchBytes.
	big := &Batch{Records: make([]Record, MaxRecords)}
	out := make([]byte, MaxOutputBytes)
	for i := range big.Records {
		big.Records[i] = Record{Record: []byte{1}, Output: out}
	}
	_, err = EncodePayload(big)
	limitErr(t, err, "payload", "MaxBatchBytes")

	// Frames too small for the channel: over MaxFrames.
	r := rand.New(rand.NewPCG(5, 6))
	_, err = EncodeFrames(realisticBatch(r, 1, 20, false), FrameHeaderBytes+1)
	limitErr(t, err, "frame count", "MaxFrames")
	_, err = EncodeFrames(realisticBatch(r, 1, 1, false), FrameHeaderBytes)
	require.ErrorIs(t, err, ErrMalformed)
}

// payloadWith builds a payload by hand: header fields and raw entry bytes.
func payloadWith(version byte, index uint64, root merkle.Hash, count uint32, entries ...[]byte) []byte {
	p := []byte{version}
	p = binary.BigEndian.AppendUint64(p, index)
	p = append(p, root[:]...)
	p = binary.BigEndian.AppendUint32(p, count)
	for _, e := range entries {
		p = append(p, e...)
	}
	return p
}

func entry(rec, out, req []byte) []byte {
	var e []byte
	for _, f := range [][]byte{rec, out, req} {
		e = binary.BigEndian.AppendUint32(e, uint32(len(f)))
		e = append(e, f...)
	}
	return e
}

func TestDecodePayloadRefuses(t *testing.T) {
	rec := []byte("record")
	root := merkle.Keccak(rec)
	good := payloadWith(PayloadVersion, 9, root, 1, entry(rec, []byte("out"), nil))
	b, err := DecodePayload(good)
	require.NoError(t, err)
	require.Equal(t, uint64(9), b.Index)
	require.Equal(t, rec, b.Records[0].Record)
	require.Empty(t, b.Records[0].Request)
	re, err := EncodePayload(b)
	require.NoError(t, err)
	require.Equal(t, good, re)

	_, err = DecodePayload(payloadWith(2, 9, root, 1, entry(rec, nil, nil)))
	require.ErrorIs(t, err, ErrVersion)
	_, err = DecodePayload(good[:headerBytes-1])
	require.ErrorIs(t, err, ErrMalformed)
	_, err = DecodePayload(append(append([]byte{}, good...), 0))
	require.ErrorIs(t, err, ErrMalformed)
	require.Contains(t, err.Error(), "trailing")
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, merkle.Hash{1}, 1, entry(rec, nil, nil)))
	require.ErrorIs(t, err, ErrRoot)
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 0))
	require.ErrorIs(t, err, ErrMalformed)
	// A count the bytes cannot hold is refused before any allocation.
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 2, entry(rec, nil, nil)))
	require.ErrorIs(t, err, ErrMalformed)
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, MaxRecords+1))
	limitErr(t, err, "records", "MaxRecords")
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 1, entry(nil, nil, nil)))
	require.ErrorIs(t, err, ErrMalformed)
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 1, entry(rec, make([]byte, MaxOutputBytes+1), nil)))
	limitErr(t, err, "records[0].output", "MaxOutputBytes")
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 1, entry(rec, nil, make([]byte, MaxRequestBytes+1))))
	limitErr(t, err, "records[0].request", "MaxRequestBytes")
	_, err = DecodePayload(payloadWith(PayloadVersion, 9, root, 1, entry(make([]byte, MaxRecordBytes+1), nil, nil)))
	limitErr(t, err, "records[0].record", "MaxRecordBytes")
	// A length past the end.
	bad := payloadWith(PayloadVersion, 9, root, 1, binary.BigEndian.AppendUint32(nil, 1<<31), rec, make([]byte, 20))
	_, err = DecodePayload(bad)
	require.ErrorIs(t, err, ErrMalformed)
	require.Contains(t, err.Error(), "records[0].record")
}

func TestDecompressRefuses(t *testing.T) {
	ch, err := Compress([]byte("payload"))
	require.NoError(t, err)
	p, err := Decompress(ch)
	require.NoError(t, err)
	require.Equal(t, []byte("payload"), p)

	_, err = Decompress(nil)
	require.ErrorIs(t, err, ErrMalformed)
	_, err = Decompress(append([]byte{1}, ch[1:]...))
	require.ErrorIs(t, err, ErrVersion)
	_, err = Decompress(append(append([]byte{}, ch...), 0))
	require.ErrorIs(t, err, ErrMalformed)
	require.Contains(t, err.Error(), "after the zlib stream")
	_, err = Decompress(ch[:len(ch)-2])
	require.ErrorIs(t, err, ErrCompression)
	corrupt := append([]byte{}, ch...)
	corrupt[len(corrupt)-1] ^= 1 // adler-32
	_, err = Decompress(corrupt)
	require.ErrorIs(t, err, ErrCompression)
	_, err = Decompress([]byte{CompressionZlib, 1, 2, 3})
	require.ErrorIs(t, err, ErrCompression)
}

// TestDecompressionBomb feeds 256 MiB of zeros compressed to a few hundred
// KiB: the decoder refuses it naming MaxBatchBytes, and allocates less than
// twice the limit doing so.
func TestDecompressionBomb(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteByte(CompressionZlib)
	w, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	require.NoError(t, err)
	zeros := make([]byte, 1<<20)
	for range 256 {
		_, err := w.Write(zeros)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	require.Less(t, buf.Len(), 1<<20)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err = Decompress(buf.Bytes())
	runtime.ReadMemStats(&after)
	limitErr(t, err, "payload", "MaxBatchBytes")
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("bomb: %d compressed bytes, %d bytes allocated refusing it", buf.Len(), allocated)
	require.Less(t, allocated, uint64(2*MaxBatchBytes))

	// Through frames too.
	frames, err := Split(ChannelID{}, buf.Bytes(), MaxCalldataBytes)
	require.NoError(t, err)
	_, err = DecodeFrames(frames)
	limitErr(t, err, "payload", "MaxBatchBytes")
}

func TestReassembleRefuses(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	b := realisticBatch(r, 3, 30, true)
	frames, err := EncodeFrames(b, 4096)
	require.NoError(t, err)
	require.Greater(t, len(frames), 3)
	clone := func() []Frame { return append([]Frame(nil), frames...) }

	_, err = DecodeFrames(nil)
	require.ErrorIs(t, err, ErrFrames)

	missing := clone()[1:]
	_, err = DecodeFrames(missing)
	require.ErrorIs(t, err, ErrFrames)
	require.Contains(t, err.Error(), "frame 0 of")

	conflict := clone()
	d := append([]byte{}, conflict[2].Data...)
	d[0] ^= 1
	conflict = append(conflict, Frame{Channel: conflict[2].Channel, Number: 2, Count: conflict[2].Count, Data: d})
	_, err = DecodeFrames(conflict)
	require.ErrorIs(t, err, ErrFrames)
	require.Contains(t, err.Error(), "different frame 2")

	other := clone()
	other[1].Channel[0] ^= 1
	_, err = DecodeFrames(other)
	require.ErrorIs(t, err, ErrFrames)

	count := clone()
	count[1].Count++
	_, err = DecodeFrames(count)
	require.ErrorIs(t, err, ErrFrames)

	number := clone()
	number[1].Number = number[1].Count
	_, err = DecodeFrames(number)
	require.ErrorIs(t, err, ErrFrames)

	_, _, err = Reassemble([]Frame{{Count: MaxFrames + 1, Data: []byte{1}}})
	limitErr(t, err, "frame count", "MaxFrames")
	_, _, err = Reassemble([]Frame{{Count: 0, Data: []byte{1}}})
	require.ErrorIs(t, err, ErrFrames)

	// A well-formed channel under the wrong channel id: frames of another
	// batch cannot pass as this one's.
	relabel := clone()
	for i := range relabel {
		relabel[i].Channel = ChannelIDFor(b.Index+1, merkle.Hash{})
	}
	_, err = DecodeFrames(relabel)
	require.ErrorIs(t, err, ErrFrames)
	require.Contains(t, err.Error(), "channel")
}

func TestParseFramesRefuses(t *testing.T) {
	f := Frame{Channel: ChannelID{1}, Number: 0, Count: 1, Data: []byte("data")}
	enc, err := f.AppendBinary(nil)
	require.NoError(t, err)
	two := append(append([]byte{}, enc...), enc...)
	got, err := ParseFrames(two)
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Equal(t, f, got[1])

	_, err = ParseFrames(nil)
	require.ErrorIs(t, err, ErrMalformed)
	_, err = ParseFrames(enc[:len(enc)-1])
	require.ErrorIs(t, err, ErrMalformed)
	_, err = ParseFrames(append(append([]byte{}, enc...), 1))
	require.ErrorIs(t, err, ErrMalformed)
	_, err = ParseFrames(append([]byte{2}, enc[1:]...))
	require.ErrorIs(t, err, ErrVersion)
	empty, err := (&Frame{Count: 1}).AppendBinary(nil)
	require.NoError(t, err)
	_, err = ParseFrames(empty)
	require.ErrorIs(t, err, ErrMalformed)
}

func TestBlobPacking(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{0, 1, 27, 31, 32, 1000, BlobDataBytes} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.Uint32())
		}
		blob, err := PackBlob(data)
		require.NoError(t, err)
		for i := range BlobFieldElements {
			require.Zero(t, blob[32*i], "field element %d", i)
		}
		// 31 bytes per field element: data byte j sits at 32*((j+4)/31)+1+(j+4)%31.
		if n > 0 {
			j := n - 1
			require.Equal(t, data[j], blob[32*((j+4)/31)+1+(j+4)%31])
		}
		got, err := UnpackBlob(blob)
		require.NoError(t, err)
		require.Equal(t, data, got)
	}
	_, err := PackBlob(make([]byte, BlobDataBytes+1))
	limitErr(t, err, "blob data", "BlobDataBytes")

	blob, err := PackBlob([]byte("abc"))
	require.NoError(t, err)
	high := *blob
	high[32*100] = 1
	_, err = UnpackBlob(&high)
	require.ErrorIs(t, err, ErrBlob)
	require.Contains(t, err.Error(), "field element 100")
	padding := *blob
	padding[32*4000+7] = 1
	_, err = UnpackBlob(&padding)
	require.ErrorIs(t, err, ErrBlob)
	long := *blob
	long[1], long[2] = 0xff, 0xff
	_, err = UnpackBlob(&long)
	limitErr(t, err, "blob data length", "BlobDataBytes")
	_, err = DecodeBlobs([]kzg4844.Blob{high})
	require.ErrorIs(t, err, ErrBlob)
	require.Contains(t, err.Error(), "blob 0")
}

// TestErrorsAreTyped decodes many corruptions of valid calldata: every
// failure wraps one of the sentinels.
func TestErrorsAreTyped(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	b := realisticBatch(r, 4, 5, true)
	txs, err := EncodeCalldata(b)
	require.NoError(t, err)
	require.Len(t, txs, 1)
	sentinels := []error{ErrLimit, ErrVersion, ErrMalformed, ErrRoot, ErrCompression, ErrFrames, ErrBlob}
	for range 500 {
		tx := append([]byte{}, txs[0]...)
		switch r.IntN(3) {
		case 0:
			tx[r.IntN(len(tx))] ^= byte(1 + r.IntN(255))
		case 1:
			tx = tx[:r.IntN(len(tx))]
		case 2:
			tx = append(tx, byte(r.Uint32()))
		}
		_, err := DecodeCalldata([][]byte{tx})
		if err == nil {
			continue
		}
		typed := false
		for _, s := range sentinels {
			typed = typed || errors.Is(err, s)
		}
		require.True(t, typed, "untyped error: %v", err)
	}
}
