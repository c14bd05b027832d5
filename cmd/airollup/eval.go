package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
)

// evalKinds are the question kinds model eval reports, in order.
var evalKinds = []string{"add", "sub", "max", "min", "reverse"}

// modelEvalCommand measures a model's exact-match accuracy on held-out
// arithmetic questions, under the canonical runtime and llama.cpp.
func modelEvalCommand() *cli.Command {
	env := func(name string) []string { return envs("model_eval", name) }
	return &cli.Command{
		Name:      "eval",
		Usage:     "Measure exact-match accuracy on held-out arithmetic questions under the canonical runtime and llama.cpp",
		ArgsUsage: "MODEL.gguf",
		Description: "Draws --questions questions from the held-out part of the arithmetic corpus (train.HeldOutQuestion: " +
			"no training corpus ever contains one, whatever its seed), prompts the model with a newline and the question up to " +
			"\"=\", generates greedily up to the next newline and counts the answers that match exactly.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "questions", Value: 200, Usage: "held-out questions to ask", EnvVars: env("questions")},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the held-out draw", EnvVars: env("seed")},
			&cli.BoolFlag{Name: "llamacpp", Value: true, Usage: "also measure under llama.cpp (node-llama-cpp, tools/llamacpp)", EnvVars: env("llamacpp")},
			&cli.IntFlag{Name: "threads", Value: canon.Options{}.ThreadCount(), Usage: "threads of each runtime", EnvVars: env("threads")},
			&cli.IntFlag{Name: "show", Value: 0, Usage: "print this many wrong canonical answers", EnvVars: env("show")},
			memoryBudgetFlag("model_eval"),
		},
		Action: modelEval,
	}
}

// evalItem is one held-out question as the model is asked it.
type evalItem struct {
	question, want, kind string
	prompt               []int32
}

// evalScore counts exact answers overall and per kind.
type evalScore struct {
	right, total int
	kind         map[string][2]int // right, total
}

func (s *evalScore) add(kind string, ok bool) {
	if s.kind == nil {
		s.kind = map[string][2]int{}
	}
	k := s.kind[kind]
	k[1]++
	s.total++
	if ok {
		k[0]++
		s.right++
	}
	s.kind[kind] = k
}

func (s evalScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d/%d exact (%.1f%%)", s.right, s.total, 100*float64(s.right)/float64(max(s.total, 1)))
	for _, k := range evalKinds {
		if c, ok := s.kind[k]; ok {
			fmt.Fprintf(&b, "; %s %d/%d", k, c[0], c[1])
		}
	}
	return b.String()
}

func modelEval(ctx *cli.Context) error {
	path := ctx.Args().First()
	if path == "" || ctx.NArg() > 1 {
		return fmt.Errorf("model eval: want exactly one model path, got %d arguments", ctx.NArg())
	}
	if n := ctx.Int("questions"); n < 1 || n > 1<<20 {
		return fmt.Errorf("model eval: --questions %d must be 1..%d", n, 1<<20)
	}
	if t := ctx.Int("threads"); t < 1 || t > canon.MaxThreads {
		return fmt.Errorf("model eval: --threads %d must be 1..%d", t, canon.MaxThreads)
	}
	l, err := loadModel(ctx, path)
	if err != nil {
		return fmt.Errorf("model eval: %w", err)
	}
	defer l.Close()
	items, maxNew, err := evalItems(l.Tokenizer, train.ArithmeticHeldOut(ctx.Uint64("seed"), ctx.Int("questions")), l.Model.Context)
	if err != nil {
		return fmt.Errorf("model eval: %w", err)
	}
	ew, w := ctx.App.ErrWriter, ctx.App.Writer
	opts := canon.Options{Threads: ctx.Int("threads")}
	var canonScore evalScore
	canonAnswers := make([]string, len(items))
	shown := 0
	for i, it := range items {
		toks, err := greedyCanon(ctx.Context, l.Model, it.prompt, maxNew, opts)
		if err != nil {
			return fmt.Errorf("model eval: question %d %q: %w", i, it.question, err)
		}
		canonAnswers[i] = evalAnswer(l.Tokenizer, toks)
		ok := canonAnswers[i] == it.want
		canonScore.add(it.kind, ok)
		if !ok && shown < ctx.Int("show") {
			shown++
			fmt.Fprintf(w, "wrong: %s%s (want %s)\n", it.question, canonAnswers[i], it.want)
		}
		if (i+1)%50 == 0 || i+1 == len(items) {
			fmt.Fprintf(ew, "canonical: %d/%d questions, %d exact\n", i+1, len(items), canonScore.right)
		}
	}
	fmt.Fprintf(w, "canonical: %s\n", canonScore)
	if !ctx.Bool("llamacpp") {
		return nil
	}
	p, err := llamacpp.Find()
	if err != nil {
		return fmt.Errorf("model eval: llama.cpp (--llamacpp=false skips it): %w", err)
	}
	p.Threads = ctx.Int("threads")
	prompts := make([][]int32, len(items))
	for i, it := range items {
		prompts[i] = it.prompt
	}
	fmt.Fprintf(ew, "llama.cpp: generating %d answers in one probe process\n", len(items))
	gens, err := p.GenerateBatch(ctx.Context, path, prompts, maxNew)
	if err != nil {
		return fmt.Errorf("model eval: %w", err)
	}
	var llamaScore evalScore
	agree := 0
	for i, it := range items {
		a := evalAnswer(l.Tokenizer, gens[i].Tokens)
		llamaScore.add(it.kind, a == it.want)
		if a == canonAnswers[i] {
			agree++
		}
	}
	fmt.Fprintf(w, "llama.cpp: %s\nsame answer under both runtimes: %d/%d\n", llamaScore, agree, len(items))
	return nil
}

