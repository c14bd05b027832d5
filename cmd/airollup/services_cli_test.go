package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/worker"
)

func TestServiceCommandsHelp(t *testing.T) {
	for cmd, flags := range map[string][]string{
		"sequencer": {"--l1-rpc", "--inbox", "--start-block", "--confirmations", "--poll-interval", "--data-dir", "--rpc.addr",
			"--metrics.addr", "--model", "--model-dir", "--sample-rate", "--memory-budget", "--lease-duration", "AIROLLUP_SEQUENCER_L1_RPC",
			"--explorer", "--explorer.latest", "AIROLLUP_SEQUENCER_EXPLORER"},
		"worker": {"--sequencer-url", "--worker-id", "--model-dir", "--concurrency", "--ollama-url", "--memory-budget",
			"--poll-interval", "--metrics.addr", "AIROLLUP_WORKER_OLLAMA_URL"},
	} {
		out, err := runApp(t, cmd, "--help")
		require.NoError(t, err)
		for _, f := range flags {
			require.Contains(t, out, f, "%s --help", cmd)
		}
	}
}

func TestServiceCommandsConfigErrors(t *testing.T) {
	const root = "0x0101010101010101010101010101010101010101010101010101010101010101"
	seq := func(extra ...string) []string {
		return append([]string{"sequencer", "--l1-rpc", "http://127.0.0.1:1", "--inbox", "0x00000000000000000000000000000000000000aa",
			"--data-dir", t.TempDir(), "--model", "1=" + root}, extra...)
	}
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
		is   error
	}{
		{"sequencer without flags", nil, []string{"sequencer"}, "--l1-rpc", sequencer.ErrConfig},
		{"sequencer bad inbox", nil, seq("--inbox", "0x12"), "--inbox", sequencer.ErrConfig},
		{"sequencer bad model", nil, seq("--model", "one=0x01"), "--model", sequencer.ErrConfig},
		{"sequencer bad model root", nil, seq("--model", "2=0x01"), "--model", sequencer.ErrConfig},
		{"sequencer sample rate", nil, seq("--sample-rate", "2"), "--sample-rate", sequencer.ErrConfig},
		{"sequencer env twin", map[string]string{"AIROLLUP_SEQUENCER_SAMPLE_RATE": "0.5"}, seq(), "--sample-rate 0.5 needs --model-dir", sequencer.ErrConfig},
		{"sequencer memory budget", nil, seq("--memory-budget", "lots"), "--memory-budget", nil},
		{"sequencer explorer latest", nil, seq("--explorer.latest", "5000"), "--explorer.latest 5000 outside 0 to 1000", sequencer.ErrConfig},
		{"sequencer explorer env twin", map[string]string{"AIROLLUP_SEQUENCER_EXPLORER_LATEST": "-1"}, seq(), "--explorer.latest -1", sequencer.ErrConfig},
		{"worker without model dir", nil, []string{"worker"}, "--model-dir", worker.ErrServiceConfig},
		{"worker zero concurrency", nil, []string{"worker", "--model-dir", t.TempDir(), "--concurrency", "0"}, "--concurrency", worker.ErrServiceConfig},
		{"worker env twin", map[string]string{"AIROLLUP_WORKER_OLLAMA_URL": "nowhere"}, []string{"worker", "--model-dir", t.TempDir()}, "--ollama-url", worker.ErrServiceConfig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			_, err := runApp(t, c.args...)
			require.Error(t, err)
			require.Contains(t, err.Error(), c.want)
			if c.is != nil {
				require.ErrorIs(t, err, c.is)
			}
		})
	}
}
