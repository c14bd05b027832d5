package batch

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
)

// FrameVersion is the first byte of every frame.
const FrameVersion byte = 1

// FrameHeaderBytes is a frame's size without its data: version, channel id,
// frame number, frame count and data length.
const FrameHeaderBytes = 1 + 16 + 2 + 2 + 4

// ChannelID names the channel (one batch's compressed payload) a frame
// belongs to.
type ChannelID [16]byte

// ChannelIDFor is the channel id of batch index's data with records root
// root: the first 16 bytes of keccak256("airollup/batch/v1" ‖ index (u64) ‖
// root). A challenger that knows a proposal's index and root from L1 can
// pick its frames out of any others.
func ChannelIDFor(index uint64, root merkle.Hash) ChannelID {
	var be [8]byte
	binary.BigEndian.PutUint64(be[:], index)
	h := merkle.Keccak([]byte("airollup/batch/v1"), be[:], root[:])
	var id ChannelID
	copy(id[:], h[:16])
	return id
}

// Frame is one piece of a channel:
//
//	frame = version (1) ‖ channelID (16) ‖ number (u16) ‖ count (u16) ‖ len (u32) ‖ data
//
// Frame number runs from 0 to count-1; every frame of a channel names the
// same count. Data is never empty.
type Frame struct {
	Channel ChannelID
	Number  uint16
	Count   uint16
	Data    []byte
}

// AppendBinary appends the frame's encoding to dst.
func (f *Frame) AppendBinary(dst []byte) ([]byte, error) {
	dst = append(dst, FrameVersion)
	dst = append(dst, f.Channel[:]...)
	dst = binary.BigEndian.AppendUint16(dst, f.Number)
	dst = binary.BigEndian.AppendUint16(dst, f.Count)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(f.Data)))
	return append(dst, f.Data...), nil
}

// ParseFrames parses one or more frames laid end to end (a calldata
// transaction's data, or a blob's data), leaving nothing over. The frames'
// data alias data.
func ParseFrames(data []byte) ([]Frame, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: no frames in 0 bytes", ErrMalformed)
	}
	var frames []Frame
	for off := 0; off < len(data); {
		rest := data[off:]
		if len(rest) < FrameHeaderBytes {
			return nil, fmt.Errorf("%w: frame at byte %d: header needs %d bytes, have %d", ErrMalformed, off, FrameHeaderBytes, len(rest))
		}
		if rest[0] != FrameVersion {
			return nil, fmt.Errorf("%w: frame at byte %d: version %d (want %d)", ErrVersion, off, rest[0], FrameVersion)
		}
		var f Frame
		copy(f.Channel[:], rest[1:17])
		f.Number = binary.BigEndian.Uint16(rest[17:19])
		f.Count = binary.BigEndian.Uint16(rest[19:21])
		l := uint64(binary.BigEndian.Uint32(rest[21:25]))
		if l == 0 {
			return nil, fmt.Errorf("%w: frame at byte %d: empty data", ErrMalformed, off)
		}
		if l > uint64(len(rest)-FrameHeaderBytes) {
			return nil, fmt.Errorf("%w: frame at byte %d: data of %d bytes, %d left", ErrMalformed, off, l, len(rest)-FrameHeaderBytes)
		}
		f.Data = rest[FrameHeaderBytes : FrameHeaderBytes+int(l) : FrameHeaderBytes+int(l)]
		frames = append(frames, f)
		off += FrameHeaderBytes + int(l)
	}
	return frames, nil
}

