package inbox

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/airollup/airollup/sequencer/store"
)

func TestNextRange(t *testing.T) {
	cases := []struct {
		name                          string
		head, latest, confs, maxRange uint64
		wantFrom, wantTo              uint64
		wantOK                        bool
	}{
		{"reads up to the confirmation depth", 10, 20, 3, 100, 11, 17, true},
		{"depth zero reads the head", 10, 20, 0, 100, 11, 20, true},
		{"caps the range", 10, 20, 0, 4, 11, 14, true},
		{"nothing confirmed beyond the head", 17, 20, 3, 100, 0, 0, false},
		{"chain shorter than the depth", 0, 2, 3, 100, 0, 0, false},
		{"head above the safe block after a reorg shortened L1", 19, 20, 3, 100, 0, 0, false},
		{"one block", 16, 20, 3, 100, 17, 17, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			from, to, ok := nextRange(c.head, c.latest, c.confs, c.maxRange)
			if ok != c.wantOK || from != c.wantFrom || to != c.wantTo {
				t.Fatalf("nextRange(%d, %d, %d, %d) = %d, %d, %v; want %d, %d, %v",
					c.head, c.latest, c.confs, c.maxRange, from, to, ok, c.wantFrom, c.wantTo, c.wantOK)
			}
		})
	}
}

func TestCommonAncestor(t *testing.T) {
	h := func(b byte) common.Hash { return common.Hash{b} }
	cps := []store.BlockRef{{Number: 30, Hash: h(30)}, {Number: 20, Hash: h(20)}, {Number: 10, Hash: h(10)}}
	errL1 := errors.New("l1 down")
	cases := []struct {
		name      string
		canonical map[uint64]common.Hash // missing: no such block
		fail      bool
		want      store.BlockRef
		wantFound bool
		wantErr   error
	}{
		{"head still canonical", map[uint64]common.Hash{30: h(30), 20: h(20), 10: h(10)}, false, cps[0], true, nil},
		{"shallow reorg", map[uint64]common.Hash{30: h(99), 20: h(20), 10: h(10)}, false, cps[1], true, nil},
		{"chain got shorter", map[uint64]common.Hash{20: h(98), 10: h(10)}, false, cps[2], true, nil},
		{"deeper than remembered", map[uint64]common.Hash{30: h(1), 20: h(2), 10: h(3)}, false, store.BlockRef{}, false, nil},
		{"L1 error", nil, true, store.BlockRef{}, false, errL1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, found, err := commonAncestor(cps, func(n uint64) (common.Hash, bool, error) {
				if c.fail {
					return common.Hash{}, false, errL1
				}
				hh, ok := c.canonical[n]
				return hh, ok, nil
			})
			if !errors.Is(err, c.wantErr) || found != c.wantFound || got != c.want {
				t.Fatalf("commonAncestor = %v, %v, %v; want %v, %v, %v", got, found, err, c.want, c.wantFound, c.wantErr)
			}
		})
	}
}
