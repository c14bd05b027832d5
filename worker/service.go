package worker

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

// ErrServiceConfig is returned by ServiceConfig.Check for a field it
// refuses; the message names the field's command-line flag.
var ErrServiceConfig = errors.New("worker: invalid service config")

// Sequencer JSON-RPC error codes the worker acts on (sequencer/errors.go;
// the worker reaches the sequencer over its API only).
const (
	codeUnknownWorker  = 4002
	codeLeaseExpired   = 4003
	codeNotLeaseHolder = 4004
	codeWrongResult    = 4005
	codeWorkerRefused  = 4008
)

// Defaults of the optional ServiceConfig fields.
const (
	DefaultPollInterval = time.Second
	DefaultRetryMax     = 30 * time.Second
)

// ServiceConfig configures the worker service.
type ServiceConfig struct {
	SequencerURL string        // --sequencer-url: the sequencer's JSON-RPC URL
	WorkerID     string        // --worker-id: the name the worker registers under ("": hostname-pid)
	ModelDir     string        // --model-dir: canonical GGUF files named <root>.gguf
	Concurrency  int           // --concurrency: jobs run at once, at least 1
	OllamaURL    string        // --ollama-url: draft with this Ollama API ("": embedded backend)
	MemoryBudget int64         // --memory-budget: bytes a model may take (0: default)
	PollInterval time.Duration // --poll-interval: how often to ask for jobs when idle (0: DefaultPollInterval)
	MetricsAddr  string        // --metrics.addr: host:port of the Prometheus server ("": none; needs PromMetrics)
	RetryMax     time.Duration // longest back-off between failed sequencer calls (0: DefaultRetryMax)
	// FaultRate (--fault-rate) deliberately corrupts this fraction of
	// results (Faulty), for demos and fault tests; 0 in production.
	FaultRate float64
}

// Check reports the first invalid field, naming its flag.
func (c *ServiceConfig) Check() error {
	u, err := url.Parse(c.SequencerURL)
	switch {
	case c.SequencerURL == "":
		return fmt.Errorf("%w: --sequencer-url is empty", ErrServiceConfig)
	case err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "":
		return fmt.Errorf("%w: --sequencer-url %q is not an http(s) or ws(s) URL with a host", ErrServiceConfig, c.SequencerURL)
	case c.ModelDir == "":
		return fmt.Errorf("%w: --model-dir is empty", ErrServiceConfig)
	case c.Concurrency < 1 || c.Concurrency > 1024:
		return fmt.Errorf("%w: --concurrency %d, want 1 to 1024", ErrServiceConfig, c.Concurrency)
	case c.MemoryBudget < 0:
		return fmt.Errorf("%w: --memory-budget %d is negative", ErrServiceConfig, c.MemoryBudget)
	case !(c.FaultRate >= 0 && c.FaultRate <= 1): // NaN too
		return fmt.Errorf("%w: --fault-rate %v outside 0 to 1", ErrServiceConfig, c.FaultRate)
	case c.PollInterval < 0:
		return fmt.Errorf("%w: --poll-interval %v is negative", ErrServiceConfig, c.PollInterval)
	case c.RetryMax < 0:
		return fmt.Errorf("%w: retry maximum %v is negative", ErrServiceConfig, c.RetryMax)
	case len(c.WorkerID) > 128:
		return fmt.Errorf("%w: --worker-id of %d characters, at most 128", ErrServiceConfig, len(c.WorkerID))
	}
	if c.MetricsAddr != "" {
		if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("%w: --metrics.addr %q is not host:port: %v", ErrServiceConfig, c.MetricsAddr, err)
		} else if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			return fmt.Errorf("%w: --metrics.addr port %q: %v", ErrServiceConfig, port, err)
		}
	}
	if fi, err := os.Stat(c.ModelDir); err != nil || !fi.IsDir() {
		return fmt.Errorf("%w: --model-dir %q is not a directory", ErrServiceConfig, c.ModelDir)
	}
	if c.OllamaURL != "" {
		if err := (OllamaConfig{URL: c.OllamaURL, Store: &Store{}}).Check(); err != nil {
			return fmt.Errorf("%w: --ollama-url: %w", ErrServiceConfig, err)
		}
	}
	return nil
}

