package sequencer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/sequencer/store"
)

// Batch policy defaults (--batch.max-records, --batch.max-delay) and the
// data room of each DA mode.
const (
	DefaultMaxRecords = 256
	DefaultMaxDelay   = 10 * time.Second
	// CalldataRoom is the most batch data a calldata proposal carries: L1
	// nodes refuse transactions over 128 KiB.
	CalldataRoom = 120 * 1024
	// BlobRoom is the most batch data (before compression) a blob proposal
	// carries: five blobs' worth, under Cancun's six per block whatever zlib
	// does with incompressible data.
	BlobRoom = 5 * batch.BlobDataBytes
	// proposeGuard is the least time an L2 request must have left before its
	// expiry when its batch is sent: the proposal must be mined before it
	// (RecordValidity: RequestExpired).
	proposeGuard = time.Minute
)

// TxSender sends L1 transactions and waits for their receipts, resubmitting
// with higher fees as needed: op-service's txmgr.TxManager.
type TxSender interface {
	Send(ctx context.Context, candidate txmgr.TxCandidate) (*types.Receipt, error)
	From() common.Address
}

// L1Reader is what the batcher and the deliverer read from L1.
type L1Reader interface {
	L1Caller
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// BatcherConfig configures a Batcher.
type BatcherConfig struct {
	Rollup common.Address
	Models []Model
	Policy BatchPolicy
	DA     DAMode
	Clock  Clock // nil: the system clock
}

// Batcher seals executed jobs into batches and proposes them on L1, one batch
// at a time in index order. Every send is preceded by its intent in the
// store, and a batch the store has in flight is first looked up on L1, so a
// restart after kill -9 at any point neither loses a batch nor proposes one
// twice (Rollup.propose takes only the next index, so a stale duplicate
// could only revert).
type Batcher struct {
	st     *store.Store
	l1     L1Reader
	tx     TxSender
	log    log.Logger
	m      Metrics
	clock  Clock
	cfg    BatcherConfig
	roots  map[uint64]common.Hash
	rollup *bindings.Rollup
	inbox  *bindings.JobInbox
	inboxA common.Address
	bond   *big.Int // bondPerRecord

	ready map[store.ID]time.Time // when each executed job was first seen
}

// NewBatcher reads the Rollup's bond and inbox from L1.
func NewBatcher(ctx context.Context, st *store.Store, l1 L1Reader, tx TxSender, cfg BatcherConfig, logger log.Logger, m Metrics) (*Batcher, error) {
	if cfg.Clock == nil {
		cfg.Clock = systemClock{}
	}
	switch {
	case cfg.DA != DACalldata && cfg.DA != DABlobs:
		return nil, fmt.Errorf("%w: --batch.da %q: want calldata or blobs", ErrConfig, cfg.DA)
	case cfg.Policy.MaxRecords < 1 || cfg.Policy.MaxRecords > 4096:
		return nil, fmt.Errorf("%w: --batch.max-records %d outside 1 to 4096 (Rollup.MAX_RECORDS)", ErrConfig, cfg.Policy.MaxRecords)
	case cfg.Policy.MaxDelay < 0:
		return nil, fmt.Errorf("%w: --batch.max-delay %v is negative", ErrConfig, cfg.Policy.MaxDelay)
	}
	if cfg.Policy.MaxBytes == 0 {
		cfg.Policy.MaxBytes = CalldataRoom
		if cfg.DA == DABlobs {
			cfg.Policy.MaxBytes = BlobRoom
		}
	}
	b := &Batcher{st: st, l1: l1, tx: tx, log: logger, m: m, clock: cfg.Clock, cfg: cfg, roots: map[uint64]common.Hash{},
		rollup: bindings.NewRollup(), inbox: bindings.NewJobInbox(), ready: map[store.ID]time.Time{}}
	for _, md := range cfg.Models {
		b.roots[md.ID] = md.Root
	}
	rc, err := call(ctx, l1, cfg.Rollup, b.rollup.PackConfig(), b.rollup.UnpackConfig)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read Rollup.config: %w", err)
	}
	b.bond = rc.BondPerRecord
	if b.inboxA, err = call(ctx, l1, cfg.Rollup, b.rollup.PackInbox(), b.rollup.UnpackInbox); err != nil {
		return nil, fmt.Errorf("sequencer: read Rollup.inbox: %w", err)
	}
	return b, nil
}

