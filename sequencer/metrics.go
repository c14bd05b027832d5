package sequencer

import (
	"github.com/prometheus/client_golang/prometheus"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"

	"github.com/airollup/airollup/sequencer/inbox"
	"github.com/airollup/airollup/sequencer/store"
)

// Metrics observes the sequencer service. Implementations must be safe for
// concurrent use.
type Metrics interface {
	store.Metrics
	inbox.Metrics
	// RecordWorkers sets the number of registered workers.
	RecordWorkers(n int)
	// RecordLeased counts jobs leased to workers.
	RecordLeased(n int)
	// RecordLeaseExpired counts leases that passed their deadline.
	RecordLeaseExpired(n int)
	// RecordResult counts an accepted result; verified says it was re-executed.
	RecordResult(verified bool)
	// RecordResultRefused counts a result refused by re-execution.
	RecordResultRefused()
	// BatchProposed counts a batch proposed on L1 with its records and the gas its proposal used.
	BatchProposed(records int, gas uint64)
	// RecordDelivered counts a record delivered on L1 by this sequencer, with the gas it used.
	RecordDelivered(gas uint64)
}

// NoopMetrics records nothing.
type NoopMetrics struct{ store.NoopMetrics }

func (NoopMetrics) L1Processed(uint64, int, int) {}
func (NoopMetrics) L1Reorg(uint64)               {}

func (NoopMetrics) RecordWorkers(int)         {}
func (NoopMetrics) RecordLeased(int)          {}
func (NoopMetrics) RecordLeaseExpired(int)    {}
func (NoopMetrics) RecordResult(bool)         {}
func (NoopMetrics) RecordResultRefused()      {}
func (NoopMetrics) BatchProposed(int, uint64) {}
func (NoopMetrics) RecordDelivered(uint64)    {}

const namespace = "airollup_sequencer"

// PromMetrics exports the metrics to Prometheus.
type PromMetrics struct {
	reg          *prometheus.Registry
	jobs         *prometheus.CounterVec
	batches      *prometheus.CounterVec
	l1Head       prometheus.Gauge
	l1Jobs       prometheus.Counter
	l1Refunds    prometheus.Counter
	l1Reorgs     prometheus.Counter
	l1ReorgDepth prometheus.Gauge
	workers      prometheus.Gauge
	leased       prometheus.Counter
	expired      prometheus.Counter
	results      *prometheus.CounterVec
	refused      prometheus.Counter
	proposed     prometheus.Counter
	proposedRecs prometheus.Counter
	l1Gas        *prometheus.CounterVec
	delivered    prometheus.Counter
}

var _ Metrics = (*PromMetrics)(nil)

// NewPromMetrics returns metrics registered in a new registry (with the
// process and Go collectors).
func NewPromMetrics() *PromMetrics {
	reg := opmetrics.NewRegistry()
	f := opmetrics.With(reg)
	return &PromMetrics{
		reg: reg,
		jobs: f.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "jobs_moved_total",
			Help: "Jobs entering each state"}, []string{"state"}),
		batches: f.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "batches_moved_total",
			Help: "Batches entering each status"}, []string{"status"}),
		l1Head: f.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "l1_head",
			Help: "Last L1 block whose inbox events are stored"}),
		l1Jobs: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "l1_jobs_total",
			Help: "JobSubmitted events stored"}),
		l1Refunds: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "l1_refunds_total",
			Help: "JobRefunded events stored"}),
		l1Reorgs: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "l1_reorgs_total",
			Help: "L1 reorgs rewound"}),
		l1ReorgDepth: f.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "l1_last_reorg_depth",
			Help: "Depth of the last L1 reorg rewound"}),
		workers: f.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "workers",
			Help: "Registered workers"}),
		leased: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "leases_total",
			Help: "Jobs leased to workers"}),
		expired: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "leases_expired_total",
			Help: "Leases that passed their deadline"}),
		results: f.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "results_total",
			Help: "Results accepted, by whether they were re-executed"}, []string{"verified"}),
		refused: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "results_refused_total",
			Help: "Results refused by re-execution (the worker was deregistered)"}),
		proposed: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "batches_proposed_total",
			Help: "Batches proposed on L1"}),
		proposedRecs: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "records_proposed_total",
			Help: "Records in the batches proposed on L1"}),
		l1Gas: f.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "l1_gas_used_total",
			Help: "L1 gas used by the sequencer's transactions, by purpose"}, []string{"tx"}),
		delivered: f.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "records_delivered_total",
			Help: "Records delivered on L1 by this sequencer"}),
	}
}

// Registry returns the registry the metrics are in.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.reg }

func (m *PromMetrics) JobMoved(_, to store.State)      { m.jobs.WithLabelValues(to.String()).Inc() }
func (m *PromMetrics) BatchMoved(to store.BatchStatus) { m.batches.WithLabelValues(to.String()).Inc() }
func (m *PromMetrics) RecordWorkers(n int)             { m.workers.Set(float64(n)) }
func (m *PromMetrics) RecordLeased(n int)              { m.leased.Add(float64(n)) }
func (m *PromMetrics) RecordLeaseExpired(n int)        { m.expired.Add(float64(n)) }
func (m *PromMetrics) RecordResultRefused()            { m.refused.Inc() }
func (m *PromMetrics) L1Reorg(depth uint64)            { m.l1Reorgs.Inc(); m.l1ReorgDepth.Set(float64(depth)) }
func (m *PromMetrics) BatchProposed(records int, gas uint64) {
	m.proposed.Inc()
	m.proposedRecs.Add(float64(records))
	m.l1Gas.WithLabelValues("propose").Add(float64(gas))
}
func (m *PromMetrics) RecordDelivered(gas uint64) {
	m.delivered.Inc()
	m.l1Gas.WithLabelValues("deliver").Add(float64(gas))
}
func (m *PromMetrics) RecordResult(verified bool) {
	if verified {
		m.results.WithLabelValues("true").Inc()
	} else {
		m.results.WithLabelValues("false").Inc()
	}
}
func (m *PromMetrics) L1Processed(head uint64, jobs, refunds int) {
	m.l1Head.Set(float64(head))
	m.l1Jobs.Add(float64(jobs))
	m.l1Refunds.Add(float64(refunds))
}
