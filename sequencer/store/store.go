package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/log"
)

var (
	// ErrNotFound is returned for a job or batch the store does not hold.
	ErrNotFound = errors.New("store: not found")
	// ErrTransition is returned for a transition the job's (or batch's) state does not allow.
	ErrTransition = errors.New("store: transition not allowed")
	// ErrConflict is returned when a transition is re-applied with different
	// data (another result, another submission under the same id).
	ErrConflict = errors.New("store: conflicting write")
	// ErrInvalid is returned for an argument the store refuses.
	ErrInvalid = errors.New("store: invalid argument")
	// ErrCorrupt is returned when stored data breaks an invariant.
	ErrCorrupt = errors.New("store: corrupt")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("store: closed")
)

// Key layout. Every value is JSON except the indexes, whose values are job ids.
const (
	prefixJob      = 'j' // j | id(33)            -> Job
	prefixOrder    = 'o' // o | seq(8)            -> id: every job in arrival order
	prefixQueue    = 'q' // q | seq(8)            -> id: Queued jobs in FIFO order
	prefixBatch    = 'b' // b | index(8)          -> Batch
	prefixL1Block  = 'h' // h | number(8)         -> L1 block hash checkpoint
	prefixL1Job    = 'l' // l | number(8) | id(33) -> nil: L1 jobs by the block of their event
	prefixL1Refund = 'r' // r | number(8) | id(33) -> nil: refunds by the block of their event
	prefixMeta     = 'm'
)

var (
	keyNextSeq   = []byte("mseq")
	keyNextBatch = []byte("mbatch")
	keyL1Head    = []byte("ml1head")
)

func jobKey(id ID) []byte          { return append([]byte{prefixJob}, id.bytes()...) }
func orderKey(seq uint64) []byte   { return append([]byte{prefixOrder}, u64(seq)...) }
func queueKey(seq uint64) []byte   { return append([]byte{prefixQueue}, u64(seq)...) }
func batchKey(index uint64) []byte { return append([]byte{prefixBatch}, u64(index)...) }
func l1BlockKey(num uint64) []byte { return append([]byte{prefixL1Block}, u64(num)...) }
func l1JobKey(num uint64, id ID) []byte {
	return append(append([]byte{prefixL1Job}, u64(num)...), id.bytes()...)
}
func l1RefundKey(num uint64, id ID) []byte {
	return append(append([]byte{prefixL1Refund}, u64(num)...), id.bytes()...)
}

// Metrics observes the store. Implementations must be safe for concurrent use.
type Metrics interface {
	// JobMoved counts a job entering state to (from is 0 for a new job).
	JobMoved(from, to State)
	// BatchMoved counts a batch entering status to.
	BatchMoved(to BatchStatus)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

func (NoopMetrics) JobMoved(State, State)  {}
func (NoopMetrics) BatchMoved(BatchStatus) {}

// Options configure Open. The zero value is usable.
type Options struct {
	Logger  log.Logger // nil: log.Root()
	Metrics Metrics    // nil: NoopMetrics
}

// Store is the sequencer's durable state on Pebble. Every method that changes
// state writes one Pebble batch with Sync and returns after it is on disk, so
// a change is either wholly there after a crash or not at all. Writers are
// serialised (the sequencer is a single ordered writer); reads may run
// concurrently with them.
type Store struct {
	db  *pebble.DB
	log log.Logger
	m   Metrics

	mu        sync.Mutex // serialises writers and guards the counters below
	nextSeq   uint64
	nextBatch uint64
	closed    bool
}

// pebbleLogger forwards Pebble's messages to a structured logger.
type pebbleLogger struct{ l log.Logger }

func (p pebbleLogger) Infof(format string, args ...any) {
	p.l.Debug("pebble", "msg", fmt.Sprintf(format, args...))
}
func (p pebbleLogger) Errorf(format string, args ...any) {
	p.l.Error("pebble", "msg", fmt.Sprintf(format, args...))
}
func (p pebbleLogger) Fatalf(format string, args ...any) {
	p.l.Crit("pebble", "msg", fmt.Sprintf(format, args...))
}

// Open opens (creating if needed) the store in dir and checks its invariants.
func Open(dir string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = log.Root()
	}
	if opts.Metrics == nil {
		opts.Metrics = NoopMetrics{}
	}
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLogger{opts.Logger}})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	s := &Store{db: db, log: opts.Logger, m: opts.Metrics, nextSeq: 1}
	if err := s.loadCounter(keyNextSeq, &s.nextSeq); err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := s.loadCounter(keyNextBatch, &s.nextBatch); err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := s.Verify(); err != nil {
		_ = db.Close()
		return nil, err
	}
	s.log.Info("store opened", "dir", dir, "nextSeq", s.nextSeq, "nextBatch", s.nextBatch)
	return s, nil
}