// Step does one round: settles or sends the batch in flight, else seals a new
// one from the executed jobs when the policy says so. It reports whether it
// changed anything (the caller steps again at once).
func (b *Batcher) Step(ctx context.Context) (bool, error) {
	next := b.st.NextBatch()
	if next > 0 {
		last, err := b.inFlight(next)
		if err != nil {
			return false, err
		}
		if last != nil {
			return b.propose(ctx, last)
		}
	}
	return b.seal(next)
}

// inFlight returns the lowest batch not yet proposed (batches are proposed
// in index order), or nil.
func (b *Batcher) inFlight(next uint64) (*store.Batch, error) {
	for i := next; i > 0; i-- {
		bt, err := b.st.GetBatch(i - 1)
		if err != nil {
			return nil, err
		}
		if bt.Status >= store.BatchProposed {
			if i == next {
				return nil, nil
			}
			return b.st.GetBatch(i)
		}
		if i == 1 {
			return bt, nil
		}
	}
	return nil, nil
}

// seal plans a batch over the executed jobs and creates it.
func (b *Batcher) seal(index uint64) (bool, error) {
	jobs, err := b.st.InState(store.Executed)
	if err != nil {
		return false, err
	}
	now := b.clock.Now()
	live := make(map[store.ID]bool, len(jobs))
	cands := make([]store.ID, 0, len(jobs))
	plan := make([]Candidate, 0, len(jobs))
	for _, j := range jobs {
		if j.Refunded != 0 || j.Orphaned {
			continue
		}
		live[j.ID] = true
		t, ok := b.ready[j.ID]
		if !ok {
			t = now
			b.ready[j.ID] = t
		}
		c := Candidate{Bytes: entryBytes(j), Ready: t}
		if j.ID.Source == store.FromL2 {
			exp, err := requestExpiry(j)
			if err != nil {
				return false, err
			}
			c.Deadline = exp.Add(-proposeGuard)
			if !now.Before(c.Deadline) {
				if err := b.st.Void(j.ID, "request expiry too close to propose"); err != nil {
					return false, err
				}
				b.log.Warn("L2 job voided: its request expires before a proposal could land", "job", j.ID, "expiry", exp)
				continue
			}
		}
		cands, plan = append(cands, j.ID), append(plan, c)
	}
	for id := range b.ready {
		if !live[id] {
			delete(b.ready, id)
		}
	}
	n := b.cfg.Policy.Plan(now, plan)
	if n == 0 {
		return false, nil
	}
	if _, err := b.st.CreateBatch(index, cands[:n]); err != nil {
		return false, err
	}
	for _, id := range cands[:n] {
		delete(b.ready, id)
	}
	b.log.Info("batch sealed", "batch", index, "records", n, "waiting", len(cands)-n)
	return true, nil
}

func requestExpiry(j *store.Job) (time.Time, error) {
	req, err := jobreq.Decode(j.Request)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: job %s: stored request: %v", store.ErrCorrupt, j.ID, err)
	}
	return time.Unix(int64(min(req.Request.Expiry, 1<<62)), 0), nil
}

