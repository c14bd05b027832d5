// Command bench measures the canonical runtime against llama.cpp on the same
// GGUF files, same machine, same thread counts, in one run, and prints its
// tables (make bench). Models: generated ~15M, ~100M and ~1B Q8_0 models
// (written once under -dir), plus any canonical GGUF files named in
// $BENCH_MODELS (space-separated). -only runtime prints the runtime tables
// alone.
//
// The runtime table, one row per model and thread count (-threads 1,all):
// canonical greedy decode tokens/s vs llama.cpp's (ratio) and the weight
// traffic it achieves against the machine's copy bandwidth (a STREAM-like
// probe); canonical teacher-forced verification of the same output in one
// batched pass vs llama.cpp's batched prompt processing of the same
// sequence (logits of the last position only, as llama-bench's pp) and vs
// llama.cpp's same batch with logits and a greedy sample at every position
// (what verifying a draft needs, as the canonical pass computes); the cost of the trace commitment on decode and on verify. Then
// the thread scaling (first → last thread count) and the peak RSS of a
// process that loads the model and decodes, vs file size + KV cache.
//
// A second table (worker.go) measures the worker: tokens/s of the embedded
// backend vs the Ollama draft+verify backend on the generated ~15M model,
// and the draft acceptance rate. -only worker prints that table alone.
//
// A training table (train.go, -only train) measures training tokens/s of
// the canonical integer trainer (prover/train) against its float64
// reference (train_float.go) on the demo model's configuration and corpus,
// from the same init, and writes both loss curves as an SVG (-train-svg).
//
// Two more measure the sequencer on a simulated L1 with the real contracts:
// L2 jobs accepted per second over JSON-RPC with their latency (rpc.go,
// -only rpc), and the L1 gas and DA bytes per job of batches of 1, 100 and
// 1,000 jobs proposed with calldata and with blobs (da.go, -only da).
//
// The dispute table (dispute.go, -only dispute) plays one full dispute per
// model shape (the tiny model, one LLaMA-7B-shaped block) with the
// challenger's Watcher against the proposer's agent: wall time, gas and
// moves; then records verified per second by the challenger against records
// produced per second by one worker.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
)

func main() {
	var (
		threadsF = flag.String("threads", "1,all", "thread counts of the runtime table, comma-separated (all: every CPU); the other tables use the first")
		n        = flag.Int("n", 128, "tokens to generate")
		dir      = flag.String("dir", "out/bench", "where generated models are written")
		large    = flag.Bool("large", true, "add the generated ~1B-parameter model to the runtime table (written once under -dir, about 1.2 GB)")
		largeN   = flag.Int("large-n", 16, "tokens to generate on the ~1B model")
		only     = flag.String("only", "", "print one table only: runtime, rpc, da, worker, train or dispute")
		trSteps  = flag.Int("train-steps", 100, "steps of the training table (integer vs float64 reference)")
		trSVG    = flag.String("train-svg", "docs/train-loss.svg", "where the training table writes both loss curves (empty: nowhere)")
		rpcJobs  = flag.Int("rpc-jobs", 1000, "L2 jobs submitted per run of the rpc table")
	)
	flag.Parse()
	// An interrupt cancels the run: the canonical passes stop between layers.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := 0
	threads, err := threadList(*threadsF)
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "bench:", err)
		code = 2
	default:
		cfg := benchConfig{dir: *dir, n: *n, threads: threads, large: *large, largeN: *largeN, rpcJobs: *rpcJobs,
			trainSteps: *trSteps, trainSVG: *trSVG}
		if err := runTables(ctx, cfg, *only); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			code = 1
		}
	}
	stop()
	os.Exit(code)
}

