package sequencer

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/sequencer/store"
)

// Namespace is the JSON-RPC namespace of the sequencer's API.
const Namespace = "airollup"

// API is the sequencer's JSON-RPC API (airollup_*): job status and results,
// batches, models, and the worker protocol. Methods are documented in
// docs/operators.md, "Sequencer RPC".
type API struct {
	st     *store.Store
	d      *Dispatcher
	models []Model
	sub    *Submitter // nil: airollup_submitJob is unavailable
}

// NewAPI returns the API over a store and its dispatcher; sub accepts L2
// jobs (nil: none are).
func NewAPI(st *store.Store, d *Dispatcher, models []Model, sub *Submitter) *API {
	return &API{st: st, d: d, models: models, sub: sub}
}

// SubmitJob accepts an L2 job: request is abi.encode(JobRequest, signature)
// (internal/jobreq, Signed.Encode), domain optionally the EIP-712 domain the
// client signed in. It returns once the job is durable; see Submitter.Submit
// and docs/operators.md, "airollup_submitJob".
func (a *API) SubmitJob(ctx context.Context, request hexutil.Bytes, domain *SubmitDomain) (*SubmitJobResult, error) {
	if a.sub == nil {
		return nil, rpcErr(CodeInternal, nil, "this sequencer accepts no L2 jobs")
	}
	return a.sub.Submit(ctx, request, domain)
}

