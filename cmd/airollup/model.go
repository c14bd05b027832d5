package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// envs returns the environment-variable twin of a flag: AIROLLUP_<CMD>_<NAME>.
func envs(cmd, name string) []string {
	r := strings.NewReplacer("-", "_", ".", "_")
	return []string{EnvPrefix + "_" + strings.ToUpper(r.Replace(cmd)) + "_" + strings.ToUpper(r.Replace(name))}
}

// errByteSize is returned for a --memory-budget that is not a byte size.
var errByteSize = errors.New("not a byte size")

// memoryBudgetFlag is the --memory-budget flag of the model commands that load models.
func memoryBudgetFlag(cmd string) cli.Flag {
	return &cli.StringFlag{
		Name: "memory-budget",
		Usage: "refuse a model whose worst-case memory (weights, RoPE table and KV cache at full context, vocabulary) exceeds this: " +
			"bytes, or a number with K, M, G or T (KiB..TiB); 0 or unset: 3/4 of the least of physical memory, cgroup memory.max, RLIMIT_AS and GOMEMLIMIT",
		EnvVars: envs(cmd, "memory-budget"),
	}
}

// loadOptions returns the load options set by a model command's flags.
func loadOptions(ctx *cli.Context) (llama.Options, error) {
	b, err := parseByteSize(ctx.String("memory-budget"))
	if err != nil {
		return llama.Options{}, fmt.Errorf("--memory-budget %q: %w", ctx.String("memory-budget"), err)
	}
	return llama.Options{MemoryBudget: b}, nil
}

// parseByteSize parses bytes ("123") or a whole number with a binary unit
// (K/KiB, M/MiB, G/GiB, T/TiB, any case); "" is 0.
func parseByteSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return 0, nil
	}
	shift := 0
	for i, u := range []string{"k", "m", "g", "t"} {
		for _, suffix := range []string{u + "ib", u + "b", u} {
			if rest, ok := strings.CutSuffix(t, suffix); ok && shift == 0 {
				t, shift = strings.TrimSpace(rest), 10*(i+1)
			}
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return 0, errByteSize
	}
	if n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("%w: exceeds %d bytes", errByteSize, int64(math.MaxInt64))
	}
	return n << shift, nil
}

var presets = map[string]modelgen.Spec{"tiny": modelgen.Tiny, "small": modelgen.Small, "medium": modelgen.Medium}

func modelCommand() *cli.Command {
	return &cli.Command{
		Name:        "model",
		Usage:       "Generate, import, inspect and run GGUF models",
		Description: "Model tools: gen (deterministic random LLaMA GGUF), import (canonicalize a GGUF to Q8_0), info, run, tokenize, chat-template (render chat messages with the model's template), train (deterministic integer pretraining).",
		Subcommands: []*cli.Command{modelGenCommand(), modelImportCommand(), modelInfoCommand(), modelRunCommand(), modelTokenizeCommand(), modelChatTemplateCommand(), modelTrainCommand(), modelEvalCommand(), modelServeCommand(), modelLineageCommand()},
	}
}

