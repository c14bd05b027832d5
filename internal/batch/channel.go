package batch

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math/bits"
)

// CompressionZlib is the channel's first byte for a zlib stream (RFC 1950) at
// the best compression level; it is the only compression of this version.
const CompressionZlib byte = 0

// Compress returns the channel of a payload: CompressionZlib ‖ zlib(payload).
func Compress(payload []byte) ([]byte, error) {
	if uint64(len(payload)) > MaxBatchBytes {
		return nil, overLimit("payload", "MaxBatchBytes", MaxBatchBytes, uint64(len(payload)))
	}
	var buf bytes.Buffer
	buf.Grow(len(payload)/2 + 64)
	buf.WriteByte(CompressionZlib)
	w, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(payload); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	if uint64(buf.Len()) > MaxChannelBytes {
		return nil, overLimit("channel", "MaxChannelBytes", MaxChannelBytes, uint64(buf.Len()))
	}
	return buf.Bytes(), nil
}

// Decompress returns the payload of a channel. It reads at most
// MaxBatchBytes+1 bytes out of the stream, so a decompression bomb costs
// less than twice MaxBatchBytes of memory, and refuses bytes after the zlib
// stream.
func Decompress(channel []byte) ([]byte, error) {
	if uint64(len(channel)) > MaxChannelBytes {
		return nil, overLimit("channel", "MaxChannelBytes", MaxChannelBytes, uint64(len(channel)))
	}
	if len(channel) == 0 {
		return nil, fmt.Errorf("%w: channel is empty", ErrMalformed)
	}
	if channel[0] != CompressionZlib {
		return nil, fmt.Errorf("%w: channel compression %d (want %d, zlib)", ErrVersion, channel[0], CompressionZlib)
	}
	// bytes.Reader is an io.ByteReader, so flate reads no further than the
	// stream's end and what is left over can be counted.
	src := bytes.NewReader(channel[1:])
	zr, err := zlib.NewReader(src)
	if err != nil {
		return nil, fmt.Errorf("%w: zlib header: %w", ErrCompression, err)
	}
	out, over, err := readCapped(zr, len(channel)*4, MaxBatchBytes)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: zlib stream truncated: %w", ErrCompression, err)
		}
		return nil, fmt.Errorf("%w: %w", ErrCompression, err)
	}
	if over {
		return nil, overLimit("payload", "MaxBatchBytes", MaxBatchBytes, MaxBatchBytes+1)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCompression, err)
	}
	if src.Len() != 0 {
		return nil, fmt.Errorf("%w: channel: %d bytes after the zlib stream", ErrMalformed, src.Len())
	}
	return out, nil
}

// readCapped reads r to its end into a buffer that starts at capacity
// initial rounded up to a power of two and doubles up to limit; it returns
// over = true, with what it read, as soon as r yields more than limit bytes.
// Whatever r would yield, it allocates less than twice limit in all when
// limit is a power of two (MaxBatchBytes is).
func readCapped(r io.Reader, initial, limit int) (buf []byte, over bool, err error) {
	buf = make([]byte, 0, min(limit, 1<<bits.Len(uint(max(512, initial)-1))))
	for {
		if len(buf) == cap(buf) {
			if len(buf) == limit {
				var probe [1]byte
				n, err := io.ReadFull(r, probe[:])
				if n > 0 {
					return buf, true, nil
				}
				if errors.Is(err, io.EOF) {
					return buf, false, nil
				}
				return nil, false, err
			}
			grown := make([]byte, len(buf), min(2*cap(buf), limit))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, false, nil
		}
		if err != nil {
			return nil, false, err
		}
	}
}
