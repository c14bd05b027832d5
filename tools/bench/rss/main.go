// Command rss loads a canonical model (memory-mapped), decodes -n tokens
// greedily and prints, in KiB, its peak resident set size (VmHWM) and, at
// the end, the resident anonymous memory (RssAnon: heap, stacks, the Go
// runtime) and file-backed memory (RssFile: the mapped model and this
// binary's code). The bench
// (tools/bench) builds and runs it in a fresh process, so the figure is the
// runtime's own footprint: this binary links the runtime and nothing else.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
)

func main() {
	n := flag.Int("n", 128, "tokens to generate")
	threads := flag.Int("threads", 1, "threads")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: rss [-n N] [-threads T] MODEL.gguf")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *n, *threads); err != nil {
		fmt.Fprintln(os.Stderr, "rss:", err)
		os.Exit(1)
	}
}

func run(path string, n, threads int) error {
	l, err := llama.Load(path)
	if err != nil {
		return err
	}
	defer l.Close()
	job := canon.Job{Prompt: []int32{l.Vocab.BOS}, MaxTokens: n}
	if _, err := l.Model.Generate(context.Background(), job, canon.Options{Threads: threads}); err != nil {
		return err
	}
	// VmHWM, not getrusage: ru_maxrss survives execve and would report the parent's peak.
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return err
	}
	var out []string
	for _, key := range []string{"VmHWM:", "RssAnon:", "RssFile:"} {
		for _, line := range strings.Split(string(status), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == key {
				out = append(out, f[1])
			}
		}
	}
	if len(out) != 3 {
		return fmt.Errorf("VmHWM, RssAnon or RssFile not found in /proc/self/status")
	}
	fmt.Println(strings.Join(out, " "))
	return nil
}