// propose settles batch bt against L1 and, if it is not there, sends it. It
// reads L1 at one block, so that what it decides from (the batch count, our
// account's transactions, the jobs' status) is one consistent state. It
// reports whether it changed anything (false while it waits for a pending
// transaction of ours).
func (b *Batcher) propose(ctx context.Context, bt *store.Batch) (bool, error) {
	head, err := b.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sequencer: read the L1 head: %w", err)
	}
	at := head.Number
	count, err := callAt(ctx, b.l1, at, b.cfg.Rollup, b.rollup.PackBatchCount(), b.rollup.UnpackBatchCount)
	if err != nil {
		return false, fmt.Errorf("sequencer: read Rollup.batchCount: %w", err)
	}
	d, err := buildBatch(b.st, bt, b.roots)
	if err != nil {
		return false, err
	}
	switch c := count.Uint64(); {
	case c > bt.Index:
		return true, b.settle(ctx, d, at)
	case c < bt.Index:
		return false, fmt.Errorf("%w: batch %d is in flight but L1 has only %d batches", store.ErrCorrupt, bt.Index, c)
	}
	if bt.Status == store.BatchProposing {
		// A proposal may have been sent before a crash or a failed Send; any
		// such transaction still pending could take this index first.
		pending, err := b.pendingTxs(ctx, at)
		if err != nil {
			return false, err
		}
		if pending {
			b.log.Info("waiting for our pending L1 transactions before proposing", "batch", bt.Index, "block", at)
			return false, nil
		}
	}
	if resealed, err := b.dropStale(ctx, d, at); err != nil || resealed {
		return resealed, err
	}
	cand, err := b.candidate(d)
	if err != nil {
		return false, err
	}
	if err := b.st.ProposeIntent(bt.Index, common.Hash{}); err != nil {
		return false, err
	}
	b.log.Info("proposing batch", "batch", bt.Index, "records", len(d.records), "da", b.cfg.DA, "root", d.root,
		"bytes", len(cand.TxData), "blobs", len(cand.Blobs))
	rcpt, err := b.tx.Send(ctx, cand)
	if err != nil {
		return false, fmt.Errorf("sequencer: propose batch %d: %w", bt.Index, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return false, fmt.Errorf("sequencer: proposal of batch %d reverted in %s", bt.Index, rcpt.TxHash)
	}
	if err := b.st.Proposed(bt.Index, rcpt.TxHash); err != nil {
		return false, err
	}
	b.m.BatchProposed(len(d.records), rcpt.GasUsed)
	b.log.Info("batch proposed", "batch", bt.Index, "tx", rcpt.TxHash, "gas", rcpt.GasUsed, "block", rcpt.BlockNumber)
	return true, nil
}

// callAt is call at L1 block number at.
func callAt[T any](ctx context.Context, l1 L1Caller, at *big.Int, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// candidate is the proposal transaction of d in the configured DA mode.
func (b *Batcher) candidate(d *batchData) (txmgr.TxCandidate, error) {
	to := b.cfg.Rollup
	value := new(big.Int).Mul(b.bond, big.NewInt(int64(len(d.records))))
	if b.cfg.DA == DACalldata {
		return txmgr.TxCandidate{TxData: d.calldata(), To: &to, Value: value}, nil
	}
	p, err := d.payload()
	if err != nil {
		return txmgr.TxCandidate{}, err
	}
	blobs, err := batch.EncodeBlobs(p)
	if err != nil {
		return txmgr.TxCandidate{}, fmt.Errorf("sequencer: encode batch %d into blobs: %w", d.index, err)
	}
	cand := txmgr.TxCandidate{TxData: b.rollup.PackProposeBlobs(d.index, d.root, d.jobIDs()), To: &to, Value: value}
	for i := range blobs {
		cand.Blobs = append(cand.Blobs, (*eth.Blob)(&blobs[i]))
	}
	return cand, nil
}

// settle records the proposal of batch d found on L1, after checking that it
// is this batch (its records root).
func (b *Batcher) settle(ctx context.Context, d *batchData, at *big.Int) error {
	onL1, err := callAt(ctx, b.l1, at, b.cfg.Rollup, b.rollup.PackBatch(new(big.Int).SetUint64(d.index)), b.rollup.UnpackBatch)
	if err != nil {
		return fmt.Errorf("sequencer: read Rollup.batch(%d): %w", d.index, err)
	}
	if onL1.RecordsRoot != d.root {
		return fmt.Errorf("%w: batch %d on L1 has records root %x, the store's is %s", store.ErrCorrupt, d.index, onL1.RecordsRoot, d.root)
	}
	tx, err := b.proposalTx(ctx, d.index)
	if err != nil {
		return err
	}
	b.log.Info("batch found proposed on L1", "batch", d.index, "tx", tx)
	return b.st.Proposed(d.index, tx)
}

// proposalTx finds the transaction of batch index's BatchProposed event,
// searching back from the head in windows of at most ethbatch.DefaultLogRange
// blocks (providers cap the blocks of one eth_getLogs): the batch was
// proposed recently, so the first window or two hold it.
func (b *Batcher) proposalTx(ctx context.Context, index uint64) (common.Hash, error) {
	ev := rollupEvent("BatchProposed")
	head, err := b.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("sequencer: find the proposal of batch %d: read the head: %w", index, err)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{b.cfg.Rollup},
		Topics: [][]common.Hash{{ev}, {common.BigToHash(new(big.Int).SetUint64(index))}}}
	logs, k, err := ethbatch.FindLatest(ctx, b.l1, q, 0, head.Number.Uint64(), 0, func(l *types.Log) bool { return !l.Removed })
	if err != nil {
		return common.Hash{}, fmt.Errorf("sequencer: find the proposal of batch %d: %w", index, err)
	}
	if k < 0 {
		return common.Hash{}, fmt.Errorf("%w: batch %d is on L1 without a BatchProposed event", store.ErrCorrupt, index)
	}
	return logs[k].TxHash, nil
}

