package canon_test

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

func tinyModel(t testing.TB, seed uint64) *canon.Model {
	t.Helper()
	spec := modelgen.Tiny
	spec.Seed = seed
	m, err := spec.Model()
	require.NoError(t, err)
	return m
}

func randomTokens(r *rand.Rand, n, vocab int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(r.IntN(vocab))
	}
	return out
}

// runSplit processes tokens in chunks of the given sizes and returns every
// position's logits and the trace states.
func runSplit(t *testing.T, m *canon.Model, tokens []int32, chunks []int) ([][]int32, []string) {
	t.Helper()
	return runSplitWith(t, m, tokens, chunks, canon.Options{})
}

// runSplitWith is runSplit on a session with opts.
func runSplitWith(t *testing.T, m *canon.Model, tokens []int32, chunks []int, opts canon.Options) ([][]int32, []string) {
	t.Helper()
	s, err := m.NewSession(len(tokens), true, opts)
	require.NoError(t, err)
	var logits [][]int32
	for i := 0; i < len(tokens); {
		n := min(chunks[len(logits)%len(chunks)], len(tokens)-i)
		out, err := s.Forward(t.Context(), tokens[i:i+n], canon.LogitsAll)
		require.NoError(t, err)
		logits = append(logits, out...)
		i += n
	}
	var states []string
	for _, h := range s.Tracer().States() {
		states = append(states, string(h[:]))
	}
	return logits, states
}

// TestBatchEqualsSequential: prefill/teacher forcing in any chunking gives the
// one-token-at-a-time logits and trace, bit for bit.
func TestBatchEqualsSequential(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for trial := 0; trial < 4; trial++ {
		m := tinyModel(t, uint64(trial+1))
		tokens := randomTokens(r, 5+r.IntN(40), m.Vocab)
		seqLogits, seqStates := runSplit(t, m, tokens, []int{1})
		for _, chunks := range [][]int{{len(tokens)}, {3}, {7, 1, 2}, {2, 5}} {
			got, states := runSplit(t, m, tokens, chunks)
			require.Equal(t, seqLogits, got, "chunks %v", chunks)
			require.Equal(t, seqStates, states, "chunks %v", chunks)
		}
		require.Len(t, seqStates, len(tokens)*(m.Layers+1))
	}
}

// TestThreadsDoNotChangeResults: any number of threads gives the same bits.
func TestThreadsDoNotChangeResults(t *testing.T) {
	spec := modelgen.Tiny
	spec.Dim, spec.FFDim, spec.Heads, spec.KVHeads = 256, 512, 8, 4 // large enough to split
	m, err := spec.Model()
	require.NoError(t, err)
	tokens := randomTokens(rand.New(rand.NewPCG(1, 1)), 24, m.Vocab)
	var ref [][]int32
	for _, threads := range []int{1, 2, 3, 8} {
		got, _ := runSplitWith(t, m, tokens, []int{len(tokens)}, canon.Options{Threads: threads})
		if ref == nil {
			ref = got
			continue
		}
		require.Equal(t, ref, got, "threads %d", threads)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	m := tinyModel(t, 3)
	prompt := []int32{1, 20, 30, 40}
	for _, params := range []canon.SampleParams{
		{},
		{TemperatureMilli: 800, TopK: 40, TopPMicro: 950_000, Seed: [32]byte{7}},
		{TemperatureMilli: 1500, Seed: [32]byte{9}},
	} {
		job := canon.Job{Prompt: prompt, MaxTokens: 20, Params: params, Trace: true}
		a, err := m.Generate(t.Context(), job, canon.Options{})
		require.NoError(t, err)
		b, err := m.Generate(t.Context(), job, canon.Options{})
		require.NoError(t, err)
		require.Equal(t, a, b)
		require.Len(t, a.Tokens, 20)
		require.Equal(t, (len(prompt)+19)*(m.Layers+1), a.States)
		require.NotEqual(t, [32]byte{}, a.TraceRoot)
	}
	// A different seed changes a sampled output.
	j1 := canon.Job{Prompt: prompt, MaxTokens: 20, Params: canon.SampleParams{TemperatureMilli: 1500, Seed: [32]byte{1}}}
	j2 := j1
	j2.Params.Seed = [32]byte{2}
	a, err := m.Generate(t.Context(), j1, canon.Options{})
	require.NoError(t, err)
	b, err := m.Generate(t.Context(), j2, canon.Options{})
	require.NoError(t, err)
	require.NotEqual(t, a.Tokens, b.Tokens)
}

func TestGreedyGenerationMatchesTeacherForcing(t *testing.T) {
	m := tinyModel(t, 4)
	prompt := []int32{1, 5, 9}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 16}, canon.Options{})
	require.NoError(t, err)
	// Verifying the output in one batched pass reproduces every greedy choice.
	all := append(append([]int32{}, prompt...), res.Tokens[:len(res.Tokens)-1]...)
	s, err := m.NewSession(len(all), false, canon.Options{})
	require.NoError(t, err)
	logits, err := s.Forward(t.Context(), all, canon.LogitsAll)
	require.NoError(t, err)
	for i, tok := range res.Tokens {
		require.Equal(t, tok, canon.Argmax(logits[len(prompt)-1+i]), "token %d", i)
	}
}