// leasedJob is a job as the sequencer's airollup_lease returns it.
type leasedJob struct {
	ID        string      `json:"id"`
	Model     common.Hash `json:"model"`
	Prompt    []uint32    `json:"prompt"`
	MaxTokens uint32      `json:"maxTokens"`
	Params    struct {
		TemperatureMilli uint32      `json:"temperatureMilli"`
		TopK             uint32      `json:"topK"`
		TopPMicro        uint32      `json:"topPMicro"`
		Seed             common.Hash `json:"seed"`
	} `json:"params"`
	Deadline time.Time `json:"deadline"`
}

type registration struct {
	Worker          string `json:"worker"`
	LeaseDurationMs int64  `json:"leaseDurationMs"`
}

// Service is a running worker: it registers with the sequencer, leases jobs,
// runs them on its backend, renews their leases while they run and submits
// the results. Sequencer failures are retried with exponential back-off (a
// restarted sequencer is registered with again). It implements op-service's
// cliapp.Lifecycle.
type Service struct {
	cfg     ServiceConfig
	log     log.Logger
	store   *Store
	backend Backend
	client  *rpc.Client
	sm      ServiceMetrics
	metrics *httputil.HTTPServer

	ttl     atomic.Int64 // lease duration in ns, from the registration
	running atomic.Int32
	ready   chan struct{} // signalled when a job finishes

	cancel  context.CancelFunc
	wg      sync.WaitGroup // the lease loop
	jobs    sync.WaitGroup // running jobs
	stopped atomic.Bool
}

// NewService checks cfg and builds the service; Start runs it. A nil logger
// is log.Root(), nil metrics are NoopMetrics.
func NewService(ctx context.Context, cfg ServiceConfig, logger log.Logger, m Metrics) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	if cfg.WorkerID == "" {
		host, _ := os.Hostname()
		cfg.WorkerID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.RetryMax == 0 {
		cfg.RetryMax = DefaultRetryMax
	}
	s := &Service{cfg: cfg, log: logger, ready: make(chan struct{}, 1), sm: noopServiceMetrics{}}
	if sm, ok := m.(ServiceMetrics); ok {
		s.sm = sm
	}
	st, err := NewStore(StoreConfig{Dir: cfg.ModelDir, Load: llama.Options{MemoryBudget: cfg.MemoryBudget}})
	if err != nil {
		return nil, err
	}
	s.store = st
	if cfg.OllamaURL != "" {
		s.backend, err = NewOllama(OllamaConfig{URL: cfg.OllamaURL, Store: st, Metrics: m, Logger: logger.New("backend", "ollama")})
		if err != nil {
			return nil, errors.Join(err, st.Close())
		}
	} else {
		s.backend = &Embedded{Store: st, Metrics: m}
	}
	if cfg.FaultRate > 0 {
		logger.Warn("FAULTY WORKER: deliberately corrupting results (--fault-rate); for demos and tests only", "rate", cfg.FaultRate)
		s.backend = &Faulty{Backend: s.backend, Store: st, Rate: cfg.FaultRate}
	}
	// Dialing HTTP connects lazily: a sequencer that is not up yet is retried.
	c, err := rpc.DialContext(ctx, cfg.SequencerURL)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("worker: dial the sequencer %s: %w", cfg.SequencerURL, err), st.Close())
	}
	s.client = c
	if pm, ok := m.(*PromMetrics); ok && cfg.MetricsAddr != "" {
		host, portStr, _ := net.SplitHostPort(cfg.MetricsAddr) // checked
		port, _ := strconv.Atoi(portStr)
		srv, err := opmetrics.StartServer(pm.Registry(), host, port)
		if err != nil {
			c.Close()
			return nil, errors.Join(fmt.Errorf("worker: start the metrics server on %s: %w", cfg.MetricsAddr, err), st.Close())
		}
		s.metrics = srv
		logger.Info("metrics server listening", "addr", srv.Addr().String())
	}
	return s, nil
}

