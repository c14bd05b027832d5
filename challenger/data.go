package challenger

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/merkle"
)

// ErrData is returned for batch data that cannot be used: a proposal
// transaction that is not the batch's, blobs that do not match its
// daCommitment, or a payload that does not decode to its records root.
var ErrData = errors.New("challenger: bad batch data")

// ErrBlobs is returned with an all-unreadable BatchData for blobs that do not
// match the batch's daCommitment (or none at all).
var ErrBlobs = errors.New("challenger: blobs do not match the batch's daCommitment")

// Proposal is a BatchProposed event as the challenger keeps it.
type Proposal struct {
	Index        uint64      `json:"index"`
	RecordsRoot  common.Hash `json:"recordsRoot"`
	RecordCount  uint32      `json:"recordCount"`
	DaCommitment common.Hash `json:"daCommitment"`
	Block        uint64      `json:"block"`
	BlockHash    common.Hash `json:"blockHash"`
	Tx           common.Hash `json:"tx"`
}

// BatchData is a batch's records as the challenger read them. Readable[i]
// says record i, its output and its request were found and match the batch;
// only then are Records[i], Outputs[i] and Requests[i] set. Proofs are the
// records' inclusion proofs, set once every record's leaf is known: blobs
// that decode to the records root, or every record readable.
type BatchData struct {
	Index    uint64
	Blobs    bool
	JobIDs   []uint64 // proposeBlobs' jobIds; nil for a calldata batch, or a proposeBlobs call not found
	Records  []record.JobRecord
	Outputs  [][]byte
	Requests [][]byte
	Readable []bool
	Proofs   [][]common.Hash
	// Inputs are the job inputs of records read from their dispute (nil
	// elsewhere: the input is read from the request or the JobInbox).
	Inputs [][]byte
}

var rollupABI = func() *abi.ABI {
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(err) // generated bindings
	}
	return a
}()

var inboxABI = func() *abi.ABI {
	a, err := bindings.JobInboxMetaData.ParseABI()
	if err != nil {
		panic(err) // generated bindings
	}
	return a
}()

var factoryABI = func() *abi.ABI {
	a, err := bindings.DisputeGameFactoryMetaData.ParseABI()
	if err != nil {
		panic(err) // generated bindings
	}
	return a
}()

// recordArgs decodes one abi.encode(IRollup.JobRecord): the element type of
// propose's records argument.
var recordArgs = abi.Arguments{{Type: *rollupABI.Methods["propose"].Inputs[1].Type.Elem}}

func method(input []byte, name string) ([]any, error) {
	m := rollupABI.Methods[name]
	if len(input) < 4 || !bytes.Equal(input[:4], m.ID) {
		return nil, fmt.Errorf("%w: the transaction does not call Rollup.%s", ErrData, name)
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: decode Rollup.%s: %w", ErrData, name, err)
	}
	return args, nil
}

// fromBinding is record.JobRecord of an ABI-decoded IRollup.JobRecord.
func fromBinding(b bindings.IRollupJobRecord) record.JobRecord {
	p := b.Params
	return record.JobRecord{JobID: b.JobId, Kind: b.Kind, ModelRoot: b.ModelRoot, InputHash: b.InputHash, PromptLen: b.PromptLen,
		OutputLen: b.OutputLen, Params: record.JobParams{MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK,
			TopPMicro: p.TopPMicro, Seed: p.Seed}, OutputHash: b.OutputHash, ResidualRoot: b.ResidualRoot, KvRoot: b.KvRoot,
		Fee: b.Fee, RequestHash: b.RequestHash}
}

// calls returns the inputs in which to look for a call to Rollup.name: the
// transaction's input itself, then every part of it that starts with the
// method's selector (a proposer that is a contract, such as a multisig or a
// batching wrapper, calls the Rollup with the call's bytes inside its own
// transaction's input). Only a candidate that decodes to the proposal's batch
// is used, so a false one costs a decode, not a wrong judgement.
func calls(input []byte, name string) [][]byte {
	out := [][]byte{input}
	sel := rollupABI.Methods[name].ID
	for off := 1; off < len(input); off++ {
		k := bytes.Index(input[off:], sel)
		if k < 0 {
			break
		}
		off += k
		out = append(out, input[off:])
	}
	return out
}

