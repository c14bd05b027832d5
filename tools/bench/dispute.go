package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// The dispute table (-only dispute): one full dispute per model shape on a
// simulated L1 with the real contracts. A proposer posts a record of a run
// over another prompt than the job's (its last token changed; the output
// and roots of that run); the challenger's Watcher re-executes it,
// disputes it and plays the game against the proposer's agent defending the
// wrong run, down to the one-step proof; then the clocks run out and the
// watcher resolves the game and settles the record. Wall time runs from the
// watcher's first round (re-execution included) to the settled record, L1
// time advanced at once; gas is every transaction of both sides. A second
// table compares records verified per second by the challenger's
// re-execution (teacher-forced, reexec.CheckRecord) with records produced
// per second by a worker (canon's traced generation) on the same machine.

// disputeShape is one model of the dispute table.
type disputeShape struct {
	name string
	spec modelgen.Spec
}

var disputeShapes = []disputeShape{
	{"tiny (dim 64, 2 layers)", modelgen.Tiny},
	// One LLaMA-7B-shaped block (the step proven on-chain: dim 4096, ffn
	// 11008, 32 heads) at context 4096, with a small vocabulary.
	{"LLaMA-7B layer (dim 4096, ff 11008)", modelgen.Spec{Dim: 4096, Layers: 1, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 512, Context: 4096, Seed: 1}},
}

type disputeRow struct {
	name             string
	split, maxDepth  uint8
	claims, steps    int
	chTxs            int
	chGas, propGas   uint64
	disputeGas       uint64
	wall, firstRound time.Duration
}

func disputeBench(ctx context.Context, dir string, threads int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var rows []disputeRow
	for _, sh := range disputeShapes {
		fmt.Fprintf(os.Stderr, "bench: dispute on %s\n", sh.name)
		r, err := disputeOne(ctx, dir, sh, threads)
		if err != nil {
			return fmt.Errorf("dispute on %s: %w", sh.name, err)
		}
		rows = append(rows, r)
	}
	fmt.Printf("\nFull dispute of one wrong record (simulated L1, real contracts; challenger Watcher vs the proposer's agent; %d thread(s))\n\n", threads)
	fmt.Printf("| model | split/max depth | moves (the dispute's claim included) | steps | wall time | of which first round (load, re-execution, replay, dispute) | challenger gas (of which dispute) | proposer gas | total gas |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Printf("| %s | %d/%d | %d | %d | %s | %s | %d (%d) | %d | %d |\n", r.name, r.split, r.maxDepth, r.claims-1, r.steps,
			r.wall.Round(time.Millisecond), r.firstRound.Round(time.Millisecond), r.chGas, r.disputeGas, r.propGas, r.chGas+r.propGas)
	}
	return verifyBench(ctx, threads)
}

