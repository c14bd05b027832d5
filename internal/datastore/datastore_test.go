package datastore

import (
	"context"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/merkle"
)

func sample(seed int32) *dataset.Dataset {
	return &dataset.Dataset{TokenizerHash: merkle.Keccak([]byte("tok")), Records: [][]int32{{1, seed, 3}, {1, 4}}}
}

func TestStorePutGet(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	d := sample(2)
	root, path, err := s.Put(d)
	require.NoError(t, err)
	require.Equal(t, d.Root(), root)
	require.Equal(t, s.Path(root), path)
	got, err := s.Get(root)
	require.NoError(t, err)
	require.Equal(t, d, got)

	_, err = s.Get(sample(9).Root())
	require.ErrorIs(t, err, ErrNotFound)

	// A file that is not its name's root is refused.
	other := sample(7).Bytes()
	require.NoError(t, os.WriteFile(path, other, 0o644))
	_, err = s.Get(root)
	require.ErrorIs(t, err, dataset.ErrRootMismatch)
}

func TestServeAndFetch(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	d := sample(2)
	root, _, err := s.Put(d)
	require.NoError(t, err)
	good := httptest.NewServer(s.Handler())
	defer good.Close()
	// A lying server answers every root with another dataset.
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(sample(5).Bytes()) }))
	defer liar.Close()
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("not a dataset")) }))
	defer garbage.Close()
	ctx := context.Background()

	got, err := Fetch(ctx, nil, []string{liar.URL + "/datasets/{root}", garbage.URL + "/{root}", good.URL + "/datasets/0x{root}"}, root, dataset.Limits{}, 1<<20)
	require.NoError(t, err)
	require.Equal(t, root, got.Root())

	_, err = Fetch(ctx, nil, []string{liar.URL + "/datasets/{root}"}, root, dataset.Limits{}, 0)
	require.ErrorIs(t, err, dataset.ErrRootMismatch)
	_, err = Fetch(ctx, nil, []string{garbage.URL + "/{root}"}, root, dataset.Limits{}, 0)
	require.ErrorIs(t, err, dataset.ErrFormat)
	_, err = Fetch(ctx, nil, []string{good.URL + "/datasets/{root}"}, sample(8).Root(), dataset.Limits{}, 0)
	require.ErrorIs(t, err, ErrNotFound)
	_, err = Fetch(ctx, nil, []string{good.URL + "/datasets/{root}"}, root, dataset.Limits{}, 10)
	require.ErrorContains(t, err, "passes 10 bytes")
	_, err = Fetch(ctx, nil, nil, root, dataset.Limits{}, 0)
	require.ErrorIs(t, err, ErrNotFound)

	resp, err := http.Get(good.URL + "/datasets/xyz")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
}

// TestServeByRoot: a file is served at its root's path (with or without
// 0x, byte ranges too), an unknown root is a 404 naming the kind and the
// root, a malformed one a 400, anything but GET a 405.
func TestServeByRoot(t *testing.T) {
	dir := t.TempDir()
	root := merkle.Keccak([]byte("a model"))
	require.NoError(t, os.WriteFile(filepath.Join(dir, hex.EncodeToString(root[:])), []byte("weights"), 0o644))
	srv := httptest.NewServer(ServeByRoot("models", "model", func(h merkle.Hash) string { return filepath.Join(dir, hex.EncodeToString(h[:])) }))
	defer srv.Close()
	get := func(path string, hdr ...string) (int, string) {
		req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		require.NoError(t, err)
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b)
	}
	hexRoot := hex.EncodeToString(root[:])
	code, body := get("/models/" + hexRoot)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, "weights", body)
	code, body = get("/models/0x"+hexRoot, "Range", "bytes=2-4")
	require.Equal(t, http.StatusPartialContent, code)
	require.Equal(t, "igh", body)
	other := merkle.Keccak([]byte("another"))
	code, body = get("/models/" + hex.EncodeToString(other[:]))
	require.Equal(t, http.StatusNotFound, code)
	require.Contains(t, body, "no model "+hex.EncodeToString(other[:]))
	code, _ = get("/models/" + hexRoot[:10])
	require.Equal(t, http.StatusBadRequest, code)
	code, body = get("/healthz")
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, "ok\n", body)
	resp, err := http.Post(srv.URL+"/models/"+hexRoot, "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}
