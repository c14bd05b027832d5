package sequencer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/sequencer/store"
)

// IRollup.RecordStatus values.
const (
	recordNone uint8 = iota
	recordDisputed
	recordVoided
	recordDelivered
)

// Deliverer finishes proposed batches: it answers the data challenges of its
// batches' records, blob or calldata (Rollup.resolveData, before their deadline: else
// anyone could void an honest record as unavailable and take its bond),
// delivers each record once L1 says it is deliverable (which releases its fee
// to the sequencer and calls the job's callback), marks the jobs whose
// records were voided on L1 (by a game, reportInvalid or an unanswered data
// challenge) Voided, and once every record of a batch is delivered or voided,
// finalizes the batch in the store and releases its bond. A record that
// RecordValidity finds it can no longer deliver (an L1 job refunded as
// overdue meanwhile, a model refused since) is marked Voided in the store;
// a delivery that fails otherwise is retried on the next step. Neither holds
// up the other records and batches. Disputed records are left to the game
// (the challenger, or the sequencer's defender).
type Deliverer struct {
	st       *store.Store
	l1       L1Reader
	tx       TxSender
	log      log.Logger
	m        Metrics
	rollup   common.Address
	roots    map[uint64]common.Hash
	abi      *bindings.Rollup
	validity *bindings.RecordValidity
	valAddr  common.Address // Rollup.validity, read on first use
}

// NewDeliverer returns a deliverer of the batches st holds.
func NewDeliverer(st *store.Store, l1 L1Reader, tx TxSender, rollup common.Address, models []Model, logger log.Logger, m Metrics) *Deliverer {
	d := &Deliverer{st: st, l1: l1, tx: tx, log: logger, m: m, rollup: rollup, roots: map[uint64]common.Hash{}, abi: bindings.NewRollup(),
		validity: bindings.NewRecordValidity()}
	for _, md := range models {
		d.roots[md.ID] = md.Root
	}
	return d
}

// Step looks at every proposed batch once; it reports whether it changed anything.
func (d *Deliverer) Step(ctx context.Context) (bool, error) {
	head, err := d.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sequencer: read the L1 head: %w", err)
	}
	// Data challenges first, across every batch: each answer has a deadline
	// (and each transaction waits for its receipt), so a griefer's
	// challenges must not wait behind deliveries of earlier batches, which
	// have none.
	changed, errs := d.answerAll(ctx, head.Time)
	err = d.st.Batches(func(bt *store.Batch) error {
		if bt.Status != store.BatchProposed {
			return nil
		}
		c, err := d.batch(ctx, bt, head.Time)
		changed = changed || c
		if err != nil {
			if errors.Is(err, store.ErrCorrupt) || ctx.Err() != nil {
				return err
			}
			// One batch failing (an L1 read, a delivery that reverted) must
			// not hold up the later ones.
			errs = append(errs, err)
		}
		return nil
	})
	return changed, errors.Join(append(errs, err)...)
}

// MaxParallelAnswers bounds the data-challenge answers in flight at once.
// Each answer waits for its receipt (and its confirmations): sent one after
// another, a griefer's burst of challenges would cost one confirmation
// time each, and the last could miss its deadline.
const MaxParallelAnswers = 16

// openChallenge is a data challenge of record i of a batch, unanswered.
type openChallenge struct {
	data     *batchData
	i        int
	deadline uint64
}