// ID returns the worker id the service registers under.
func (s *Service) ID() string { return s.cfg.WorkerID }

// Start runs the lease loop in the background.
func (s *Service) Start(context.Context) error {
	if len(s.store.Roots()) == 0 {
		return fmt.Errorf("%w: --model-dir %q holds no <root>.gguf model", ErrServiceConfig, s.cfg.ModelDir)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(1)
	go func() { defer s.wg.Done(); s.loop(ctx) }()
	backend := "embedded"
	if s.cfg.OllamaURL != "" {
		backend = "ollama"
	}
	s.log.Info("worker started", "worker", s.cfg.WorkerID, "sequencer", s.cfg.SequencerURL, "backend", backend,
		"concurrency", s.cfg.Concurrency, "models", len(s.store.Roots()))
	return nil
}

func rpcCode(err error) int {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return 0
}

// backoff waits d (doubled for the next time, up to the maximum); false if ctx ended.
func (s *Service) backoff(ctx context.Context, d *time.Duration) bool {
	t := time.NewTimer(*d)
	defer t.Stop()
	*d = min(2**d, s.cfg.RetryMax)
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

const retryMin = 100 * time.Millisecond

func (s *Service) register(ctx context.Context) bool {
	roots := s.store.Roots()
	hashes := make([]common.Hash, len(roots))
	for i, r := range roots {
		hashes[i] = common.Hash(r)
	}
	wait := retryMin
	for {
		var reg registration
		err := s.client.CallContext(ctx, &reg, "airollup_registerWorker", s.cfg.WorkerID, hashes, s.cfg.Concurrency)
		if err == nil {
			s.ttl.Store(int64(time.Duration(reg.LeaseDurationMs) * time.Millisecond))
			s.log.Info("registered with the sequencer", "worker", s.cfg.WorkerID, "leaseDuration", time.Duration(s.ttl.Load()))
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		if rpcCode(err) == codeWorkerRefused {
			s.log.Error("sequencer refuses this worker", "worker", s.cfg.WorkerID, "err", err)
		} else {
			s.log.Warn("registration failed, retrying", "err", err, "in", wait)
		}
		if !s.backoff(ctx, &wait) {
			return false
		}
	}
}

// loop registers, then leases jobs while there is room and runs them.
func (s *Service) loop(ctx context.Context) {
	defer s.jobs.Wait() // jobs finish (cancelled) before the loop returns
	if !s.register(ctx) {
		return
	}
	wait := retryMin
	for ctx.Err() == nil {
		free := s.cfg.Concurrency - int(s.running.Load())
		if free > 0 {
			var jobs []leasedJob
			err := s.client.CallContext(ctx, &jobs, "airollup_lease", s.cfg.WorkerID, free)
			switch {
			case err != nil && ctx.Err() != nil:
				return
			case rpcCode(err) == codeUnknownWorker: // the sequencer restarted
				s.log.Info("sequencer forgot this worker, registering again")
				if !s.register(ctx) {
					return
				}
				continue
			case err != nil:
				s.log.Warn("lease failed, retrying", "err", err, "in", wait)
				if !s.backoff(ctx, &wait) {
					return
				}
				continue
			}
			wait = retryMin
			if len(jobs) > 0 {
				s.sm.RecordLeased(len(jobs))
			}
			for _, j := range jobs {
				s.running.Add(1)
				s.jobs.Add(1)
				go func() {
					defer s.jobs.Done()
					defer func() {
						s.running.Add(-1)
						select {
						case s.ready <- struct{}{}:
						default:
						}
					}()
					s.run(ctx, j)
				}()
			}
			if len(jobs) > 0 {
				continue
			}
		}
		t := time.NewTimer(s.cfg.PollInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-s.ready:
		case <-t.C:
		}
		t.Stop()
	}
}

// run executes one leased job, renewing its lease meanwhile, and submits the result.
func (s *Service) run(ctx context.Context, lj leasedJob) {
	lg := s.log.New("job", lj.ID)
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go s.renew(jctx, cancel, lj, lg)

	job := Job{Model: merkle.Hash(lj.Model), Prompt: make([]int32, len(lj.Prompt)), MaxTokens: int(lj.MaxTokens),
		Params: canon.SampleParams{TemperatureMilli: lj.Params.TemperatureMilli, TopK: lj.Params.TopK,
			TopPMicro: lj.Params.TopPMicro, Seed: lj.Params.Seed}}
	for i, t := range lj.Prompt {
		job.Prompt[i] = int32(t)
	}
	start := time.Now()
	res, err := s.backend.Run(jctx, job)
	if err != nil {
		if jctx.Err() == nil {
			lg.Error("job failed; its lease will expire", "err", err)
		}
		return
	}
	tokens := make([]uint32, len(res.Tokens))
	for i, t := range res.Tokens {
		tokens[i] = uint32(t)
	}
	lg.Info("job executed", "tokens", len(tokens), "elapsed", time.Since(start))
	wait := retryMin
	for {
		err := s.client.CallContext(ctx, nil, "airollup_submitResult", s.cfg.WorkerID, lj.ID, tokens,
			common.Hash(res.TraceRoot), common.Hash(res.FinalResidual), common.Hash(res.FinalKV))
		switch code := rpcCode(err); {
		case err == nil:
			s.sm.RecordSubmitted(true)
			lg.Info("result submitted", "traceRoot", common.Hash(res.TraceRoot),
				"residualRoot", common.Hash(res.FinalResidual), "kvRoot", common.Hash(res.FinalKV))
			return
		case ctx.Err() != nil:
			return
		case code == codeUnknownWorker:
			if !s.register(ctx) {
				return
			}
			continue
		case code != 0:
			// Expired, leased to another, refused: the sequencer decided; drop the job.
			s.sm.RecordSubmitted(false)
			lg.Warn("result not accepted", "err", err)
			return
		}
		lg.Warn("submission failed, retrying", "err", err, "in", wait)
		if !s.backoff(ctx, &wait) {
			return
		}
	}
}

// renew extends the job's lease every third of the lease duration; if the
// sequencer says the lease is gone, the job is cancelled.
func (s *Service) renew(ctx context.Context, cancel context.CancelFunc, lj leasedJob, lg log.Logger) {
	every := max(time.Duration(s.ttl.Load())/3, 10*time.Millisecond)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var deadline time.Time
		err := s.client.CallContext(ctx, &deadline, "airollup_renew", s.cfg.WorkerID, lj.ID)
		switch code := rpcCode(err); {
		case err == nil || ctx.Err() != nil:
		case code == codeLeaseExpired || code == codeNotLeaseHolder:
			lg.Warn("lease lost, job cancelled", "err", err)
			cancel()
			return
		case code == codeUnknownWorker:
			if !s.register(ctx) {
				return
			}
		default:
			lg.Warn("lease renewal failed", "err", err)
		}
	}
}

// Stop cancels running jobs, waits for them and closes the model store.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	if s.cancel != nil {
		s.cancel()
	}
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	var errs []error
	select {
	case <-done:
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("worker: jobs still running at stop: %w", ctx.Err()))
	}
	if s.client != nil {
		s.client.Close()
	}
	if s.metrics != nil {
		if err := s.metrics.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("worker: stop the metrics server: %w", err))
		}
	}
	if err := s.store.Close(); err != nil {
		errs = append(errs, fmt.Errorf("worker: close the model store: %w", err))
	}
	s.log.Info("worker stopped", "worker", s.cfg.WorkerID)
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }
