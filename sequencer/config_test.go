package sequencer

import (
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func validConfig(t *testing.T) Config {
	return Config{
		L1RPC: "http://127.0.0.1:8545", Inbox: common.Address{1}, DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0",
		Models: []Model{{ID: 1, Root: common.Hash{2}}},
	}
}

func TestConfigCheck(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Config)
		flag   string // "" for a valid config
	}{
		{"valid", func(*Config) {}, ""},
		{"valid with metrics and sampling", func(c *Config) { c.MetricsAddr, c.SampleRate, c.ModelDir = "127.0.0.1:0", 0.5, t.TempDir() }, ""},
		{"no L1 RPC", func(c *Config) { c.L1RPC = "" }, "--l1-rpc"},
		{"zero inbox", func(c *Config) { c.Inbox = common.Address{} }, "--inbox"},
		{"deep confirmations", func(c *Config) { c.Confirmations = MaxConfirmations + 1 }, "--confirmations"},
		{"negative poll interval", func(c *Config) { c.PollInterval = -1 }, "--poll-interval"},
		{"no data dir", func(c *Config) { c.DataDir = "" }, "--data-dir"},
		{"negative lease duration", func(c *Config) { c.LeaseDuration = -1 }, "--lease-duration"},
		{"negative expiry margin", func(c *Config) { c.ExpiryMargin = -1 }, "--l2-expiry-margin"},
		{"negative memory budget", func(c *Config) { c.MemoryBudget = -1 }, "--memory-budget"},
		{"sample rate above 1", func(c *Config) { c.SampleRate = 1.5 }, "--sample-rate"},
		{"sample rate NaN", func(c *Config) { c.SampleRate = math.NaN() }, "--sample-rate"},
		{"sampling without model dir", func(c *Config) { c.SampleRate = 0.1 }, "--sample-rate"},
		{"model dir missing", func(c *Config) { c.SampleRate, c.ModelDir = 0.1, "/nonexistent/models" }, "--model-dir"},
		{"no model", func(c *Config) { c.Models = nil }, "--model"},
		{"zero model root", func(c *Config) { c.Models = []Model{{ID: 1}} }, "--model"},
		{"duplicate model id", func(c *Config) { c.Models = append(c.Models, Model{ID: 1, Root: common.Hash{3}}) }, "--model id 1"},
		{"duplicate model root", func(c *Config) { c.Models = append(c.Models, Model{ID: 2, Root: common.Hash{2}}) }, "--model root"},
		{"no RPC address", func(c *Config) { c.RPCAddr = "" }, "--rpc.addr"},
		{"bad RPC address", func(c *Config) { c.RPCAddr = "localhost" }, "--rpc.addr"},
		{"bad metrics address", func(c *Config) { c.MetricsAddr = "9090" }, "--metrics.addr"},
		{"negative explorer latest", func(c *Config) { c.ExplorerLatest = -1 }, "--explorer.latest -1"},
		{"explorer latest too high", func(c *Config) { c.ExplorerLatest = 1001 }, "--explorer.latest 1001"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := validConfig(t)
			tc.change(&c)
			err := c.Check()
			if tc.flag == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrConfig)
			require.Contains(t, err.Error(), tc.flag)
		})
	}
}

func TestParseJobID(t *testing.T) {
	h := "0x" + "ab" + "00000000000000000000000000000000000000000000000000000000000001"
	for _, ok := range []struct{ in, want string }{
		{"l1:7", "l1:7"}, {"7", "l1:7"}, {"l2:" + h, "l2:" + h}, {h, "l2:" + h},
	} {
		id, err := ParseJobID(ok.in)
		require.NoError(t, err, ok.in)
		require.Equal(t, ok.want, id.String())
	}
	for _, bad := range []string{"", "l1:", "l1:-1", "l1:+1", "l1:0x10", "abc", "l2:0x12", "0x" + string(make([]byte, 64)), "l3:1", h + "00"} {
		_, err := ParseJobID(bad)
		var e *Error
		require.ErrorAs(t, err, &e, "%q", bad)
		require.Equal(t, CodeInvalidParams, e.Code, "%q", bad)
	}
}
