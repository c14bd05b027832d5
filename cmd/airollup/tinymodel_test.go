package main

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// tinyModel is modelgen.Tiny as the services find it: generated to File,
// loaded (closed when the test ends), and copied into the model directory
// Dir under its root, the name --model-dir expects.
type tinyModel struct {
	Dir, File string
	Model     *canon.Model
	Tree      *vm.ModelTree
	Root      merkle.Hash
}

func newTinyModel(t *testing.T) *tinyModel {
	t.Helper()
	tm := &tinyModel{Dir: t.TempDir(), File: filepath.Join(t.TempDir(), "tiny.gguf")}
	require.NoError(t, llama.Generate(tm.File, modelgen.Tiny))
	l, err := llama.Load(tm.File)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	tm.Model = l.Model
	tm.Tree, err = vm.NewModelTree(tm.Model)
	require.NoError(t, err)
	tm.Root = tm.Model.Root()
	b, err := os.ReadFile(tm.File)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(tm.Dir, hex.EncodeToString(tm.Root[:])+".gguf"), b, 0o644))
	return tm
}
