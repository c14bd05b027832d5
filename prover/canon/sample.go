package canon

import (
	"encoding/binary"
	"math/bits"
	"sort"

	"github.com/airollup/airollup/prover/merkle"
)

// SampleParams are a job's sampling parameters, all integers.
type SampleParams struct {
	// TemperatureMilli is the temperature × 1000; 0 selects greedy argmax.
	TemperatureMilli uint32
	// TopK keeps the K most likely tokens; 0 keeps all.
	TopK uint32
	// TopPMicro is top-p × 10^6; 0 or ≥ 10^6 keeps all.
	TopPMicro uint32
	// Seed seeds the keccak PRNG.
	Seed [32]byte
}

// Greedy reports whether p selects argmax decoding.
func (p SampleParams) Greedy() bool { return p.TemperatureMilli == 0 }

// Argmax returns the index of the largest logit; ties go to the lowest index.
func Argmax(logits []int32) int32 {
	best := 0
	for i, v := range logits {
		if v > logits[best] {
			best = i
		}
	}
	return int32(best)
}

// Random returns the PRNG word for sampling step i: keccak256(seed ‖ be64(i))
// read as a big-endian 256-bit integer, as four 64-bit limbs (most significant first).
func Random(seed [32]byte, step uint64) [4]uint64 {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], step)
	h := merkle.Keccak(seed[:], b[:])
	var r [4]uint64
	for i := range r {
		r[i] = binary.BigEndian.Uint64(h[8*i:])
	}
	return r
}

// mod256 returns r mod m for a 256-bit r (big-endian limbs) and 0 < m < 2^63.
func mod256(r [4]uint64, m uint64) uint64 {
	var rem uint64
	for _, w := range r {
		_, rem = bits.Div64(rem, w, m)
	}
	return rem
}

// Sample picks the next token from logits (Q16.16) for sampling step step
// (docs/arithmetic.md, "Sampling"):
//
//  1. greedy (temperature 0): Argmax;
//  2. candidates sorted by logit, descending, ties by lower id; top-k keeps the first K;
//  3. s_i = round((l_i - l_max)·1000 / T) (Q16.16, ≤ 0) and w_i = ExpNeg(s_i) (Q30);
//  4. top-p keeps the shortest prefix whose weight W_k satisfies W_k·10^6 ≥ P·W_all;
//  5. r = Random(seed, step) mod W_kept; the pick is the first candidate whose
//     cumulative weight exceeds r.
func Sample(logits []int32, p SampleParams, step uint64) int32 {
	if p.Greedy() {
		return Argmax(logits)
	}
	idx := make([]int32, len(logits))
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.Slice(idx, func(a, b int) bool {
		la, lb := logits[idx[a]], logits[idx[b]]
		return la > lb || (la == lb && idx[a] < idx[b])
	})
	if p.TopK > 0 && int(p.TopK) < len(idx) {
		idx = idx[:p.TopK]
	}
	mx := int64(logits[idx[0]])
	w := make([]int64, len(idx))
	var total uint64
	for i, id := range idx {
		s := roundDiv((int64(logits[id])-mx)*1000, int64(p.TemperatureMilli))
		w[i] = ExpNeg(sat32(s))
		total += uint64(w[i])
	}
	kept := len(idx)
	if p.TopPMicro > 0 && p.TopPMicro < 1_000_000 {
		thHi, thLo := bits.Mul64(uint64(p.TopPMicro), total)
		var cum uint64
		for i := range w {
			cum += uint64(w[i])
			hi, lo := bits.Mul64(cum, 1_000_000)
			if hi > thHi || (hi == thHi && lo >= thLo) {
				kept = i + 1
				break
			}
		}
	}
	var wk uint64
	for _, v := range w[:kept] {
		wk += uint64(v)
	}
	r := mod256(Random(p.Seed, step), wk)
	var cum uint64
	for i, v := range w[:kept] {
		cum += uint64(v)
		if cum > r {
			return idx[i]
		}
	}
	return idx[kept-1] // unreachable: cum reaches wk > r
}
