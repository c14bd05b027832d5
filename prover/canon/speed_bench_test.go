package canon_test

import (
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

var (
	speedOnce   sync.Once
	speedModels map[string]*canon.Model
	speedErr    error
)

// speedModel returns the generated model of tools/bench's runtime table
// (gen-15M = modelgen.Small, gen-100M = modelgen.Medium), built once.
func speedModel(b *testing.B, name string) *canon.Model {
	speedOnce.Do(func() {
		speedModels = map[string]*canon.Model{}
		for n, s := range map[string]modelgen.Spec{"gen-15M": modelgen.Small, "gen-100M": modelgen.Medium} {
			m, err := s.Model()
			if err != nil {
				speedErr = err
				return
			}
			speedModels[n] = m
		}
	})
	if speedErr != nil {
		b.Fatal(speedErr)
	}
	return speedModels[name]
}

// cpuTime is the process's user+system CPU time: on a shared machine the
// 1-thread rows compare better by it than by wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSpeed times the runtime table's three figures on both generated
// models at 1 and 2 threads, with and without the level-1 trace: decode (one
// Forward per token after a 13-token prompt) and verify (one teacher-forced
// Forward over 76 positions, logits for all). Compare traced/plain pairs from
// the same run for the commitment overhead.
func BenchmarkSpeed(b *testing.B) {
	const prompt, gen = 13, 32
	for _, name := range []string{"gen-15M", "gen-100M"} {
		for _, threads := range []int{1, 2} {
			for _, trace := range []bool{false, true} {
				opts := canon.Options{Threads: threads}
				b.Run(fmt.Sprintf("%s/decode/t%d/trace=%v", name, threads, trace), func(b *testing.B) {
					m := speedModel(b, name)
					toks := make([]int32, prompt)
					for i := range toks {
						toks[i] = int32(i*37+1) % int32(m.Vocab)
					}
					var cpu time.Duration
					b.ResetTimer()
					for i := 0; i < b.N; i++ {
						b.StopTimer()
						s, err := m.NewSession(prompt+gen, trace, opts)
						if err != nil {
							b.Fatal(err)
						}
						logits, err := s.Forward(b.Context(), toks, canon.LogitsLast)
						if err != nil {
							b.Fatal(err)
						}
						b.StartTimer()
						c0 := cpuTime()
						tok := []int32{canon.Argmax(logits[0])}
						for j := 0; j < gen; j++ {
							if logits, err = s.Forward(b.Context(), tok, canon.LogitsLast); err != nil {
								b.Fatal(err)
							}
							tok[0] = canon.Argmax(logits[0])
						}
						cpu += cpuTime() - c0
					}
					b.ReportMetric(float64(gen*b.N)/b.Elapsed().Seconds(), "tok/s")
					b.ReportMetric(float64(gen*b.N)/cpu.Seconds(), "tok/cpu-s")
				})
				b.Run(fmt.Sprintf("%s/verify/t%d/trace=%v", name, threads, trace), func(b *testing.B) {
					m := speedModel(b, name)
					const n = prompt + 63
					toks := make([]int32, n)
					for i := range toks {
						toks[i] = int32(i*37+1) % int32(m.Vocab)
					}
					b.ResetTimer()
					c0 := cpuTime()
					for i := 0; i < b.N; i++ {
						s, err := m.NewSession(n, trace, opts)
						if err != nil {
							b.Fatal(err)
						}
						if _, err := s.Forward(b.Context(), toks, canon.LogitsAll); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
					b.ReportMetric(float64(n*b.N)/(cpuTime()-c0).Seconds(), "tok/cpu-s")
				})
			}
		}
	}
}
