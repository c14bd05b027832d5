package store

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// BatchStatus is where a batch is on its way to L1. Each send is recorded as
// an intent before the transaction goes out and confirmed once it is mined,
// so a restart finds every transaction it may have sent and never posts or
// proposes a batch twice (docs/operators.md, "Sequencer").
type BatchStatus uint8

const (
	// BatchSealed: the batch's records are fixed; nothing was sent.
	BatchSealed BatchStatus = iota + 1
	// BatchPosting: a data transaction may have been sent (hashes in DATxs).
	BatchPosting
	// BatchPosted: the batch's data is on L1 (DATx).
	BatchPosted
	// BatchProposing: a proposal may have been sent (hashes in ProposeTxs).
	BatchProposing
	// BatchProposed: the proposal is on L1 (ProposeTx).
	BatchProposed
	// BatchFinal: every record finalized or was voided.
	BatchFinal
)

var batchStatusNames = [...]string{"", "sealed", "posting", "posted", "proposing", "proposed", "final"}

func (s BatchStatus) String() string {
	if s >= BatchSealed && s <= BatchFinal {
		return batchStatusNames[s]
	}
	return fmt.Sprintf("batchstatus(%d)", uint8(s))
}

// jobState is the state every non-voided job of a batch in status s is in.
func (s BatchStatus) jobState() State {
	switch s {
	case BatchSealed, BatchPosting:
		return Batched
	case BatchPosted, BatchProposing:
		return Posted
	case BatchProposed:
		return Proposed
	case BatchFinal:
		return Final
	}
	return 0
}

// Batch is a batch of records, one per job, in order.
type Batch struct {
	Index      uint64        `json:"index"`
	Jobs       []ID          `json:"jobs"` // record i names Jobs[i]
	Status     BatchStatus   `json:"status"`
	DATxs      []common.Hash `json:"daTxs,omitempty"`      // every data transaction sent (or about to be)
	DATx       common.Hash   `json:"daTx,omitempty"`       // the one that was mined
	ProposeTxs []common.Hash `json:"proposeTxs,omitempty"` // every proposal transaction sent (or about to be)
	ProposeTx  common.Hash   `json:"proposeTx,omitempty"`  // the one that was mined
}

// NextBatch is the index the next batch will take.
func (s *Store) NextBatch() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nextBatch
}

// GetBatch returns batch index, or ErrNotFound.
func (s *Store) GetBatch(index uint64) (*Batch, error) {
	var b Batch
	ok, err := s.getJSON(batchKey(index), &b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: batch %d", ErrNotFound, index)
	}
	return &b, nil
}

// CreateBatch seals batch index (which must be NextBatch) with the Executed
// jobs ids as its records, in that order, and moves them to Batched. Creating
// the same batch again is a no-op; a different one under a taken index is
// ErrConflict.
func (s *Store) CreateBatch(index uint64, ids []ID) (*Batch, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("%w: batch %d has no records", ErrInvalid, index)
	}
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	if old, err := s.GetBatch(index); err == nil {
		if slices.Equal(old.Jobs, ids) {
			return old, nil
		}
		return nil, fmt.Errorf("%w: batch %d holds other records", ErrConflict, index)
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if index != s.nextBatch {
		return nil, fmt.Errorf("%w: batch index %d, next is %d", ErrInvalid, index, s.nextBatch)
	}
	b := s.db.NewIndexedBatch()
	defer b.Close()
	for i, id := range ids {
		j, err := getJob(b, id)
		if err != nil {
			return nil, err
		}
		switch {
		case j.State != Executed:
			return nil, fmt.Errorf("%w: job %s is %s, batching needs %s", ErrTransition, id, j.State, Executed)
		case j.Refunded != 0 || j.Orphaned:
			return nil, fmt.Errorf("%w: job %s was refunded or reorged out on L1", ErrTransition, id)
		}
		j.State, j.Batch = Batched, &BatchRef{Batch: index, Record: uint32(i)}
		if err := writeJob(b, Executed, j); err != nil {
			return nil, err
		}
	}
	bt := &Batch{Index: index, Jobs: ids, Status: BatchSealed}
	if err := setJSON(b, batchKey(index), bt); err != nil {
		return nil, err
	}
	if err := setJSON(b, keyNextBatch, index+1); err != nil {
		return nil, err
	}
	if err := s.commit(b); err != nil {
		return nil, err
	}
	s.nextBatch = index + 1
	for range ids {
		s.m.JobMoved(Executed, Batched)
	}
	s.m.BatchMoved(BatchSealed)
	return bt, nil
}

