package main

import (
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/internal/datastore"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

var rootLine = regexp.MustCompile(`dataset root (0x[0-9a-f]{64})`)

func TestDatasetPublishVerifyInfo(t *testing.T) {
	tm := newTinyModel(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus.jsonl")
	require.NoError(t, os.WriteFile(src, []byte("{\"text\":\"Once upon a time\"}\n{\"text\":\"there was a llama.\"}\n"), 0o644))
	store := filepath.Join(dir, "store")

	out, err := runApp(t, "dataset", "publish", src, "--model", tm.File, "--dir", store)
	require.NoError(t, err, out)
	m := rootLine.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	root := m[1]
	require.Contains(t, out, "records 2\n")
	require.Contains(t, out, "not registered on L1")
	file := filepath.Join(store, strings.TrimPrefix(root, "0x")+datastore.Ext)
	require.FileExists(t, file)

	out, err = runApp(t, "dataset", "verify", file, root)
	require.NoError(t, err, out)
	require.Contains(t, out, "ok: ")
	out, err = runApp(t, "dataset", "verify", src, root, "--model", tm.File)
	require.NoError(t, err, out)
	other := "0x" + strings.Repeat("ab", 32)
	_, err = runApp(t, "dataset", "verify", file, other)
	require.ErrorIs(t, err, dataset.ErrRootMismatch)

	out, err = runApp(t, "dataset", "info", root, "--dir", store)
	require.NoError(t, err, out)
	require.Contains(t, out, "records 2\n")
	out, err = runApp(t, "dataset", "info", src, "--model", tm.File)
	require.NoError(t, err, out)
	require.Contains(t, out, root)
}

func TestDatasetRefusesBadInput(t *testing.T) {
	tm := newTinyModel(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	for _, tc := range []struct {
		name string
		args []string
		err  error
		msg  string
	}{
		{"not UTF-8", []string{write("bad.txt", "fine\n\nbad \xff\n"), "--model", tm.File}, dataset.ErrInput, "line 3 is not valid UTF-8"},
		{"empty file", []string{write("empty.jsonl", ""), "--model", tm.File}, dataset.ErrInput, "no record"},
		{"record over the context", []string{write("long.txt", strings.Repeat("a b c d ", 400)), "--model", tm.File}, dataset.ErrLimit, "over the model's context of 256"},
		{"bad JSONL", []string{write("x.jsonl", "{\"text\":1}\n"), "--model", tm.File}, dataset.ErrInput, "line 1: want a JSON object"},
		{"no model", []string{write("ok.txt", "hello\n")}, errDataset, "give --model"},
		{"bad format", []string{write("ok2.txt", "hello\n"), "--model", tm.File, "--format", "csv"}, errDataset, `--format "csv"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"dataset", "publish", "--dir", filepath.Join(dir, "store")}, tc.args...)...)
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.msg)
		})
	}
}

// TestDatasetRegistersOnL1: publish sends DatasetRegistry.publish through
// op-service's txmgr; info reads the registration back; a second publish of
// the same root is refused by the contract.
func TestDatasetRegistersOnL1(t *testing.T) {
	tm := newTinyModel(t)
	chain := l1test.New(t, 2)
	reg := chain.Deploy(t, 0, common.FromHex(bindings.DatasetRegistryMetaData.Bin), bindings.NewDatasetRegistry().PackConstructor(chain.Addrs[0]))
	startMiner(t, chain, 50*time.Millisecond)
	l1URL := l1Proxy(t, chain.RPC())
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus.txt")
	require.NoError(t, os.WriteFile(src, []byte("Once upon a time\n\nthere was a llama.\n\nThe end.\n"), 0o644))
	l1 := []string{"--l1-rpc", l1URL, "--dataset-registry", reg.Hex()}
	publish := append([]string{"dataset", "publish", src, "--model", tm.File, "--dir", filepath.Join(dir, "store"),
		"--uri", "http://127.0.0.1:8549/datasets/{root}", "--licence", "CC-BY-4.0",
		"--private-key", hex.EncodeToString(crypto.FromECDSA(chain.Keys[1])), "--num-confirmations", "1",
		"--txmgr.receipt-query-interval", "100ms"}, l1...)
	out, err := runApp(t, publish...)
	require.NoError(t, err, out)
	require.Contains(t, out, "registered as dataset 1 ")
	root := rootLine.FindStringSubmatch(out)[1]

	out, err = runApp(t, append([]string{"dataset", "info", root, "--dir", filepath.Join(dir, "store")}, l1...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "registered as dataset 1 by "+chain.Addrs[1].Hex())
	require.Contains(t, out, "uri http://127.0.0.1:8549/datasets/"+strings.TrimPrefix(root, "0x"))
	require.Contains(t, out, "licence CC-BY-4.0")
	require.Contains(t, out, "registered records 3,")

	_, err = runApp(t, publish...)
	require.Error(t, err, "the same root twice")
}

// TestModelServeFeedsTheChallengerFetcher: a model kept by root is served
// at /models/{root}; the challenger's fetcher downloads it there, checks its
// root and loads it, and a server answering another model is refused.
func TestModelServeFeedsTheChallengerFetcher(t *testing.T) {
	tm := newTinyModel(t)
	srv := httptest.NewServer(modelHandler(tm.Dir))
	defer srv.Close()
	root := tm.Root

	f := &challenger.Fetcher{Models: reexec.NewModels(t.TempDir(), llama.Options{}, canon.Options{}),
		URLs: []string{srv.URL + "/models/{root}"}, Log: log.NewLogger(log.DiscardHandler())}
	m, err := f.Get(t.Context(), root)
	require.NoError(t, err)
	require.Equal(t, root, m.Root())

	// Another root asked for: the server has none.
	f2 := &challenger.Fetcher{Models: reexec.NewModels(t.TempDir(), llama.Options{}, canon.Options{}),
		URLs: []string{srv.URL + "/models/{root}"}, Log: log.NewLogger(log.DiscardHandler())}
	_, err = f2.Get(t.Context(), merkle.Keccak([]byte("no such model")))
	require.ErrorContains(t, err, "404")

	resp, err := http.Get(srv.URL + "/models/zz")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
}