// DecodeCalldata reads a calldata batch from its proposal transaction's
// input: the Rollup.propose call is the input, or is inside it (calls). Each
// output and request must hash to its record's, and the records to the
// proposal's root: then every record is readable, as the contract checked
// the same of the call it executed. Nothing found is ErrData (with the
// direct call's error).
func DecodeCalldata(p Proposal, input []byte) (*BatchData, error) {
	var first error
	for _, in := range calls(input, "propose") {
		d, err := decodePropose(p, in)
		if err == nil {
			return d, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, first
}

// Unreadable is batch p with no record readable: a calldata batch whose
// propose call is nowhere in its transaction's input (a contract or an
// EIP-7702 account built it). Each record is data-challenged, as a blob
// batch's that cannot be read (docs/protocol.md, "Data availability").
func Unreadable(p Proposal) *BatchData {
	n := int(p.RecordCount)
	return &BatchData{Index: p.Index, Records: make([]record.JobRecord, n), Outputs: make([][]byte, n), Requests: make([][]byte, n),
		Readable: make([]bool, n)}
}

func decodePropose(p Proposal, input []byte) (*BatchData, error) {
	args, err := method(input, "propose")
	if err != nil {
		return nil, err
	}
	index, _ := args[0].(uint64)
	recs, ok := abi.ConvertType(args[1], new([]bindings.IRollupJobRecord)).(*[]bindings.IRollupJobRecord)
	outputs, ok2 := args[2].([][]byte)
	requests, ok3 := args[3].([][]byte)
	if !ok || !ok2 || !ok3 {
		return nil, fmt.Errorf("%w: Rollup.propose decoded as %T, %T, %T", ErrData, args[1], args[2], args[3])
	}
	if index != p.Index || len(*recs) != int(p.RecordCount) || len(outputs) != len(*recs) || len(requests) != len(*recs) {
		return nil, fmt.Errorf("%w: the propose transaction is batch %d with %d records, %d outputs, %d requests; the event's is batch %d with %d",
			ErrData, index, len(*recs), len(outputs), len(requests), p.Index, p.RecordCount)
	}
	d := &BatchData{Index: index, Outputs: outputs, Requests: requests, Readable: make([]bool, len(outputs))}
	for i, r := range *recs {
		rec := fromBinding(r)
		if err := matches(rec, outputs[i], requests[i]); err != nil {
			return nil, fmt.Errorf("%w: batch %d record %d: %w", ErrData, index, i, err)
		}
		d.Records = append(d.Records, rec)
		d.Readable[i] = true
	}
	return d, d.prove(p.RecordsRoot)
}

// matches checks an output and a request against their record's hashes, as
// Rollup.propose and resolveData do: an L1 record has no request.
func matches(rec record.JobRecord, output, request []byte) error {
	if crypto.Keccak256Hash(output) != rec.OutputHash {
		return fmt.Errorf("the output does not hash to its record's outputHash %s", common.Hash(rec.OutputHash))
	}
	if rec.IsL2() != (len(request) > 0) || (rec.IsL2() && crypto.Keccak256Hash(request) != rec.RequestHash) {
		return fmt.Errorf("the request (%d bytes) does not match its record's requestHash %s (L2: %v)", len(request), common.Hash(rec.RequestHash), rec.IsL2())
	}
	return nil
}

func (d *BatchData) prove(want common.Hash) error {
	root, proofs, err := record.RecordsRoot(d.Records)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrData, err)
	}
	if root != want {
		return fmt.Errorf("%w: batch %d's records have root %s, the proposal's is %s", ErrData, d.Index, root, want)
	}
	d.Proofs = proofs
	return nil
}

// DecodeProposeBlobs reads proposeBlobs' arguments: the batch index, its
// records root and the jobIds it marks Included.
func DecodeProposeBlobs(input []byte) (index uint64, root common.Hash, jobIDs []uint64, err error) {
	args, err := method(input, "proposeBlobs")
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	index, _ = args[0].(uint64)
	r, _ := args[1].([32]byte)
	jobIDs, _ = args[2].([]uint64)
	return index, r, jobIDs, nil
}

// DACommitment is what Rollup.proposeBlobs records for blobs:
// keccak256 of their versioned hashes in order.
func DACommitment(blobs []kzg4844.Blob) (common.Hash, error) {
	var hashes []byte
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return common.Hash{}, fmt.Errorf("%w: blob %d: %w", ErrData, i, err)
		}
		h := kzg4844.CalcBlobHashV1(sha256.New(), &c)
		hashes = append(hashes, h[:]...)
	}
	return crypto.Keccak256Hash(hashes), nil
}

