package worker

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ollama/ollama/api"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/merkle"
)

// runAgainst runs testJobs through an Ollama backend at url and checks each
// result against Generate; it returns the draft tally.
func runAgainst(t *testing.T, url string, st *Store, root merkle.Hash) TallySnapshot {
	t.Helper()
	tally := &Tally{}
	var logs bytes.Buffer
	o, err := NewOllama(OllamaConfig{URL: url, Store: st, Metrics: tally, Logger: log.NewLogger(log.NewTerminalHandler(&logs, false))})
	require.NoError(t, err)
	h, err := st.Get(t.Context(), root)
	require.NoError(t, err)
	defer h.Release()
	for i, job := range testJobs(root, h.Model) {
		got, err := o.Run(t.Context(), job)
		require.NoError(t, err, "job %d", i)
		require.Equal(t, generate(t, h.Model, job), got, "job %d", i)
	}
	s := tally.Snapshot()
	require.Zero(t, s.DraftErrors, "every draft request succeeded; log: %s", logs.String())
	require.Positive(t, s.Proposed, "the runtime drafted")
	t.Logf("draft rounds %d, proposed %d, accepted %d: acceptance %.1f%%", s.Rounds, s.Proposed, s.Accepted, 100*s.AcceptanceRate())
	return s
}

// TestOllamaAgainstLlamaCpp drafts with real llama.cpp behind the Ollama API
// (tools/llamacpp/ollama-server.mjs): the backend uploads and creates the
// model, drafts, and every result is Generate's.
func TestOllamaAgainstLlamaCpp(t *testing.T) {
	p, err := llamacpp.Find()
	if errors.Is(err, llamacpp.ErrNotInstalled) && os.Getenv("CI") == "" {
		t.Skip("llama.cpp reference not installed; `make test` installs it (make setup)")
	}
	require.NoError(t, err, "the llama.cpp reference must be installed in CI")
	p.Threads = 1
	srv, err := p.StartOllama(t.Context(), t.TempDir())
	require.NoError(t, err)
	defer srv.Close()

	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(7))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	runAgainst(t, srv.URL, st, root)

	// The model is there now, under its name.
	list, err := api.NewClient(mustURL(t, srv.URL), http.DefaultClient).List(t.Context())
	require.NoError(t, err, srv.Stderr())
	require.Len(t, list.Models, 1)
	require.Equal(t, ModelName(root)+":latest", list.Models[0].Name)
}

// TestOllamaAgainstOllama runs the same against a real ollama when one is on
// PATH (an `ollama serve` of its own, on a free port, models in a temp dir).
func TestOllamaAgainstOllama(t *testing.T) {
	bin, err := exec.LookPath("ollama")
	if err != nil {
		t.Skip("no ollama on PATH")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve")
	cmd.Env = append(os.Environ(), "OLLAMA_HOST="+addr, "OLLAMA_MODELS="+filepath.Join(t.TempDir(), "models"))
	require.NoError(t, cmd.Start())
	defer func() { cancel(); _ = cmd.Wait() }()
	url := "http://" + addr
	client := api.NewClient(mustURL(t, url), http.DefaultClient)
	deadline := time.Now().Add(time.Minute)
	for client.Heartbeat(t.Context()) != nil {
		require.True(t, time.Now().Before(deadline), "ollama serve did not come up at %s", url)
		time.Sleep(200 * time.Millisecond)
	}
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(7))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	runAgainst(t, url, st, root)
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	require.NoError(t, err)
	return u
}
