package dataset

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/airollup/airollup/prover/merkle"
)

// Domain tags the dataset root.
const Domain = "airollup.dataset.v1"

// Magic opens a canonical dataset file: Domain and a NUL.
const Magic = Domain + "\x00"

// ChunkTokens is the number of tokens per leaf of the tokens root.
const ChunkTokens = 32

var (
	// ErrInput is returned for source text Build cannot turn into a dataset.
	ErrInput = errors.New("dataset: bad input")
	// ErrLimit is returned for a dataset past one of its limits.
	ErrLimit = errors.New("dataset: over a limit")
	// ErrFormat is returned for a malformed canonical dataset file.
	ErrFormat = errors.New("dataset: malformed dataset file")
	// ErrRootMismatch is returned when a dataset is not the root it should be.
	ErrRootMismatch = errors.New("dataset: root mismatch")
)

// Limits bound what a dataset may hold. The zero value means DefaultLimits.
type Limits struct {
	MaxRecords int   // records in the dataset
	MaxTokens  int64 // tokens in all
}

// DefaultLimits are the limits of a zero Limits: 2^24 records and 2^31
// tokens (8 GiB of tokens in memory).
var DefaultLimits = Limits{MaxRecords: 1 << 24, MaxTokens: 1 << 31}

func (l Limits) orDefault() Limits {
	if l.MaxRecords <= 0 {
		l.MaxRecords = DefaultLimits.MaxRecords
	}
	if l.MaxTokens <= 0 {
		l.MaxTokens = DefaultLimits.MaxTokens
	}
	return l
}

// Dataset is a list of tokenized records and the tokenizer that made them.
type Dataset struct {
	// TokenizerHash is the tokenizer hash of the model whose tokenizer made
	// the records (llama.TokenizerHash; part of the model's metadata leaf).
	TokenizerHash merkle.Hash
	// Records are the records' tokens, in order; none is empty.
	Records [][]int32
}

// Tokens returns the number of tokens over all records.
func (d *Dataset) Tokens() int64 {
	var n int64
	for _, r := range d.Records {
		n += int64(len(r))
	}
	return n
}

// Root returns the dataset root (docs/protocol.md, "Dataset root"):
//
//	keccak256("airollup.dataset.v1" ‖ tokenizerHash ‖ be64(records) ‖ be64(tokens) ‖ recordsRoot ‖ tokensRoot)
//
// where recordsRoot is the Merkle root over one leaf per record,
// keccak256(be64(start) ‖ be32(length)) with start the record's first
// token's index in the concatenation of all records, and tokensRoot the
// Merkle root over that concatenation in chunks of 32 tokens (the last
// one shorter), each leaf keccak256 of its tokens as be32. A training step
// opens the tokens it reads, wherever they fall, against tokensRoot, and a
// record's bounds against recordsRoot.
func (d *Dataset) Root() merkle.Hash {
	h := merkle.NewHasher()
	recLeaves := make([]merkle.Hash, len(d.Records))
	var start int64
	var buf [12]byte
	for i, r := range d.Records {
		binary.BigEndian.PutUint64(buf[:8], uint64(start))
		binary.BigEndian.PutUint32(buf[8:], uint32(len(r)))
		recLeaves[i] = h.Sum(buf[:])
		start += int64(len(r))
	}
	tokLeaves := make([]merkle.Hash, 0, (start+ChunkTokens-1)/ChunkTokens)
	chunk := make([]byte, 0, 4*ChunkTokens)
	flush := func() {
		tokLeaves = append(tokLeaves, h.Sum(chunk))
		chunk = chunk[:0]
	}
	for _, r := range d.Records {
		for _, t := range r {
			chunk = binary.BigEndian.AppendUint32(chunk, uint32(t))
			if len(chunk) == 4*ChunkTokens {
				flush()
			}
		}
	}
	if len(chunk) > 0 {
		flush()
	}
	var recRoot, tokRoot merkle.Hash
	if len(recLeaves) > 0 {
		recRoot = merkle.RootInPlace(h, recLeaves)
	}
	if len(tokLeaves) > 0 {
		tokRoot = merkle.RootInPlace(h, tokLeaves)
	}
	var counts [16]byte
	binary.BigEndian.PutUint64(counts[:8], uint64(len(d.Records)))
	binary.BigEndian.PutUint64(counts[8:], uint64(start))
	return h.Sum([]byte(Domain), d.TokenizerHash[:], counts[:], recRoot[:], tokRoot[:])
}