// threadList parses -threads: positive counts or "all" (runtime.NumCPU()),
// comma-separated, duplicates dropped.
func threadList(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		t := runtime.NumCPU()
		if f != "all" {
			v, err := strconv.Atoi(f)
			if err != nil || v < 1 {
				return nil, fmt.Errorf("-threads %q: %q is not a positive count or \"all\"", s, f)
			}
			t = v
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

type benchConfig struct {
	dir        string
	n          int
	threads    []int
	large      bool
	largeN     int
	rpcJobs    int
	trainSteps int
	trainSVG   string
}

// row is one (model, thread count) line of the runtime table.
type row struct {
	name                           string
	params                         float64
	threads, n                     int
	canonDecode, refDecode         float64      // tok/s
	verify, refPrompt              float64      // tok/s: canonical teacher-forced verification, llama.cpp prompt processing of the same sequence
	refVerify                      float64      // tok/s: llama.cpp's batched pass over it with logits and a greedy sample at every position
	decodeOverhead, verifyOverhead float64      // trace commitment cost, relative
	cfg                            canon.Config // the model's shape
	agree                          string
}

// memRow is one model's line of the memory table.
type memRow struct {
	name                string
	rssMB, fileMB, kvMB float64
	anonMB, fileRSSMB   float64 // at the end: anonymous and file-backed resident memory
}

// runTables prints the tables -only names, or all of them: the runtime and
// worker tables (run), then the training, sequencer and dispute tables.
func runTables(ctx context.Context, cfg benchConfig, only string) error {
	threads := cfg.threads[0]
	switch only {
	case "train":
		return trainBench(ctx, cfg.trainSteps, threads, cfg.trainSVG)
	case "rpc":
		return rpcBench(ctx, cfg.rpcJobs, []int{1, 8})
	case "da":
		return daBench(ctx, []int{1, 100, 1000})
	case "dispute":
		return disputeBench(ctx, cfg.dir, threads)
	case "", "worker", "runtime":
	default:
		return fmt.Errorf("-only %q: want runtime, rpc, da, worker, train or dispute", only)
	}
	if err := run(ctx, cfg, only); err != nil {
		return err
	}
	if only != "" {
		return nil
	}
	if err := trainBench(ctx, cfg.trainSteps, threads, cfg.trainSVG); err != nil {
		return err
	}
	if err := rpcBench(ctx, cfg.rpcJobs, []int{1, 8}); err != nil {
		return err
	}
	if err := daBench(ctx, []int{1, 100, 1000}); err != nil {
		return err
	}
	return disputeBench(ctx, cfg.dir, threads)
}

// large is the ~1B-parameter shape of the scaling rows (Llama 3.2 1B's
// blocks with a 32,000-token vocabulary).
var large = modelgen.Spec{Dim: 2048, Layers: 16, Heads: 32, KVHeads: 8, FFDim: 8192, Vocab: 32000, Context: 2048, Seed: 1}

func run(ctx context.Context, cfg benchConfig, only string) error {
	probe, err := llamacpp.Find()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.dir, 0o755); err != nil {
		return err
	}
	type model struct {
		name, path string
		n          int
	}
	var models []model
	gens := []struct {
		name string
		spec modelgen.Spec
		n    int
	}{{"gen-15M", modelgen.Small, cfg.n}, {"gen-100M", modelgen.Medium, cfg.n}}
	if cfg.large && only != "worker" {
		gens = append(gens, struct {
			name string
			spec modelgen.Spec
			n    int
		}{"gen-1B", large, cfg.largeN})
	}
	for _, g := range gens {
		if only == "worker" && len(models) > 0 {
			break // the worker table uses the first model only
		}
		path := filepath.Join(cfg.dir, g.name+".gguf")
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(os.Stderr, "bench: generating %s (%.1fM parameters)\n", path, float64(g.spec.Params())/1e6)
			start := time.Now()
			if err := llama.Generate(path, g.spec); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "bench: generated %s in %s\n", path, time.Since(start).Round(time.Second))
		}
		models = append(models, model{g.name, path, g.n})
	}
	for _, p := range strings.Fields(os.Getenv("BENCH_MODELS")) {
		models = append(models, model{filepath.Base(p), p, cfg.n})
	}
	if only == "worker" {
		probe.Threads = cfg.threads[0]
		return workerBench(ctx, probe, models[0].name, models[0].path, cfg.n, cfg.threads[0])
	}
	tmp, err := os.MkdirTemp("", "bench-rss-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	rssBin, err := buildRSS(ctx, tmp)
	if err != nil {
		return err
	}
	copyBW := map[int]float64{}
	for _, t := range cfg.threads {
		copyBW[t] = copyBandwidth(t)
	}
	var rows []row
	var mem []memRow
	for _, mdl := range models {
		for i, t := range cfg.threads {
			fmt.Fprintf(os.Stderr, "bench: %s, %d thread(s)\n", mdl.name, t)
			probe.Threads = t
			r, err := measure(ctx, probe, mdl.name, mdl.path, mdl.n, t)
			if err != nil {
				return fmt.Errorf("%s: %w", mdl.name, err)
			}
			rows = append(rows, r)
			if i == 0 {
				m, err := measureRSS(ctx, rssBin, mdl.name, mdl.path, r.cfg, mdl.n, t)
				if err != nil {
					return fmt.Errorf("%s: %w", mdl.name, err)
				}
				mem = append(mem, m)
			}
		}
	}
	printRuntime(rows, mem, copyBW, cfg.threads)
	if only == "runtime" {
		return nil
	}
	probe.Threads = cfg.threads[0]
	return workerBench(ctx, probe, models[0].name, models[0].path, cfg.n, cfg.threads[0])
}

