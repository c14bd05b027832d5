package llamacpp

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// ErrNotInstalled is returned when the probe's node_modules are missing.
var ErrNotInstalled = errors.New("llamacpp: probe not installed (run `make setup`)")

// Probe runs tools/llamacpp/probe.mjs.
type Probe struct {
	Dir     string // tools/llamacpp
	Threads int    // 0: the probe's default
}

// Find locates the probe from the working directory upwards.
func Find() (*Probe, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	for {
		p := filepath.Join(dir, "tools", "llamacpp")
		if _, err := os.Stat(filepath.Join(p, "probe.mjs")); err == nil {
			if _, err := os.Stat(filepath.Join(p, "node_modules", "node-llama-cpp")); err != nil {
				return nil, ErrNotInstalled
			}
			return &Probe{Dir: p}, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, fmt.Errorf("llamacpp: tools/llamacpp/probe.mjs not found above the working directory")
		}
		dir = parent
	}
}

func (p *Probe) run(ctx context.Context, args ...string) ([]byte, error) {
	if p.Threads > 0 {
		args = append(args, "--threads", strconv.Itoa(p.Threads))
	}
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join(p.Dir, "probe.mjs")}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("llamacpp probe %s: %w: %s", args[0], err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}

// Tokenize returns llama.cpp's tokenization of text (no BOS added).
func (p *Probe) Tokenize(ctx context.Context, model, text string) ([]int32, error) {
	f, err := tempFile([]byte(text))
	if err != nil {
		return nil, err
	}
	defer os.Remove(f)
	out, err := p.run(ctx, "tokenize", "--model", model, "--text-file", f)
	if err != nil {
		return nil, err
	}
	var r struct{ Tokens []int32 }
	return r.Tokens, json.Unmarshal(out, &r)
}

// Position is llama.cpp's prediction for the token after one position.
type Position struct {
	Top1          int32    `json:"top1"`
	Top1LogProb   *float64 `json:"top1LogProb"`
	Top2          int32    `json:"top2"`
	Top2LogProb   *float64 `json:"top2LogProb"`
	Target        int32    `json:"target"`
	TargetLogProb *float64 `json:"targetLogProb"`
}

// Eval is the result of teacher forcing a token sequence.
type Eval struct {
	Positions   []Position `json:"positions"`
	Perplexity  float64    `json:"perplexity"`
	EvalSeconds float64    `json:"evalSeconds"`
	Threads     int        `json:"threads"`
	VocabSize   int        `json:"vocabSize"`
	// LogProbs[i] is log p(· | tokens[0..i]) over the vocabulary.
	LogProbs [][]float32 `json:"-"`
}

// Eval teacher-forces tokens in one batch and returns every position's
// next-token log-probabilities.
func (p *Probe) Eval(ctx context.Context, model string, tokens []int32) (*Eval, error) {
	tf, err := tempJSON(tokens)
	if err != nil {
		return nil, err
	}
	defer os.Remove(tf)
	lp := tf + ".logprobs"
	defer os.Remove(lp)
	out, err := p.run(ctx, "eval", "--model", model, "--tokens-file", tf, "--logprobs-out", lp)
	if err != nil {
		return nil, err
	}
	var e Eval
	if err := json.Unmarshal(out, &e); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(lp)
	if err != nil {
		return nil, err
	}
	v := e.VocabSize
	if v == 0 || len(raw) != 4*v*len(e.Positions) {
		return nil, fmt.Errorf("llamacpp: logprobs file has %d bytes, want %d×%d float32", len(raw), len(e.Positions), v)
	}
	for i := range e.Positions {
		row := make([]float32, v)
		for j := range row {
			row[j] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*(i*v+j):]))
		}
		e.LogProbs = append(e.LogProbs, row)
	}
	return &e, nil
}

// Generation is the result of greedy generation.
type Generation struct {
	Tokens                []int32 `json:"tokens"`
	PromptSeconds         float64 `json:"promptSeconds"`
	DecodeSeconds         float64 `json:"decodeSeconds"`
	DecodeTokensPerSecond float64 `json:"decodeTokensPerSecond"`
	Threads               int     `json:"threads"`
}

// Generate greedily generates n tokens after prompt (EOS ignored).
func (p *Probe) Generate(ctx context.Context, model string, prompt []int32, n int) (*Generation, error) {
	tf, err := tempJSON(prompt)
	if err != nil {
		return nil, err
	}
	defer os.Remove(tf)
	out, err := p.run(ctx, "generate", "--model", model, "--tokens-file", tf, "-n", strconv.Itoa(n), "--ban-eog")
	if err != nil {
		return nil, err
	}
	var g Generation
	return &g, json.Unmarshal(out, &g)
}

// Prefill is the result of one batched pass over a token sequence.
type Prefill struct {
	Tokens          int       `json:"tokens"`
	Seconds         []float64 `json:"seconds"`
	BestSeconds     float64   `json:"bestSeconds"`
	TokensPerSecond float64   `json:"tokensPerSecond"`
	Threads         int       `json:"threads"`
	// AllLogits is set for a VerifyBatch pass; Next then holds llama.cpp's
	// greedy token after every position (of the last timed run).
	AllLogits bool    `json:"allLogits"`
	Next      []int32 `json:"next"`
}

// Prefill times llama.cpp's batched prompt processing of tokens (as
// llama-bench's pp test: logits of no position are read): one untimed
// warm-up, then repeat timed runs (the best is TokensPerSecond).
func (p *Probe) Prefill(ctx context.Context, model string, tokens []int32, repeat int) (*Prefill, error) {
	return p.prefill(ctx, model, tokens, repeat, false)
}

// VerifyBatch times what verifying a draft takes in llama.cpp: tokens in
// one batch, with logits and a greedy sample at every position (Next).
func (p *Probe) VerifyBatch(ctx context.Context, model string, tokens []int32, repeat int) (*Prefill, error) {
	return p.prefill(ctx, model, tokens, repeat, true)
}

func (p *Probe) prefill(ctx context.Context, model string, tokens []int32, repeat int, all bool) (*Prefill, error) {
	tf, err := tempJSON(tokens)
	if err != nil {
		return nil, err
	}
	defer os.Remove(tf)
	args := []string{"prefill", "--model", model, "--tokens-file", tf, "--repeat", strconv.Itoa(max(1, repeat))}
	if all {
		args = append(args, "--all-logits")
	}
	out, err := p.run(ctx, args...)
	if err != nil {
		return nil, err
	}
	var r Prefill
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, err
	}
	if r.Tokens != len(tokens) || r.TokensPerSecond <= 0 {
		return nil, fmt.Errorf("llamacpp: prefill reported %d tokens at %g tok/s for %d tokens", r.Tokens, r.TokensPerSecond, len(tokens))
	}
	if r.AllLogits != all || (all && len(r.Next) != len(tokens)) {
		return nil, fmt.Errorf("llamacpp: prefill (all logits %v) reported all logits %v and %d greedy tokens for %d tokens", all, r.AllLogits, len(r.Next), len(tokens))
	}
	return &r, nil
}

func tempFile(b []byte) (string, error) {
	f, err := os.CreateTemp("", "llamacpp-*")
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.Write(b)
	return f.Name(), err
}

func tempJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return tempFile(b)
}
