package reexec

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestCheckResultChecksTheFinalRoots: CheckResult accepts exactly Generate's
// claim, with any number of threads, and refuses as ErrWrongResult a claim
// whose trace root, final residual root or final KV root is off, naming it.
func TestCheckResultChecksTheFinalRoots(t *testing.T) {
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	params := canon.SampleParams{TemperatureMilli: 700, TopK: 30, Seed: [32]byte{5}}
	for _, job := range []struct {
		prompt    []int32
		maxTokens int
	}{{[]int32{1}, 1}, {[]int32{1, 9, 8, 7}, 6}, {[]int32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 12}} {
		res, err := m.Generate(t.Context(), canon.Job{Prompt: job.prompt, MaxTokens: job.maxTokens, StopAtEOS: true, Params: params, Trace: true}, canon.Options{})
		require.NoError(t, err)
		good := Claim{Output: res.Tokens, TraceRoot: res.TraceRoot, ResidualRoot: res.FinalResidual, KVRoot: res.FinalKV}
		for _, threads := range []int{1, 4} {
			require.NoError(t, CheckResult(t.Context(), m, job.prompt, job.maxTokens, params, good, canon.Options{Threads: threads}))
		}
		flip := func(h merkle.Hash) merkle.Hash { h[7] ^= 0x10; return h }
		for _, c := range []struct {
			name  string
			claim Claim
		}{
			{"trace root", Claim{Output: good.Output, TraceRoot: flip(good.TraceRoot), ResidualRoot: good.ResidualRoot, KVRoot: good.KVRoot}},
			{"residual root", Claim{Output: good.Output, TraceRoot: good.TraceRoot, ResidualRoot: flip(good.ResidualRoot), KVRoot: good.KVRoot}},
			{"KV root", Claim{Output: good.Output, TraceRoot: good.TraceRoot, ResidualRoot: good.ResidualRoot, KVRoot: flip(good.KVRoot)}},
			{"residual root", Claim{Output: good.Output, TraceRoot: good.TraceRoot, KVRoot: good.KVRoot}},
			{"KV root", Claim{Output: good.Output, TraceRoot: good.TraceRoot, ResidualRoot: good.ResidualRoot}},
			// The roots of another state: the KV root of h(P, 0) swapped for the residual's.
			{"residual root", Claim{Output: good.Output, TraceRoot: good.TraceRoot, ResidualRoot: good.KVRoot, KVRoot: good.KVRoot}},
		} {
			err := CheckResult(t.Context(), m, job.prompt, job.maxTokens, params, c.claim, canon.Options{})
			require.ErrorIs(t, err, ErrWrongResult, c.name)
			require.ErrorContains(t, err, c.name+" ")
		}
	}
}

// TestCheckRecordIgnoresOnlyTheTraceRoot: a record carries no trace root, so
// CheckRecord accepts Generate's claim with any trace root, and still
// refuses one output token changed or a final root off, naming it.
func TestCheckRecordIgnoresOnlyTheTraceRoot(t *testing.T) {
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	params := canon.SampleParams{TemperatureMilli: 700, TopK: 30, Seed: [32]byte{9}}
	prompt := []int32{1, 9, 8, 7}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 6, StopAtEOS: true, Params: params, Trace: true}, canon.Options{})
	require.NoError(t, err)
	good := Claim{Output: res.Tokens, ResidualRoot: res.FinalResidual, KVRoot: res.FinalKV}
	require.NoError(t, CheckRecord(t.Context(), m, prompt, 6, params, good, canon.Options{}))
	require.ErrorIs(t, CheckResult(t.Context(), m, prompt, 6, params, good, canon.Options{}), ErrWrongResult, "CheckResult still wants the trace root")

	tok := good
	tok.Output = append([]int32{}, good.Output...)
	tok.Output[0] = (tok.Output[0] + 1) % int32(m.Vocab)
	err = CheckRecord(t.Context(), m, prompt, 6, params, tok, canon.Options{})
	require.ErrorIs(t, err, ErrWrongResult)
	require.ErrorContains(t, err, "output token 0 ")

	kv := good
	kv.KVRoot[0] ^= 1
	err = CheckRecord(t.Context(), m, prompt, 6, params, kv, canon.Options{})
	require.ErrorIs(t, err, ErrWrongResult)
	require.ErrorContains(t, err, "KV root ")
}
