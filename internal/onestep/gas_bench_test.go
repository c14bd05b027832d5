package onestep

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// BenchmarkOneStepGas prints the gas table of make bench: the gas of one
// step() transaction for the first step of every opcode (and every matrix of
// MATVEC) at model dims 64, 288 and 4096/11008 (one LLaMA-7B-shaped block),
// the micro-steps per block and level-2 depth, and the time to produce a step
// proof. Gas is measured with eth_estimateGas on the simulated L1 and
// includes the 21,000 base and the calldata.
func BenchmarkOneStepGas(b *testing.B) {
	shapes := []struct {
		name string
		spec modelgen.Spec
	}{
		{"dim 64 (tiny)", modelgen.Spec{Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 512, Context: 64, Seed: 1}},
		{"dim 288 (stories15M)", modelgen.Spec{Dim: 288, Layers: 1, Heads: 6, KVHeads: 6, FFDim: 768, Vocab: 512, Context: 256, Seed: 1}},
		{"dim 4096 / ff 11008 (LLaMA-7B block)", modelgen.Spec{Dim: 4096, Layers: 1, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 512, Context: 4096, Seed: 1}},
	}
	chain := l1test.New(b, 1)
	addr := Deploy(b, chain)
	osv := bindings.NewOneStepVerifier()
	type row struct {
		shape, step string
		gas         uint64
	}
	var rows []row
	var notes []string
	for _, sh := range shapes {
		start := time.Now()
		m, err := sh.spec.Model()
		if err != nil {
			b.Fatal(err)
		}
		mt, err := vm.NewModelTree(m)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "bench: %s generated and committed in %s\n", sh.name, time.Since(start).Round(time.Millisecond))
		tokens := []int32{1, 17, 33, 65}
		p := len(tokens) - 1
		job := bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(tokens), PromptLen: uint32(len(tokens))}
		var worst time.Duration
		measure := func(mc *vm.Machine, prefix string) {
			pr := mc.Program()
			seen := map[string]bool{}
			for k := uint64(0); k < pr.Len(); k++ {
				ins, _ := pr.At(k)
				key := prefix + ins.Op.String()

				mats := []string{"q", "k", "v", "o", "gate", "up", "down", "output"}
				switch ins.Op {
				case vm.OpMatVec:
					key = fmt.Sprintf("%sMATVEC %s", prefix, mats[ins.A])
				case vm.OpMatVecPart:
					key = fmt.Sprintf("%sMATVECP %s part %d", prefix, mats[ins.A&0xff], ins.A>>8)
				}
				if seen[key] {
					continue
				}
				seen[key] = true
				if err := mc.RunTo(k); err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				sp, err := mc.Prove(mt)
				if err != nil {
					b.Fatal(err)
				}
				worst = max(worst, time.Since(t0))
				data := osv.PackStep(Config(m), mt.Root(), job, Proof(sp))
				gas, err := chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: chain.Addrs[0], To: &addr, Data: data})
				if err != nil {
					b.Fatalf("%s %s: %v", sh.name, key, err)
				}
				rows = append(rows, row{sh.name, key, gas})
			}
		}
		mc := machineAtB(b, m, tokens, p, 0)
		pr := mc.Program()
		measure(mc, "")
		measure(machineAtB(b, m, tokens, p, m.Layers), "head: ") // after the prompt: output head + argmax
		measure(machineAtB(b, m, tokens, 0, m.Layers), "head: ") // inside the prompt: PROMPT
		// sampled: temperature, top-k and top-p after a 2-token prompt
		params := canon.SampleParams{TemperatureMilli: 800, TopK: 40, TopPMicro: 950_000, Seed: [32]byte{1}}
		job = bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(tokens[:2]), PromptLen: 2,
			TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, TopPMicro: params.TopPMicro, Seed: params.Seed}
		measure(machineWith(b, m, tokens, p, m.Layers, 2, params), "head (sampled): ")
		// A cold proof: from the block's first state to the last MATVEC down row, no checkpoints.
		last := pr.Len() - uint64(m.Dim/32) - 1
		fresh := machineAtB(b, m, tokens, p, 0)
		t0 := time.Now()
		if err := fresh.RunTo(last); err != nil {
			b.Fatal(err)
		}
		if _, err := fresh.Prove(mt); err != nil {
			b.Fatal(err)
		}
		cold := time.Since(t0)
		notes = append(notes, fmt.Sprintf("| %s | %d at p=%d (%d at p=1023) | %d | %s | %s |", sh.name, pr.Len(), p,
			vm.Compile(m.Config, 1023).Len(), merkle.Depth(pr.Len()), worst.Round(time.Millisecond), cold.Round(time.Millisecond)))
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].step < rows[j].step })
	fmt.Printf("\nOneStepVerifier gas per step (eth_estimateGas, first step of each opcode; goal ≤ 600,000 at 7B dims)\n\n")
	fmt.Printf("| step | %s | %s | %s |\n|---|---|---|---|\n", shapes[0].name, shapes[1].name, shapes[2].name)
	byStep := map[string][3]uint64{}
	var order []string
	for _, r := range rows {
		g, ok := byStep[r.step]
		if !ok {
			order = append(order, r.step)
		}
		for i, sh := range shapes {
			if sh.name == r.shape {
				g[i] = r.gas
			}
		}
		byStep[r.step] = g
	}
	var maxGas [3]uint64
	cell := func(g uint64) string {
		if g == 0 {
			return "—"
		}
		return fmt.Sprint(g)
	}
	for _, s := range order {
		g := byStep[s]
		fmt.Printf("| %s | %s | %s | %s |\n", s, cell(g[0]), cell(g[1]), cell(g[2]))
		for i := range g {
			maxGas[i] = max(maxGas[i], g[i])
		}
	}
	fmt.Printf("| **max** | %d | %d | %d |\n", maxGas[0], maxGas[1], maxGas[2])
	fmt.Printf("\n| model | micro-steps per block | level-2 depth | slowest step proof (from the state before it) | cold proof of the last MATVEC down row (replay from h(p, l)) |\n|---|---|---|---|---|\n")
	for _, n := range notes {
		fmt.Println(n)
	}
}

// machineAtB is machineAt for benchmarks.
func machineAtB(b *testing.B, m *canon.Model, tokens []int32, p, l int) *vm.Machine {
	return machineAt(b, m, tokens, p, l)
}
