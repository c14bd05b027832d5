package tokenizer

import "sort"

// Codepoint flags, llama.cpp's unicode_cpt_flags (unicode.h): one category
// bit per codepoint (the table cptRanges, generated from llama.cpp's
// unicode-data.cpp by gen_unicode.go) plus the whitespace bit.
//
// The classification is llama.cpp's own, not Go's unicode package: the two
// may assign different categories to codepoints added or recategorised
// between the Unicode version of llama.cpp's tables and Go's (Unicode 15.0.0
// for the Go releases of this module), and llama.cpp's whitespace set
// (cptWhitespace: \t..\r, space, U+0085, U+00A0, U+1680, U+2000..U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000) is not unicode.IsSpace. Using the
// generated table keeps every split identical to the reference build.
const (
	cptUndefined   uint16 = 0x0001
	cptNumber      uint16 = 0x0002 // \p{N}
	cptLetter      uint16 = 0x0004 // \p{L}
	cptSeparator   uint16 = 0x0008 // \p{Z}
	cptAccentMark  uint16 = 0x0010 // \p{M}
	cptPunctuation uint16 = 0x0020 // \p{P}
	cptSymbol      uint16 = 0x0040 // \p{S}
	cptControl     uint16 = 0x0080 // \p{C}
	cptCategories  uint16 = 0x00ff
	cptSpace       uint16 = 0x0100 // \s, llama.cpp's set
)

// maxCodepoints is llama.cpp's MAX_CODEPOINTS.
const maxCodepoints = 0x110000

// asciiFlags caches cptFlags for codepoints below 128.
var asciiFlags = func() (t [128]uint16) {
	for c := range t {
		t[c] = lookupFlags(uint32(c))
	}
	return t
}()

// cptFlags is llama.cpp's unicode_cpt_flags_from_cpt: the category flag of
// cpt, with cptSpace added for the whitespace set; a codepoint at or
// above 0x110000 is cptUndefined.
func cptFlags(cpt uint32) uint16 {
	if cpt < 128 {
		return asciiFlags[cpt]
	}
	return lookupFlags(cpt)
}

func lookupFlags(cpt uint32) uint16 {
	if cpt >= maxCodepoints {
		return cptUndefined
	}
	// The last entry whose start is <= cpt.
	i := sort.Search(len(cptRanges), func(i int) bool { return cptRanges[i]>>8 > cpt }) - 1
	f := uint16(cptRanges[i] & 0xff)
	j := sort.Search(len(cptWhitespace), func(i int) bool { return cptWhitespace[i] >= cpt })
	if j < len(cptWhitespace) && cptWhitespace[j] == cpt {
		f |= cptSpace
	}
	return f
}

// replacementChar is U+FFFD, which llama.cpp substitutes for each byte it
// cannot decode.
const replacementChar = 0xfffd

// decodeCpt is llama.cpp's unicode_cpt_from_utf8 at s[off:], inside the
// error handling of unicode_cpts_from_utf8: it returns the codepoint and its
// length in bytes, or U+FFFD and 1 for a byte that does not start a sequence
// llama.cpp accepts. llama.cpp checks only the lead byte's form and that the
// continuation bytes are 10xxxxxx: overlong forms (C0 80 is U+0000) and
// surrogates (ED A0 80 is U+D800) decode as their value, as they do there.
//
// One deliberate difference: a four-byte form whose value is above U+10FFFF
// (F4 90 80 80 and above, or a lead byte F5..F7) makes llama.cpp throw an
// uncaught std::invalid_argument when it re-encodes the codepoint, failing
// the whole tokenize call; here its lead byte is treated like any other
// undecodable byte (U+FFFD, one byte), so tokenizing is total.
func decodeCpt(s string, off int) (uint32, int) {
	c := s[off]
	switch {
	case c < 0x80:
		return uint32(c), 1
	case c&0x40 == 0:
		return replacementChar, 1
	case c&0x20 == 0:
		if off+1 >= len(s) || s[off+1]&0xc0 != 0x80 {
			return replacementChar, 1
		}
		return uint32(c&0x1f)<<6 | uint32(s[off+1]&0x3f), 2
	case c&0x10 == 0:
		if off+2 >= len(s) || s[off+1]&0xc0 != 0x80 || s[off+2]&0xc0 != 0x80 {
			return replacementChar, 1
		}
		return uint32(c&0x0f)<<12 | uint32(s[off+1]&0x3f)<<6 | uint32(s[off+2]&0x3f), 3
	case c&0x08 == 0:
		if off+3 >= len(s) || s[off+1]&0xc0 != 0x80 || s[off+2]&0xc0 != 0x80 || s[off+3]&0xc0 != 0x80 {
			return replacementChar, 1
		}
		cpt := uint32(c&0x07)<<18 | uint32(s[off+1]&0x3f)<<12 | uint32(s[off+2]&0x3f)<<6 | uint32(s[off+3]&0x3f)
		if cpt >= maxCodepoints {
			return replacementChar, 1 // llama.cpp throws; see above
		}
		return cpt, 4
	default:
		return replacementChar, 1
	}
}

// decodeCpts is llama.cpp's unicode_cpts_from_utf8 (with decodeCpt's one
// difference).
func decodeCpts(s string, out []uint32) []uint32 {
	for off := 0; off < len(s); {
		c, n := decodeCpt(s, off)
		out = append(out, c)
		off += n
	}
	return out
}

// appendCpt is llama.cpp's unicode_cpt_to_utf8 for cpt < 0x110000 (which
// encodes surrogates like any other value).
func appendCpt(b []byte, cpt uint32) []byte {
	switch {
	case cpt <= 0x7f:
		return append(b, byte(cpt))
	case cpt <= 0x7ff:
		return append(b, 0xc0|byte(cpt>>6&0x1f), 0x80|byte(cpt&0x3f))
	case cpt <= 0xffff:
		return append(b, 0xe0|byte(cpt>>12&0x0f), 0x80|byte(cpt>>6&0x3f), 0x80|byte(cpt&0x3f))
	default:
		return append(b, 0xf0|byte(cpt>>18&0x07), 0x80|byte(cpt>>12&0x3f), 0x80|byte(cpt>>6&0x3f), 0x80|byte(cpt&0x3f))
	}
}

// byteToCpt is GPT-2's bytes_to_unicode (llama.cpp's unicode_byte_to_utf8
// map): the printable bytes '!'..'~', '¡'..'¬' and '®'..'ÿ' stand for
// themselves, and the other 68 bytes, in order, for U+0100, U+0101, ...
// cptToByte is its inverse.
var byteToCpt, cptToByte = func() (fwd [256]uint16, inv map[uint32]byte) {
	inv = make(map[uint32]byte, 256)
	n := uint16(0)
	for b := range 256 {
		if ('!' <= b && b <= '~') || (0xa1 <= b && b <= 0xac) || (0xae <= b && b <= 0xff) {
			fwd[b] = uint16(b)
		} else {
			fwd[b] = 256 + n
			n++
		}
		inv[uint32(fwd[b])] = byte(b)
	}
	return fwd, inv
}()

// byteEncoded holds the UTF-8 text each byte maps to.
var byteEncoded = func() (t [256]string) {
	for b := range 256 {
		t[b] = string(appendCpt(nil, uint32(byteToCpt[b])))
	}
	return t
}()
