package canon

// swiGLU computes g_i ← SiLU(g_i)·u_i (Q16.16) in place: SwiGLU(g_i, u_i)
// for every i. The exps e^(-|g_i|) are computed 64 at a time by expNegBatch
// (the vector kernel where there is one), then each finished by swiGLUFrom.
func swiGLU(g, u []int32) {
	u = u[:len(g)]
	var y [64]int32
	var e [64]int64
	for i := 0; i < len(g); i += len(y) {
		x := g[i:min(i+len(y), len(g))]
		for j, v := range x {
			y[j] = negAbs(v)
		}
		expNegBatch(e[:len(x)], y[:len(x)])
		for j, v := range x {
			x[j] = swiGLUFrom(v, u[i+j], e[j])
		}
	}
}
