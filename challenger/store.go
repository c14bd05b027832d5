package challenger

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

// ErrCorrupt is returned for a stored value that does not decode.
var ErrCorrupt = errors.New("challenger: corrupt store")

// RecordState is how far the challenger has gone with one record.
type RecordState string

const (
	Checked    RecordState = "checked"    // judged right: left alone
	Reported   RecordState = "reported"   // voided through reportInvalid
	Challenged RecordState = "challenged" // data-challenged; judged again once its data is public or it is voided
	Disputed   RecordState = "disputed"   // a game is in flight, we play the challenger's side (our dispute, or one we joined)
	Defending  RecordState = "defending"  // a game is in flight, we play the proposer's side (defender mode)
	Watching   RecordState = "watching"   // judged right, watched for a dispute until its window closes (defender mode)
	Settled    RecordState = "settled"    // its game is over and the record settled
	Unchecked  RecordState = "unchecked"  // not re-executed: its model cannot be fetched (retried each round)
)

// InGame reports whether a record in state s has a game in flight that we play.
func (s RecordState) InGame() bool { return s == Disputed || s == Defending }

// RecordEntry is the stored state of one record.
type RecordEntry struct {
	State RecordState    `json:"state"`
	Game  common.Address `json:"game,omitzero"`
	Note  string         `json:"note,omitempty"` // why (the re-execution's or invalidity's verdict)
	// Model and Deadline: an Unchecked record's model root and the end of
	// its window (Rollup.recordDeadline), for `challenger status`.
	Model    common.Hash `json:"model,omitzero"`
	Deadline uint64      `json:"deadline,omitempty"`
}

// Store is the challenger's Pebble store: the next L1 block to scan, the
// proposals seen, and each record's state.
type Store struct{ db *pebble.DB }

// OpenStore opens (creating) the store in dir.
func OpenStore(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		return nil, fmt.Errorf("challenger: open the store %s: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

var (
	keyNext     = []byte("next")
	keyFrom     = []byte("from")
	keyFaults   = []byte("faults")
	prefixBatch = []byte("b/")
	prefixRec   = []byte("r/")
)

func batchKey(i uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte{}, prefixBatch...), i)
}
func recKey(b uint64, i uint32) []byte {
	return binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint64(append([]byte{}, prefixRec...), b), i)
}

func (s *Store) get(key []byte, v any) (bool, error) {
	b, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("challenger: read %q: %w", key, err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%w: key %q: %w", ErrCorrupt, key, err)
	}
	return true, nil
}

func (s *Store) put(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := s.db.Set(key, b, pebble.Sync); err != nil {
		return fmt.Errorf("challenger: write %q: %w", key, err)
	}
	return nil
}

// Next returns the next L1 block to scan (0 before the first scan).
func (s *Store) Next() (uint64, error) {
	var n uint64
	_, err := s.get(keyNext, &n)
	return n, err
}

// SetNext records the next L1 block to scan.
func (s *Store) SetNext(n uint64) error { return s.put(keyNext, n) }

// From returns the address the challenger sends from, as its service last
// recorded it (zero before).
func (s *Store) From() (common.Address, error) {
	var a common.Address
	_, err := s.get(keyFrom, &a)
	return a, err
}

// SetFrom records the address the challenger sends from (for the status command).
func (s *Store) SetFrom(a common.Address) error { return s.put(keyFrom, a) }

// PutProposal stores a proposal seen on L1.
func (s *Store) PutProposal(p Proposal) error { return s.put(batchKey(p.Index), p) }

// Proposals returns the stored proposals in index order.
func (s *Store) Proposals() ([]Proposal, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefixBatch, UpperBound: []byte("b0")})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Proposal
	for it.First(); it.Valid(); it.Next() {
		var p Proposal
		if err := json.Unmarshal(it.Value(), &p); err != nil {
			return nil, fmt.Errorf("%w: key %q: %w", ErrCorrupt, it.Key(), err)
		}
		out = append(out, p)
	}
	return out, it.Error()
}

// Forget removes a proposal and its records' states (its block left the
// canonical chain).
func (s *Store) Forget(index uint64) error {
	b := s.db.NewBatch()
	defer b.Close()
	if err := b.Delete(batchKey(index), nil); err != nil {
		return err
	}
	lo := binary.BigEndian.AppendUint64(append([]byte{}, prefixRec...), index)
	hi := binary.BigEndian.AppendUint64(append([]byte{}, prefixRec...), index+1)
	if err := b.DeleteRange(lo, hi, nil); err != nil {
		return err
	}
	return b.Commit(pebble.Sync)
}

// Record returns record i of batch b's state (ok false: not judged yet).
func (s *Store) Record(b uint64, i uint32) (RecordEntry, bool, error) {
	var e RecordEntry
	ok, err := s.get(recKey(b, i), &e)
	return e, ok, err
}

// GameEntry is one record with a game in flight, as Games lists it.
type GameEntry struct {
	Batch  uint64
	Record uint32
	RecordEntry
}

// Games returns the records whose game we play (Disputed or Defending), in
// batch and record order.
func (s *Store) Games() ([]GameEntry, error) { return s.entries(RecordState.InGame) }

// UncheckedRecords returns the records left Unchecked (their model cannot be
// fetched), in batch and record order.
func (s *Store) UncheckedRecords() ([]GameEntry, error) {
	return s.entries(func(st RecordState) bool { return st == Unchecked })
}

func (s *Store) entries(keep func(RecordState) bool) ([]GameEntry, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefixRec, UpperBound: []byte("r0")})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []GameEntry
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		if len(k) != len(prefixRec)+12 {
			return nil, fmt.Errorf("%w: key %q has %d bytes, want %d", ErrCorrupt, k, len(k), len(prefixRec)+12)
		}
		var e RecordEntry
		if err := json.Unmarshal(it.Value(), &e); err != nil {
			return nil, fmt.Errorf("%w: key %q: %w", ErrCorrupt, k, err)
		}
		if !keep(e.State) {
			continue
		}
		out = append(out, GameEntry{Batch: binary.BigEndian.Uint64(k[len(prefixRec):]), Record: binary.BigEndian.Uint32(k[len(prefixRec)+8:]), RecordEntry: e})
	}
	return out, it.Error()
}

// SetRecord stores record i of batch b's state.
func (s *Store) SetRecord(b uint64, i uint32, e RecordEntry) error { return s.put(recKey(b, i), e) }

// OpenStoreReadOnly opens an existing store for reading (the status
// command). Pebble locks its directory: it fails while a challenger runs on it.
func OpenStoreReadOnly(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{ReadOnly: true, ErrorIfNotExists: true})
	if err != nil {
		return nil, fmt.Errorf("challenger: open the store %s read-only: %w", dir, err)
	}
	return &Store{db: db}, nil
}

// FaultsDone is the job up to which (inclusive) the inclusion-fault scan has
// nothing left to do: 0 at first.
func (s *Store) FaultsDone() (uint64, error) {
	var n uint64
	_, err := s.get(keyFaults, &n)
	return n, err
}

// SetFaultsDone stores FaultsDone.
func (s *Store) SetFaultsDone(n uint64) error { return s.put(keyFaults, n) }