// answerAll answers the open data challenges of every proposed batch's
// records: it reads them all, then sends the answers concurrently (at most
// MaxParallelAnswers in flight, the nearest deadline first). It reports
// whether it answered any, and the errors (which batch and Step report
// again).
func (d *Deliverer) answerAll(ctx context.Context, now uint64) (bool, []error) {
	var open []openChallenge
	var errs []error
	err := d.st.Batches(func(bt *store.Batch) error {
		if bt.Status != store.BatchProposed {
			return nil
		}
		data, err := buildBatch(d.st, bt, d.roots)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		for i, j := range data.jobs {
			if j.State.Terminal() {
				continue
			}
			deadline, ok, err := d.openChallenge(ctx, data, i, now)
			if err != nil {
				errs = append(errs, err)
			} else if ok {
				open = append(open, openChallenge{data, i, deadline})
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	slices.SortStableFunc(open, func(a, b openChallenge) int { return cmp.Compare(a.deadline, b.deadline) })
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		changed bool
		sem     = make(chan struct{}, MaxParallelAnswers)
	)
	for _, c := range open {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return changed, append(errs, ctx.Err())
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			err := d.answer(ctx, c.data, c.i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			} else {
				changed = true
			}
		}()
	}
	wg.Wait()
	return changed, errs
}

func (d *Deliverer) batch(ctx context.Context, bt *store.Batch, now uint64) (bool, error) {
	data, err := buildBatch(d.st, bt, d.roots)
	if err != nil {
		return false, err
	}
	changed, open := false, 0
	var errs []error
	for i, j := range data.jobs {
		if j.State.Terminal() {
			continue
		}
		bi, ri := new(big.Int).SetUint64(bt.Index), big.NewInt(int64(i))
		// Calldata batches' records can be data-challenged too (a watcher
		// that cannot find the propose call): answered the same way.
		answered, err := d.answerData(ctx, data, i, now)
		if err != nil {
			errs = append(errs, err)
			open++
			continue
		}
		changed = changed || answered
		status, err := call(ctx, d.l1, d.rollup, d.abi.PackRecordStatus(bi, ri), d.abi.UnpackRecordStatus)
		if err != nil {
			return changed, fmt.Errorf("sequencer: read Rollup.recordStatus(%d, %d): %w", bt.Index, i, err)
		}
		switch status {
		case recordVoided:
			if err := d.st.Void(j.ID, "record voided on L1"); err != nil {
				return changed, err
			}
			d.log.Warn("record voided on L1", "batch", bt.Index, "record", i, "job", j.ID)
			changed = true
			continue
		case recordDelivered:
			if err := d.st.Finish(j.ID); err != nil {
				return changed, err
			}
			changed = true
			continue
		case recordDisputed:
			open++
			continue
		}
		at, err := call(ctx, d.l1, d.rollup, d.abi.PackDeliverableAt(bi, ri), d.abi.UnpackDeliverableAt)
		if err != nil {
			return changed, fmt.Errorf("sequencer: read Rollup.deliverableAt(%d, %d): %w", bt.Index, i, err)
		}
		if !at.IsUint64() || at.Uint64() > now {
			open++
			continue
		}
		undeliverable, err := d.invalidity(ctx, data, i)
		if err != nil {
			errs = append(errs, err)
			open++
			continue
		}
		if undeliverable != 0 {
			// Final on L1: what RecordValidity reads only ever changes one way
			// (a job refunded, a nonce consumed, a model refused).
			reason := fmt.Sprintf("undeliverable on L1: RecordValidity invalidity %d", undeliverable)
			if err := d.st.Void(j.ID, reason); err != nil {
				return changed, err
			}
			d.log.Error("record undeliverable: job voided", "batch", bt.Index, "record", i, "job", j.ID, "invalidity", undeliverable)
			changed = true
			continue
		}
		if err := d.deliver(ctx, data, i); err != nil {
			if errors.Is(err, store.ErrCorrupt) {
				return changed, err
			}
			errs = append(errs, err)
			open++
			continue
		}
		changed = true
	}
	if open > 0 {
		return changed, errors.Join(errs...)
	}
	return d.finish(ctx, bt, now)
}

// answerData answers an open data challenge of record i of a batch with
// the record, its proof, output and request (Rollup.resolveData), while its
// deadline has not passed. It reports whether it answered one.
func (d *Deliverer) answerData(ctx context.Context, data *batchData, i int, now uint64) (bool, error) {
	_, ok, err := d.openChallenge(ctx, data, i, now)
	if err != nil || !ok {
		return false, err
	}
	if err := d.answer(ctx, data, i); err != nil {
		return false, err
	}
	return true, nil
}

// openChallenge reports whether record i of a batch has an open data
// challenge that can still be answered, and its deadline.
func (d *Deliverer) openChallenge(ctx context.Context, data *batchData, i int, now uint64) (uint64, bool, error) {
	bi, ri := new(big.Int).SetUint64(data.index), big.NewInt(int64(i))
	c, err := call(ctx, d.l1, d.rollup, d.abi.PackDataChallenge(bi, ri), d.abi.UnpackDataChallenge)
	if err != nil {
		return 0, false, fmt.Errorf("sequencer: read Rollup.dataChallenge(%d, %d): %w", data.index, i, err)
	}
	if c.Challenger == (common.Address{}) || c.Resolved {
		return 0, false, nil
	}
	if c.Deadline <= now {
		// The next block is past the deadline: resolveData would revert.
		d.log.Error("data challenge past its deadline, unanswered", "batch", data.index, "record", i, "deadline", c.Deadline)
		return 0, false, nil
	}
	d.log.Warn("data challenge open", "batch", data.index, "record", i, "challenger", c.Challenger, "deadline", c.Deadline)
	return c.Deadline, true, nil
}

// answer sends the answer to record i's data challenge and waits for it.
func (d *Deliverer) answer(ctx context.Context, data *batchData, i int) error {
	to := d.rollup
	rcpt, err := d.tx.Send(ctx, txmgr.TxCandidate{To: &to,
		TxData: d.abi.PackResolveData(data.index, uint32(i), data.records[i].Binding(), proofWords(data.proofs[i]), data.outputs[i], nonNil(data.requests[i]))})
	if err != nil {
		return fmt.Errorf("sequencer: answer the data challenge of batch %d record %d: %w", data.index, i, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("sequencer: answer to the data challenge of batch %d record %d reverted in %s", data.index, i, rcpt.TxHash)
	}
	d.log.Warn("data challenge answered", "batch", data.index, "record", i, "tx", rcpt.TxHash)
	return nil
}

// invalidity is RecordValidity's verdict on record i (0: None, deliverable).
func (d *Deliverer) invalidity(ctx context.Context, data *batchData, i int) (uint8, error) {
	if d.valAddr == (common.Address{}) {
		a, err := call(ctx, d.l1, d.rollup, d.abi.PackValidity(), d.abi.UnpackValidity)
		if err != nil {
			return 0, fmt.Errorf("sequencer: read Rollup.validity: %w", err)
		}
		d.valAddr = a
	}
	out, err := call(ctx, d.l1, d.valAddr, d.validity.PackInvalidity(data.index, uint32(i), data.records[i].Binding(), data.outputs[i], nonNil(data.requests[i])),
		d.validity.UnpackInvalidity)
	if err != nil {
		return 0, fmt.Errorf("sequencer: read RecordValidity.invalidity(%d, %d): %w", data.index, i, err)
	}
	return out.Arg0, nil
}

func proofWords(p []common.Hash) [][32]byte {
	w := make([][32]byte, len(p))
	for k, h := range p {
		w[k] = h
	}
	return w
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// deliver sends Rollup.deliver for record i and finishes its job.
func (d *Deliverer) deliver(ctx context.Context, data *batchData, i int) error {
	j := data.jobs[i]
	to := d.rollup
	rcpt, err := d.tx.Send(ctx, txmgr.TxCandidate{To: &to,
		TxData: d.abi.PackDeliver(data.index, uint32(i), data.records[i].Binding(), proofWords(data.proofs[i]), data.outputs[i], nonNil(data.requests[i]))})
	if err != nil {
		return fmt.Errorf("sequencer: deliver batch %d record %d: %w", data.index, i, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("sequencer: delivery of batch %d record %d reverted in %s", data.index, i, rcpt.TxHash)
	}
	if err := d.st.Finish(j.ID); err != nil {
		return err
	}
	d.m.RecordDelivered(rcpt.GasUsed)
	d.log.Info("record delivered", "batch", data.index, "record", i, "job", j.ID, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
	return nil
}

// finish releases the bond of a batch whose records are all delivered or
// voided, once its window has closed, and marks it final. It reports whether
// it did.
func (d *Deliverer) finish(ctx context.Context, bt *store.Batch, now uint64) (bool, error) {
	onL1, err := call(ctx, d.l1, d.rollup, d.abi.PackBatch(new(big.Int).SetUint64(bt.Index)), d.abi.UnpackBatch)
	if err != nil {
		return false, fmt.Errorf("sequencer: read Rollup.batch(%d): %w", bt.Index, err)
	}
	if !onL1.BondReleased && (onL1.DisputableUntil >= now || onL1.PendingDisputes > 0) {
		return false, nil // every record voided early: the window is still open
	}
	if !onL1.BondReleased {
		to := d.rollup
		rcpt, err := d.tx.Send(ctx, txmgr.TxCandidate{To: &to, TxData: d.abi.PackReleaseBond(bt.Index)})
		if err != nil {
			return false, fmt.Errorf("sequencer: release the bond of batch %d: %w", bt.Index, err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return false, fmt.Errorf("sequencer: bond release of batch %d reverted in %s", bt.Index, rcpt.TxHash)
		}
		d.log.Info("batch bond released", "batch", bt.Index, "tx", rcpt.TxHash)
	}
	if err := d.st.Finalize(bt.Index); err != nil && !errors.Is(err, store.ErrTransition) {
		return false, err
	}
	d.log.Info("batch final", "batch", bt.Index, "records", len(bt.Jobs))
	return true, nil
}
