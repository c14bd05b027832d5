package gguf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// metaFile builds a GGUF file without tensors whose KVs are written by kvs,
// which returns the number it wrote.
func metaFile(kvs func(b []byte) ([]byte, uint64)) []byte {
	b := append([]byte(Magic), 3, 0, 0, 0)
	b = binary.LittleEndian.AppendUint64(b, 0) // tensors
	b = binary.LittleEndian.AppendUint64(b, 0) // KV count, patched below
	body, n := kvs(nil)
	binary.LittleEndian.PutUint64(b[16:], n)
	return append(b, body...)
}

func appendStr(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

// appendArrayHeader appends an ARRAY's element type and count.
func appendArrayHeader(b []byte, elem ValueType, n uint64) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(elem))
	return binary.LittleEndian.AppendUint64(b, n)
}

// memoryFile is a crafted file whose metadata used to cost many times its
// size in memory (issue 9: 50 MB of nested empty arrays took 1.03 GB), with
// the most bytes reading it may allocate, and keep live, per file byte.
type memoryFile struct {
	maxAlloc, maxLive float64
	data              []byte
}

func memoryFiles() map[string]memoryFile {
	const n = 1 << 20
	// Values cost their bytes in the file. Each key/value pair costs about
	// 150 bytes of bookkeeping (the KV, its key and its index entry), so a
	// file of many tiny pairs costs more per byte; MaxKVs bounds it.
	const values, kvAlloc, kvLive = 1.5, 12, 6
	return map[string]memoryFile{
		"nested empty arrays": {values, values, metaFile(func(b []byte) ([]byte, uint64) {
			b = appendStr(b, "n")
			b = binary.LittleEndian.AppendUint32(b, uint32(ValueArray))
			b = appendArrayHeader(b, ValueArray, n)
			for range n {
				b = appendArrayHeader(b, ValueUint8, 0)
			}
			return b, 1
		})},
		"deeply nested arrays": {values, values, metaFile(func(b []byte) ([]byte, uint64) {
			b = appendStr(b, "n")
			b = binary.LittleEndian.AppendUint32(b, uint32(ValueArray))
			b = appendArrayHeader(b, ValueArray, n/64)
			for range n / 64 {
				b = appendArrayHeader(b, ValueArray, 4)
				for range 4 {
					b = appendArrayHeader(b, ValueArray, 4)
					for range 4 {
						b = appendArrayHeader(b, ValueInt8, 1)
						b = append(b, 1)
					}
				}
			}
			return b, 1
		})},
		"short strings": {values, values, metaFile(func(b []byte) ([]byte, uint64) {
			b = appendStr(b, "s")
			b = binary.LittleEndian.AppendUint32(b, uint32(ValueArray))
			b = appendArrayHeader(b, ValueString, n)
			for i := range n {
				b = appendStr(b, string([]byte{byte(i), byte(i >> 8)}))
			}
			return b, 1
		})},
		"many empty-array KVs": {kvAlloc, kvLive, metaFile(func(b []byte) ([]byte, uint64) {
			for i := range n / 4 {
				b = appendStr(b, fmt.Sprintf("%x", i))
				b = binary.LittleEndian.AppendUint32(b, uint32(ValueArray))
				b = appendArrayHeader(b, ValueArray, 0)
			}
			return b, n / 4
		})},
	}
}

// TestReadMetadataMemory checks that parsed metadata costs a small constant
// factor of its bytes in the file: bytes allocated while reading, and bytes
// still live once read.
func TestReadMetadataMemory(t *testing.T) {
	for name, mf := range memoryFiles() {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			f, err := Read(bytes.NewReader(mf.data), int64(len(mf.data)))
			require.NoError(t, err)
			runtime.GC()
			runtime.ReadMemStats(&after)
			allocated := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(mf.data))
			live := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(len(mf.data))
			t.Logf("%d bytes of metadata: %.2f bytes allocated and %.2f live per byte", len(mf.data), allocated, live)
			require.LessOrEqual(t, allocated, mf.maxAlloc, "bytes allocated per metadata byte")
			require.LessOrEqual(t, live, mf.maxLive, "bytes live per metadata byte")

			// The values read back as written.
			require.Len(t, f.KVs, int(binary.LittleEndian.Uint64(mf.data[16:])))
			v := f.KVs[0].Value
			elems, err := v.Array()
			require.NoError(t, err)
			require.Len(t, elems, v.Len())
			w := NewWriter()
			for _, kv := range f.KVs {
				w.SetKV(kv.Key, kv.Value)
			}
			require.Equal(t, mf.data, writeBytes(t, w)[:len(mf.data)], "writing the parsed metadata reproduces it")
			runtime.KeepAlive(f)
		})
	}
}
