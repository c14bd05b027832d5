package worker

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

// TestEmbeddedEqualsGenerate: the embedded backend's result is Generate's,
// trace root included, for jobs of every shape.
func TestEmbeddedEqualsGenerate(t *testing.T) {
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(3))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	tally := &Tally{}
	e := &Embedded{Store: st, Metrics: tally}
	h, err := st.Get(t.Context(), root)
	require.NoError(t, err)
	defer h.Release()
	total := 0
	for i, job := range testJobs(root, h.Model) {
		got, err := e.Run(t.Context(), job)
		require.NoError(t, err, "job %d", i)
		want := generate(t, h.Model, job)
		require.Equal(t, want, got, "job %d", i)
		require.NotEqual(t, merkle.Hash{}, got.TraceRoot)
		total += len(got.Tokens)
	}
	require.Equal(t, int64(total), tally.Snapshot().Tokens[BackendEmbedded])
}

func TestJobErrors(t *testing.T) {
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(3))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	defer st.Close()
	e := &Embedded{Store: st}
	ctx := t.Context()
	_, err = e.Run(ctx, Job{Model: root})
	require.ErrorIs(t, err, canon.ErrEmptyPrompt)
	require.ErrorIs(t, err, ErrJob)
	_, err = e.Run(ctx, Job{Model: root, Prompt: []int32{1}, MaxTokens: -1})
	require.ErrorIs(t, err, ErrJob)
	_, err = e.Run(ctx, Job{Model: root, Prompt: []int32{1, 512}, MaxTokens: 1})
	require.ErrorIs(t, err, canon.ErrToken)
	_, err = e.Run(ctx, Job{Model: root, Prompt: []int32{1}, MaxTokens: 258})
	require.ErrorIs(t, err, canon.ErrContext)
	_, err = e.Run(ctx, Job{Model: merkle.Hash{1}, Prompt: []int32{1}, MaxTokens: 1})
	require.ErrorIs(t, err, ErrUnknownModel)
}

// TestStoreRefusesWrongRoot: a file filed under a root it does not have is
// refused with a *llama.RootError naming both roots, and stays refused.
func TestStoreRefusesWrongRoot(t *testing.T) {
	dir := t.TempDir()
	path, root := genModel(t, dir, tinySpec(3))
	var wrong merkle.Hash
	wrong[31] = 9
	for _, cfg := range []StoreConfig{
		{Files: map[merkle.Hash]string{wrong: path}},
		{Dir: dir},
	} {
		if cfg.Dir != "" { // a file named by another root
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "0x"+hex.EncodeToString(wrong[:])+".gguf"), b, 0o644))
		}
		st, err := NewStore(cfg)
		require.NoError(t, err)
		for range 2 {
			_, err = st.Get(t.Context(), wrong)
			var re *llama.RootError
			require.ErrorAs(t, err, &re)
			require.ErrorIs(t, err, llama.ErrRootMismatch)
			require.Equal(t, wrong, re.Want)
			require.Equal(t, root, re.Got)
		}
		require.Equal(t, 0, st.Loaded())
		require.NoError(t, st.Close())
	}
}

// TestStoreEvictsAndCloses: with MaxLoaded 1, loading a second model evicts
// the first; a job holding the evicted model keeps using it, and it is closed
// when released.
func TestStoreEvictsAndCloses(t *testing.T) {
	dir := t.TempDir()
	_, r1 := genModel(t, dir, tinySpec(3))
	p2, r2 := genModel(t, t.TempDir(), tinySpec(4))
	st, err := NewStore(StoreConfig{Dir: dir, MaxLoaded: 1, Load: llama.Options{MemoryBudget: 64 << 20}})
	require.NoError(t, err)
	got, err := st.Add(t.Context(), p2)
	require.NoError(t, err)
	require.Equal(t, r2, got)
	require.Equal(t, 1, st.Loaded())

	h1, err := st.Get(t.Context(), r1) // evicts r2 (unheld: closed at once)
	require.NoError(t, err)
	require.Equal(t, 1, st.Loaded())
	require.Equal(t, int64(64<<20), h1.Model.MemoryBudget, "the store's budget reaches the model")
	h2, err := st.Get(t.Context(), r2) // evicts r1, still held by h1
	require.NoError(t, err)
	require.Equal(t, 1, st.Loaded())
	job := Job{Model: r1, Prompt: []int32{1, 5, 9}, MaxTokens: 4}
	res, err := h1.Model.Generate(t.Context(), canonJob(job, h1.Model), canon.Options{})
	require.NoError(t, err, "an evicted model stays usable while held")
	e1 := h1.e
	h1.Release()
	h1.Release() // idempotent
	require.Nil(t, e1.loaded, "released after eviction: closed")
	// Loading it again gives the same result.
	want, err := (&Embedded{Store: st}).Run(t.Context(), job)
	require.NoError(t, err)
	require.Equal(t, want, res)
	h2.Release()
	require.NoError(t, st.Close())
	_, err = st.Get(t.Context(), r1)
	require.ErrorIs(t, err, ErrStoreClosed)
}

// TestStoreConcurrentGets: concurrent jobs on two models share loads and all
// get Generate's results.
func TestStoreConcurrentGets(t *testing.T) {
	dir := t.TempDir()
	_, r1 := genModel(t, dir, tinySpec(3))
	_, r2 := genModel(t, dir, tinySpec(4))
	st, err := NewStore(StoreConfig{Dir: dir, MaxLoaded: 1})
	require.NoError(t, err)
	defer st.Close()
	e := &Embedded{Store: st}
	var wg sync.WaitGroup
	results := make([]*Result, 8)
	errs := make([]error, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			root := r1
			if i%2 == 1 {
				root = r2
			}
			results[i], errs[i] = e.Run(t.Context(), Job{Model: root, Prompt: []int32{1, int32(i)}, MaxTokens: 3})
		}()
	}
	wg.Wait()
	for i := range results {
		require.NoError(t, errs[i])
		root := r1
		if i%2 == 1 {
			root = r2
		}
		want, err := e.Run(t.Context(), Job{Model: root, Prompt: []int32{1, int32(i)}, MaxTokens: 3})
		require.NoError(t, err)
		require.Equal(t, want, results[i])
	}
	require.LessOrEqual(t, st.Loaded(), 1)
}

func TestStoreConfigCheck(t *testing.T) {
	for _, c := range []StoreConfig{
		{MaxLoaded: -1},
		{Load: llama.Options{MemoryBudget: -1}},
		{Dir: filepath.Join(t.TempDir(), "absent")},
		{Options: canon.Options{Threads: -1}},
	} {
		_, err := NewStore(c)
		require.True(t, errors.Is(err, ErrStoreConfig), "%+v: %v", c, err)
	}
}
