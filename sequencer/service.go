package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/sequencer/explorer"
	"github.com/airollup/airollup/sequencer/inbox"
	"github.com/airollup/airollup/sequencer/store"
)

// Service is the running sequencer: the store, the L1 inbox follower, the
// dispatcher and the JSON-RPC and metrics servers. It implements op-service's
// cliapp.Lifecycle.
type Service struct {
	cfg   Config
	log   log.Logger
	m     Metrics
	clock Clock

	store    *store.Store
	l1       *ethclient.Client
	follower *inbox.Follower
	models   *models
	disp     *Dispatcher
	sub      *Submitter
	batcher  *Batcher
	deliv    *Deliverer
	txmgr    *txmgr.SimpleTxManager // nil: TxSender given, or no batching
	rpc      *rpc.Server
	http     *httputil.HTTPServer
	metrics  *httputil.HTTPServer

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
}

// NewService checks cfg and builds the service; Start runs it. On error
// everything opened so far is closed. A nil logger is log.Root(), nil metrics
// are NoopMetrics.
func NewService(ctx context.Context, cfg Config, logger log.Logger, m Metrics) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	if m == nil {
		m = NoopMetrics{}
	}
	clock := cfg.Clock
	if clock == nil {
		clock = systemClock{}
	}
	s := &Service{cfg: cfg, log: logger, m: m, clock: clock}
	for _, step := range []func(context.Context) error{s.initStore, s.initL1, s.initDispatcher, s.initSubmitter, s.initBatcher, s.initRPC, s.initMetrics} {
		if err := step(ctx); err != nil {
			return nil, errors.Join(err, s.Stop(ctx))
		}
	}
	return s, nil
}

func (s *Service) initStore(context.Context) error {
	st, err := store.Open(s.cfg.DataDir, store.Options{Logger: s.log.New("module", "store"), Metrics: s.m})
	if err != nil {
		return err
	}
	s.store = st
	return nil
}

func (s *Service) initL1(ctx context.Context) error {
	c, err := ethclient.DialContext(ctx, s.cfg.L1RPC)
	if err != nil {
		return fmt.Errorf("sequencer: dial L1 %s: %w", s.cfg.L1RPC, err)
	}
	s.l1 = c
	f, err := inbox.New(inbox.Config{Inbox: s.cfg.Inbox, StartBlock: s.cfg.StartBlock, Confirmations: s.cfg.Confirmations},
		c, s.store, s.log.New("module", "inbox"), s.m)
	if err != nil {
		return err
	}
	s.follower = f
	return nil
}

func (s *Service) initDispatcher(context.Context) error {
	if s.cfg.SampleRate > 0 {
		s.models = newModels(s.cfg.ModelDir, llama.Options{MemoryBudget: s.cfg.MemoryBudget})
	}
	d, err := NewDispatcher(s.store, DispatchConfig{Models: s.cfg.Models, LeaseDuration: s.cfg.leaseDuration(),
		SampleRate: s.cfg.SampleRate, Clock: s.clock, verify: s.models}, s.log.New("module", "dispatch"), s.m)
	if err != nil {
		return err
	}
	s.disp = d
	return nil
}

func (s *Service) initSubmitter(ctx context.Context) error {
	sub, err := NewSubmitter(ctx, s.store, s.disp, s.l1, SubmitConfig{Inbox: s.cfg.Inbox, Models: s.cfg.Models,
		ExpiryMargin: s.cfg.ExpiryMargin, Clock: s.clock}, s.log.New("module", "submit"))
	if err != nil {
		return err
	}
	s.sub = sub
	return nil
}

func (s *Service) initBatcher(ctx context.Context) error {
	if !s.cfg.Batching() {
		s.log.Warn("batching disabled: no signer (--private-key, --mnemonic or --signer.endpoint); jobs are executed but not proposed")
		return nil
	}
	tx := s.cfg.TxSender
	if tx == nil {
		tc := s.cfg.TxMgr
		tc.L1RPCURL = s.cfg.L1RPC
		m, err := txmgr.NewSimpleTxManager("sequencer", s.log.New("module", "txmgr"), &txmetrics.NoopTxMetrics{}, tc)
		if err != nil {
			return fmt.Errorf("sequencer: start the transaction manager: %w", err)
		}
		s.txmgr, tx = m, m
	}
	rollup, err := call(ctx, s.l1, s.cfg.Inbox, s.sub.inbox.PackRollup(), s.sub.inbox.UnpackRollup)
	if err != nil {
		return fmt.Errorf("sequencer: read JobInbox.rollup: %w", err)
	}
	r := bindings.NewRollup()
	seq, err := call(ctx, s.l1, rollup, r.PackSequencer(), r.UnpackSequencer)
	if err != nil {
		return fmt.Errorf("sequencer: read Rollup.sequencer: %w", err)
	}
	if seq != tx.From() {
		return fmt.Errorf("%w: the signer's address %s is not Rollup.sequencer %s", ErrConfig, tx.From(), seq)
	}
	b, err := NewBatcher(ctx, s.store, s.l1, tx, BatcherConfig{Rollup: rollup, Models: s.cfg.Models, Policy: s.cfg.policy(),
		DA: s.cfg.da(), Clock: s.clock}, s.log.New("module", "batcher"), s.m)
	if err != nil {
		return err
	}
	s.batcher = b
	s.deliv = NewDeliverer(s.store, s.l1, tx, rollup, s.cfg.Models, s.log.New("module", "deliver"), s.m)
	return nil
}