// Size returns the length in bytes of the dataset's canonical file.
func (d *Dataset) Size() int64 {
	return int64(len(Magic)) + 32 + 16 + 4*int64(len(d.Records)) + 4*d.Tokens()
}

// WriteTo writes the canonical dataset file: Magic ‖ tokenizerHash ‖
// be64(records) ‖ be64(tokens) ‖ be32 length of each record ‖ be32 tokens of
// every record in order.
func (d *Dataset) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	put := func(b []byte) {
		m, _ := bw.Write(b) // the error is sticky and returned by Flush
		n += int64(m)
	}
	put([]byte(Magic))
	put(d.TokenizerHash[:])
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(len(d.Records)))
	put(b[:])
	binary.BigEndian.PutUint64(b[:], uint64(d.Tokens()))
	put(b[:])
	for _, r := range d.Records {
		binary.BigEndian.PutUint32(b[:4], uint32(len(r)))
		put(b[:4])
	}
	for _, r := range d.Records {
		for _, t := range r {
			binary.BigEndian.PutUint32(b[:4], uint32(t))
			put(b[:4])
		}
	}
	return n, bw.Flush()
}

// Bytes returns the canonical dataset file.
func (d *Dataset) Bytes() []byte {
	var buf bytes.Buffer
	buf.Grow(int(d.Size()))
	_, _ = d.WriteTo(&buf) // a bytes.Buffer never fails
	return buf.Bytes()
}

// Read decodes a canonical dataset file, refusing anything but exactly one
// well-formed file within limits: a wrong magic, counts past the limits or
// disagreeing with the record lengths, an empty record, a token id above
// 2^31 − 1, a short or over-long file.
func Read(r io.Reader, limits Limits) (*Dataset, error) {
	lim := limits.orDefault()
	br := bufio.NewReader(r)
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
	}
	head := make([]byte, len(Magic)+32+16)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, bad("header: %v", err)
	}
	if string(head[:len(Magic)]) != Magic {
		return nil, bad("magic %q, want %q", head[:len(Magic)], Magic)
	}
	d := &Dataset{}
	copy(d.TokenizerHash[:], head[len(Magic):])
	records := binary.BigEndian.Uint64(head[len(Magic)+32:])
	tokens := binary.BigEndian.Uint64(head[len(Magic)+40:])
	if records == 0 || records > uint64(lim.MaxRecords) {
		return nil, fmt.Errorf("%w: records = %d, must be 1..%d", ErrLimit, records, lim.MaxRecords)
	}
	if tokens < records || tokens > uint64(lim.MaxTokens) {
		return nil, fmt.Errorf("%w: tokens = %d, must be %d (one per record) .. %d", ErrLimit, tokens, records, lim.MaxTokens)
	}
	lens := make([]uint32, records)
	var sum uint64
	var b [4]byte
	for i := range lens {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, bad("record %d length: %v", i, err)
		}
		lens[i] = binary.BigEndian.Uint32(b[:])
		if lens[i] == 0 {
			return nil, bad("record %d is empty", i)
		}
		sum += uint64(lens[i])
		if sum > tokens {
			return nil, bad("record lengths exceed the %d tokens of the header", tokens)
		}
	}
	if sum != tokens {
		return nil, bad("record lengths sum to %d, the header says %d tokens", sum, tokens)
	}
	all := make([]int32, tokens)
	for i := range all {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, bad("token %d: %v", i, err)
		}
		v := binary.BigEndian.Uint32(b[:])
		if v > 1<<31-1 {
			return nil, bad("token %d = %d is not a token id", i, v)
		}
		all[i] = int32(v)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, bad("trailing bytes after the %d tokens", tokens)
	}
	d.Records = make([][]int32, records)
	for i, n := range lens {
		d.Records[i], all = all[:n:n], all[n:]
	}
	return d, nil
}

// Tokenizer tokenizes one record's text (with the model's added special
// tokens: llama.cpp's llama_tokenize with add_special and without
// parse_special).
type Tokenizer interface {
	Tokenize(text string, addSpecial, parseSpecial bool) []int32
}

// Format is the layout of the source text Build reads.
type Format int

