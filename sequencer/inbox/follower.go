package inbox

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/sequencer/store"
)

var (
	// ErrConfig is returned by New for a configuration it refuses.
	ErrConfig = errors.New("inbox: invalid config")
	// ErrL1Moved is returned when L1 changed while a range was read; the
	// poll stored nothing and the next one retries.
	ErrL1Moved = errors.New("inbox: L1 changed during the read")
	// ErrBadLog is returned for an inbox log the follower cannot decode.
	ErrBadLog = errors.New("inbox: undecodable log")
)

// L1 is what the follower reads from an L1 node (ethclient.Client satisfies it).
type L1 interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Store is the part of the sequencer's store the follower writes (*store.Store satisfies it).
type Store interface {
	L1Head() (store.BlockRef, bool, error)
	L1Checkpoints(num uint64) ([]store.BlockRef, error)
	ApplyL1(u store.L1Update) error
	RewindL1(to store.BlockRef) error
}

// Metrics observes the follower.
type Metrics interface {
	// L1Processed is called after blocks up to head were stored with their jobs and refunds.
	L1Processed(head uint64, jobs, refunds int)
	// L1Reorg is called after a rewind of depth blocks.
	L1Reorg(depth uint64)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

func (NoopMetrics) L1Processed(uint64, int, int) {}
func (NoopMetrics) L1Reorg(uint64)               {}

// Config configures a Follower.
type Config struct {
	Inbox common.Address // the JobInbox
	// StartBlock is a block at or before the inbox's deployment: the first
	// poll of an empty store checkpoints it and reads from the block after.
	StartBlock uint64
	// Confirmations is how many blocks below the L1 head a block must be to
	// be read (0: read the head itself).
	Confirmations uint64
	// MaxRange caps the blocks one poll reads (0: 1000).
	MaxRange uint64
}

// Check reports the first invalid field.
func (c *Config) Check() error {
	if c.Inbox == (common.Address{}) {
		return fmt.Errorf("%w: inbox address is zero", ErrConfig)
	}
	if c.Confirmations > store.CheckpointWindow/2 {
		return fmt.Errorf("%w: confirmations %d above %d", ErrConfig, c.Confirmations, store.CheckpointWindow/2)
	}
	return nil
}

// Follower reads the inbox's events into the store.
type Follower struct {
	cfg     Config
	l1      L1
	st      Store
	log     log.Logger
	m       Metrics
	inbox   *bindings.JobInbox
	topics  []common.Hash
	evSub   common.Hash
	evRefnd common.Hash
}

// New checks cfg and returns a follower. A nil logger is log.Root(), nil
// metrics are NoopMetrics.
func New(cfg Config, l1 L1, st Store, logger log.Logger, m Metrics) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if logger == nil {
		logger = log.Root()
	}
	if m == nil {
		m = NoopMetrics{}
	}
	parsed, err := bindings.JobInboxMetaData.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("inbox: parse the JobInbox ABI: %w", err)
	}
	f := &Follower{cfg: cfg, l1: l1, st: st, log: logger, m: m, inbox: bindings.NewJobInbox(),
		evSub: parsed.Events["JobSubmitted"].ID, evRefnd: parsed.Events["JobRefunded"].ID}
	f.topics = []common.Hash{f.evSub, f.evRefnd}
	return f, nil
}

// Poll does one step: store the start checkpoint, or rewind a reorg, or read
// the next confirmed range. caughtUp is true when there was nothing to do.
func (f *Follower) Poll(ctx context.Context) (caughtUp bool, err error) {
	head, ok, err := f.st.L1Head()
	if err != nil {
		return false, err
	}
	if !ok {
		h, err := f.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(f.cfg.StartBlock))
		if err != nil {
			return false, fmt.Errorf("inbox: start block %d: %w", f.cfg.StartBlock, err)
		}
		ref := store.BlockRef{Number: h.Number.Uint64(), Hash: h.Hash()}
		f.log.Info("inbox follower starts", "block", ref.Number, "hash", ref.Hash)
		return false, f.st.ApplyL1(store.L1Update{Head: ref})
	}
	canon, ok, err := f.hashAt(ctx, head.Number)
	if err != nil {
		return false, err
	}
	if !ok || canon != head.Hash {
		return false, f.rewind(ctx, head)
	}
	latest, err := f.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("inbox: latest header: %w", err)
	}
	from, to, ok := nextRange(head.Number, latest.Number.Uint64(), f.cfg.Confirmations, f.cfg.MaxRange)
	if !ok {
		return true, nil
	}
	return false, f.read(ctx, head, from, to)
}

