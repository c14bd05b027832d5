package fraud_test

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// finalRootsJob is one job whose final level-1 state is checked.
type finalRootsJob struct {
	name      string
	spec      modelgen.Spec
	eosAt     int // ≥ 0: the model's EOS is the token an unstopped run outputs at this index
	prompt    int // prompt length; 0: the context minus maxTokens (prompt + output fill it)
	maxTokens int
	params    canon.SampleParams
	wantLen   int // the output length the job must have, so each case tests what it names
}

// oddShape is a model unlike modelgen.Tiny: three layers, one KV head, a
// vocabulary and FF size that are not powers of two, a short context.
var oddShape = modelgen.Spec{Dim: 96, Layers: 3, Heads: 3, KVHeads: 1, FFDim: 160, Vocab: 300, Context: 40, Seed: 5}

func finalRootsJobs() []finalRootsJob {
	sampled := canon.SampleParams{TemperatureMilli: 900, TopK: 40, TopPMicro: 950_000, Seed: [32]byte{4}}
	return []finalRootsJob{
		{name: "tiny, one-token prompt, one token", spec: modelgen.Tiny, eosAt: -1, prompt: 1, maxTokens: 1, wantLen: 1},
		{name: "tiny, greedy, stops at maxTokens", spec: modelgen.Tiny, eosAt: -1, prompt: 5, maxTokens: 6, wantLen: 6},
		{name: "tiny seed 3, sampled, stops at EOS", spec: withSeed(modelgen.Tiny, 3), eosAt: 3, prompt: 9, maxTokens: 10, params: sampled, wantLen: 4},
		{name: "odd shape, sampled, stops at maxTokens", spec: oddShape, eosAt: -1, prompt: 17, maxTokens: 5, params: sampled, wantLen: 5},
		{name: "odd shape, stops at EOS first", spec: withSeed(oddShape, 8), eosAt: 0, prompt: 2, maxTokens: 7, wantLen: 1},
		{name: "odd shape, fills the context", spec: oddShape, eosAt: -1, maxTokens: 4, params: sampled, wantLen: 4},
	}
}

func withSeed(s modelgen.Spec, seed uint64) modelgen.Spec {
	s.Seed = seed
	return s
}

// model builds the job's model: its EOS is set to the token an unstopped
// run outputs at eosAt, or none.
func (j finalRootsJob) model(t *testing.T, prompt []int32) *canon.Model {
	t.Helper()
	m, err := j.spec.Model()
	require.NoError(t, err)
	m.EOS = canon.NoEOS
	if j.eosAt >= 0 {
		full, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: j.maxTokens, Params: j.params}, canon.Options{})
		require.NoError(t, err)
		m.EOS = int(full.Tokens[j.eosAt])
	}
	return m
}

func (j finalRootsJob) promptTokens() []int32 {
	n := j.prompt
	if n == 0 {
		n = j.spec.Context - j.maxTokens
	}
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(1 + (i*37+int(j.spec.Seed))%(j.spec.Vocab-1))
	}
	return p
}

// level1 is h(p, 0) = keccak256(be32(p) ‖ be32(0) ‖ residualRoot ‖ kvRoot ‖ tokensHash).
func level1(p int, resid, kv merkle.Hash, tokens []int32) merkle.Hash {
	var tok merkle.Hash
	for _, v := range tokens {
		tok = merkle.Keccak(tok[:], binary.BigEndian.AppendUint32(nil, uint32(v)))
	}
	return merkle.Keccak(binary.BigEndian.AppendUint32(nil, uint32(p)), make([]byte, 4), resid[:], kv[:], tok[:])
}

// TestCanonFinalRootsMatchTheReplay: the residual and KV roots canon reports
// for a job's final level-1 state h(P, 0) — from Generate and from
// Tracer.Final on a teacher-forced session, in any batching and with any
// number of threads — are the registers of the replay's last machine run to
// its end (what a record carries, TestDisputeEndToEnd), and the state built
// from them is the replay's root claim.
func TestCanonFinalRootsMatchTheReplay(t *testing.T) {
	for _, j := range finalRootsJobs() {
		t.Run(j.name, func(t *testing.T) {
			prompt := j.promptTokens()
			m := j.model(t, prompt)
			tree, err := vm.NewModelTree(m)
			require.NoError(t, err)
			job := canon.Job{Prompt: prompt, MaxTokens: j.maxTokens, StopAtEOS: true, Params: j.params, Trace: true}
			res, err := m.Generate(t.Context(), job, canon.Options{})
			require.NoError(t, err)
			require.Len(t, res.Tokens, j.wantLen)
			require.NoError(t, record.CheckOutput(m.Config, j.maxTokens, res.Tokens))
			if j.prompt == 0 {
				require.Equal(t, m.Context, len(prompt)+len(res.Tokens), "prompt + output fill the context")
			}

			n := len(res.Tokens)
			tokens := append(append([]int32{}, prompt...), res.Tokens[:n-1]...)
			r, err := fraud.NewReplay(t.Context(), m, tree, tokens, len(prompt), j.params, canon.Options{})
			require.NoError(t, err)
			final := r.Final()
			require.Equal(t, final.RegRoots()[0], res.FinalResidual, "residual root")
			require.Equal(t, final.KVRoot(), res.FinalKV, "KV root")
			states := r.States()
			root := states[len(states)-1]
			P := len(tokens)
			require.Equal(t, root, level1(P, res.FinalResidual, res.FinalKV, append(tokens, res.Tokens[n-1])), "h(P, 0) from the roots")
			require.Equal(t, root, final.Level1())

			// Generate with other thread counts, and a teacher-forced session
			// in other batchings, give the same roots.
			for _, threads := range []int{1, 2, 7} {
				opts := canon.Options{Threads: threads}
				again, err := m.Generate(t.Context(), job, opts)
				require.NoError(t, err)
				require.Equal(t, res, again, "Generate with %d threads", threads)
				for _, batch := range []int{1, 3, len(tokens)} {
					f := teacherForcedFinal(t, m, tokens, res.Tokens[n-1], batch, opts)
					require.Equal(t, res.FinalResidual, f.Residual, "threads %d, batch %d", threads, batch)
					require.Equal(t, res.FinalKV, f.KV, "threads %d, batch %d", threads, batch)
					require.Equal(t, root, f.Hash, "threads %d, batch %d", threads, batch)
					require.Equal(t, P, f.P)
				}
			}
		})
	}
}

// teacherForcedFinal forwards tokens in batches of batch positions and
// returns the final state for last.
func teacherForcedFinal(t *testing.T, m *canon.Model, tokens []int32, last int32, batch int, opts canon.Options) canon.FinalState {
	t.Helper()
	s, err := m.NewSession(len(tokens), true, opts)
	require.NoError(t, err)
	for i := 0; i < len(tokens); i += batch {
		_, err := s.Forward(t.Context(), tokens[i:min(i+batch, len(tokens))], canon.LogitsAll)
		require.NoError(t, err, fmt.Sprintf("batch at %d", i))
	}
	f, err := s.Tracer().Final(last)
	require.NoError(t, err)
	return f
}