// printRuntime prints the runtime, scaling and memory tables.
func printRuntime(rows []row, mem []memRow, copyBW map[int]float64, threads []int) {
	fmt.Printf("\ncanonical runtime vs llama.cpp (node-llama-cpp 3.21.1 prebuilt CPU), same files, same machine, one run; kernel %s; %s\n",
		canon.KernelName(), machine())
	var bw []string
	for _, t := range threads {
		bw = append(bw, fmt.Sprintf("%d thread(s) %.1f GB/s", t, copyBW[t]/1e9))
	}
	fmt.Printf("memory copy bandwidth (STREAM-like copy of %d MiB, read + written bytes): %s\n\n", copyBytes>>20, strings.Join(bw, ", "))
	fmt.Println("| model | params | threads | tokens | canon decode tok/s | llama.cpp decode tok/s | decode ratio (goal ≥ 1.0×) | canon decode weight traffic GB/s (÷ copy bandwidth) | canon verify tok/s | llama.cpp prompt processing tok/s | verify ÷ llama.cpp prompt (goal ≥ 0.5×) | llama.cpp batch with logits at every position tok/s | verify ÷ that | verify ÷ llama.cpp decode | trace overhead decode / verify (goal ≤ 3%) | greedy prefix equal |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		gbs := weightBytes(r.cfg) * r.canonDecode
		fmt.Printf("| %s | %.1fM | %d | %d | %.1f | %.1f | %.2f× | %.1f (%.0f%%) | %.1f | %.1f | %.2f× | %.1f | %.2f× | %.1f× | %.1f%% / %.1f%% | %s |\n",
			r.name, r.params, r.threads, r.n, r.canonDecode, r.refDecode, r.canonDecode/r.refDecode, gbs/1e9, 100*gbs/copyBW[r.threads],
			r.verify, r.refPrompt, r.verify/r.refPrompt, r.refVerify, r.verify/r.refVerify, r.verify/r.refDecode, 100*r.decodeOverhead, 100*r.verifyOverhead, r.agree)
	}
	if len(threads) > 1 {
		lo, hi := threads[0], threads[len(threads)-1]
		fmt.Printf("\nthread scaling, %d → %d threads (speedup; llama.cpp through node-llama-cpp starts a fresh thread pool per decode call, see tools/llamacpp/README.md)\n\n", lo, hi)
		fmt.Println("| model | canon decode | llama.cpp decode | canon verify | llama.cpp prompt processing |")
		fmt.Println("|---|---|---|---|---|")
		for i, a := range rows {
			for _, b := range rows[i+1:] {
				if a.name == b.name && a.threads == lo && b.threads == hi {
					fmt.Printf("| %s | %.2f× | %.2f× | %.2f× | %.2f× |\n", a.name, b.canonDecode/a.canonDecode, b.refDecode/a.refDecode,
						b.verify/a.verify, b.refPrompt/a.refPrompt)
				}
			}
		}
	}
	fmt.Printf("\npeak RSS of a process that links only the runtime (tools/bench/rss), loads the model (mapped on a read-only file system, copied elsewhere: prover/llama) and decodes, %d thread(s)\n\n", threads[0])
	fmt.Println("| model | file MB | KV cache MB | peak RSS MB | RSS ÷ (file + KV) (goal ≤ 1.2) | at the end: file-backed MB (model + code) | anonymous MB (heap, stacks, Go runtime) |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, m := range mem {
		fmt.Printf("| %s | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f |\n", m.name, m.fileMB, m.kvMB, m.rssMB, m.rssMB/(m.fileMB+m.kvMB), m.fileRSSMB, m.anonMB)
	}
}

