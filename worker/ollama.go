package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ollama/ollama/api"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/tokenizer"
)

// DefaultDraftTokens is OllamaConfig.DraftTokens's default.
const DefaultDraftTokens = 16

// MaxDraftTokens bounds OllamaConfig.DraftTokens.
const MaxDraftTokens = 1024

// ErrOllamaConfig is returned for an invalid OllamaConfig.
var ErrOllamaConfig = errors.New("worker: invalid ollama config")

// OllamaConfig configures the Ollama backend.
type OllamaConfig struct {
	URL     string       // the Ollama API, e.g. http://gpu-box:11434
	HTTP    *http.Client // nil: http.DefaultClient
	Store   *Store
	Options canon.Options // threads of the canonical verification
	// DraftTokens is the longest draft requested per verification pass (0:
	// DefaultDraftTokens). The backend adapts the length to the acceptance.
	DraftTokens int
	Metrics     Metrics    // nil: NoopMetrics
	Logger      log.Logger // nil: log.Root()
}

// Check validates the configuration.
func (c OllamaConfig) Check() error {
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: URL %q must be an http(s) URL with a host", ErrOllamaConfig, c.URL)
	}
	if c.Store == nil {
		return fmt.Errorf("%w: Store is nil", ErrOllamaConfig)
	}
	if c.DraftTokens < 0 || c.DraftTokens > MaxDraftTokens {
		return fmt.Errorf("%w: DraftTokens %d must be 0 (default %d) to %d", ErrOllamaConfig, c.DraftTokens, DefaultDraftTokens, MaxDraftTokens)
	}
	if err := c.Options.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrOllamaConfig, err)
	}
	return nil
}

// Ollama drafts with a llama.cpp-compatible runtime behind the Ollama API
// and verifies every draft with the canonical runtime in one teacher-forced
// pass: it accepts the longest prefix the canonical sampler agrees with,
// takes the canonical token at the first disagreement and drafts again from
// there. The result is always the canonical one (canon.Model.Generate's,
// trace included); the draft only decides how many positions each canonical
// pass covers. A failing Ollama API makes the job go on canonically.
type Ollama struct {
	cfg    OllamaConfig
	client *api.Client
	base   *url.URL
	http   *http.Client
	log    log.Logger
	met    Metrics
	max    int

	mu    sync.Mutex // serializes Ensure
	ready map[merkle.Hash]string

	// draftHook, when set (tests), drafts n tokens after ids instead of the API.
	draftHook func(ids []int32, n int) ([]int32, error)
}

// NewOllama returns the backend for cfg (checked).
func NewOllama(cfg OllamaConfig) (*Ollama, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	base, _ := url.Parse(cfg.URL)
	hc := cfg.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	lg := cfg.Logger
	if lg == nil {
		lg = log.Root()
	}
	mx := cfg.DraftTokens
	if mx == 0 {
		mx = DefaultDraftTokens
	}
	return &Ollama{cfg: cfg, client: api.NewClient(base, hc), base: base, http: hc, log: lg,
		met: metricsOr(cfg.Metrics), max: mx, ready: map[merkle.Hash]string{}}, nil
}

// ModelName is the Ollama model name the backend creates for a model root.
func ModelName(root merkle.Hash) string { return "airollup-" + hex.EncodeToString(root[:12]) }

// Ensure makes sure the Ollama API serves the model of h: when /api/show
// does not know ModelName(h.Root), it uploads the GGUF file as a blob
// (unless /api/blobs already has its sha256) and creates the model from it.
// It returns the model name.
func (o *Ollama) Ensure(ctx context.Context, h *Handle) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if name, ok := o.ready[h.Root]; ok {
		return name, nil
	}
	name := ModelName(h.Root)
	_, err := o.client.Show(ctx, &api.ShowRequest{Model: name})
	var se api.StatusError
	switch {
	case err == nil:
	case errors.As(err, &se) && se.StatusCode == http.StatusNotFound:
		if err := o.create(ctx, name, h.Path); err != nil {
			return "", err
		}
		o.log.Info("Created model in the Ollama API", "model", name, "root", hex.EncodeToString(h.Root[:]), "path", h.Path, "url", o.cfg.URL)
	default:
		return "", fmt.Errorf("worker: ollama show %s: %w", name, err)
	}
	o.ready[h.Root] = name
	return name, nil
}

