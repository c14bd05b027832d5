package tokenizer

import (
	"cmp"
	_ "embed"
	"math/bits"
	"slices"
	"strings"
)

//go:embed corpus.txt
var defaultCorpus string

// DefaultCorpus returns the package's built-in English training text (a few
// tens of KB of prose on everyday topics, with punctuation, digits and some
// non-ASCII characters), for BuildVocab.
func DefaultCorpus() string { return defaultCorpus }

// Layout of a vocabulary built by BuildVocab; ids 0..2 and the byte tokens
// are those of LLaMA's own SentencePiece vocabulary.
const (
	builtUNK       = 0   // "<unk>", UNKNOWN
	builtBOS       = 1   // "<s>", CONTROL
	builtEOS       = 2   // "</s>", CONTROL
	builtFirstByte = 3   // "<0x00>".."<0xFF>", BYTE
	builtReserved  = 259 // first learned piece
	// maxBuildSize bounds BuildVocab's size so that every rank is exact as
	// a binary32 score.
	maxBuildSize = builtReserved + 1<<24
)

// BuildVocab learns a SentencePiece-style vocabulary of exactly size tokens
// from corpus, deterministically. Ids 0, 1, 2 are "<unk>" (UNKNOWN), "<s>"
// and "</s>" (CONTROL); ids 3..258 are the byte tokens "<0x00>".."<0xFF>"
// (BYTE); all of these score 0. The remaining ids are NORMAL pieces learned
// from the corpus escaped as SPM does (every ' ' replaced by "▁", and a "▁"
// prefix), split into words before each run of "▁" and around runs of
// newlines: first every distinct character of the corpus (split like the
// encoder splits, by UTF-8 lead byte), most frequent first, then BPE merges
// of adjacent pieces within words, the most frequent pair first, ties broken
// by the byte order of the merged string, then of the left piece's id. The
// k-th learned piece (k = 1, 2, ...) scores -k, so llama.cpp's score-ordered
// merging replays the learned order. A merge whose result is already a piece
// is applied without adding a token. Pieces that are a proper prefix or
// suffix (of two or more bytes) of a reserved token's text are never learned,
// so the encoder can never produce "<s>", "</s>", "<unk>" or a byte token by
// merging text.
//
// The vocabulary has BOS 1, EOS 2, UNK 0, AddBOS, AddSpacePrefix and model
// "llama", like LLaMA's. BuildVocab fails with a *VocabError wrapping
// ErrBuildVocab when corpus is empty, when size is below 259 plus the number
// of distinct characters of the corpus or above 259+2^24, or when the corpus
// runs out of pairs to merge before size tokens.
func BuildVocab(corpus string, size int) (Vocab, error) {
	if corpus == "" {
		return Vocab{}, &VocabError{Field: "corpus", Index: -1, Detail: "empty corpus", Err: ErrBuildVocab}
	}
	if size < builtReserved || size > maxBuildSize {
		return Vocab{}, &VocabError{Field: "size", Index: -1, Err: ErrBuildVocab,
			Detail: "size " + itoa(size) + " outside [" + itoa(builtReserved) + ", " + itoa(maxBuildSize) + "]"}
	}
	reserved := make([]string, 0, builtReserved)
	reserved = append(reserved, "<unk>", "<s>", "</s>")
	for b := range 256 {
		reserved = append(reserved, byteTokenText(byte(b)))
	}

	tr := newTrainer(reserved)
	tr.addWords(strings.ReplaceAll(" "+corpus, " ", spaceEscape))
	if need := builtReserved + len(tr.pieces); size < need {
		return Vocab{}, &VocabError{Field: "size", Index: -1, Err: ErrBuildVocab,
			Detail: "size " + itoa(size) + " below the minimum " + itoa(need) +
				" (259 reserved tokens + " + itoa(len(tr.pieces)) + " distinct corpus characters)"}
	}
	if !tr.learn(size - builtReserved) {
		return Vocab{}, &VocabError{Field: "size", Index: -1, Err: ErrBuildVocab,
			Detail: "size " + itoa(size) + " above the " + itoa(builtReserved+len(tr.pieces)) +
				" tokens this corpus yields"}
	}

	v := Vocab{
		Model:          "llama",
		Tokens:         make([]string, 0, size),
		ScoreBits:      make([]uint32, size),
		Types:          make([]int32, 0, size),
		BOS:            builtBOS,
		EOS:            builtEOS,
		UNK:            builtUNK,
		AddBOS:         true,
		AddEOS:         false,
		AddSpacePrefix: true,
	}
	v.Tokens = append(v.Tokens, reserved...)
	v.Types = append(v.Types, TypeUnknown, TypeControl, TypeControl)
	for range 256 {
		v.Types = append(v.Types, TypeByte)
	}
	for k, p := range tr.pieces {
		v.Tokens = append(v.Tokens, p)
		v.Types = append(v.Types, TypeNormal)
		v.ScoreBits[builtReserved+k] = int32ToFloat32Bits(-int32(k + 1))
	}
	return v, nil
}

