package lease

import (
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"time"
)

var (
	// ErrUnknownWorker is returned for a worker that did not register.
	ErrUnknownWorker = errors.New("lease: unknown worker")
	// ErrInvalidWorker is returned for a registration the scheduler refuses.
	ErrInvalidWorker = errors.New("lease: invalid worker")
	// ErrUnknownJob is returned for a job the scheduler does not hold.
	ErrUnknownJob = errors.New("lease: unknown job")
	// ErrNotLeased is returned for a result or renewal of a job that is queued.
	ErrNotLeased = errors.New("lease: job not leased")
	// ErrLeaseLost is returned when the job is leased to another worker.
	ErrLeaseLost = errors.New("lease: job leased to another worker")
	// ErrLeaseExpired is returned when the worker's lease passed its
	// deadline; the job is back in the queue.
	ErrLeaseExpired = errors.New("lease: lease expired")
	// ErrInvalidConfig is returned by New for a lease duration it refuses.
	ErrInvalidConfig = errors.New("lease: invalid config")
	// ErrDuplicate is returned when a job is enqueued under another model or sequence.
	ErrDuplicate = errors.New("lease: job already held")
)

// Clock tells the time (op-service's clock.Clock satisfies it).
type Clock interface{ Now() time.Time }

// Root names a model by its Merkle root.
type Root [32]byte

// Worker is a registration.
type Worker struct {
	ID          string
	Models      []Root // model roots served
	Concurrency int    // leases held at once, at least 1
}

// Lease is a job handed to a worker.
type Lease[K comparable] struct {
	Job      K
	Model    Root
	Seq      uint64
	Worker   string
	Deadline time.Time
}

type entry[K comparable] struct {
	job      K
	model    Root
	seq      uint64
	worker   string // "" while queued
	deadline time.Time
}

type worker struct {
	Worker
	held int
}

// Scheduler assigns queued jobs (keyed by K) to workers. It is not safe for
// concurrent use; the caller serialises calls.
type Scheduler[K comparable] struct {
	clock   Clock
	ttl     time.Duration
	jobs    map[K]*entry[K]
	queues  map[Root]*queue[K]
	workers map[string]*worker
}

// New returns a scheduler whose leases last ttl.
func New[K comparable](clock Clock, ttl time.Duration) (*Scheduler[K], error) {
	if ttl <= 0 {
		return nil, fmt.Errorf("%w: lease duration %v must be positive", ErrInvalidConfig, ttl)
	}
	return &Scheduler[K]{clock: clock, ttl: ttl, jobs: map[K]*entry[K]{}, queues: map[Root]*queue[K]{}, workers: map[string]*worker{}}, nil
}

// Register adds a worker or updates its models and concurrency. Leases it
// holds are kept (they expire or complete as usual).
func (s *Scheduler[K]) Register(w Worker) error {
	switch {
	case w.ID == "":
		return fmt.Errorf("%w: empty id", ErrInvalidWorker)
	case len(w.Models) == 0:
		return fmt.Errorf("%w: worker %q serves no model", ErrInvalidWorker, w.ID)
	case w.Concurrency < 1:
		return fmt.Errorf("%w: worker %q concurrency %d, at least 1", ErrInvalidWorker, w.ID, w.Concurrency)
	}
	w.Models = slices.Clone(w.Models)
	if old, ok := s.workers[w.ID]; ok {
		old.Worker = w
		return nil
	}
	nw := &worker{Worker: w}
	for _, e := range s.jobs { // leases restored before the worker came back
		if e.worker == w.ID {
			nw.held++
		}
	}
	s.workers[w.ID] = nw
	return nil
}

// Deregister removes a worker and returns its leased jobs to the queue.
func (s *Scheduler[K]) Deregister(id string) []K {
	delete(s.workers, id)
	var back []*entry[K]
	for _, e := range s.jobs {
		if e.worker == id {
			back = append(back, e)
		}
	}
	return s.requeue(back)
}

// Enqueue queues a job of model with its store sequence. Enqueuing a job that
// is already queued or leased with the same model and sequence is a no-op.
func (s *Scheduler[K]) Enqueue(job K, model Root, seq uint64) error {
	if e, ok := s.jobs[job]; ok {
		if e.model != model || e.seq != seq {
			return fmt.Errorf("%w: job %v as model %x seq %d, held as model %x seq %d", ErrDuplicate, job, model[:4], seq, e.model[:4], e.seq)
		}
		return nil
	}
	e := &entry[K]{job: job, model: model, seq: seq}
	s.jobs[job] = e
	s.push(e)
	return nil
}

// Restore re-creates a lease recorded in the store before a restart.
func (s *Scheduler[K]) Restore(l Lease[K]) error {
	if _, ok := s.jobs[l.Job]; ok {
		return fmt.Errorf("%w: restoring the lease of job %v", ErrDuplicate, l.Job)
	}
	e := &entry[K]{job: l.Job, model: l.Model, seq: l.Seq, worker: l.Worker, deadline: l.Deadline}
	s.jobs[l.Job] = e
	if w, ok := s.workers[l.Worker]; ok {
		w.held++
	}
	return nil
}

