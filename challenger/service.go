package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"

	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
)

// Service is the running challenger: the store, the L1 client, the watcher
// polling L1, and the /healthz and metrics servers. It implements
// op-service's cliapp.Lifecycle.
type Service struct {
	cfg Config
	log log.Logger
	m   Metrics

	store   *Store
	l1      *ethclient.Client
	seq     *rpc.Client
	models  *reexec.Models
	txmgr   *txmgr.SimpleTxManager
	watcher *Watcher
	http    *httputil.HTTPServer
	metrics *httputil.HTTPServer

	lastStep atomic.Int64 // unix seconds of the last round without error
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	stopped  atomic.Bool
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
	s := &Service{cfg: cfg, log: logger, m: m}
	for _, step := range []func(context.Context) error{s.initStore, s.initL1, s.initWatcher, s.initHTTP, s.initMetrics} {
		if err := step(ctx); err != nil {
			return nil, errors.Join(err, s.Stop(ctx))
		}
	}
	return s, nil
}

func (s *Service) initStore(context.Context) error {
	st, err := OpenStore(s.cfg.DataDir)
	if err != nil {
		return err
	}
	s.store = st
	return nil
}

func (s *Service) initL1(ctx context.Context) error {
	c, err := ethclient.DialContext(ctx, s.cfg.L1RPC)
	if err != nil {
		return fmt.Errorf("challenger: dial L1 %s: %w", s.cfg.L1RPC, err)
	}
	s.l1 = c
	if s.cfg.SequencerRPC != "" {
		if s.seq, err = DialSequencer(ctx, s.cfg.SequencerRPC, 0); err != nil {
			return fmt.Errorf("challenger: dial the sequencer %s: %w", s.cfg.SequencerRPC, err)
		}
	}
	return nil
}

func (s *Service) initWatcher(ctx context.Context) error {
	tx := s.cfg.TxSender
	if tx == nil {
		tc := s.cfg.TxMgr
		tc.L1RPCURL = s.cfg.L1RPC
		m, err := txmgr.NewSimpleTxManager("challenger", s.log.New("module", "txmgr"), &txmetrics.NoopTxMetrics{}, tc)
		if err != nil {
			return fmt.Errorf("challenger: start the transaction manager: %w", err)
		}
		s.txmgr, tx = m, TxMgrSender{m}
	}
	s.models = reexec.NewModels(s.cfg.ModelDir, llama.Options{MemoryBudget: s.cfg.MemoryBudget}, canon.Options{Threads: s.cfg.Threads})
	var blobs BlobSource
	if s.seq != nil {
		blobs = SequencerBlobs{RPC: s.seq}
	}
	w, err := NewWatcher(ctx, WatchConfig{Rollup: s.cfg.Rollup, StartBlock: s.cfg.StartBlock, Confirmations: s.cfg.Confirmations, MaxScan: s.cfg.MaxLogRange,
		Threads: s.cfg.Threads, Defend: s.cfg.Defend, MaxConcurrentGames: s.cfg.MaxConcurrentGames, PollInterval: s.cfg.pollInterval(),
		JudgeBudget: s.cfg.JudgeBudget}, s.l1, tx, blobs, &Fetcher{Models: s.models, URLs: s.cfg.ModelURLs, Log: s.log.New("module", "models")},
		s.store, s.log.New("module", "watcher"), s.m)
	if err != nil {
		return err
	}
	s.watcher = w
	return s.store.SetFrom(tx.From())
}

func (s *Service) initHTTP(context.Context) error {
	if s.cfg.HTTPAddr == "" {
		return nil
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.healthz)
	mux.HandleFunc("/status", s.status)
	srv, err := httputil.StartHTTPServer(s.cfg.HTTPAddr, mux)
	if err != nil {
		return fmt.Errorf("challenger: start the HTTP server on %s: %w", s.cfg.HTTPAddr, err)
	}
	s.http = srv
	s.log.Info("HTTP server listening", "addr", srv.Addr().String())
	return nil
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
		return fmt.Errorf("challenger: start the metrics server on %s: %w", s.cfg.MetricsAddr, err)
	}
	s.metrics = srv
	s.log.Info("metrics server listening", "addr", srv.Addr().String())
	return nil
}

// healthz answers 200 with the next L1 block to scan and the time of the
// last round that ended without error, while the store is readable.
func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	next, err := s.store.Next()
	if err != nil || s.stopped.Load() {
		http.Error(w, "unhealthy", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"ok":true,"nextBlock":%d,"lastRound":%d}`+"\n", next, s.lastStep.Load())
}

// status answers the games in progress as JSON lines (Report, PrintReport):
// what `airollup challenger status --url` prints, while the store is locked
// by the running service.
func (s *Service) status(w http.ResponseWriter, r *http.Request) {
	rs, err := Report(r.Context(), s.store, s.l1, s.watcher.tx.From())
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	_ = PrintReport(w, rs, true)
}

// HTTPAddr returns the address /healthz is served on (nil: none).
func (s *Service) HTTPAddr() net.Addr {
	if s.http == nil {
		return nil
	}
	return s.http.Addr()
}

// MetricsAddr returns the address the metrics server listens on (nil: none).
func (s *Service) MetricsAddr() net.Addr {
	if s.metrics == nil {
		return nil
	}
	return s.metrics.Addr()
}

// Start runs the watcher in the background, one round per poll interval.
func (s *Service) Start(context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(1)
	go func() { defer s.wg.Done(); s.loop(ctx) }()
	s.log.Info("challenger started", "rollup", s.cfg.Rollup, "confirmations", s.cfg.Confirmations, "from", s.watcher.tx.From(),
		"defend", s.cfg.Defend, "maxConcurrentGames", s.watcher.cfg.maxGames())
	return nil
}

// loop runs a round, then waits the poll interval, or less while one of our
// game clocks runs (Watcher.NextWait).
func (s *Service) loop(ctx context.Context) {
	t := time.NewTimer(s.cfg.pollInterval())
	defer t.Stop()
	for {
		if err := s.watcher.Step(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			s.log.Warn("challenger round failed", "err", err)
		} else {
			s.lastStep.Store(time.Now().Unix())
		}
		t.Reset(s.watcher.NextWait())
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Stop stops the watcher and closes everything NewService opened.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	for _, srv := range []*httputil.HTTPServer{s.http, s.metrics} {
		if srv != nil {
			if err := srv.Stop(ctx); err != nil {
				errs = append(errs, fmt.Errorf("stop a server: %w", err))
			}
		}
	}
	if s.txmgr != nil {
		s.txmgr.Close()
	}
	if s.seq != nil {
		s.seq.Close()
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	if s.models != nil {
		if err := s.models.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close the models: %w", err))
		}
	}
	if s.store != nil {
		if err := s.store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close the store: %w", err))
		}
	}
	s.log.Info("challenger stopped")
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// TxMgrSender is a TxSender over op-service's txmgr; a reverted transaction
// is an error.
type TxMgrSender struct{ M txmgr.TxManager }

// From implements TxSender.
func (t TxMgrSender) From() common.Address { return t.M.From() }

// Send implements TxSender.
func (t TxMgrSender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*gethtypes.Receipt, error) {
	r, err := t.M.Send(ctx, txmgr.TxCandidate{TxData: data, To: &to, Value: value})
	if err != nil {
		return nil, err
	}
	if r.Status != gethtypes.ReceiptStatusSuccessful {
		return r, fmt.Errorf("challenger: transaction %s to %s reverted (gas used %d)", r.TxHash, to, r.GasUsed)
	}
	return r, nil
}
