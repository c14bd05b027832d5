package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Source says where a job came from.
type Source uint8

const (
	// FromL1 is a job submitted to JobInbox; its key is the inbox job id.
	FromL1 Source = 1
	// FromL2 is a signed request submitted over RPC; its key is the request hash.
	FromL2 Source = 2
)

// ID names a job: its source and a 32-byte key (the big-endian inbox job id,
// or the request hash).
type ID struct {
	Source Source      `json:"source"`
	Key    common.Hash `json:"key"`
}

// L1ID is the ID of inbox job jobID.
func L1ID(jobID *big.Int) ID { return ID{Source: FromL1, Key: common.BigToHash(jobID)} }

// L2ID is the ID of the request with hash h.
func L2ID(h common.Hash) ID { return ID{Source: FromL2, Key: h} }

func (id ID) String() string {
	switch id.Source {
	case FromL1:
		return "l1:" + id.Key.Big().String()
	case FromL2:
		return "l2:" + id.Key.Hex()
	}
	return fmt.Sprintf("source%d:%s", id.Source, id.Key.Hex())
}

func (id ID) bytes() []byte { return append([]byte{byte(id.Source)}, id.Key[:]...) }

func idFromBytes(b []byte) (ID, error) {
	if len(b) != 33 || (Source(b[0]) != FromL1 && Source(b[0]) != FromL2) {
		return ID{}, fmt.Errorf("%w: job id of %d bytes, source %d", ErrCorrupt, len(b), firstByte(b))
	}
	return ID{Source: Source(b[0]), Key: common.BytesToHash(b[1:])}, nil
}

func firstByte(b []byte) int {
	if len(b) == 0 {
		return -1
	}
	return int(b[0])
}

// Params are a job's sampling parameters (IJobInbox.Params).
type Params struct {
	MaxTokens        uint32      `json:"maxTokens"`
	TemperatureMilli uint32      `json:"temperatureMilli"`
	TopK             uint32      `json:"topK"`
	TopPMicro        uint32      `json:"topPMicro"`
	Seed             common.Hash `json:"seed"`
}

// Spec is what a job computes and who pays for it: the fields of
// IJobInbox.JobSubmitted, which an L2 request carries too.
type Spec struct {
	Submitter        common.Address `json:"submitter"`
	Kind             uint8          `json:"kind"`
	Model            uint64         `json:"model"` // ModelRegistry id
	InputHash        common.Hash    `json:"inputHash"`
	Input            []byte         `json:"input"`
	DatasetID        uint64         `json:"datasetId"`
	Params           Params         `json:"params"`
	MaxFee           *big.Int       `json:"maxFee"`
	Callback         common.Address `json:"callback"`
	CallbackGasLimit uint32         `json:"callbackGasLimit"`
}

// L1Origin is where an L1 job's JobSubmitted event was seen.
type L1Origin struct {
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	TxHash    common.Hash `json:"txHash"`
	LogIndex  uint        `json:"logIndex"`
}

// Lease is the worker holding a Leased job and until when.
type Lease struct {
	Worker   string    `json:"worker"`
	Deadline time.Time `json:"deadline"`
}

// Result is a worker's answer to a job.
type Result struct {
	Worker    string      `json:"worker"`
	Output    []uint32    `json:"output"` // output token ids
	TraceRoot common.Hash `json:"traceRoot"`
	// ResidualRoot and KVRoot are the roots of the final level-1 state h(P, 0)
	// (docs/protocol.md, "Job record"): the record's residualRoot and kvRoot.
	ResidualRoot common.Hash `json:"residualRoot"`
	KVRoot       common.Hash `json:"kvRoot"`
	// DatasetRoot and NewModelRoot are a training job's (docs/protocol.md,
	// "Training jobs"): the root of the dataset it read and of the model it
	// produced; zero for inference.
	DatasetRoot  common.Hash `json:"datasetRoot,omitzero"`
	NewModelRoot common.Hash `json:"newModelRoot,omitzero"`
}

// Equal reports whether r and o are the same result.
func (r *Result) Equal(o *Result) bool {
	if r == nil || o == nil {
		return r == o
	}
	if r.Worker != o.Worker || r.TraceRoot != o.TraceRoot || r.ResidualRoot != o.ResidualRoot || r.KVRoot != o.KVRoot ||
		r.DatasetRoot != o.DatasetRoot || r.NewModelRoot != o.NewModelRoot || len(r.Output) != len(o.Output) {
		return false
	}
	for i := range r.Output {
		if r.Output[i] != o.Output[i] {
			return false
		}
	}
	return true
}

// BatchRef is a job's place in a batch.
type BatchRef struct {
	Batch  uint64 `json:"batch"`
	Record uint32 `json:"record"`
}

// Job is a stored job.
type Job struct {
	ID    ID     `json:"id"`
	Seq   uint64 `json:"seq"` // position in arrival order, from 1, never reused
	State State  `json:"state"`
	Spec  Spec   `json:"spec"`

	L1      *L1Origin `json:"l1,omitempty"`      // FromL1 jobs
	Request []byte    `json:"request,omitempty"` // FromL2 jobs: the signed request bytes (internal/jobreq)

	Lease  *Lease    `json:"lease,omitempty"`  // while Leased
	Result *Result   `json:"result,omitempty"` // from Executed on
	Batch  *BatchRef `json:"batch,omitempty"`  // from Batched on

	// VoidReason says why a job is Voided.
	VoidReason string `json:"voidReason,omitempty"`
	// Refunded is the L1 block of a JobRefunded event for the job (0: none).
	Refunded uint64 `json:"refunded,omitempty"`
	// RefundedFrom is the state a refund voided the job from (to restore it
	// if the refund is reorged out).
	RefundedFrom State `json:"refundedFrom,omitempty"`
	// DroppedFrom is the state a reorg dropped the job from; if the same
	// event reappears the job returns there (Leased as Queued).
	DroppedFrom State `json:"droppedFrom,omitempty"`
	// Orphaned is set on a batched job whose JobSubmitted event disappeared
	// in a reorg (it keeps its batch position; see docs/operators.md).
	Orphaned bool `json:"orphaned,omitempty"`
}

// sameSubmission reports whether a and b are the same submission of a job:
// same source, spec and request bytes (an L1 job may have moved to another
// block in a reorg and still be the same).
func sameSubmission(a, b *Job) bool {
	return a.ID == b.ID && bytes.Equal(a.Request, b.Request) && sameSpec(&a.Spec, &b.Spec)
}

func sameSpec(a, b *Spec) bool {
	return a.Submitter == b.Submitter && a.Kind == b.Kind && a.Model == b.Model && a.InputHash == b.InputHash &&
		bytes.Equal(a.Input, b.Input) && a.DatasetID == b.DatasetID && a.Params == b.Params &&
		bigEq(a.MaxFee, b.MaxFee) && a.Callback == b.Callback && a.CallbackGasLimit == b.CallbackGasLimit
}

func bigEq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return (a == nil || a.Sign() == 0) && (b == nil || b.Sign() == 0)
	}
	return a.Cmp(b) == 0
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
