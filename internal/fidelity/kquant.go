package fidelity

import (
	"encoding/binary"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/airollup/airollup/prover/gguf"
)

// This file writes the kinds of files users download (llama.cpp's Q4_K_M,
// Q5_K_M, Q6_K, Q4_1, Q5_1) from a generated model, so that the import of
// each kind can be measured against llama.cpp running the original file.
// The quantizers are transcriptions of ggml's reference ones
// (quantize_row_q4_K_ref etc. in ggml/src/ggml-quants.c), in float32 as
// there: fixtures, never part of a job result.

// groupMaxEps is ggml's GROUP_MAX_EPS.
const groupMaxEps = 1e-15

// nearestInt is ggml's nearest_int: round to nearest, ties to even, by the
// float32 magic-number addition.
func nearestInt(f float32) int {
	v := f + 12582912
	return int(math.Float32bits(v)&0x007fffff) - 0x00400000
}

// FP16 returns the IEEE binary16 bits nearest to f (ties to even), as
// GGML_FP32_TO_FP16.
func FP16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	a := b & 0x7fffffff
	switch {
	case a > 0x7f800000:
		return sign | 0x7e00
	case a >= 0x477ff000: // ≥ 65520 rounds to infinity
		return sign | 0x7c00
	case a < 0x38800000: // below 2^-14: a subnormal in units of 2^-24
		return sign | uint16(math.RoundToEven(float64(math.Float32frombits(a))*(1<<24)))
	}
	e := a>>23 - 127 + 15
	m := a & 0x7fffff
	h := e<<10 | m>>13
	if rem := m & 0x1fff; rem > 0x1000 || (rem == 0x1000 && h&1 == 1) {
		h++
	}
	return sign | uint16(h)
}

// FP16Value returns the value of finite fp16 bits h (GGML_FP16_TO_FP32).
func FP16Value(h uint16) float32 {
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	var v float64
	if exp == 0 {
		v = mant * math.Pow(2, -24)
	} else {
		v = (1 + mant/1024) * math.Pow(2, float64(exp-15))
	}
	if h>>15 == 1 {
		v = -v
	}
	return float32(v)
}

// makeQKX2Quants is ggml's make_qkx2_quants.
func makeQKX2Quants(n, nmax int, x, weights []float32, L, Laux []uint8, rmin, rdelta float32, nstep int) (scale, theMin float32) {
	mn, mx := x[0], x[0]
	sumW := weights[0]
	sumX := sumW * x[0]
	for i := 1; i < n; i++ {
		mn = min(mn, x[i])
		mx = max(mx, x[i])
		w := weights[i]
		sumW += w
		sumX += w * x[i]
	}
	if mn > 0 {
		mn = 0
	}
	if mx == mn {
		for i := range n {
			L[i] = 0
		}
		return 0, -mn
	}
	iscale := float32(nmax) / (mx - mn)
	scale = 1 / iscale
	var bestError float32
	for i := range n {
		l := nearestInt(iscale * (x[i] - mn))
		L[i] = uint8(max(0, min(nmax, l)))
		diff := scale*float32(L[i]) + mn - x[i]
		bestError += weights[i] * diff * diff
	}
	for is := 0; is <= nstep; is++ {
		iscale = (rmin + rdelta*float32(is) + float32(nmax)) / (mx - mn)
		var sumL, sumL2, sumXL float32
		for i := range n {
			l := max(0, min(nmax, nearestInt(iscale*(x[i]-mn))))
			Laux[i] = uint8(l)
			w := weights[i]
			sumL += w * float32(l)
			sumL2 += w * float32(l) * float32(l)
			sumXL += w * float32(l) * x[i]
		}
		D := sumW*sumL2 - sumL*sumL
		if D > 0 {
			thisScale := (sumW*sumXL - sumX*sumL) / D
			thisMin := (sumL2*sumX - sumL*sumXL) / D
			if thisMin > 0 {
				thisMin = 0
				thisScale = sumXL / sumL2
			}
			var curError float32
			for i := range n {
				diff := thisScale*float32(Laux[i]) + thisMin - x[i]
				curError += weights[i] * diff * diff
			}
			if curError < bestError {
				copy(L[:n], Laux[:n])
				bestError = curError
				scale = thisScale
				mn = thisMin
			}
		}
	}
	return scale, -mn
}