// int32ToFloat32Bits returns the IEEE-754 binary32 bits of n converted to
// binary32 with round-to-nearest-even, computed with integers only. Integers
// of magnitude up to 2^24 are exact.
func int32ToFloat32Bits(n int32) uint32 {
	if n == 0 {
		return 0
	}
	var sign uint32
	m := uint32(n)
	if n < 0 {
		sign = 1 << 31
		m = uint32(-int64(n))
	}
	e := 31 - bits.LeadingZeros32(m) // unbiased exponent, 0..31
	var mant uint32
	if e <= 23 {
		mant = m << (23 - e)
	} else {
		shift := e - 23
		mant = m >> shift
		rem := m & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && mant&1 == 1) {
			mant++
			if mant == 1<<24 {
				mant >>= 1
				e++
			}
		}
	}
	return sign | uint32(e+127)<<23 | mant&(1<<23-1)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(buf[i:])
		}
	}
}

// trainer is the state of BuildVocab's BPE.
type trainer struct {
	pieces  []string         // learned pieces, in rank order
	pieceID map[string]int32 // index into pieces
	banned  map[string]bool  // reserved texts and their proper prefixes/suffixes

	words  [][]int32 // distinct words as piece ids
	counts []int64   // occurrences of each word
	pairs  map[uint64]int64
	where  map[uint64][]int32 // words that contained the pair (may be stale)
	seen   []int              // per word: the merge step that last visited it
	heap   []candidate
	merges [][2]int32 // the pairs merged, in order
}

// candidate is a pair of adjacent pieces (a, b) occurring count times.
type candidate struct {
	count  int64
	merged string
	a, b   int32
}

