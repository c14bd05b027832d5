// Package quant is llama.cpp's reference Q8_0 quantizer in integer
// arithmetic: a block of 32 fixed-point values becomes an fp16 scale
// d = amax/127 (rounded to the nearest fp16, ties to even) and 32 int8
// quants q = round(127·x/amax) (ties away from zero, as roundf). It is what
// `airollup model gen` and `airollup model import` use, so generated and
// imported files are identical on every machine. Format decodes ggml's
// Q4_1, Q5_1, Q4_K, Q5_K and Q6_K blocks exactly (ToQ8_0 requantizes them),
// as docs/arithmetic.md ("Import: other weight formats to Q8_0") defines.
// Int128 is the exact 128-bit accumulator of DotK and of the integer trainer
// (prover/train). QuantizeK and Format.DotK are the native K-quant matrix-vector product
// (a Q4_K/Q5_K/Q6_K row times activations quantized per 256, exact in 128
// bits, one rounding; "K-quant matrix-vector product (native)"): a kernel
// that nothing runs yet.
//
// # Import rules
//
// quant is a leaf: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - net/http
package quant
