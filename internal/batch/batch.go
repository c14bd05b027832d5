package batch

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
)

// PayloadVersion is the first byte of an uncompressed batch payload.
const PayloadVersion byte = 1

// Limits every encoder enforces and every decoder checks before it allocates.
const (
	// MaxRecords is Rollup.MAX_RECORDS: the most records one proposal may carry.
	MaxRecords = 4096
	// MaxRecordBytes caps one ABI-encoded JobRecord (576 bytes today: the
	// struct is static, 18 words; a few more words leave room to grow).
	MaxRecordBytes = 2048
	// MaxOutputBytes caps one output: JobInbox.MAX_TOKENS be32 token ids.
	MaxOutputBytes = 8192 * 4
	// MaxRequestBytes caps one signed L2 request: JobInbox.MAX_INPUT_BYTES of
	// input plus 1 KiB for the other fields and the signature, as
	// jobreq.MaxEncodedBytes and RecordValidity.MAX_REQUEST_BYTES (Rollup.propose
	// and resolveData refuse longer request bytes).
	MaxRequestBytes = 32*1024 + 1024
	// MaxBatchBytes caps the uncompressed payload (decompression-bomb guard).
	MaxBatchBytes = 16 << 20
	// MaxChannelBytes caps the compressed channel: at most a batch's worth.
	MaxChannelBytes = MaxBatchBytes
	// MaxFrames caps the frames of one channel.
	MaxFrames = 1024
)

// Sentinel errors. Every decoding error wraps one of them (errors.Is), and its
// message names the field and, for a limit, the limit.
var (
	// ErrLimit: a count or size is over a limit; the error is a *LimitError.
	ErrLimit = errors.New("batch: over limit")
	// ErrVersion: an unknown version or compression byte.
	ErrVersion = errors.New("batch: unknown version")
	// ErrMalformed: bytes that do not parse (truncated, trailing, bad flags).
	ErrMalformed = errors.New("batch: malformed")
	// ErrRoot: the records do not hash to the records root the payload names.
	ErrRoot = errors.New("batch: records root mismatch")
	// ErrCompression: the channel does not decompress.
	ErrCompression = errors.New("batch: bad compressed data")
	// ErrFrames: frames that do not form one complete, consistent channel.
	ErrFrames = errors.New("batch: inconsistent frames")
	// ErrBlob: a blob that is not a packed frame sequence.
	ErrBlob = errors.New("batch: invalid blob")
)

// LimitError is a count or size over one of the package's limits.
type LimitError struct {
	Field string // what was measured, e.g. "records[3].output"
	Limit string // the limit's constant, e.g. "MaxOutputBytes"
	Max   uint64 // its value
	Got   uint64 // what was found (or at least this much)
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("batch: %s is %d, over the limit %s = %d", e.Field, e.Got, e.Limit, e.Max)
}

// Unwrap makes errors.Is(err, ErrLimit) hold.
func (e *LimitError) Unwrap() error { return ErrLimit }

func overLimit(field, limit string, max, got uint64) error {
	return &LimitError{Field: field, Limit: limit, Max: max, Got: got}
}

// Record is one job's entry in a batch: what a challenger needs to check it.
type Record struct {
	// Record is abi.encode(IRollup.JobRecord), opaque here: its keccak256 is
	// the record's Merkle leaf.
	Record []byte
	// Output is the job's output bytes (be32 token ids for inference).
	Output []byte
	// Request is the signed L2 request, empty for a job submitted on L1.
	Request []byte
}

// Batch is a proposal's data: its index and its records in order.
type Batch struct {
	Index   uint64
	Records []Record
}

// Root returns the batch's records root: the prover/merkle tree over
// keccak256(record) — what Rollup.propose computes with LibMerkle.computeRoot
// and fraud.RecordsRoot in Go.
func (b *Batch) Root() (merkle.Hash, error) {
	if err := b.check(); err != nil {
		return merkle.Hash{}, err
	}
	return b.root(), nil
}

func (b *Batch) root() merkle.Hash {
	k := merkle.NewHasher()
	leaves := make([]merkle.Hash, len(b.Records))
	for i := range b.Records {
		leaves[i] = k.Sum(b.Records[i].Record)
	}
	return merkle.RootInPlace(k, leaves)
}

// check enforces the limits on a batch being encoded.
func (b *Batch) check() error {
	n := len(b.Records)
	if n == 0 {
		return fmt.Errorf("%w: records: a batch needs at least one", ErrMalformed)
	}
	if n > MaxRecords {
		return overLimit("records", "MaxRecords", MaxRecords, uint64(n))
	}
	size := uint64(headerBytes)
	for i := range b.Records {
		r := &b.Records[i]
		if err := checkEntry(i, len(r.Record), len(r.Output), len(r.Request)); err != nil {
			return err
		}
		size += 12 + uint64(len(r.Record)) + uint64(len(r.Output)) + uint64(len(r.Request))
	}
	if size > MaxBatchBytes {
		return overLimit("payload", "MaxBatchBytes", MaxBatchBytes, size)
	}
	return nil
}