// ParseJobID parses a job id: "l1:<decimal inbox id>" or a bare decimal
// (an L1 job), "l2:<0x request hash>" or a bare 32-byte 0x hash (an L2 job).
func ParseJobID(s string) (store.ID, error) {
	bad := func() (store.ID, error) {
		return store.ID{}, rpcErr(CodeInvalidParams, nil,
			"job id %q: want l1:<decimal inbox id>, l2:<0x 32-byte request hash>, a decimal or a 0x hash", trim(s))
	}
	l1 := func(dec string) (store.ID, error) {
		n, ok := new(big.Int).SetString(dec, 10)
		if !ok || n.Sign() < 0 || n.BitLen() > 256 || strings.HasPrefix(dec, "+") {
			return bad()
		}
		return store.L1ID(n), nil
	}
	l2 := func(h string) (store.ID, error) {
		if len(h) != 66 || !strings.HasPrefix(h, "0x") {
			return bad()
		}
		b := common.FromHex(h)
		if len(b) != 32 || !isHex(h[2:]) {
			return bad()
		}
		return store.L2ID(common.BytesToHash(b)), nil
	}
	switch {
	case strings.HasPrefix(s, "l1:"):
		return l1(s[3:])
	case strings.HasPrefix(s, "l2:"):
		return l2(s[3:])
	case strings.HasPrefix(s, "0x"):
		return l2(s)
	case s != "":
		return l1(s)
	}
	return bad()
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func trim(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

func (a *API) job(id string) (*store.Job, error) {
	jid, err := ParseJobID(id)
	if err != nil {
		return nil, err
	}
	j, err := a.st.Get(jid)
	if errors.Is(err, store.ErrNotFound) {
		return nil, rpcErr(CodeUnknownJob, nil, "no job %s", jid)
	}
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read job %s", jid)
	}
	return j, nil
}

// JobStatus is a job's place in the pipeline.
type JobStatus struct {
	ID         string          `json:"id"`
	Seq        uint64          `json:"seq"`
	State      string          `json:"state"`
	Kind       uint8           `json:"kind"`
	Model      uint64          `json:"model"`
	Submitter  common.Address  `json:"submitter"`
	L1         *store.L1Origin `json:"l1,omitempty"`
	Lease      *store.Lease    `json:"lease,omitempty"`
	Batch      *store.BatchRef `json:"batch,omitempty"`
	VoidReason string          `json:"voidReason,omitempty"`
	Orphaned   bool            `json:"orphaned,omitempty"`
}

// JobStatus returns the status of job id (see ParseJobID).
func (a *API) JobStatus(id string) (*JobStatus, error) {
	j, err := a.job(id)
	if err != nil {
		return nil, err
	}
	return &JobStatus{ID: j.ID.String(), Seq: j.Seq, State: j.State.String(), Kind: j.Spec.Kind, Model: j.Spec.Model,
		Submitter: j.Spec.Submitter, L1: j.L1, Lease: j.Lease, Batch: j.Batch, VoidReason: j.VoidReason, Orphaned: j.Orphaned}, nil
}

// JobResult is a job's result and, once it is batched, its inclusion proof:
// the batch, the record's index in it, the record (as Rollup.deliver takes
// it), its leaf keccak256(abi.encode(record)), the batch's records root and
// the Merkle proof of the leaf under it (null before the job is batched).
type JobResult struct {
	ID          string                     `json:"id"`
	State       string                     `json:"state"`
	Output      []uint32                   `json:"output"`
	TraceRoot   common.Hash                `json:"traceRoot"`
	Worker      string                     `json:"worker"`
	Batch       *uint64                    `json:"batch"`
	Record      *uint32                    `json:"record"`
	JobRecord   *bindings.IRollupJobRecord `json:"jobRecord"`
	Leaf        *common.Hash               `json:"leaf"`
	RecordsRoot *common.Hash               `json:"recordsRoot"`
	Proof       []common.Hash              `json:"proof"`
	// ResidualRoot and KVRoot are the roots of the final level-1 state
	// h(P, 0): the record's residualRoot and kvRoot.
	ResidualRoot common.Hash `json:"residualRoot"`
	KVRoot       common.Hash `json:"kvRoot"`
	// DatasetRoot and NewModelRoot are a training job's: the dataset it read
	// and the model it produced (its output); absent for inference.
	DatasetRoot  common.Hash `json:"datasetRoot,omitzero"`
	NewModelRoot common.Hash `json:"newModelRoot,omitzero"`
}

// Result returns the result of job id; CodeNoResult before it is executed.
func (a *API) Result(id string) (*JobResult, error) {
	j, err := a.job(id)
	if err != nil {
		return nil, err
	}
	if j.Result == nil {
		return nil, rpcErr(CodeNoResult, nil, "job %s is %s and has no result", j.ID, j.State)
	}
	r := &JobResult{ID: j.ID.String(), State: j.State.String(), Output: j.Result.Output, TraceRoot: j.Result.TraceRoot,
		ResidualRoot: j.Result.ResidualRoot, KVRoot: j.Result.KVRoot, Worker: j.Result.Worker,
		DatasetRoot: j.Result.DatasetRoot, NewModelRoot: j.Result.NewModelRoot}
	if r.Output == nil {
		r.Output = []uint32{}
	}
	if j.Batch != nil {
		b, rec := j.Batch.Batch, j.Batch.Record
		r.Batch, r.Record = &b, &rec
		d, err := a.batchData(b)
		if err != nil {
			return nil, err
		}
		jr := d.records[rec].Binding()
		leaf, err := d.records[rec].Hash()
		if err != nil {
			return nil, rpcErr(CodeInternal, err, "hash the record of job %s", j.ID)
		}
		r.JobRecord, r.Leaf, r.RecordsRoot, r.Proof = &jr, &leaf, &d.root, d.proofs[rec]
		if r.Proof == nil {
			r.Proof = []common.Hash{}
		}
	}
	return r, nil
}

func (a *API) batchData(index uint64) (*batchData, error) {
	bt, err := a.st.GetBatch(index)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read batch %d", index)
	}
	d, err := buildBatch(a.st, bt, a.roots())
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "build batch %d", index)
	}
	return d, nil
}

func (a *API) roots() map[uint64]common.Hash {
	m := make(map[uint64]common.Hash, len(a.models))
	for _, md := range a.models {
		m[md.ID] = md.Root
	}
	return m
}

// BatchInfo is a batch as the store holds it, with its records root.
type BatchInfo struct {
	*store.Batch
	RecordsRoot common.Hash `json:"recordsRoot"`
}

// Batch returns batch index with its records root.
func (a *API) Batch(index uint64) (*BatchInfo, error) {
	b, err := a.st.GetBatch(index)
	if errors.Is(err, store.ErrNotFound) {
		return nil, rpcErr(CodeUnknownBatch, nil, "no batch %d", index)
	}
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read batch %d", index)
	}
	d, err := a.batchData(index)
	if err != nil {
		return nil, err
	}
	return &BatchInfo{Batch: b, RecordsRoot: d.root}, nil
}

// L2Params is what a client needs to sign and price an L2 request for this
// sequencer: the EIP-712 domain, the rollup's minimum fee and the least time
// to expiry an accepted request must have.
type L2Params struct {
	ChainID      *hexutil.Big   `json:"chainId"`
	Inbox        common.Address `json:"verifyingContract"`
	MinFee       *hexutil.Big   `json:"minFee"`
	ExpiryMargin uint64         `json:"expiryMarginSeconds"`
}

// L2Params returns the parameters of L2 requests this sequencer accepts.
func (a *API) L2Params() (*L2Params, error) {
	if a.sub == nil {
		return nil, rpcErr(CodeInternal, nil, "this sequencer accepts no L2 jobs")
	}
	return &L2Params{ChainID: (*hexutil.Big)(a.sub.domain.ChainID), Inbox: a.sub.domain.Inbox,
		MinFee: (*hexutil.Big)(a.sub.minFee), ExpiryMargin: uint64(a.sub.margin / time.Second)}, nil
}

// BatchBlobs returns the blobs of batch index's proposeBlobs transaction,
// rebuilt from the store with the batcher's builders (batch.EncodeBlobs is
// deterministic, so they are the blobs posted): challengers check them against
// the batch's daCommitment before use, so this needs no trust. Blobs are
// returned whatever the sequencer's DA mode: for a calldata batch they match
// no commitment on L1.
func (a *API) BatchBlobs(index uint64) ([]hexutil.Bytes, error) {
	if _, err := a.st.GetBatch(index); errors.Is(err, store.ErrNotFound) {
		return nil, rpcErr(CodeUnknownBatch, nil, "no batch %d", index)
	}
	d, err := a.batchData(index)
	if err != nil {
		return nil, err
	}
	p, err := d.payload()
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "encode the records of batch %d", index)
	}
	blobs, err := batch.EncodeBlobs(p)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "encode batch %d into blobs", index)
	}
	out := make([]hexutil.Bytes, len(blobs))
	for i := range blobs {
		out[i] = blobs[i][:]
	}
	return out, nil
}

// Models returns the models the sequencer serves.
func (a *API) Models() []Model { return append([]Model{}, a.models...) }

// RegisterWorker registers a worker serving modelRoots with concurrency leases at once.
func (a *API) RegisterWorker(workerID string, modelRoots []common.Hash, concurrency int) (*RegisterResult, error) {
	return a.d.Register(workerID, modelRoots, concurrency)
}

// Lease leases up to max jobs to workerID.
func (a *API) Lease(workerID string, max int) ([]LeasedJob, error) {
	return a.d.Lease(workerID, max)
}

// Renew extends workerID's lease of jobID and returns its new deadline.
func (a *API) Renew(workerID, jobID string) (time.Time, error) {
	id, err := ParseJobID(jobID)
	if err != nil {
		return time.Time{}, err
	}
	return a.d.Renew(workerID, id)
}

// SubmitResult submits workerID's result for jobID: its output tokens, its
// trace root, and the residual and KV roots of its final state h(P, 0).
func (a *API) SubmitResult(ctx context.Context, workerID, jobID string, tokens []uint32,
	traceRoot, residualRoot, kvRoot common.Hash) (*SubmitResult, error) {
	id, err := ParseJobID(jobID)
	if err != nil {
		return nil, err
	}
	return a.d.Submit(ctx, id, store.Result{Worker: workerID, Output: tokens, TraceRoot: traceRoot, ResidualRoot: residualRoot, KVRoot: kvRoot})
}
