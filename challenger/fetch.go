package challenger

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// Fetcher is a ModelSource over reexec.Models: a model missing from its
// directory is downloaded from the first URL template that serves it
// ("{root}" replaced by the root in lowercase hex), and every file's root is
// checked before use (a download that is not the root is deleted and the next
// URL tried).
type Fetcher struct {
	Models *reexec.Models
	URLs   []string
	Client *http.Client // nil: http.DefaultClient
	Log    log.Logger
}

// Get implements ModelSource.
func (f *Fetcher) Get(ctx context.Context, root merkle.Hash) (*canon.Model, error) {
	m, err := f.Models.Get(ctx, root)
	if err == nil || len(f.URLs) == 0 {
		return m, err
	}
	path := f.Models.Path(root)
	if _, serr := os.Stat(path); serr == nil {
		return nil, err // the file is there and wrong: not ours to replace
	}
	errs := []error{err}
	for _, tmpl := range f.URLs {
		u := strings.ReplaceAll(tmpl, "{root}", hex.EncodeToString(root[:]))
		if derr := f.download(ctx, u, path); derr != nil {
			errs = append(errs, derr)
			continue
		}
		m, err := f.Models.Get(ctx, root)
		if err == nil {
			f.Log.Info("model fetched", "root", root, "url", u)
			return m, nil
		}
		errs = append(errs, fmt.Errorf("challenger: model from %s: %w", u, err))
		_ = os.Remove(path)
	}
	return nil, errors.Join(errs...)
}

func (f *Fetcher) download(ctx context.Context, u, path string) error {
	c := f.Client
	if c == nil {
		c = http.DefaultClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("challenger: fetch model %s: %w", u, err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("challenger: fetch model %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("challenger: fetch model %s: status %s", u, resp.Status)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fetch-*")
	if err != nil {
		return err
	}
	if _, err := io.Copy(tmp, resp.Body); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("challenger: fetch model %s: %w", u, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
