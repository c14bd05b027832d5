package store

import (
	"fmt"

	"github.com/cockroachdb/pebble"
)

// LatestJobs returns the n most recent jobs, newest first (by sequence): a
// reverse scan that reads n jobs whatever the store holds, for views such
// as the explorer. n ≤ 0 returns none.
func (s *Store) LatestJobs(n int) ([]*Job, error) {
	if n <= 0 {
		return nil, nil
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixOrder}, UpperBound: []byte{prefixOrder + 1}})
	if err != nil {
		return nil, fmt.Errorf("store: iterate: %w", err)
	}
	defer it.Close()
	var out []*Job
	for ok := it.Last(); ok && len(out) < n; ok = it.Prev() {
		id, err := idFromBytes(it.Value())
		if err != nil {
			return nil, err
		}
		j, err := s.Get(id)
		if err != nil {
			return nil, fmt.Errorf("%w: index %q names %s: %v", ErrCorrupt, it.Key(), id, err)
		}
		out = append(out, j)
	}
	return out, it.Error()
}
