package chat

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a lexer token.
type tokKind uint8

const (
	tEOF       tokKind = iota
	tText              // literal template text (after whitespace control)
	tOutOpen           // {{
	tOutClose          // }}
	tStmtOpen          // {%
	tStmtClose         // %}
	tName              // identifier or keyword
	tString            // string literal (val is the decoded string)
	tInt               // integer literal
	tOp                // operator or punctuation
)

type token struct {
	kind tokKind
	val  string
	off  int // byte offset in the source
}

// lexer splits a template into text and tag tokens, applying the
// whitespace control of chat templates as transformers (and
// @huggingface/jinja, llama.cpp) configure Jinja: trim_blocks and
// lstrip_blocks on, one trailing newline of the template dropped, and the
// "-" markers of {{- -}} {%- -%} {#- -#}.
type lexer struct {
	src   string
	lines []int // byte offset of each line start
	toks  []token
	// per tag token index: strip markers, resolved after lexing
	leftStrip  map[int]bool // tag open at index strips the text before it entirely
	rightStrip map[int]bool // tag close at index strips the text after it entirely
	block      map[int]bool // tag (open or close) of a {% %} or {# #} tag: trim/lstrip blocks apply
	plus       map[int]bool // {%+: lstrip_blocks disabled for this tag
}