// Run polls every interval until ctx ends; errors are logged and retried.
func (f *Follower) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		for {
			caughtUp, err := f.Poll(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				f.log.Warn("inbox poll failed", "err", err)
				break
			}
			if caughtUp {
				break
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (f *Follower) hashAt(ctx context.Context, n uint64) (common.Hash, bool, error) {
	h, err := f.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("inbox: header %d: %w", n, err)
	}
	return h.Hash(), true, nil
}

func (f *Follower) rewind(ctx context.Context, head store.BlockRef) error {
	cps, err := f.st.L1Checkpoints(head.Number)
	if err != nil {
		return err
	}
	anc, found, err := commonAncestor(cps, func(n uint64) (common.Hash, bool, error) { return f.hashAt(ctx, n) })
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("%w: no remembered block at or below %d is on L1", store.ErrReorgTooDeep, head.Number)
	}
	f.log.Warn("L1 reorg", "head", head.Number, "oldHash", head.Hash, "ancestor", anc.Number, "depth", head.Number-anc.Number)
	if err := f.st.RewindL1(anc); err != nil {
		return err
	}
	f.m.L1Reorg(head.Number - anc.Number)
	return nil
}

// read stores the events of blocks from..to. The hash of block to is read
// before and after the logs: if it changed, L1 reorganised meanwhile and
// nothing is stored.
func (f *Follower) read(ctx context.Context, head store.BlockRef, from, to uint64) error {
	before, ok, err := f.hashAt(ctx, to)
	if err != nil || !ok {
		return errors.Join(err, fmt.Errorf("%w: block %d vanished", ErrL1Moved, to))
	}
	logs, err := f.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{f.cfg.Inbox}, Topics: [][]common.Hash{f.topics},
	})
	if err != nil {
		return fmt.Errorf("inbox: logs of blocks %d to %d: %w", from, to, err)
	}
	after, ok, err := f.hashAt(ctx, to)
	if err != nil || !ok || after != before {
		return errors.Join(err, fmt.Errorf("%w: block %d is now %s, was %s", ErrL1Moved, to, after, before))
	}
	// The head the range extends must still be canonical too.
	if h, ok, err := f.hashAt(ctx, head.Number); err != nil || !ok || h != head.Hash {
		return errors.Join(err, fmt.Errorf("%w: head %d changed", ErrL1Moved, head.Number))
	}
	u := store.L1Update{Parent: head, Head: store.BlockRef{Number: to, Hash: before}}
	for i := range logs {
		lg := &logs[i]
		if lg.Removed {
			return fmt.Errorf("%w: log %d of tx %s was removed", ErrL1Moved, lg.Index, lg.TxHash)
		}
		if lg.BlockNumber == to && lg.BlockHash != before {
			return fmt.Errorf("%w: log of block %d has hash %s, block is %s", ErrL1Moved, to, lg.BlockHash, before)
		}
		if len(lg.Topics) == 0 {
			continue
		}
		switch lg.Topics[0] {
		case f.evSub:
			ev, err := f.inbox.UnpackJobSubmittedEvent(lg)
			if err != nil {
				return fmt.Errorf("%w: JobSubmitted in tx %s: %v", ErrBadLog, lg.TxHash, err)
			}
			u.Jobs = append(u.Jobs, jobOf(ev, lg))
		case f.evRefnd:
			ev, err := f.inbox.UnpackJobRefundedEvent(lg)
			if err != nil {
				return fmt.Errorf("%w: JobRefunded in tx %s: %v", ErrBadLog, lg.TxHash, err)
			}
			u.Refunds = append(u.Refunds, store.Refund{ID: store.L1ID(ev.JobId), Block: lg.BlockNumber, BlockHash: lg.BlockHash})
		}
	}
	if err := f.st.ApplyL1(u); err != nil {
		return err
	}
	f.log.Debug("inbox range stored", "from", from, "to", to, "jobs", len(u.Jobs), "refunds", len(u.Refunds))
	f.m.L1Processed(to, len(u.Jobs), len(u.Refunds))
	return nil
}

func jobOf(ev *bindings.JobInboxJobSubmitted, lg *types.Log) *store.Job {
	return &store.Job{
		ID: store.L1ID(ev.JobId),
		Spec: store.Spec{
			Submitter: ev.Submitter, Kind: ev.Kind, Model: ev.ModelId, InputHash: ev.InputHash, Input: ev.Input,
			DatasetID: ev.DatasetId, MaxFee: ev.MaxFee, Callback: ev.Callback, CallbackGasLimit: ev.CallbackGasLimit,
			Params: store.Params{MaxTokens: ev.Params.MaxTokens, TemperatureMilli: ev.Params.TemperatureMilli,
				TopK: ev.Params.TopK, TopPMicro: ev.Params.TopPMicro, Seed: ev.Params.Seed},
		},
		L1: &store.L1Origin{Block: lg.BlockNumber, BlockHash: lg.BlockHash, TxHash: lg.TxHash, LogIndex: lg.Index},
	}
}
