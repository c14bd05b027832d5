package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
)

// demoSpec is the shape of the demo model (models/README.md); the corpus is
// its arithmetic corpus (seed 1, 250,000 questions, one token per character).
var demoSpec = modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Context: 64, Seed: 1}

// trainBench trains the demo configuration for steps steps with the integer
// trainer and with its float64 reference from the same init and data,
// prints training tokens/s of both and their losses, and writes both loss
// curves to svg.
func trainBench(ctx context.Context, steps, threads int, svg string) error {
	text := train.Arithmetic(1, 250_000)
	seen := map[rune]bool{'▁': true}
	for _, c := range text {
		seen[c] = true
	}
	vocab, err := tokenizer.BuildVocab(text, 259+len(seen))
	if err != nil {
		return err
	}
	tok, err := tokenizer.New(vocab)
	if err != nil {
		return err
	}
	spec := demoSpec
	spec.Vocab = len(vocab.Tokens)
	m, err := train.NewModel(spec)
	if err != nil {
		return err
	}
	h := train.DefaultAdam(16, 64)
	h.LR = (3000<<train.HFrac + 500_000) / 1_000_000
	tr, err := train.New(m, h, tok.Encode(text, false))
	if err != nil {
		return err
	}
	f := newFloatTrainer(tr)
	fmt.Printf("\ntraining: demo model (%d parameters), %d steps of %d tokens, %d thread(s)\n", m.Params(), steps, h.Batch*h.SeqLen, threads)
	intLoss, floatLoss := make([]float64, steps), make([]float64, steps)
	start, cpu := time.Now(), cpuTime()
	for s := range steps {
		r, err := tr.TrainStep(ctx, train.Options{Threads: threads})
		if err != nil {
			return err
		}
		intLoss[s] = float64(r.MeanLoss()) / 65536
	}
	intTime, intCPU := time.Since(start), cpuTime()-cpu
	start, cpu = time.Now(), cpuTime()
	for s := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		floatLoss[s] = f.trainStep() // one thread
	}
	floatTime, floatCPU := time.Since(start), cpuTime()-cpu
	tokens := float64(steps * h.Batch * h.SeqLen)
	last := func(v []float64) float64 {
		n := min(len(v), 20)
		var s float64
		for _, x := range v[len(v)-n:] {
			s += x
		}
		return s / float64(n)
	}
	perCPU := func(d time.Duration) string {
		if d <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f", tokens/d.Seconds())
	}
	// tokens per CPU-second is the figure to compare on a shared machine.
	fmt.Printf("%-22s %12s %16s %14s\n", "trainer", "tokens/s", "tokens/CPU-s", "loss (last 20)")
	fmt.Printf("%-22s %12.0f %16s %14.4f\n", "integer (canonical)", tokens/intTime.Seconds(), perCPU(intCPU), last(intLoss))
	fmt.Printf("%-22s %12.0f %16s %14.4f\n", "float64 reference", tokens/floatTime.Seconds(), perCPU(floatCPU), last(floatLoss))
	// LoRA fine-tuning of the model just trained, on the same data: rank-8
	// adapters of attn_q and attn_v, the base frozen.
	lsteps := max(steps/5, 1)
	lt, err := train.NewLoRA(tr.Model.Clone(), h, tr.Data, train.LoRA{Rank: 8, Scale: 2 << train.HFrac, Targets: train.LoRAQ | train.LoRAV, Seed: 1})
	if err != nil {
		return err
	}
	loraLoss := make([]float64, lsteps)
	start, cpu = time.Now(), cpuTime()
	for s := range lsteps {
		r, err := lt.TrainStep(ctx, train.Options{Threads: threads})
		if err != nil {
			return err
		}
		loraLoss[s] = float64(r.MeanLoss()) / 65536
	}
	loraTime, loraCPU := time.Since(start), cpuTime()-cpu
	ltokens := float64(lsteps * h.Batch * h.SeqLen)
	fmt.Printf("%-22s %12.0f %16s %14.4f   (%d steps after the integer run; ×%.2f the full step's tokens/s)\n", "LoRA r=8 q,v (integer)",
		ltokens/loraTime.Seconds(), func() string {
			if loraCPU <= 0 {
				return "-"
			}
			return fmt.Sprintf("%.0f", ltokens/loraCPU.Seconds())
		}(), last(loraLoss), lsteps, (ltokens/loraTime.Seconds())/(tokens/intTime.Seconds()))
	if svg == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(svg), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(svg, []byte(lossSVG(intLoss, floatLoss, h.Batch*h.SeqLen)), 0o644); err != nil {
		return err
	}
	fmt.Printf("loss curves: %s\n", svg)
	return nil
}

// lossSVG draws two loss curves (per step, and their 10-step moving
// averages) over steps on a linear scale.
func lossSVG(a, b []float64, tokensPerStep int) string {
	const W, H, L, R, T, B = 640.0, 360.0, 56.0, 16.0, 28.0, 44.0
	hi := 0.0
	for i := range a {
		hi = max(hi, a[i], b[i])
	}
	hi = float64(int(hi) + 1)
	n := len(a)
	x := func(i int) float64 { return L + (W-L-R)*float64(i)/float64(max(n-1, 1)) }
	y := func(v float64) float64 { return T + (H-T-B)*(1-v/hi) }
	var s strings.Builder
	fmt.Fprintf(&s, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="12">`+"\n", W, H)
	fmt.Fprintf(&s, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(&s, `<text x="%.0f" y="18">Training loss on the demo corpus: integer trainer vs float64 reference (%d tokens/step)</text>`+"\n", L, tokensPerStep)
	for v := 0.0; v <= hi; v++ {
		fmt.Fprintf(&s, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="end">%.0f</text>`+"\n",
			L, y(v), W-R, y(v), L-6, y(v)+4, v)
	}
	for k := 0; k <= 4; k++ {
		i := (n - 1) * k / 4
		fmt.Fprintf(&s, `<text x="%.1f" y="%.1f" text-anchor="middle">%d</text>`+"\n", x(i), H-B+16, i+1)
	}
	fmt.Fprintf(&s, `<text x="%.1f" y="%.1f" text-anchor="middle">step</text>`+"\n", (L+W-R)/2, H-8)
	line := func(v []float64, color string, width float64, opacity float64) {
		fmt.Fprintf(&s, `<polyline fill="none" stroke="%s" stroke-width="%.1f" stroke-opacity="%.2f" points="`, color, width, opacity)
		for i, l := range v {
			fmt.Fprintf(&s, "%.1f,%.1f ", x(i), y(l))
		}
		s.WriteString("\"/>\n")
	}
	avg := func(v []float64) []float64 {
		out := make([]float64, len(v))
		var sum float64
		for i, l := range v {
			sum += l
			if i >= 10 {
				sum -= v[i-10]
			}
			out[i] = sum / float64(min(i+1, 10))
		}
		return out
	}
	line(a, "#1f77b4", 1, 0.3)
	line(b, "#d62728", 1, 0.3)
	line(avg(a), "#1f77b4", 2, 1)
	line(avg(b), "#d62728", 2, 1)
	fmt.Fprintf(&s, `<text x="%.0f" y="%.0f" fill="#1f77b4">integer (canonical)</text>`+"\n", W-R-160, T+16)
	fmt.Fprintf(&s, `<text x="%.0f" y="%.0f" fill="#d62728">float64 reference</text>`+"\n", W-R-160, T+32)
	s.WriteString("</svg>\n")
	return s.String()
}