func modelGenCommand() *cli.Command {
	intFlag := func(name, usage string) *cli.IntFlag {
		return &cli.IntFlag{Name: name, Usage: usage + " (overrides the preset)", EnvVars: envs("model_gen", name)}
	}
	return &cli.Command{
		Name:      "gen",
		Usage:     "Write a deterministic random LLaMA model as a Q8_0 GGUF file",
		ArgsUsage: "OUT.gguf",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "preset", Value: "small", Usage: "starting shape: tiny (~0.3M), small (~15M), medium (~100M)", EnvVars: envs("model_gen", "preset")},
			intFlag("dim", "embedding length"), intFlag("layers", "transformer blocks"), intFlag("heads", "attention heads"),
			intFlag("kv-heads", "key/value heads"), intFlag("ff", "feed-forward size"), intFlag("vocab", "vocabulary size"),
			intFlag("context", "context length"),
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed", EnvVars: envs("model_gen", "seed")},
			&cli.StringFlag{Name: "bpe", Usage: "write a GPT-2-style byte-level BPE vocabulary (tokenizer.ggml.model gpt2) with this tokenizer.ggml.pre: llama-bpe, smollm, gpt-2 or default (default: a SentencePiece vocabulary)", EnvVars: envs("model_gen", "bpe")},
			memoryBudgetFlag("model_gen"),
		},
		Action: func(ctx *cli.Context) error {
			out := ctx.Args().First()
			if out == "" || ctx.NArg() > 1 {
				return fmt.Errorf("model gen: want exactly one output path, got %d arguments", ctx.NArg())
			}
			spec, ok := presets[ctx.String("preset")]
			if !ok {
				return fmt.Errorf("model gen: unknown --preset %q (tiny, small, medium)", ctx.String("preset"))
			}
			for _, f := range []struct {
				name string
				dst  *int
			}{{"dim", &spec.Dim}, {"layers", &spec.Layers}, {"heads", &spec.Heads}, {"kv-heads", &spec.KVHeads},
				{"ff", &spec.FFDim}, {"vocab", &spec.Vocab}, {"context", &spec.Context}} {
				if ctx.IsSet(f.name) {
					*f.dst = ctx.Int(f.name)
				}
			}
			if !ctx.IsSet("kv-heads") && ctx.IsSet("heads") {
				spec.KVHeads = spec.Heads
			}
			spec.Seed = ctx.Uint64("seed")
			opts, err := loadOptions(ctx)
			if err != nil {
				return fmt.Errorf("model gen: %w", err)
			}
			w := ctx.App.Writer
			fmt.Fprintf(w, "generating %s: dim %d, layers %d, heads %d/%d kv, ff %d, vocab %d, context %d, seed %d (%.1fM parameters)\n",
				out, spec.Dim, spec.Layers, spec.Heads, spec.KVHeads, spec.FFDim, spec.Vocab, spec.Context, spec.Seed,
				float64(spec.Params())/1e6)
			start := time.Now()
			if ctx.IsSet("bpe") {
				vocab, err := llama.GeneratedBPEVocab(spec.Vocab, ctx.String("bpe"))
				if err != nil {
					return fmt.Errorf("model gen: --bpe: %w", err)
				}
				err = llama.GenerateWithVocab(ctx.Context, out, spec, vocab, opts)
				if err != nil {
					return fmt.Errorf("model gen: %w", err)
				}
			} else if err := llama.GenerateContext(ctx.Context, out, spec, opts); err != nil {
				return fmt.Errorf("model gen: %w", err)
			}
			l, err := loadModel(ctx, out)
			if err != nil {
				return fmt.Errorf("model gen: reading back %s: %w", out, err)
			}
			defer l.Close()
			root, err := l.Model.RootContext(ctx.Context, canon.Options{})
			if err != nil {
				return fmt.Errorf("model gen: %w", err)
			}
			fmt.Fprintf(w, "wrote %s in %s\nmodel root %s\n", out, time.Since(start).Round(time.Millisecond), hexHash(root))
			return nil
		},
	}
}

func modelImportCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "Canonicalize a LLaMA GGUF (F32/F16/BF16/Q8_0/Q4_0/Q5_0/Q4_1/Q5_1/Q4_K/Q5_K/Q6_K) into a Q8_0 GGUF and print its model root",
		ArgsUsage: "IN.gguf",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "output path (default: IN.canonical.gguf)", EnvVars: envs("model_import", "out")},
			&cli.IntFlag{Name: "context", Usage: fmt.Sprintf("canonical context length (default: min(llama.context_length, %d))", llama.DefaultImportContext), EnvVars: envs("model_import", "context")},
			memoryBudgetFlag("model_import"),
		},
		Action: func(ctx *cli.Context) error {
			in := ctx.Args().First()
			if in == "" || ctx.NArg() > 1 {
				return fmt.Errorf("model import: want exactly one input path, got %d arguments", ctx.NArg())
			}
			out := ctx.String("out")
			if out == "" {
				out = strings.TrimSuffix(in, ".gguf") + ".canonical.gguf"
			}
			if n := ctx.Int("context"); n < 0 {
				return fmt.Errorf("model import: --context %d must be positive (or 0 for the default)", n)
			}
			load, err := loadOptions(ctx)
			if err != nil {
				return fmt.Errorf("model import: %w", err)
			}
			w := ctx.App.Writer
			fmt.Fprintf(w, "importing %s → %s\n", in, out)
			start := time.Now()
			rep, err := llama.Import(ctx.Context, in, out, llama.ImportOptions{Context: ctx.Int("context"), MemoryBudget: load.MemoryBudget})
			if err != nil {
				return fmt.Errorf("model import: %w", err)
			}
			defer rep.Loaded.Close()
			counts := map[string]int{}
			for _, c := range rep.Converted {
				counts[c]++
			}
			keys := make([]string, 0, len(counts))
			for k := range counts {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Fprintf(w, "  %-10s %d tensors\n", k, counts[k])
			}
			fmt.Fprintf(w, "imported in %s\nmodel root %s\n", time.Since(start).Round(time.Millisecond), hexHash(rep.Root))
			return nil
		},
	}
}

