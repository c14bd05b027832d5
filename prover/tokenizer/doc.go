// Package tokenizer is the canonical text tokenizer of airollup: a bit-exact
// Go port of llama.cpp's SentencePiece ("llama" tokenizer model, SPM) and
// GPT-2-style byte-level BPE ("gpt2", as Llama 3, SmolLM and GPT-2 use; the
// pre-tokenizers listed in PreTokenizers) tokenizers and detokenizers,
// driven by the vocabulary stored in a GGUF file, plus deterministic
// vocabulary builders (BuildVocab, BuildBPEVocab) for generated test models.
// The BPE pre-tokenizers classify codepoints with llama.cpp's own Unicode
// tables (unicode_table.go, generated from llama.cpp's unicode-data.cpp by
// gen_unicode.go), not Go's, so both sides split every text alike. Token
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