// moveBatch applies a batch transition: from one of froms to to, moving the
// batch's live jobs to to's job state. If the batch is already in status to
// and done(batch) holds, it is a no-op.
func (s *Store) moveBatch(index uint64, to BatchStatus, froms []BatchStatus, done func(*Batch) bool, change func(*Batch)) (*Batch, error) {
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	bt, err := s.GetBatch(index)
	if err != nil {
		return nil, err
	}
	if bt.Status == to && (done == nil || done(bt)) {
		return bt, nil
	}
	if !slices.Contains(froms, bt.Status) {
		return nil, fmt.Errorf("%w: batch %d from %s to %s", ErrTransition, index, bt.Status, to)
	}
	from := bt.Status
	change(bt)
	bt.Status = to
	b := s.db.NewIndexedBatch()
	defer b.Close()
	jobFrom, jobTo := from.jobState(), to.jobState()
	moved := 0
	if jobFrom != jobTo {
		for _, id := range bt.Jobs {
			j, err := getJob(b, id)
			if err != nil {
				return nil, err
			}
			if j.State == Voided || (j.State == Final && jobTo == Final) {
				continue
			}
			if j.State != jobFrom {
				return nil, fmt.Errorf("%w: job %s of batch %d is %s, not %s", ErrCorrupt, id, index, j.State, jobFrom)
			}
			j.State = jobTo
			if err := writeJob(b, jobFrom, j); err != nil {
				return nil, err
			}
			moved++
		}
	}
	if err := setJSON(b, batchKey(index), bt); err != nil {
		return nil, err
	}
	if err := s.commit(b); err != nil {
		return nil, err
	}
	for range moved {
		s.m.JobMoved(jobFrom, jobTo)
	}
	s.m.BatchMoved(to)
	return bt, nil
}

func addHash(hs []common.Hash, h common.Hash) []common.Hash {
	if h == (common.Hash{}) || slices.Contains(hs, h) {
		return hs
	}
	return append(hs, h)
}

// PostIntent records, before it is sent, that data transaction tx (zero if
// its hash is not known yet) is about to post batch index. On restart a batch
// in BatchPosting must be settled from L1 — is one of DATxs mined, does L1
// hold the data — before anything is sent again.
func (s *Store) PostIntent(index uint64, tx common.Hash) error {
	_, err := s.moveBatch(index, BatchPosting, []BatchStatus{BatchSealed, BatchPosting},
		func(b *Batch) bool { return tx == (common.Hash{}) || slices.Contains(b.DATxs, tx) },
		func(b *Batch) { b.DATxs = addHash(b.DATxs, tx) })
	return err
}

// Posted confirms that data transaction tx was mined; the batch's jobs move to Posted.
func (s *Store) Posted(index uint64, tx common.Hash) error {
	if tx == (common.Hash{}) {
		return fmt.Errorf("%w: batch %d posted by a zero transaction hash", ErrInvalid, index)
	}
	_, err := s.moveBatch(index, BatchPosted, []BatchStatus{BatchPosting},
		func(b *Batch) bool { return b.DATx == tx },
		func(b *Batch) { b.DATxs, b.DATx = addHash(b.DATxs, tx), tx })
	return err
}

// ProposeIntent records, before it is sent, that proposal transaction tx
// (zero if not known yet) is about to propose batch index. A batch whose data
// travels in the proposal itself (Rollup.propose's calldata, or the blobs of a
// proposeBlobs transaction: everything the sequencer sends today) goes there
// straight from BatchSealed; BatchPosting and BatchPosted are for data posted
// in transactions of its own ahead of the proposal.
func (s *Store) ProposeIntent(index uint64, tx common.Hash) error {
	_, err := s.moveBatch(index, BatchProposing, []BatchStatus{BatchSealed, BatchPosted, BatchProposing},
		func(b *Batch) bool { return tx == (common.Hash{}) || slices.Contains(b.ProposeTxs, tx) },
		func(b *Batch) { b.ProposeTxs = addHash(b.ProposeTxs, tx) })
	return err
}

// Proposed confirms that proposal transaction tx was mined; the batch's jobs move to Proposed.
func (s *Store) Proposed(index uint64, tx common.Hash) error {
	if tx == (common.Hash{}) {
		return fmt.Errorf("%w: batch %d proposed by a zero transaction hash", ErrInvalid, index)
	}
	_, err := s.moveBatch(index, BatchProposed, []BatchStatus{BatchProposing},
		func(b *Batch) bool { return b.ProposeTx == tx },
		func(b *Batch) { b.ProposeTxs, b.ProposeTx = addHash(b.ProposeTxs, tx), tx })
	return err
}

// Finalize marks a proposed batch final; its jobs that were not voided (nor
// already finished, see Finish) become Final.
func (s *Store) Finalize(index uint64) error {
	_, err := s.moveBatch(index, BatchFinal, []BatchStatus{BatchProposed}, nil, func(*Batch) {})
	return err
}

