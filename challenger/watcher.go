package challenger

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// L1 is what the watcher reads from L1. *ethclient.Client implements it.
type L1 interface {
	fraud.BlockCaller
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]gethtypes.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*gethtypes.Transaction, bool, error)
}

// TxSender sends one transaction and waits for its receipt; a revert is an
// error (fraud.TxSender: txmgr in the service, a simulated L1 in tests).
type TxSender = fraud.TxSender

// ModelSource returns the canonical model of a root, its root checked
// (reexec.Models, behind a fetcher).
type ModelSource interface {
	Get(ctx context.Context, root merkle.Hash) (*canon.Model, error)
}

// WatchConfig is what the watcher needs beyond its dependencies.
type WatchConfig struct {
	Rollup        common.Address
	StartBlock    uint64 // the first block to scan on a fresh store
	Confirmations uint64 // blocks below the head before a proposal is read
	Threads       int    // re-execution and replay threads (0: canon's default)
	MaxScan       uint64 // blocks per log query (0: ethbatch.DefaultLogRange)
	// Defend: defender mode, for the sequencer operator: also play the
	// proposer's side of every game opened against a record re-execution
	// agrees with (and watch every right record until its window closes).
	Defend bool
	// MaxConcurrentGames bounds the games played at once (0: DefaultMaxConcurrentGames).
	MaxConcurrentGames int
	// PollInterval is the service's round period: the watcher keeps two of
	// them (plus the game's clock extension) on its chess clock (0: DefaultPollInterval).
	PollInterval time.Duration
	// Clock reads the time games' clocks are computed at (nil: the L1 head's timestamp).
	Clock Clock
	// JudgeBudget is the most time a round spends judging new records
	// before it plays the games again (0: a third of the game's clock
	// extension, at least a second).
	JudgeBudget time.Duration
	// WallClock replaces time.Now for the judging budget (nil: time.Now).
	WallClock func() time.Time
}

// DefaultMaxConcurrentGames is the default bound on games played at once.
const DefaultMaxConcurrentGames = 8

func (c WatchConfig) poll() time.Duration {
	if c.PollInterval <= 0 {
		return DefaultPollInterval
	}
	return c.PollInterval
}

func (c WatchConfig) maxGames() int {
	if c.MaxConcurrentGames <= 0 {
		return DefaultMaxConcurrentGames
	}
	return c.MaxConcurrentGames
}

// Watcher follows proposals and judges their records (see the package doc).
// Step does one round; it is not safe for concurrent use.
type Watcher struct {
	cfg    WatchConfig
	l1     L1
	tx     TxSender
	blobs  BlobSource // nil: blob batches are unreadable unless the data is resolved on L1
	models ModelSource
	st     *Store
	log    log.Logger
	m      Metrics

	rollup   *bindings.Rollup
	validity *bindings.RecordValidity
	inbox    *bindings.JobInbox
	dg       *bindings.DisputeGame
	inboxA   common.Address
	validA   common.Address
	factoryA common.Address
	game     bindings.IDisputeGameGameConfig

	mu     sync.Mutex
	data   map[uint64]*BatchData // decoded batches, by index
	trees  map[merkle.Hash]*vm.ModelTree
	agents map[common.Address]*player
	// left is, per game, our clock's time left when it was last read and
	// running (absent: idle or unknown): the most urgent games are played
	// first, and NextWait shortens the poll for them.
	left map[common.Address]time.Duration
	// faultPos is the next job the inclusion-fault scan reads.
	faultPos uint64
}

