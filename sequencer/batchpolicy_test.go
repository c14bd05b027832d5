package sequencer

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestBatchPolicyPlan(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	p := BatchPolicy{MaxRecords: 3, MaxBytes: 1000, MaxDelay: 10 * time.Second}
	c := func(bytes int, ready time.Duration) Candidate { return Candidate{Bytes: bytes, Ready: t0.Add(ready)} }
	for _, tc := range []struct {
		name  string
		now   time.Duration
		cands []Candidate
		want  int
	}{
		{"nothing executed", 0, nil, 0},
		{"young and small: wait", 5 * time.Second, []Candidate{c(100, 0), c(100, time.Second)}, 0},
		{"oldest waited MaxDelay: seal", 10 * time.Second, []Candidate{c(100, 0), c(100, 9*time.Second)}, 2},
		{"full by records: seal the first MaxRecords", 0, []Candidate{c(1, 0), c(1, 0), c(1, 0), c(1, 0)}, 3},
		{"full by bytes: seal what fits", 0, []Candidate{c(600, 0), c(300, 0), c(200, 0)}, 2},
		{"exactly MaxBytes still waits", 0, []Candidate{c(600, 0), c(400, 0)}, 0},
		{"one candidate over MaxBytes goes alone", 0, []Candidate{c(5000, 0), c(1, 0)}, 1},
		{"the oldest need not be first", 10 * time.Second, []Candidate{c(1, 5*time.Second), c(1, 0)}, 2},
		{"deadline within MaxDelay: seal now", 0, []Candidate{c(1, 0), {Bytes: 1, Ready: t0, Deadline: t0.Add(10 * time.Second)}}, 2},
		{"deadline beyond MaxDelay: wait", 0, []Candidate{{Bytes: 1, Ready: t0, Deadline: t0.Add(11 * time.Second)}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, p.Plan(t0.Add(tc.now), tc.cands))
		})
	}
}
