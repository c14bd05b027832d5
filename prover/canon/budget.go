package canon

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"
)

// ErrBudget is returned when a model or a session would need more memory
// than its budget allows; the error is a *BudgetError.
var ErrBudget = errors.New("canon: memory budget exceeded")

// Memory is a worst-case memory need in bytes, by part.
type Memory struct {
	Weights int64 // Q8_0 matrices (with per-row scale bounds) and norm weights
	Rope    int64 // RoPE table at full context
	KV      int64 // KV cache and per-position buffers of one full-context session
	Vocab   int64 // vocabulary and tokenizer (set by loaders; zero from Config.Memory)
}

// Total is the sum of the parts.
func (m Memory) Total() int64 { return m.Weights + m.Rope + m.KV + m.Vocab }

// Memory returns the worst-case memory of a model of configuration c held by
// the canonical runtime: its weights (the output matrix counted separately
// unless tied), the RoPE table of all Context positions, and the KV cache of
// one session of Context positions. c must have passed Check.
func (c Config) Memory(tied bool) Memory {
	q8 := func(rows, cols int) int64 { return int64(rows) * (int64(cols)/BlockSize*BlockBytes + 1) }
	d, kv, ff := c.Dim, c.KVDim(), c.FFDim
	layer := 2*q8(d, d) + 2*q8(kv, d) + 2*q8(ff, d) + q8(d, ff) + 2*4*int64(d)
	w := q8(c.Vocab, d) + int64(c.Layers)*layer + 4*int64(d)
	if !tied {
		w += q8(c.Vocab, d)
	}
	return Memory{Weights: w, Rope: RopeBytes(c.RopeDims, c.Context), KV: c.SessionBytes(c.Context)}
}

// RopeBytes is the memory of a RoPE table of dims rotary dimensions when all
// its positions are in use.
func RopeBytes(dims, positions int) int64 { return int64(positions) * int64(dims/2) * 8 }

// SessionBytes is the memory a session of capacity positions allocates up
// front: per layer, each position's keys and values (int32) and key bound,
// plus per-position score and probability buffers. c must have passed Check.
func (c Config) SessionBytes(capacity int) int64 {
	perPos := int64(c.Layers)*(2*4*int64(c.KVDim())+1) + 4 + 8
	return int64(capacity) * perPos
}

// BudgetError reports a memory need beyond a budget, naming what drives it.
type BudgetError struct {
	Key    string // what is responsible: a GGUF key (loaders) or "session capacity"
	Value  int64  // its value
	Need   Memory // the need, by part
	Budget int64  // the budget in bytes
}

func (e *BudgetError) Error() string {
	return fmt.Sprintf("canon: memory budget exceeded: %s = %d needs %s (weights %s, RoPE table %s, KV cache %s, vocabulary %s), budget %s",
		e.Key, e.Value, FormatBytes(e.Need.Total()), FormatBytes(e.Need.Weights), FormatBytes(e.Need.Rope),
		FormatBytes(e.Need.KV), FormatBytes(e.Need.Vocab), FormatBytes(e.Budget))
}

// Unwrap returns ErrBudget.
func (e *BudgetError) Unwrap() error { return ErrBudget }

// FormatBytes writes n in binary units with one decimal (e.g. "1.5 GiB").
func FormatBytes(n int64) string {
	const units = "KMGTPE"
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	div, u := int64(1024), 0
	for n/div >= 1024 && u < len(units)-1 {
		div *= 1024
		u++
	}
	// one decimal, integer-only: tenths rounded down
	return fmt.Sprintf("%d.%d %ciB", n/div, n%div*10/div, units[u])
}

// fallbackBudget is the default budget where the machine's memory is unknown.
const fallbackBudget = 8 << 30

// DefaultMemoryBudget is the budget used when none is configured: three
// quarters of the least of the physical memory, the cgroup memory limit
// (memory.max), the address-space limit (RLIMIT_AS) and the Go runtime's
// memory limit (GOMEMLIMIT, debug.SetMemoryLimit), each where known and
// set; 8 GiB where none is known.
func DefaultMemoryBudget() int64 {
	limit := systemMemoryLimit()
	if l := debug.SetMemoryLimit(-1); l > 0 && l < math.MaxInt64 && (limit <= 0 || l < limit) {
		limit = l
	}
	if limit <= 0 {
		return fallbackBudget
	}
	return limit / 4 * 3
}

// budget resolves a configured budget: ≤ 0 means DefaultMemoryBudget.
func budget(b int64) int64 {
	if b <= 0 {
		return DefaultMemoryBudget()
	}
	return b
}
