package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/sequencer/lease"
	"github.com/airollup/airollup/sequencer/store"
)

// kindInference is IJobInbox.Kind.Inference, the only kind served.
const kindInference = 0

// Clock tells the time (op-service's clock.Clock satisfies it).
type Clock = lease.Clock

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Dispatcher hands stored jobs to workers: it admits received jobs, keeps the
// lease scheduler in step with the store, and checks and stores results.
// Every decision is persisted in the store before it is acknowledged. It is
// safe for concurrent use.
type Dispatcher struct {
	st     *store.Store
	log    log.Logger
	m      Metrics
	clock  Clock
	ttl    time.Duration
	byID   map[uint64]Model
	byRoot map[common.Hash]Model
	models *models // nil: no re-execution
	sample func() bool

	mu      sync.Mutex
	sched   *lease.Scheduler[store.ID]
	held    map[store.ID]bool // jobs the scheduler holds (queued or leased)
	workers map[string]bool   // registered workers
	banned  map[string]bool   // workers refused after a wrong result
}

// DispatchConfig configures a Dispatcher.
type DispatchConfig struct {
	Models        []Model
	LeaseDuration time.Duration
	SampleRate    float64 // fraction of results re-executed
	Clock         Clock   // nil: the system clock
	// Verify loads the canonical models for re-execution; nil when SampleRate is 0.
	verify *models
}

// NewDispatcher returns a dispatcher over st and rebuilds the scheduler from
// it: a leased job whose lease is recorded keeps it until its deadline (its
// worker may come back), one whose lease or model is unknown is queued again.
func NewDispatcher(st *store.Store, cfg DispatchConfig, logger log.Logger, m Metrics) (*Dispatcher, error) {
	if cfg.Clock == nil {
		cfg.Clock = systemClock{}
	}
	sched, err := lease.New[store.ID](cfg.Clock, cfg.LeaseDuration)
	if err != nil {
		return nil, err
	}
	d := &Dispatcher{st: st, log: logger, m: m, clock: cfg.Clock, ttl: cfg.LeaseDuration,
		byID: map[uint64]Model{}, byRoot: map[common.Hash]Model{}, models: cfg.verify,
		sched: sched, held: map[store.ID]bool{}, workers: map[string]bool{}, banned: map[string]bool{}}
	for _, md := range cfg.Models {
		d.byID[md.ID], d.byRoot[md.Root] = md, md
	}
	rate := cfg.SampleRate
	d.sample = func() bool { return rate >= 1 || (rate > 0 && rand.Float64() < rate) }
	if err := d.restore(); err != nil {
		return nil, err
	}
	return d, d.Sync()
}

func (d *Dispatcher) restore() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	leased, err := d.st.InState(store.Leased)
	if err != nil {
		return err
	}
	for _, j := range leased {
		md, ok := d.byID[j.Spec.Model]
		if j.Lease == nil || !ok {
			d.log.Info("lease unknown after restart, job queued again", "job", j.ID)
			if err := d.st.Requeue(j.ID); err != nil {
				return err
			}
			continue
		}
		if err := d.sched.Restore(lease.Lease[store.ID]{Job: j.ID, Model: lease.Root(md.Root), Seq: j.Seq,
			Worker: j.Lease.Worker, Deadline: j.Lease.Deadline}); err != nil {
			return err
		}
		d.held[j.ID] = true
		d.log.Info("lease restored", "job", j.ID, "worker", j.Lease.Worker, "deadline", j.Lease.Deadline)
	}
	return nil
}

// Sync admits received jobs (a job of an unsupported kind or with an
// undecodable input is voided; one of a model this sequencer does not serve
// waits, received, until it does), queues the queued ones in the scheduler
// and drops from it those the store no longer has queued or leased (voided,
// dropped by an L1 reorg).
func (d *Dispatcher) Sync() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	received, err := d.st.InState(store.Received)
	if err != nil {
		return err
	}
	for _, j := range received {
		if _, err := d.admitLocked(j); err != nil {
			return err
		}
	}
	queued, err := d.st.Queued()
	if err != nil {
		return err
	}
	for _, j := range queued {
		md, ok := d.byID[j.Spec.Model]
		if !ok { // queued by an earlier run that served the model
			continue
		}
		if err := d.sched.Enqueue(j.ID, lease.Root(md.Root), j.Seq); err != nil {
			return err
		}
		d.held[j.ID] = true
	}
	for id := range d.held {
		j, err := d.st.Get(id)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if err != nil || (j.State != store.Queued && j.State != store.Leased) {
			d.sched.Forget(id)
			delete(d.held, id)
		}
	}
	return nil
}

