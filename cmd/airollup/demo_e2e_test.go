package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/devnet"
)

// TestDevnetDemo runs `airollup devnet --demo` in process with a small job
// count: it exits without error after the summary table, in which every
// job is final or voided, the faulty worker's records are voided and the
// challenger won every dispute it opened.
func TestDevnetDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet through disputes")
	}
	_, err := runApp(t, "devnet", "--demo", "--demo.asks", "2", "--demo.l2-jobs", "2", "--data-dir", t.TempDir(),
		"--model", filepath.Join(t.TempDir(), "missing.gguf"))
	require.Error(t, err, "a --model given and missing is an error, not the tiny model")
	require.ErrorContains(t, err, "missing.gguf")

	out, err := runApp(t, "devnet", "--demo", "--demo.asks", "2", "--demo.l2-jobs", "2", "--data-dir", t.TempDir(),
		"--model", "../../models/demo.gguf")
	require.NoError(t, err, out)
	t.Log(out)
	require.Contains(t, out, "demo OK: every honest job final, every faulty record voided")
	m := regexp.MustCompile(`jobs finalized +(\d+) of (\d+)`).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	v := regexp.MustCompile(`records voided +(\d+) \(faulty worker's records: (\d+)`).FindStringSubmatch(out)
	require.NotNil(t, v, out)
	require.Equal(t, v[1], v[2], "every faulty record voided, no other")
	require.NotEqual(t, "0", v[2], "the faulty worker served a job")
	w := regexp.MustCompile(`disputes won +(\d+) of (\d+) opened \(lost: 0\)`).FindStringSubmatch(out)
	require.NotNil(t, w, out)
	require.Equal(t, w[1], w[2])
	require.Equal(t, v[2], w[1], "one dispute won per faulty record")
	// Every final answer is graded against the generator's ground truth.
	a := regexp.MustCompile(`answers right / wrong +(\d+) / (\d+) of the final answers`).FindStringSubmatch(out)
	require.NotNil(t, a, out)
	right, _ := strconv.Atoi(a[1])
	wrong, _ := strconv.Atoi(a[2])
	final, _ := strconv.Atoi(m[1])
	require.Equal(t, final, right+wrong, out)
	require.Regexp(t, `gas per job +[1-9]\d*`, out)
	require.Regexp(t, `wall time +\d`, out)
}

// TestDevnetDemoFlags: invalid --demo.* values are refused before anything starts.
func TestDevnetDemoFlags(t *testing.T) {
	_, err := runApp(t, "devnet", "--demo", "--demo.asks", "0", "--demo.l2-jobs", "0", "--data-dir", t.TempDir())
	require.ErrorIs(t, err, devnet.ErrConfig)
	require.ErrorContains(t, err, "--demo.asks and --demo.l2-jobs are both 0")
	_, err = runApp(t, "devnet", "--demo", "--demo.timeout", "0s", "--data-dir", t.TempDir())
	require.ErrorContains(t, err, "--demo.timeout 0s must be positive")
}