// DecodeBlobBatch reads a blob batch (its proposeBlobs call is the input or
// inside it, as for DecodeCalldata; not found, the batch index and records
// root are the event's and JobIDs is nil). Blobs that do not match the
// proposal's daCommitment are refused (ErrBlobs, every record unreadable) and the caller asks another
// source; blobs that match but do not decode to the batch's records root
// leave every record unreadable, and a record whose output or request does
// not hash to its record's leaves that record unreadable: the proposer must
// publish them through resolveData (docs/protocol.md, "Data availability").
func DecodeBlobBatch(p Proposal, input []byte, blobs []kzg4844.Blob) (*BatchData, error) {
	var (
		index  uint64
		root   common.Hash
		jobIDs []uint64
		first  error
	)
	for _, in := range calls(input, "proposeBlobs") {
		var err error
		if index, root, jobIDs, err = DecodeProposeBlobs(in); err == nil && (index != p.Index || root != p.RecordsRoot || len(jobIDs) != int(p.RecordCount)) {
			err = fmt.Errorf("%w: the proposeBlobs transaction is batch %d root %s with %d jobs; the event's is batch %d root %s with %d",
				ErrData, index, root, len(jobIDs), p.Index, p.RecordsRoot, p.RecordCount)
		}
		if err == nil {
			first = nil
			break
		}
		if first == nil {
			first = err
		}
	}
	if first != nil {
		// The call was built by a contract (or an EIP-7702 account) where the
		// input does not show it: the event names the batch and its root, and
		// the job of each position is read from JobIncluded when needed.
		index, root, jobIDs = p.Index, p.RecordsRoot, nil
	}
	n := int(p.RecordCount)
	d := &BatchData{Index: index, Blobs: true, JobIDs: jobIDs, Records: make([]record.JobRecord, n), Outputs: make([][]byte, n),
		Requests: make([][]byte, n), Readable: make([]bool, n)}
	got, err := DACommitment(blobs)
	if err != nil {
		return d, fmt.Errorf("%w: %w", ErrBlobs, err)
	}
	if got != p.DaCommitment {
		return d, fmt.Errorf("%w: %d blobs have commitment %s, batch %d's is %s", ErrBlobs, len(blobs), got, p.Index, p.DaCommitment)
	}
	b, err := batch.DecodeBlobs(blobs)
	if err != nil || b.Index != index || len(b.Records) != n {
		return d, nil // nothing readable
	}
	if r, err := b.Root(); err != nil || common.Hash(r) != root {
		return d, nil
	}
	// Every record's leaf is in the blobs: each readable record has its
	// inclusion proof now, whatever the others' outputs (a record left
	// unreadable on purpose must not keep a wrong one from being disputed).
	leaves := make([]merkle.Hash, n)
	for i := range b.Records {
		leaves[i] = merkle.Keccak(b.Records[i].Record)
	}
	if d.Proofs, err = leafProofs(leaves); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	for i, br := range b.Records {
		vals, err := recordArgs.Unpack(br.Record)
		if err != nil {
			continue
		}
		rb, ok := abi.ConvertType(vals[0], new(bindings.IRollupJobRecord)).(*bindings.IRollupJobRecord)
		if !ok {
			continue
		}
		rec := fromBinding(*rb)
		if enc, err := rec.Encode(); err != nil || !bytes.Equal(enc, br.Record) {
			continue // not the canonical encoding of its leaf
		}
		if matches(rec, br.Output, br.Request) != nil {
			continue
		}
		d.Records[i], d.Outputs[i], d.Requests[i], d.Readable[i] = rec, br.Output, br.Request, true
		if d.Requests[i] == nil {
			d.Requests[i] = []byte{}
		}
	}
	if d.allReadable() {
		if err := d.prove(root); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// leafProofs returns the inclusion proof of every leaf of a records tree.
func leafProofs(leaves []merkle.Hash) ([][]common.Hash, error) {
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		return nil, err
	}
	proofs := make([][]common.Hash, len(leaves))
	for i := range leaves {
		p, err := tree.Proof(uint64(i))
		if err != nil {
			return nil, err
		}
		proofs[i] = make([]common.Hash, 0, len(p))
		for _, h := range p {
			proofs[i] = append(proofs[i], common.Hash(h))
		}
	}
	return proofs, nil
}

// Usable reports whether record i can be judged and acted on: it is
// readable and its proof is known (every record's leaf: from the blobs, or
// every record readable; or the proof of its dispute). A one-record batch's
// proof is empty: its presence (non-nil) is what counts.
func (d *BatchData) Usable(i uint32) bool {
	return int(i) < len(d.Readable) && d.Readable[i] && int(i) < len(d.Proofs) && d.Proofs[i] != nil
}

// Known reports whether record i, its output and its input are known (to
// judge it and play its game), with or without its inclusion proof.
func (d *BatchData) Known(i uint32) bool {
	return int(i) < len(d.Readable) && d.Readable[i]
}

func (d *BatchData) allReadable() bool {
	for _, r := range d.Readable {
		if !r {
			return false
		}
	}
	return true
}

// BlobSource fetches the blobs of a blob batch. The challenger checks them
// against the batch's daCommitment, so a source need not be trusted.
type BlobSource interface {
	Blobs(ctx context.Context, p Proposal) ([]kzg4844.Blob, error)
}

// RPCCaller is the part of go-ethereum's *rpc.Client that SequencerBlobs uses.
type RPCCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// SequencerBlobs asks the sequencer's airollup_batchBlobs for a batch's
// blobs. The sequencer is the party watched: each call is bounded by
// Timeout (0: DefaultSequencerTimeout), so that one it never answers cannot
// hold the watcher's round (and every game's clock) up, and DialSequencer
// bounds the answer's size.
type SequencerBlobs struct {
	RPC     RPCCaller
	Timeout time.Duration
}

// DefaultSequencerTimeout bounds one call to the sequencer's RPC.
const DefaultSequencerTimeout = 30 * time.Second

// DefaultMaxSequencerResponse bounds the size of one answer of the
// sequencer's RPC over HTTP: far above a batch's blobs in hex (a blob
// transaction carries at most a few 128 KiB blobs).
const DefaultMaxSequencerResponse = 64 << 20

// ErrResponseTooLarge is returned for an answer of the sequencer's RPC over
// the size limit of DialSequencer.
var ErrResponseTooLarge = errors.New("challenger: the sequencer's answer is over the size limit")

// DialSequencer dials the sequencer's RPC; over HTTP(S) an answer over max
// bytes (0: DefaultMaxSequencerResponse) fails with ErrResponseTooLarge
// instead of being read into memory.
func DialSequencer(ctx context.Context, url string, max int64) (*rpc.Client, error) {
	if max <= 0 {
		max = DefaultMaxSequencerResponse
	}
	hc := &http.Client{Transport: limitTransport{base: http.DefaultTransport, max: max}}
	return rpc.DialOptions(ctx, url, rpc.WithHTTPClient(hc))
}

// limitTransport fails the reading of a response body past max bytes.
type limitTransport struct {
	base http.RoundTripper
	max  int64
}

func (t limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = &limitBody{rc: resp.Body, left: t.max}
	return resp, nil
}

type limitBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, fmt.Errorf("%w: more than the limit's bytes", ErrResponseTooLarge)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitBody) Close() error { return b.rc.Close() }

