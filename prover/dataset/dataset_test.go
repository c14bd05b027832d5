package dataset

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/tokenizer"
)

// byteTok tokenizes each byte as its value + 3, with BOS 1 first.
type byteTok struct{}

func (byteTok) Tokenize(text string, addSpecial, _ bool) []int32 {
	var out []int32
	if addSpecial {
		out = append(out, 1)
	}
	for _, b := range []byte(text) {
		out = append(out, int32(b)+3)
	}
	return out
}

func sample() *Dataset {
	d := &Dataset{TokenizerHash: merkle.Keccak([]byte("tok"))}
	for i := range 5 {
		var r []int32
		for j := range 7 + 13*i {
			r = append(r, int32(i*1000+j))
		}
		d.Records = append(d.Records, r)
	}
	return d
}

// TestRootSpec recomputes the root from its definition in docs/protocol.md
// ("Dataset root") with merkle.Root, and pins it.
func TestRootSpec(t *testing.T) {
	d := sample()
	var recLeaves, tokLeaves []merkle.Hash
	var all []int32
	for _, r := range d.Records {
		recLeaves = append(recLeaves, merkle.Keccak(binary.BigEndian.AppendUint64(nil, uint64(len(all))), binary.BigEndian.AppendUint32(nil, uint32(len(r)))))
		all = append(all, r...)
	}
	for i := 0; i < len(all); i += ChunkTokens {
		var b []byte
		for _, t := range all[i:min(i+ChunkTokens, len(all))] {
			b = binary.BigEndian.AppendUint32(b, uint32(t))
		}
		tokLeaves = append(tokLeaves, merkle.Keccak(b))
	}
	rr, err := merkle.Root(recLeaves)
	require.NoError(t, err)
	tr, err := merkle.Root(tokLeaves)
	require.NoError(t, err)
	counts := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, uint64(len(d.Records))), uint64(len(all)))
	want := merkle.Keccak([]byte("airollup.dataset.v1"), d.TokenizerHash[:], counts, rr[:], tr[:])
	require.Equal(t, want, d.Root())
	require.Equal(t, "f5772a1fd6b45cde9b9796c47ff92781fa79979fff65bc15e31bf9a6a18fc782", hex.EncodeToString(want[:]))
}

func TestRootCommitsToEverything(t *testing.T) {
	base := sample().Root()
	for name, edit := range map[string]func(d *Dataset){
		"a token":        func(d *Dataset) { d.Records[2][3]++ },
		"a boundary":     func(d *Dataset) { d.Records[1], d.Records[2] = append(d.Records[1], d.Records[2][0]), d.Records[2][1:] },
		"the tokenizer":  func(d *Dataset) { d.TokenizerHash[0] ^= 1 },
		"a record more":  func(d *Dataset) { d.Records = append(d.Records, []int32{9}) },
		"the last token": func(d *Dataset) { d.Records[4] = d.Records[4][:len(d.Records[4])-1] },
	} {
		d := sample()
		edit(d)
		require.NotEqual(t, base, d.Root(), name)
	}
}

func TestFileRoundTrip(t *testing.T) {
	d := sample()
	b := d.Bytes()
	require.EqualValues(t, d.Size(), len(b))
	got, err := Read(bytes.NewReader(b), Limits{})
	require.NoError(t, err)
	require.Equal(t, d, got)
	require.NoError(t, Verify(got, d.Root()))
	got.Records[0][0]++
	require.ErrorIs(t, Verify(got, d.Root()), ErrRootMismatch)
}

