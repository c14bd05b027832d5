package store

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// ErrReorgTooDeep is returned when a rewind goes below the oldest L1 block
// the store still remembers (see CheckpointWindow).
var ErrReorgTooDeep = errors.New("store: reorg deeper than the remembered L1 blocks")

// CheckpointWindow is how many L1 blocks below the head the store remembers
// hashes and events for; a reorg deeper than this (beyond any sane
// confirmation depth) cannot be rewound and stops the follower.
const CheckpointWindow = 4096

// BlockRef names an L1 block.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Refund is a JobRefunded event for an inbox job, seen in L1 block Block
// (whose hash is BlockHash).
type Refund struct {
	ID        ID
	Block     uint64
	BlockHash common.Hash
}

// L1Update is what the follower read from L1 blocks Parent.Number+1 to
// Head.Number: the jobs submitted and refunded there. ApplyL1 stores it in one
// atomic write with the new head.
type L1Update struct {
	Parent  BlockRef // the head the update extends (zero before the first update)
	Head    BlockRef // the last block read
	Jobs    []*Job   // new L1 jobs (ID, Spec and L1 origin set)
	Refunds []Refund
}

// L1Head returns the last L1 block whose events are stored; ok is false before the first update.
func (s *Store) L1Head() (head BlockRef, ok bool, err error) {
	ok, err = s.getJSON(keyL1Head, &head)
	return head, ok, err
}

// L1Checkpoint returns the hash the store recorded for L1 block num; ok is
// false if it holds none (never a head, or pruned).
func (s *Store) L1Checkpoint(num uint64) (hash common.Hash, ok bool, err error) {
	b, closer, err := s.db.Get(l1BlockKey(num))
	if errors.Is(err, pebble.ErrNotFound) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("store: read checkpoint %d: %w", num, err)
	}
	defer closer.Close()
	return common.BytesToHash(b), true, nil
}

// L1Checkpoints returns the remembered L1 blocks at or below num, highest first.
func (s *Store) L1Checkpoints(num uint64) ([]BlockRef, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixL1Block}, UpperBound: l1BlockKey(num + 1)})
	if err != nil {
		return nil, fmt.Errorf("store: iterate checkpoints: %w", err)
	}
	defer it.Close()
	var out []BlockRef
	for ok := it.Last(); ok; ok = it.Prev() {
		k := it.Key()
		out = append(out, BlockRef{Number: beU64(k[1:]), Hash: common.BytesToHash(it.Value())})
	}
	return out, it.Error()
}

func beU64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

// ApplyL1 stores an update atomically with its head. Re-applying an update
// whose head is already stored is a no-op; an update that does not extend the
// stored head is ErrConflict (rewind first). A job already stored with the
// same submission is not duplicated; a Dropped one is revived.
//
// A refund voids a job that holds no batch position (reason "refunded"); a
// batched job keeps its position and gets Refunded set, and the batcher must
// leave it out of any batch not yet posted (its record would be voided on L1).
func (s *Store) ApplyL1(u L1Update) error {
	if u.Head.Number < u.Parent.Number || (u.Head.Number == u.Parent.Number && u.Parent != (BlockRef{})) {
		return fmt.Errorf("%w: L1 update from block %d to %d", ErrInvalid, u.Parent.Number, u.Head.Number)
	}
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	head, ok, err := s.L1Head()
	if err != nil {
		return err
	}
	if ok && head == u.Head {
		return nil
	}
	if ok && head != u.Parent {
		return fmt.Errorf("%w: L1 update extends block %d %s, stored head is %d %s", ErrConflict, u.Parent.Number, u.Parent.Hash, head.Number, head.Hash)
	}
	b := s.db.NewIndexedBatch()
	defer b.Close()
	next := s.nextSeq
	for _, j := range u.Jobs {
		if j.ID.Source != FromL1 || j.L1 == nil || j.L1.Block <= u.Parent.Number || j.L1.Block > u.Head.Number {
			return fmt.Errorf("%w: job %s outside L1 blocks %d to %d", ErrInvalid, j.ID, u.Parent.Number+1, u.Head.Number)
		}
		if _, _, err := s.stagePut(b, j, &next); err != nil {
			return err
		}
		// Blocks with events are checkpoints too, so a rewind stops right
		// below the first block that changed rather than at a range head.
		if err := b.Set(l1BlockKey(j.L1.Block), j.L1.BlockHash[:], nil); err != nil {
			return err
		}
	}
	for _, r := range u.Refunds {
		if r.Block <= u.Parent.Number || r.Block > u.Head.Number {
			return fmt.Errorf("%w: refund of %s outside L1 blocks %d to %d", ErrInvalid, r.ID, u.Parent.Number+1, u.Head.Number)
		}
		if err := s.stageRefund(b, r); err != nil {
			return err
		}
		if err := b.Set(l1BlockKey(r.Block), r.BlockHash[:], nil); err != nil {
			return err
		}
	}
	if err := b.Set(l1BlockKey(u.Head.Number), u.Head.Hash[:], nil); err != nil {
		return err
	}
	if err := setJSON(b, keyL1Head, u.Head); err != nil {
		return err
	}
	if u.Head.Number > CheckpointWindow {
		if err := s.stagePrune(b, u.Head.Number-CheckpointWindow); err != nil {
			return err
		}
	}
	return s.commitSeq(b, next)
}