// quantizeKMin is ggml's quantize_row_q4_K_ref (nmax 15) and
// quantize_row_q5_K_ref (nmax 31) for one super-block of 256 values: the
// fp16 d and dmin, the 12 packed scale bytes and the quants L.
func quantizeKMin(x []float32, nmax int, rmin float32, nstep int) (d, dmin uint16, sc [12]byte, L [256]uint8) {
	var scales, mins [8]float32
	var weights [32]float32
	var Laux [32]uint8
	var maxScale, maxMin float32
	for j := range 8 {
		xs := x[32*j : 32*j+32]
		var sumX2 float32
		for _, v := range xs {
			sumX2 += v * v
		}
		avX := float32(math.Sqrt(float64(sumX2 / 32)))
		for l, v := range xs {
			weights[l] = avX + float32(math.Abs(float64(v)))
		}
		scales[j], mins[j] = makeQKX2Quants(32, nmax, xs, weights[:], L[32*j:], Laux[:], rmin, 0.1, nstep)
		maxScale = max(maxScale, scales[j])
		maxMin = max(maxMin, mins[j])
	}
	var invScale, invMin float32
	if maxScale > 0 {
		invScale = 63 / maxScale
	}
	if maxMin > 0 {
		invMin = 63 / maxMin
	}
	for j := range 8 {
		ls := uint8(min(63, uint8(nearestInt(invScale*scales[j]))))
		lm := uint8(min(63, uint8(nearestInt(invMin*mins[j]))))
		if j < 4 {
			sc[j], sc[j+4] = ls, lm
		} else {
			sc[j+4] = ls&0xF | (lm&0xF)<<4
			sc[j-4] |= (ls >> 4) << 6
			sc[j] |= (lm >> 4) << 6
		}
	}
	d, dmin = FP16(maxScale/63), FP16(maxMin/63)
	for j := range 8 {
		s, m := scaleMinK4(j, sc[:])
		dd := FP16Value(d) * float32(s)
		if dd == 0 {
			continue
		}
		dm := FP16Value(dmin) * float32(m)
		for ii := range 32 {
			L[32*j+ii] = uint8(max(0, min(nmax, nearestInt((x[32*j+ii]+dm)/dd))))
		}
	}
	return d, dmin, sc, L
}

func scaleMinK4(j int, q []byte) (uint8, uint8) {
	if j < 4 {
		return q[j] & 63, q[j+4] & 63
	}
	return q[j+4]&0xF | (q[j-4]>>6)<<4, q[j+4]>>4 | (q[j]>>6)<<4
}

// QuantizeQ4K is ggml's quantize_row_q4_K_ref: len(x) a multiple of 256.
func QuantizeQ4K(x []float32) []byte {
	var out []byte
	for ; len(x) > 0; x = x[256:] {
		d, dmin, sc, L := quantizeKMin(x, 15, -1, 20)
		out = binary.LittleEndian.AppendUint16(out, d)
		out = binary.LittleEndian.AppendUint16(out, dmin)
		out = append(out, sc[:]...)
		for j := 0; j < 256; j += 64 {
			for l := range 32 {
				out = append(out, L[j+l]|L[j+l+32]<<4)
			}
		}
	}
	return out
}

// QuantizeQ5K is ggml's quantize_row_q5_K_ref: len(x) a multiple of 256.
func QuantizeQ5K(x []float32) []byte {
	var out []byte
	for ; len(x) > 0; x = x[256:] {
		d, dmin, sc, L := quantizeKMin(x, 31, -0.5, 15)
		out = binary.LittleEndian.AppendUint16(out, d)
		out = binary.LittleEndian.AppendUint16(out, dmin)
		out = append(out, sc[:]...)
		var qh [32]byte
		var ql [128]byte
		m1, m2 := uint8(1), uint8(2)
		for n := 0; n < 256; n += 64 {
			for j := range 32 {
				l1, l2 := L[n+j], L[n+j+32]
				if l1 > 15 {
					l1 -= 16
					qh[j] |= m1
				}
				if l2 > 15 {
					l2 -= 16
					qh[j] |= m2
				}
				ql[n/2+j] = l1 | l2<<4
			}
			m1 <<= 2
			m2 <<= 2
		}
		out = append(out, qh[:]...)
		out = append(out, ql[:]...)
	}
	return out
}

