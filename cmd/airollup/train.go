package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
)

// modelTrainCommand pretrains a LLaMA model with the canonical integer
// trainer (prover/train) and writes it as a Q8_0 GGUF.
func modelTrainCommand() *cli.Command {
	env := func(name string) []string { return envs("model_train", name) }
	intFlag := func(name string, value int, usage string) *cli.IntFlag {
		return &cli.IntFlag{Name: name, Value: value, Usage: usage, EnvVars: env(name)}
	}
	return &cli.Command{
		Name:      "train",
		Usage:     "Pretrain or fine-tune (full or LoRA) a LLaMA model with the deterministic integer trainer and write it as a Q8_0 GGUF",
		ArgsUsage: "OUT.gguf",
		Description: "Builds an SPM tokenizer from the corpus, trains from a seeded init (bit-exact on every machine, " +
			"any --threads), checkpoints every --checkpoint-every steps and, with --resume, continues from the checkpoint bit-exactly. " +
			"With --base it fine-tunes that canonical model instead (its tokenizer, shape and weights): every weight, or with " +
			"--lora-rank only low-rank adapters of the --lora-targets projections, merged into the written model.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Value: "arithmetic", Usage: "\"arithmetic\" (generated checkable questions) or a text or JSONL file (the \"text\" field of each line)", EnvVars: env("corpus")},
			intFlag("corpus-lines", 20000, "questions in the arithmetic corpus"),
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the arithmetic corpus and of the initial weights", EnvVars: env("seed")},
			intFlag("steps", 1000, "optimizer steps to train to"),
			intFlag("batch", 16, "sequences per step"),
			intFlag("seq-len", 64, "tokens predicted per sequence"),
			&cli.StringFlag{Name: "optimizer", Value: "adam", Usage: "adam or sgd", EnvVars: env("optimizer")},
			intFlag("lr-micro", 3000, "learning rate × 10^6"),
			intFlag("lr-final-micro", 0, "decay the learning rate linearly to this (× 10^6) from --lr-decay-from to --steps (0: a constant rate)"),
			intFlag("lr-decay-from", 0, "first step of the learning-rate decay (with --lr-final-micro)"),
			intFlag("dim", 64, "embedding length"), intFlag("layers", 2, "transformer blocks"),
			intFlag("heads", 4, "attention heads"), intFlag("kv-heads", 2, "key/value heads"),
			intFlag("ff", 192, "feed-forward size"), intFlag("vocab", 320, "vocabulary size (259 reserved tokens, then the corpus's pieces); 0: one token per corpus character, no merges"),
			intFlag("context", 0, "context length of the model (0: --seq-len)"),
			intFlag("threads", canon.Options{}.ThreadCount(), "sequences trained at once (never changes results)"),
			&cli.StringFlag{Name: "checkpoint", Usage: "checkpoint file (default: OUT.ckpt)", EnvVars: env("checkpoint")},
			intFlag("checkpoint-every", 100, "steps between checkpoints (0: only at the end)"),
			&cli.BoolFlag{Name: "resume", Usage: "continue from --checkpoint when it exists", EnvVars: env("resume")},
			intFlag("log-every", 10, "steps between progress lines"),
			&cli.StringFlag{Name: "base", Usage: "fine-tune this canonical model (its tokenizer, shape and weights) instead of pretraining; --corpus is then text, JSONL or a dataset file (.ards) of its tokenizer", EnvVars: env("base")},
			intFlag("lora-rank", 0, "with --base: train rank-r LoRA adapters only, base frozen (0: fine-tune every weight)"),
			&cli.StringFlag{Name: "lora-targets", Value: "q,v", Usage: "projections that get adapters: q, k, v, o, gate, up, down or all", EnvVars: env("lora-targets")},
			intFlag("lora-scale-milli", 2000, "the adapters' scale α/r × 1000"),
			memoryBudgetFlag("model_train"),
		},
		Action: modelTrain,
	}
}