func (o *Ollama) create(ctx context.Context, name, path string) error {
	digest, err := fileDigest(path)
	if err != nil {
		return err
	}
	have, err := o.hasBlob(ctx, digest)
	if err != nil {
		return err
	}
	if !have {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		err = o.client.CreateBlob(ctx, digest, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("worker: ollama upload %s as %s: %w", path, digest, err)
		}
	}
	stream := false
	req := &api.CreateRequest{Model: name, Files: map[string]string{"model.gguf": digest}, Stream: &stream}
	if err := o.client.Create(ctx, req, func(api.ProgressResponse) error { return nil }); err != nil {
		return fmt.Errorf("worker: ollama create %s from %s: %w", name, digest, err)
	}
	return nil
}

// hasBlob asks HEAD /api/blobs/:digest (the client has no call for it).
func (o *Ollama) hasBlob(ctx context.Context, digest string) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, o.base.JoinPath("api", "blobs", digest).String(), nil)
	if err != nil {
		return false, err
	}
	resp, err := o.http.Do(req)
	if err != nil {
		return false, fmt.Errorf("worker: ollama blob %s: %w", digest, err)
	}
	resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	}
	return false, fmt.Errorf("worker: ollama blob %s: HEAD answered %s", digest, resp.Status)
}

func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("worker: hashing %s: %w", path, err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// maxSkip bounds how many positions run without a draft after drafts that
// were rejected outright (the back-off doubles up to it).
const maxSkip = 32

// Run executes job: drafts with the Ollama API, verifies canonically.
func (o *Ollama) Run(ctx context.Context, job Job) (*Result, error) {
	h, err := o.cfg.Store.Get(ctx, job.Model)
	if err != nil {
		return nil, err
	}
	defer h.Release()
	m := h.Model
	if err := checkJob(job, m); err != nil {
		return nil, err
	}
	cj := canonJob(job, m)
	start := time.Now()
	if job.MaxTokens == 0 { // no output: nothing to draft
		return m.Generate(ctx, cj, o.cfg.Options)
	}
	drafting := true
	name, err := o.Ensure(ctx, h)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		o.met.RecordDraftError()
		o.log.Warn("Ollama API unavailable, running canonically", "root", hex.EncodeToString(job.Model[:]), "err", err)
		drafting = false
	}

	P := len(job.Prompt)
	s, err := m.NewSession(P+job.MaxTokens-1, true, o.cfg.Options)
	if err != nil {
		return nil, err
	}
	if P > 1 {
		if _, err := s.Forward(ctx, job.Prompt[:P-1], canon.LogitsNone); err != nil {
			return nil, err
		}
	}
	// Invariant between rounds: the session holds the prompt and out but for
	// the last of them, pending, whose logits predict the next token.
	pending := job.Prompt[P-1]
	out := make([]int32, 0, job.MaxTokens)
	terminal := func(tok int32, n int) bool { return n == job.MaxTokens || isEOS(m, tok) }
	k, skip, backoff := o.max, 0, 1
	for done := false; !done; {
		remaining := job.MaxTokens - len(out)
		var draft []int32
		switch {
		case !drafting || remaining == 1: // a one-token draft saves nothing
		case skip > 0:
			skip--
		default:
			ids := slices.Concat(job.Prompt, out)
			var d []int32
			if o.draftHook != nil {
				d, err = o.draftHook(ids, min(k, remaining))
			} else {
				d, err = o.draft(ctx, name, h.Tokenizer, ids, min(k, remaining), m.Context)
			}
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				o.met.RecordDraftError()
				o.log.Warn("Draft failed, continuing canonically", "model", name, "err", err)
				drafting = false
			}
			draft = clean(d, m, remaining)
		}
		fwd := append([]int32{pending}, draft...)
		if n := len(draft); n > 0 && terminal(draft[n-1], len(out)+n) {
			fwd = fwd[:n] // the logits after a job's last token are never needed
		}
		rows, err := s.Forward(ctx, fwd, canon.LogitsAll)
		if err != nil {
			return nil, err
		}
		accepted := 0
		for j := 0; ; j++ {
			c := canon.Sample(rows[j], cj.Params, uint64(len(out)))
			out = append(out, c)
			match := j < len(draft) && c == draft[j]
			if match {
				accepted++
			}
			if terminal(c, len(out)) {
				done = true
				break
			}
			if !match {
				pending = c
				break
			}
		}
		// Positions after the last agreeing draft token are dropped.
		if keep := P + len(out) - 1; keep < s.Pos() {
			if err := s.Truncate(keep); err != nil {
				return nil, err
			}
		}
		if len(draft) > 0 {
			o.met.RecordDraftRound(len(draft), accepted)
			switch {
			case accepted == len(draft):
				k, backoff = min(2*k, o.max), 1
			case accepted == 0:
				k, skip, backoff = max(1, k/2), backoff, min(2*backoff, maxSkip)
			default:
				k, backoff = max(1, accepted+1), 1
			}
		}
	}
	res := &Result{Tokens: out, OutputHash: canon.TokensHash(out)}
	tr := s.Tracer()
	res.StateRoot, res.States = tr.StateRoot(), len(tr.States())
	res.TraceRoot = canon.TraceRoot(res.StateRoot, res.OutputHash, res.States)
	// The session holds the prompt and out but for its last token: the final
	// state h(P, 0) is the one that token's head step lands on.
	f, err := tr.Final(out[len(out)-1])
	if err != nil {
		return nil, err
	}
	res.FinalResidual, res.FinalKV = f.Residual, f.KV
	o.met.RecordJob(BackendOllama, len(out), time.Since(start))
	return res, nil
}