// makeQXQuants is ggml's make_qx_quants with rmse_type 1 and no weights.
func makeQXQuants(n, nmax int, x []float32, L []int8) float32 {
	var mx, amax float32
	for i := range n {
		if ax := float32(math.Abs(float64(x[i]))); ax > amax {
			amax, mx = ax, x[i]
		}
	}
	if amax < groupMaxEps {
		for i := range n {
			L[i] = 0
		}
		return 0
	}
	iscale := -float32(nmax) / mx
	var sumlx, suml2 float32
	for i := range n {
		l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
		L[i] = int8(l + nmax)
		w := x[i] * x[i]
		sumlx += w * x[i] * float32(l)
		suml2 += w * float32(l) * float32(l)
	}
	scale := float32(0)
	if suml2 != 0 {
		scale = sumlx / suml2
	}
	best := scale * sumlx
	for is := -9; is <= 9; is++ {
		if is == 0 {
			continue
		}
		iscale = -(float32(nmax) + 0.1*float32(is)) / mx
		sumlx, suml2 = 0, 0
		for i := range n {
			l := max(-nmax, min(nmax-1, nearestInt(iscale*x[i])))
			w := x[i] * x[i]
			sumlx += w * x[i] * float32(l)
			suml2 += w * float32(l) * float32(l)
		}
		if suml2 > 0 && sumlx*sumlx > best*suml2 {
			for i := range n {
				L[i] = int8(nmax + max(-nmax, min(nmax-1, nearestInt(iscale*x[i]))))
			}
			scale = sumlx / suml2
			best = scale * sumlx
		}
	}
	return scale
}

// QuantizeQ6K is ggml's quantize_row_q6_K_ref: len(x) a multiple of 256.
func QuantizeQ6K(x []float32) []byte {
	var out []byte
	for ; len(x) > 0; x = x[256:] {
		var L [256]int8
		var scales [16]float32
		var maxScale, maxAbsScale float32
		for ib := range 16 {
			s := makeQXQuants(16, 32, x[16*ib:], L[16*ib:])
			scales[ib] = s
			if a := float32(math.Abs(float64(s))); a > maxAbsScale {
				maxAbsScale, maxScale = a, s
			}
		}
		blk := make([]byte, 210)
		if maxAbsScale >= groupMaxEps {
			iscale := -128 / maxScale
			d := FP16(1 / iscale)
			binary.LittleEndian.PutUint16(blk[208:], d)
			for ib := range 16 {
				blk[192+ib] = byte(int8(min(127, nearestInt(iscale*scales[ib]))))
			}
			for j := range 16 {
				dd := FP16Value(d) * float32(int8(blk[192+j]))
				if dd == 0 {
					continue
				}
				for ii := range 16 {
					L[16*j+ii] = int8(max(-32, min(31, nearestInt(x[16*j+ii]/dd))) + 32)
				}
			}
			ql, qh := blk[0:128], blk[128:192]
			for j := 0; j < 256; j += 128 {
				for l := range 32 {
					q1, q2, q3, q4 := uint8(L[j+l]), uint8(L[j+l+32]), uint8(L[j+l+64]), uint8(L[j+l+96])
					ql[l] = q1&0xF | (q3&0xF)<<4
					ql[l+32] = q2&0xF | (q4&0xF)<<4
					qh[l] = q1>>4 | (q2>>4)<<2 | (q3>>4)<<4 | (q4>>4)<<6
				}
				ql, qh = ql[64:], qh[32:]
			}
		}
		out = append(out, blk...)
	}
	return out
}