func modelTrain(ctx *cli.Context) error {
	out := ctx.Args().First()
	if out == "" || ctx.NArg() > 1 {
		return fmt.Errorf("model train: want exactly one output path, got %d arguments", ctx.NArg())
	}
	for _, f := range []struct {
		name   string
		lo, hi int
	}{{"steps", 0, 1 << 30}, {"lr-micro", 1, 1_000_000}, {"lr-final-micro", 0, 1_000_000}, {"lr-decay-from", 0, 1 << 30}, {"corpus-lines", 1, 1 << 24}, {"threads", 1, canon.MaxThreads},
		{"checkpoint-every", 0, 1 << 30}, {"log-every", 1, 1 << 30}, {"context", 0, 1 << 20}} {
		if v := ctx.Int(f.name); v < f.lo || v > f.hi {
			return fmt.Errorf("model train: --%s %d must be %d..%d", f.name, v, f.lo, f.hi)
		}
	}
	var (
		vocab tokenizer.Vocab
		data  []int32
		spec  modelgen.Spec
		base  *train.Model // the model --base fine-tunes
		lora  *train.LoRA
	)
	if bp := ctx.String("base"); bp != "" {
		l, err := loadModel(ctx, bp)
		if err != nil {
			return fmt.Errorf("model train: --base: %w", err)
		}
		defer l.Close()
		if base, err = train.FromCanonical(l.Model, ctx.Uint64("seed")); err != nil {
			return fmt.Errorf("model train: --base %s: %w", bp, err)
		}
		vocab, spec = l.Vocab, base.Spec
		if data, err = fineTuneCorpus(ctx, l); err != nil {
			return fmt.Errorf("model train: %w", err)
		}
		if r := ctx.Int("lora-rank"); r > 0 {
			targets, err := train.ParseLoRATargets(ctx.String("lora-targets"))
			if err != nil {
				return fmt.Errorf("model train: --lora-targets: %w", err)
			}
			lora = &train.LoRA{Rank: r, Scale: (int64(ctx.Int("lora-scale-milli"))<<train.HFrac + 500) / 1000, Targets: targets, Seed: ctx.Uint64("seed")}
			if err := lora.Check(); err != nil {
				return fmt.Errorf("model train: %w", err)
			}
		}
	} else {
		if ctx.IsSet("lora-rank") {
			return fmt.Errorf("model train: --lora-rank fine-tunes a model: give it with --base")
		}
		text, err := trainCorpus(ctx)
		if err != nil {
			return fmt.Errorf("model train: %w", err)
		}
		vocabSize := ctx.Int("vocab")
		if vocabSize == 0 {
			vocabSize = charVocabSize(text)
		}
		if vocab, err = tokenizer.BuildVocab(text, vocabSize); err != nil {
			return fmt.Errorf("model train: --vocab %d: %w", ctx.Int("vocab"), err)
		}
		tok, err := tokenizer.New(vocab)
		if err != nil {
			return fmt.Errorf("model train: %w", err)
		}
		data = tok.Encode(text, false)
		spec = modelgen.Spec{Dim: ctx.Int("dim"), Layers: ctx.Int("layers"), Heads: ctx.Int("heads"), KVHeads: ctx.Int("kv-heads"),
			FFDim: ctx.Int("ff"), Vocab: len(vocab.Tokens), Context: ctx.Int("context"), Seed: ctx.Uint64("seed")}
		if spec.Context == 0 {
			spec.Context = ctx.Int("seq-len")
		}
	}
	h := train.DefaultAdam(ctx.Int("batch"), ctx.Int("seq-len"))
	switch ctx.String("optimizer") {
	case "adam":
	case "sgd":
		h.Optimizer = train.SGD
	default:
		return fmt.Errorf("model train: unknown --optimizer %q (adam, sgd)", ctx.String("optimizer"))
	}
	h.LR = (int64(ctx.Int("lr-micro"))<<train.HFrac + 500_000) / 1_000_000
	if final := ctx.Int("lr-final-micro"); final > 0 {
		from, steps := ctx.Int("lr-decay-from"), ctx.Int("steps")
		if final > ctx.Int("lr-micro") || from >= steps {
			return fmt.Errorf("model train: --lr-final-micro %d must be at most --lr-micro %d, and --lr-decay-from %d below --steps %d",
				final, ctx.Int("lr-micro"), from, steps)
		}
		h.LRFinal = (int64(final)<<train.HFrac + 500_000) / 1_000_000
		h.DecayFrom, h.DecaySteps = uint64(from), uint64(steps-from)
	} else if ctx.IsSet("lr-decay-from") {
		return fmt.Errorf("model train: --lr-decay-from needs --lr-final-micro")
	}

	ckpt := ctx.String("checkpoint")
	if ckpt == "" {
		ckpt = strings.TrimSuffix(out, ".gguf") + ".ckpt"
	}
	var tr *train.Trainer
	if cp, err := os.ReadFile(ckpt); ctx.Bool("resume") && err == nil {
		if tr, err = train.ReadCheckpoint(cp, data); err != nil {
			return fmt.Errorf("model train: resuming from %s: %w", ckpt, err)
		}
		// A checkpoint resumes under another learning-rate schedule only
		// when both gave every step it took the same rate: the result is
		// then the run this command would make from scratch.
		if tr.Model.Spec != spec || !tr.Hyper.SameSchedule(h, tr.Step) {
			return fmt.Errorf("model train: %s is a checkpoint of another run at step %d (spec %+v, %+v); this run is spec %+v, %+v",
				ckpt, tr.Step, tr.Model.Spec, tr.Hyper, spec, h)
		}
		switch {
		case (tr.LoRA == nil) != (lora == nil) || (lora != nil && *tr.LoRA != *lora):
			return fmt.Errorf("model train: %s is a checkpoint of another run (LoRA %+v); this run's LoRA is %+v", ckpt, tr.LoRA, lora)
		case lora != nil && tr.BaseWeightsRoot() != base.WeightsRoot():
			return fmt.Errorf("model train: %s fine-tunes another base model than --base %s", ckpt, ctx.String("base"))
		}
		tr.Hyper = h
	} else if ctx.Bool("resume") && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("model train: reading checkpoint: %w", err)
	} else {
		m := base
		if m == nil {
			if m, err = train.NewModel(spec); err != nil {
				return fmt.Errorf("model train: %w", err)
			}
		}
		if lora != nil {
			tr, err = train.NewLoRA(m, h, data, *lora)
		} else {
			tr, err = train.New(m, h, data)
		}
		if err != nil {
			return fmt.Errorf("model train: %w", err)
		}
	}
	ew := ctx.App.ErrWriter
	steps := uint64(ctx.Int("steps"))
	what := "every weight"
	if tr.LoRA != nil {
		what = fmt.Sprintf("LoRA rank %d adapters (%d values, base frozen)", tr.LoRA.Rank, func() (n int) {
			for _, a := range tr.Adapters() {
				n += len(a.W)
			}
			return n
		}())
	}
	fmt.Fprintf(ew, "training %s: dim %d, layers %d, heads %d/%d kv, ff %d, vocab %d (%.2fM parameters); %s; corpus %d tokens, %d sequences of %d; %s, batch %d; from step %d\n",
		out, spec.Dim, spec.Layers, spec.Heads, spec.KVHeads, spec.FFDim, spec.Vocab, float64(tr.Model.Params())/1e6, what,
		len(data), tr.Sequences(), h.SeqLen, h.Optimizer, h.Batch, tr.Step)
	opts := train.Options{Threads: ctx.Int("threads")}
	start, startStep := time.Now(), tr.Step
	every, logEvery := uint64(ctx.Int("checkpoint-every")), uint64(ctx.Int("log-every"))
	for tr.Step < steps {
		r, err := tr.TrainStep(ctx.Context, opts)
		if err != nil {
			return fmt.Errorf("model train: %w", err)
		}
		if tr.Step%logEvery == 0 || tr.Step == steps {
			el := time.Since(start)
			done := tr.Step - startStep
			perStep := el / time.Duration(done)
			fmt.Fprintf(ew, "step %d/%d loss %.4f tok/s %.0f eta %s\n", tr.Step, steps, float64(r.MeanLoss())/65536,
				float64(done)*float64(r.Positions)/el.Seconds(), (perStep * time.Duration(steps-tr.Step)).Round(time.Second))
		}
		if every > 0 && tr.Step%every == 0 && tr.Step < steps {
			if err := writeCheckpoint(ckpt, tr); err != nil {
				return err
			}
		}
	}
	if err := writeCheckpoint(ckpt, tr); err != nil {
		return err
	}
	name := fmt.Sprintf("airollup-train-%dd-%dl-seed%d-step%d", spec.Dim, spec.Layers, spec.Seed, tr.Step)
	if err := tr.Model.Export(ctx.Context, out, name, vocab); err != nil {
		return fmt.Errorf("model train: %w", err)
	}
	l, err := loadModel(ctx, out)
	if err != nil {
		return fmt.Errorf("model train: reading back %s: %w", out, err)
	}
	defer l.Close()
	root, err := l.Model.RootContext(ctx.Context, canon.Options{})
	if err != nil {
		return fmt.Errorf("model train: %w", err)
	}
	w := ctx.App.Writer
	fmt.Fprintf(w, "wrote %s after %d steps\nweights root %s\nstate root %s\nmodel root %s\n",
		out, tr.Step, hexHash(tr.Model.WeightsRoot()), hexHash(tr.StateRoot()), hexHash(root))
	return nil
}

