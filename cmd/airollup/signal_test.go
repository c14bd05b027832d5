//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/prover/gguf"
)

// signalChildEnv names the output path when the test binary runs as the
// child of TestSignalCancelsModelWrite.
const signalChildEnv = "AIROLLUP_TEST_SIGNAL_CHILD"

// stallingReader serves zeros; its first read says "writing" on stdout and
// waits until ctx is done, so that the signal arrives while the temporary
// file is being written.
type stallingReader struct {
	ctx  context.Context
	once *sync.Once
}

func (r stallingReader) ReadAt(p []byte, _ int64) (int, error) {
	r.once.Do(func() {
		fmt.Println("writing")
		<-r.ctx.Done()
	})
	clear(p)
	return len(p), nil
}

// leftovers lists the files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestSignalCancelsModelWrite runs the binary's main loop (run) in a child
// process writing a 16 MiB model, sends it SIGTERM in the middle of the write,
// and checks that it exits with status 1 and leaves neither the temporary file
// nor a destination behind.
func TestSignalCancelsModelWrite(t *testing.T) {
	if path := os.Getenv(signalChildEnv); path != "" {
		app := newApp()
		app.Commands = append(app.Commands, &cli.Command{Name: "test-write", Action: func(c *cli.Context) error {
			w := gguf.NewWriter()
			if err := w.AddTensorFrom("t", gguf.TypeF32, []uint64{4 << 20}, stallingReader{c.Context, new(sync.Once)}); err != nil {
				return err
			}
			return w.WriteFileContext(c.Context, path)
		}})
		os.Exit(run(app, []string{"airollup", "test-write"}))
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSignalCancelsModelWrite$")
	cmd.Env = append(os.Environ(), signalChildEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err, "child stderr: %s", stderr.String())
	require.Equal(t, "writing\n", line)
	require.Len(t, leftovers(t, dir), 1, "the temporary file exists while the write is under way")

	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	err = cmd.Wait()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "child stderr: %s", stderr.String())
	require.Equal(t, 1, exit.ExitCode(), "child stderr: %s", stderr.String())
	require.Contains(t, stderr.String(), "context canceled")
	require.Empty(t, leftovers(t, dir), "no temporary file and no destination")
}

// TestModelGenCancelled: model gen under a cancelled context writes nothing
// and says why.
func TestModelGenCancelled(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	err := app.RunContext(ctx, []string{"airollup", "model", "gen", "--preset", "tiny", filepath.Join(dir, "m.gguf")})
	require.ErrorIs(t, err, context.Canceled)
	require.Empty(t, leftovers(t, dir))
	_, err = os.Stat(filepath.Join(dir, "m.gguf"))
	require.True(t, errors.Is(err, fs.ErrNotExist))
}
