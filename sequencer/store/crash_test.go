package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"
)

// crashDirEnv makes the test binary run crashChild on that directory instead
// of the tests (TestMain).
const crashDirEnv = "AIROLLUP_STORE_CRASH_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashDirEnv); dir != "" {
		if err := crashChild(dir); err != nil {
			fmt.Fprintln(os.Stderr, "crash child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashChild drives a store through every transition until it is killed. It
// prints "ready" once the store is open and checked, then "ack N" after each
// Put of job N returns (the acknowledgement a client would get). On start it
// re-applies the transition behind each stored state, which must be a no-op:
// that is what a restarted sequencer does when it cannot know whether its last
// write landed.
func crashChild(dir string) error {
	s, err := Open(dir, Options{Logger: log.NewLogger(log.DiscardHandler())})
	if err != nil {
		return err
	}
	if err := replay(s); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	n := 0
	if err := s.Jobs(func(*Job) error { n++; return nil }); err != nil {
		return err
	}
	fmt.Println("ready")
	rng := rand.New(rand.NewPCG(uint64(os.Getpid()), uint64(time.Now().UnixNano())))
	for {
		n++
		if _, _, err := s.Put(l2Job(n)); err != nil {
			return err
		}
		fmt.Printf("ack %d\n", n)
		if err := step(s, rng); err != nil {
			return err
		}
	}
}

// replay re-applies the last transition of every job and batch.
func replay(s *Store) error {
	var errs []error
	if err := s.Jobs(func(j *Job) error {
		switch j.State {
		case Received:
			_, created, err := s.Put(l2JobFromRequest(j))
			if created {
				err = errors.Join(err, fmt.Errorf("job %s put twice", j.ID))
			}
			errs = append(errs, err)
		case Queued:
			errs = append(errs, s.Queue(j.ID))
		case Leased:
			errs = append(errs, s.Lease(j.ID, *j.Lease))
		case Executed:
			errs = append(errs, s.SetResult(j.ID, *j.Result))
		case Voided:
			errs = append(errs, s.Void(j.ID, j.VoidReason))
		}
		return nil
	}); err != nil {
		return err
	}
	if err := s.Batches(func(b *Batch) error {
		_, err := s.CreateBatch(b.Index, b.Jobs)
		errs = append(errs, err)
		switch b.Status {
		case BatchPosting:
			for _, h := range b.DATxs {
				errs = append(errs, s.PostIntent(b.Index, h))
			}
		case BatchPosted:
			errs = append(errs, s.Posted(b.Index, b.DATx))
		case BatchProposing:
			for _, h := range b.ProposeTxs {
				errs = append(errs, s.ProposeIntent(b.Index, h))
			}
		case BatchProposed:
			errs = append(errs, s.Proposed(b.Index, b.ProposeTx))
		case BatchFinal:
			errs = append(errs, s.Finalize(b.Index))
		}
		return nil
	}); err != nil {
		return err
	}
	return errors.Join(errs...)
}

func l2JobFromRequest(j *Job) *Job {
	return &Job{ID: j.ID, Request: j.Request, Spec: j.Spec}
}

// step moves every job and batch one transition on, choosing at random where
// there is a choice.
func step(s *Store, rng *rand.Rand) error {
	var executed []ID
	if err := s.Jobs(func(j *Job) error {
		var err error
		switch j.State {
		case Received:
			if rng.IntN(10) == 0 {
				err = s.Void(j.ID, "rejected")
			} else {
				err = s.Queue(j.ID)
			}
		case Queued:
			err = s.Lease(j.ID, Lease{Worker: fmt.Sprintf("w%d", rng.IntN(3)), Deadline: time.Unix(int64(j.Seq), 0).UTC()})
		case Leased:
			if rng.IntN(5) == 0 {
				err = s.Requeue(j.ID)
			} else {
				err = s.SetResult(j.ID, Result{Worker: j.Lease.Worker, Output: []uint32{uint32(j.Seq)}, TraceRoot: common.BigToHash(common.Big1)})
			}
		case Executed:
			executed = append(executed, j.ID)
		}
		return err
	}); err != nil {
		return err
	}
	if len(executed) >= 3 {
		if _, err := s.CreateBatch(s.NextBatch(), executed); err != nil {
			return err
		}
	}
	return s.Batches(func(b *Batch) error {
		tx := common.BigToHash(new(big.Int).SetUint64(b.Index*10 + uint64(len(b.DATxs)+len(b.ProposeTxs)) + 1))
		switch b.Status {
		case BatchSealed:
			return s.PostIntent(b.Index, tx)
		case BatchPosting:
			if rng.IntN(3) == 0 {
				return s.PostIntent(b.Index, tx) // a fee bump
			}
			return s.Posted(b.Index, b.DATxs[len(b.DATxs)-1])
		case BatchPosted:
			return s.ProposeIntent(b.Index, tx)
		case BatchProposing:
			return s.Proposed(b.Index, b.ProposeTxs[len(b.ProposeTxs)-1])
		case BatchProposed:
			if rng.IntN(4) == 0 {
				if err := s.Void(b.Jobs[0], "record voided"); err != nil {
					return err
				}
			}
			return s.Finalize(b.Index)
		}
		return nil
	})
}

// TestCrashRecovery kills a child process writing to the store with SIGKILL
// at random points, many times, and checks after each kill that the reopened
// store is consistent: every acknowledged job is there, none twice, sequences
// without gaps, every state valid with its data (Verify), and the child's
// replay of its last transitions on the next start is a no-op.
func TestCrashRecovery(t *testing.T) {
	const rounds = 25
	exe, err := os.Executable()
	require.NoError(t, err)
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	acked := 0
	for round := range rounds {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		lines := make(chan string)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		// Kill after a random number of acknowledgements, so the kill lands
		// anywhere in the writes that follow.
		killAfter := 1 + rng.IntN(12)
		// Every ack read counts, also those read after the kill (the child
		// wrote them before it died).
		ready, seen := false, 0
		for line := range lines {
			switch {
			case line == "ready":
				ready = true
			case strings.HasPrefix(line, "ack "):
				n, err := strconv.Atoi(strings.TrimPrefix(line, "ack "))
				require.NoError(t, err)
				require.Equal(t, acked+1, n, "round %d: acks in order", round)
				acked = n
				seen++
				if seen == killAfter {
					time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
					require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
				}
			}
		}
		err = cmd.Wait()
		require.True(t, ready, "round %d: child never got ready: %v\n%s", round, err, stderr.String())
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit, "round %d: child ended by itself\n%s", round, stderr.String())
		ws, ok := exit.Sys().(syscall.WaitStatus)
		require.True(t, ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL, "round %d: child failed: %v\n%s", round, err, stderr.String())

		s, err := Open(dir, Options{Logger: log.NewLogger(log.DiscardHandler())}) // runs Verify
		require.NoError(t, err, "round %d", round)
		var seqs []uint64
		require.NoError(t, s.Jobs(func(j *Job) error { seqs = append(seqs, j.Seq); return nil }))
		require.GreaterOrEqual(t, len(seqs), acked, "round %d: an acknowledged job was lost", round)
		require.LessOrEqual(t, len(seqs), acked+1, "round %d: at most the job being put when killed is unacknowledged", round)
		for i, seq := range seqs {
			require.Equal(t, uint64(i+1), seq, "round %d: sequences without gaps or duplicates", round)
		}
		for n := 1; n <= acked; n++ {
			j, err := s.Get(l2Job(n).ID)
			require.NoError(t, err, "round %d: acknowledged job %d", round, n)
			require.Equal(t, uint64(n), j.Seq)
		}
		acked = len(seqs) // the child resumes from what is stored
		require.NoError(t, s.Close())
	}
	// The test must have exercised the whole pipeline.
	s := openTest(t, dir)
	states := map[State]int{}
	require.NoError(t, s.Jobs(func(j *Job) error { states[j.State]++; return nil }))
	t.Logf("after %d kills: %d jobs, %d batches, states %v", rounds, acked, s.NextBatch(), states)
	require.Positive(t, s.NextBatch(), "no batch was ever created")
	require.Positive(t, states[Final], "no job ever finalized")
	require.NoError(t, replay(s))
}