// charVocabSize returns the smallest vocabulary BuildVocab accepts for
// text: the 259 reserved tokens and one per distinct character (a space is
// "▁", and the space prefix adds one), so that no piece is merged.
func charVocabSize(text string) int {
	seen := map[rune]bool{'▁': true}
	for _, c := range text {
		if c == ' ' {
			c = '▁'
		}
		seen[c] = true
	}
	return 259 + len(seen)
}

// trainCorpus returns the training text of --corpus.
func trainCorpus(ctx *cli.Context) (string, error) {
	src := ctx.String("corpus")
	if src == "arithmetic" {
		return train.Arithmetic(ctx.Uint64("seed"), ctx.Int("corpus-lines")), nil
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return "", fmt.Errorf("--corpus: %w", err)
	}
	if !strings.HasSuffix(src, ".jsonl") {
		if len(b) == 0 {
			return "", fmt.Errorf("--corpus %s is empty", src)
		}
		return string(b), nil
	}
	var sb strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<26)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(line, &rec); err != nil || rec.Text == nil {
			return "", fmt.Errorf("--corpus %s line %d: want a JSON object with a \"text\" string (%v)", src, n, err)
		}
		sb.WriteString(*rec.Text)
		sb.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("--corpus %s: %w", src, err)
	}
	if sb.Len() == 0 {
		return "", fmt.Errorf("--corpus %s has no text", src)
	}
	return sb.String(), nil
}

