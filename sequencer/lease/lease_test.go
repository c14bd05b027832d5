package lease

import (
	"errors"
	"slices"
	"testing"
	"time"
)

type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

const ttl = 10 * time.Second

// step is one call on the scheduler and what it must return.
type step struct {
	op       string // register, deregister, enqueue, restore, acquire, complete, renew, expire, forget, advance, queued
	worker   string
	models   []byte // model roots by their first byte
	conc     int
	job      string
	model    byte
	seq      uint64
	d        time.Duration
	want     string   // acquire: the job leased ("" for none)
	wantJobs []string // expire, deregister: the jobs returned to the queue
	wantN    int      // queued: jobs waiting for model
	wantErr  error
}

func root(b byte) Root { return Root{b} }

func roots(bs []byte) []Root {
	var out []Root
	for _, b := range bs {
		out = append(out, root(b))
	}
	return out
}

func TestScheduler(t *testing.T) {
	start := time.Unix(1_700_000_000, 0)
	cases := []struct {
		name  string
		steps []step
	}{
		{"fifo within a model", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 3},
			{op: "enqueue", job: "c", model: 1, seq: 3},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "acquire", worker: "w1", want: "b"},
			{op: "acquire", worker: "w1", want: "c"},
			{op: "acquire", worker: "w1", want: ""},
		}},
		{"a worker gets only the models it serves", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 4},
			{op: "enqueue", job: "x", model: 2, seq: 1},
			{op: "enqueue", job: "y", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: "y"},
			{op: "acquire", worker: "w1", want: ""},
			{op: "queued", model: 2, wantN: 1},
		}},
		{"the oldest head across a worker's models goes first", []step{
			{op: "register", worker: "w1", models: []byte{1, 2}, conc: 4},
			{op: "enqueue", job: "m1-late", model: 1, seq: 5},
			{op: "enqueue", job: "m2-early", model: 2, seq: 3},
			{op: "enqueue", job: "m2-later", model: 2, seq: 7},
			{op: "acquire", worker: "w1", want: "m2-early"},
			{op: "acquire", worker: "w1", want: "m1-late"},
			{op: "acquire", worker: "w1", want: "m2-later"},
		}},
		{"concurrency caps the leases held", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "acquire", worker: "w1", want: ""},
			{op: "complete", worker: "w1", job: "a"},
			{op: "acquire", worker: "w1", want: "b"},
		}},
		{"an expired lease goes to another worker and the late result is refused", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "register", worker: "w2", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "advance", d: ttl - time.Nanosecond},
			{op: "expire", wantJobs: nil},
			{op: "advance", d: time.Nanosecond},
			{op: "expire", wantJobs: []string{"a"}},
			{op: "acquire", worker: "w2", want: "a"},
			{op: "complete", worker: "w1", job: "a", wantErr: ErrLeaseLost},
			{op: "complete", worker: "w2", job: "a"},
			{op: "complete", worker: "w2", job: "a", wantErr: ErrUnknownJob},
		}},
		{"a result after the deadline is refused before Expire runs", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "advance", d: ttl},
			{op: "complete", worker: "w1", job: "a", wantErr: ErrLeaseExpired},
			{op: "queued", model: 1, wantN: 1},
			{op: "complete", worker: "w1", job: "a", wantErr: ErrNotLeased},
			{op: "acquire", worker: "w1", want: "a"},
		}},
		{"an expired job keeps its place at the head", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "register", worker: "w2", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "advance", d: ttl},
			{op: "expire", wantJobs: []string{"a"}},
			{op: "acquire", worker: "w2", want: "a"},
		}},
		{"renewal keeps a lease alive", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "advance", d: ttl / 2},
			{op: "renew", worker: "w1", job: "a"},
			{op: "advance", d: ttl/2 + time.Second},
			{op: "expire", wantJobs: nil},
			{op: "renew", worker: "w2", job: "a", wantErr: ErrLeaseLost},
			{op: "complete", worker: "w1", job: "a"},
		}},
		{"deregistering a dead worker returns its leases", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 2},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "acquire", worker: "w1", want: "b"},
			{op: "deregister", worker: "w1", wantJobs: []string{"a", "b"}},
			{op: "acquire", worker: "w1", wantErr: ErrUnknownWorker},
			{op: "queued", model: 1, wantN: 2},
		}},
		{"a lease restored after a restart counts and can complete", []step{
			{op: "restore", worker: "w1", job: "a", model: 1, seq: 1, d: ttl},
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "acquire", worker: "w1", want: ""},
			{op: "complete", worker: "w2", job: "a", wantErr: ErrLeaseLost},
			{op: "complete", worker: "w1", job: "a"},
			{op: "acquire", worker: "w1", want: "b"},
		}},
		{"enqueue is idempotent and refuses a changed job", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 2},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "a", model: 1, seq: 9, wantErr: ErrDuplicate},
			{op: "acquire", worker: "w1", want: "a"},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "acquire", worker: "w1", want: ""},
		}},
		{"a forgotten job is neither queued nor leased", []step{
			{op: "register", worker: "w1", models: []byte{1}, conc: 1},
			{op: "enqueue", job: "a", model: 1, seq: 1},
			{op: "enqueue", job: "b", model: 1, seq: 2},
			{op: "forget", job: "a"},
			{op: "acquire", worker: "w1", want: "b"},
			{op: "forget", job: "b"},
			{op: "enqueue", job: "c", model: 1, seq: 3},
			{op: "acquire", worker: "w1", want: "c"},
		}},
		{"registrations are checked", []step{
			{op: "register", worker: "", models: []byte{1}, conc: 1, wantErr: ErrInvalidWorker},
			{op: "register", worker: "w1", conc: 1, wantErr: ErrInvalidWorker},
			{op: "register", worker: "w1", models: []byte{1}, conc: 0, wantErr: ErrInvalidWorker},
			{op: "acquire", worker: "w1", wantErr: ErrUnknownWorker},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clk := &fakeClock{now: start}
			s, err := New[string](clk, ttl)
			if err != nil {
				t.Fatal(err)
			}
			for i, st := range c.steps {
				var (
					err  error
					jobs []string
				)
				switch st.op {
				case "register":
					err = s.Register(Worker{ID: st.worker, Models: roots(st.models), Concurrency: st.conc})
				case "deregister":
					jobs = s.Deregister(st.worker)
				case "enqueue":
					err = s.Enqueue(st.job, root(st.model), st.seq)
				case "restore":
					err = s.Restore(Lease[string]{Job: st.job, Model: root(st.model), Seq: st.seq, Worker: st.worker, Deadline: clk.now.Add(st.d)})
				case "acquire":
					var (
						l  Lease[string]
						ok bool
					)
					l, ok, err = s.Acquire(st.worker)
					got := ""
					if ok {
						got = l.Job
						if l.Worker != st.worker || !l.Deadline.Equal(clk.now.Add(ttl)) {
							t.Fatalf("step %d: lease %+v", i, l)
						}
					}
					if err == nil && got != st.want {
						t.Fatalf("step %d: acquire by %s got %q, want %q", i, st.worker, got, st.want)
					}
				case "complete":
					err = s.Complete(st.job, st.worker)
				case "renew":
					_, err = s.Renew(st.job, st.worker)
				case "expire":
					jobs = s.Expire()
				case "forget":
					s.Forget(st.job)
				case "advance":
					clk.now = clk.now.Add(st.d)
				case "queued":
					if n := s.Queued(root(st.model)); n != st.wantN {
						t.Fatalf("step %d: %d queued for model %d, want %d", i, n, st.model, st.wantN)
					}
				default:
					t.Fatalf("step %d: unknown op %q", i, st.op)
				}
				if !errors.Is(err, st.wantErr) {
					t.Fatalf("step %d (%s): error %v, want %v", i, st.op, err, st.wantErr)
				}
				if (st.op == "expire" || st.op == "deregister") && !slices.Equal(jobs, st.wantJobs) && len(jobs)+len(st.wantJobs) > 0 {
					t.Fatalf("step %d (%s): jobs %v, want %v", i, st.op, jobs, st.wantJobs)
				}
			}
		})
	}
}

func TestNewRefusesZeroDuration(t *testing.T) {
	if _, err := New[string](&fakeClock{}, 0); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("New with ttl 0: %v", err)
	}
}