func (lx *lexer) pos(off int) Pos {
	i := sort.Search(len(lx.lines), func(i int) bool { return lx.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Pos{Line: i + 1, Col: off - lx.lines[i] + 1}
}

func newLexer(src string) *lexer {
	lx := &lexer{src: src, lines: []int{0}, leftStrip: map[int]bool{}, rightStrip: map[int]bool{}, block: map[int]bool{}, plus: map[int]bool{}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lx.lines = append(lx.lines, i+1)
		}
	}
	return lx
}

// lex tokenizes src (whose single trailing newline the caller has dropped).
func (lx *lexer) lex(src string, maxDepth int) error {
	i := 0
	for i < len(src) {
		j := nextTag(src, i)
		if j < 0 {
			lx.toks = append(lx.toks, token{kind: tText, val: src[i:], off: i})
			break
		}
		if j > i {
			lx.toks = append(lx.toks, token{kind: tText, val: src[i:j], off: i})
		}
		open := src[j+1]
		k := j + 2
		strip, plus := false, false
		if k < len(src) && src[k] == '-' {
			strip = true
			k++
		} else if k < len(src) && src[k] == '+' && open != '{' {
			plus = true
			k++
		}
		switch open {
		case '#':
			end := strings.Index(src[k:], "#}")
			if end < 0 {
				return errAt(lx.pos(j), ErrSyntax, "comment", "no closing #}")
			}
			end += k
			rs := end > k && src[end-1] == '-'
			// A comment is an empty statement for whitespace control.
			n := len(lx.toks)
			lx.toks = append(lx.toks, token{kind: tStmtOpen, val: "#", off: j}, token{kind: tStmtClose, val: "#", off: end})
			lx.leftStrip[n], lx.plus[n], lx.block[n] = strip, plus, true
			lx.rightStrip[n+1], lx.block[n+1] = rs, true
			i = end + 2
			continue
		case '{':
			lx.toks = append(lx.toks, token{kind: tOutOpen, off: j})
		default:
			lx.toks = append(lx.toks, token{kind: tStmtOpen, off: j})
			lx.block[len(lx.toks)-1] = true
		}
		lx.leftStrip[len(lx.toks)-1] = strip
		lx.plus[len(lx.toks)-1] = plus
		var err error
		i, err = lx.lexTag(src, k, open, maxDepth)
		if err != nil {
			return err
		}
	}
	lx.applyWhitespace()
	return nil
}

// nextTag returns the offset of the next "{{", "{%" or "{#" at or after i, or -1.
func nextTag(src string, i int) int {
	for {
		k := strings.IndexByte(src[i:], '{')
		if k < 0 || i+k+1 >= len(src) {
			return -1
		}
		i += k
		if c := src[i+1]; c == '{' || c == '%' || c == '#' {
			return i
		}
		i++
	}
}

// lexTag reads the expression tokens of a tag from src[i:] up to its close,
// which it appends, and returns the offset after the close.
func (lx *lexer) lexTag(src string, i int, open byte, maxDepth int) (int, error) {
	start := i
	depth := 0
	for {
		for i < len(src) && isSpaceASCII(src[i]) {
			i++
		}
		if i >= len(src) {
			return 0, errAt(lx.pos(start), ErrSyntax, "tag", "no closing %s", closerOf(open))
		}
		c := src[i]
		// the close, possibly with a strip marker
		if depth == 0 {
			rs := false
			k := i
			if c == '-' && k+1 < len(src) && (src[k+1] == '}' || src[k+1] == '%') {
				rs = true
				k++
			}
			if (open == '{' && strings.HasPrefix(src[k:], "}}")) || (open == '%' && strings.HasPrefix(src[k:], "%}")) {
				kind := tOutClose
				if open == '%' {
					kind = tStmtClose
				}
				lx.toks = append(lx.toks, token{kind: kind, off: i})
				lx.rightStrip[len(lx.toks)-1] = rs
				lx.block[len(lx.toks)-1] = open == '%'
				return k + 2, nil
			}
		}
		switch {
		case c == '_' || isLetter(c):
			k := i
			for k < len(src) && (src[k] == '_' || isLetter(src[k]) || isDigit(src[k])) {
				k++
			}
			lx.toks = append(lx.toks, token{kind: tName, val: src[i:k], off: i})
			i = k
		case isDigit(c):
			k := i
			for k < len(src) && (isDigit(src[k]) || src[k] == '_') {
				k++
			}
			if k < len(src) && (src[k] == '.' && k+1 < len(src) && isDigit(src[k+1]) || src[k] == 'e' || src[k] == 'E') {
				return 0, errAt(lx.pos(i), ErrUnsupported, "float literal", "only integer numbers are supported")
			}
			lx.toks = append(lx.toks, token{kind: tInt, val: strings.ReplaceAll(src[i:k], "_", ""), off: i})
			i = k
		case c == '\'' || c == '"':
			s, k, err := lx.lexString(src, i)
			if err != nil {
				return 0, err
			}
			lx.toks = append(lx.toks, token{kind: tString, val: s, off: i})
			i = k
		default:
			op := ""
			for _, o := range []string{"==", "!=", "<=", ">=", "//", "**"} {
				if strings.HasPrefix(src[i:], o) {
					op = o
					break
				}
			}
			if op == "" {
				if !strings.ContainsRune("+-*/%~|.,:()[]{}<>=!", rune(c)) {
					r, _ := utf8.DecodeRuneInString(src[i:])
					return 0, errAt(lx.pos(i), ErrSyntax, "tag", "unexpected character %q", r)
				}
				op = src[i : i+1]
			}
			switch op {
			case "(", "[", "{":
				depth++
				if depth > maxDepth {
					return 0, errAt(lx.pos(i), ErrLimit, "nesting", "brackets nested deeper than %d", maxDepth)
				}
			case ")", "]", "}":
				depth--
				if depth < 0 {
					return 0, errAt(lx.pos(i), ErrSyntax, "tag", "unbalanced %q", op)
				}
			}
			lx.toks = append(lx.toks, token{kind: tOp, val: op, off: i})
			i += len(op)
		}
	}
}

func closerOf(open byte) string {
	if open == '{' {
		return "}}"
	}
	return "%}"
}

// lexString decodes the string literal at src[i] with Python's escapes.
func (lx *lexer) lexString(src string, i int) (string, int, error) {
	q := src[i]
	var b strings.Builder
	k := i + 1
	for k < len(src) {
		c := src[k]
		switch {
		case c == q:
			return b.String(), k + 1, nil
		case c == '\\' && k+1 < len(src):
			e := src[k+1]
			k += 2
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'v':
				b.WriteByte('\v')
			case '0':
				b.WriteByte(0)
			case '\\', '\'', '"':
				b.WriteByte(e)
			case '\n':
				// line continuation
			case 'x', 'u', 'U':
				n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
				if k+n > len(src) {
					return "", 0, errAt(lx.pos(k-2), ErrSyntax, "string literal", "truncated \\%c escape", e)
				}
				var r rune
				for _, h := range []byte(src[k : k+n]) {
					d, ok := hexVal(h)
					if !ok {
						return "", 0, errAt(lx.pos(k-2), ErrSyntax, "string literal", "bad \\%c escape", e)
					}
					r = r<<4 | rune(d)
				}
				if !utf8.ValidRune(r) {
					return "", 0, errAt(lx.pos(k-2), ErrSyntax, "string literal", "escape \\%c%s is not a Unicode scalar value", e, src[k:k+n])
				}
				b.WriteRune(r)
				k += n
			default: // Python keeps unknown escapes as written
				b.WriteByte('\\')
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
			k++
		}
	}
	return "", 0, errAt(lx.pos(i), ErrSyntax, "string literal", "unterminated string")
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// applyWhitespace edits the text tokens for whitespace control: "-" strips
// all whitespace on its side; without it, a block or comment tag strips the
// spaces and tabs before it back to the start of its line (lstrip_blocks)
// and the first newline after it (trim_blocks).
func (lx *lexer) applyWhitespace() {
	for i := range lx.toks {
		t := &lx.toks[i]
		if t.kind != tText {
			continue
		}
		if i > 0 && lx.isClose(i-1) {
			switch {
			case lx.rightStrip[i-1]:
				t.val = strings.TrimLeftFunc(t.val, unicode.IsSpace)
			case lx.block[i-1]:
				if strings.HasPrefix(t.val, "\r\n") {
					t.val = t.val[2:]
				} else if strings.HasPrefix(t.val, "\n") {
					t.val = t.val[1:]
				}
			}
		}
		if i+1 < len(lx.toks) && lx.isOpen(i+1) {
			switch {
			case lx.leftStrip[i+1]:
				t.val = strings.TrimRightFunc(t.val, unicode.IsSpace)
			case lx.block[i+1] && !lx.plus[i+1]:
				k := strings.LastIndexByte(t.val, '\n')
				tail := t.val[k+1:]
				// Only at the start of a line: after a newline in this text,
				// or at the very start of the template.
				if strings.Trim(tail, " \t") == "" && (k >= 0 || t.off == 0) {
					t.val = t.val[:k+1]
				}
			}
		}
	}
}

func (lx *lexer) isOpen(i int) bool {
	return lx.toks[i].kind == tOutOpen || lx.toks[i].kind == tStmtOpen
}

func (lx *lexer) isClose(i int) bool {
	return lx.toks[i].kind == tOutClose || lx.toks[i].kind == tStmtClose
}