// Close closes the store. Pebble flushes nothing that was not already synced.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.db.Close()
}

func (s *Store) loadCounter(key []byte, v *uint64) error {
	var n uint64
	ok, err := s.getJSON(key, &n)
	if err != nil {
		return err
	}
	if ok {
		*v = n
	}
	return nil
}

func (s *Store) getJSON(key []byte, v any) (ok bool, err error) { return getJSON(s.db, key, v) }

// getJSON reads key into v; ok is false if the key is absent.
func getJSON(r pebble.Reader, key []byte, v any) (ok bool, err error) {
	b, closer, err := r.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: read %q: %w", key, err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%w: key %q: %v", ErrCorrupt, key, err)
	}
	return true, nil
}

func setJSON(b *pebble.Batch, key []byte, v any) error {
	buf, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %q: %w", key, err)
	}
	return b.Set(key, buf, nil)
}

// commit writes b synced; the change is durable when it returns nil.
func (s *Store) commit(b *pebble.Batch) error {
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

func (s *Store) lock() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	return nil
}

// Get returns job id, or ErrNotFound.
func (s *Store) Get(id ID) (*Job, error) { return getJob(s.db, id) }

func getJob(r pebble.Reader, id ID) (*Job, error) {
	var j Job
	ok, err := getJSON(r, jobKey(id), &j)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: job %s", ErrNotFound, id)
	}
	return &j, nil
}

// writeJob stages j (whose state was from before the change; 0 for a new
// job) and keeps the queue index in step with its state.
func writeJob(b *pebble.Batch, from State, j *Job) error {
	if from == Queued && j.State != Queued {
		if err := b.Delete(queueKey(j.Seq), nil); err != nil {
			return err
		}
	}
	if j.State == Queued && from != Queued {
		if err := b.Set(queueKey(j.Seq), j.ID.bytes(), nil); err != nil {
			return err
		}
	}
	return setJSON(b, jobKey(j.ID), j)
}

// Put stores a new job in state Received and returns it with its sequence
// number. It returns only once the job is durable: acknowledge a submission
// after Put returns, never before. Putting the same submission again is a
// no-op that returns the stored job (created is false); another submission
// under a stored id is ErrConflict. An L1 job that was Dropped by a reorg and
// is put again returns to Received with the new submission (same sequence).
func (s *Store) Put(j *Job) (stored *Job, created bool, err error) {
	switch {
	case j.ID.Source == FromL1 && j.L1 == nil:
		return nil, false, fmt.Errorf("%w: L1 job %s without its origin", ErrInvalid, j.ID)
	case j.ID.Source == FromL2 && len(j.Request) == 0:
		return nil, false, fmt.Errorf("%w: L2 job %s without its request bytes", ErrInvalid, j.ID)
	case j.ID.Source != FromL1 && j.ID.Source != FromL2:
		return nil, false, fmt.Errorf("%w: job source %d", ErrInvalid, j.ID.Source)
	}
	if err := s.lock(); err != nil {
		return nil, false, err
	}
	defer s.mu.Unlock()
	b := s.db.NewIndexedBatch()
	defer b.Close()
	next := s.nextSeq
	stored, created, err = s.stagePut(b, j, &next)
	if err != nil {
		return nil, false, err
	}
	if err := s.commitSeq(b, next); err != nil {
		return nil, false, err
	}
	return stored, created, nil
}

// commitSeq commits b, with the sequence counter if it moved to next.
func (s *Store) commitSeq(b *pebble.Batch, next uint64) error {
	if b.Empty() {
		return nil
	}
	if next != s.nextSeq {
		if err := setJSON(b, keyNextSeq, next); err != nil {
			return err
		}
	}
	if err := s.commit(b); err != nil {
		return err
	}
	s.nextSeq = next
	return nil
}

