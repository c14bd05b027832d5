package canon_test

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// chunkedRoot is the residual root of docs/protocol.md, computed here
// independently of the tracer: the Merkle root over keccak256 of each chunk
// of 32 values as big-endian int32.
func chunkedRoot(t *testing.T, x []int32) merkle.Hash {
	t.Helper()
	var leaves []merkle.Hash
	for c := 0; c < len(x); c += canon.BlockSize {
		var b []byte
		for _, v := range x[c:min(c+canon.BlockSize, len(x))] {
			b = binary.BigEndian.AppendUint32(b, uint32(v))
		}
		leaves = append(leaves, merkle.Keccak(b))
	}
	r, err := merkle.Root(leaves)
	require.NoError(t, err)
	return r
}

// TestFinalIsTheNextPositionsFirstState: Tracer.Final(tok) after P positions
// is exactly the state h(P, 0) the tracer records once tok is forwarded at
// position P, its residual is tok's embedding as the forward pass computes
// it, and computing it changes nothing in the trace.
func TestFinalIsTheNextPositionsFirstState(t *testing.T) {
	m := tinyModel(t, 5)
	L := m.Layers
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 2, 7, 40} {
		tokens := randomTokens(r, n+1, m.Vocab)
		s, err := m.NewSession(n+1, true, canon.Options{})
		require.NoError(t, err)
		var emb []int32
		s.SetResidualHook(func(p, l int, x []int32) {
			if p == n && l == 0 {
				emb = append([]int32(nil), x...)
			}
		})
		for i := 0; i < n; i += 3 { // batches of 3
			_, err := s.Forward(t.Context(), tokens[i:min(i+3, n)], canon.LogitsNone)
			require.NoError(t, err)
		}
		before := append([]merkle.Hash(nil), s.Tracer().States()...)
		last := tokens[n]
		f, err := s.Tracer().Final(last)
		require.NoError(t, err)
		require.Equal(t, before, s.Tracer().States(), "Final changes no state")
		require.Equal(t, n, f.P)

		_, err = s.Forward(t.Context(), []int32{last}, canon.LogitsNone)
		require.NoError(t, err)
		states := s.Tracer().States()
		require.Len(t, states, (n+1)*(L+1))
		require.Equal(t, states[n*(L+1)], f.Hash, "h(%d, 0)", n)
		require.Equal(t, chunkedRoot(t, emb), f.Residual, "residual of h(%d, 0)", n)
		var tok merkle.Hash
		for _, v := range tokens {
			tok = merkle.Keccak(tok[:], binary.BigEndian.AppendUint32(nil, uint32(v)))
		}
		require.Equal(t, tok, f.Tokens)
		var hdr [8]byte
		binary.BigEndian.PutUint32(hdr[:4], uint32(n))
		require.Equal(t, merkle.Keccak(hdr[:], f.Residual[:], f.KV[:], f.Tokens[:]), f.Hash)
	}
}

// TestFinalAfterTruncate: a truncated session's final state is that of a
// session that only ever processed the positions it kept.
func TestFinalAfterTruncate(t *testing.T) {
	m := tinyModel(t, 6)
	r := rand.New(rand.NewPCG(1, 2))
	tokens := randomTokens(r, 30, m.Vocab)
	s, err := m.NewSession(len(tokens), true, canon.Options{})
	require.NoError(t, err)
	_, err = s.Forward(t.Context(), tokens, canon.LogitsNone)
	require.NoError(t, err)
	for _, keep := range []int{29, 17, 4, 1} {
		require.NoError(t, s.Truncate(keep))
		got, err := s.Tracer().Final(tokens[keep])
		require.NoError(t, err)
		fresh, err := m.NewSession(keep, true, canon.Options{})
		require.NoError(t, err)
		_, err = fresh.Forward(t.Context(), tokens[:keep], canon.LogitsNone)
		require.NoError(t, err)
		want, err := fresh.Tracer().Final(tokens[keep])
		require.NoError(t, err)
		require.Equal(t, want, got, "kept %d positions", keep)
	}
}

// TestGenerateFinalRoots: Generate's final roots are Tracer.Final of the
// last output token after the prompt and the other outputs, whatever the
// threads; zero without a trace or without an output token.
func TestGenerateFinalRoots(t *testing.T) {
	m := tinyModel(t, 7)
	prompt := []int32{1, 11, 12, 13, 14}
	params := canon.SampleParams{TemperatureMilli: 900, TopK: 20, Seed: [32]byte{3}}
	var first *canon.Result
	for _, threads := range []int{1, 3, 8} {
		for _, maxTokens := range []int{1, 9} {
			res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: maxTokens, Params: params, Trace: true}, canon.Options{Threads: threads})
			require.NoError(t, err)
			require.Len(t, res.Tokens, maxTokens)
			n := len(res.Tokens)
			s, err := m.NewSession(len(prompt)+n-1, true, canon.Options{})
			require.NoError(t, err)
			_, err = s.Forward(t.Context(), append(append([]int32{}, prompt...), res.Tokens[:n-1]...), canon.LogitsNone)
			require.NoError(t, err)
			f, err := s.Tracer().Final(res.Tokens[n-1])
			require.NoError(t, err)
			require.Equal(t, f.Residual, res.FinalResidual)
			require.Equal(t, f.KV, res.FinalKV)
			require.NotEqual(t, merkle.Hash{}, res.FinalResidual)
			require.NotEqual(t, merkle.Hash{}, res.FinalKV)
			if maxTokens == 9 {
				if first == nil {
					first = res
				}
				require.Equal(t, first, res, "threads %d", threads)
			}
		}
	}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 0, Trace: true}, canon.Options{})
	require.NoError(t, err)
	require.Zero(t, res.FinalResidual, "no output token")
	require.Zero(t, res.FinalKV, "no output token")
	res, err = m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 4}, canon.Options{})
	require.NoError(t, err)
	require.Zero(t, res.FinalResidual, "no trace")
	require.Zero(t, res.FinalKV, "no trace")
}

func TestFinalErrors(t *testing.T) {
	m := tinyModel(t, 8)
	s, err := m.NewSession(4, true, canon.Options{})
	require.NoError(t, err)
	_, err = s.Tracer().Final(1)
	require.ErrorIs(t, err, canon.ErrNoPositions)
	_, err = s.Forward(t.Context(), []int32{1, 2}, canon.LogitsNone)
	require.NoError(t, err)
	for _, bad := range []int32{-1, int32(m.Vocab)} {
		_, err = s.Tracer().Final(bad)
		require.ErrorIs(t, err, canon.ErrToken)
		var te *canon.TokenError
		require.ErrorAs(t, err, &te)
		require.Equal(t, bad, te.ID)
	}
	_, err = s.Tracer().Final(int32(m.Vocab - 1))
	require.NoError(t, err)
}
