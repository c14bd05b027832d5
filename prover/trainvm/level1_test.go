package trainvm

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// TestLevel1TraceEndsOnTheExportRoot: the honest level-1 trace of a job of
// N steps has N + 3 states: I of the record, the trainer's S_0 .. S_N, and
// F of the model root of the GGUF train.Export writes (loaded back); a
// record claiming another new model root agrees with it on every state but
// the last, so bisection lands on transition N + 1, the export.
func TestLevel1TraceEndsOnTheExportRoot(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	vocab := ioVocab(t)
	for _, lora := range []bool{false, true} {
		spec, seed := ioSpec(r, vocab, 64), r.Uint64()
		run := func() *train.Trainer { return ioRun(t, rand.New(rand.NewPCG(seed, 1)), spec, sgd(1, 4), lora, 0) }
		tr := run()
		const N = 3
		rec := Record{BaseModelRoot: merkle.Keccak([]byte("base")), DatasetRoot: merkle.Keccak([]byte("dataset")),
			ConfigHash: tr.ConfigHash(), Steps: N}
		_, meta := exported(t, tr.Model, vocab)
		want := []merkle.Hash{rec.InputRoot()}
		ref := run()
		for k := 0; k <= N; k++ {
			want = append(want, ref.StateRoot())
			if k < N {
				_, err := ref.TrainStep(context.Background(), train.Options{})
				require.NoError(t, err)
			}
		}
		trace, err := Level1Trace(context.Background(), tr, rec, meta, train.Options{})
		require.NoError(t, err)
		require.Len(t, trace, N+3)
		require.Equal(t, want, trace[:N+2])
		root, _ := exported(t, tr.Model, vocab)
		rec.NewModelRoot = root
		require.Equal(t, rec.FinalRoot(), trace[N+2], "F of the exported GGUF's model root")
		require.Equal(t, FinalRoot(root, rec.DatasetRoot, rec.ConfigHash), trace[N+2])

		liar := rec
		liar.NewModelRoot[0] ^= 1
		claim := append(append([]merkle.Hash(nil), trace[:N+2]...), liar.FinalRoot())
		lo := bisect(trace, func(j uint64) merkle.Hash { return claim[j] })
		require.Equal(t, uint64(N+1), lo, "the export transition")

		_, err = Level1Trace(context.Background(), tr, rec, meta, train.Options{})
		require.ErrorIs(t, err, ErrInput, "a run not at step 0")
	}
}

// TestTransitionsJoinTheLevel1Trace: over a pretraining job of N steps,
// the import's level-2 trace starts at ImportInitialRoot(I) and its last
// state carries the trace's S_0; the export's starts at
// ExportInitialRoot(S_N) and its last state carries the trace's F — the
// projections of transitions 0 and N + 1.
func TestTransitionsJoinTheLevel1Trace(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 23))
	vocab := ioVocab(t)
	spec := ioSpec(r, vocab, 64)
	h := adam(1, 4)
	tr := ioRun(t, r, spec, h, false, 0)
	const N = 2
	rec := Record{DatasetRoot: merkle.Keccak([]byte("corpus")), ConfigHash: tr.ConfigHash(), Steps: N}
	icfg := ImportConfig{Spec: spec, Hyper: h, DatasetRoot: rec.DatasetRoot, Steps: N,
		DataTokens: uint64(len(tr.Data)), TokensRoot: train.TokensRoot(tr.Data)}
	imp, err := ImportTrace(icfg, nil)
	require.NoError(t, err)
	_, meta := exported(t, tr.Model, vocab)
	trace, err := Level1Trace(context.Background(), tr, rec, meta, train.Options{})
	require.NoError(t, err)
	require.Equal(t, ImportInitialRoot(trace[0]), imp[0])
	im, err := NewImport(icfg, nil)
	require.NoError(t, err)
	require.NoError(t, im.RunTo(im.Program().Len()))
	require.Equal(t, trace[1], im.State().Carried, "import projects onto S_0")

	src := ropeSource(t, spec)
	ecfg := ExportConfig{Spec: spec, Hyper: h, Meta: meta, DatasetRoot: rec.DatasetRoot, RopeSource: src.Root()}
	em, err := NewExport(ecfg, tr.State(), tr.Model, src)
	require.NoError(t, err)
	require.Equal(t, ExportInitialRoot(trace[N+1]), em.StateRoot())
	require.NoError(t, em.RunTo(em.Program().Len()))
	require.Equal(t, trace[N+2], em.State().Carried, "export projects onto F")
}
