package canon

// softmaxRow turns one head's scores into probabilities in place of probs
// (len(probs) = len(scores)): e_t = ExpNeg(sat32(s_t - max)) (by
// expNegBatch), sum = Σ e_t, p_t = roundDiv(e_t·2^30, sum). The scores are
// overwritten with s_t - max. sum ≥ 2^30 (the maximum's e is 2^30) and
// e_t·2^30 + sum/2 < 2^64, so the division by the row's invariant sum is
// divRecip, bit-identical to roundDiv.
func softmaxRow(probs []int64, scores []int32, mx int32) {
	for t, s := range scores {
		scores[t] = sat32(int64(s) - int64(mx))
	}
	probs = probs[:len(scores)]
	expNegBatch(probs, scores)
	var sum int64
	for _, e := range probs {
		sum += e
	}
	d := uint64(sum)
	m, half := recip(d), d/2
	for t, e := range probs {
		probs[t] = int64(divRecip(uint64(e)<<ProbFrac+half, d, m))
	}
}
