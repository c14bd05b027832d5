package canon

// expNegBatch sets out[i] = ExpNeg(y[i]) for every y[i] ≤ 0 (len(out) ≥
// len(y)): the vector kernel where the build and CPU have one, else (and for
// the tail) four Horner chains at a time. Every path is ExpNeg bit for bit.
func expNegBatch(out []int64, y []int32) {
	out = out[:len(y)]
	i := expNegVec(out, y)
	for ; i+4 <= len(y); i += 4 {
		out[i], out[i+1], out[i+2], out[i+3] = expNeg4(y[i], y[i+1], y[i+2], y[i+3])
	}
	for ; i < len(y); i++ {
		out[i] = ExpNeg(y[i])
	}
}
