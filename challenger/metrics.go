package challenger

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics observes the challenger. Implementations must be safe for
// concurrent use.
type Metrics interface {
	// RecordProposal counts a proposal read from L1.
	RecordProposal()
	// RecordReorg counts a proposal forgotten because its block left the chain.
	RecordReorg()
	// RecordChecked counts a record re-executed.
	RecordChecked()
	// RecordDispute counts a dispute opened.
	RecordDispute()
	// RecordMoves counts game moves and steps that landed.
	RecordMoves(n int)
	// RecordTx counts a transaction sent, by what it does, with its gas.
	RecordTx(what string, gas uint64)
	// RecordClock counts a game round played with our clock in a hurry or out.
	RecordClock(u Urgency)
	// RecordGames sets the number of games played in the last round.
	RecordGames(n int)
	// RecordUnchecked sets the number of records left unchecked because
	// their model cannot be fetched, by model root.
	RecordUnchecked(byModel map[string]int)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

func (NoopMetrics) RecordProposal()                {}
func (NoopMetrics) RecordReorg()                   {}
func (NoopMetrics) RecordChecked()                 {}
func (NoopMetrics) RecordDispute()                 {}
func (NoopMetrics) RecordMoves(int)                {}
func (NoopMetrics) RecordTx(string, uint64)        {}
func (NoopMetrics) RecordClock(Urgency)            {}
func (NoopMetrics) RecordGames(int)                {}
func (NoopMetrics) RecordUnchecked(map[string]int) {}

const namespace = "airollup_challenger"

// PromMetrics exports the metrics to Prometheus.
type PromMetrics struct {
	reg       *prometheus.Registry
	proposals prometheus.Counter
	reorgs    prometheus.Counter
	checked   prometheus.Counter
	disputes  prometheus.Counter
	moves     prometheus.Counter
	txs       *prometheus.CounterVec
	gas       *prometheus.CounterVec
	clock     *prometheus.CounterVec
	games     prometheus.Gauge
	unchecked *prometheus.GaugeVec
}

// NewPromMetrics registers the challenger's metrics on a new registry.
func NewPromMetrics() *PromMetrics {
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help})
	}
	m := &PromMetrics{reg: prometheus.NewRegistry(),
		proposals: c("proposals_total", "Batch proposals read from L1."),
		reorgs:    c("reorged_proposals_total", "Proposals forgotten after a reorg."),
		checked:   c("records_reexecuted_total", "Records re-executed."),
		disputes:  c("disputes_total", "Disputes opened."),
		moves:     c("game_actions_total", "Game moves and steps that landed."),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "transactions_total",
			Help: "Transactions sent, by function."}, []string{"function"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "gas_used_total",
			Help: "Gas used by the transactions sent, by function."}, []string{"function"}),
		clock: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "clock_warnings_total",
			Help: "Game rounds played with our chess clock low (hurry) or run out (expired)."}, []string{"urgency"}),
		games: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "games_in_play",
			Help: "Games played in the last round."}),
		unchecked: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Name: "unchecked_records",
			Help: "Records not re-executed because their model cannot be fetched, by model root: they finalize unchecked " +
				"unless the model is found before their window closes."}, []string{"model"}),
	}
	m.reg.MustRegister(m.proposals, m.reorgs, m.checked, m.disputes, m.moves, m.txs, m.gas, m.clock, m.games, m.unchecked)
	return m
}

// Registry returns the registry the metrics are on.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.reg }

func (m *PromMetrics) RecordProposal()   { m.proposals.Inc() }
func (m *PromMetrics) RecordReorg()      { m.reorgs.Inc() }
func (m *PromMetrics) RecordChecked()    { m.checked.Inc() }
func (m *PromMetrics) RecordDispute()    { m.disputes.Inc() }
func (m *PromMetrics) RecordMoves(n int) { m.moves.Add(float64(n)) }
func (m *PromMetrics) RecordTx(what string, gas uint64) {
	m.txs.WithLabelValues(what).Inc()
	m.gas.WithLabelValues(what).Add(float64(gas))
}

// RecordClock counts hurry and expired rounds (idle and calm are not counted).
func (m *PromMetrics) RecordClock(u Urgency) {
	if u == Hurry || u == Expired {
		m.clock.WithLabelValues(u.String()).Inc()
	}
}

func (m *PromMetrics) RecordGames(n int) { m.games.Set(float64(n)) }

// RecordUnchecked sets the unchecked records' gauge of every model (a model
// no longer listed is dropped).
func (m *PromMetrics) RecordUnchecked(byModel map[string]int) {
	m.unchecked.Reset()
	for model, n := range byModel {
		m.unchecked.WithLabelValues(model).Set(float64(n))
	}
}