// disputeOne runs the dispute of one shape and measures it.
func disputeOne(ctx context.Context, dir string, sh disputeShape, threads int) (row disputeRow, err error) {
	tb := &benchTB{}
	defer tb.close()
	defer func() {
		if p := recover(); p != nil {
			msg, ok := p.(benchFatal)
			if !ok {
				panic(p)
			}
			err = fmt.Errorf("bench: simulated L1: %s", msg)
		}
	}()
	opts := canon.Options{Threads: threads}
	path := filepath.Join(dir, "dispute-"+fmt.Sprintf("%dx%d", sh.spec.Dim, sh.spec.Layers)+".gguf")
	if _, err := os.Stat(path); err != nil {
		if err := llama.Generate(path, sh.spec); err != nil {
			return row, err
		}
	}
	l, err := llama.Load(path)
	if err != nil {
		return row, err
	}
	defer l.Close()
	m := l.Model
	tree, err := vm.NewModelTree(m)
	if err != nil {
		return row, err
	}
	root := m.Root()
	modelDir, err := os.MkdirTemp(dir, "models-")
	if err != nil {
		return row, err
	}
	defer os.RemoveAll(modelDir)
	if err := linkOrCopy(path, filepath.Join(modelDir, hex.EncodeToString(root[:])+".gguf")); err != nil {
		return row, err
	}

	// The chain: 0 deploys, 1 proposes, 2 submits the job, 3 challenges.
	chain := l1test.New(tb, 4)
	split, maxDepth := vm.RequiredDepths(m.Config)
	if maxDepth%2 == 1 {
		maxDepth++ // the proposer makes the last leaf: the challenger's one-step proof counters it
	}
	row.name, row.split, row.maxDepth = sh.name, split, maxDepth
	game := deploy.DevnetGame(split, maxDepth)
	rollupCfg := deploy.DevnetRollup()
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: game, Rollup: rollupCfg, VM: deploy.Transformer,
	})
	if err != nil {
		return row, err
	}
	seq, user, ch := &l1test.Sender{C: chain, I: 1}, &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 3}
	regCfg, metaProof, err := fraud.Registration(m, tree)
	if err != nil {
		return row, err
	}
	if _, err := user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/m.gguf"), nil); err != nil {
		return row, err
	}
	prompt := []int32{1, 17, 42, 99}
	params := bindings.IJobInboxParams{MaxTokens: 4, TemperatureMilli: 700, TopK: 20, Seed: [32]byte{3}}
	input := canon.TokenBytes(prompt)
	fee := big.NewInt(1e16)
	if _, err := user.Send(ctx, addrs.JobInbox, bindings.NewJobInbox().PackSubmit(0, 1, input, 0, params, common.Address{}, 0), fee); err != nil {
		return row, err
	}

	// The wrong record: the job run on another prompt (its last token
	// changed), that run's output and roots: the bisection ends inside the
	// first transition that reads the changed token, at a one-step proof.
	sp := canon.SampleParams{TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, Seed: params.Seed}
	other := append([]int32{}, prompt...)
	other[len(other)-1]++
	res, err := m.Generate(ctx, canon.Job{Prompt: other, MaxTokens: int(params.MaxTokens), StopAtEOS: true, Params: sp}, opts)
	if err != nil {
		return row, err
	}
	out := res.Tokens
	bad, err := fraud.NewReplay(ctx, m, tree, append(append([]int32{}, other...), out[:len(out)-1]...), len(other), sp, opts)
	if err != nil {
		return row, err
	}
	output := canon.TokenBytes(out)
	fin := bad.Final()
	rec := record.JobRecord{JobID: 1, ModelRoot: root, InputHash: crypto.Keccak256Hash(input), PromptLen: uint32(len(prompt)),
		OutputLen: uint32(len(out)), Params: record.JobParams{MaxTokens: params.MaxTokens, TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, Seed: params.Seed},
		OutputHash: crypto.Keccak256Hash(output), ResidualRoot: fin.RegRoots()[0], KvRoot: fin.KVRoot(), Fee: fee}
	rb := bindings.NewRollup()
	if _, err := seq.Send(ctx, addrs.Rollup, rb.PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))); err != nil {
		return row, err
	}
	if _, err := seq.Send(ctx, addrs.Rollup, proposeCalldata(0, []daJob{{rec: rec, output: output}}), rollupCfg.BondPerRecord); err != nil {
		return row, err
	}

	// The challenger.
	st, err := challenger.OpenStore(filepath.Join(modelDir, "store"))
	if err != nil {
		return row, err
	}
	defer st.Close()
	models := reexec.NewModels(modelDir, llama.Options{}, opts)
	defer models.Close()
	ec := ethclient.NewClient(chain.RPC())
	w, err := challenger.NewWatcher(ctx, challenger.WatchConfig{Rollup: addrs.Rollup, Threads: threads}, ec, ch, nil, models, st,
		log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		return row, err
	}
	start := time.Now()
	if err := w.Step(ctx); err != nil {
		return row, err
	}
	row.firstRound = time.Since(start)
	e, _, err := st.Record(0, 0)
	if err != nil {
		return row, err
	}
	if e.State != challenger.Disputed {
		return row, fmt.Errorf("the wrong record is %s, not disputed: %s", e.State, e.Note)
	}
	row.disputeGas = ch.Gas
	pg := fraud.NewContractGame(e.Game, ec, seq)
	proposer := fraud.NewAgent(fraud.ReplayActor(bad, types.Depth(split), types.Depth(maxDepth)), pg, slog.New(slog.DiscardHandler))
	dg := bindings.NewDisputeGame()
	claims := func() (int, error) {
		n, err := call(ctx, ec, e.Game, dg.PackClaimDataLen(), dg.UnpackClaimDataLen)
		return int(n.Int64()), err
	}
	last := -1
	for round := 0; ; round++ {
		if round == 500 {
			return row, fmt.Errorf("the game did not end in %d rounds", round)
		}
		_, _ = proposer.Act(ctx) // its refused moves (the last step) are expected
		if err := w.Step(ctx); err != nil {
			return row, err
		}
		n, err := claims()
		if err != nil {
			return row, err
		}
		if n == last {
			break
		}
		last = n
	}
	row.claims = last
	if err := chain.AdvanceTime(time.Duration(game.MaxClockDuration+1) * time.Second); err != nil {
		return row, err
	}
	if err := w.Step(ctx); err != nil {
		return row, err
	}
	if err := chain.AdvanceTime(time.Duration(rollupCfg.FinalityDelay+1) * time.Second); err != nil {
		return row, err
	}
	if err := w.Step(ctx); err != nil {
		return row, err
	}
	row.wall = time.Since(start)
	if e, _, err = st.Record(0, 0); err != nil {
		return row, err
	}
	status, err := call(ctx, ec, addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(0)), rb.UnpackRecordStatus)
	if err != nil {
		return row, err
	}
	if e.State != challenger.Settled || status != challenger.StatusVoided {
		return row, fmt.Errorf("the dispute ended with the record %s, status %d: %s", e.State, status, e.Note)
	}
	row.chTxs, row.chGas, row.propGas = ch.Sent, ch.Gas, pg.GasUsed
	row.steps = countSteps(ctx, ec, e.Game)
	return row, nil
}