func checkEntry(i, record, output, request int) error {
	switch {
	case record == 0:
		return fmt.Errorf("%w: records[%d].record is empty", ErrMalformed, i)
	case record > MaxRecordBytes:
		return overLimit(fmt.Sprintf("records[%d].record", i), "MaxRecordBytes", MaxRecordBytes, uint64(record))
	case output > MaxOutputBytes:
		return overLimit(fmt.Sprintf("records[%d].output", i), "MaxOutputBytes", MaxOutputBytes, uint64(output))
	case request > MaxRequestBytes:
		return overLimit(fmt.Sprintf("records[%d].request", i), "MaxRequestBytes", MaxRequestBytes, uint64(request))
	}
	return nil
}

// headerBytes is the payload header: version, batch index, records root, count.
const headerBytes = 1 + 8 + 32 + 4

// EncodePayload returns the batch's uncompressed payload (docs/protocol.md,
// "Batch data format"):
//
//	payload = version (1) ‖ batchIndex (u64) ‖ recordsRoot (32) ‖ count (u32) ‖ entry × count
//	entry   = len (u32) ‖ record ‖ len (u32) ‖ output ‖ len (u32) ‖ request
//
// Integers are big-endian. The encoding is canonical: DecodePayload accepts
// exactly the outputs of EncodePayload.
func EncodePayload(b *Batch) ([]byte, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	root := b.root()
	size := headerBytes
	for i := range b.Records {
		size += 12 + len(b.Records[i].Record) + len(b.Records[i].Output) + len(b.Records[i].Request)
	}
	p := make([]byte, 0, size)
	p = append(p, PayloadVersion)
	p = binary.BigEndian.AppendUint64(p, b.Index)
	p = append(p, root[:]...)
	p = binary.BigEndian.AppendUint32(p, uint32(len(b.Records)))
	for i := range b.Records {
		for _, f := range [][]byte{b.Records[i].Record, b.Records[i].Output, b.Records[i].Request} {
			p = binary.BigEndian.AppendUint32(p, uint32(len(f)))
			p = append(p, f...)
		}
	}
	return p, nil
}

// DecodePayload parses a payload, checking every limit before it allocates
// and the records against the records root the payload names. The records'
// byte slices alias p.
func DecodePayload(p []byte) (*Batch, error) {
	if uint64(len(p)) > MaxBatchBytes {
		return nil, overLimit("payload", "MaxBatchBytes", MaxBatchBytes, uint64(len(p)))
	}
	if len(p) < headerBytes {
		return nil, fmt.Errorf("%w: payload header: need %d bytes, have %d", ErrMalformed, headerBytes, len(p))
	}
	if p[0] != PayloadVersion {
		return nil, fmt.Errorf("%w: payload version %d (want %d)", ErrVersion, p[0], PayloadVersion)
	}
	b := &Batch{Index: binary.BigEndian.Uint64(p[1:9])}
	var want merkle.Hash
	copy(want[:], p[9:41])
	n := binary.BigEndian.Uint32(p[41:45])
	if n == 0 {
		return nil, fmt.Errorf("%w: records: a batch needs at least one", ErrMalformed)
	}
	if n > MaxRecords {
		return nil, overLimit("records", "MaxRecords", MaxRecords, uint64(n))
	}
	// Each entry takes at least 13 bytes (three lengths, a non-empty record):
	// a count the remaining bytes cannot hold is refused before allocating.
	rest := p[headerBytes:]
	if uint64(n)*13 > uint64(len(rest)) {
		return nil, fmt.Errorf("%w: records: %d entries need at least %d bytes, have %d", ErrMalformed, n, uint64(n)*13, len(rest))
	}
	b.Records = make([]Record, n)
	names := [3]string{"record", "output", "request"}
	for i := range b.Records {
		var fields [3][]byte
		for j := range fields {
			if len(rest) < 4 {
				return nil, fmt.Errorf("%w: records[%d].%s length: truncated", ErrMalformed, i, names[j])
			}
			l := uint64(binary.BigEndian.Uint32(rest))
			rest = rest[4:]
			if l > uint64(len(rest)) {
				return nil, fmt.Errorf("%w: records[%d].%s: %d bytes, %d left", ErrMalformed, i, names[j], l, len(rest))
			}
			fields[j], rest = rest[:l:l], rest[l:]
		}
		if err := checkEntry(i, len(fields[0]), len(fields[1]), len(fields[2])); err != nil {
			return nil, err
		}
		b.Records[i] = Record{Record: fields[0], Output: fields[1], Request: fields[2]}
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: payload: %d trailing bytes after %d records", ErrMalformed, len(rest), n)
	}
	if got := b.root(); got != want {
		return nil, fmt.Errorf("%w: payload names %x, records hash to %x", ErrRoot, want, got)
	}
	return b, nil
}

// Equal reports whether two batches hold the same index and records (nil and
// empty byte slices are equal).
func (b *Batch) Equal(o *Batch) bool {
	if b.Index != o.Index || len(b.Records) != len(o.Records) {
		return false
	}
	for i := range b.Records {
		x, y := &b.Records[i], &o.Records[i]
		if !bytes.Equal(x.Record, y.Record) || !bytes.Equal(x.Output, y.Output) || !bytes.Equal(x.Request, y.Request) {
			return false
		}
	}
	return true
}
