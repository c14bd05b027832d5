package tokenizer

import "slices"

// Special tokens of a vocabulary built by BuildBPEVocab, after the learned
// pieces (as in Llama 3's vocabulary).
var bpeSpecials = []string{"<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>"}

// BuildBPEVocab learns a GPT-2-style byte-level BPE vocabulary ("gpt2", as
// Llama 3's) of exactly size tokens from corpus, deterministically, for the
// pre-tokenizer pre (one of PreTokenizers). Ids 0..255 are the 256 byte
// tokens, each the text GPT-2's byte mapping gives one byte, in the order of
// that mapping (the printable bytes '!'..'~', '¡'..'¬', '®'..'ÿ', then the
// others); then come the pieces learned by merging adjacent pieces within
// the words that pre's splitter cuts the corpus into (most frequent pair
// first, ties broken by the merged text's bytes, then by the pieces' ids),
// each merge also recorded as a merge rule of that rank (a merge whose
// result is already a piece adds a rule but no token); the last three ids
// are "<|begin_of_text|>" (BOS), "<|end_of_text|>" (EOS) and "<|eot_id|>",
// all CONTROL. Every token is NORMAL otherwise and every score 0. AddBOS is
// DefaultAddBOS("gpt2", pre); AddEOS and AddSpacePrefix are false; UNK is
// -1.
//
// Every merge's result is a token, and every byte has a token, so Encode
// loses nothing: the pieces of Encode(s) concatenate back to s for valid
// UTF-8 s. BuildBPEVocab fails with a *VocabError wrapping ErrBuildVocab
// for an empty corpus or a size outside [259+1, 259+2^24], or when the
// corpus runs out of pairs before size tokens; and with New's error for an
// unsupported pre.
func BuildBPEVocab(corpus string, size int, pre string) (Vocab, error) {
	kind, ok := parsePre(pre)
	if !ok {
		_, err := newBPE(pre, []string{"a b"})
		return Vocab{}, err
	}
	if corpus == "" {
		return Vocab{}, &VocabError{Field: "corpus", Index: -1, Detail: "empty corpus", Err: ErrBuildVocab}
	}
	reserved := 256 + len(bpeSpecials)
	if size <= reserved || size > reserved+1<<24 {
		return Vocab{}, &VocabError{Field: "size", Index: -1, Err: ErrBuildVocab,
			Detail: "size " + itoa(size) + " outside [" + itoa(reserved+1) + ", " + itoa(reserved+1<<24) + "]"}
	}
	tr := newTrainer(bpeSpecials)
	order := make([]int, 0, 256)
	for b := range 256 {
		order = append(order, b)
	}
	// GPT-2's order: the bytes that stand for themselves first.
	slices.SortStableFunc(order, func(x, y int) int { return int(byteToCpt[x]) - int(byteToCpt[y]) })
	for _, b := range order {
		tr.addPiece(byteEncoded[b])
	}
	bd := &bpeData{pre: kind, split: kind.splitters()}
	words, _ := bd.words(corpus, nil)
	counts := make(map[string]int64, len(words))
	for _, w := range words {
		counts[w]++
	}
	tr.addEncodedWords(counts)
	if !tr.learn(size - len(bpeSpecials)) {
		return Vocab{}, &VocabError{Field: "size", Index: -1, Err: ErrBuildVocab,
			Detail: "size " + itoa(size) + " above the " + itoa(len(tr.pieces)+len(bpeSpecials)) + " tokens this corpus yields"}
	}
	v := Vocab{
		Model:     "gpt2",
		Pre:       pre,
		Tokens:    append(slices.Clone(tr.pieces), bpeSpecials...),
		ScoreBits: make([]uint32, size),
		Types:     make([]int32, size),
		BOS:       int32(size - 3),
		EOS:       int32(size - 2),
		UNK:       -1,
		AddBOS:    DefaultAddBOS("gpt2", pre),
	}
	for i := range v.Types {
		v.Types[i] = TypeNormal
	}
	for i := size - len(bpeSpecials); i < size; i++ {
		v.Types[i] = TypeControl
	}
	v.Merges = make([]string, len(tr.merges))
	for i, m := range tr.merges {
		v.Merges[i] = tr.pieces[m[0]] + " " + tr.pieces[m[1]]
	}
	return v, nil
}

// addEncodedWords seeds the trainer with byte-encoded words and their
// counts; every character of a word must already be a piece.
func (tr *trainer) addEncodedWords(counts map[string]int64) {
	words := make([]string, 0, len(counts))
	for w := range counts {
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
		tr.counts = append(tr.counts, counts[w])
		tr.seen = append(tr.seen, -1)
		for i := 0; i+1 < len(syms); i++ {
			k := pairKey(syms[i], syms[i+1])
			tr.pairs[k] += counts[w]
			tr.where[k] = append(tr.where[k], wi)
		}
	}
	keys := make([]uint64, 0, len(tr.pairs))
	for k := range tr.pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		tr.push(k, tr.pairs[k])
	}
}
