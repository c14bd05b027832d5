package worker

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestServiceConfigCheck(t *testing.T) {
	cases := []struct {
		name   string
		change func(*ServiceConfig)
		flag   string // "" for a valid config
	}{
		{"valid", func(*ServiceConfig) {}, ""},
		{"valid with metrics", func(c *ServiceConfig) { c.MetricsAddr = "127.0.0.1:0" }, ""},
		{"valid with ollama", func(c *ServiceConfig) { c.OllamaURL = "http://gpu-box:11434" }, ""},
		{"no sequencer URL", func(c *ServiceConfig) { c.SequencerURL = "" }, "--sequencer-url"},
		{"sequencer URL without scheme", func(c *ServiceConfig) { c.SequencerURL = "localhost:8545" }, "--sequencer-url"},
		{"no model dir", func(c *ServiceConfig) { c.ModelDir = "" }, "--model-dir"},
		{"missing model dir", func(c *ServiceConfig) { c.ModelDir = "/nonexistent/models" }, "--model-dir"},
		{"zero concurrency", func(c *ServiceConfig) { c.Concurrency = 0 }, "--concurrency"},
		{"huge concurrency", func(c *ServiceConfig) { c.Concurrency = 5000 }, "--concurrency"},
		{"negative memory budget", func(c *ServiceConfig) { c.MemoryBudget = -1 }, "--memory-budget"},
		{"negative poll interval", func(c *ServiceConfig) { c.PollInterval = -1 }, "--poll-interval"},
		{"bad ollama URL", func(c *ServiceConfig) { c.OllamaURL = "gpu-box" }, "--ollama-url"},
		{"bad metrics address", func(c *ServiceConfig) { c.MetricsAddr = "7300" }, "--metrics.addr"},
		{"bad metrics port", func(c *ServiceConfig) { c.MetricsAddr = "127.0.0.1:http" }, "--metrics.addr"},
		{"long worker id", func(c *ServiceConfig) { c.WorkerID = string(make([]byte, 129)) }, "--worker-id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := ServiceConfig{SequencerURL: "http://127.0.0.1:8600", ModelDir: t.TempDir(), Concurrency: 1}
			tc.change(&c)
			err := c.Check()
			if tc.flag == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrServiceConfig)
			require.Contains(t, err.Error(), tc.flag)
		})
	}
}
