//go:build unix

package llamacpp

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

func findProbe(t *testing.T) *Probe {
	t.Helper()
	p, err := Find()
	if errors.Is(err, ErrNotInstalled) && os.Getenv("CI") == "" {
		t.Skip("llama.cpp reference not installed; `make test` installs it (make setup)")
	}
	require.NoError(t, err, "the llama.cpp reference must be installed in CI")
	p.Threads = 1
	return p
}

// TestOllamaServerBlobsAndLifecycle: the server stores a blob only under its
// sha256, answers HEAD accordingly, 404s an unknown model, and Close takes
// its whole process group down.
func TestOllamaServerBlobsAndLifecycle(t *testing.T) {
	p := findProbe(t)
	s, err := p.StartOllama(t.Context(), t.TempDir())
	require.NoError(t, err)
	defer s.Close()
	require.True(t, strings.HasPrefix(s.URL, "http://127.0.0.1:"), s.URL)

	body := []byte("not a model, just bytes")
	sum := sha256.Sum256(body)
	digest := "sha256:" + hex.EncodeToString(sum[:])
	status := func(method, path, data string) int {
		req, err := http.NewRequestWithContext(t.Context(), method, s.URL+path, strings.NewReader(data))
		require.NoError(t, err)
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	require.Equal(t, http.StatusNotFound, status(http.MethodHead, "/api/blobs/"+digest, ""))
	require.Equal(t, http.StatusBadRequest, status(http.MethodPost, "/api/blobs/"+digest, "other bytes"), "a body whose sha256 differs is refused")
	require.Equal(t, http.StatusNotFound, status(http.MethodHead, "/api/blobs/"+digest, ""), "nothing stored by a refused upload")
	require.Equal(t, http.StatusCreated, status(http.MethodPost, "/api/blobs/"+digest, string(body)))
	require.Equal(t, http.StatusOK, status(http.MethodHead, "/api/blobs/"+digest, ""))
	require.Equal(t, http.StatusBadRequest, status(http.MethodHead, "/api/blobs/sha256:xyz", ""))
	require.Equal(t, http.StatusNotFound, status(http.MethodPost, "/api/show", `{"model":"absent"}`))
	require.Equal(t, http.StatusBadRequest, status(http.MethodPost, "/api/create", `{"model":"m","files":{"m.gguf":"`+digest+`x"}}`))

	pid := s.cmd.Process.Pid
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "Close is idempotent")
	require.ErrorIs(t, syscall.Kill(-pid, 0), syscall.ESRCH, "the server's process group is gone")
	_, err = http.Get(s.URL + "/")
	require.Error(t, err)
}
