package challenger

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxFaultScan bounds the jobs whose status the watcher reads in one round
// for inclusion faults; the next round goes on from there.
const MaxFaultScan = 256

// Job statuses, as IJobInbox.Status.
const (
	jobPending   uint8 = 1
	jobIncluded  uint8 = 2
	jobDelivered uint8 = 3
	jobRefunded  uint8 = 4
)

// errInsufficientStake is Rollup's InsufficientStake selector: a fault that
// cannot be paid now and stays provable.
var errInsufficientStake = func() []byte { id := rollupABI.Errors["InsufficientStake"].ID; return id[:4] }()

// revertData is the revert data of a failed eth_call, nil for an error that
// is not a revert (the endpoint failed).
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, _ := hexutil.Decode(d)
		if b == nil {
			return []byte{}
		}
		return b
	case []byte:
		return d
	}
	return []byte{}
}

// faults reports inclusion faults: a job left Pending past the inbox's
// inclusion window, or Included and not delivered by its delivery deadline,
// is refunded (JobInbox.refundOverdue, which marks the sequencer's fault);
// a refunded job whose fault is not proven yet (force-refunded, or its
// record voided while the sequencer had no stake) is proven
// (Rollup.proveInclusionFault: the penalty goes to the job's submitter).
// Jobs are read from the oldest not yet done, MaxFaultScan per round; a
// round cut short by that bound is continued by the next one, and so on
// round the jobs not done.
func (w *Watcher) faults(ctx context.Context) error {
	done, err := w.st.FaultsDone()
	if err != nil {
		return err
	}
	n, err := call(ctx, w.l1, w.inboxA, w.inbox.PackJobCount(), w.inbox.UnpackJobCount)
	if err != nil {
		return fmt.Errorf("challenger: read JobInbox.jobCount: %w", err)
	}
	count := n.Uint64()
	w.mu.Lock()
	from := max(w.faultPos, done+1)
	w.mu.Unlock()
	if from > count {
		from = done + 1
	}
	contiguous := from == done+1 // every job below from is done
	var errs []error
	newDone := done
	id := from
	for ; id <= count && id < from+MaxFaultScan; id++ {
		ok, err := w.fault(ctx, id)
		if err != nil {
			w.log.Warn("inclusion fault not reported", "job", id, "err", err)
			errs = append(errs, fmt.Errorf("job %d: %w", id, err))
		}
		if contiguous && ok {
			newDone = id
		} else {
			contiguous = false
		}
	}
	if id > count {
		id = 0 // all read: start again from the oldest job not done
	}
	w.mu.Lock()
	w.faultPos = id // else go on from here next round
	w.mu.Unlock()
	if newDone != done {
		if err := w.st.SetFaultsDone(newDone); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// fault refunds job id if it is overdue and proves its fault if it has an
// unproven one; it reports whether nothing is left to do for the job.
func (w *Watcher) fault(ctx context.Context, id uint64) (bool, error) {
	jid := big64(id)
	status, err := call(ctx, w.l1, w.inboxA, w.inbox.PackStatusOf(jid), w.inbox.UnpackStatusOf)
	if err != nil {
		return false, fmt.Errorf("challenger: read JobInbox.statusOf: %w", err)
	}
	switch status {
	case jobPending, jobIncluded:
		overdue, err := call(ctx, w.l1, w.inboxA, w.inbox.PackIsOverdue(jid), w.inbox.UnpackIsOverdue)
		if err != nil {
			return false, fmt.Errorf("challenger: read JobInbox.isOverdue: %w", err)
		}
		if !overdue {
			return false, nil
		}
		if _, err := w.send(ctx, "refundOverdue", w.inboxA, w.inbox.PackRefundOverdue(jid), nil); err != nil {
			return false, err
		}
		w.log.Info("overdue job refunded", "job", id, "was", status)
	case jobRefunded:
	default: // delivered (or unknown): no fault
		return true, nil
	}
	proven, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackFaultProven(jid), w.rollup.UnpackFaultProven)
	if err != nil {
		return false, fmt.Errorf("challenger: read Rollup.faultProven: %w", err)
	}
	if proven {
		return true, nil
	}
	data := w.rollup.PackProveInclusionFault(jid)
	if _, err := w.l1.CallContract(ctx, ethereum.CallMsg{From: w.tx.From(), To: &w.cfg.Rollup, Data: data}, nil); err != nil {
		rd := revertData(err)
		switch {
		case rd == nil:
			return false, fmt.Errorf("challenger: simulate Rollup.proveInclusionFault(%d): %w", id, err)
		case bytes.HasPrefix(rd, errInsufficientStake):
			w.log.Warn("inclusion fault not payable yet: the sequencer has no stake to pay it", "job", id)
			return false, nil
		}
		return true, nil // no fault to prove (NotForceRefunded: refunded without one)
	}
	if _, err := w.send(ctx, "proveInclusionFault", w.cfg.Rollup, data, nil); err != nil {
		return false, err
	}
	w.log.Info("inclusion fault proven", "job", id)
	return true, nil
}
