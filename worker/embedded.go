package worker

import (
	"context"
	"time"

	"github.com/airollup/airollup/prover/canon"
)

// Embedded is the default backend: the canonical runtime alone, no other
// process needed.
type Embedded struct {
	Store   *Store
	Options canon.Options // threads of the canonical runtime (0: GOMAXPROCS)
	Metrics Metrics       // nil: NoopMetrics
}

// Run executes job with canon.Model.Generate.
func (e *Embedded) Run(ctx context.Context, job Job) (*Result, error) {
	h, err := e.Store.Get(ctx, job.Model)
	if err != nil {
		return nil, err
	}
	defer h.Release()
	if err := checkJob(job, h.Model); err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := h.Model.Generate(ctx, canonJob(job, h.Model), e.Options)
	if err != nil {
		return nil, err
	}
	metricsOr(e.Metrics).RecordJob(BackendEmbedded, len(res.Tokens), time.Since(start))
	return res, nil
}