func (s *Store) stageRefund(b *pebble.Batch, r Refund) error {
	j, err := getJob(b, r.ID)
	if errors.Is(err, ErrNotFound) {
		s.log.Warn("refund for an unknown job", "job", r.ID, "block", r.Block)
		return nil
	}
	if err != nil {
		return err
	}
	if j.Refunded != 0 || j.State == Dropped {
		return nil
	}
	from := j.State
	j.Refunded = r.Block
	if from.Unbatched() {
		j.RefundedFrom, j.State, j.Lease, j.VoidReason = from, Voided, nil, "refunded"
	}
	if err := writeJob(b, from, j); err != nil {
		return err
	}
	if j.State != from {
		s.m.JobMoved(from, j.State)
	}
	return b.Set(l1RefundKey(r.Block, r.ID), nil, nil)
}

// stagePrune forgets checkpoints and event indexes below block keep.
func (s *Store) stagePrune(b *pebble.Batch, keep uint64) error {
	for _, p := range []byte{prefixL1Block, prefixL1Job, prefixL1Refund} {
		if err := b.DeleteRange([]byte{p}, append([]byte{p}, u64(keep)...), nil); err != nil {
			return err
		}
	}
	return nil
}

// RewindL1 undoes every stored L1 event above block to (a remembered
// checkpoint, the common ancestor with the new chain) in one atomic write:
//   - a refund is undone: a job it voided returns to the state it was
//     voided from (a Leased one to Queued: its lease is gone);
//   - a job whose JobSubmitted event is undone and that holds no batch
//     position is Dropped (its lease cleared, its result kept in case the
//     same event reappears); a batched one keeps its
//     position and is marked Orphaned; a Final or Voided one is left alone.
//
// Rewinding to the stored head is a no-op.
func (s *Store) RewindL1(to BlockRef) error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.mu.Unlock()
	head, ok, err := s.L1Head()
	if err != nil {
		return err
	}
	if !ok || head == to {
		return nil
	}
	if to.Number > head.Number {
		return fmt.Errorf("%w: rewind to block %d above the head %d", ErrInvalid, to.Number, head.Number)
	}
	if h, ok, err := s.L1Checkpoint(to.Number); err != nil {
		return err
	} else if !ok || h != to.Hash {
		return fmt.Errorf("%w: block %d %s is not a remembered checkpoint", ErrReorgTooDeep, to.Number, to.Hash)
	}
	b := s.db.NewIndexedBatch()
	defer b.Close()
	from := []byte{prefixL1Refund}
	from = append(from, u64(to.Number+1)...)
	if err := s.scanKeys(from, []byte{prefixL1Refund + 1}, func(k []byte) error {
		id, err := idFromBytes(k[9:])
		if err != nil {
			return err
		}
		j, err := getJob(b, id)
		if err != nil {
			return err
		}
		was := j.State
		j.Refunded = 0
		if j.State == Voided && j.RefundedFrom != 0 {
			j.State, j.VoidReason = j.RefundedFrom, ""
			if j.State == Leased {
				j.State = Queued
			}
			j.RefundedFrom = 0
		}
		if err := writeJob(b, was, j); err != nil {
			return err
		}
		return b.Delete(k, nil)
	}); err != nil {
		return err
	}
	from = append([]byte{prefixL1Job}, u64(to.Number+1)...)
	if err := s.scanKeys(from, []byte{prefixL1Job + 1}, func(k []byte) error {
		id, err := idFromBytes(k[9:])
		if err != nil {
			return err
		}
		j, err := getJob(b, id)
		if err != nil {
			return err
		}
		was := j.State
		switch {
		case was.Unbatched():
			j.State, j.Lease, j.DroppedFrom = Dropped, nil, was
			s.log.Info("job dropped by L1 reorg", "job", id, "state", was, "block", beU64(k[1:]))
		case was.Terminal() || was == Dropped:
		default:
			j.Orphaned = true
			s.log.Warn("batched job orphaned by L1 reorg", "job", id, "state", was, "batch", j.Batch.Batch)
		}
		if err := writeJob(b, was, j); err != nil {
			return err
		}
		return b.Delete(k, nil)
	}); err != nil {
		return err
	}
	if err := b.DeleteRange(l1BlockKey(to.Number+1), []byte{prefixL1Block + 1}, nil); err != nil {
		return err
	}
	if err := setJSON(b, keyL1Head, to); err != nil {
		return err
	}
	if err := s.commit(b); err != nil {
		return err
	}
	s.log.Info("L1 rewound", "from", head.Number, "to", to.Number, "hash", to.Hash)
	return nil
}

// scanKeys calls fn for every stored key in [lo, hi), read before the first
// call, so fn may stage changes to the range.
func (s *Store) scanKeys(lo, hi []byte, fn func(k []byte) error) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return fmt.Errorf("store: iterate: %w", err)
	}
	var keys [][]byte
	for ok := it.First(); ok; ok = it.Next() {
		keys = append(keys, append([]byte(nil), it.Key()...))
	}
	if err := it.Error(); err != nil {
		_ = it.Close()
		return err
	}
	if err := it.Close(); err != nil {
		return err
	}
	for _, k := range keys {
		if err := fn(k); err != nil {
			return err
		}
	}
	return nil
}
