package store

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
)

// Verify checks the store's invariants and returns the first violation as
// ErrCorrupt: every job is in the arrival index once under its own sequence,
// sequences are below the counter, the queue index holds exactly the Queued
// jobs, each state carries its data (a lease, a result, a batch position, a
// void reason), and batches and their jobs agree. Open runs it; it reads
// everything, so it is for start-up and tests.
func (s *Store) Verify() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	corrupt := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
	}
	jobs := map[ID]*Job{}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixJob}, UpperBound: []byte{prefixJob + 1}})
	if err != nil {
		return err
	}
	for ok := it.First(); ok; ok = it.Next() {
		id, err := idFromBytes(it.Key()[1:])
		if err != nil {
			_ = it.Close()
			return err
		}
		j, err := getJob(s.db, id)
		if err != nil {
			_ = it.Close()
			return err
		}
		jobs[id] = j
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return err
	}
	order := map[ID]uint64{}
	if err := s.scanRaw(prefixOrder, func(seq uint64, id ID) error {
		j, ok := jobs[id]
		switch {
		case !ok:
			return corrupt("arrival index %d names missing job %s", seq, id)
		case j.Seq != seq:
			return corrupt("arrival index %d names job %s of sequence %d", seq, id, j.Seq)
		case seq == 0 || seq >= s.nextSeq:
			return corrupt("job %s has sequence %d, counter is %d", id, seq, s.nextSeq)
		}
		if _, dup := order[id]; dup {
			return corrupt("job %s is twice in the arrival index", id)
		}
		order[id] = seq
		return nil
	}); err != nil {
		return err
	}
	if len(order) != len(jobs) {
		return corrupt("%d jobs, %d in the arrival index", len(jobs), len(order))
	}
	queued := 0
	if err := s.scanRaw(prefixQueue, func(seq uint64, id ID) error {
		j := jobs[id]
		if j == nil || j.Seq != seq || j.State != Queued {
			return corrupt("queue index %d names job %s that is not queued there", seq, id)
		}
		queued++
		return nil
	}); err != nil {
		return err
	}
	batches := map[uint64]*Batch{}
	for i := uint64(0); i < s.nextBatch; i++ {
		b, err := s.GetBatch(i)
		if err != nil {
			return corrupt("batch %d below the counter %d: %v", i, s.nextBatch, err)
		}
		batches[i] = b
		for r, id := range b.Jobs {
			j := jobs[id]
			if j == nil || j.Batch == nil || j.Batch.Batch != i || j.Batch.Record != uint32(r) {
				return corrupt("batch %d record %d names job %s, which does not name it back", i, r, id)
			}
			if want := b.Status.jobState(); j.State != want && !((j.State == Voided || j.State == Final) && b.Status >= BatchProposed) {
				return corrupt("job %s is %s in batch %d, which is %s", id, j.State, i, b.Status)
			}
		}
	}
	if _, err := s.GetBatch(s.nextBatch); !errors.Is(err, ErrNotFound) {
		return corrupt("batch %d at or above the counter (err %v)", s.nextBatch, err)
	}
	for id, j := range jobs {
		if err := checkJob(j, batches); err != nil {
			return corrupt("job %s: %v", id, err)
		}
		if j.State == Queued {
			queued--
		}
	}
	if queued != 0 {
		return corrupt("queue index and Queued jobs differ by %d", queued)
	}
	return nil
}

func checkJob(j *Job, batches map[uint64]*Batch) error {
	switch {
	case !j.State.Valid():
		return fmt.Errorf("invalid state %d", j.State)
	case (j.ID.Source == FromL1) != (j.L1 != nil):
		return errors.New("L1 origin present iff the job is from L1")
	case j.ID.Source == FromL2 && len(j.Request) == 0:
		return errors.New("L2 job without request bytes")
	case (j.State == Leased) != (j.Lease != nil):
		return fmt.Errorf("%s with lease %v", j.State, j.Lease != nil)
	case (j.State >= Executed && j.State <= Final) && j.Result == nil:
		return fmt.Errorf("%s without a result", j.State)
	case (j.State >= Batched && j.State <= Final) && j.Batch == nil:
		return fmt.Errorf("%s without a batch", j.State)
	case j.State.Unbatched() && j.Batch != nil:
		return fmt.Errorf("%s with a batch", j.State)
	case (j.State == Voided) != (j.VoidReason != ""):
		return fmt.Errorf("%s with void reason %q", j.State, j.VoidReason)
	}
	if j.Batch != nil {
		b := batches[j.Batch.Batch]
		if b == nil || int(j.Batch.Record) >= len(b.Jobs) || b.Jobs[j.Batch.Record] != j.ID {
			return fmt.Errorf("names batch %d record %d, which does not name it", j.Batch.Batch, j.Batch.Record)
		}
	}
	return nil
}

// scanRaw calls fn for every entry of a sequence index (order or queue).
func (s *Store) scanRaw(prefix byte, fn func(seq uint64, id ID) error) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefix}, UpperBound: []byte{prefix + 1}})
	if err != nil {
		return err
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		if len(it.Key()) != 9 {
			return fmt.Errorf("%w: index key %q", ErrCorrupt, it.Key())
		}
		id, err := idFromBytes(it.Value())
		if err != nil {
			return err
		}
		if err := fn(beU64(it.Key()[1:]), id); err != nil {
			return err
		}
	}
	return it.Error()
}
