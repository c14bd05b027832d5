package llamacpp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// TokenizeItem is one tokenize or detokenize call of a Batch.
type TokenizeItem struct {
	Model string
	// Text is tokenized when Tokens is nil; otherwise Tokens are detokenized.
	Text   string
	Tokens []int32
	// Special is node-llama-cpp's specialTokens flag: parse special token
	// texts when tokenizing (llama_tokenize's parse_special), render
	// CONTROL/UNKNOWN tokens when detokenizing (unparse_special).
	Special bool
}

// TokenizeResult is llama.cpp's answer to one TokenizeItem.
type TokenizeResult struct {
	Tokens []int32 `json:"tokens"`
	Text   string  `json:"text"`
	Error  string  `json:"error"`
}

// Batch runs many tokenize/detokenize calls in one probe process (each model
// is loaded once), with llama_tokenize(add_special=false) and
// llama_detokenize(remove_special=false). A failed item carries its error;
// the call fails only when the probe itself does.
func (p *Probe) Batch(ctx context.Context, items []TokenizeItem) ([]TokenizeResult, error) {
	type req struct {
		Cmd     string  `json:"cmd"`
		Model   string  `json:"model"`
		Text    *string `json:"text,omitempty"`
		Tokens  []int32 `json:"tokens,omitempty"`
		Special bool    `json:"special"`
	}
	reqs := make([]req, len(items))
	for i, it := range items {
		r := req{Cmd: "tokenize", Model: it.Model, Special: it.Special}
		if it.Tokens != nil {
			r.Cmd, r.Tokens = "detokenize", it.Tokens
		} else {
			r.Text = &it.Text
		}
		reqs[i] = r
	}
	f, err := tempJSON(reqs)
	if err != nil {
		return nil, err
	}
	defer os.Remove(f)
	// The probe exits 1 when an item failed, still printing every result.
	cmd := exec.CommandContext(ctx, "node", filepath.Join(p.Dir, "probe.mjs"), "--batch", f)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()
	var res []TokenizeResult
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(items) {
		return nil, fmt.Errorf("llamacpp probe --batch: %d results for %d items (%v, exit: %v): %s",
			len(res), len(items), err, runErr, bytes.TrimSpace(stderr.Bytes()))
	}
	return res, nil
}

// GenerateBatch greedily generates n tokens after each prompt (EOS banned,
// as Generate) in one probe process, so the model is loaded once. The call
// fails when any item does.
func (p *Probe) GenerateBatch(ctx context.Context, model string, prompts [][]int32, n int) ([]Generation, error) {
	type req struct {
		Cmd     string  `json:"cmd"`
		Model   string  `json:"model"`
		Tokens  []int32 `json:"tokens"`
		N       int     `json:"n"`
		BanEog  bool    `json:"banEog"`
		Threads int     `json:"threads,omitempty"`
	}
	reqs := make([]req, len(prompts))
	for i, pr := range prompts {
		reqs[i] = req{Cmd: "generate", Model: model, Tokens: pr, N: n, BanEog: true, Threads: p.Threads}
	}
	f, err := tempJSON(reqs)
	if err != nil {
		return nil, err
	}
	defer os.Remove(f)
	cmd := exec.CommandContext(ctx, "node", filepath.Join(p.Dir, "probe.mjs"), "--batch", f)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()
	if runErr != nil {
		return nil, fmt.Errorf("llamacpp probe --batch generate: %w: %s", runErr, bytes.TrimSpace(stderr.Bytes()))
	}
	var res []Generation
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(prompts) {
		return nil, fmt.Errorf("llamacpp probe --batch generate: %d results for %d prompts (%v): %s",
			len(res), len(prompts), err, bytes.TrimSpace(stderr.Bytes()))
	}
	return res, nil
}