// stagePut stages j into b. A new job takes sequence *next, which is then
// advanced; s.nextSeq moves only once the batch is committed.
func (s *Store) stagePut(b *pebble.Batch, j *Job, next *uint64) (*Job, bool, error) {
	old, err := getJob(b, j.ID)
	switch {
	case errors.Is(err, ErrNotFound):
		n := *j
		n.Seq, n.State = *next, Received
		*next++
		n.Lease, n.Result, n.Batch, n.VoidReason, n.Refunded, n.RefundedFrom, n.Orphaned = nil, nil, nil, "", 0, 0, false
		if err := writeJob(b, 0, &n); err != nil {
			return nil, false, err
		}
		if err := b.Set(orderKey(n.Seq), n.ID.bytes(), nil); err != nil {
			return nil, false, err
		}
		if n.L1 != nil {
			if err := b.Set(l1JobKey(n.L1.Block, n.ID), nil, nil); err != nil {
				return nil, false, err
			}
		}
		s.m.JobMoved(0, Received)
		return &n, true, nil
	case err != nil:
		return nil, false, err
	}
	if old.State == Dropped {
		// The event reappeared (maybe in another block, maybe another job
		// under a reused inbox id): revive it in place.
		n := *old
		n.State = Received
		if sameSubmission(old, j) && old.DroppedFrom != 0 {
			n.State = old.DroppedFrom
			if n.State == Leased {
				n.State = Queued
			}
		}
		if n.State != Executed {
			n.Result = nil
		}
		n.Spec, n.L1, n.Orphaned, n.DroppedFrom = j.Spec, j.L1, false, 0
		if err := writeJob(b, Dropped, &n); err != nil {
			return nil, false, err
		}
		if err := b.Set(l1JobKey(n.L1.Block, n.ID), nil, nil); err != nil {
			return nil, false, err
		}
		s.m.JobMoved(Dropped, n.State)
		return &n, false, nil
	}
	if !sameSubmission(old, j) {
		return nil, false, fmt.Errorf("%w: job %s is stored (%s) with another submission", ErrConflict, j.ID, old.State)
	}
	if old.Orphaned && j.L1 != nil {
		// A batched job whose event vanished and came back, identical.
		n := *old
		n.Orphaned, n.L1 = false, j.L1
		if err := writeJob(b, old.State, &n); err != nil {
			return nil, false, err
		}
		if err := b.Set(l1JobKey(n.L1.Block, n.ID), nil, nil); err != nil {
			return nil, false, err
		}
		return &n, false, nil
	}
	return old, false, nil
}

// move applies one job transition: if the job is already in state to and
// same(job) holds, the transition was applied before and this is a no-op;
// otherwise the job must be allowed to move to to, and change prepares it.
func (s *Store) move(id ID, to State, same func(*Job) bool, change func(*Job) error) (*Job, error) {
	if err := s.lock(); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	j, err := s.Get(id)
	if err != nil {
		return nil, err
	}
	if j.State == to {
		if same == nil || same(j) {
			return j, nil
		}
		return nil, fmt.Errorf("%w: job %s is already %s with other data", ErrConflict, id, to)
	}
	if !CanMove(j.State, to) {
		return nil, fmt.Errorf("%w: job %s from %s to %s", ErrTransition, id, j.State, to)
	}
	from := j.State
	if change != nil {
		if err := change(j); err != nil {
			return nil, err
		}
	}
	j.State = to
	b := s.db.NewBatch()
	defer b.Close()
	if err := writeJob(b, from, j); err != nil {
		return nil, err
	}
	if err := s.commit(b); err != nil {
		return nil, err
	}
	s.m.JobMoved(from, to)
	return j, nil
}

// Queue admits a Received job for dispatch.
func (s *Store) Queue(id ID) error {
	_, err := s.move(id, Queued, nil, nil)
	return err
}

// Lease records that worker l.Worker holds a Queued job until l.Deadline.
func (s *Store) Lease(id ID, l Lease) error {
	if l.Worker == "" {
		return fmt.Errorf("%w: lease of job %s names no worker", ErrInvalid, id)
	}
	_, err := s.move(id, Leased,
		func(j *Job) bool {
			return j.Lease != nil && j.Lease.Worker == l.Worker && j.Lease.Deadline.Equal(l.Deadline)
		},
		func(j *Job) error { j.Lease = &l; return nil })
	return err
}