// countSteps counts the claims countered by a step: the leaves at max depth
// with counteredBy set.
func countSteps(ctx context.Context, ec *ethclient.Client, game common.Address) int {
	cs, err := fraud.NewContractGame(game, ec, nil).Claims(ctx)
	if err != nil {
		return -1
	}
	dg := bindings.NewDisputeGame()
	cfg, err := call(ctx, ec, game, dg.PackConfig(), dg.UnpackConfig)
	if err != nil {
		return -1
	}
	n := 0
	for _, c := range cs {
		if int(c.Position.Depth()) == int(cfg.MaxDepth) && c.CounteredBy != (common.Address{}) {
			n++
		}
	}
	return n
}

func call[T any](ctx context.Context, ec *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := ec.CallContract(ctx, ethereumCall(common.Address{}, to, data, nil, nil), nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// verifyBench prints records verified per second by the challenger's
// re-execution against records produced per second by one worker, on the
// generated ~15M model, jobs of a 16-token prompt and 64 output tokens.
func verifyBench(ctx context.Context, threads int) error {
	m, err := modelgen.Small.Model()
	if err != nil {
		return err
	}
	opts := canon.Options{Threads: threads}
	const jobs, promptLen, outLen = 8, 16, 64
	type job struct {
		prompt []int32
		res    *canon.Result
		sp     canon.SampleParams
	}
	js := make([]job, jobs)
	var produce, verify time.Duration
	for k := range js {
		prompt := make([]int32, promptLen)
		for i := range prompt {
			prompt[i] = int32(3 + (k*131+i*37)%(m.Vocab-3))
		}
		sp := canon.SampleParams{TemperatureMilli: 800, TopK: 40, Seed: [32]byte{byte(k)}}
		t0 := time.Now()
		res, err := m.Generate(ctx, canon.Job{Prompt: prompt, MaxTokens: outLen, StopAtEOS: true, Params: sp, Trace: true}, opts)
		if err != nil {
			return err
		}
		produce += time.Since(t0)
		js[k] = job{prompt, res, sp}
	}
	for _, j := range js {
		c := reexec.Claim{Output: j.res.Tokens, ResidualRoot: j.res.FinalResidual, KVRoot: j.res.FinalKV}
		t0 := time.Now()
		if err := reexec.CheckRecord(ctx, m, j.prompt, outLen, j.sp, c, opts); err != nil {
			return fmt.Errorf("an honest record does not verify: %w", err)
		}
		verify += time.Since(t0)
	}
	pps, vps := float64(jobs)/produce.Seconds(), float64(jobs)/verify.Seconds()
	fmt.Printf("\nRecords verified per second (challenger, teacher-forced re-execution) vs produced per second (one worker, traced generation); gen-15M, %d-token prompts, %d output tokens, %d thread(s)\n\n", promptLen, outLen, threads)
	fmt.Printf("| records | produced/s | verified/s | verified / produced |\n|---|---|---|---|\n| %d | %.2f | %.2f | %.2fx |\n", jobs, pps, vps, vps/pps)
	return nil
}
