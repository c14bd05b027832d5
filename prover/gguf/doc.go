// Package gguf reads and writes GGUF v3 files, the model file format of
// llama.cpp: the header, the typed metadata key/value pairs, the tensor infos
// and the aligned tensor data section. Reading is bounded by the file's size:
// every count and length is checked against the bytes that remain and against
// hard limits before anything is allocated, so a malformed or hostile file
// yields a typed error, never a panic or a huge allocation. Open's errors name
// the file.
//
// Parsed metadata costs about its size in the file: an array keeps its
// elements in their file encoding and decodes them when asked, so nested and
// empty arrays cost no per-element objects; each key/value pair adds about 150
// bytes of bookkeeping (the pair, its key, its index entry), for at most
// MaxKVs pairs.
//
// WriteFileContext (and WriteFile) write atomically through a temporary file
// that is removed on any error, cancellation included.
//
// The package uses no floating point: IEEE metadata values and F32/F16 tensor
// data are exposed as their raw bits, and quantized blocks as integers.
//
// # Import rules
//
// gguf is a leaf: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - github.com/ethereum/go-ethereum
//   - net/http
package gguf