// Reassemble joins the frames of one channel, given in any order and with
// any number of identical copies. It refuses frames of different channels or
// counts, a number outside the count, two different frames with the same
// number, a missing frame, and a channel over MaxChannelBytes; it allocates
// no more than the channel it returns.
func Reassemble(frames []Frame) (ChannelID, []byte, error) {
	if len(frames) == 0 {
		return ChannelID{}, nil, fmt.Errorf("%w: no frames", ErrFrames)
	}
	id, count := frames[0].Channel, frames[0].Count
	if count == 0 {
		return id, nil, fmt.Errorf("%w: frame count is 0", ErrFrames)
	}
	if count > MaxFrames {
		return id, nil, overLimit("frame count", "MaxFrames", MaxFrames, uint64(count))
	}
	slots := make([][]byte, count)
	var total uint64
	for i := range frames {
		f := &frames[i]
		switch {
		case f.Channel != id:
			return id, nil, fmt.Errorf("%w: frames[%d] is of channel %x, frames[0] of %x", ErrFrames, i, f.Channel, id)
		case f.Count != count:
			return id, nil, fmt.Errorf("%w: frames[%d] names %d frames, frames[0] %d", ErrFrames, i, f.Count, count)
		case f.Number >= count:
			return id, nil, fmt.Errorf("%w: frames[%d] is number %d of %d", ErrFrames, i, f.Number, count)
		case len(f.Data) == 0:
			return id, nil, fmt.Errorf("%w: frames[%d] has no data", ErrMalformed, i)
		}
		if s := slots[f.Number]; s != nil {
			if !bytes.Equal(s, f.Data) {
				return id, nil, fmt.Errorf("%w: frames[%d] is a second, different frame %d", ErrFrames, i, f.Number)
			}
			continue
		}
		total += uint64(len(f.Data))
		if total > MaxChannelBytes {
			return id, nil, overLimit("channel", "MaxChannelBytes", MaxChannelBytes, total)
		}
		slots[f.Number] = f.Data
	}
	channel := make([]byte, 0, total)
	for n, s := range slots {
		if s == nil {
			return id, nil, fmt.Errorf("%w: frame %d of %d is missing", ErrFrames, n, count)
		}
		channel = append(channel, s...)
	}
	return id, channel, nil
}

// Split cuts a channel into frames of at most maxFrameBytes bytes each,
// header included.
func Split(id ChannelID, channel []byte, maxFrameBytes int) ([]Frame, error) {
	chunk := maxFrameBytes - FrameHeaderBytes
	if chunk <= 0 {
		return nil, fmt.Errorf("%w: frame size %d leaves no room for data after the %d-byte header", ErrMalformed, maxFrameBytes, FrameHeaderBytes)
	}
	if len(channel) == 0 {
		return nil, fmt.Errorf("%w: channel is empty", ErrMalformed)
	}
	count := (len(channel) + chunk - 1) / chunk
	if count > MaxFrames {
		return nil, overLimit("frame count", "MaxFrames", MaxFrames, uint64(count))
	}
	frames := make([]Frame, count)
	for i := range frames {
		end := min((i+1)*chunk, len(channel))
		frames[i] = Frame{Channel: id, Number: uint16(i), Count: uint16(count), Data: channel[i*chunk : end]}
	}
	return frames, nil
}

// EncodeFrames encodes, compresses and frames a batch: each frame's encoding
// is at most maxFrameBytes long.
func EncodeFrames(b *Batch, maxFrameBytes int) ([]Frame, error) {
	payload, err := EncodePayload(b)
	if err != nil {
		return nil, err
	}
	channel, err := Compress(payload)
	if err != nil {
		return nil, err
	}
	return Split(ChannelIDFor(b.Index, payloadRoot(payload)), channel, maxFrameBytes)
}

// DecodeFrames reassembles, decompresses and decodes a batch from its frames,
// and checks that the channel id is the one of the batch's index and root.
func DecodeFrames(frames []Frame) (*Batch, error) {
	id, channel, err := Reassemble(frames)
	if err != nil {
		return nil, err
	}
	payload, err := Decompress(channel)
	if err != nil {
		return nil, err
	}
	b, err := DecodePayload(payload)
	if err != nil {
		return nil, err
	}
	if want := ChannelIDFor(b.Index, payloadRoot(payload)); id != want {
		return nil, fmt.Errorf("%w: channel %x, but batch %d with its root is channel %x", ErrFrames, id, b.Index, want)
	}
	return b, nil
}

// payloadRoot is the records root written in a well-formed payload's header.
func payloadRoot(payload []byte) (root merkle.Hash) {
	copy(root[:], payload[9:41])
	return root
}
