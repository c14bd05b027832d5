package canon

// Log2E is log2(e) in Q2.30, rounded to nearest.
const Log2E = 1549082005

// exp2Coeffs are round((-ln 2)^k / k! · 2^30) for k = 0..10: the Taylor
// polynomial of 2^-u = e^(-u·ln2) on u ∈ [0, 1), truncation error < 2^-31.
var exp2Coeffs = [11]int64{
	1073741824, -744261118, 257941248, -59597083, 10327387,
	-1431680, 165394, -16377, 1419, -109, 8,
}

// ExpNeg returns e^x in Q2.30 for an activation x ≤ 0 (Q16.16); positive x is
// treated as 0 (e^0 = 2^30). Integer only: x·log2(e) is split into an integer
// power of two and a fraction u ∈ [0, 1), 2^-u is a degree-10 polynomial
// evaluated by Horner's rule in Q30 with round-half-away shifts, and the power
// of two is a rounding right shift (docs/arithmetic.md, "exp").
func ExpNeg(x int32) int64 {
	if x >= 0 {
		return 1 << ProbFrac
	}
	a := roundShift(-int64(x)*Log2E, ActFrac) // -x·log2(e) in Q30, ≥ 0, < 2^46
	n := a >> ProbFrac
	if n > 30 {
		return 0
	}
	u := a & (1<<ProbFrac - 1)
	p := exp2Coeffs[10]
	for k := 9; k >= 0; k-- {
		p = exp2Coeffs[k] + roundShift(p*u, ProbFrac)
	}
	if n == 0 {
		return p
	}
	return roundShift(p, uint(n))
}

// Sigmoid returns 1/(1+e^-x) in Q2.30 for an activation x (Q16.16).
func Sigmoid(x int32) int64 {
	if x >= 0 {
		e := ExpNeg(-x) // e^-x ∈ (0, 1]
		return roundDiv(1<<(2*ProbFrac), 1<<ProbFrac+e)
	}
	e := ExpNeg(x) // e^x ∈ [0, 1)
	return roundDiv(e<<ProbFrac, 1<<ProbFrac+e)
}

// SiLU returns x·sigmoid(x) as an activation (Q16.16, saturated).
func SiLU(x int32) int32 {
	return sat32(roundShift(int64(x)*Sigmoid(x), ProbFrac))
}
