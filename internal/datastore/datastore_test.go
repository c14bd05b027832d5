package datastore

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
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
