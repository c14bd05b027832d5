package worker

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
)

const metricsNamespace = "airollup_worker"

// PromMetrics exports what the backends and the service measure to
// Prometheus. The draft acceptance rate is
// draft_accepted_tokens_total / draft_proposed_tokens_total, a backend's
// speed tokens_total / job_seconds_total.
type PromMetrics struct {
	reg         *prometheus.Registry
	proposed    prometheus.Counter
	accepted    prometheus.Counter
	rounds      prometheus.Counter
	draftErrors prometheus.Counter
	jobs        *prometheus.CounterVec
	tokens      *prometheus.CounterVec
	seconds     *prometheus.CounterVec
	leased      prometheus.Counter
	submitted   *prometheus.CounterVec
}

var (
	_ Metrics        = (*PromMetrics)(nil)
	_ ServiceMetrics = (*PromMetrics)(nil)
)

// ServiceMetrics is what the service records beyond the backends' Metrics.
// A Metrics given to NewService that implements it receives these too.
type ServiceMetrics interface {
	// RecordLeased counts jobs leased from the sequencer.
	RecordLeased(n int)
	// RecordSubmitted counts a result the sequencer accepted or refused.
	RecordSubmitted(accepted bool)
}

// NewPromMetrics returns metrics registered in a new registry (with the
// process and Go collectors).
func NewPromMetrics() *PromMetrics {
	reg := opmetrics.NewRegistry()
	f := opmetrics.With(reg)
	c := func(name, help string) prometheus.Counter {
		return f.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: name, Help: help})
	}
	cv := func(name, help, label string) *prometheus.CounterVec {
		return f.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: name, Help: help}, []string{label})
	}
	return &PromMetrics{
		reg:         reg,
		proposed:    c("draft_proposed_tokens_total", "Draft tokens checked by the canonical runtime"),
		accepted:    c("draft_accepted_tokens_total", "Draft tokens the canonical runtime agreed with"),
		rounds:      c("draft_rounds_total", "Verification passes over a draft"),
		draftErrors: c("draft_errors_total", "Draft requests that failed (the job went on canonically)"),
		jobs:        cv("jobs_total", "Jobs finished, by backend", "backend"),
		tokens:      cv("tokens_total", "Output tokens, by backend", "backend"),
		seconds:     cv("job_seconds_total", "Time spent running jobs, by backend", "backend"),
		leased:      c("leases_total", "Jobs leased from the sequencer"),
		submitted:   cv("results_total", "Results submitted, by whether the sequencer accepted them", "accepted"),
	}
}

// Registry returns the registry the metrics are in.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.reg }

// RecordDraftRound implements Metrics.
func (m *PromMetrics) RecordDraftRound(proposed, accepted int) {
	m.rounds.Inc()
	m.proposed.Add(float64(proposed))
	m.accepted.Add(float64(accepted))
}

// RecordDraftError implements Metrics.
func (m *PromMetrics) RecordDraftError() { m.draftErrors.Inc() }

// RecordJob implements Metrics.
func (m *PromMetrics) RecordJob(b BackendKind, tokens int, elapsed time.Duration) {
	m.jobs.WithLabelValues(string(b)).Inc()
	m.tokens.WithLabelValues(string(b)).Add(float64(tokens))
	m.seconds.WithLabelValues(string(b)).Add(elapsed.Seconds())
}

// RecordLeased implements ServiceMetrics.
func (m *PromMetrics) RecordLeased(n int) { m.leased.Add(float64(n)) }

// RecordSubmitted implements ServiceMetrics.
func (m *PromMetrics) RecordSubmitted(accepted bool) {
	if accepted {
		m.submitted.WithLabelValues("true").Inc()
	} else {
		m.submitted.WithLabelValues("false").Inc()
	}
}

type noopServiceMetrics struct{}

func (noopServiceMetrics) RecordLeased(int)     {}
func (noopServiceMetrics) RecordSubmitted(bool) {}