// Admit admits one received job at once, as Sync would, and hands it to
// the scheduler: the RPC submission path calls it after storing an L2 job so
// that the job need not wait for the next L1 poll. A job that is not
// Received is left alone. It reports whether the job is now queued.
func (d *Dispatcher) Admit(id store.ID) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	j, err := d.st.Get(id)
	if err != nil {
		return false, err
	}
	if j.State != store.Received {
		return j.State == store.Queued || j.State == store.Leased, nil
	}
	ok, err := d.admitLocked(j)
	if err != nil || !ok {
		return false, err
	}
	md := d.byID[j.Spec.Model]
	if err := d.sched.Enqueue(j.ID, lease.Root(md.Root), j.Seq); err != nil {
		return false, err
	}
	d.held[j.ID] = true
	return true, nil
}

// admitLocked queues a received job of a served model, or voids it (an
// unsupported kind or an undecodable input); a job of a model this
// sequencer does not serve waits, received. It reports whether the job was
// queued in the store (not yet in the scheduler).
func (d *Dispatcher) admitLocked(j *store.Job) (bool, error) {
	if _, ok := d.byID[j.Spec.Model]; !ok {
		d.log.Debug("job waits for an unserved model", "job", j.ID, "model", j.Spec.Model)
		return false, nil
	}
	var reason string
	if j.Spec.Kind != kindInference {
		reason = fmt.Sprintf("unsupported kind %d", j.Spec.Kind)
	} else if _, err := Prompt(j.Spec.Input); err != nil {
		reason = err.Error()
	}
	if reason != "" {
		d.log.Warn("job refused", "job", j.ID, "reason", reason)
		return false, d.st.Void(j.ID, reason)
	}
	return true, d.st.Queue(j.ID)
}

// Expire returns jobs whose lease passed its deadline to the queue.
func (d *Dispatcher) Expire() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.expireLocked()
}

func (d *Dispatcher) expireLocked() error {
	back := d.sched.Expire()
	for _, id := range back {
		d.log.Info("lease expired, job queued again", "job", id)
		if err := d.st.Requeue(id); err != nil {
			return err
		}
	}
	if len(back) > 0 {
		d.m.RecordLeaseExpired(len(back))
	}
	return nil
}

// RegisterResult is what a worker's registration returns.
type RegisterResult struct {
	Worker          string `json:"worker"`
	LeaseDurationMs int64  `json:"leaseDurationMs"` // each lease and renewal lasts this long
}