// writeCheckpoint writes the run's checkpoint atomically (temporary file, then rename).
func writeCheckpoint(path string, tr *train.Trainer) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("model train: checkpoint: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(tr.Checkpoint()); err != nil {
		tmp.Close()
		return fmt.Errorf("model train: checkpoint: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("model train: checkpoint: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("model train: checkpoint: %w", err)
	}
	return nil
}

// fineTuneCorpus returns the tokens --corpus gives for fine-tuning the base
// model l: a canonical dataset file (its records concatenated; it must be
// of l's tokenizer), or text (the arithmetic corpus, a text or JSONL file)
// encoded with l's tokenizer.
func fineTuneCorpus(ctx *cli.Context, l *llama.Loaded) ([]int32, error) {
	src := ctx.String("corpus")
	if src != "arithmetic" {
		f, err := os.Open(src)
		if err != nil {
			return nil, fmt.Errorf("--corpus: %w", err)
		}
		defer f.Close()
		head := make([]byte, len(dataset.Magic))
		if n, _ := io.ReadFull(f, head); n == len(head) && string(head) == dataset.Magic {
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, fmt.Errorf("--corpus: %w", err)
			}
			d, err := dataset.Read(f, dataset.Limits{})
			if err != nil {
				return nil, fmt.Errorf("--corpus %s: %w", src, err)
			}
			if want := llama.TokenizerHash(l.Vocab); d.TokenizerHash != want {
				return nil, fmt.Errorf("--corpus %s: dataset %s was tokenized by tokenizer %s, --base's is %s",
					src, hexHash(d.Root()), hexHash(d.TokenizerHash), hexHash(want))
			}
			var data []int32
			for _, r := range d.Records {
				data = append(data, r...)
			}
			fmt.Fprintf(ctx.App.ErrWriter, "corpus: dataset %s, %d records, %d tokens\n", hexHash(d.Root()), len(d.Records), len(data))
			return data, nil
		}
	}
	text, err := trainCorpus(ctx)
	if err != nil {
		return nil, err
	}
	return l.Tokenizer.Encode(text, false), nil
}
