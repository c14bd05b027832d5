package batch

import (
	"encoding/binary"
	"math/rand/v2"
)

// Generators of realistic batches for the tests: records laid out as
// abi.encode(IRollup.JobRecord) (static words: jobId, kind, modelRoot,
// inputHash, promptLen, outputLen, params (5 words), outputHash,
// residualRoot, kvRoot, fee, plus the L2 requestHash word being added),
// outputs of 16–256 be32 token ids from a 32k vocabulary, and L2 requests of
// the same shape as their prompt plus a few fields and a 65-byte signature.

const vocab = 32000

func randTokens(r *rand.Rand, n int) []byte {
	out := make([]byte, 4*n)
	for i := range n {
		binary.BigEndian.PutUint32(out[4*i:], uint32(r.IntN(vocab)))
	}
	return out
}

func randWord(r *rand.Rand) (w [32]byte) {
	for i := 0; i < 32; i += 8 {
		binary.LittleEndian.PutUint64(w[i:], r.Uint64())
	}
	return w
}

func uintWord(v uint64) (w [32]byte) {
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

// realisticRecord returns a job's record, output and (for an L2 job) request.
func realisticRecord(r *rand.Rand, jobID uint64, modelRoot [32]byte, l2 bool) Record {
	promptLen := 16 + r.IntN(241)
	outputLen := 16 + r.IntN(241)
	output := randTokens(r, outputLen)
	var request []byte
	requestHash := [32]byte{}
	if l2 {
		// kind, modelRoot, input, params, maxFee, callback, nonce, expiry, sig.
		request = append(request, 0)
		request = append(request, modelRoot[:]...)
		request = binary.BigEndian.AppendUint32(request, uint32(4*promptLen))
		request = append(request, randTokens(r, promptLen)...)
		request = binary.BigEndian.AppendUint32(request, uint32(outputLen))
		request = append(request, make([]byte, 12)...)
		seed := randWord(r)
		request = append(request, seed[:]...)
		request = binary.BigEndian.AppendUint64(request, 1e15)
		request = append(request, make([]byte, 20)...)
		request = binary.BigEndian.AppendUint64(request, uint64(r.IntN(1000)))
		request = binary.BigEndian.AppendUint64(request, 1_800_000_000)
		for range 65 {
			request = append(request, byte(r.Uint32()))
		}
		requestHash = randWord(r)
	}
	words := [][32]byte{
		uintWord(jobID), uintWord(0), modelRoot, randWord(r),
		uintWord(uint64(promptLen)), uintWord(uint64(outputLen)),
		uintWord(uint64(outputLen)), uintWord(0), uintWord(0), uintWord(0), randWord(r),
		randWord(r), randWord(r), randWord(r), uintWord(1e15), requestHash,
	}
	rec := make([]byte, 0, 32*len(words))
	for _, w := range words {
		rec = append(rec, w[:]...)
	}
	return Record{Record: rec, Output: output, Request: request}
}

func realisticBatch(r *rand.Rand, index uint64, n int, l2 bool) *Batch {
	b := &Batch{Index: index, Records: make([]Record, n)}
	model := randWord(r)
	for i := range b.Records {
		b.Records[i] = realisticRecord(r, index*10_000+uint64(i), model, l2)
	}
	return b
}

// randomBatch returns a batch of arbitrary bytes: any record, output and
// request length from empty (non-empty for the record) to a few hundred
// bytes, sometimes at the limits.
func randomBatch(r *rand.Rand) *Batch {
	n := 1 + r.IntN(40)
	if r.IntN(10) == 0 {
		n = 1 + r.IntN(400)
	}
	b := &Batch{Index: r.Uint64() >> r.IntN(64), Records: make([]Record, n)}
	size := func(lo, limit int) int {
		switch r.IntN(20) {
		case 0:
			return limit
		case 1:
			return lo
		}
		return lo + r.IntN(min(limit-lo, 600)+1)
	}
	for i := range b.Records {
		rb := func(n int) []byte {
			out := make([]byte, n)
			for j := range out {
				out[j] = byte(r.IntN(4) * r.IntN(256)) // some zeros, some repeats
			}
			return out
		}
		b.Records[i] = Record{
			Record:  rb(size(1, MaxRecordBytes)),
			Output:  rb(size(0, MaxOutputBytes)),
			Request: rb(size(0, MaxRequestBytes)),
		}
	}
	return b
}
