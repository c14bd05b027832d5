package explorer

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/sequencer/store"
)

// deadL1 fails every read, as an unreachable node does.
type deadL1 struct{}

var errDown = errors.New("connection refused")

func (deadL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) { return nil, errDown }
func (deadL1) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errDown
}
func (deadL1) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errDown
}

func tokenBytes(ids []int32) []byte {
	b := make([]byte, 0, 4*len(ids))
	for _, v := range ids {
		b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	return b
}

func get(t *testing.T, url string) (string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s: %s", url, b)
	return string(b), resp.Header
}

// TestExplorerStateJSON serves the explorer next to a catch-all "/" (the
// JSON-RPC handler's place) over a real store: the page and its embedded
// assets are served, every other path still reaches "/", and
// /explorer/api/state holds the batch and the jobs (newest first, prompt
// and output decoded with the model's tokenizer from the model directory,
// statuses), no dispute, and the L1 failure as an error rather than a
// failed request; Latest bounds the jobs, and a state is reused within
// MinInterval.
func TestExplorerStateJSON(t *testing.T) {
	st, err := store.Open(t.TempDir(), store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })

	modelDir, root := t.TempDir(), common.HexToHash("0x1234")
	file := filepath.Join(modelDir, hex.EncodeToString(root[:])+".gguf")
	require.NoError(t, llama.Generate(file, modelgen.Tiny))
	l, err := llama.Load(file)
	require.NoError(t, err)
	defer l.Close()
	prompt := l.Tokenizer.Encode("one two", false)
	require.NotEmpty(t, prompt)
	output := []uint32{7, 8, 9}
	wantPrompt, err := l.Tokenizer.Decode(prompt)
	require.NoError(t, err)
	wantOutput, err := l.Tokenizer.Decode([]int32{7, 8, 9})
	require.NoError(t, err)

	put := func(n byte) store.ID {
		req := []byte{n}
		id := store.L2ID(crypto.Keccak256Hash(req))
		_, _, err := st.Put(&store.Job{ID: id, Request: req, Spec: store.Spec{Model: 1, Input: tokenBytes(prompt), MaxFee: big.NewInt(1),
			Params: store.Params{MaxTokens: 3}}})
		require.NoError(t, err)
		require.NoError(t, st.Queue(id))
		return id
	}
	first := put(1)
	require.NoError(t, st.Lease(first, store.Lease{Worker: "w1", Deadline: time.Now().Add(time.Hour)}))
	require.NoError(t, st.SetResult(first, store.Result{Worker: "w1", Output: output}))
	_, err = st.CreateBatch(0, []store.ID{first})
	require.NoError(t, err)
	second := put(2)

	ex, err := New(Config{Models: []Model{{ID: 1, Root: root}}, ModelDir: modelDir, Latest: 10, MinInterval: time.Hour}, st, deadL1{},
		log.NewLogger(log.DiscardHandler()))
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "rpc") })
	ex.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, p := range []string{"/explorer", "/explorer/"} {
		page, h := get(t, srv.URL+p)
		require.Contains(t, h.Get("Content-Type"), "text/html")
		require.Contains(t, page, `<script src="/explorer/assets/app.js">`)
		require.NotContains(t, page, "https://", "no CDN")
	}
	js, _ := get(t, srv.URL+"/explorer/assets/app.js")
	require.Contains(t, js, "/explorer/api/state")
	_, h := get(t, srv.URL+"/explorer/assets/style.css")
	require.Contains(t, h.Get("Content-Type"), "text/css")
	for _, p := range []string{"/", "/explorerx", "/healthz"} {
		body, _ := get(t, srv.URL+p)
		require.Equal(t, "rpc", body, "%s reaches the catch-all", p)
	}

	body, h := get(t, srv.URL+StatePath)
	require.Equal(t, "application/json", h.Get("Content-Type"))
	var s State
	require.NoError(t, json.Unmarshal([]byte(body), &s))
	require.Equal(t, 10, s.Latest)
	require.Contains(t, s.L1.Error, "read the L1 head")
	require.Contains(t, s.L1.Error, "connection refused")
	require.Len(t, s.Batches, 1)
	require.Equal(t, BatchView{Index: 0, Kind: "calldata", Records: 1, Status: "sealed", StoreStatus: "sealed"}, s.Batches[0])
	require.Len(t, s.Jobs, 2)
	require.Equal(t, second.String(), s.Jobs[0].ID, "newest first")
	require.Equal(t, "pending", s.Jobs[0].Status)
	require.Nil(t, s.Jobs[0].Output)
	j := s.Jobs[1]
	require.Equal(t, first.String(), j.ID)
	require.Equal(t, "L2", j.Source)
	require.Equal(t, "batched", j.Status)
	require.Equal(t, "batched", j.State)
	require.Equal(t, "w1", j.Worker)
	require.EqualValues(t, 0, *j.Batch)
	require.EqualValues(t, 0, *j.Record)
	require.True(t, j.Prompt.Decoded)
	require.Equal(t, wantPrompt, j.Prompt.Text)
	require.Len(t, j.Prompt.Tokens, len(prompt))
	require.NotNil(t, j.Output)
	require.Equal(t, wantOutput, j.Output.Text)
	require.Equal(t, output, j.Output.Tokens)
	require.Empty(t, s.Disputes)
	require.True(t, strings.Contains(body, `"disputes":[]`), "an empty list, not null")

	// Within MinInterval the same state is served.
	put(3)
	again, err := ex.State(context.Background())
	require.NoError(t, err)
	require.Len(t, again.Jobs, 2)

	// Latest bounds the jobs; without the model's file, tokens are hex; without L1, it says so.
	ex, err = New(Config{Models: []Model{{ID: 1, Root: common.HexToHash("0x99")}}, ModelDir: modelDir, Latest: 1}, st, nil, nil)
	require.NoError(t, err)
	s2, err := ex.State(context.Background())
	require.NoError(t, err)
	require.Len(t, s2.Jobs, 1)
	require.Len(t, s2.Batches, 1)
	require.False(t, s2.Jobs[0].Prompt.Decoded)
	require.Equal(t, "0x"+hex.EncodeToString(tokenBytes(prompt)), s2.Jobs[0].Prompt.Hex)
	require.Equal(t, "no L1 connection", s2.L1.Error)
}

// TestNewRefusesLatest: --explorer.latest outside 0 to MaxLatest is refused, naming the flag.
func TestNewRefusesLatest(t *testing.T) {
	for _, n := range []int{-1, MaxLatest + 1} {
		_, err := New(Config{Latest: n}, nil, nil, nil)
		require.ErrorIs(t, err, ErrConfig)
		require.ErrorContains(t, err, "--explorer.latest")
	}
}
