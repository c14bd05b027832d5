// Package tokenizer is the canonical text tokenizer of airollup: a bit-exact
// Go port of llama.cpp's SentencePiece ("llama" tokenizer model, SPM)
// tokenizer and detokenizer, driven by the vocabulary stored in a GGUF file,
// plus a deterministic BPE vocabulary builder for generated test models. Token
// scores arrive as raw IEEE-754 binary32 bits and are compared through an
// order-preserving integer key, so the package uses no floating point. Every
// place where the port follows a non-obvious llama.cpp behaviour, or knowingly
// differs from it, is documented on the function concerned.
//
// # Import rules
//
// tokenizer is a leaf of the canonical runtime: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - github.com/ethereum/go-ethereum
//   - net/http
package tokenizer
