package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/worker"
)

// workerBench measures the worker's tokens/s on one model: the embedded
// backend (canonical runtime alone) against the Ollama backend drafting with
// llama.cpp behind tools/llamacpp/ollama-server.mjs and verifying each draft
// canonically, on the same jobs (greedy, stopping at EOS or n tokens), with
// the draft acceptance rate. Both must give the same results (checked).
func workerBench(ctx context.Context, probe *llamacpp.Probe, name, path string, n, threads int) error {
	dir, err := os.MkdirTemp("", "bench-ollama-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	srv, err := probe.StartOllama(ctx, dir)
	if err != nil {
		return err
	}
	defer srv.Close()
	st, err := worker.NewStore(worker.StoreConfig{Options: canon.Options{Threads: threads}})
	if err != nil {
		return err
	}
	defer st.Close()
	root, err := st.Add(ctx, path)
	if err != nil {
		return err
	}
	h, err := st.Get(ctx, root)
	if err != nil {
		return err
	}
	tok := h.Tokenizer
	h.Release()
	prompts := []string{
		"Once upon a time, in a small village by the sea,",
		"The little dog ran to the park and",
		"One day, a girl named Lily found a",
	}
	var jobs []worker.Job
	for _, p := range prompts {
		jobs = append(jobs, worker.Job{Model: root, Prompt: tok.Tokenize(p, true, false), MaxTokens: n})
	}
	emb := &worker.Tally{}
	drafted := &worker.Tally{}
	e := &worker.Embedded{Store: st, Options: canon.Options{Threads: threads}, Metrics: emb}
	o, err := worker.NewOllama(worker.OllamaConfig{URL: srv.URL, Store: st, Options: canon.Options{Threads: threads}, Metrics: drafted})
	if err != nil {
		return err
	}
	if _, err := o.Run(ctx, worker.Job{Model: root, Prompt: jobs[0].Prompt, MaxTokens: 2}); err != nil { // upload, create, load
		return err
	}
	drafted = &worker.Tally{}
	o, _ = worker.NewOllama(worker.OllamaConfig{URL: srv.URL, Store: st, Options: canon.Options{Threads: threads}, Metrics: drafted})
	start := time.Now()
	for i, job := range jobs {
		want, err := e.Run(ctx, job)
		if err != nil {
			return err
		}
		got, err := o.Run(ctx, job)
		if err != nil {
			return err
		}
		if got.TraceRoot != want.TraceRoot || len(got.Tokens) != len(want.Tokens) {
			return fmt.Errorf("job %d: the ollama backend's result differs from the embedded one", i)
		}
	}
	es, ds := emb.Snapshot(), drafted.Snapshot()
	fmt.Printf("\nworker tokens/s on %s, embedded vs ollama-draft (llama.cpp via ollama-server.mjs, %d thread(s) each), %d jobs of ≤ %d tokens, %s total\n\n",
		name, threads, len(jobs), n, time.Since(start).Round(time.Millisecond))
	fmt.Println("| model | tokens | embedded tok/s | ollama-draft tok/s | speed-up | draft rounds | proposed | accepted | acceptance | draft errors |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	et, dt := es.TokensPerSecond(worker.BackendEmbedded), ds.TokensPerSecond(worker.BackendOllama)
	fmt.Printf("| %s | %d | %.1f | %.1f | %.2f× | %d | %d | %d | %.1f%% | %d |\n",
		name, es.Tokens[worker.BackendEmbedded], et, dt, dt/et, ds.Rounds, ds.Proposed, ds.Accepted, 100*ds.AcceptanceRate(), ds.DraftErrors)
	return nil
}