// clean cuts a draft at its first token outside the vocabulary, after its
// first EOS when the job stops there, and at the tokens the job has left.
func clean(d []int32, m *canon.Model, remaining int) []int32 {
	d = d[:min(len(d), remaining)]
	for i, t := range d {
		if t < 0 || int(t) >= m.Vocab {
			return d[:i]
		}
		if isEOS(m, t) {
			return d[:i+1]
		}
	}
	return d
}

// draft asks the Ollama API for up to n greedy tokens after ids (sent as raw
// text). The draft's ids are the response's context after the prompt when
// the server returns it, else the canonical tokenization of the response.
func (o *Ollama) draft(ctx context.Context, name string, tok *tokenizer.Tokenizer, ids []int32, n, numCtx int) ([]int32, error) {
	text, err := promptText(tok, ids)
	if err != nil {
		return nil, err
	}
	stream := false
	req := &api.GenerateRequest{Model: name, Prompt: text, Raw: true, Stream: &stream,
		// A map, not api.Options: its JSON drops temperature 0.
		Options: map[string]any{"temperature": 0, "top_k": 1, "num_predict": n, "num_ctx": numCtx, "seed": 0}}
	var resp api.GenerateResponse
	if err := o.client.Generate(ctx, req, func(r api.GenerateResponse) error {
		resp.Response += r.Response
		if r.Done {
			resp.Context, resp.Metrics = r.Context, r.Metrics
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("worker: ollama generate %s: %w", name, err)
	}
	var d []int32
	if ec := resp.EvalCount; ec > 0 && len(resp.Context) >= ec {
		for _, t := range resp.Context[len(resp.Context)-ec:] {
			d = append(d, int32(t))
		}
	} else if resp.Response != "" {
		full := tok.Tokenize(text+resp.Response, true, false)
		if b := tok.Tokenize(text, true, false); len(full) > len(b) && slices.Equal(full[:len(b)], b) {
			d = full[len(b):]
		} else {
			d = tok.Tokenize(resp.Response, false, false)
		}
	}
	return d[:min(len(d), n)], nil
}

// promptText renders ids as the raw prompt an Ollama runtime tokenizes back
// (adding BOS and, for SPM, the leading space): a leading BOS is left to the
// runtime, and the first piece's leading space is stripped as llama.cpp's
// detokenizer does.
func promptText(tok *tokenizer.Tokenizer, ids []int32) (string, error) {
	if len(ids) > 0 && ids[0] == tok.BOS() {
		ids = ids[1:]
	}
	return tok.Detokenize(ids, false, false)
}

// isEOS reports whether tok is the model's EOS, where inference jobs stop
// (docs/protocol.md, "Early stop").
func isEOS(m *canon.Model, tok int32) bool { return m.EOS != canon.NoEOS && tok == int32(m.EOS) }