// NewWatcher reads the Rollup's inbox, validity contract, game factory and
// game configuration from L1.
func NewWatcher(ctx context.Context, cfg WatchConfig, l1 L1, tx TxSender, blobs BlobSource, models ModelSource, st *Store,
	logger log.Logger, m Metrics) (*Watcher, error) {
	if m == nil {
		m = NoopMetrics{}
	}
	w := &Watcher{cfg: cfg, l1: l1, tx: tx, blobs: blobs, models: models, st: st, log: logger, m: m,
		rollup: bindings.NewRollup(), validity: bindings.NewRecordValidity(), inbox: bindings.NewJobInbox(), dg: bindings.NewDisputeGame(),
		data: map[uint64]*BatchData{}, trees: map[merkle.Hash]*vm.ModelTree{}, agents: map[common.Address]*player{}, left: map[common.Address]time.Duration{}}
	var err error
	if w.inboxA, err = call(ctx, l1, cfg.Rollup, w.rollup.PackInbox(), w.rollup.UnpackInbox); err != nil {
		return nil, fmt.Errorf("challenger: read Rollup.inbox: %w", err)
	}
	if w.validA, err = call(ctx, l1, cfg.Rollup, w.rollup.PackValidity(), w.rollup.UnpackValidity); err != nil {
		return nil, fmt.Errorf("challenger: read Rollup.validity: %w", err)
	}
	if w.factoryA, err = call(ctx, l1, cfg.Rollup, w.rollup.PackFactory(), w.rollup.UnpackFactory); err != nil {
		return nil, fmt.Errorf("challenger: read Rollup.factory: %w", err)
	}
	f := bindings.NewDisputeGameFactory()
	if w.game, err = call(ctx, l1, w.factoryA, f.PackGameConfig(), f.UnpackGameConfig); err != nil {
		return nil, fmt.Errorf("challenger: read DisputeGameFactory.gameConfig: %w", err)
	}
	return w, nil
}

func call[T any](ctx context.Context, l1 L1, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callFrom(ctx, l1, common.Address{}, to, data, nil, unpack)
}

