package datastore

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/merkle"
)

// Ext is the file extension of a canonical dataset file in a Store.
const Ext = ".ards"

// ErrNotFound is returned for a root a store or every URL lacks.
var ErrNotFound = errors.New("datastore: dataset not found")

// Store is a directory of canonical dataset files named by root.
type Store struct {
	Dir    string
	Limits dataset.Limits // limits of the files read back; zero: dataset.DefaultLimits
}

// Path returns where the dataset of root is kept.
func (s Store) Path(root merkle.Hash) string {
	return filepath.Join(s.Dir, hex.EncodeToString(root[:])+Ext)
}

// Put writes d's canonical file under its root (atomically: a temporary
// file renamed into place) and returns its root and path.
func (s Store) Put(d *dataset.Dataset) (merkle.Hash, string, error) {
	root := d.Root()
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return root, "", fmt.Errorf("datastore: %w", err)
	}
	path := s.Path(root)
	tmp, err := os.CreateTemp(s.Dir, ".put-*")
	if err != nil {
		return root, "", fmt.Errorf("datastore: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := d.WriteTo(tmp); err != nil {
		tmp.Close()
		return root, "", fmt.Errorf("datastore: writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return root, "", fmt.Errorf("datastore: writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return root, "", fmt.Errorf("datastore: %w", err)
	}
	return root, path, nil
}

// Get reads the dataset of root, checking the file is that root.
func (s Store) Get(root merkle.Hash) (*dataset.Dataset, error) {
	f, err := os.Open(s.Path(root))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %x in %s", ErrNotFound, root, s.Dir)
	}
	if err != nil {
		return nil, fmt.Errorf("datastore: %w", err)
	}
	defer f.Close()
	d, err := dataset.Read(f, s.Limits)
	if err != nil {
		return nil, fmt.Errorf("datastore: %s: %w", f.Name(), err)
	}
	if err := dataset.Verify(d, root); err != nil {
		return nil, fmt.Errorf("datastore: %s: %w", f.Name(), err)
	}
	return d, nil
}

// Handler serves the store's files at GET /datasets/{root} (root in hex,
// with or without 0x). Files are served as they are kept; fetchers check
// them against the root they asked for.
func (s Store) Handler() http.Handler { return ServeByRoot("datasets", "dataset", s.Path) }

// ServeByRoot serves the file path(root) at GET /{prefix}/{root} (root in
// hex, with or without 0x; 400 for anything else, 404 naming what and the
// root when there is no such file) and answers GET /healthz. Files are
// served as they are kept: whoever fetches one checks it against the root
// it asked for (datasets here, canonical models by `airollup model serve`).
func ServeByRoot(prefix, what string, path func(merkle.Hash) string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /"+prefix+"/{root}", func(w http.ResponseWriter, r *http.Request) {
		root, err := ParseRoot(r.PathValue("root"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f, err := os.Open(path(root))
		if err != nil {
			http.Error(w, "no "+what+" "+hex.EncodeToString(root[:]), http.StatusNotFound)
			return
		}
		defer f.Close()
		w.Header().Set("Content-Type", "application/octet-stream")
		http.ServeContent(w, r, "", time.Time{}, f)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	return mux
}

// ParseRoot parses a root in hex (64 digits, optional 0x).
func ParseRoot(s string) (merkle.Hash, error) {
	var h merkle.Hash
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return h, fmt.Errorf("datastore: %q is not a 32-byte hex root", s)
	}
	copy(h[:], b)
	return h, nil
}

// Fetch downloads the dataset of root from the first URL template that
// serves it ("{root}" replaced by the root in lowercase hex, no 0x),
// reading at most maxBytes bytes of each answer (0: no cap), and returns
// it once it is checked against root; a wrong or malformed answer is
// skipped and the next URL tried. The errors of every URL are joined.
func Fetch(ctx context.Context, c *http.Client, urls []string, root merkle.Hash, limits dataset.Limits, maxBytes int64) (*dataset.Dataset, error) {
	if c == nil {
		c = http.DefaultClient
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("%w: %x: no URL to fetch it from", ErrNotFound, root)
	}
	var errs []error
	for _, tmpl := range urls {
		u := strings.ReplaceAll(tmpl, "{root}", hex.EncodeToString(root[:]))
		d, err := fetchOne(ctx, c, u, root, limits, maxBytes)
		if err == nil {
			return d, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

func fetchOne(ctx context.Context, c *http.Client, u string, root merkle.Hash, limits dataset.Limits, maxBytes int64) (*dataset.Dataset, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("datastore: fetch %s: %w", u, err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("datastore: fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("%w: %s: status %s", ErrNotFound, u, resp.Status)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("datastore: fetch %s: status %s", u, resp.Status)
	}
	var body io.Reader = resp.Body
	if maxBytes > 0 {
		body = io.LimitReader(resp.Body, maxBytes+1)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return nil, fmt.Errorf("datastore: fetch %s: %w", u, err)
	}
	if maxBytes > 0 && int64(len(b)) > maxBytes {
		return nil, fmt.Errorf("datastore: fetch %s: the answer passes %d bytes", u, maxBytes)
	}
	d, err := dataset.Read(bytes.NewReader(b), limits)
	if err != nil {
		return nil, fmt.Errorf("datastore: fetch %s: %w", u, err)
	}
	if err := dataset.Verify(d, root); err != nil {
		return nil, fmt.Errorf("datastore: fetch %s: %w", u, err)
	}
	return d, nil
}