func TestForwardErrors(t *testing.T) {
	m := tinyModel(t, 5)
	s, err := m.NewSession(4, false, canon.Options{})
	require.NoError(t, err)
	_, err = s.Forward(t.Context(), []int32{1, int32(m.Vocab)}, canon.LogitsAll)
	var te *canon.TokenError
	require.ErrorAs(t, err, &te)
	require.Equal(t, 1, te.Index)
	require.Equal(t, m.Vocab, te.Vocab)
	require.ErrorIs(t, err, canon.ErrToken)

	_, err = s.Forward(t.Context(), []int32{1, 2, 3, 4, 5}, canon.LogitsAll)
	var ce *canon.ContextError
	require.ErrorAs(t, err, &ce)
	require.Equal(t, 5, ce.Need)
	require.Equal(t, 4, ce.Limit)

	_, err = m.NewSession(m.Context+1, false, canon.Options{})
	require.ErrorIs(t, err, canon.ErrContext)
	_, err = m.Generate(t.Context(), canon.Job{Prompt: make([]int32, m.Context), MaxTokens: 2}, canon.Options{})
	require.ErrorIs(t, err, canon.ErrContext)
	_, err = m.Generate(t.Context(), canon.Job{}, canon.Options{})
	require.ErrorIs(t, err, canon.ErrEmptyPrompt)
}

// TestForwardLastReusesItsRow: ForwardLast gives Forward's last row, bit
// for bit, over a prompt and then a token at a time, in one buffer it
// reuses (so decoding allocates no logits per token).
func TestForwardLastReusesItsRow(t *testing.T) {
	m := tinyModel(t, 9)
	r := rand.New(rand.NewPCG(9, 9))
	seq := randomTokens(r, 12, m.Vocab)
	a, err := m.NewSession(len(seq), false, canon.Options{})
	require.NoError(t, err)
	b, err := m.NewSession(len(seq), false, canon.Options{})
	require.NoError(t, err)
	var first *int32
	for i, step := range [][]int32{seq[:5], seq[5:6], seq[6:9], seq[9:10], seq[10:11], seq[11:12]} {
		want, err := a.Forward(t.Context(), step, canon.LogitsLast)
		require.NoError(t, err)
		got, err := b.ForwardLast(t.Context(), step)
		require.NoError(t, err)
		require.Equal(t, want[0], got, "call %d", i)
		if first == nil {
			first = &got[0]
		}
		require.Same(t, first, &got[0], "call %d: the row is the session's own", i)
	}
	_, err = b.ForwardLast(t.Context(), nil)
	require.ErrorIs(t, err, canon.ErrEmptyPrompt)
}

func TestSampling(t *testing.T) {
	logits := []int32{5 * canon.One, 5 * canon.One, canon.One, -canon.One}
	require.Equal(t, int32(0), canon.Argmax(logits), "ties go to the lowest index")
	// top-k 1 is greedy whatever the seed
	for s := 0; s < 20; s++ {
		p := canon.SampleParams{TemperatureMilli: 1000, TopK: 1, Seed: [32]byte{byte(s)}}
		require.Equal(t, int32(0), canon.Sample(logits, p, uint64(s)))
	}
	// top-p small keeps only the top token
	p := canon.SampleParams{TemperatureMilli: 1000, TopPMicro: 100_000}
	for s := 0; s < 20; s++ {
		require.Equal(t, int32(0), canon.Sample(logits, p, uint64(s)))
	}
	// unrestricted sampling follows the distribution: tokens 0 and 1 dominate, both appear
	counts := map[int32]int{}
	p = canon.SampleParams{TemperatureMilli: 1000, Seed: [32]byte{42}}
	for s := 0; s < 2000; s++ {
		counts[canon.Sample(logits, p, uint64(s))]++
	}
	require.InDelta(t, 1000, counts[0], 120)
	require.InDelta(t, 1000, counts[1], 120)
	require.Less(t, counts[2]+counts[3], 60)
}

