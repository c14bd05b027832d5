//go:build !unix

package llama

import (
	"errors"
	"os"
)

func mapFile(*os.File, int64) ([]byte, error) { return nil, errors.New("llama: mmap unsupported") }

func unmap([]byte) error { return nil }

func identity(os.FileInfo) (dev, ino uint64, ok bool) { return 0, 0, false }
