package tokenizer

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// piece is a token of a hand-built test vocabulary.
type piece struct {
	text  string
	score float32
	typ   int32
}

func normal(text string, score float32) piece { return piece{text, score, TypeNormal} }

// vocabSpec describes a hand-built vocabulary: "<unk>", "<s>", "</s>" at ids
// 0..2, the 256 byte tokens at 3..258 when bytes is set, then pieces.
type vocabSpec struct {
	bytes       bool
	noPrefix    bool
	addEOS      bool
	noUNK       bool
	name        string
	pieces      []piece
	beforeBytes []piece // pieces placed before the byte tokens
}

func (s vocabSpec) vocab() Vocab {
	v := Vocab{Model: "llama", BOS: 1, EOS: 2, UNK: 0, AddBOS: true, AddEOS: s.addEOS, AddSpacePrefix: !s.noPrefix, Name: s.name}
	add := func(p piece) {
		v.Tokens = append(v.Tokens, p.text)
		v.ScoreBits = append(v.ScoreBits, math.Float32bits(p.score))
		v.Types = append(v.Types, p.typ)
	}
	add(piece{"<unk>", 0, TypeUnknown})
	add(piece{"<s>", 0, TypeControl})
	add(piece{"</s>", 0, TypeControl})
	if s.noUNK {
		v.UNK = -1
		v.Types[0] = TypeNormal
		v.Tokens[0] = "<nounk>"
	}
	for _, p := range s.beforeBytes {
		add(p)
	}
	if s.bytes {
		for b := range 256 {
			add(piece{fmt.Sprintf("<0x%02X>", b), 0, TypeByte})
		}
	}
	for _, p := range s.pieces {
		add(p)
	}
	return v
}

func (s vocabSpec) tokenizer(t testing.TB) *Tokenizer {
	t.Helper()
	tk, err := New(s.vocab())
	require.NoError(t, err)
	return tk
}

// idsOf maps token texts to their ids in tk (after New's renaming).
func idsOf(t testing.TB, tk *Tokenizer, texts ...string) []int32 {
	t.Helper()
	out := make([]int32, 0, len(texts))
	for _, s := range texts {
		id, ok := tk.ids[s]
		require.True(t, ok, "no token %q", s)
		out = append(out, id)
	}
	return out
}

// textsOf is the inverse of idsOf, for readable failure messages.
func textsOf(tk *Tokenizer, ids []int32) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = tk.texts[id]
	}
	return out
}

// letters is a vocabulary of single characters used by many cases.
var letters = []piece{
	normal("▁", -100), normal("a", -100), normal("b", -100), normal("c", -100),
	normal("d", -100), normal("h", -100), normal("i", -100), normal("x", -100),
}

func with(base []piece, more ...piece) []piece {
	return append(append([]piece{}, base...), more...)
}