func TestModelRoot(t *testing.T) {
	a := tinyModel(t, 6)
	b := tinyModel(t, 6)
	require.Equal(t, a.Root(), b.Root(), "root is deterministic")
	leaves := a.Leaves()
	// metadata + embed rows + per layer (2 norms + rows) + out norm + output rows + rope rows
	chunks := a.Dim / 32
	perLayer := 2*chunks + a.Dim + 2*a.KVDim() + a.Dim + 2*a.FFDim + a.Dim
	require.Len(t, leaves, 1+a.Vocab+a.Layers*perLayer+chunks+a.Vocab+a.Context)

	// Any change to a weight byte, a norm weight or the tokenizer changes the root.
	root := a.Root()
	a.Blocks[1].Wv.Data[100] ^= 1
	require.NotEqual(t, root, a.Root())
	a.Blocks[1].Wv.Data[100] ^= 1
	a.OutNorm[3]++
	require.NotEqual(t, root, a.Root())
	a.OutNorm[3]--
	a.TokenizerHash[0] = 1
	require.NotEqual(t, root, a.Root())
	a.TokenizerHash[0] = 0
	require.Equal(t, root, a.Root())
}

// TestLeafIndex: every kind of leaf sits where LeafIndex says.
func TestLeafIndex(t *testing.T) {
	m := tinyModel(t, 8)
	leaves := m.Leaves()
	var buf []byte
	h := merkle.NewHasher()
	be := func(v []int32) []byte {
		buf = buf[:0]
		for _, x := range v {
			buf = binary.BigEndian.AppendUint32(buf, uint32(x))
		}
		return buf
	}
	require.Equal(t, m.MetadataLeaf(), leaves[m.LeafIndex(canon.LeafMeta, 0, 0, 0)])
	require.Equal(t, h.Sum(m.Embed.Row(7)), leaves[m.LeafIndex(canon.LeafEmbed, 0, 0, 7)])
	for l := 0; l < m.Layers; l++ {
		b := &m.Blocks[l]
		mats := []*canon.Q8Matrix{&b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown}
		for which, mat := range mats {
			for _, r := range []int{0, mat.Rows - 1} {
				require.Equal(t, h.Sum(mat.Row(r)), leaves[m.LeafIndex(canon.LeafRow, l, which, r)], "layer %d matrix %d row %d", l, which, r)
			}
		}
		require.Equal(t, h.Sum(be(b.AttnNorm[32:64])), leaves[m.LeafIndex(canon.LeafNorm, l, 0, 1)])
		require.Equal(t, h.Sum(be(b.FFNNorm[:32])), leaves[m.LeafIndex(canon.LeafNorm, l, 1, 0)])
	}
	require.Equal(t, h.Sum(be(m.OutNorm[32:])), leaves[m.LeafIndex(canon.LeafNorm, m.Layers, 0, 1)])
	require.Equal(t, h.Sum(m.Output.Row(3)), leaves[m.LeafIndex(canon.LeafOutput, 0, 0, 3)])
	cos, sin := m.Rope.Row(5)
	row := append(append([]int32{}, cos...), sin...)
	require.Equal(t, h.Sum(be(row)), leaves[m.LeafIndex(canon.LeafRope, 0, 0, 5)])
	require.Equal(t, len(leaves)-1, m.LeafIndex(canon.LeafRope, 0, 0, m.Context-1))
}

// TestGenerateStopsAtTheModelsEOS: StopAtEOS stops after the model's own EOS
// (Config.EOS, part of the model root), and never for a model without one.
func TestGenerateStopsAtTheModelsEOS(t *testing.T) {
	m := tinyModel(t, 1)
	prompt := []int32{1, 7, 9}
	full, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 8}, canon.Options{})
	require.NoError(t, err)
	require.Len(t, full.Tokens, 8)
	for i, tok := range full.Tokens {
		withEOS := *m
		withEOS.EOS = int(tok)
		res, err := withEOS.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 8, StopAtEOS: true}, canon.Options{})
		require.NoError(t, err)
		first := slices.Index(full.Tokens, tok)
		require.Equal(t, full.Tokens[:first+1], res.Tokens, "stops at the first EOS (token %d of %d)", i, len(full.Tokens))
	}
	none := *m
	none.EOS = canon.NoEOS
	res, err := none.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 8, StopAtEOS: true}, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, full.Tokens, res.Tokens, "a model without EOS never stops early")
}