// Blobs implements BlobSource.
func (s SequencerBlobs) Blobs(ctx context.Context, p Proposal) ([]kzg4844.Blob, error) {
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultSequencerTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var raw []hexutil.Bytes
	if err := s.RPC.CallContext(ctx, &raw, "airollup_batchBlobs", p.Index); err != nil {
		return nil, fmt.Errorf("challenger: airollup_batchBlobs(%d): %w", p.Index, err)
	}
	out := make([]kzg4844.Blob, len(raw))
	for i, b := range raw {
		if len(b) != len(out[i]) {
			return nil, fmt.Errorf("%w: blob %d of batch %d is %d bytes, want %d", ErrData, i, p.Index, len(b), len(out[i]))
		}
		copy(out[i][:], b)
	}
	return out, nil
}

// setResolved sets record i from its DataResolved event: the record,
// output and request (checked against each other) and the proof (checked
// against the records root). The event is read, not resolveData's calldata,
// which a contract may have built out of sight.
func (d *BatchData) setResolved(p Proposal, i uint32, e *bindings.RollupDataResolved) error {
	if int(i) >= len(d.Readable) {
		return fmt.Errorf("%w: record %d of batch %d's %d", ErrData, i, p.Index, len(d.Readable))
	}
	rec := fromBinding(e.Record)
	if err := matches(rec, e.Output, e.Request); err != nil {
		return fmt.Errorf("%w: DataResolved of batch %d record %d: %w", ErrData, p.Index, i, err)
	}
	pf, err := checkProof(p, i, rec, e.Proof)
	if err != nil {
		return err
	}
	if len(d.Proofs) != len(d.Records) {
		d.Proofs = make([][]common.Hash, len(d.Records))
	}
	req := e.Request
	if req == nil {
		req = []byte{}
	}
	d.Records[i], d.Outputs[i], d.Requests[i], d.Proofs[i], d.Readable[i] = rec, e.Output, req, pf, true
	return nil
}

