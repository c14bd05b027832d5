package sequencer

import "time"

// DAMode is where a batch's data goes: the calldata of Rollup.propose, or the
// EIP-4844 blobs of a Rollup.proposeBlobs transaction.
type DAMode string

const (
	DACalldata DAMode = "calldata"
	DABlobs    DAMode = "blobs"
)

// BatchPolicy decides when executed jobs are sealed into a batch. It is pure:
// the batcher feeds it the candidates and the time.
type BatchPolicy struct {
	MaxRecords int           // records per batch, at most
	MaxBytes   int           // estimated data bytes per batch, at most (the DA mode's room)
	MaxDelay   time.Duration // how long the oldest candidate may wait for a fuller batch
}

// Candidate is an executed job as the policy sees it.
type Candidate struct {
	Bytes int       // its share of the batch data (record, output, request)
	Ready time.Time // when the batcher first saw it executed
	// Deadline is the latest moment its proposal may be mined (an L2
	// request's expiry less a margin); zero: none.
	Deadline time.Time
}

// Plan returns how many of cands, a prefix in queue order, to seal into a
// batch now; 0 means wait. A batch is sealed when it is full (the next
// candidate would break MaxRecords or MaxBytes), when its oldest candidate
// has waited MaxDelay, or when a candidate's deadline is within MaxDelay. A
// single candidate over MaxBytes is sealed alone (the encoder's limits, not
// the policy, refuse what cannot be posted at all).
func (p BatchPolicy) Plan(now time.Time, cands []Candidate) int {
	n, bytes, urgent := 0, 0, false
	var oldest time.Time
	for _, c := range cands {
		if n == p.MaxRecords || (n > 0 && bytes+c.Bytes > p.MaxBytes) {
			return n // full
		}
		n++
		bytes += c.Bytes
		if oldest.IsZero() || c.Ready.Before(oldest) {
			oldest = c.Ready
		}
		if !c.Deadline.IsZero() && !now.Add(p.MaxDelay).Before(c.Deadline) {
			urgent = true
		}
	}
	if n == 0 {
		return 0
	}
	if urgent || !now.Before(oldest.Add(p.MaxDelay)) {
		return n
	}
	return 0
}
