package main

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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

// TestChallengerStatus: the status command prints the games of a stopped
// challenger's store (without L1: no clocks), those a running one serves on
// /status, and refuses without a store or URL.
func TestChallengerStatus(t *testing.T) {
	dir := t.TempDir()
	st, err := challenger.OpenStore(dir)
	require.NoError(t, err)
	game := common.HexToAddress("0x00000000000000000000000000000000000000b7")
	require.NoError(t, st.SetRecord(3, 5, challenger.RecordEntry{State: challenger.Defending, Game: game}))
	require.NoError(t, st.SetRecord(3, 6, challenger.RecordEntry{State: challenger.Checked}))
	require.NoError(t, st.Close())

	out, err := runApp(t, "challenger", "status", "--data-dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "PROPOSER CLOCK")
	require.Regexp(t, `3\s+5\s+proposer\s+`+game.Hex()+`\s+-`, out)
	require.NotContains(t, out, "checked")

	out, err = runApp(t, "challenger", "status", "--data-dir", dir, "--json")
	require.NoError(t, err)
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "{") { // the output is mixed with the log
			lines = append(lines, l)
		}
	}
	require.Len(t, lines, 1)
	var r challenger.GameReport
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &r))
	require.Equal(t, challenger.GameReport{Batch: 3, Record: 5, State: challenger.Defending, Side: "proposer", Game: game}, r)

	status := uint8(0)
	served := challenger.GameReport{Batch: 1, Record: 2, State: challenger.Disputed, Side: "challenger", Game: game, Status: &status,
		Claims: 7, Depth: 6, MaxDepth: 24, Clocks: map[string]string{"proposer": "1m0s/1h0m0s running", "challenger": "30s/1h0m0s"},
		Bonds: big.NewInt(3e15), Ours: big.NewInt(1e15)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		require.Equal(t, "/status", r.URL.Path)
		_ = challenger.PrintReport(w, []challenger.GameReport{served}, true)
	}))
	t.Cleanup(srv.Close)
	out, err = runApp(t, "challenger", "status", "--url", srv.URL)
	require.NoError(t, err)
	require.Regexp(t, `1\s+2\s+challenger\s+`+game.Hex()+`\s+in progress\s+7\s+6/24\s+1m0s/1h0m0s running\s+30s/1h0m0s\s+0.003000\s+0.001000`, out)

	_, err = runApp(t, "challenger", "status")
	require.ErrorIs(t, err, challenger.ErrConfig)
	require.ErrorContains(t, err, "--data-dir or --url")
	_, err = runApp(t, "challenger", "status", "--data-dir", filepath.Join(t.TempDir(), "none"))
	require.ErrorContains(t, err, "read-only")
}
