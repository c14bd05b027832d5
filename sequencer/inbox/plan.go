package inbox

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/airollup/airollup/sequencer/store"
)

// nextRange decides which blocks the next poll reads: from head+1 to at most
// maxRange blocks on, never above latest minus the confirmation depth. ok is
// false when there is nothing confirmed to read.
func nextRange(head, latest, confirmations, maxRange uint64) (from, to uint64, ok bool) {
	if latest < confirmations {
		return 0, 0, false
	}
	safe := latest - confirmations
	if safe <= head {
		return 0, 0, false
	}
	from, to = head+1, safe
	if maxRange > 0 && to-from+1 > maxRange {
		to = from + maxRange - 1
	}
	return from, to, true
}

// commonAncestor returns the highest checkpoint (checkpoints are highest
// first) whose hash is the canonical hash at its number; canonical reports
// that hash, or ok false where L1 has no such block (the chain got shorter).
// found is false if no checkpoint is on the canonical chain: the reorg is
// deeper than the store remembers.
func commonAncestor(checkpoints []store.BlockRef, canonical func(uint64) (common.Hash, bool, error)) (anc store.BlockRef, found bool, err error) {
	for _, cp := range checkpoints {
		h, ok, err := canonical(cp.Number)
		if err != nil {
			return store.BlockRef{}, false, err
		}
		if ok && h == cp.Hash {
			return cp, true, nil
		}
	}
	return store.BlockRef{}, false, nil
}