// Batches calls fn for every batch in index order until fn returns an error.
func (s *Store) Batches(fn func(*Batch) error) error {
	for i := uint64(0); ; i++ {
		b, err := s.GetBatch(i)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(b); err != nil {
			return err
		}
	}
}

// Reseal replaces the records of batch index, which must not be on L1 and
// never become so (status BatchSealed, or BatchProposing once the caller
// knows that no proposal transaction sent for it can still be mined): ids
// become its records, in that order, and every job of the old batch not in
// ids is voided with drop's reason for it (each must have one). The batcher
// uses it when a job of a sealed batch can no longer be included (refunded on
// L1 meanwhile). Its status returns to BatchSealed.
func (s *Store) Reseal(index uint64, ids []ID, drop map[ID]string) (*Batch, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("%w: batch %d resealed with no records", ErrInvalid, index)
	}
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	bt, err := s.GetBatch(index)
	if err != nil {
		return nil, err
	}
	if bt.Status != BatchSealed && bt.Status != BatchProposing {
		return nil, fmt.Errorf("%w: batch %d is %s, resealing needs %s or %s", ErrTransition, index, bt.Status, BatchSealed, BatchProposing)
	}
	keep := make(map[ID]bool, len(ids))
	for _, id := range ids {
		if !slices.Contains(bt.Jobs, id) || keep[id] {
			return nil, fmt.Errorf("%w: job %s is not a record of batch %d, or twice", ErrInvalid, id, index)
		}
		keep[id] = true
	}
	b := s.db.NewIndexedBatch()
	defer b.Close()
	from := bt.Status.jobState()
	voided := 0
	for _, id := range bt.Jobs {
		j, err := getJob(b, id)
		if err != nil {
			return nil, err
		}
		if j.State != from {
			return nil, fmt.Errorf("%w: job %s of batch %d is %s, not %s", ErrCorrupt, id, index, j.State, from)
		}
		if keep[id] {
			j.State = Batched
			j.Batch = &BatchRef{Batch: index, Record: uint32(slices.Index(ids, id))}
		} else {
			reason := drop[id]
			if reason == "" {
				return nil, fmt.Errorf("%w: job %s dropped from batch %d without a reason", ErrInvalid, id, index)
			}
			j.State, j.Batch, j.VoidReason = Voided, nil, reason
			voided++
		}
		if err := writeJob(b, from, j); err != nil {
			return nil, err
		}
	}
	bt.Jobs, bt.Status, bt.ProposeTxs = ids, BatchSealed, nil
	if err := setJSON(b, batchKey(index), bt); err != nil {
		return nil, err
	}
	if err := s.commit(b); err != nil {
		return nil, err
	}
	for range voided {
		s.m.JobMoved(from, Voided)
	}
	for range len(ids) {
		s.m.JobMoved(from, Batched)
	}
	s.m.BatchMoved(BatchSealed)
	return bt, nil
}

// Abandon withdraws batch index, the last one, which must not be on L1 and
// never become so (as for Reseal): every job in it is voided with drop's
// reason for it, the batch is deleted and its index is the next batch's.
func (s *Store) Abandon(index uint64, drop map[ID]string) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	bt, err := s.GetBatch(index)
	if err != nil {
		return err
	}
	switch {
	case index+1 != s.nextBatch:
		return fmt.Errorf("%w: batch %d is not the last (next is %d)", ErrTransition, index, s.nextBatch)
	case bt.Status != BatchSealed && bt.Status != BatchProposing:
		return fmt.Errorf("%w: batch %d is %s, withdrawing needs %s or %s", ErrTransition, index, bt.Status, BatchSealed, BatchProposing)
	}
	b := s.db.NewIndexedBatch()
	defer b.Close()
	from := bt.Status.jobState()
	for _, id := range bt.Jobs {
		reason := drop[id]
		if reason == "" {
			return fmt.Errorf("%w: job %s of withdrawn batch %d without a reason", ErrInvalid, id, index)
		}
		j, err := getJob(b, id)
		if err != nil {
			return err
		}
		if j.State != from {
			return fmt.Errorf("%w: job %s of batch %d is %s, not %s", ErrCorrupt, id, index, j.State, from)
		}
		j.State, j.Batch, j.VoidReason = Voided, nil, reason
		if err := writeJob(b, from, j); err != nil {
			return err
		}
	}
	if err := b.Delete(batchKey(index), nil); err != nil {
		return err
	}
	if err := setJSON(b, keyNextBatch, index); err != nil {
		return err
	}
	if err := s.commit(b); err != nil {
		return err
	}
	s.nextBatch = index
	for range bt.Jobs {
		s.m.JobMoved(from, Voided)
	}
	return nil
}