// weightBytes is what one decoded token reads of the weights: every block
// matrix and the output head whole, one embedding row.
func weightBytes(c canon.Config) float64 {
	kv := c.KVDim()
	perLayer := 2*c.Dim*c.Dim + 2*c.Dim*kv + 3*c.Dim*c.FFDim
	w := c.Layers*perLayer + c.Vocab*c.Dim + c.Dim
	return float64(w) / canon.BlockSize * canon.BlockBytes
}

func measure(ctx context.Context, probe *llamacpp.Probe, name, path string, n, threads int) (row, error) {
	opts := canon.Options{Threads: threads}
	l, err := llama.Load(path)
	if err != nil {
		return row{}, err
	}
	defer l.Close()
	m := l.Model
	prompt := append([]int32{l.Vocab.BOS}, l.Tokenizer.Encode("Once upon a time, in a small village by the sea,", false)...)
	r := row{name: name, threads: threads, n: n, cfg: m.Config}
	st, err := os.Stat(path)
	if err != nil {
		return r, err
	}
	r.params = float64(st.Size()) / canon.BlockBytes * canon.BlockSize / 1e6

	ref, err := probe.Generate(ctx, path, prompt, n)
	if err != nil {
		return r, err
	}
	r.refDecode = ref.DecodeTokensPerSecond

	// Canonical decode, timed like llama.cpp's: after the prompt, n-1 single-token steps.
	decode := func(trace bool) ([]int32, time.Duration, error) {
		s, err := m.NewSession(len(prompt)+n, trace, opts)
		if err != nil {
			return nil, 0, err
		}
		logits, err := s.ForwardLast(ctx, prompt)
		if err != nil {
			return nil, 0, err
		}
		out := []int32{canon.Argmax(logits)}
		start := time.Now()
		for len(out) < n {
			if logits, err = s.ForwardLast(ctx, out[len(out)-1:]); err != nil {
				return nil, 0, err
			}
			out = append(out, canon.Argmax(logits))
		}
		return out, time.Since(start), nil
	}
	// Interleaved runs with and without the trace; the medians damp noise
	// from the machine and the garbage collector.
	var plain, traced []time.Duration
	var out []int32
	for i := 0; i < 5; i++ {
		o, d, err := decode(false)
		if err != nil {
			return r, err
		}
		_, dt, err := decode(true)
		if err != nil {
			return r, err
		}
		plain, traced, out = append(plain, d), append(traced, dt), o
	}
	best, bestTrace := median(plain), median(traced)
	r.canonDecode = float64(n-1) / best.Seconds()
	r.decodeOverhead = bestTrace.Seconds()/best.Seconds() - 1
	// Greedy outputs agree up to the first near-tie the runtimes break
	// differently; after that the random models' sequences diverge.
	eq := 0
	for eq < len(out) && eq < len(ref.Tokens) && out[eq] == ref.Tokens[eq] {
		eq++
	}
	r.agree = fmt.Sprintf("first %d of %d", eq, n)

	// Verification: the prompt plus the output in one teacher-forced pass,
	// checking that every output token is the canonical argmax; with the
	// trace (what a challenger commits) and without, interleaved.
	seq := append(append([]int32{}, prompt...), out[:n-1]...)
	verify := func(trace bool) (time.Duration, error) {
		s, err := m.NewSession(len(seq), trace, opts)
		if err != nil {
			return 0, err
		}
		start := time.Now()
		logits, err := s.Forward(ctx, seq, canon.LogitsAll)
		if err != nil {
			return 0, err
		}
		for j := range out {
			if canon.Argmax(logits[len(prompt)-1+j]) != out[j] {
				return 0, fmt.Errorf("verification disagrees with decode at token %d", j)
			}
		}
		return time.Since(start), nil
	}
	plain, traced = plain[:0], traced[:0]
	for i := 0; i < 5; i++ {
		d, err := verify(false)
		if err != nil {
			return r, err
		}
		dt, err := verify(true)
		if err != nil {
			return r, err
		}
		plain, traced = append(plain, d), append(traced, dt)
	}
	r.verify = float64(len(seq)) / median(plain).Seconds()
	r.verifyOverhead = median(traced).Seconds()/median(plain).Seconds() - 1

	// llama.cpp's batched prompt processing of the same sequence.
	pp, err := probe.Prefill(ctx, path, seq, 5)
	if err != nil {
		return r, err
	}
	r.refPrompt = pp.TokensPerSecond
	// The same batch with logits at every position, as verifying a draft
	// needs (prompt processing computes the last position's only).
	vb, err := probe.VerifyBatch(ctx, path, seq, 5)
	if err != nil {
		return r, err
	}
	r.refVerify = vb.TokensPerSecond
	return r, nil
}

