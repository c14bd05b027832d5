package llama

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// TestLoadStreamOverBudget: a pipe is read whole, but no further than the
// memory budget. A FIFO fed "GGUF" and endless zeros used to be read up to
// MaxStreamSize (64 GiB), whatever the budget: `model info --memory-budget
// 64M` on one died out of memory.
func TestLoadStreamOverBudget(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "endless.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	const budget = 1 << 20
	done := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		defer w.Close()
		if _, err := w.Write([]byte("GGUF")); err != nil {
			done <- err
			return
		}
		zeros := make([]byte, 64<<10)
		for i := 0; i < 4*budget/len(zeros); i++ { // four budgets' worth, if read
			if _, err := w.Write(zeros); err != nil {
				done <- nil // the reader stopped: EPIPE
				return
			}
		}
		done <- errors.New("the whole stream was read")
	}()
	_, err := Load(fifo, Options{MemoryBudget: budget})
	var be *canon.BudgetError
	require.ErrorAs(t, err, &be)
	require.Equal(t, "stream size", be.Key)
	require.Equal(t, int64(budget+1), be.Value)
	require.Equal(t, int64(budget), be.Budget)
	require.Contains(t, err.Error(), fifo)
	require.NoError(t, <-done)
}

// TestReadStreamErrors: a read error (a directory) is reported as itself,
// not as a file of four zero bytes with a bad magic.
func TestReadStreamErrors(t *testing.T) {
	_, err := Load(t.TempDir())
	require.ErrorIs(t, err, syscall.EISDIR)

	b, err := readStream(bytes.NewReader([]byte("GG")), 100)
	require.NoError(t, err, "too short: gguf.Read says why")
	require.Equal(t, "GG\x00\x00", string(b))
}
