package trainvm

import (
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/train"
)

// The trainer's integer arithmetic (docs/arithmetic.md, "Training"): a
// micro-step computes each value with prover/train's own code.

const (
	wFrac    = train.WFrac    // master weights, Q8.24
	gradFrac = train.GradFrac // activation and parameter gradients
	hFrac    = train.HFrac    // hyperparameters
	accFrac  = train.AccFrac  // weight-gradient accumulators
	oneH     = train.OneH
)

func rshift(v int64, s uint) int64 { return canon.RoundShift(v, s) }
func rdiv(n, d int64) int64        { return canon.RoundDiv(n, d) }
func sat32(v int64) int32          { return canon.Sat32(v) }

type int128 = quant.Int128

func mulShift(a, b int64, s uint) int64 { return train.MulShift(a, b, s) }
func mulDiv(a, b, d int64) int64        { return train.MulDiv(a, b, d) }
func lnQ16(s int64) int64               { return train.LnQ16(s) }
func powQ32(b int64, t uint64) int64    { return train.PowQ32(b, t) }