const (
	// JSONL has one record per non-blank line: a JSON object whose "text"
	// field is a string (other fields are ignored).
	JSONL Format = iota
	// Text has one record per paragraph: runs of lines separated by one or
	// more blank lines; a record's lines keep their newlines between them.
	Text
)

// Source configures Build.
type Source struct {
	Format        Format
	Tokenizer     Tokenizer
	TokenizerHash merkle.Hash
	// MaxRecordTokens is the longest record, in tokens, that may be built:
	// the training context. A longer one is refused, naming it.
	MaxRecordTokens int
	Limits          Limits
}

// Build reads source text (JSONL or plain text, UTF-8) into a dataset:
// each record is tokenized as Tokenizer.Tokenize(text, true, false), the
// way llama.cpp tokenizes a document with its model's added special
// tokens. It refuses, naming the line or record and the limit: text that
// is not UTF-8, a JSONL line that is not an object with a "text" string, an
// empty record, a record longer than MaxRecordTokens, an empty source, and
// a dataset past Limits.
func Build(src []byte, s Source) (*Dataset, error) {
	if s.Tokenizer == nil || s.MaxRecordTokens <= 0 {
		return nil, fmt.Errorf("%w: a tokenizer and a positive record length are required", ErrInput)
	}
	lim := s.Limits.orDefault()
	d := &Dataset{TokenizerHash: s.TokenizerHash}
	var tokens int64
	add := func(where, text string) error {
		if text == "" {
			return fmt.Errorf("%w: %s: the record is empty", ErrInput, where)
		}
		if len(d.Records) == lim.MaxRecords {
			return fmt.Errorf("%w: %s: more than %d records", ErrLimit, where, lim.MaxRecords)
		}
		toks := s.Tokenizer.Tokenize(text, true, false)
		if len(toks) == 0 {
			return fmt.Errorf("%w: %s: the record has no tokens", ErrInput, where)
		}
		if len(toks) > s.MaxRecordTokens {
			return fmt.Errorf("%w: %s: the record is %d tokens, over the model's context of %d", ErrLimit, where, len(toks), s.MaxRecordTokens)
		}
		if tokens += int64(len(toks)); tokens > lim.MaxTokens {
			return fmt.Errorf("%w: %s: the dataset passes %d tokens", ErrLimit, where, lim.MaxTokens)
		}
		d.Records = append(d.Records, toks)
		return nil
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	switch s.Format {
	case JSONL:
		for i, raw := range lines {
			where := fmt.Sprintf("line %d", i+1)
			line := bytes.TrimSpace(raw)
			if len(line) == 0 {
				continue
			}
			if !utf8.Valid(line) {
				return nil, fmt.Errorf("%w: %s is not valid UTF-8", ErrInput, where)
			}
			var rec struct {
				Text *string `json:"text"`
			}
			if err := json.Unmarshal(line, &rec); err != nil || rec.Text == nil {
				msg := "no \"text\" string"
				if err != nil {
					msg = err.Error()
				}
				return nil, fmt.Errorf("%w: %s: want a JSON object with a \"text\" string (%s)", ErrInput, where, msg)
			}
			if err := add(where, *rec.Text); err != nil {
				return nil, err
			}
		}
	case Text:
		var para []byte
		first := 0
		flush := func() error {
			if len(para) == 0 {
				return nil
			}
			text := string(bytes.TrimRight(para, "\r\n"))
			para = para[:0]
			return add(fmt.Sprintf("record at line %d", first), text)
		}
		for i, raw := range lines {
			if !utf8.Valid(raw) {
				return nil, fmt.Errorf("%w: line %d is not valid UTF-8", ErrInput, i+1)
			}
			if len(bytes.TrimSpace(raw)) == 0 {
				if err := flush(); err != nil {
					return nil, err
				}
				continue
			}
			if len(para) == 0 {
				first = i + 1
			}
			para = append(para, raw...)
		}
		if err := flush(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: unknown format %d", ErrInput, s.Format)
	}
	if len(d.Records) == 0 {
		return nil, fmt.Errorf("%w: the source holds no record", ErrInput)
	}
	return d, nil
}

// Verify checks that d is the dataset of root.
func Verify(d *Dataset, root merkle.Hash) error {
	if got := d.Root(); got != root {
		return fmt.Errorf("%w: the data is %x, want %x", ErrRootMismatch, got, root)
	}
	return nil
}