func callFrom[T any](ctx context.Context, l1 L1, from, to common.Address, data []byte, value *big.Int, unpack func([]byte) (T, error)) (T, error) {
	out, err := l1.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// simulate reports whether a transaction from us would succeed now.
func (w *Watcher) simulate(ctx context.Context, to common.Address, data []byte, value *big.Int) bool {
	_, err := w.l1.CallContract(ctx, ethereum.CallMsg{From: w.tx.From(), To: &to, Data: data, Value: value}, nil)
	return err == nil
}

// Step does one round: forgets proposals a reorg removed, reads the new
// ones at the confirmation depth, advances every game in play, then judges
// the records not yet judged until the round's judging budget is spent
// (Config.JudgeBudget): re-executing a flood of new records never keeps a
// game waiting past its clock. Errors of single records are logged and
// joined; the rest go on.
func (w *Watcher) Step(ctx context.Context) error {
	head, err := w.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("challenger: read the L1 head: %w", err)
	}
	if err := w.scan(ctx, head.Number.Uint64()); err != nil {
		return err
	}
	ps, err := w.st.Proposals()
	if err != nil {
		return err
	}
	var (
		errs  []error
		games []gameTask
	)
	for _, p := range ps {
		g, err := w.judgeBatch(ctx, p, head, true, time.Time{})
		games = append(games, g...)
		if err != nil {
			w.log.Warn("batch not judged", "batch", p.Index, "err", err)
			errs = append(errs, err)
		}
	}
	now := time.Unix(int64(head.Time), 0)
	if w.cfg.Clock != nil {
		now = w.cfg.Clock.Now()
	}
	if err := w.playGames(ctx, games, now); err != nil {
		errs = append(errs, err)
	}
	deadline := w.now().Add(w.judgeBudget())
	for _, p := range ps {
		_, err := w.judgeBatch(ctx, p, head, false, deadline)
		if errors.Is(err, errJudgeBudget) {
			w.log.Info("judging budget spent; the rest next round", "batch", p.Index, "budget", w.judgeBudget())
			break
		}
		if err != nil {
			w.log.Warn("batch not judged", "batch", p.Index, "err", err)
			errs = append(errs, err)
		}
	}
	if err := w.faults(ctx); err != nil {
		errs = append(errs, err)
	}
	if err := w.reportUnchecked(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// reportUnchecked sets the unchecked-records metric and logs, once a round
// per model, the records its absence leaves unchecked and the earliest
// deadline among them: a record left so past its deadline finalizes without
// having been re-executed by this watcher.
func (w *Watcher) reportUnchecked() error {
	us, err := w.st.UncheckedRecords()
	if err != nil {
		return err
	}
	by := map[string]int{}
	first := map[string]uint64{}
	for _, u := range us {
		k := u.Model.Hex()
		by[k]++
		if f, ok := first[k]; !ok || u.Deadline < f {
			first[k] = u.Deadline
		}
	}
	w.m.RecordUnchecked(by)
	for _, k := range slices.Sorted(maps.Keys(by)) {
		w.log.Error("records unchecked: model unavailable", "model", k, "records", by[k], "firstDeadline", first[k])
	}
	return nil
}

// now is the wall clock judging budgets are measured on.
func (w *Watcher) now() time.Time {
	if w.cfg.WallClock != nil {
		return w.cfg.WallClock()
	}
	return time.Now()
}

// judgeBudget is the time a round may spend judging new records before it
// returns to the games: Config.JudgeBudget, or a third of the game's clock
// extension (at least a second), so that a move is always made in time.
func (w *Watcher) judgeBudget() time.Duration {
	if w.cfg.JudgeBudget > 0 {
		return w.cfg.JudgeBudget
	}
	return max(time.Duration(w.game.ClockExtension)*time.Second/3, time.Second)
}

// playGames advances every game one round, at most MaxConcurrentGames at
// once, the games whose clock has least time left first.
func (w *Watcher) playGames(ctx context.Context, games []gameTask, now time.Time) error {
	w.mu.Lock()
	urgency := func(t gameTask) time.Duration {
		if l, ok := w.left[t.e.Game]; ok {
			return l
		}
		return time.Duration(math.MaxInt64)
	}
	slices.SortStableFunc(games, func(a, b gameTask) int { return cmp.Compare(urgency(a), urgency(b)) })
	w.mu.Unlock()
	w.m.RecordGames(len(games))
	return forEachBounded(ctx, w.cfg.maxGames(), len(games), func(k int) error {
		t := games[k]
		if err := w.advance(ctx, t, now); err != nil {
			w.log.Warn("game not advanced", "batch", t.p.Index, "record", t.i, "game", t.e.Game, "err", err)
			return fmt.Errorf("batch %d record %d game %s: %w", t.p.Index, t.i, t.e.Game, err)
		}
		return nil
	})
}

// forEachBounded runs fn(0) to fn(n-1), at most limit at once, in index
// order of start, and joins their errors. A cancelled ctx starts no more
// (its error joined) and waits for the running ones.
func forEachBounded(ctx context.Context, limit, n int, fn func(k int) error) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
		sem  = make(chan struct{}, max(limit, 1))
	)
	for k := range n {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return errors.Join(append(errs, ctx.Err())...)
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := fn(k); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// setLeft notes our clock's time left in game (dropped unless it runs).
func (w *Watcher) setLeft(game common.Address, u Urgency, left time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if u == Calm || u == Hurry {
		w.left[game] = left
	} else {
		delete(w.left, game)
	}
}

// NextWait is how long the service may wait before the next round: the
// poll interval, shortened while one of our clocks runs (NextWait).
func (w *Watcher) NextWait() time.Duration {
	w.mu.Lock()
	left := make([]time.Duration, 0, len(w.left))
	for _, l := range w.left {
		left = append(left, l)
	}
	w.mu.Unlock()
	return NextWait(w.cfg.poll(), min(time.Second, w.cfg.poll()), left)
}

// scan forgets stored proposals whose block left the canonical chain and
// reads BatchProposed events up to head - Confirmations.
func (w *Watcher) scan(ctx context.Context, head uint64) error {
	next, err := w.st.Next()
	if err != nil {
		return err
	}
	if next < w.cfg.StartBlock {
		next = w.cfg.StartBlock
	}
	ps, err := w.st.Proposals()
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.Block+256 < head {
			continue // deeper than any reorg the challenger follows
		}
		h, err := w.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(p.Block))
		if err == nil && h.Hash() == p.BlockHash {
			continue
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("challenger: read L1 block %d: %w", p.Block, err)
		}
		w.log.Warn("proposal left the canonical chain, forgotten", "batch", p.Index, "block", p.Block, "hash", p.BlockHash)
		if err := w.st.Forget(p.Index); err != nil {
			return err
		}
		w.mu.Lock()
		delete(w.data, p.Index)
		w.mu.Unlock()
		next = min(next, p.Block)
		w.m.RecordReorg()
	}
	if head < w.cfg.Confirmations {
		return w.st.SetNext(next)
	}
	safe := head - w.cfg.Confirmations
	step := w.cfg.MaxScan
	if step == 0 {
		step = ethbatch.DefaultLogRange
	}
	ev := rollupABI.Events["BatchProposed"].ID
	for from := next; from <= safe; from += step {
		to := min(from+step-1, safe)
		logs, err := w.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.cfg.Rollup}, Topics: [][]common.Hash{{ev}}})
		if err != nil {
			return fmt.Errorf("challenger: read BatchProposed in blocks %d to %d: %w", from, to, err)
		}
		for i := range logs {
			l := &logs[i]
			if l.Removed {
				continue
			}
			e, err := w.rollup.UnpackBatchProposedEvent(l)
			if err != nil {
				return fmt.Errorf("challenger: decode BatchProposed in %s: %w", l.TxHash, err)
			}
			p := Proposal{Index: e.BatchIndex.Uint64(), RecordsRoot: e.RecordsRoot, RecordCount: e.RecordCount, DaCommitment: e.DaCommitment,
				Block: l.BlockNumber, BlockHash: l.BlockHash, Tx: l.TxHash}
			if err := w.st.PutProposal(p); err != nil {
				return err
			}
			w.m.RecordProposal()
			w.log.Info("proposal seen", "batch", p.Index, "records", p.RecordCount, "block", p.Block, "tx", p.Tx)
		}
		if err := w.st.SetNext(to + 1); err != nil {
			return err
		}
	}
	return nil
}