// Renew moves the deadline of worker's lease of a Leased job to deadline, so
// that a restart keeps the renewed lease (a renewal to an earlier deadline is
// a no-op). It is ErrConflict if the job is leased to another worker, and
// ErrTransition if it is not leased.
func (s *Store) Renew(id ID, worker string, deadline time.Time) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	j, err := s.Get(id)
	if err != nil {
		return err
	}
	switch {
	case j.State != Leased || j.Lease == nil:
		return fmt.Errorf("%w: job %s is %s, renewing needs %s", ErrTransition, id, j.State, Leased)
	case j.Lease.Worker != worker:
		return fmt.Errorf("%w: job %s is leased to %q, renewal from %q", ErrConflict, id, j.Lease.Worker, worker)
	case !deadline.After(j.Lease.Deadline):
		return nil
	}
	j.Lease.Deadline = deadline
	b := s.db.NewBatch()
	defer b.Close()
	if err := writeJob(b, Leased, j); err != nil {
		return err
	}
	return s.commit(b)
}

// Requeue returns a Leased job (its lease expired) or an Executed job (its
// result was refused) to the queue, dropping the lease and the result. It
// keeps the job's sequence, so the job goes back to the head of its model's
// FIFO.
func (s *Store) Requeue(id ID) error {
	_, err := s.move(id, Queued, nil, func(j *Job) error { j.Lease, j.Result = nil, nil; return nil })
	return err
}

// SetResult stores a worker's result for a Leased job. Re-applying the same
// result is a no-op; another result for an Executed job is ErrConflict.
func (s *Store) SetResult(id ID, r Result) error {
	if r.Worker == "" {
		return fmt.Errorf("%w: result for job %s names no worker", ErrInvalid, id)
	}
	_, err := s.move(id, Executed,
		func(j *Job) bool { return j.Result.Equal(&r) },
		func(j *Job) error {
			if j.Lease != nil && j.Lease.Worker != r.Worker {
				return fmt.Errorf("%w: job %s is leased to %q, result from %q", ErrConflict, id, j.Lease.Worker, r.Worker)
			}
			j.Lease, j.Result = nil, &r
			return nil
		})
	return err
}

// Void ends a job that will not be served (rejected, refunded, or its record
// voided) with a reason. Voiding a Voided job again is a no-op.
func (s *Store) Void(id ID, reason string) error {
	if reason == "" {
		return fmt.Errorf("%w: voiding job %s without a reason", ErrInvalid, id)
	}
	_, err := s.move(id, Voided, nil, func(j *Job) error { j.Lease, j.VoidReason = nil, reason; return nil })
	return err
}

// Finish marks a Proposed job Final: its record was delivered on L1.
// Finishing a Final job again is a no-op.
func (s *Store) Finish(id ID) error {
	_, err := s.move(id, Final, nil, nil)
	return err
}

// Jobs calls fn for every job in arrival (sequence) order until fn returns an error.
func (s *Store) Jobs(fn func(*Job) error) error {
	return s.scanIndex(prefixOrder, fn)
}

// Queued returns the Queued jobs in FIFO (sequence) order.
func (s *Store) Queued() ([]*Job, error) {
	var out []*Job
	err := s.scanIndex(prefixQueue, func(j *Job) error { out = append(out, j); return nil })
	return out, err
}

// InState returns the jobs in state st in sequence order (a full scan: for
// recovery at start-up, not for the hot path).
func (s *Store) InState(st State) ([]*Job, error) {
	var out []*Job
	err := s.Jobs(func(j *Job) error {
		if j.State == st {
			out = append(out, j)
		}
		return nil
	})
	return out, err
}

func (s *Store) scanIndex(prefix byte, fn func(*Job) error) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefix}, UpperBound: []byte{prefix + 1}})
	if err != nil {
		return fmt.Errorf("store: iterate: %w", err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		id, err := idFromBytes(it.Value())
		if err != nil {
			return err
		}
		j, err := s.Get(id)
		if err != nil {
			return fmt.Errorf("%w: index %q names %s: %v", ErrCorrupt, it.Key(), id, err)
		}
		if err := fn(j); err != nil {
			return err
		}
	}
	return it.Error()
}
