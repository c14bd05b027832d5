package tokenizer

import "strings"

// renderSpecial is llama.cpp's token_to_piece(id, special=true) (the
// cache_token_to_piece entry): UNKNOWN, CONTROL and USER_DEFINED tokens
// render as their text; NORMAL tokens as their text with "▁" replaced by " "
// (SPM) or as the bytes their codepoints stand for (byte-level BPE, see
// decodeText); BYTE tokens as their byte; anything else (UNUSED, UNDEFINED)
// as nothing. ok is false for a BPE text llama.cpp cannot render.
func (t *Tokenizer) renderSpecial(id int32) (string, bool) {
	attr, text := t.attrs[id], t.texts[id]
	switch {
	case attr&(attrUnknown|attrControl|attrUserDefined) != 0:
		return text, true
	case attr&attrNormal != 0:
		if t.bpe != nil {
			return decodeText(text)
		}
		return strings.ReplaceAll(text, spaceEscape, " "), true
	case attr&attrByte != 0:
		b, _ := parseByteToken(text)
		return string([]byte{b}), true
	default:
		return "", true
	}
}

// piece is llama.cpp's token_to_piece(id, lstrip=0, special) for a valid id.
func (t *Tokenizer) piece(id int32, special bool) string {
	if !special && t.attrs[id]&(attrUnknown|attrControl) != 0 {
		return ""
	}
	return t.pieces[id]
}

func (t *Tokenizer) check(id int32) error {
	if id < 0 || int(id) >= len(t.texts) {
		return &TokenError{ID: id, Size: len(t.texts)}
	}
	return nil
}

// Piece returns the text of one token, like llama.cpp's
// llama_token_to_piece(vocab, id, buf, len, lstrip=0, special=false): NORMAL
// tokens render with "▁" replaced by " " (SPM) or as the bytes their
// codepoints stand for in GPT-2's byte mapping (byte-level BPE), BYTE tokens "<0xHH>" as that raw
// byte (possibly an incomplete UTF-8 sequence), USER_DEFINED tokens as their
// text, and CONTROL, UNKNOWN, UNUSED and UNDEFINED tokens as "" (current
// llama.cpp no longer renders UNK as "▅"). An id outside the vocabulary
// yields a *TokenError.
func (t *Tokenizer) Piece(id int32) (string, error) {
	if err := t.check(id); err != nil {
		return "", err
	}
	return t.piece(id, false), nil
}

// Decode turns token ids back into text exactly as llama.cpp's
// llama_detokenize(vocab, ids, ..., remove_special=false,
// unparse_special=false), which is what node-llama-cpp's
// model.detokenize(ids) calls: the pieces of Piece concatenated, except that
// with AddSpacePrefix one leading space is stripped from the piece of the
// first id only. So Decode(Encode(s, false)) == s, but a leading BOS consumes
// the strip (it renders as ""), and Decode(Encode("Hi", true)) is " Hi", as
// in llama.cpp. Use Decode(ids[1:]) to drop a BOS, or Detokenize. An id
// outside the vocabulary yields a *TokenError.
func (t *Tokenizer) Decode(ids []int32) (string, error) {
	return t.Detokenize(ids, false, false)
}

// Detokenize is llama.cpp's llama_detokenize. With
// removeSpecial, a leading BOS is dropped when AddBOS is set (and then no
// leading space is stripped at all, as in llama.cpp) and a trailing EOS is
// dropped when AddEOS is set. With unparseSpecial, CONTROL and UNKNOWN tokens
// render as their text instead of "". With AddSpacePrefix and no dropped BOS,
// one leading space is stripped from the first token's piece. SPM
// vocabularies have llama.cpp's clean_spaces off; byte-level BPE ones have
// it on except for the "smollm" pre-tokenizer, and then the text is cleaned
// up as llama.cpp does (cleanSpaces: " ." becomes ".", " ' " becomes "'",
// " 's" becomes "'s", ...), so Detokenize(Encode(s)) may differ from s there;
// the concatenated Piece strings do not.
func (t *Tokenizer) Detokenize(ids []int32, removeSpecial, unparseSpecial bool) (string, error) {
	for _, id := range ids {
		if err := t.check(id); err != nil {
			return "", err
		}
	}
	removeSpace := t.addSpacePrefix
	if removeSpecial && t.addBOS && len(ids) > 0 && ids[0] == t.bos {
		removeSpace = false
		ids = ids[1:]
	}
	if removeSpecial && t.addEOS && len(ids) > 0 && ids[len(ids)-1] == t.eos {
		ids = ids[:len(ids)-1]
	}
	var b []byte
	for _, id := range ids {
		p := t.piece(id, unparseSpecial)
		if removeSpace && strings.HasPrefix(p, " ") {
			p = p[1:]
		}
		removeSpace = false
		b = append(b, p...)
	}
	if t.bpe != nil && t.bpe.cleanSpaces {
		b = cleanSpaces(b)
	}
	return string(b), nil
}