// batchData returns p's decoded data, fetching it once.
func (w *Watcher) batchData(ctx context.Context, p Proposal) (*BatchData, error) {
	w.mu.Lock()
	d := w.data[p.Index]
	w.mu.Unlock()
	if d != nil {
		return d, nil
	}
	tx, _, err := w.l1.TransactionByHash(ctx, p.Tx)
	if err != nil {
		return nil, fmt.Errorf("challenger: read the proposal %s of batch %d: %w", p.Tx, p.Index, err)
	}
	if len(tx.BlobHashes()) == 0 {
		if d, err = DecodeCalldata(p, tx.Data()); errors.Is(err, ErrData) {
			// No propose call in the input decodes to this batch: a contract or
			// an EIP-7702 account built it, and the Rollup logged its calldata.
			d, err = w.loggedCalldata(ctx, p, err)
		}
	} else {
		d, err = w.blobBatch(ctx, p, tx.Data())
	}
	if err != nil {
		return nil, err
	}
	if d.allReadable() { // an unreadable batch is fetched again next round
		w.mu.Lock()
		w.data[p.Index] = d
		w.mu.Unlock()
	}
	return d, nil
}

// loggedCalldata reads calldata batch p from the log with no topic in which
// the Rollup put the calldata of a propose call that a contract or an
// EIP-7702 account made (IRollup.propose): the log's data hashes to the
// batch's daCommitment, so no other log can pass for it. Not found (an L1
// endpoint that does not serve it), every record is unreadable and each is
// data-challenged; inputErr is why the transaction's input did not decode.
func (w *Watcher) loggedCalldata(ctx context.Context, p Proposal, inputErr error) (*BatchData, error) {
	at := big64(p.Block)
	logs, err := w.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: at, ToBlock: at, Addresses: []common.Address{w.cfg.Rollup}})
	if err != nil {
		return nil, fmt.Errorf("challenger: read the Rollup's logs of block %d (batch %d's calldata): %w", p.Block, p.Index, err)
	}
	for k := range logs {
		l := &logs[k]
		if l.Removed || l.TxHash != p.Tx || len(l.Topics) != 0 || crypto.Keccak256Hash(l.Data) != p.DaCommitment {
			continue
		}
		d, err := DecodeCalldata(p, l.Data)
		if err == nil {
			return d, nil
		}
		inputErr = fmt.Errorf("%w; logged calldata: %w", inputErr, err)
	}
	w.log.Warn("calldata batch unreadable: its records are data-challenged", "batch", p.Index, "tx", p.Tx, "err", inputErr)
	return Unreadable(p), nil
}

func (w *Watcher) blobBatch(ctx context.Context, p Proposal, input []byte) (*BatchData, error) {
	var blobs []kzg4844.Blob
	if w.blobs != nil {
		b, err := w.blobs.Blobs(ctx, p)
		if err != nil {
			w.log.Warn("blobs not fetched", "batch", p.Index, "err", err)
		}
		blobs = b
	}
	d, err := DecodeBlobBatch(p, input, blobs)
	if errors.Is(err, ErrBlobs) {
		w.log.Warn("blob batch unreadable", "batch", p.Index, "err", err)
		return d, nil
	}
	return d, err
}