func TestReadRefusals(t *testing.T) {
	good := sample().Bytes()
	hdr := len(Magic) + 32
	set64 := func(off int, v uint64) func([]byte) []byte {
		return func(b []byte) []byte { binary.BigEndian.PutUint64(b[off:], v); return b }
	}
	for _, tc := range []struct {
		name   string
		edit   func([]byte) []byte
		limits Limits
		err    error
		msg    string
	}{
		{"magic", func(b []byte) []byte { b[0] = 'x'; return b }, Limits{}, ErrFormat, "magic"},
		{"no records", set64(hdr, 0), Limits{}, ErrLimit, "records = 0"},
		{"too many records", nil, Limits{MaxRecords: 4}, ErrLimit, "records = 5, must be 1..4"},
		{"too many tokens", nil, Limits{MaxTokens: 100}, ErrLimit, "tokens = 165"},
		{"fewer tokens than records", set64(hdr+8, 3), Limits{}, ErrLimit, "tokens = 3"},
		{"lengths above the count", set64(hdr+8, 100), Limits{}, ErrFormat, "exceed the 100 tokens"},
		{"lengths below the count", set64(hdr+8, 166), Limits{}, ErrFormat, "sum to 165"},
		{"empty record", func(b []byte) []byte { binary.BigEndian.PutUint32(b[hdr+16:], 0); return b }, Limits{}, ErrFormat, "record 0 is empty"},
		{"token id", func(b []byte) []byte { binary.BigEndian.PutUint32(b[len(b)-4:], 1<<31); return b }, Limits{}, ErrFormat, "not a token id"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }, Limits{}, ErrFormat, "token 164"},
		{"trailing", func(b []byte) []byte { return append(b, 0) }, Limits{}, ErrFormat, "trailing"},
		{"short header", func(b []byte) []byte { return b[:10] }, Limits{}, ErrFormat, "header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := append([]byte{}, good...)
			if tc.edit != nil {
				b = tc.edit(b)
			}
			_, err := Read(bytes.NewReader(b), tc.limits)
			require.ErrorIs(t, err, tc.err)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}

func TestBuildJSONLAndText(t *testing.T) {
	src := Source{Tokenizer: byteTok{}, MaxRecordTokens: 64}
	d, err := Build([]byte("{\"text\":\"ab\",\"id\":1}\n\n  {\"text\": \"héllo\"}\r\n"), src)
	require.NoError(t, err)
	require.Equal(t, [][]int32{{1, 'a' + 3, 'b' + 3}, byteTok{}.Tokenize("héllo", true, false)}, d.Records)

	src.Format = Text
	d, err = Build([]byte("first line\nsecond line\n\n\n  \nnext\r\n"), src)
	require.NoError(t, err)
	require.Len(t, d.Records, 2)
	require.Equal(t, byteTok{}.Tokenize("first line\nsecond line", true, false), d.Records[0])
	require.Equal(t, byteTok{}.Tokenize("next", true, false), d.Records[1])
}

func TestBuildRefusals(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format Format
		src    string
		limits Limits
		err    error
		msg    string
	}{
		{"empty file", JSONL, "", Limits{}, ErrInput, "no record"},
		{"only blank lines", Text, "\n \n\t\n", Limits{}, ErrInput, "no record"},
		{"not UTF-8 in JSONL", JSONL, "{\"text\":\"a\"}\n{\"text\":\"\xff\"}\n", Limits{}, ErrInput, "line 2 is not valid UTF-8"},
		{"not UTF-8 in text", Text, "ok\n\n\xc3\x28\n", Limits{}, ErrInput, "line 3 is not valid UTF-8"},
		{"not JSON", JSONL, "{\"text\":\"a\"}\nplain\n", Limits{}, ErrInput, "line 2: want a JSON object"},
		{"no text field", JSONL, "{\"body\":\"a\"}\n", Limits{}, ErrInput, "line 1: want a JSON object with a \"text\" string"},
		{"text not a string", JSONL, "{\"text\":3}\n", Limits{}, ErrInput, "line 1"},
		{"empty text", JSONL, "{\"text\":\"\"}\n", Limits{}, ErrInput, "line 1: the record is empty"},
		{"over the context", Text, "short\n\n" + strings.Repeat("x", 64) + "\n", Limits{}, ErrLimit, "record at line 3: the record is 65 tokens, over the model's context of 64"},
		{"too many records", JSONL, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", Limits{MaxRecords: 1}, ErrLimit, "line 2: more than 1 records"},
		{"too many tokens", JSONL, "{\"text\":\"abc\"}\n{\"text\":\"b\"}\n", Limits{MaxTokens: 5}, ErrLimit, "line 2: the dataset passes 5 tokens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Build([]byte(tc.src), Source{Format: tc.format, Tokenizer: byteTok{}, MaxRecordTokens: 64, Limits: tc.limits})
			require.ErrorIs(t, err, tc.err)
			require.Contains(t, err.Error(), tc.msg)
		})
	}
}

// TestBuildWithModelTokenizer: records are tokenized as llama.cpp tokenizes
// a document, with the vocabulary's BOS.
func TestBuildWithModelTokenizer(t *testing.T) {
	v, err := tokenizer.BuildVocab(tokenizer.DefaultCorpus(), 512)
	require.NoError(t, err)
	tok, err := tokenizer.New(v)
	require.NoError(t, err)
	d, err := Build([]byte("Once upon a time\n\nthere was a llama.\n"), Source{Format: Text, Tokenizer: tok, MaxRecordTokens: 256})
	require.NoError(t, err)
	require.Len(t, d.Records, 2)
	require.Equal(t, v.BOS, d.Records[0][0])
	require.Equal(t, tok.Encode("there was a llama.", true), d.Records[1])
}

// FuzzRead: Read never panics, and what it accepts is canonical: written
// back, it is the very input.
func FuzzRead(f *testing.F) {
	f.Add(sample().Bytes())
	f.Add((&Dataset{Records: [][]int32{{0}}}).Bytes())
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read(bytes.NewReader(b), Limits{MaxRecords: 1 << 10, MaxTokens: 1 << 16})
		if err != nil {
			return
		}
		require.Equal(t, b, d.Bytes())
	})
}

// FuzzBuild: Build never panics on any source, and every dataset it builds
// round-trips through its file.
func FuzzBuild(f *testing.F) {
	f.Add([]byte("{\"text\":\"a\"}\n"), false)
	f.Add([]byte("para one\n\npara two\n"), true)
	f.Fuzz(func(t *testing.T, src []byte, text bool) {
		format := JSONL
		if text {
			format = Text
		}
		d, err := Build(src, Source{Format: format, Tokenizer: byteTok{}, MaxRecordTokens: 128, Limits: Limits{MaxRecords: 64}})
		if err != nil {
			return
		}
		got, err := Read(bytes.NewReader(d.Bytes()), Limits{})
		require.NoError(t, err)
		require.Equal(t, d.Root(), got.Root())
	})
}
