package tokenizer

import (
	"math"
	"slices"
	"strings"
)

// Encode tokenizes text like llama.cpp's llama_tokenize(vocab, text,
// add_special, parse_special=false), which is also what node-llama-cpp's
// model.tokenize(text) computes (with addSpecial false). Control and unknown
// token texts written in text (such as "<s>") are tokenized as plain text;
// USER_DEFINED token texts are still matched verbatim, as in llama.cpp. With
// addSpecial, BOS is prepended if the vocabulary's AddBOS is set and EOS
// appended if AddEOS is set.
func (t *Tokenizer) Encode(text string, addSpecial bool) []int32 {
	return t.Tokenize(text, addSpecial, false)
}

// Tokenize is llama.cpp's llama_tokenize. With parseSpecial, the texts of CONTROL and UNKNOWN tokens (e.g. "<s>") in
// text are also matched verbatim and emitted as those tokens.
//
// The steps are those of llama_vocab::impl::tokenize: the text is split into
// fragments at verbatim occurrences of special token texts (longest text
// first); BOS is emitted if addSpecial and AddBOS; each text fragment that
// follows the start of the text or a special token gets a leading space when
// AddSpacePrefix is set, has every ' ' replaced by "▁", and is tokenized by
// the SPM merge loop; EOS is emitted if addSpecial and AddEOS. An empty text
// yields only the added BOS/EOS. A fragment of 2 GiB or more after escaping
// panics (llama.cpp's API takes the text length as an int32).
//
// For a byte-level BPE ("gpt2") vocabulary the fragments are not prefixed
// nor escaped: each is split into words by the pre-tokenizer (split.go),
// each word byte-encoded and merged by rule rank (bpe.go).
func (t *Tokenizer) Tokenize(text string, addSpecial, parseSpecial bool) []int32 {
	out := make([]int32, 0, len(text)/3+3)
	if addSpecial && t.addBOS {
		out = append(out, t.bos)
	}
	if text != "" && t.bpe != nil {
		// llama.cpp's BPE branch: no space prefix, no escaping; special
		// tokens matched in the text are emitted as they are.
		var s bpeSession
		for _, f := range t.partition(text, parseSpecial) {
			if f.token >= 0 {
				out = append(out, f.token)
				continue
			}
			out = s.tokenize(t, text[f.start:f.end], out)
		}
	} else if text != "" {
		var s session
		prevSpecial := true
		for _, f := range t.partition(text, parseSpecial) {
			if f.token >= 0 {
				out = append(out, f.token)
				prevSpecial = true
				continue
			}
			frag := text[f.start:f.end]
			if t.addSpacePrefix && prevSpecial {
				frag = " " + frag
			}
			out = s.tokenize(t, strings.ReplaceAll(frag, " ", spaceEscape), out)
			prevSpecial = false
		}
	}
	if addSpecial && t.addEOS {
		out = append(out, t.eos)
	}
	return out
}

// fragment is a piece of the input: a special token (token >= 0) or the raw
// text text[start:end] (token == -1).
type fragment struct {
	token      int32
	start, end int
}

// partition is llama.cpp's tokenizer_st_partition: for each special token,
// longest text first, every raw fragment is split at the non-overlapping
// occurrences of the token's text, leftmost first. CONTROL and UNKNOWN tokens
// take part only with parseSpecial. A token with LSTRIP (RSTRIP) also removes
// the ASCII whitespace before (after) each occurrence.
func (t *Tokenizer) partition(text string, parseSpecial bool) []fragment {
	frags := []fragment{{token: -1, start: 0, end: len(text)}}
	if !parseSpecial && !t.hasUserDefined {
		return frags
	}
	var next []fragment
	for _, id := range t.special {
		attr := t.attrs[id]
		if !parseSpecial && attr&(attrControl|attrUnknown) != 0 {
			continue
		}
		word := t.texts[id]
		next = next[:0]
		for _, f := range frags {
			if f.token >= 0 {
				next = append(next, f)
				continue
			}
			start := f.start
			for {
				i := strings.Index(text[start:f.end], word)
				if i < 0 {
					break
				}
				match := start + i
				left := match
				if attr&attrLStrip != 0 {
					for left > start && isSpace(text[left-1]) {
						left--
					}
				}
				if left > start {
					next = append(next, fragment{token: -1, start: start, end: left})
				}
				next = append(next, fragment{token: id})
				start = match + len(word)
				if attr&attrRStrip != 0 {
					for start < f.end && isSpace(text[start]) {
						start++
					}
				}
			}
			if start < f.end {
				next = append(next, fragment{token: -1, start: start, end: f.end})
			}
		}
		frags, next = next, frags
	}
	return frags
}

// isSpace is C's isspace in the "C" locale.
func isSpace(c byte) bool {
	return c == ' ' || ('\t' <= c && c <= '\r')
}

// symbol is llama.cpp's llm_symbol: the text text[start:start+n] of a
// (possibly merged) symbol in a doubly linked list; n == 0 once merged away.
type symbol struct {
	start, n   int32
	prev, next int32
}

// bigram is llama.cpp's llm_bigram_spm: a candidate merge of the symbol
// left with its right neighbour, whose concatenation (of size bytes) is a
// token. prio packs the token's score key above ^left, so that the larger
// prio is popped first: llama.cpp's max-heap comparator
// (l.score < r.score) || (l.score == r.score && l.left > r.left) pops the
// highest score first and, among equal scores, the leftmost pair.
//
// llama.cpp also records the right symbol and skips a popped pair when
// either symbol was merged away or has grown since (left.n + right.n !=
// size). Reading the right symbol from left.next at pop time is equivalent:
// while both symbols are unchanged, right is still left.next; once left has
// absorbed it, left.n alone reaches size and any new neighbour makes the sum
// larger.
type bigram struct {
	prio uint64
	size int32
}

func makeBigram(key uint32, left, size int32) bigram {
	return bigram{prio: uint64(key)<<32 | uint64(^uint32(left)), size: size}
}

func (b bigram) left() int32 { return int32(^uint32(b.prio)) }

// session holds the buffers of llama.cpp's llm_tokenizer_spm_session, reused
// across the fragments of one Tokenize call.
type session struct {
	text string
	syms []symbol
	heap []bigram
}

// utf8Len is llama.cpp's unicode_len_utf8: the length of a UTF-8 sequence
// judged by its first byte only. Continuation bytes are not checked, so an
// invalid lead byte swallows the bytes after it.
var utf8Len = [16]int32{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}

// tokenize is llm_tokenizer_spm_session::tokenize: it appends the tokens of
// the escaped, non-empty text to out.
func (s *session) tokenize(t *Tokenizer, text string, out []int32) []int32 {
	if len(text) > math.MaxInt32 {
		panic("tokenizer: text fragment of 2 GiB or more")
	}
	s.text = text
	s.syms = slices.Grow(s.syms[:0], len(text))
	s.heap = slices.Grow(s.heap[:0], len(text))
	for off := int32(0); off < int32(len(text)); {
		n := min(utf8Len[text[off]>>4], int32(len(text))-off)
		idx := int32(len(s.syms))
		next := idx + 1
		if off+n == int32(len(text)) {
			next = -1
		}
		s.syms = append(s.syms, symbol{start: off, n: n, prev: idx - 1, next: next})
		off += n
	}
	for i := int32(1); i < int32(len(s.syms)); i++ {
		s.tryAdd(t, i-1, i)
	}
	for len(s.heap) > 0 {
		bg := s.pop()
		li := bg.left()
		left := &s.syms[li]
		// Skip a stale pair: one side was merged away or has grown.
		if left.n == 0 || left.next < 0 {
			continue
		}
		right := &s.syms[left.next]
		if right.n == 0 || left.n+right.n != bg.size {
			continue
		}
		left.n += right.n
		right.n = 0
		left.next = right.next
		if right.next >= 0 {
			s.syms[right.next].prev = li
		}
		s.tryAdd(t, left.prev, li)
		s.tryAdd(t, li, left.next)
	}
	// llama.cpp's resegment: a symbol that is a token is emitted; any other
	// symbol is a single unmerged character (every merge produces a token,
	// so llama.cpp's rev_merge recursion never applies) and is emitted as
	// byte-fallback tokens.
	for i := int32(0); i != -1 && len(s.syms) > 0; i = s.syms[i].next {
		sym := s.syms[i]
		piece := text[sym.start : sym.start+sym.n]
		if id, ok := t.ids[piece]; ok {
			out = append(out, id)
			continue
		}
		for j := range len(piece) {
			out = append(out, t.bytes[piece[j]])
		}
	}
	return out
}

// tryAdd is llama.cpp's try_add_bigram.
func (s *session) tryAdd(t *Tokenizer, left, right int32) {
	if left < 0 || right < 0 {
		return
	}
	start := s.syms[left].start
	size := s.syms[left].n + s.syms[right].n
	if int(size) > t.maxLen {
		return // no token is that long
	}
	id, ok := t.ids[s.text[start:start+size]]
	if !ok {
		return
	}
	s.push(makeBigram(t.keys[id], left, size))
}

// The work queue is a 4-ary max-heap on prio.

func (s *session) push(b bigram) {
	h := append(s.heap, b)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 4
		if h[p].prio >= b.prio {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = b
	s.heap = h
}

func (s *session) pop() bigram {
	h := s.heap
	top := h[0]
	last := h[len(h)-1]
	h = h[:len(h)-1]
	s.heap = h
	if len(h) == 0 {
		return top
	}
	i := 0
	for {
		c := 4*i + 1
		if c >= len(h) {
			break
		}
		best := c
		for j := c + 1; j < min(c+4, len(h)); j++ {
			if h[j].prio > h[best].prio {
				best = j
			}
		}
		if h[best].prio <= last.prio {
			break
		}
		h[i] = h[best]
		i = best
	}
	h[i] = last
	return top
}
