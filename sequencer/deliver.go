package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

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

// Deliverer finishes proposed batches: it delivers each record once L1 says
// it is deliverable (which releases its fee to the sequencer and calls the
// job's callback), marks the jobs whose records were voided on L1 (by a game,
// reportInvalid or an unanswered data challenge) Voided, and once every
// record of a batch is delivered or voided, finalizes the batch in the store
// and releases its bond. Disputed records are left to the game (the
// challenger, or the sequencer's defender).
type Deliverer struct {
	st     *store.Store
	l1     L1Reader
	tx     TxSender
	log    log.Logger
	m      Metrics
	rollup common.Address
	roots  map[uint64]common.Hash
	abi    *bindings.Rollup
}

// NewDeliverer returns a deliverer of the batches st holds.
func NewDeliverer(st *store.Store, l1 L1Reader, tx TxSender, rollup common.Address, models []Model, logger log.Logger, m Metrics) *Deliverer {
	d := &Deliverer{st: st, l1: l1, tx: tx, log: logger, m: m, rollup: rollup, roots: map[uint64]common.Hash{}, abi: bindings.NewRollup()}
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
	changed := false
	err = d.st.Batches(func(bt *store.Batch) error {
		if bt.Status != store.BatchProposed {
			return nil
		}
		c, err := d.batch(ctx, bt, head.Time)
		changed = changed || c
		return err
	})
	return changed, err
}

func (d *Deliverer) batch(ctx context.Context, bt *store.Batch, now uint64) (bool, error) {
	data, err := buildBatch(d.st, bt, d.roots)
	if err != nil {
		return false, err
	}
	changed, open := false, 0
	for i, j := range data.jobs {
		if j.State.Terminal() {
			continue
		}
		bi, ri := new(big.Int).SetUint64(bt.Index), big.NewInt(int64(i))
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
		if err := d.deliver(ctx, data, i); err != nil {
			return changed, err
		}
		changed = true
	}
	if open > 0 {
		return changed, nil
	}
	return d.finish(ctx, bt, now)
}

// deliver sends Rollup.deliver for record i and finishes its job.
func (d *Deliverer) deliver(ctx context.Context, data *batchData, i int) error {
	j := data.jobs[i]
	proof := make([][32]byte, len(data.proofs[i]))
	for k, h := range data.proofs[i] {
		proof[k] = h
	}
	req := data.requests[i]
	if req == nil {
		req = []byte{}
	}
	to := d.rollup
	rcpt, err := d.tx.Send(ctx, txmgr.TxCandidate{To: &to,
		TxData: d.abi.PackDeliver(data.index, uint32(i), data.records[i].Binding(), proof, data.outputs[i], req)})
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