// Acquire leases the oldest queued job the worker serves; ok is false if
// there is none or the worker holds as many leases as its concurrency.
func (s *Scheduler[K]) Acquire(workerID string) (l Lease[K], ok bool, err error) {
	w, found := s.workers[workerID]
	if !found {
		return l, false, fmt.Errorf("%w: %q", ErrUnknownWorker, workerID)
	}
	if w.held >= w.Concurrency {
		return l, false, nil
	}
	var best *queue[K]
	for _, m := range w.Models {
		q := s.queues[m]
		if q == nil || q.Len() == 0 {
			continue
		}
		if best == nil || (*q)[0].seq < (*best)[0].seq {
			best = q
		}
	}
	if best == nil {
		return l, false, nil
	}
	e := heap.Pop(best).(*entry[K])
	e.worker, e.deadline = workerID, s.clock.Now().Add(s.ttl)
	w.held++
	return e.lease(), true, nil
}

// Renew extends the live lease of job held by worker to ttl from now.
func (s *Scheduler[K]) Renew(job K, workerID string) (Lease[K], error) {
	e, err := s.live(job, workerID)
	if err != nil {
		return Lease[K]{}, err
	}
	e.deadline = s.clock.Now().Add(s.ttl)
	return e.lease(), nil
}

// Complete accepts worker's result for job if the worker holds its live lease
// and forgets the job (the caller stores the result; to run the job again,
// Enqueue it). A lease past its deadline is ErrLeaseExpired and the job
// returns to the queue.
func (s *Scheduler[K]) Complete(job K, workerID string) error {
	e, err := s.live(job, workerID)
	if err != nil {
		return err
	}
	s.release(e)
	delete(s.jobs, job)
	return nil
}

// Forget drops a job wherever it is (voided or dropped by the store).
func (s *Scheduler[K]) Forget(job K) {
	if e, ok := s.jobs[job]; ok {
		if e.worker != "" {
			s.release(e)
		} else {
			s.queues[e.model].remove(e)
		}
		delete(s.jobs, job)
	}
}

// Expire returns every lease at or past its deadline to the queue and
// returns their jobs in sequence order.
func (s *Scheduler[K]) Expire() []K {
	now := s.clock.Now()
	var back []*entry[K]
	for _, e := range s.jobs {
		if e.worker != "" && !now.Before(e.deadline) {
			back = append(back, e)
		}
	}
	return s.requeue(back)
}

// Queued returns how many jobs of model wait for a worker.
func (s *Scheduler[K]) Queued(model Root) int {
	if q := s.queues[model]; q != nil {
		return q.Len()
	}
	return 0
}

// Leases returns the live and expired leases held, in sequence order.
func (s *Scheduler[K]) Leases() []Lease[K] {
	var out []Lease[K]
	for _, e := range s.jobs {
		if e.worker != "" {
			out = append(out, e.lease())
		}
	}
	slices.SortFunc(out, func(a, b Lease[K]) int { return cmpU64(a.Seq, b.Seq) })
	return out
}

func (s *Scheduler[K]) live(job K, workerID string) (*entry[K], error) {
	e, ok := s.jobs[job]
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: %v", ErrUnknownJob, job)
	case e.worker == "":
		return nil, fmt.Errorf("%w: job %v, from worker %q", ErrNotLeased, job, workerID)
	case e.worker != workerID:
		return nil, fmt.Errorf("%w: job %v is leased to %q, not %q", ErrLeaseLost, job, e.worker, workerID)
	case !s.clock.Now().Before(e.deadline):
		s.requeue([]*entry[K]{e})
		return nil, fmt.Errorf("%w: job %v, worker %q, deadline %v", ErrLeaseExpired, job, workerID, e.deadline)
	}
	return e, nil
}

func (s *Scheduler[K]) release(e *entry[K]) {
	if w, ok := s.workers[e.worker]; ok && w.held > 0 {
		w.held--
	}
	e.worker, e.deadline = "", time.Time{}
}

func (s *Scheduler[K]) requeue(es []*entry[K]) []K {
	slices.SortFunc(es, func(a, b *entry[K]) int { return cmpU64(a.seq, b.seq) })
	out := make([]K, 0, len(es))
	for _, e := range es {
		s.release(e)
		s.push(e)
		out = append(out, e.job)
	}
	return out
}

func (s *Scheduler[K]) push(e *entry[K]) {
	q := s.queues[e.model]
	if q == nil {
		q = &queue[K]{}
		s.queues[e.model] = q
	}
	heap.Push(q, e)
}

func (e *entry[K]) lease() Lease[K] {
	return Lease[K]{Job: e.job, Model: e.model, Seq: e.seq, Worker: e.worker, Deadline: e.deadline}
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// queue is a min-heap of queued entries by sequence.
type queue[K comparable] []*entry[K]

func (q queue[K]) Len() int           { return len(q) }
func (q queue[K]) Less(i, j int) bool { return q[i].seq < q[j].seq }
func (q queue[K]) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue[K]) Push(x any)        { *q = append(*q, x.(*entry[K])) }
func (q *queue[K]) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func (q *queue[K]) remove(e *entry[K]) {
	for i, x := range *q {
		if x == e {
			heap.Remove(q, i)
			return
		}
	}
}