// Register adds (or updates) a worker serving roots with concurrency leases at once.
func (d *Dispatcher) Register(id string, roots []common.Hash, concurrency int) (*RegisterResult, error) {
	if id == "" || len(id) > 128 {
		return nil, rpcErr(CodeInvalidParams, nil, "worker id of %d characters, want 1 to 128", len(id))
	}
	if concurrency < 1 || concurrency > 1024 {
		return nil, rpcErr(CodeInvalidParams, nil, "concurrency %d, want 1 to 1024", concurrency)
	}
	if len(roots) == 0 {
		return nil, rpcErr(CodeInvalidParams, nil, "worker %q serves no model root", id)
	}
	w := lease.Worker{ID: id, Concurrency: concurrency}
	for _, r := range roots {
		w.Models = append(w.Models, lease.Root(r))
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.banned[id] {
		return nil, rpcErr(CodeWorkerRefused, nil, "worker %q was refused after a wrong result", id)
	}
	if err := d.sched.Register(w); err != nil {
		return nil, rpcErr(CodeInvalidParams, err, "register worker %q", id)
	}
	d.workers[id] = true
	d.m.RecordWorkers(len(d.workers))
	d.log.Info("worker registered", "worker", id, "models", len(roots), "concurrency", concurrency)
	return &RegisterResult{Worker: id, LeaseDurationMs: d.ttl.Milliseconds()}, nil
}

// LeasedJob is a job leased to a worker: what to compute and until when.
type LeasedJob struct {
	ID        string      `json:"id"`
	Model     common.Hash `json:"model"` // model root
	Prompt    []uint32    `json:"prompt"`
	MaxTokens uint32      `json:"maxTokens"`
	Params    JobParams   `json:"params"`
	Deadline  time.Time   `json:"deadline"`
}

// JobParams are a job's sampling parameters.
type JobParams struct {
	TemperatureMilli uint32      `json:"temperatureMilli"`
	TopK             uint32      `json:"topK"`
	TopPMicro        uint32      `json:"topPMicro"`
	Seed             common.Hash `json:"seed"`
}

// Lease leases up to max jobs to worker, oldest first.
func (d *Dispatcher) Lease(worker string, max int) ([]LeasedJob, error) {
	if max < 1 || max > 1024 {
		return nil, rpcErr(CodeInvalidParams, nil, "max %d, want 1 to 1024", max)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.expireLocked(); err != nil {
		return nil, rpcErr(CodeInternal, err, "expire leases")
	}
	out := []LeasedJob{}
	for len(out) < max {
		l, ok, err := d.sched.Acquire(worker)
		if errors.Is(err, lease.ErrUnknownWorker) {
			return nil, rpcErr(CodeUnknownWorker, nil, "worker %q is not registered", worker)
		}
		if err != nil {
			return nil, rpcErr(CodeInternal, err, "lease")
		}
		if !ok {
			break
		}
		j, err := d.st.Get(l.Job)
		if err == nil {
			err = d.st.Lease(l.Job, store.Lease{Worker: worker, Deadline: l.Deadline})
		}
		if err != nil {
			// Keep scheduler and store in step: the job is neither leased nor lost.
			d.sched.Forget(l.Job)
			delete(d.held, l.Job)
			d.log.Error("lease not stored", "job", l.Job, "worker", worker, "err", err)
			break
		}
		prompt, _ := Prompt(j.Spec.Input) // checked on admission
		lj := LeasedJob{ID: l.Job.String(), Model: common.Hash(l.Model), MaxTokens: j.Spec.Params.MaxTokens,
			Params: JobParams{TemperatureMilli: j.Spec.Params.TemperatureMilli, TopK: j.Spec.Params.TopK,
				TopPMicro: j.Spec.Params.TopPMicro, Seed: j.Spec.Params.Seed},
			Deadline: l.Deadline}
		lj.Prompt = make([]uint32, len(prompt))
		for i, t := range prompt {
			lj.Prompt[i] = uint32(t)
		}
		out = append(out, lj)
		d.log.Info("job leased", "job", l.Job, "worker", worker, "deadline", l.Deadline)
	}
	if len(out) > 0 {
		d.m.RecordLeased(len(out))
	}
	return out, nil
}

// leaseErr maps a scheduler error to its RPC error.
func leaseErr(err error, id store.ID, worker string) error {
	switch {
	case errors.Is(err, lease.ErrLeaseExpired):
		return rpcErr(CodeLeaseExpired, nil, "lease of job %s by worker %q expired; the job is queued again", id, worker)
	case errors.Is(err, lease.ErrUnknownJob), errors.Is(err, lease.ErrNotLeased), errors.Is(err, lease.ErrLeaseLost):
		return rpcErr(CodeNotLeaseHolder, nil, "job %s is not leased to worker %q", id, worker)
	}
	return rpcErr(CodeInternal, err, "job %s", id)
}

// Renew extends worker's lease of job by the lease duration from now.
func (d *Dispatcher) Renew(worker string, id store.ID) (time.Time, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.workers[worker] {
		return time.Time{}, rpcErr(CodeUnknownWorker, nil, "worker %q is not registered", worker)
	}
	l, err := d.sched.Renew(id, worker)
	if err != nil {
		if errors.Is(err, lease.ErrLeaseExpired) {
			if err := d.st.Requeue(id); err != nil {
				return time.Time{}, rpcErr(CodeInternal, err, "requeue job %s", id)
			}
		}
		return time.Time{}, leaseErr(err, id, worker)
	}
	// Durable before it is acknowledged: a restart keeps the renewed lease.
	if err := d.st.Renew(id, worker, l.Deadline); err != nil {
		return time.Time{}, rpcErr(CodeInternal, err, "store the renewal of job %s", id)
	}
	return l.Deadline, nil
}

// SubmitResult is what an accepted result returns.
type SubmitResult struct {
	Accepted bool `json:"accepted"`
	Verified bool `json:"verified"` // the sequencer re-executed the job and agreed
}

// Submit checks and stores r, the result of job id by worker r.Worker. A
// result without its trace root or its final state's residual and KV roots
// (zero) is refused and the lease left in place. A sampled result is
// re-executed first; a wrong one is refused, the job queued again and the
// worker deregistered and refused from then on.
func (d *Dispatcher) Submit(ctx context.Context, id store.ID, r store.Result) (*SubmitResult, error) {
	worker, tokens := r.Worker, r.Output
	d.mu.Lock()
	if !d.workers[worker] {
		d.mu.Unlock()
		return nil, rpcErr(CodeUnknownWorker, nil, "worker %q is not registered", worker)
	}
	j, err := d.st.Get(id)
	d.mu.Unlock()
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, rpcErr(CodeUnknownJob, nil, "no job %s", id)
	case err != nil:
		return nil, rpcErr(CodeInternal, err, "read job %s", id)
	case j.State == store.Executed && j.Result.Equal(&r):
		return &SubmitResult{Accepted: true}, nil // a retry of an accepted submission
	case j.State != store.Leased || j.Lease == nil || j.Lease.Worker != worker:
		return nil, rpcErr(CodeNotLeaseHolder, nil, "job %s is %s, not leased to worker %q", id, j.State, worker)
	case len(tokens) > int(j.Spec.Params.MaxTokens):
		return nil, rpcErr(CodeInvalidParams, nil, "%d output tokens, job %s allows %d", len(tokens), id, j.Spec.Params.MaxTokens)
	case r.TraceRoot == (common.Hash{}):
		return nil, rpcErr(CodeInvalidParams, nil, "traceRoot of job %s is zero", id)
	case r.ResidualRoot == (common.Hash{}):
		return nil, rpcErr(CodeInvalidParams, nil, "residualRoot of job %s is zero: a result carries the final state's residual root", id)
	case r.KVRoot == (common.Hash{}):
		return nil, rpcErr(CodeInvalidParams, nil, "kvRoot of job %s is zero: a result carries the final state's KV root", id)
	}
	md := d.byID[j.Spec.Model]
	verified := false
	if d.models != nil && d.sample() {
		if err := d.verify(ctx, j, md, r); err != nil {
			if !errors.Is(err, ErrWrongResult) {
				return nil, rpcErr(CodeInternal, err, "re-execute job %s", id)
			}
			return nil, d.refuse(worker, j, md, err)
		}
		verified = true
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.sched.Complete(id, worker); err != nil {
		if errors.Is(err, lease.ErrLeaseExpired) {
			if err := d.st.Requeue(id); err != nil {
				return nil, rpcErr(CodeInternal, err, "requeue job %s", id)
			}
		}
		return nil, leaseErr(err, id, worker)
	}
	delete(d.held, id)
	if err := d.st.SetResult(id, r); err != nil {
		// Nothing half-written: the job goes back to the queue.
		qerr := d.st.Requeue(id)
		if qerr == nil {
			qerr = d.sched.Enqueue(id, lease.Root(md.Root), j.Seq)
			d.held[id] = qerr == nil
		}
		return nil, rpcErr(CodeInternal, errors.Join(err, qerr), "store the result of job %s", id)
	}
	d.m.RecordResult(verified)
	d.log.Info("result accepted", "job", id, "worker", worker, "tokens", len(tokens), "verified", verified)
	return &SubmitResult{Accepted: true, Verified: verified}, nil
}

func (d *Dispatcher) verify(ctx context.Context, j *store.Job, md Model, r store.Result) error {
	m, err := d.models.get(ctx, merkle.Hash(md.Root))
	if err != nil {
		return err
	}
	prompt, err := Prompt(j.Spec.Input)
	if err != nil {
		return err
	}
	c := Claim{Output: make([]int32, len(r.Output)), TraceRoot: merkle.Hash(r.TraceRoot),
		ResidualRoot: merkle.Hash(r.ResidualRoot), KVRoot: merkle.Hash(r.KVRoot)}
	for i, t := range r.Output {
		if t > 1<<31-1 {
			return fmt.Errorf("%w: output token %d is %d", ErrWrongResult, i, t)
		}
		c.Output[i] = int32(t)
	}
	return CheckResult(ctx, m, prompt, int(j.Spec.Params.MaxTokens), sampleParams(j.Spec.Params), c, canon.Options{})
}

// refuse handles a wrong result: the job and every other lease of the worker
// go back to the queue, and the worker is deregistered and banned.
func (d *Dispatcher) refuse(worker string, j *store.Job, md Model, cause error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.banned[worker] = true
	delete(d.workers, worker)
	back := d.sched.Deregister(worker)
	var errs []error
	for _, id := range back {
		errs = append(errs, d.st.Requeue(id))
	}
	d.m.RecordResultRefused()
	d.m.RecordWorkers(len(d.workers))
	d.log.Warn("wrong result refused, worker deregistered", "job", j.ID, "worker", worker, "requeued", len(back), "err", cause)
	if err := errors.Join(errs...); err != nil {
		return rpcErr(CodeInternal, err, "requeue the jobs of worker %q", worker)
	}
	return rpcErr(CodeWrongResult, nil, "result of job %s refused (%v); worker %q is deregistered", j.ID, cause, worker)
}
