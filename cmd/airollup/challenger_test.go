package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/challenger"
)

func TestChallengerCommandHelp(t *testing.T) {
	out, err := runApp(t, "challenger", "--help")
	require.NoError(t, err)
	for _, f := range []string{"--l1-rpc", "--rollup", "--start-block", "--confirmations", "--poll-interval", "--data-dir", "--model-dir",
		"--model-url", "--memory-budget", "--defend", "--max-concurrent-games", "AIROLLUP_CHALLENGER_DEFEND", "--threads", "--sequencer-rpc", "--http.addr", "--metrics.addr", "--private-key",
		"AIROLLUP_CHALLENGER_L1_RPC", "AIROLLUP_CHALLENGER_PRIVATE_KEY"} {
		require.Contains(t, out, f)
	}
}

func TestChallengerCommandConfigErrors(t *testing.T) {
	const key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	ch := func(extra ...string) []string {
		return append([]string{"challenger", "--l1-rpc", "http://127.0.0.1:1", "--rollup", "0x00000000000000000000000000000000000000aa",
			"--data-dir", t.TempDir(), "--model-dir", t.TempDir(), "--private-key", key}, extra...)
	}
	for _, c := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"without flags", nil, []string{"challenger"}, "--l1-rpc"},
		{"bad rollup", nil, ch("--rollup", "0x12"), "--rollup"},
		{"no model dir", nil, ch("--model-dir", ""), "--model-dir"},
		{"missing model dir", nil, ch("--model-dir", "/nonexistent/models"), "--model-dir"},
		{"bad model url", nil, ch("--model-url", "ftp://x/{root}"), "--model-url"},
		{"deep confirmations", nil, ch("--confirmations", "1000"), "--confirmations"},
		{"too many games", nil, ch("--max-concurrent-games", "1000"), "--max-concurrent-games 1000"},
		{"env twin", map[string]string{"AIROLLUP_CHALLENGER_THREADS": "-2"}, ch(), "--threads -2"},
		{"no signer", nil, []string{"challenger", "--l1-rpc", "http://127.0.0.1:1", "--rollup", "0x00000000000000000000000000000000000000aa",
			"--data-dir", t.TempDir(), "--model-dir", t.TempDir()}, "transaction manager"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			_, err := runApp(t, c.args...)
			require.ErrorIs(t, err, challenger.ErrConfig)
			require.ErrorContains(t, err, c.want)
			require.ErrorContains(t, err, "challenger: ")
		})
	}
}
