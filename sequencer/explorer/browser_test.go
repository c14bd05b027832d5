package explorer_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"image/png"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/devnet"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/fraudtest"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/client"
	"github.com/airollup/airollup/sequencer/explorer"
)

// Window size of the screenshot.
const shotW, shotH = 1280, 1800

// chromiumPath finds Debian's chromium (or another Chromium build). Missing,
// the test is skipped, except under CI=true where `make setup` installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI=true requires it: run `make setup` (tools/setup.sh installs Debian's chromium)")
	}
	t.Skip("chromium is not installed (apt-get install chromium, or `make setup` as root): the explorer's browser test needs it")
	return ""
}

// chromium runs headless Chromium on url with extra flags and returns stdout.
func chromium(t *testing.T, bin, url string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000", fmt.Sprintf("--window-size=%d,%d", shotW, shotH)}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "chromium %v: %s", flags, stderr.String())
	return stdout.Bytes()
}

// sender sends the dishonest defender's moves from the devnet's deployer
// account (idle once the contracts are deployed).
type sender struct {
	ec    *ethclient.Client
	chain *big.Int
	key   *ecdsa.PrivateKey
}

func (s *sender) From() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

func (s *sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(s.key, s.chain)
	opts.Context, opts.Value = ctx, value
	tx, err := bind.NewBoundContract(to, abi.ABI{}, s.ec, s.ec, s.ec).RawTransact(opts, data)
	if err != nil {
		return nil, err
	}
	// Poll the receipt often (bind.WaitMined polls each second): the
	// defender's chess clock runs meanwhile.
	var r *types.Receipt
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if r, err = s.ec.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) || time.Now().After(deadline) {
			return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("tx %s reverted", tx.Hash())
	}
	return r, nil
}

func getState(ctx context.Context, url string) (*explorer.State, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, b)
	}
	var s explorer.State
	return &s, json.Unmarshal(b, &s)
}