func (c candidate) before(d candidate) bool {
	if c.count != d.count {
		return c.count > d.count
	}
	if c.merged != d.merged {
		return c.merged < d.merged
	}
	if c.a != d.a {
		return c.a < d.a
	}
	return c.b < d.b
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func newTrainer(reserved []string) *trainer {
	tr := &trainer{
		pieceID: make(map[string]int32),
		banned:  make(map[string]bool),
		pairs:   make(map[uint64]int64),
		where:   make(map[uint64][]int32),
	}
	for _, r := range reserved {
		tr.banned[r] = true
		for i := 2; i < len(r); i++ {
			tr.banned[r[:i]] = true
			tr.banned[r[len(r)-i:]] = true
		}
	}
	return tr
}

// addWords splits the escaped corpus into characters and words, registers
// every distinct character as a piece (most frequent first, then by bytes)
// and seeds the pair counts.
func (tr *trainer) addWords(text string) {
	type char struct{ start, end int }
	var chars []char
	for off := 0; off < len(text); {
		n := min(int(utf8Len[text[off]>>4]), len(text)-off)
		chars = append(chars, char{off, off + n})
		off += n
	}
	isNL := func(c char) bool { return text[c.start:c.end] == "\n" }
	isSpace := func(c char) bool { return text[c.start:c.end] == spaceEscape }

	wordCount := make(map[string]int64)
	charCount := make(map[string]int64)
	start := 0
	for i, c := range chars {
		charCount[text[c.start:c.end]]++
		if i == 0 {
			continue
		}
		p := chars[i-1]
		if (isSpace(c) && !isSpace(p)) || isNL(c) != isNL(p) {
			wordCount[text[start:c.start]]++
			start = c.start
		}
	}
	wordCount[text[start:]]++

	byCount := make([]string, 0, len(charCount))
	for c := range charCount {
		byCount = append(byCount, c)
	}
	slices.SortFunc(byCount, func(x, y string) int {
		if c := cmp.Compare(charCount[y], charCount[x]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	for _, c := range byCount {
		tr.addPiece(c)
	}

	words := make([]string, 0, len(wordCount))
	for w := range wordCount {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		var syms []int32
		for off := 0; off < len(w); {
			n := min(int(utf8Len[w[off]>>4]), len(w)-off)
			syms = append(syms, tr.pieceID[w[off:off+n]])
			off += n
		}
		wi := int32(len(tr.words))
		tr.words = append(tr.words, syms)
		tr.counts = append(tr.counts, wordCount[w])
		tr.seen = append(tr.seen, -1)
		for i := 0; i+1 < len(syms); i++ {
			k := pairKey(syms[i], syms[i+1])
			tr.pairs[k] += wordCount[w]
			tr.where[k] = append(tr.where[k], wi)
		}
	}
	for k, c := range tr.pairs {
		tr.push(k, c)
	}
}

func (tr *trainer) addPiece(p string) int32 {
	id := int32(len(tr.pieces))
	tr.pieces = append(tr.pieces, p)
	tr.pieceID[p] = id
	return id
}

func (tr *trainer) push(k uint64, count int64) {
	a, b := int32(k>>32), int32(uint32(k))
	h := append(tr.heap, candidate{count: count, merged: tr.pieces[a] + tr.pieces[b], a: a, b: b})
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h[i].before(h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	tr.heap = h
}

func (tr *trainer) pop() candidate {
	h := tr.heap
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	for i := 0; ; {
		l := 2*i + 1
		if l >= len(h) {
			break
		}
		c := l
		if r := l + 1; r < len(h) && h[r].before(h[l]) {
			c = r
		}
		if !h[c].before(h[i]) {
			break
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
	tr.heap = h
	return top
}

// learn merges pairs until there are want pieces; it reports false if the
// corpus runs out of pairs first.
func (tr *trainer) learn(want int) bool {
	for step := 0; len(tr.pieces) < want; step++ {
		if len(tr.heap) == 0 {
			return false
		}
		c := tr.pop()
		k := pairKey(c.a, c.b)
		if cur := tr.pairs[k]; cur != c.count || cur <= 0 || tr.banned[c.merged] {
			continue // stale, or never to be learned
		}
		id, ok := tr.pieceID[c.merged]
		if !ok {
			id = tr.addPiece(c.merged)
		}
		tr.merges = append(tr.merges, [2]int32{c.a, c.b})
		tr.merge(step, c.a, c.b, id, k)
	}
	return true
}

// merge replaces every occurrence of the pair (a, b) by id in the words that
// hold it, updating the pair counts and queueing the changed pairs.
func (tr *trainer) merge(step int, a, b, id int32, k uint64) {
	touched := make(map[uint64]bool)
	list := tr.where[k]
	delete(tr.where, k)
	for _, w := range list {
		if tr.seen[w] == step {
			continue
		}
		tr.seen[w] = step
		syms := tr.words[w]
		found := false
		for i := 0; i+1 < len(syms); i++ {
			if syms[i] == a && syms[i+1] == b {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		cnt := tr.counts[w]
		for i := 0; i+1 < len(syms); i++ {
			pk := pairKey(syms[i], syms[i+1])
			if tr.pairs[pk] -= cnt; tr.pairs[pk] == 0 {
				delete(tr.pairs, pk)
			}
			touched[pk] = true
		}
		out := syms[:0]
		for i := 0; i < len(syms); {
			if i+1 < len(syms) && syms[i] == a && syms[i+1] == b {
				out = append(out, id)
				i += 2
			} else {
				out = append(out, syms[i])
				i++
			}
		}
		tr.words[w] = out
		for i := 0; i+1 < len(out); i++ {
			pk := pairKey(out[i], out[i+1])
			tr.pairs[pk] += cnt
			touched[pk] = true
			if l := tr.where[pk]; len(l) == 0 || l[len(l)-1] != w {
				tr.where[pk] = append(l, w)
			}
		}
	}
	keys := make([]uint64, 0, len(touched))
	for pk := range touched {
		keys = append(keys, pk)
	}
	slices.Sort(keys)
	for _, pk := range keys {
		if c := tr.pairs[pk]; c > 0 {
			tr.push(pk, c)
		}
	}
}