func modelInfoCommand() *cli.Command {
	return &cli.Command{
		Name:      "info",
		Usage:     "Print a canonical model's dimensions, tensor types and model root",
		ArgsUsage: "FILE.gguf",
		Flags:     []cli.Flag{memoryBudgetFlag("model_info")},
		Action: func(ctx *cli.Context) error {
			if ctx.NArg() != 1 {
				return fmt.Errorf("model info: want exactly one path, got %d arguments", ctx.NArg())
			}
			l, err := loadModel(ctx, ctx.Args().First())
			if err != nil {
				return fmt.Errorf("model info: %w", err)
			}
			defer l.Close()
			root, err := l.Model.RootContext(ctx.Context, canon.Options{})
			if err != nil {
				return fmt.Errorf("model info: %w", err)
			}
			printInfo(ctx.App.Writer, ctx.Args().First(), l, root)
			return nil
		},
	}
}

func printInfo(w io.Writer, path string, l *llama.Loaded, root merkle.Hash) {
	m := l.Model
	fmt.Fprintf(w, "file          %s\n", path)
	if l.Name != "" {
		fmt.Fprintf(w, "name          %s\n", l.Name)
	}
	fmt.Fprintf(w, "architecture  llama (%.2fM parameters)\n", float64(params(m))/1e6)
	fmt.Fprintf(w, "dims          dim %d, layers %d, heads %d, kv heads %d, head dim %d, ff %d\n",
		m.Dim, m.Layers, m.Heads, m.KVHeads, m.HeadDim(), m.FFDim)
	fmt.Fprintf(w, "vocab         %d tokens (%s), bos %d, eos %d\n", m.Vocab, l.Vocab.Model, l.Vocab.BOS, l.Vocab.EOS)
	fmt.Fprintf(w, "context       %d positions (canonical), rope dims %d\n", m.Context, m.RopeDims)
	types := make([]string, 0, len(l.Types))
	for t, n := range l.Types {
		types = append(types, fmt.Sprintf("%s×%d", t, n))
	}
	sort.Strings(types)
	fmt.Fprintf(w, "tensors       %s\n", strings.Join(types, ", "))
	fmt.Fprintf(w, "tied output   %v\n", m.Tied())
	fmt.Fprintf(w, "kernel        %s\n", canon.KernelName())
	fmt.Fprintf(w, "model root    %s\n", hexHash(root))
}

func params(m *canon.Model) int {
	n := m.Embed.Rows*m.Embed.Cols + len(m.OutNorm)
	if !m.Tied() {
		n += m.Output.Rows * m.Output.Cols
	}
	for _, b := range m.Blocks {
		for _, q := range []canon.Q8Matrix{b.Wq, b.Wk, b.Wv, b.Wo, b.Wgate, b.Wup, b.Wdown} {
			n += q.Rows * q.Cols
		}
		n += len(b.AttnNorm) + len(b.FFNNorm)
	}
	return n
}

func modelRunCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "Generate text with the canonical runtime",
		ArgsUsage: "FILE.gguf",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "prompt", Aliases: []string{"p"}, Usage: "prompt text", EnvVars: envs("model_run", "prompt")},
			&cli.IntFlag{Name: "n", Value: 32, Usage: "tokens to generate", EnvVars: envs("model_run", "n")},
			&cli.Uint64Flag{Name: "temperature-milli", Usage: "temperature × 1000; 0 is greedy", EnvVars: envs("model_run", "temperature_milli")},
			&cli.Uint64Flag{Name: "top-k", Usage: "keep the K most likely tokens (0: all)", EnvVars: envs("model_run", "top_k")},
			&cli.Uint64Flag{Name: "top-p-micro", Usage: "top-p × 10^6 (0: all)", EnvVars: envs("model_run", "top_p_micro")},
			&cli.StringFlag{Name: "seed", Usage: "sampling seed: any string, hashed with keccak256", EnvVars: envs("model_run", "seed")},
			&cli.BoolFlag{Name: "stop-at-eos", Value: true, Usage: "stop when the model generates EOS", EnvVars: envs("model_run", "stop_at_eos")},
			&cli.IntFlag{Name: "threads", Value: canon.Options{}.ThreadCount(), Usage: "threads for matrix products (never changes results)", EnvVars: envs("model_run", "threads")},
			&cli.BoolFlag{Name: "trace", Usage: "compute the level-1 trace and print the trace root", EnvVars: envs("model_run", "trace")},
			memoryBudgetFlag("model_run"),
		},
		Action: func(ctx *cli.Context) error {
			if ctx.NArg() != 1 {
				return fmt.Errorf("model run: want exactly one model path, got %d arguments", ctx.NArg())
			}
			if n := ctx.Int("threads"); n < 1 || n > canon.MaxThreads {
				return fmt.Errorf("model run: --threads %d must be 1 to %d", n, canon.MaxThreads)
			}
			if p := ctx.Uint64("top-p-micro"); p > 1_000_000 {
				return fmt.Errorf("model run: --top-p-micro %d exceeds 1000000 (top-p = 1)", p)
			}
			opts := canon.Options{Threads: ctx.Int("threads")}
			l, err := loadModel(ctx, ctx.Args().First())
			if err != nil {
				return fmt.Errorf("model run: %w", err)
			}
			defer l.Close()
			for _, f := range []string{"temperature-milli", "top-k", "top-p-micro"} {
				if ctx.Uint64(f) > 1<<32-1 {
					return fmt.Errorf("model run: --%s %d exceeds %d", f, ctx.Uint64(f), uint64(1<<32-1))
				}
			}
			prompt := l.Tokenizer.Encode(ctx.String("prompt"), true)
			job := canon.Job{
				Prompt: prompt, MaxTokens: ctx.Int("n"), StopAtEOS: ctx.Bool("stop-at-eos"),
				Params: canon.SampleParams{
					TemperatureMilli: uint32(ctx.Uint64("temperature-milli")), TopK: uint32(ctx.Uint64("top-k")),
					TopPMicro: uint32(ctx.Uint64("top-p-micro")), Seed: merkle.Keccak([]byte(ctx.String("seed"))),
				},
				Trace: ctx.Bool("trace"),
			}
			start := time.Now()
			res, err := l.Model.Generate(ctx.Context, job, opts)
			if err != nil {
				var ce *canon.ContextError
				if errors.As(err, &ce) {
					return fmt.Errorf("model run: prompt of %d tokens plus --n %d: %w", len(prompt), job.MaxTokens, err)
				}
				return fmt.Errorf("model run: %w", err)
			}
			elapsed := time.Since(start)
			text, err := l.Tokenizer.Decode(res.Tokens)
			if err != nil {
				return err
			}
			w := ctx.App.Writer
			fmt.Fprintf(w, "%s%s\n", ctx.String("prompt"), text)
			fmt.Fprintf(ctx.App.ErrWriter, "%d prompt + %d generated tokens in %s: %.1f tok/s (%d threads, %s kernel)\n",
				len(prompt), len(res.Tokens), elapsed.Round(time.Millisecond),
				float64(len(res.Tokens))/elapsed.Seconds(), opts.ThreadCount(), canon.KernelName())
			fmt.Fprintf(w, "output hash %s\n", hexHash(res.OutputHash))
			if job.Trace {
				fmt.Fprintf(w, "trace root  %s (%d states)\n", hexHash(res.TraceRoot), res.States)
			}
			return nil
		},
	}
}

func hexHash(h merkle.Hash) string { return "0x" + hex.EncodeToString(h[:]) }

// modelTokenizeCommand prints a prompt as the input an inference job takes:
// its token ids under the model's own tokenizer, big-endian uint32 each
// (docs/protocol.md, "Prompt binding").
func modelTokenizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "tokenize",
		Usage:     "Print a prompt as an inference job's input: the model's token ids, 4 bytes each (hex)",
		ArgsUsage: "FILE.gguf",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "prompt", Aliases: []string{"p"}, Usage: "prompt text", Required: true, EnvVars: envs("model_tokenize", "prompt")},
			&cli.BoolFlag{Name: "ids", Usage: "also print the token ids, one per line, to stderr", EnvVars: envs("model_tokenize", "ids")},
			memoryBudgetFlag("model_tokenize"),
		},
		Action: func(ctx *cli.Context) error {
			if ctx.NArg() != 1 {
				return fmt.Errorf("model tokenize: want exactly one model path, got %d arguments", ctx.NArg())
			}
			l, err := loadModel(ctx, ctx.Args().First())
			if err != nil {
				return fmt.Errorf("model tokenize: %w", err)
			}
			defer l.Close()
			ids := l.Tokenizer.Encode(ctx.String("prompt"), true)
			if len(ids) == 0 {
				return fmt.Errorf("model tokenize: %w", canon.ErrEmptyPrompt)
			}
			if ctx.Bool("ids") {
				for _, id := range ids {
					fmt.Fprintln(ctx.App.ErrWriter, id)
				}
			}
			input := canon.TokenBytes(ids)
			fmt.Fprintf(ctx.App.Writer, "0x%s\n", hex.EncodeToString(input))
			fmt.Fprintf(ctx.App.ErrWriter, "%d tokens; input hash %s\n", len(ids), hexHash(merkle.Keccak(input)))
			return nil
		},
	}
}

// loadModel loads the canonical model at path under the command's
// --memory-budget, logging how long it took.
func loadModel(ctx *cli.Context, path string) (*llama.Loaded, error) {
	opts, err := loadOptions(ctx)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	l, err := llama.Load(path, opts)
	if err != nil {
		return nil, err
	}
	logger(ctx).Debug("Loaded model", "path", path, "dim", l.Model.Dim, "layers", l.Model.Layers,
		"vocab", l.Model.Vocab, "context", l.Model.Context, "elapsed", time.Since(start).Round(time.Millisecond))
	return l, nil
}