// quantizeType1 is ggml's quantize_row_q4_1_ref (bits 4) and
// quantize_row_q5_1_ref (bits 5): len(x) a multiple of 32.
func quantizeType1(x []float32, bits int) []byte {
	var out []byte
	for ; len(x) > 0; x = x[32:] {
		mn, mx := float32(math.MaxFloat32), float32(-math.MaxFloat32)
		for _, v := range x[:32] {
			mn, mx = min(mn, v), max(mx, v)
		}
		d := (mx - mn) / float32(int(1)<<bits-1)
		var id float32
		if d != 0 {
			id = 1 / d
		}
		out = binary.LittleEndian.AppendUint16(out, FP16(d))
		out = binary.LittleEndian.AppendUint16(out, FP16(mn))
		var qh uint32
		var qs [16]byte
		for j := range 16 {
			x0, x1 := (x[j]-mn)*id, (x[16+j]-mn)*id
			if bits == 4 {
				qs[j] = min(15, uint8(int8(x0+0.5))) | min(15, uint8(int8(x1+0.5)))<<4
				continue
			}
			xi0, xi1 := uint8(x0+0.5), uint8(x1+0.5)
			qs[j] = xi0&0x0F | (xi1&0x0F)<<4
			qh |= uint32(xi0&0x10) >> 4 << j
			qh |= uint32(xi1&0x10) >> 4 << (j + 16)
		}
		if bits == 5 {
			out = binary.LittleEndian.AppendUint32(out, qh)
		}
		out = append(out, qs[:]...)
	}
	return out
}

// QuantizeQ8_0 is ggml's quantize_row_q8_0_ref: len(x) a multiple of 32.
// Per block d = max|x|/127 (stored as fp16) and q = round(x·(1/d)), with
// the float32 d, as the reference does.
func QuantizeQ8_0(x []float32) []byte {
	out := make([]byte, 0, len(x)/32*34)
	for b := 0; b+32 <= len(x); b += 32 {
		var amax float32
		for _, v := range x[b : b+32] {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		d := amax / 127
		var id float32
		if d != 0 {
			id = 1 / d
		}
		out = binary.LittleEndian.AppendUint16(out, FP16(d))
		for _, v := range x[b : b+32] {
			out = append(out, byte(int8(math.Round(float64(v*id)))))
		}
	}
	return out
}

// QuantizeQ4_1 is ggml's quantize_row_q4_1_ref: len(x) a multiple of 32.
func QuantizeQ4_1(x []float32) []byte { return quantizeType1(x, 4) }

// QuantizeQ5_1 is ggml's quantize_row_q5_1_ref: len(x) a multiple of 32.
func QuantizeQ5_1(x []float32) []byte { return quantizeType1(x, 5) }

// Quantize quantizes x (a tensor's elements, rows of a multiple of typ's
// block) to typ, one of Q4_1, Q5_1, Q4_K, Q5_K, Q6_K, Q8_0 and F32.
func Quantize(typ gguf.Type, x []float32) ([]byte, error) {
	switch typ {
	case gguf.TypeQ8_0:
		return QuantizeQ8_0(x), nil
	case gguf.TypeQ4_1:
		return QuantizeQ4_1(x), nil
	case gguf.TypeQ5_1:
		return QuantizeQ5_1(x), nil
	case gguf.TypeQ4_K:
		return QuantizeQ4K(x), nil
	case gguf.TypeQ5_K:
		return QuantizeQ5K(x), nil
	case gguf.TypeQ6_K:
		return QuantizeQ6K(x), nil
	case gguf.TypeF32:
		out := make([]byte, 4*len(x))
		for i, v := range x {
			binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(v))
		}
		return out, nil
	}
	return nil, fmt.Errorf("fidelity: no quantizer for %v", typ)
}

// Mix is a llama.cpp file type: the type of each 2-D weight.
type Mix struct {
	Name     string
	FileType uint32 // general.file_type (llama_ftype)
	// Type returns the type of tensor name of layer (−1 outside the layers)
	// in a model of layers layers.
	Type func(name string, layer, layers int) gguf.Type
}

// useMoreBits is llama.cpp's use_more_bits: the layers whose attn_v and
// ffn_down get more bits in the _M mixes.
func useMoreBits(i, n int) bool { return i < n/8 || i >= 7*n/8 || (i-n/8)%3 == 2 }

// kM is the Q4_K_M / Q5_K_M mix of llama.cpp's llama_tensor_get_type for a
// small llama model: base for every weight; Q6_K for output.weight and for
// attn_v and ffn_down of the use_more_bits layers.
func kM(base gguf.Type) func(string, int, int) gguf.Type {
	return func(name string, layer, layers int) gguf.Type {
		switch {
		case name == "output.weight":
			return gguf.TypeQ6_K
		case (strings.HasSuffix(name, ".attn_v.weight") || strings.HasSuffix(name, ".ffn_down.weight")) && useMoreBits(layer, layers):
			return gguf.TypeQ6_K
		}
		return base
	}
}

