package challenger

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestFetcherChecksTheRoot: a missing model is fetched from the first URL
// that serves its root; a URL serving another model's file is skipped and its
// download removed; a model no URL serves is refused.
func TestFetcherChecksTheRoot(t *testing.T) {
	files := map[string][]byte{}
	for name, cfg := range map[string]modelgen.Spec{"tiny": modelgen.Tiny, "other": func() modelgen.Spec { c := modelgen.Tiny; c.Seed++; return c }()} {
		p := filepath.Join(t.TempDir(), name+".gguf")
		require.NoError(t, llama.Generate(p, cfg))
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		files[name] = b
	}
	tmp := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, os.WriteFile(tmp, files["tiny"], 0o644))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	root := l.Model.Root()
	require.NoError(t, l.Close())

	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		switch {
		case strings.HasPrefix(r.URL.Path, "/wrong/"):
			_, _ = w.Write(files["other"])
		case strings.HasPrefix(r.URL.Path, "/good/"):
			_, _ = w.Write(files["tiny"])
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)

	dir := t.TempDir()
	ms := reexec.NewModels(dir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = ms.Close() })
	f := &Fetcher{Models: ms, URLs: []string{srv.URL + "/missing/{root}.gguf", srv.URL + "/wrong/{root}.gguf", srv.URL + "/good/{root}.gguf"},
		Log: log.NewLogger(log.DiscardHandler())}
	m, err := f.Get(t.Context(), root)
	require.NoError(t, err)
	require.Equal(t, root, m.Root())
	require.Len(t, asked, 3, "each URL in order: %v", asked)
	require.FileExists(t, ms.Path(root))

	other := root
	other[0] ^= 1
	_, err = f.Get(t.Context(), other)
	require.ErrorContains(t, err, "status 404")
	require.ErrorContains(t, err, "model root")
	require.NoFileExists(t, ms.Path(other), "a download that is not the root is removed")
}
