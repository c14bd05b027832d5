package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestJobAndDevnetRefusals: bad input to airollup job is refused before
// anything is sent, with a message naming the flag.
func TestJobAndDevnetRefusals(t *testing.T) {
	const key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	for _, tc := range []struct {
		name string
		env  string
		args []string
		want string
	}{
		{"no key", "", []string{"job", "submit", "--tokens", "1,2"}, "give --key-file or AIROLLUP_JOB_PRIVATE_KEY"},
		{"bad key", "zz", []string{"job", "submit", "--tokens", "1,2"}, "not a hex secp256k1 private key"},
		{"missing key file", "", []string{"job", "submit", "--tokens", "1,2", "--key-file", "/nonexistent/key"}, "--key-file"},
		{"no prompt", key, []string{"job", "submit"}, "give --prompt (with --model-file), --tokens, or a chat"},
		{"prompt and tokens", key, []string{"job", "submit", "--tokens", "1", "--prompt", "hi"}, "give one of --prompt, --tokens and a chat"},
		{"prompt without a model", key, []string{"job", "submit", "--prompt", "hi"}, "--prompt needs --model-file"},
		{"bad token", key, []string{"job", "submit", "--tokens", "1,x"}, `--tokens: "x" is not a token id`},
		{"no sequencer", key, []string{"job", "submit", "--tokens", "1", "--sequencer-url", "http://127.0.0.1:1"}, "read the sequencer's L2 parameters"},
		{"status without an id", "", []string{"job", "status"}, "want exactly one job id"},
		{"devnet: too many workers", "", []string{"devnet", "--workers", "99", "--data-dir", "/tmp/unused-devnet"}, "--workers 99 outside 0 to 64"},
		{"devnet: bad keys", "", []string{"devnet", "--keys", "a,b", "--data-dir", "/tmp/unused-devnet"}, "--keys has 2 keys, want 4"},
		{"devnet: more faulty workers than workers", "", []string{"devnet", "--workers", "1", "--faulty-workers", "2", "--data-dir", "/tmp/unused-devnet"}, "--faulty-workers 2 outside 0 to --workers 1"},
		{"worker: fault rate above 1", "", []string{"worker", "--fault-rate", "2", "--model-dir", "/tmp"}, "--fault-rate 2 outside 0 to 1"},
		{"wait for no state", "", []string{"job", "wait", "l1:1", "--until", "done"}, `--until "done": want one of received`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("AIROLLUP_JOB_PRIVATE_KEY", tc.env)
			out, err := runApp(t, tc.args...)
			require.Error(t, err, out)
			require.Contains(t, err.Error(), tc.want)
		})
	}
}
