package batch

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Blob layout: 4096 field elements of 32 bytes; each one's first byte is 0
// (so it is below the BLS12-381 scalar modulus) and its other 31 bytes carry
// data. The 126,976 bytes so carried are
//
//	content = len (u32) ‖ data ‖ zeros
//
// where data is one or more frames.
const (
	// BlobFieldElements is the number of field elements in a blob.
	BlobFieldElements = 4096
	// BlobContentBytes is what a blob carries: 31 bytes per field element.
	BlobContentBytes = BlobFieldElements * 31
	// BlobDataBytes is the most frame bytes one blob holds (after the length).
	BlobDataBytes = BlobContentBytes - 4
	// MaxCalldataBytes is the most frame bytes one calldata transaction carries,
	// under the 128 KiB transaction size limit of L1 nodes.
	MaxCalldataBytes = 120 * 1024
)

// PackBlob returns the blob that carries data (at most BlobDataBytes).
func PackBlob(data []byte) (*kzg4844.Blob, error) {
	if len(data) > BlobDataBytes {
		return nil, overLimit("blob data", "BlobDataBytes", BlobDataBytes, uint64(len(data)))
	}
	var content [BlobContentBytes]byte
	binary.BigEndian.PutUint32(content[:4], uint32(len(data)))
	copy(content[4:], data)
	blob := new(kzg4844.Blob)
	for i := range BlobFieldElements {
		copy(blob[32*i+1:32*i+32], content[31*i:31*i+31])
	}
	return blob, nil
}

// UnpackBlob returns the data a blob carries. It refuses a field element
// whose first byte is not 0, a length over BlobDataBytes and non-zero bytes
// after the data, so that a blob carries one data only.
func UnpackBlob(blob *kzg4844.Blob) ([]byte, error) {
	for i := range BlobFieldElements {
		if blob[32*i] != 0 {
			return nil, fmt.Errorf("%w: field element %d: first byte %#x, want 0", ErrBlob, i, blob[32*i])
		}
	}
	// content byte j is blob byte 32*(j/31) + 1 + j%31.
	at := func(j int) byte { return blob[32*(j/31)+1+j%31] }
	l := uint64(at(0))<<24 | uint64(at(1))<<16 | uint64(at(2))<<8 | uint64(at(3))
	if l > BlobDataBytes {
		return nil, overLimit("blob data length", "BlobDataBytes", BlobDataBytes, l)
	}
	data := make([]byte, l)
	for j := range data {
		data[j] = at(4 + j)
	}
	for j := 4 + int(l); j < BlobContentBytes; j++ {
		if at(j) != 0 {
			return nil, fmt.Errorf("%w: content byte %d after %d bytes of data is %#x, want 0", ErrBlob, j, l, at(j))
		}
	}
	return data, nil
}

// EncodeBlobs encodes a batch into blobs, one frame per blob: the blobs of
// one Rollup.proposeBlobs transaction.
func EncodeBlobs(b *Batch) ([]kzg4844.Blob, error) {
	frames, err := EncodeFrames(b, BlobDataBytes)
	if err != nil {
		return nil, err
	}
	blobs := make([]kzg4844.Blob, len(frames))
	var buf []byte
	for i := range frames {
		buf, _ = frames[i].AppendBinary(buf[:0])
		blob, err := PackBlob(buf)
		if err != nil {
			return nil, err
		}
		blobs[i] = *blob
	}
	return blobs, nil
}

// DecodeBlobs decodes a batch from blobs, in any order and with duplicates
// (see Reassemble).
func DecodeBlobs(blobs []kzg4844.Blob) (*Batch, error) {
	var frames []Frame
	for i := range blobs {
		data, err := UnpackBlob(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		f, err := ParseFrames(data)
		if err != nil {
			return nil, fmt.Errorf("blob %d: %w", i, err)
		}
		frames = append(frames, f...)
	}
	return DecodeFrames(frames)
}

// EncodeCalldata encodes a batch into the data of calldata transactions, one
// frame each, every one at most MaxCalldataBytes.
func EncodeCalldata(b *Batch) ([][]byte, error) {
	frames, err := EncodeFrames(b, MaxCalldataBytes)
	if err != nil {
		return nil, err
	}
	txs := make([][]byte, len(frames))
	for i := range frames {
		txs[i], _ = frames[i].AppendBinary(make([]byte, 0, FrameHeaderBytes+len(frames[i].Data)))
	}
	return txs, nil
}

// DecodeCalldata decodes a batch from the data of its calldata transactions,
// each holding one or more frames, in any order and with duplicates.
func DecodeCalldata(txs [][]byte) (*Batch, error) {
	var frames []Frame
	for i, tx := range txs {
		f, err := ParseFrames(tx)
		if err != nil {
			return nil, fmt.Errorf("transaction %d: %w", i, err)
		}
		frames = append(frames, f...)
	}
	return DecodeFrames(frames)
}
