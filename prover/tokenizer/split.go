package tokenizer

// The pre-tokenizers of llama.cpp's llm_tokenizer_bpe for the supported
// tokenizer.ggml.pre values. llama.cpp runs a list of regular expressions
// over the codepoints of a text fragment (unicode_regex_split): each one
// splits every piece left by the previous ones into its matches and the gaps
// between them. Go's regexp has no lookahead, so each expression is
// implemented by hand: the GPT-2 and Llama 3 expressions as llama.cpp's own
// hand-written splitters (unicode_regex_split_custom_gpt2 and _llama3,
// ported line by line), the others, which llama.cpp runs with std::regex on
// a "collapsed" text (every codepoint above 127 replaced by one byte naming
// its category, 0x0B for whitespace), as the run or fixed-length matchers
// they amount to. Pieces are lists of lengths in codepoints.

// cptsOf is the codepoint view of one fragment; flags returns 0 outside
// [lo, hi), the piece being split, as llama.cpp's _get_flags does.
type cptsOf struct {
	cpts   []uint32
	lo, hi int
}

const outOfRange = 0xffffffff

func (c *cptsOf) cpt(pos int) uint32 {
	if c.lo <= pos && pos < c.hi {
		return c.cpts[pos]
	}
	return outOfRange
}

func (c *cptsOf) flags(pos int) uint16 {
	if c.lo <= pos && pos < c.hi {
		return cptFlags(c.cpts[pos])
	}
	return 0
}

// splitter splits the pieces of cpts given as lengths (summing to
// len(cpts)) and returns the new lengths.
type splitter func(cpts []uint32, pieces []int) []int

// splitGPT2 is unicode_regex_split_custom_gpt2, the expression
// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
func splitGPT2(cpts []uint32, pieces []int) []int {
	out := make([]int, 0, len(pieces))
	start := 0
	for _, n := range pieces {
		c := cptsOf{cpts: cpts, lo: start, hi: start + n}
		start += n
		prev := c.lo
		add := func(end int) int {
			l := end - prev
			if l > 0 {
				out = append(out, l)
			}
			prev = end
			return l
		}
		for pos := c.lo; pos < c.hi; {
			cpt := c.cpt(pos)
			flags := c.flags(pos)
			if cpt == '\'' && pos+1 < c.hi {
				next := c.cpt(pos + 1)
				if next == 's' || next == 't' || next == 'm' || next == 'd' {
					pos += add(pos + 2)
					continue
				}
				if pos+2 < c.hi {
					nn := c.cpt(pos + 2)
					if (next == 'r' && nn == 'e') || (next == 'v' && nn == 'e') || (next == 'l' && nn == 'l') {
						pos += add(pos + 3)
						continue
					}
				}
			}
			flags2 := flags
			if cpt == ' ' {
				flags2 = c.flags(pos + 1)
			}
			if flags2&cptLetter != 0 { // ?\p{L}+
				if cpt == ' ' {
					pos++
				}
				for flags2&cptLetter != 0 {
					pos++
					flags2 = c.flags(pos)
				}
				add(pos)
				continue
			}
			if flags2&cptNumber != 0 { // ?\p{N}+
				if cpt == ' ' {
					pos++
				}
				for flags2&cptNumber != 0 {
					pos++
					flags2 = c.flags(pos)
				}
				add(pos)
				continue
			}
			if flags2&(cptSpace|cptLetter|cptNumber) == 0 && flags2 != 0 { // ?[^\s\p{L}\p{N}]+
				if cpt == ' ' {
					pos++
				}
				for flags2&(cptSpace|cptLetter|cptNumber) == 0 && flags2 != 0 {
					pos++
					flags2 = c.flags(pos)
				}
				add(pos)
				continue
			}
			spaces := 0
			for c.flags(pos+spaces)&cptSpace != 0 {
				spaces++
			}
			if spaces > 1 && c.cpt(pos+spaces) != outOfRange { // \s+(?!\S)
				pos += spaces - 1
				add(pos)
				continue
			}
			if spaces > 0 { // \s+
				pos += spaces
				add(pos)
				continue
			}
			pos++ // no match
			add(pos)
		}
	}
	return out
}

// asciiLower is llama.cpp's unicode_tolower where it matters here: only the
// ASCII capitals map to the letters of the contractions.
func asciiLower(c uint32) uint32 {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// splitLlama3 is unicode_regex_split_custom_llama3, the expression
// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
func splitLlama3(cpts []uint32, pieces []int) []int {
	out := make([]int, 0, len(pieces))
	start := 0
	for _, n := range pieces {
		c := cptsOf{cpts: cpts, lo: start, hi: start + n}
		start += n
		prev := c.lo
		add := func(end int) int {
			l := end - prev
			if l > 0 {
				out = append(out, l)
			}
			prev = end
			return l
		}
		for pos := c.lo; pos < c.hi; {
			cpt := c.cpt(pos)
			flags := c.flags(pos)
			if cpt == '\'' && pos+1 < c.hi {
				next := asciiLower(c.cpt(pos + 1))
				if next == 's' || next == 't' || next == 'm' || next == 'd' {
					pos += add(pos + 2)
					continue
				}
				if pos+2 < c.hi {
					nn := asciiLower(c.cpt(pos + 2))
					if (next == 'r' && nn == 'e') || (next == 'v' && nn == 'e') || (next == 'l' && nn == 'l') {
						pos += add(pos + 3)
						continue
					}
				}
			}
			// [^\r\n\p{L}\p{N}]?\p{L}+
			if !(cpt == '\r' || cpt == '\n' || flags&cptNumber != 0) {
				if flags&cptLetter != 0 || c.flags(pos+1)&cptLetter != 0 {
					pos++
					for c.flags(pos)&cptLetter != 0 {
						pos++
					}
					add(pos)
					continue
				}
			}
			if flags&cptNumber != 0 { // \p{N}{1,3}
				ini := pos
				for c.flags(pos)&cptNumber != 0 {
					pos++
					if pos-ini >= 3 {
						add(pos)
						ini = pos
					}
				}
				add(pos)
				continue
			}
			// ?[^\s\p{L}\p{N}]+[\r\n]*
			flags2 := flags
			if cpt == ' ' {
				flags2 = c.flags(pos + 1)
			}
			if flags2&(cptSpace|cptLetter|cptNumber) == 0 && flags != 0 {
				if cpt == ' ' {
					pos++
				}
				for flags2&(cptSpace|cptLetter|cptNumber) == 0 && flags2 != 0 {
					pos++
					flags2 = c.flags(pos)
				}
				for cpt2 := c.cpt(pos); cpt2 == '\r' || cpt2 == '\n'; cpt2 = c.cpt(pos) {
					pos++
				}
				add(pos)
				continue
			}
			spaces, lastNL := 0, 0
			for c.flags(pos+spaces)&cptSpace != 0 {
				if cpt2 := c.cpt(pos + spaces); cpt2 == '\r' || cpt2 == '\n' {
					lastNL = pos + spaces + 1
				}
				spaces++
			}
			if lastNL > 0 { // \s*[\r\n]+
				pos = lastNL
				add(pos)
				continue
			}
			if spaces > 1 && c.cpt(pos+spaces) != outOfRange { // \s+(?!\S)
				pos += spaces - 1
				add(pos)
				continue
			}
			if spaces > 0 { // \s+
				pos += spaces
				add(pos)
				continue
			}
			pos++ // no match
			add(pos)
		}
	}
	return out
}

// collapsed is the byte llama.cpp's unicode_regex_split puts in place of a
// codepoint when it runs an expression with \p{..} classes through
// std::regex: the codepoint itself below 128, 0x0B for other whitespace,
// else 0xD1 (number), 0xD2 (letter), 0xD3 (punctuation), 0xD4 (mark), 0xD5
// (symbol) or 0xD0 (anything else).
func collapsed(cpt uint32) uint32 {
	if cpt < 128 {
		return cpt
	}
	f := cptFlags(cpt)
	if f&cptSpace != 0 {
		return 0x0b
	}
	switch f & cptCategories {
	case cptNumber:
		return 0xd1
	case cptLetter:
		return 0xd2
	case cptPunctuation:
		return 0xd3
	case cptAccentMark:
		return 0xd4
	case cptSymbol:
		return 0xd5
	}
	return 0xd0
}

// isPunctClass is the class of llama.cpp's default expression
// [\p{P}\$\+<=>\^~\|]+ after collapsing: 0xD3 and every printable ASCII
// character that is neither a letter, a digit, nor '`' (the ASCII members
// of \p{P} are !"#%&'()*,-./:;?@[\]_{}).
func isPunctClass(cpt uint32) bool {
	c := collapsed(cpt)
	if c == 0xd3 {
		return true
	}
	return c < 128 && c > ' ' && c < 0x7f && c != '`' &&
		!('0' <= c && c <= '9') && !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z')
}

// isNumberClass is \p{N} after collapsing: 0xD1 or an ASCII digit.
func isNumberClass(cpt uint32) bool {
	c := collapsed(cpt)
	return c == 0xd1 || ('0' <= c && c <= '9')
}

// splitRuns is an expression [class]+ run by unicode_regex_split_stl: in
// each piece, every maximal run of class members is a match, and each gap
// between matches a piece of its own.
func splitRuns(class func(uint32) bool) splitter {
	return func(cpts []uint32, pieces []int) []int {
		out := make([]int, 0, len(pieces))
		start := 0
		for _, n := range pieces {
			end := start + n
			for i := start; i < end; {
				j := i + 1
				in := class(cpts[i])
				for j < end && class(cpts[j]) == in {
					j++
				}
				out = append(out, j-i) // a match, or a gap between matches
				i = j
			}
			start = end
		}
		return out
	}
}

// splitEach is an expression [class] (one codepoint) run by
// unicode_regex_split_stl: every class member is a piece of its own, and
// each gap between them one piece.
func splitEach(class func(uint32) bool) splitter {
	return func(cpts []uint32, pieces []int) []int {
		out := make([]int, 0, len(pieces))
		start := 0
		for _, n := range pieces {
			end := start + n
			gap := start
			for i := start; i < end; i++ {
				if class(cpts[i]) {
					if i > gap {
						out = append(out, i-gap)
					}
					out = append(out, 1)
					gap = i + 1
				}
			}
			if end > gap {
				out = append(out, end-gap)
			}
			start = end
		}
		return out
	}
}

// splitDigits3 is [0-9][0-9][0-9] run by std::wregex (no \p{..}, so on the
// codepoints themselves): the leftmost three ASCII digits in a row are a
// match, the search resumes after them, and each gap is a piece.
func splitDigits3(cpts []uint32, pieces []int) []int {
	out := make([]int, 0, len(pieces))
	digit := func(c uint32) bool { return '0' <= c && c <= '9' }
	start := 0
	for _, n := range pieces {
		end := start + n
		gap := start
		for i := start; i+3 <= end; {
			if digit(cpts[i]) && digit(cpts[i+1]) && digit(cpts[i+2]) {
				if i > gap {
					out = append(out, i-gap)
				}
				out = append(out, 3)
				i += 3
				gap = i
			} else {
				i++
			}
		}
		if end > gap {
			out = append(out, end-gap)
		}
		start = end
	}
	return out
}
