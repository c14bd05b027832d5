package worker

import (
	"context"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// genModel writes the generated model of spec into dir, named by its root,
// and returns its path and root.
func genModel(t testing.TB, dir string, spec modelgen.Spec) (string, merkle.Hash) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "m.gguf")
	require.NoError(t, llama.Generate(tmp, spec))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	root := l.Model.Root()
	require.NoError(t, l.Close())
	path := filepath.Join(dir, hex.EncodeToString(root[:])+".gguf")
	b, err := os.ReadFile(tmp)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b, 0o644))
	return path, root
}

func tinySpec(seed uint64) modelgen.Spec {
	s := modelgen.Tiny
	s.Seed = seed
	return s
}

// testJobs are jobs of every shape: greedy and sampled, long and short
// prompts, no output, one token, up to the context.
func testJobs(root merkle.Hash, m *canon.Model) []Job {
	r := rand.New(rand.NewPCG(1, 2))
	prompt := func(n int) []int32 {
		p := make([]int32, n)
		for i := range p {
			p[i] = int32(r.IntN(m.Vocab))
		}
		p[0] = 1 // BOS
		return p
	}
	var seed [32]byte
	seed[0] = 7
	sampled := canon.SampleParams{TemperatureMilli: 800, TopK: 40, TopPMicro: 950_000, Seed: seed}
	hot := canon.SampleParams{TemperatureMilli: 1500, Seed: seed}
	return []Job{
		{Model: root, Prompt: prompt(5), MaxTokens: 24},
		{Model: root, Prompt: prompt(1), MaxTokens: 9},
		{Model: root, Prompt: prompt(12), MaxTokens: 1},
		{Model: root, Prompt: prompt(3), MaxTokens: 0},
		{Model: root, Prompt: prompt(4), MaxTokens: 20, Params: sampled},
		{Model: root, Prompt: prompt(6), MaxTokens: 16, Params: hot},
		{Model: root, Prompt: prompt(m.Context - 30), MaxTokens: 31},
	}
}

// generate is the reference: canon.Model.Generate with Trace, stopping at EOS.
// A backend's result equal to it carries the final state's roots, set
// whenever there is an output token.
func generate(t testing.TB, m *canon.Model, job Job) *canon.Result {
	t.Helper()
	res, err := m.Generate(context.Background(), canonJob(job, m), canon.Options{})
	require.NoError(t, err)
	if len(res.Tokens) > 0 {
		require.NotEqual(t, merkle.Hash{}, res.FinalResidual, "final residual root")
		require.NotEqual(t, merkle.Hash{}, res.FinalKV, "final KV root")
	}
	return res
}