// TestExplorerInChromium starts a devnet with the challenger, submits a job
// and serves it as a faulty worker (one activation corrupted, so the record's
// roots are wrong), defends that run against the challenger so that the game
// is played down to the one step, waits until the explorer's state shows the
// game resolved, and loads /explorer in headless Chromium: the dumped DOM
// holds the batch, the job's prompt and output as text, and the dispute with
// its whole bisection path, its one step and its outcome; the screenshot is
// a PNG of the window size.
func TestExplorerInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet through a dispute game")
	}
	bin := chromiumPath(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	d, err := devnet.New(ctx, devnet.Config{Dir: t.TempDir(), L1Addr: "127.0.0.1:0", BlockTime: 250 * time.Millisecond,
		ChallengeWindow: 40 * time.Second, GameClock: 80 * time.Second, FinalityDelay: time.Second,
		RPCAddr: "127.0.0.1:0", MaxDelay: 200 * time.Millisecond, Challenger: true}, log.NewLogger(log.NewTerminalHandlerWithLevel(&logs, log.LevelInfo, false)))
	require.NoError(t, err)
	defer func() { require.NoError(t, d.Stop(context.Background())) }()
	require.NotEmpty(t, d.Info.Explorer)
	stateURL := strings.TrimSuffix(d.Info.Explorer, "/explorer") + "/explorer/api/state"

	// The job: a prompt of the model's own text.
	l, err := llama.Load(d.Info.Model.File)
	require.NoError(t, err)
	defer l.Close()
	ids := l.Tokenizer.Encode("one two three", false)
	require.NotEmpty(t, ids)
	prompt := make([]uint32, len(ids))
	for i, v := range ids {
		prompt[i] = uint32(v)
	}
	c, err := client.Dial(ctx, d.Info.SequencerRPC)
	require.NoError(t, err)
	defer c.Close()
	p, err := c.L2Params(ctx)
	require.NoError(t, err)
	key, err := crypto.HexToECDSA(d.Info.UserKey)
	require.NoError(t, err)
	params := record.JobParams{MaxTokens: 3}
	req := client.Inference(crypto.PubkeyToAddress(key.PublicKey), d.Info.Model.ID, prompt, params, p.MinFee.ToInt(), 1,
		uint64(time.Now().Add(time.Hour).Unix()))
	res, err := c.Submit(ctx, req, jobreq.Domain{ChainID: p.ChainID.ToInt(), Inbox: common.Address(p.Inbox)}, key)
	require.NoError(t, err)

	// The faulty worker (this test, over the worker protocol): the honest
	// output with one activation of one block corrupted, so that its record's
	// roots are wrong and its run can be defended claim by claim down to the
	// one micro-step (the devnet's --fault-rate workers change a token, which
	// no trace defends past the head step that chooses it).
	rc, err := rpc.Dial(d.Info.SequencerRPC)
	require.NoError(t, err)
	defer rc.Close()
	const workerID = devnet.FaultyWorkerPrefix + "test"
	var reg sequencer.RegisterResult
	require.NoError(t, rc.CallContext(ctx, &reg, "airollup_registerWorker", workerID, []common.Hash{d.Info.Model.Root}, 1))
	var leased []sequencer.LeasedJob
	deadline := time.Now().Add(60 * time.Second)
	for len(leased) == 0 {
		require.True(t, time.Now().Before(deadline), "job %s not leased", res.ID)
		time.Sleep(100 * time.Millisecond)
		require.NoError(t, rc.CallContext(ctx, &leased, "airollup_lease", workerID, 1))
	}
	require.Equal(t, res.ID, leased[0].ID)
	sp := canon.SampleParams{TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, TopPMicro: params.TopPMicro, Seed: params.Seed}
	gen, err := l.Model.Generate(ctx, canon.Job{Prompt: ids, MaxTokens: int(params.MaxTokens), StopAtEOS: true, Params: sp, Trace: true}, canon.Options{})
	require.NoError(t, err)
	output := gen.Tokens
	tree, err := vm.NewModelTree(l.Model)
	require.NoError(t, err)
	replay, err := fraud.NewReplay(ctx, l.Model, tree, append(append([]int32{}, ids...), output[:len(output)-1]...), len(ids), sp, canon.Options{})
	require.NoError(t, err)
	k := replay.Transitions() / 2
	for k%(l.Model.Layers+1) == l.Model.Layers { // a block, not a head step
		k++
	}
	mk, err := replay.Machine(k)
	require.NoError(t, err)
	tampered := &fraudtest.Tampered{Replay: replay, K: k, Step: mk.Program().Len() / 3, Split: 10, Max: 24}
	fin := replay.Final()
	rr, kv := fin.RegRoots()[0], fin.KVRoot()
	rr[31] ^= 1
	tampered.Final = fraudtest.FinalState(append(append([]int32{}, ids...), output...), rr, kv)
	actor, err := tampered.Actor()
	require.NoError(t, err)
	outTokens := make([]uint32, len(output))
	for i, v := range output {
		outTokens[i] = uint32(v)
	}
	var sr sequencer.SubmitResult
	require.NoError(t, rc.CallContext(ctx, &sr, "airollup_submitResult", workerID, res.ID, outTokens, common.Hash(gen.TraceRoot),
		common.Hash(rr), common.Hash(kv)))
	require.True(t, sr.Accepted)
	t.Logf("activation corrupted at transition %d (token %d, layer %d), micro-step %d", k, k/(l.Model.Layers+1), k%(l.Model.Layers+1), tampered.Step)

	ec, err := ethclient.DialContext(ctx, d.Info.L1RPC)
	require.NoError(t, err)
	defer ec.Close()

	// The challenger disputes the faulty record: Rollup.gameOf names the game.
	var at *client.Status
	for at == nil || at.Batch == nil {
		require.True(t, time.Now().Before(deadline), "job %s not batched", res.ID)
		time.Sleep(100 * time.Millisecond)
		at, err = c.Status(ctx, res.ID)
		require.NoError(t, err)
	}
	rb := bindings.NewRollup()
	var game common.Address
	deadline = time.Now().Add(90 * time.Second)
	for game == (common.Address{}) {
		require.True(t, time.Now().Before(deadline), "record %d of batch %d not disputed", at.Batch.Record, at.Batch.Batch)
		time.Sleep(50 * time.Millisecond)
		b, err := ec.CallContract(ctx, ethereum.CallMsg{To: &d.Info.Contracts.Rollup,
			Data: rb.PackGameOf(new(big.Int).SetUint64(at.Batch.Batch), big.NewInt(int64(at.Batch.Record)))}, nil)
		require.NoError(t, err)
		game, err = rb.UnpackGameOf(b)
		require.NoError(t, err)
	}
	defender := fraud.NewAgent(actor, fraud.NewContractGame(game, ec,
		&sender{ec: ec, chain: new(big.Int).SetUint64(d.Info.ChainID), key: devnet.Key(devnet.Deployer)}), slog.New(slog.DiscardHandler))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			n, err := defender.Act(ctx)
			if err != nil && ctx.Err() == nil {
				t.Logf("defender: %v", err)
			}
			if n == 0 {
				time.Sleep(50 * time.Millisecond)
			}
		}
	}()
	defer func() { cancel(); <-done }()

	// Wait until the page's data shows the game resolved after its one step.
	var dispute *explorer.DisputeView
	deadline = time.Now().Add(2 * time.Minute)
	for dispute == nil {
		s, err := getState(ctx, stateURL)
		require.NoError(t, err)
		for i := range s.Disputes {
			if g := &s.Disputes[i]; g.Game == game && g.Resolved {
				dispute = g
			}
		}
		if dispute == nil {
			if time.Now().After(deadline) {
				logClaims(t, ec, game)
				t.Logf("L1 head %d at %d", s.L1.Head, s.L1.Time)
				for _, line := range strings.Split(logs.String(), "\n") {
					if strings.Contains(line, "challenger") {
						t.Log(line)
					}
				}
				t.Fatalf("game %s not resolved: %+v", game, s.Disputes)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	require.Equal(t, "challenger wins", dispute.Outcome)
	require.NotNil(t, dispute.Step, "the game reached the one step: %+v", dispute.Path)
	require.Len(t, dispute.Path, dispute.MaxDepth+1)

	// The page, rendered by Chromium.
	dom := string(chromium(t, bin, d.Info.Explorer, "--dump-dom"))
	require.Contains(t, dom, `class="batch-row" data-index="0"`, "a batch row")
	row := regexp.MustCompile(`(?s)<tr class="job-row" data-id="` + regexp.QuoteMeta(res.ID) + `".*?</tr>`).FindString(dom)
	require.NotEmpty(t, row, "the job's row")
	cell := func(class string) string {
		m := regexp.MustCompile(`(?s)<td class="text ` + class + `">(.*?)</td>`).FindStringSubmatch(row)
		require.NotNil(t, m, "a decoded %s cell in %s", class, row)
		return html.UnescapeString(m[1])
	}
	want := func(ids []uint32) string {
		return explorer.DecodeTokens(l.Tokenizer, ids).Text
	}
	require.Equal(t, want(prompt), cell("prompt"))
	require.Equal(t, want(outTokens), cell("output"))
	box := regexp.MustCompile(`(?s)<div class="dispute" data-game="` + strings.ToLower(game.Hex()) + `".*$`).FindString(dom)
	require.NotEmpty(t, box, "the dispute of game %s", game)
	require.Contains(t, box, `data-outcome="challenger wins"`)
	require.Equal(t, dispute.MaxDepth+1, strings.Count(box, `<li class="path-claim`), "the whole bisection path")
	require.Contains(t, box, `data-depth="24" data-level="2"`, "the path reaches the maximum depth")
	require.Contains(t, box, "level 1: (token, layer) boundaries")
	require.Contains(t, box, "level 2: micro-steps of transition")
	require.Regexp(t, `<div class="step" data-transition="\d+">one step: `, box)
	require.Contains(t, box, "proposer clock: ")
	require.Contains(t, box, "challenger clock: ")
	require.Contains(t, box, "bonds: ")

	// The screenshot.
	shot := filepath.Join(t.TempDir(), "explorer.png")
	chromium(t, bin, d.Info.Explorer, "--screenshot="+shot, "--hide-scrollbars")
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err, "the screenshot is a PNG")
	require.Equal(t, shotW, img.Bounds().Dx())
	require.Equal(t, shotH, img.Bounds().Dy())
	if os.Getenv("AIROLLUP_KEEP_SCREENSHOT") != "" {
		b, err := os.ReadFile(shot)
		require.NoError(t, err)
		outDir := filepath.Join("..", "..", "out")
		require.NoError(t, os.MkdirAll(outDir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(outDir, "explorer.png"), b, 0o644))
		t.Logf("screenshot kept in %s", filepath.Join(outDir, "explorer.png"))
	}
}

// logClaims logs a game's claims with their times, to see where its clocks went.
func logClaims(t *testing.T, ec *ethclient.Client, game common.Address) {
	g, err := (&explorer.GameReader{L1: ec}).Game(context.Background(), game, nil)
	if err != nil {
		t.Logf("read game %s: %v", game, err)
		return
	}
	for _, c := range g.Claims {
		t.Logf("claim %2d: depth %2d parent %2d by %s at +%ds, duration %ds, countered by %s", c.Index, c.Depth(), c.ParentIndex,
			c.Claimant.Hex()[:8], int64(c.Timestamp)-int64(g.CreatedAt), c.Duration, c.CounteredBy.Hex()[:8])
	}
}

// syncBuffer is a bytes.Buffer safe for the services' concurrent logging.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