// checkProof returns pr as record rec's inclusion proof at index i of p
// (ErrData unless it reaches p's records root).
func checkProof(p Proposal, i uint32, rec record.JobRecord, pr [][32]byte) ([]common.Hash, error) {
	leaf, err := rec.Hash()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	proof := make([]common.Hash, len(pr))
	mp := make([]merkle.Hash, len(pr))
	for k := range pr {
		proof[k], mp[k] = pr[k], pr[k]
	}
	if root, err := merkle.RootFromProof(merkle.Hash(leaf), uint64(i), mp); err != nil || common.Hash(root) != p.RecordsRoot {
		return nil, fmt.Errorf("%w: record %d's proof does not reach batch %d's records root", ErrData, i, p.Index)
	}
	return proof, nil
}

// fromDispute fills record i from the input of a Rollup.dispute
// transaction on it (Watcher.disputedData): the call is the input or inside
// it (calls). Nothing found is ErrData: the caller reads the game's
// GameSetup event instead (fromSetup).
func (d *BatchData) fromDispute(p Proposal, i uint32, input []byte) error {
	var first error
	for _, in := range calls(input, "dispute") {
		err := d.fromDisputeCall(p, i, in)
		if err == nil {
			return nil
		}
		if first == nil {
			first = err
		}
	}
	return first
}

func (d *BatchData) fromDisputeCall(p Proposal, i uint32, input []byte) error {
	args, err := method(input, "dispute")
	if err != nil {
		return err
	}
	index, _ := args[0].(uint64)
	ri, _ := args[1].(uint32)
	rb, ok := abi.ConvertType(args[2], new(bindings.IRollupJobRecord)).(*bindings.IRollupJobRecord)
	pr, ok2 := args[3].([][32]byte)
	setup, ok3 := args[4].([]byte)
	if !ok || !ok2 || !ok3 || index != p.Index || ri != i || int(i) >= len(d.Readable) {
		return fmt.Errorf("%w: the dispute is of batch %d record %d, want batch %d record %d of %d", ErrData, index, ri, p.Index, i, len(d.Readable))
	}
	rec := fromBinding(*rb)
	proof, err := checkProof(p, i, rec, pr)
	if err != nil {
		return err
	}
	return d.fromSetup(p, i, rec, proof, setup)
}

// fromSetup fills record i from the record and setup data of its game
// (DisputeGameFactory.GameSetup, or the dispute's calldata): the setup's
// prompt and output, which TransformerVM.setup checked against the record's
// inputHash and outputHash (checked here too). proof is nil when only the
// event was read: the Rollup checked the record at this position when it
// opened the game, which is enough to judge and play it (Known), not to
// report it (Usable). An L2 record's request is not there: its input is the
// setup's prompt.
func (d *BatchData) fromSetup(p Proposal, i uint32, rec record.JobRecord, proof []common.Hash, setup []byte) error {
	if int(i) >= len(d.Readable) {
		return fmt.Errorf("%w: record %d of batch %d's %d", ErrData, i, p.Index, len(d.Readable))
	}
	prompt, output, err := fraud.SetupTokens(setup)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrData, err)
	}
	if crypto.Keccak256Hash(output) != rec.OutputHash || crypto.Keccak256Hash(prompt) != rec.InputHash {
		return fmt.Errorf("%w: the dispute's setup data is not record %d's of batch %d", ErrData, i, p.Index)
	}
	n := len(d.Readable)
	if len(d.Proofs) != n {
		d.Proofs = make([][]common.Hash, n)
	}
	if len(d.Inputs) != n {
		d.Inputs = make([][]byte, n)
	}
	d.Records[i], d.Outputs[i], d.Inputs[i], d.Readable[i] = rec, output, prompt, true
	if proof != nil {
		d.Proofs[i] = proof
	}
	d.Requests[i] = nil // an L2 record's request is unknown
	if !rec.IsL2() {
		d.Requests[i] = []byte{}
	}
	return nil
}