// measureRSS runs rss (tools/bench/rss, a binary that links only the
// runtime) in a fresh process that loads the model (of shape c) and
// decodes n tokens.
func measureRSS(ctx context.Context, rssBin, name, path string, c canon.Config, n, threads int) (memRow, error) {
	r := memRow{name: name}
	st, err := os.Stat(path)
	if err != nil {
		return r, err
	}
	r.fileMB = float64(st.Size()) / (1 << 20)
	cmd := exec.CommandContext(ctx, rssBin, "-n", strconv.Itoa(n), "-threads", strconv.Itoa(threads), path)
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		return r, fmt.Errorf("rss child: %w", err)
	}
	f := strings.Fields(string(outb))
	if len(f) != 3 {
		return r, fmt.Errorf("rss child printed %q, want three sizes", outb)
	}
	var kb [3]float64
	for i := range kb {
		if kb[i], err = strconv.ParseFloat(f[i], 64); err != nil {
			return r, fmt.Errorf("rss child: %w", err)
		}
	}
	r.rssMB, r.anonMB, r.fileRSSMB = kb[0]/1024, kb[1]/1024, kb[2]/1024
	// The child's KV cache: keys and values of every layer for 1 + n positions, int32.
	r.kvMB = float64(2*c.Layers*(1+n)*c.KVDim()*4) / (1 << 20)
	return r, nil
}

// buildRSS compiles tools/bench/rss into dir with the go command on $PATH
// (make bench runs from the module root; GOEXPERIMENT passes through).
func buildRSS(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "rss")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/airollup/airollup/tools/bench/rss")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building tools/bench/rss: %w: %s", err, out)
	}
	return bin, nil
}

// copyBytes is the size of each buffer of the bandwidth probe, far beyond any cache.
const copyBytes = 256 << 20

// copyBandwidth is a STREAM-like Copy probe: the best of five copies of
// copyBytes split across threads goroutines, in bytes read plus written per
// second (STREAM's convention).
func copyBandwidth(threads int) float64 {
	src, dst := make([]byte, copyBytes), make([]byte, copyBytes)
	for i := range src {
		src[i] = byte(i)
	}
	copy(dst, src) // fault every page in before timing
	best := time.Duration(1 << 62)
	for rep := 0; rep < 5; rep++ {
		start := time.Now()
		var wg sync.WaitGroup
		chunk := (copyBytes + threads - 1) / threads
		for lo := 0; lo < copyBytes; lo += chunk {
			hi := min(lo+chunk, copyBytes)
			wg.Add(1)
			go func() {
				defer wg.Done()
				copy(dst[lo:hi], src[lo:hi])
			}()
		}
		wg.Wait()
		best = min(best, time.Since(start))
	}
	return 2 * copyBytes / best.Seconds()
}

// machine names the CPU (from /proc/cpuinfo where there is one) and its logical CPUs.
func machine() string {
	name := runtime.GOARCH
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				name = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d logical CPUs", name, runtime.NumCPU())
}

func median(d []time.Duration) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
