package worker

import (
	"sync"
	"time"
)

// BackendKind names a backend in metrics.
type BackendKind string

const (
	// BackendEmbedded is the canonical runtime alone.
	BackendEmbedded BackendKind = "embedded"
	// BackendOllama drafts with an Ollama-API runtime and verifies canonically.
	BackendOllama BackendKind = "ollama"
)

// Metrics receives what the backends measure. Implementations must be safe
// for concurrent use.
type Metrics interface {
	// RecordDraftRound: one verification pass checked proposed draft tokens
	// and accepted the first accepted of them.
	RecordDraftRound(proposed, accepted int)
	// RecordDraftError: a draft request failed; the job went on canonically.
	RecordDraftError()
	// RecordJob: a job finished on backend with tokens output tokens in elapsed.
	RecordJob(backend BackendKind, tokens int, elapsed time.Duration)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

// RecordDraftRound implements Metrics.
func (NoopMetrics) RecordDraftRound(int, int) {}

// RecordDraftError implements Metrics.
func (NoopMetrics) RecordDraftError() {}

// RecordJob implements Metrics.
func (NoopMetrics) RecordJob(BackendKind, int, time.Duration) {}

func metricsOr(m Metrics) Metrics {
	if m == nil {
		return NoopMetrics{}
	}
	return m
}

// Tally is a Metrics that keeps totals in memory (tests, benchmarks, and the
// source of the service's Prometheus counters).
type Tally struct {
	mu                         sync.Mutex
	rounds, proposed, accepted int64
	draftErrors                int64
	tokens                     map[BackendKind]int64
	elapsed                    map[BackendKind]time.Duration
}

// RecordDraftRound implements Metrics.
func (t *Tally) RecordDraftRound(proposed, accepted int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.rounds++
	t.proposed += int64(proposed)
	t.accepted += int64(accepted)
}

// RecordDraftError implements Metrics.
func (t *Tally) RecordDraftError() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.draftErrors++
}

// RecordJob implements Metrics.
func (t *Tally) RecordJob(b BackendKind, tokens int, elapsed time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.tokens == nil {
		t.tokens, t.elapsed = map[BackendKind]int64{}, map[BackendKind]time.Duration{}
	}
	t.tokens[b] += int64(tokens)
	t.elapsed[b] += elapsed
}

// TallySnapshot is a Tally's totals at one moment.
type TallySnapshot struct {
	Rounds, Proposed, Accepted, DraftErrors int64
	Tokens                                  map[BackendKind]int64
	Elapsed                                 map[BackendKind]time.Duration
}

// Snapshot returns the totals so far.
func (t *Tally) Snapshot() TallySnapshot {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := TallySnapshot{Rounds: t.rounds, Proposed: t.proposed, Accepted: t.accepted, DraftErrors: t.draftErrors,
		Tokens: map[BackendKind]int64{}, Elapsed: map[BackendKind]time.Duration{}}
	for k, v := range t.tokens {
		s.Tokens[k] = v
	}
	for k, v := range t.elapsed {
		s.Elapsed[k] = v
	}
	return s
}

// AcceptanceRate is accepted / proposed draft tokens (0 when none proposed).
func (s TallySnapshot) AcceptanceRate() float64 {
	if s.Proposed == 0 {
		return 0
	}
	return float64(s.Accepted) / float64(s.Proposed)
}

// TokensPerSecond is backend b's output tokens per second of job time.
func (s TallySnapshot) TokensPerSecond(b BackendKind) float64 {
	if s.Elapsed[b] <= 0 {
		return 0
	}
	return float64(s.Tokens[b]) / s.Elapsed[b].Seconds()
}