func (s *Service) initRPC(context.Context) error {
	s.rpc = rpc.NewServer()
	if err := s.rpc.RegisterName(Namespace, NewAPI(s.store, s.disp, s.cfg.Models, s.sub)); err != nil {
		return fmt.Errorf("sequencer: register the RPC API: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.healthz)
	mux.Handle("/", s.rpc)
	if !s.cfg.ExplorerOff {
		if err := s.initExplorer(mux); err != nil {
			return err
		}
	}
	srv, err := httputil.StartHTTPServer(s.cfg.RPCAddr, mux)
	if err != nil {
		return fmt.Errorf("sequencer: start the RPC server on %s: %w", s.cfg.RPCAddr, err)
	}
	s.http = srv
	s.log.Info("RPC server listening", "addr", srv.Addr().String())
	if u := s.ExplorerURL(); u != "" {
		s.log.Info("explorer page served", "url", u)
	}
	return nil
}

// initExplorer registers the explorer's routes (/explorer, its assets and
// /explorer/api/state) on the RPC server's mux, before the catch-all RPC.
func (s *Service) initExplorer(mux *http.ServeMux) error {
	models := make([]explorer.Model, len(s.cfg.Models))
	for i, m := range s.cfg.Models {
		models[i] = explorer.Model{ID: m.ID, Root: m.Root}
	}
	ex, err := explorer.New(explorer.Config{Inbox: s.cfg.Inbox, StartBlock: s.cfg.StartBlock, Latest: s.cfg.ExplorerLatest,
		Models: models, ModelDir: s.cfg.ModelDir, DA: string(s.cfg.da())}, s.store, s.l1, s.log.New("module", "explorer"))
	if err != nil {
		return err
	}
	ex.Register(mux)
	return nil
}

// ExplorerURL returns the explorer page's URL ("": the explorer is off).
func (s *Service) ExplorerURL() string {
	if s.cfg.ExplorerOff || s.http == nil {
		return ""
	}
	return "http://" + s.http.Addr().String() + explorer.PagePath
}

func (s *Service) initMetrics(context.Context) error {
	pm, ok := s.m.(*PromMetrics)
	if s.cfg.MetricsAddr == "" || !ok {
		return nil
	}
	host, portStr, _ := net.SplitHostPort(s.cfg.MetricsAddr) // checked by Config.Check
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return fmt.Errorf("%w: --metrics.addr port %q: %v", ErrConfig, portStr, err)
	}
	srv, err := opmetrics.StartServer(pm.Registry(), host, port)
	if err != nil {
		return fmt.Errorf("sequencer: start the metrics server on %s: %w", s.cfg.MetricsAddr, err)
	}
	s.metrics = srv
	s.log.Info("metrics server listening", "addr", srv.Addr().String())
	return nil
}

// healthz answers 200 with the stored L1 head while the store is readable.
func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	head, _, err := s.store.L1Head()
	if err != nil || s.stopped.Load() {
		http.Error(w, "unhealthy", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"ok":true,"l1Head":%d}`+"\n", head.Number)
}

// RPCAddr returns the address the JSON-RPC server listens on.
func (s *Service) RPCAddr() net.Addr { return s.http.Addr() }

// MetricsAddr returns the address the metrics server listens on (nil: none).
func (s *Service) MetricsAddr() net.Addr {
	if s.metrics == nil {
		return nil
	}
	return s.metrics.Addr()
}

// Start runs the L1 follower and lease expiry in the background.
func (s *Service) Start(context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(2)
	go func() { defer s.wg.Done(); s.followL1(ctx) }()
	go func() { defer s.wg.Done(); s.expireLeases(ctx) }()
	if s.batcher != nil {
		s.wg.Add(1)
		go func() { defer s.wg.Done(); s.batchLoop(ctx) }()
	}
	s.log.Info("sequencer started", "inbox", s.cfg.Inbox, "confirmations", s.cfg.Confirmations,
		"models", len(s.cfg.Models), "sampleRate", s.cfg.SampleRate)
	return nil
}

// followL1 polls the inbox until caught up, admits the new jobs, and waits a
// poll interval; errors are logged and retried on the next tick.
func (s *Service) followL1(ctx context.Context) {
	t := time.NewTicker(s.cfg.pollInterval())
	defer t.Stop()
	for {
		for {
			caughtUp, err := s.follower.Poll(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				s.log.Warn("inbox poll failed", "err", err)
				break
			}
			if err := s.disp.Sync(); err != nil {
				s.log.Error("dispatch sync failed", "err", err)
				break
			}
			if caughtUp {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// batchLoop seals, proposes and delivers: each tick it steps the batcher
// until it has nothing more to do, then the deliverer once.
func (s *Service) batchLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.pollInterval())
	defer t.Stop()
	for {
		for ctx.Err() == nil {
			changed, err := s.batcher.Step(ctx)
			if err != nil {
				if ctx.Err() == nil {
					s.log.Warn("batcher step failed", "err", err)
				}
				break
			}
			if !changed {
				break
			}
		}
		if ctx.Err() == nil {
			if _, err := s.deliv.Step(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("deliverer step failed", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Service) expireLeases(ctx context.Context) {
	t := time.NewTicker(max(s.cfg.leaseDuration()/4, 50*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.disp.Expire(); err != nil {
				s.log.Error("lease expiry failed", "err", err)
			}
		}
	}
}

// Stop stops the loops and the servers and closes the store, collecting every error.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if s.http != nil {
		if err := s.http.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop the RPC server: %w", err))
		}
	}
	if s.rpc != nil {
		s.rpc.Stop()
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	if s.metrics != nil {
		if err := s.metrics.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop the metrics server: %w", err))
		}
	}
	if s.txmgr != nil {
		s.txmgr.Close()
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	if s.models != nil {
		if err := s.models.close(); err != nil {
			errs = append(errs, fmt.Errorf("close the models: %w", err))
		}
	}
	if s.store != nil {
		if err := s.store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close the store: %w", err))
		}
	}
	s.log.Info("sequencer stopped")
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }
