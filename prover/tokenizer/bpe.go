package tokenizer

import (
	"strconv"
	"strings"
)

// PreTokenizers lists the tokenizer.ggml.pre values New accepts for a
// "gpt2" (byte-level BPE) vocabulary, each with the llama.cpp pre-tokenizer
// it selects: "" and "default" (llama.cpp's DEFAULT: runs of punctuation,
// then the GPT-2 expression, then runs of digits, then groups of three ASCII
// digits), "llama-bpe", "llama3" and "llama-v3" (LLAMA3: Llama 3's
// expression; merges are skipped for a word that is a token, and BOS is
// added by default), "gpt-2" (GPT2: the GPT-2 expression) and "smollm"
// (SMOLLM: every digit alone, then the GPT-2 expression; no clean-up of
// spaces when decoding). Any other value is refused by New.
var PreTokenizers = []string{"", "default", "llama-bpe", "llama3", "llama-v3", "gpt-2", "smollm"}

// preKind is llama.cpp's llama_vocab_pre_type, for the supported values.
type preKind uint8

const (
	preDefault preKind = iota
	preLlama3
	preGPT2
	preSmolLM
)

func parsePre(name string) (preKind, bool) {
	switch name {
	case "", "default":
		return preDefault, true
	case "llama-bpe", "llama3", "llama-v3":
		return preLlama3, true
	case "gpt-2":
		return preGPT2, true
	case "smollm":
		return preSmolLM, true
	}
	return 0, false
}

// DefaultAddBOS is llama.cpp's default for tokenizer.ggml.add_bos_token when
// the key is absent: true for "llama" (SentencePiece) vocabularies and for
// "gpt2" ones whose pre-tokenizer is Llama 3's, false for other "gpt2" ones.
// An unsupported pre-tokenizer yields false.
func DefaultAddBOS(model, pre string) bool {
	if model != "gpt2" {
		return true
	}
	k, ok := parsePre(pre)
	return ok && k == preLlama3
}

// splitters returns llama.cpp's regex_exprs for the pre-tokenizer, in order.
func (k preKind) splitters() []splitter {
	switch k {
	case preLlama3:
		return []splitter{splitLlama3}
	case preGPT2:
		return []splitter{splitGPT2}
	case preSmolLM:
		return []splitter{splitEach(isNumberClass), splitGPT2}
	default:
		return []splitter{splitRuns(isPunctClass), splitGPT2, splitRuns(isNumberClass), splitDigits3}
	}
}

// mergeKey is a pair of a merge rule, llama.cpp's bpe_ranks key.
type mergeKey struct{ left, right string }

// bpeData is the byte-level BPE part of a Tokenizer.
type bpeData struct {
	pre          preKind
	split        []splitter
	ranks        map[mergeKey]int32
	ignoreMerges bool // llama.cpp's ignore_merges: a whole word that is a token is emitted
	cleanSpaces  bool // llama.cpp's clean_spaces, applied by Detokenize
}

// newBPE parses the merges as llama.cpp's vocabulary loader does: each rule
// is read as a C string (a NUL byte ends it), split at its first space after
// the first byte into the left and right texts (a rule without one is the
// pair ("", ""), which never applies), and ranked by its index; a repeated
// pair keeps its first rank.
func newBPE(pre string, merges []string) (*bpeData, error) {
	k, ok := parsePre(pre)
	if !ok {
		return nil, &VocabError{Field: "Pre", Index: -1, Err: ErrUnsupportedModel,
			Detail: "tokenizer.ggml.pre " + strconv.Quote(pre) + " is not supported (supported: \"default\", \"llama-bpe\", \"llama3\", \"llama-v3\", \"gpt-2\", \"smollm\")"}
	}
	if len(merges) == 0 {
		return nil, invalid("Merges", -1, "tokenizer.ggml.merges is empty or absent (llama.cpp refuses a gpt2 vocabulary without merges)")
	}
	if len(merges) > maxMerges {
		return nil, invalid("Merges", -1, "%d merges, more than the limit %d", len(merges), maxMerges)
	}
	b := &bpeData{
		pre:          k,
		split:        k.splitters(),
		ranks:        make(map[mergeKey]int32, len(merges)),
		ignoreMerges: k == preLlama3,
		cleanSpaces:  k != preSmolLM,
	}
	for i, m := range merges {
		if nul := strings.IndexByte(m, 0); nul >= 0 {
			m = m[:nul]
		}
		var key mergeKey
		if len(m) > 1 {
			if sp := strings.IndexByte(m[1:], ' '); sp >= 0 {
				key = mergeKey{m[:sp+1], m[sp+2:]}
			}
		}
		if key.left == "" && key.right == "" {
			continue // never matches a pair of non-empty symbols
		}
		if _, dup := b.ranks[key]; !dup {
			b.ranks[key] = int32(i)
		}
	}
	return b, nil
}

// maxMerges bounds the merges table (ranks are int32, as in llama.cpp).
const maxMerges = 1<<31 - 1

// words returns the pre-tokenized words of one raw text fragment, each
// byte-encoded (every byte of its UTF-8 replaced by the UTF-8 of its GPT-2
// codepoint), as llama.cpp's unicode_regex_split(text, regex_exprs,
// byte_encode=true). Bytes that are not valid UTF-8 become U+FFFD first (see
// decodeCpt).
func (b *bpeData) words(text string, cpts []uint32) ([]string, []uint32) {
	cpts = decodeCpts(text, cpts[:0])
	pieces := []int{len(cpts)}
	for _, s := range b.split {
		pieces = s(cpts, pieces)
	}
	words := make([]string, 0, len(pieces))
	var raw []byte
	var enc strings.Builder
	start := 0
	for _, n := range pieces {
		raw = raw[:0]
		for _, c := range cpts[start : start+n] {
			raw = appendCpt(raw, c)
		}
		start += n
		enc.Reset()
		for _, c := range raw {
			enc.WriteString(byteEncoded[c])
		}
		words = append(words, enc.String())
	}
	return words, cpts
}

// bpeSymbol is llama.cpp's llm_symbol in a word: word[start:start+n]; n is
// 0 once merged into its left neighbour.
type bpeSymbol struct {
	start, n   int32
	prev, next int32
}

// bpeBigram is llama.cpp's llm_bigram_bpe: a candidate merge of the symbol
// left with right, whose texts' concatenation (of size bytes) has the
// rule's rank. prio packs rank above left so that the smallest prio is
// popped first, as llama.cpp's comparator (l.rank > r.rank) || (l.rank ==
// r.rank && l.left > r.left) pops the lowest rank, then the leftmost pair.
//
// llama.cpp skips a popped pair whose symbols' texts no longer concatenate
// to the pair's text. Comparing sizes is equivalent: a symbol only grows by
// absorbing its right neighbour, so while both symbols are non-empty they
// are still adjacent, and their texts changed only if one of them grew.
type bpeBigram struct {
	prio        uint64
	right, size int32
}

// bpeSession holds the buffers of one Tokenize call.
type bpeSession struct {
	word string
	syms []bpeSymbol
	heap []bpeBigram
	cpts []uint32
}

// tokenize is llm_tokenizer_bpe_session::tokenize: it appends the tokens of
// one raw text fragment to out.
func (s *bpeSession) tokenize(t *Tokenizer, text string, out []int32) []int32 {
	var words []string
	words, s.cpts = t.bpe.words(text, s.cpts)
	for _, w := range words {
		if t.bpe.ignoreMerges {
			if id, ok := t.ids[w]; ok {
				out = append(out, id)
				continue
			}
		}
		out = s.word1(t, w, out)
	}
	return out
}

// word1 runs the merges on one byte-encoded word and appends its tokens. A
// final symbol that is not a token is emitted byte by byte, each byte of its
// (byte-encoded) text as the one-byte token of that text if there is one and
// dropped otherwise, as llama.cpp does.
func (s *bpeSession) word1(t *Tokenizer, w string, out []int32) []int32 {
	s.word = w
	s.syms = s.syms[:0]
	s.heap = s.heap[:0]
	for off := int32(0); off < int32(len(w)); {
		n := min(utf8Len[w[off]>>4], int32(len(w))-off)
		idx := int32(len(s.syms))
		next := idx + 1
		if off+n == int32(len(w)) {
			next = -1
		}
		s.syms = append(s.syms, bpeSymbol{start: off, n: n, prev: idx - 1, next: next})
		off += n
	}
	for i := int32(1); i < int32(len(s.syms)); i++ {
		s.tryAdd(t, i-1, i)
	}
	for len(s.heap) > 0 {
		bg := s.pop()
		li := int32(uint32(bg.prio))
		left, right := &s.syms[li], &s.syms[bg.right]
		if left.n == 0 || right.n == 0 || left.n+right.n != bg.size {
			continue // outdated
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
	for i := range s.syms {
		sym := s.syms[i]
		if sym.n == 0 {
			continue
		}
		piece := w[sym.start : sym.start+sym.n]
		if id, ok := t.ids[piece]; ok {
			out = append(out, id)
			continue
		}
		for j := range len(piece) {
			if id, ok := t.ids[piece[j:j+1]]; ok {
				out = append(out, id)
			}
		}
	}
	return out
}

// tryAdd is llama.cpp's add_new_bigram.
func (s *bpeSession) tryAdd(t *Tokenizer, left, right int32) {
	if left < 0 || right < 0 {
		return
	}
	l, r := s.syms[left], s.syms[right]
	rank, ok := t.bpe.ranks[mergeKey{s.word[l.start : l.start+l.n], s.word[r.start : r.start+r.n]}]
	if !ok {
		return
	}
	s.push(bpeBigram{prio: uint64(rank)<<32 | uint64(uint32(left)), right: right, size: l.n + r.n})
}

// The work queue is a binary min-heap on prio.

func (s *bpeSession) push(b bpeBigram) {
	h := append(s.heap, b)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h[p].prio <= b.prio {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = b
	s.heap = h
}

func (s *bpeSession) pop() bpeBigram {
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
		c := 2*i + 1
		if c >= len(h) {
			break
		}
		if c+1 < len(h) && h[c+1].prio < h[c].prio {
			c++
		}
		if h[c].prio >= last.prio {
			break
		}
		h[i] = h[c]
		i = c
	}
	h[i] = last
	return top
}

// decodeText is llama.cpp's llama_decode_text, the piece of a NORMAL token
// of a byte-level BPE vocabulary: each codepoint of the text (U+FFFD for
// undecodable bytes) stands for the byte GPT-2's mapping gives it; a
// codepoint outside the mapping is rendered as "[UNK_BYTE_0x" followed by
// its UTF-8 in lower-case hex, the whole token text, and "]". ok is false
// when the text holds a codepoint above U+10FFFF (decodeCpt), on which
// llama.cpp's loader throws.
func decodeText(text string) (string, bool) {
	var b []byte
	for off := 0; off < len(text); {
		c, n := decodeCpt(text, off)
		if c == replacementChar && n == 1 && text[off] >= 0xf0 && text[off] <= 0xf7 &&
			off+3 < len(text) && text[off+1]&0xc0 == 0x80 && text[off+2]&0xc0 == 0x80 && text[off+3]&0xc0 == 0x80 {
			return "", false
		}
		off += n
		if by, ok := cptToByte[c]; ok {
			b = append(b, by)
			continue
		}
		b = append(b, "[UNK_BYTE_0x"...)
		for _, u := range appendCpt(nil, c) {
			b = append(b, hexLower[u>>4], hexLower[u&15])
		}
		b = append(b, text...)
		b = append(b, ']')
	}
	return string(b), true
}

const hexLower = "0123456789abcdef"

// cleanSpaces is the clean_spaces post-processing of llama.cpp's
// llama_vocab::impl::detokenize, ported pass by pass on the bytes: remove
// the space before '?', '!', '.' and ','; turn " ' " into "'"; remove the
// space before the contractions "'s", "'m", "'re" and "'ve".
func cleanSpaces(text []byte) []byte {
	total := len(text)
	// first pass
	t1 := total
	total = min(total, 1)
	for i := 1; i < t1; i++ {
		x := text[i]
		if text[i-1] == ' ' && (x == '?' || x == '!' || x == '.' || x == ',') {
			total--
		}
		text[total] = x
		total++
	}
	// second pass
	t2 := total
	total = min(total, 1)
	for i := 1; i < t2; i++ {
		x := text[i]
		if x == '\'' && i+1 < t2 && text[i-1] == ' ' && text[i+1] == ' ' {
			total--
			i++
			text[i] = 0
		}
		text[total] = x
		total++
	}
	// third pass
	t3 := total
	total = min(total, 1)
	for i := 1; i < t3; i++ {
		x := text[i]
		if text[i-1] == ' ' && x == '\'' && i+1 < t3 {
			x1 := text[i+1]
			switch {
			case x1 == 't' || x1 == 'd':
			case x1 == 's' || x1 == 'm':
				total--
			case i+2 < t3:
				x2 := text[i+2]
				if (x1 == 'r' && x2 == 'e') || (x1 == 'v' && x2 == 'e') {
					total--
				}
			}
		}
		text[total] = x
		total++
	}
	return text[:total]
}