// evalItems splits each question at "=" into its prompt (a newline, then the
// question through "=", tokenized without BOS or the space prefix, as lines
// follow one another in the training corpus) and its answer, and returns the
// tokens to generate per question (the longest answer's tokens and one for
// the newline), refusing a prompt that does not fit the context.
func evalItems(tok *tokenizer.Tokenizer, questions []string, context int) ([]evalItem, int, error) {
	items := make([]evalItem, len(questions))
	maxNew := 0
	for i, q := range questions {
		head, want, ok := strings.Cut(q, "=")
		if !ok {
			return nil, 0, fmt.Errorf("question %d %q has no \"=\"", i, q)
		}
		prompt := encodeInLine(tok, "\n"+head+"=")
		maxNew = max(maxNew, len(encodeInLine(tok, want))+1)
		items[i] = evalItem{question: head + "=", want: want, kind: questionKind(head), prompt: prompt}
	}
	for i, it := range items {
		if len(it.prompt)+maxNew > context {
			return nil, 0, fmt.Errorf("question %d: prompt of %d tokens and %d answer tokens exceed the model context %d",
				i, len(it.prompt), maxNew, context)
		}
	}
	return items, maxNew, nil
}

// encodeInLine tokenizes text as it is tokenized inside the corpus: without
// BOS and without the space prefix the tokenizer adds at the start of a text.
func encodeInLine(tok *tokenizer.Tokenizer, text string) []int32 {
	ids := tok.Encode(text, false)
	if len(ids) > 0 {
		if p, err := tok.Piece(ids[0]); err == nil && (p == " " || p == "▁") {
			ids = ids[1:]
		}
	}
	return ids
}

// questionKind names the kind of a question (without its answer).
func questionKind(q string) string {
	switch {
	case strings.HasPrefix(q, "max("):
		return "max"
	case strings.HasPrefix(q, "min("):
		return "min"
	case strings.HasPrefix(q, "reverse("):
		return "reverse"
	case strings.Contains(q, "+"):
		return "add"
	}
	return "sub"
}

// greedyCanon generates n tokens greedily after prompt under the canonical
// runtime, stopping after a token whose text holds a newline.
func greedyCanon(ctx context.Context, m *canon.Model, prompt []int32, n int, opts canon.Options) ([]int32, error) {
	s, err := m.NewSession(len(prompt)+n, false, opts)
	if err != nil {
		return nil, err
	}
	logits, err := s.ForwardLast(ctx, prompt)
	if err != nil {
		return nil, err
	}
	var out []int32
	for len(out) < n {
		t := canon.Argmax(logits)
		out = append(out, t)
		if len(out) == n {
			break
		}
		if logits, err = s.ForwardLast(ctx, []int32{t}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// evalAnswer decodes generated tokens up to the first newline.
func evalAnswer(tok *tokenizer.Tokenizer, toks []int32) string {
	text, err := tok.Decode(toks)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	a, _, _ := strings.Cut(text, "\n")
	return a
}
