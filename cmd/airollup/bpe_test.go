package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestModelGenBPE: `model gen --bpe PRE` writes a model with a byte-level
// BPE vocabulary that loads back; an unsupported pre-tokenizer is refused
// by name.
func TestModelGenBPE(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bpe.gguf")
	_, err := runApp(t, "model", "gen", "--preset", "tiny", "--bpe", "llama-bpe", path)
	require.NoError(t, err)
	out, err := runApp(t, "model", "info", path)
	require.NoError(t, err)
	require.Contains(t, out, "512 tokens (gpt2), bos 509, eos 510")

	_, err = runApp(t, "model", "gen", "--preset", "tiny", "--bpe", "qwen2", filepath.Join(dir, "x.gguf"))
	require.ErrorContains(t, err, `tokenizer.ggml.pre "qwen2" is not supported`)
}
