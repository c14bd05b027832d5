//go:build !unix

package llama

import "errors"

func mapFile(string, int64) ([]byte, error) { return nil, errors.New("llama: mmap unsupported") }