// pendingTxs reports whether the sequencer's account has transactions not
// mined by block at (its pending nonce is above its nonce there).
func (b *Batcher) pendingTxs(ctx context.Context, at *big.Int) (bool, error) {
	n, ok := b.l1.(interface {
		PendingNonceAt(context.Context, common.Address) (uint64, error)
		NonceAt(context.Context, common.Address, *big.Int) (uint64, error)
	})
	if !ok {
		return false, nil
	}
	pending, err := n.PendingNonceAt(ctx, b.tx.From())
	if err != nil {
		return false, err
	}
	mined, err := n.NonceAt(ctx, b.tx.From(), at)
	if err != nil {
		return false, err
	}
	return pending > mined, nil
}

// dropStale reseals batch d without the jobs it can no longer include: L1
// jobs refunded on the inbox meanwhile (overdue, or rejected) or orphaned by
// a reorg, and L2 requests too close to their expiry. It reports whether it resealed. An L1 job
// already Included at block at, where batch d is not on L1, is the store
// contradicting L1: an error, never a reseal.
func (b *Batcher) dropStale(ctx context.Context, d *batchData, at *big.Int) (bool, error) {
	now := b.clock.Now()
	drop := map[store.ID]string{}
	for _, j := range d.jobs {
		switch j.ID.Source {
		case store.FromL1:
			if j.Orphaned {
				// Its JobSubmitted event left L1 (a reorg deeper than the
				// follower's confirmations): the inbox holds no such job, or
				// another one under its id, which this record would misname.
				drop[j.ID] = "submission reorged out of L1 before its batch was proposed"
				continue
			}
			st, err := callAt(ctx, b.l1, at, b.inboxA, b.inbox.PackStatusOf(j.ID.Key.Big()), b.inbox.UnpackStatusOf)
			if err != nil {
				return false, fmt.Errorf("sequencer: read JobInbox.statusOf(%s): %w", j.ID, err)
			}
			switch st {
			case inboxPending:
			case inboxRefunded:
				drop[j.ID] = "refunded on L1 before its batch was proposed"
			default:
				return false, fmt.Errorf("%w: job %s of unproposed batch %d has inbox status %d at block %s", store.ErrCorrupt, j.ID, d.index, st, at)
			}
		case store.FromL2:
			exp, err := requestExpiry(j)
			if err != nil {
				return false, err
			}
			if !now.Before(exp.Add(-proposeGuard)) {
				drop[j.ID] = "request expiry too close to propose"
			}
		}
	}
	if len(drop) == 0 {
		return false, nil
	}
	keep := make([]store.ID, 0, len(d.jobs))
	for _, j := range d.jobs {
		if _, ok := drop[j.ID]; !ok {
			keep = append(keep, j.ID)
		}
	}
	if len(keep) == 0 {
		// Nothing left to propose under this index: the batch is withdrawn
		// and the index goes to the next batch sealed.
		if err := b.st.Abandon(d.index, drop); err != nil {
			return false, err
		}
		b.log.Warn("batch withdrawn: none of its jobs can be included", "batch", d.index, "jobs", len(drop))
		return true, nil
	}
	if _, err := b.st.Reseal(d.index, keep, drop); err != nil {
		return false, err
	}
	b.log.Warn("batch resealed without stale jobs", "batch", d.index, "dropped", len(drop), "kept", len(keep))
	return true, nil
}

// IJobInbox.Status values the batcher tells apart.
const (
	inboxPending  = 1
	inboxRefunded = 4
)

// rollupEvent is the topic of the Rollup's event name.
func rollupEvent(name string) common.Hash {
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("sequencer: the generated Rollup ABI does not parse: %v", err))
	}
	return parsed.Events[name].ID
}
