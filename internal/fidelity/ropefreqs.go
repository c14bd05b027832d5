package fidelity

import "math"

// Llama3RopeFactors returns LLaMA 3.1's rope_freqs for rotary dimensions
// dims and RoPE base base, computed as llama.cpp's convert_hf_to_gguf.py
// does for rope_scaling type "llama3" (factor 8, low-frequency factor 1,
// high-frequency factor 4) with an original context of origCtx positions:
// pairs whose wavelength is below origCtx/4 keep factor 1, those above
// origCtx get 8, and those between a smooth blend.
func Llama3RopeFactors(dims int, base, origCtx float64) []float32 {
	const factor, lowFreq, highFreq = 8.0, 1.0, 4.0
	lowWavelen, highWavelen := origCtx/lowFreq, origCtx/highFreq
	out := make([]float32, dims/2)
	for i := range out {
		wavelen := 2 * math.Pi * math.Pow(base, 2*float64(i)/float64(dims))
		f := 1.0
		switch {
		case wavelen < highWavelen:
		case wavelen > lowWavelen:
			f = factor
		default:
			smooth := (origCtx/wavelen - lowFreq) / (highFreq - lowFreq)
			f = 1 / ((1-smooth)/factor + smooth)
		}
		out[i] = float32(f)
	}
	return out
}

// WriteRopeFreqs rewrites the generated model src as dst with a
// rope_freqs.weight tensor (F32, first, where llama.cpp's converter writes
// it) holding factors, and without the airollup.* keys: a LLaMA 3.1-style
// file as a user would bring it.
func WriteRopeFreqs(src, dst string, factors []float32) error {
	return Rewrite{RopeFreqs: factors}.Write(src, dst)
}
