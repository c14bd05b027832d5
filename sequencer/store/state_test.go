package store

import (
	"strings"
	"testing"
)

func TestCanMove(t *testing.T) {
	cases := []struct {
		name     string
		from, to State
		want     bool
	}{
		{"admit", Received, Queued, true},
		{"lease", Queued, Leased, true},
		{"lease expires", Leased, Queued, true},
		{"result", Leased, Executed, true},
		{"result refused", Executed, Queued, true},
		{"batch", Executed, Batched, true},
		{"post", Batched, Posted, true},
		{"propose", Posted, Proposed, true},
		{"finalize", Proposed, Final, true},
		{"record voided", Proposed, Voided, true},
		{"reject before dispatch", Received, Voided, true},
		{"reorg drops a queued job", Queued, Dropped, true},
		{"dropped job reappears", Dropped, Received, true},
		{"dropped job reappears identical", Dropped, Executed, true},
		{"no result without a lease", Queued, Executed, false},
		{"no batching before a result", Leased, Batched, false},
		{"no unbatching", Batched, Executed, false},
		{"no reorg drop once batched", Batched, Dropped, false},
		{"no void of a posted record", Posted, Voided, false},
		{"final is terminal", Final, Queued, false},
		{"voided is terminal", Voided, Received, false},
		{"staying is not a move", Queued, Queued, false},
		{"not a state", 0, Received, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := CanMove(c.from, c.to); got != c.want {
				t.Fatalf("CanMove(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
			}
		})
	}
}

func TestStateNames(t *testing.T) {
	for s := Received; s <= Dropped; s++ {
		if !s.Valid() || s.String() == "" || strings.HasPrefix(s.String(), "state(") {
			t.Fatalf("state %d has no name", s)
		}
	}
	if State(0).Valid() || State(Dropped+1).Valid() {
		t.Fatal("out-of-range states are valid")
	}
	if got := State(42).String(); got != "state(42)" {
		t.Fatalf("State(42) = %q", got)
	}
}