func all(t gguf.Type) func(string, int, int) gguf.Type {
	return func(string, int, int) gguf.Type { return t }
}

// Mixes are the file types WriteMix writes.
var Mixes = []Mix{
	{"Q4_K_M", 15, kM(gguf.TypeQ4_K)},
	{"Q5_K_M", 17, kM(gguf.TypeQ5_K)},
	{"Q6_K", 18, all(gguf.TypeQ6_K)},
	{"Q4_1", 3, all(gguf.TypeQ4_1)},
	{"Q5_1", 9, all(gguf.TypeQ5_1)},
}

var layerOf = regexp.MustCompile(`^blk\.(\d+)\.`)

// WriteMix rewrites the generated (Q8_0) or F16 model src as dst with the 2-D
// weights dequantized and quantized again as mix says, the metadata as
// llama-quantize leaves it (general.file_type, no airollup.* keys). Every
// 2-D weight's rows must be a multiple of 256 for the K mixes.
func WriteMix(src, dst string, mix Mix) error {
	return Rewrite{Mix: &mix}.Write(src, dst)
}

// Rewrite turns a generated (canonical) model into a file of the kind users
// bring, written without the airollup.* keys.
type Rewrite struct {
	// Mix, when set, requantizes the 2-D weights as a llama.cpp file type
	// (general.file_type set); with Tie, or for a src that has no
	// output.weight (tied already), token_embd gets output.weight's type, as
	// llama-quantize gives a tied embedding.
	Mix *Mix
	// RopeFreqs, when set, adds LLaMA 3.1's rope_freqs.weight (F32, first).
	RopeFreqs []float32
	// Tie drops output.weight and makes a quarter of its matrix token_embd
	// (tied embeddings), with output_norm's weights four times as large, so
	// the logits keep the generated output head's scale while the input
	// embedding does not dominate the residual stream (in a random tied
	// model it would, and the model would predict its input token: trained
	// tied models do not). The scalings are exact in float32; the tied
	// matrix is written as F32 without Mix.
	Tie bool
}

// Write writes src rewritten as r says to dst.
func (r Rewrite) Write(src, dst string) error {
	f, err := gguf.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	w := gguf.NewWriter()
	layers := 0
	_, hasOutput := f.Tensor("output.weight")
	tied := r.Tie || !hasOutput
	for _, kv := range f.KVs {
		if strings.HasPrefix(kv.Key, "airollup.") {
			continue
		}
		if kv.Key == "llama.block_count" {
			n, err := kv.Value.AsUint64()
			if err != nil {
				return err
			}
			layers = int(n)
		}
		w.SetKV(kv.Key, kv.Value)
	}
	if r.Mix != nil {
		w.SetKV("general.file_type", gguf.Uint32Value(r.Mix.FileType))
	}
	if r.RopeFreqs != nil {
		data := make([]byte, 0, 4*len(r.RopeFreqs))
		for _, v := range r.RopeFreqs {
			data = binary.LittleEndian.AppendUint32(data, math.Float32bits(v))
		}
		if err := w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{uint64(len(r.RopeFreqs))}, data); err != nil {
			return err
		}
	}
	for _, t := range f.Tensors {
		name := t.Name
		switch {
		case r.Tie && name == "output.weight":
			continue
		case r.Tie && name == "token_embd.weight":
			t, _ = f.Tensor("output.weight")
		}
		data, err := f.TensorData(t.Name)
		if err != nil {
			return err
		}
		if scale, ok := r.tieScale(name); ok {
			x, err := Dequantize(t.Type, data)
			if err != nil {
				return fmt.Errorf("tensor %s: %w", name, err)
			}
			for i := range x {
				x[i] *= scale
			}
			if data, err = Quantize(gguf.TypeF32, x); err != nil {
				return err
			}
			t.Type = gguf.TypeF32
		}
		if len(t.Dims) != 2 || r.Mix == nil {
			if err := w.AddTensor(name, t.Type, t.Dims, data); err != nil {
				return fmt.Errorf("tensor %s: %w", name, err)
			}
			continue
		}
		x, err := Dequantize(t.Type, data)
		if err != nil {
			return fmt.Errorf("tensor %s: %w", name, err)
		}
		layer := -1
		if m := layerOf.FindStringSubmatch(name); m != nil {
			layer, _ = strconv.Atoi(m[1])
		}
		typeOf := name
		if tied && name == "token_embd.weight" {
			typeOf = "output.weight"
		}
		typ := r.Mix.Type(typeOf, layer, layers)
		out, err := Quantize(typ, x)
		if err != nil {
			return err
		}
		if err := w.AddTensor(name, typ, t.Dims, out); err != nil {
			return fmt.Errorf("tensor %s: %w", name, err)
		}
	}
	return w.WriteFile(dst)
}

