package sequencer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer/store"
)

// abiRecordBytes is the size of an ABI-encoded IRollup.JobRecord (a static
// tuple of 18 words).
const abiRecordBytes = 18 * 32

// recordOf builds an executed job's record: what the sequencer commits to on
// L1 for it (docs/protocol.md, "Job record"). The fee is the job's max fee;
// root is the model's (a training job's base model; zero for pretraining).
// A training record (docs/protocol.md, "Training jobs") has no prompt,
// output tokens, residual or KV root; it carries the dataset and new model
// roots, and its output is the new model root's 32 bytes.
func recordOf(j *store.Job, root common.Hash) (record.JobRecord, []byte, error) {
	if j.Result == nil {
		return record.JobRecord{}, nil, fmt.Errorf("%w: job %s has no result", store.ErrInvalid, j.ID)
	}
	p := j.Spec.Params
	r := record.JobRecord{
		Kind: j.Spec.Kind, ModelRoot: root, InputHash: j.Spec.InputHash,
		Params: record.JobParams{MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed},
		Fee:    new(big.Int),
	}
	var output []byte
	if training(j.Spec.Kind) {
		if j.Result.NewModelRoot == (common.Hash{}) || j.Result.DatasetRoot == (common.Hash{}) || len(j.Result.Output) != 0 {
			return record.JobRecord{}, nil, fmt.Errorf("%w: training job %s has a result without its dataset and new model roots, or with output tokens",
				store.ErrInvalid, j.ID)
		}
		output = j.Result.NewModelRoot.Bytes()
		r.DatasetRoot, r.NewModelRoot = j.Result.DatasetRoot, j.Result.NewModelRoot
	} else {
		output = tokenBytes(j.Result.Output)
		r.PromptLen, r.OutputLen = uint32(len(j.Spec.Input)/4), uint32(len(j.Result.Output))
		r.ResidualRoot, r.KvRoot = j.Result.ResidualRoot, j.Result.KVRoot
	}
	r.OutputHash = crypto.Keccak256Hash(output)
	if j.Spec.MaxFee != nil {
		r.Fee.Set(j.Spec.MaxFee)
	}
	switch j.ID.Source {
	case store.FromL1:
		if !j.ID.Key.Big().IsUint64() {
			return record.JobRecord{}, nil, fmt.Errorf("%w: L1 job id %s above uint64", store.ErrInvalid, j.ID)
		}
		r.JobID = j.ID.Key.Big().Uint64()
	case store.FromL2:
		r.RequestHash = j.ID.Key // keccak256 of the request bytes (store.L2ID)
	}
	return r, output, nil
}

// training reports whether kind is a training kind (fine-tune, pretrain).
func training(kind uint8) bool {
	return kind == record.KindFineTune || kind == record.KindPretrain
}

func tokenBytes(ids []uint32) []byte {
	b := make([]byte, 4*len(ids))
	for i, t := range ids {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(t>>24), byte(t>>16), byte(t>>8), byte(t)
	}
	return b
}

// entryBytes estimates a job's share of a batch's data: its record, output
// and request as Rollup.propose's calldata holds them (each dynamic value
// with its offset and length words, padded to 32 bytes). Blob batches hold
// less (the same bytes, compressed).
func entryBytes(j *store.Job) int {
	pad := func(n int) int { return (n + 31) / 32 * 32 }
	out := 0
	switch {
	case training(j.Spec.Kind):
		out = 32 // the new model root
	case j.Result != nil:
		out = 4 * len(j.Result.Output)
	}
	return abiRecordBytes + 64 + pad(out) + 64 + pad(len(j.Request))
}

// batchData is a sealed batch as it goes to L1: the records, outputs and
// requests in record order, the records root and each record's proof.
type batchData struct {
	index    uint64
	jobs     []*store.Job
	records  []record.JobRecord
	outputs  [][]byte
	requests [][]byte
	root     common.Hash
	proofs   [][]common.Hash
}

// buildBatch builds batch b's data from its jobs; roots maps model ids to roots.
func buildBatch(st *store.Store, b *store.Batch, roots map[uint64]common.Hash) (*batchData, error) {
	d := &batchData{index: b.Index}
	for _, id := range b.Jobs {
		j, err := st.Get(id)
		if err != nil {
			return nil, err
		}
		root, ok := roots[j.Spec.Model]
		if j.Spec.Kind == record.KindPretrain {
			// A seeded init: no base model (the job's model is only its
			// reference, TrainingVM.referenceModel), so the record's modelRoot is zero.
			root, ok = common.Hash{}, true
		}
		if !ok {
			return nil, fmt.Errorf("%w: job %s of batch %d runs model %d, not served", store.ErrInvalid, id, b.Index, j.Spec.Model)
		}
		r, out, err := recordOf(j, root)
		if err != nil {
			return nil, err
		}
		d.jobs = append(d.jobs, j)
		d.records = append(d.records, r)
		d.outputs = append(d.outputs, out)
		d.requests = append(d.requests, j.Request)
	}
	root, proofs, err := record.RecordsRoot(d.records)
	if err != nil {
		return nil, err
	}
	d.root, d.proofs = root, proofs
	return d, nil
}

// calldata is Rollup.propose's calldata for the batch.
func (d *batchData) calldata() []byte {
	recs := make([]bindings.IRollupJobRecord, len(d.records))
	for i := range d.records {
		recs[i] = d.records[i].Binding()
	}
	reqs := make([][]byte, len(d.requests))
	for i, r := range d.requests {
		reqs[i] = r
		if r == nil {
			reqs[i] = []byte{}
		}
	}
	return bindings.NewRollup().PackPropose(d.index, recs, d.outputs, reqs)
}

// payload is the batch in the batch data format (internal/batch), as the
// blobs of a proposeBlobs transaction carry it.
func (d *batchData) payload() (*batch.Batch, error) {
	b := &batch.Batch{Index: d.index, Records: make([]batch.Record, len(d.records))}
	for i := range d.records {
		enc, err := d.records[i].Encode()
		if err != nil {
			return nil, err
		}
		b.Records[i] = batch.Record{Record: enc, Output: d.outputs[i], Request: d.requests[i]}
	}
	return b, nil
}

// jobIDs are proposeBlobs' jobIds: each record's L1 job id, 0 for an L2 record.
func (d *batchData) jobIDs() []uint64 {
	ids := make([]uint64, len(d.records))
	for i := range d.records {
		ids[i] = d.records[i].JobID
	}
	return ids
}