// tieScale returns the factor Tie scales tensor name by.
func (r Rewrite) tieScale(name string) (float32, bool) {
	switch {
	case !r.Tie:
	case name == "token_embd.weight":
		return 0.25, true
	case name == "output_norm.weight":
		return 4, true
	}
	return 0, false
}

// Dequantize returns the values of Q8_0, F16 or F32 tensor data as float32
// (d·q is exact in float32).
func Dequantize(typ gguf.Type, data []byte) ([]float32, error) {
	switch typ {
	case gguf.TypeF16:
		bits, err := gguf.F16Bits(data)
		if err != nil {
			return nil, err
		}
		out := make([]float32, len(bits))
		for i, b := range bits {
			out[i] = FP16Value(b)
		}
		return out, nil
	case gguf.TypeF32:
		bits, err := gguf.F32Bits(data)
		if err != nil {
			return nil, err
		}
		out := make([]float32, len(bits))
		for i, b := range bits {
			out[i] = math.Float32frombits(b)
		}
		return out, nil
	case gguf.TypeQ8_0:
		blocks, err := gguf.DecodeQ8_0(data)
		if err != nil {
			return nil, err
		}
		out := make([]float32, 0, 32*len(blocks))
		for _, b := range blocks {
			d := FP16Value(b.D)
			for _, q := range b.Qs {
				out = append(out, d*float32(q))
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("fidelity: cannot dequantize %v", typ)
}

// WriteOddFF rewrites the generated (Q8_0) model src as dst with a
// feed-forward width of ff (below the model's): ffn_gate and ffn_up keep
// their first ff rows (Q8_0), ffn_down the first ff columns of each row as
// F32 (exact; no block type has rows of such a width), and
// llama.feed_forward_length says ff — a file like TinyStories-260K's
// (ff 172) that llama.cpp runs and import pads.
func WriteOddFF(src, dst string, ff int) error {
	f, err := gguf.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	w := gguf.NewWriter()
	for _, kv := range f.KVs {
		if !strings.HasPrefix(kv.Key, "airollup.") {
			w.SetKV(kv.Key, kv.Value)
		}
	}
	w.SetKV("llama.feed_forward_length", gguf.Uint32Value(uint32(ff)))
	for _, t := range f.Tensors {
		data, err := f.TensorData(t.Name)
		if err != nil {
			return err
		}
		typ, dims := t.Type, t.Dims
		switch {
		case strings.HasSuffix(t.Name, ".ffn_gate.weight"), strings.HasSuffix(t.Name, ".ffn_up.weight"):
			if t.Type != gguf.TypeQ8_0 || int(t.Dims[1]) < ff {
				return fmt.Errorf("fidelity: tensor %s is %v %v, want Q8_0 with at least %d rows", t.Name, t.Type, t.Dims, ff)
			}
			data = data[:int(t.Dims[0])/32*34*ff]
			dims = []uint64{t.Dims[0], uint64(ff)}
		case strings.HasSuffix(t.Name, ".ffn_down.weight"):
			x, err := Dequantize(t.Type, data)
			if err != nil {
				return fmt.Errorf("tensor %s: %w", t.Name, err)
			}
			cols, rows := int(t.Dims[0]), int(t.Dims[1])
			if cols < ff {
				return fmt.Errorf("fidelity: tensor %s has rows of %d, want at least %d", t.Name, cols, ff)
			}
			var y []float32
			for r := range rows {
				y = append(y, x[r*cols:r*cols+ff]...)
			}
			if data, err = Quantize(gguf.TypeF32, y); err != nil {
				return err
			}
			typ, dims = gguf.TypeF32, []uint64{uint64(ff), uint64(rows)}
		}
		if err := w.AddTensor(t.Name, typ, dims, data); err != nil {
			return fmt.Errorf("tensor %s: %w", t.Name, err)
		}
	}
	return w.WriteFile(dst)
}
