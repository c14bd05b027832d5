package chat

import (
	"strconv"
)

// Nodes of a parsed template.
type (
	node interface{}

	textNode struct{ s string }
	outNode  struct{ e expr }
	ifNode   struct {
		conds  []expr
		bodies [][]node
		els    []node
	}
	forNode struct {
		vars       []string
		iter, cond expr
		body, els  []node
		pos        Pos
	}
	setNode struct {
		name, attr string // attr != "": {% set name.attr = e %}
		e          expr
		pos        Pos
	}
	loopCtlNode struct {
		brk bool
		pos Pos
	}
)

// Expressions.
type (
	expr interface{ at() Pos }

	litExpr struct {
		v value
		p Pos
	}
	nameExpr struct {
		name string
		p    Pos
	}
	attrExpr struct {
		x    expr
		name string
		p    Pos
	}
	itemExpr struct {
		x, key expr
		p      Pos
	}
	sliceExpr struct {
		x, lo, hi, step expr
		p               Pos
	}
	callExpr struct {
		fn     expr
		args   []expr
		kwargs []kwarg
		p      Pos
	}
	filterExpr struct {
		x      expr
		name   string
		args   []expr
		kwargs []kwarg
		p      Pos
	}
	testExpr struct {
		x      expr
		name   string
		args   []expr
		negate bool
		p      Pos
	}
	unaryExpr struct {
		op string
		x  expr
		p  Pos
	}
	binExpr struct {
		op   string
		l, r expr
		p    Pos
	}
	condExpr struct {
		then, test, els expr
		p               Pos
	}
	listExpr struct {
		items []expr
		p     Pos
	}
	dictExpr struct {
		keys, vals []expr
		p          Pos
	}
	kwarg struct {
		name string
		v    expr
	}
)

func (e *litExpr) at() Pos    { return e.p }
func (e *nameExpr) at() Pos   { return e.p }
func (e *attrExpr) at() Pos   { return e.p }
func (e *itemExpr) at() Pos   { return e.p }
func (e *sliceExpr) at() Pos  { return e.p }
func (e *callExpr) at() Pos   { return e.p }
func (e *filterExpr) at() Pos { return e.p }
func (e *testExpr) at() Pos   { return e.p }
func (e *unaryExpr) at() Pos  { return e.p }
func (e *binExpr) at() Pos    { return e.p }
func (e *condExpr) at() Pos   { return e.p }
func (e *listExpr) at() Pos   { return e.p }
func (e *dictExpr) at() Pos   { return e.p }

type parser struct {
	lx       *lexer
	toks     []token
	i        int
	depth    int
	maxDepth int
}

func (p *parser) peek() token {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return token{kind: tEOF, off: len(p.lx.src)}
}

func (p *parser) next() token {
	t := p.peek()
	if p.i < len(p.toks) {
		p.i++
	}
	return t
}

func (p *parser) posOf(t token) Pos { return p.lx.pos(t.off) }

func (p *parser) isOp(v string) bool {
	t := p.peek()
	return t.kind == tOp && t.val == v
}

func (p *parser) isName(v string) bool {
	t := p.peek()
	return t.kind == tName && t.val == v
}

func (p *parser) expectOp(v string) error {
	t := p.next()
	if t.kind != tOp || t.val != v {
		return errAt(p.posOf(t), ErrSyntax, "expression", "expected %q, found %s", v, describe(t))
	}
	return nil
}

func describe(t token) string {
	switch t.kind {
	case tEOF:
		return "end of template"
	case tText:
		return "text"
	case tOutOpen:
		return "{{"
	case tOutClose:
		return "}}"
	case tStmtOpen:
		return "{%"
	case tStmtClose:
		return "%}"
	case tString:
		return "string " + strconv.Quote(t.val)
	}
	return strconv.Quote(t.val)
}

func (p *parser) expectClose() error {
	t := p.next()
	if t.kind != tStmtClose {
		return errAt(p.posOf(t), ErrSyntax, "statement", "expected %%}, found %s", describe(t))
	}
	return nil
}

func (p *parser) enter(t token) error {
	p.depth++
	if p.depth > p.maxDepth {
		return errAt(p.posOf(t), ErrLimit, "nesting", "template nested deeper than %d", p.maxDepth)
	}
	return nil
}

// parseBody parses nodes until one of the statement keywords in stop (which
// it leaves unread, after its {%) or the end of the template (only if stop is
// empty). It returns the stop keyword found.
func (p *parser) parseBody(stop ...string) ([]node, string, error) {
	var out []node
	for {
		t := p.peek()
		switch t.kind {
		case tEOF:
			if len(stop) > 0 {
				return nil, "", errAt(p.posOf(t), ErrSyntax, "block", "missing {%% %s %%}", stop[len(stop)-1])
			}
			return out, "", nil
		case tText:
			p.next()
			if t.val != "" {
				out = append(out, &textNode{t.val})
			}
		case tOutOpen:
			p.next()
			e, err := p.parseExpr()
			if err != nil {
				return nil, "", err
			}
			if c := p.next(); c.kind != tOutClose {
				return nil, "", errAt(p.posOf(c), ErrSyntax, "expression", "expected }}, found %s", describe(c))
			}
			out = append(out, &outNode{e})
		case tStmtOpen:
			if t.val == "#" { // comment
				p.next()
				p.next()
				continue
			}
			kw := p.toks[p.i+1]
			if kw.kind != tName {
				return nil, "", errAt(p.posOf(kw), ErrSyntax, "statement", "expected a statement name, found %s", describe(kw))
			}
			for _, s := range stop {
				if kw.val == s {
					p.i += 2
					return out, s, nil
				}
			}
			p.i += 2
			n, err := p.parseStmt(kw)
			if err != nil {
				return nil, "", err
			}
			if n != nil {
				out = append(out, n)
			}
		default:
			return nil, "", errAt(p.posOf(t), ErrSyntax, "template", "unexpected %s", describe(t))
		}
	}
}

func (p *parser) parseStmt(kw token) (node, error) {
	if err := p.enter(kw); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	pos := p.posOf(kw)
	switch kw.val {
	case "if":
		n := &ifNode{}
		for {
			c, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			if err := p.expectClose(); err != nil {
				return nil, err
			}
			body, end, err := p.parseBody("elif", "else", "endif")
			if err != nil {
				return nil, err
			}
			n.conds = append(n.conds, c)
			n.bodies = append(n.bodies, body)
			switch end {
			case "elif":
				continue
			case "else":
				if err := p.expectClose(); err != nil {
					return nil, err
				}
				n.els, _, err = p.parseBody("endif")
				if err != nil {
					return nil, err
				}
			}
			return n, p.expectClose()
		}
	case "for":
		n := &forNode{pos: pos}
		for {
			t := p.next()
			if t.kind != tName {
				return nil, errAt(p.posOf(t), ErrSyntax, "statement for", "expected a loop variable, found %s", describe(t))
			}
			n.vars = append(n.vars, t.val)
			if !p.isOp(",") {
				break
			}
			p.next()
		}
		if !p.isName("in") {
			return nil, errAt(p.posOf(p.peek()), ErrSyntax, "statement for", "expected \"in\", found %s", describe(p.peek()))
		}
		p.next()
		var err error
		// The iterable is parsed without the conditional expression, as in
		// Jinja, so that "for x in xs if c" reads c as the loop filter.
		if n.iter, err = p.parseOr(); err != nil {
			return nil, err
		}
		if p.isName("if") {
			p.next()
			if n.cond, err = p.parseOr(); err != nil {
				return nil, err
			}
		}
		if p.isName("recursive") {
			return nil, errAt(p.posOf(p.peek()), ErrUnsupported, "recursive for loop", "not supported")
		}
		if err := p.expectClose(); err != nil {
			return nil, err
		}
		body, end, err := p.parseBody("else", "endfor")
		if err != nil {
			return nil, err
		}
		n.body = body
		if end == "else" {
			if err := p.expectClose(); err != nil {
				return nil, err
			}
			if n.els, _, err = p.parseBody("endfor"); err != nil {
				return nil, err
			}
		}
		return n, p.expectClose()
	case "set":
		t := p.next()
		if t.kind != tName {
			return nil, errAt(p.posOf(t), ErrSyntax, "statement set", "expected a name, found %s", describe(t))
		}
		n := &setNode{name: t.val, pos: pos}
		if p.isOp(".") {
			p.next()
			a := p.next()
			if a.kind != tName {
				return nil, errAt(p.posOf(a), ErrSyntax, "statement set", "expected an attribute name, found %s", describe(a))
			}
			n.attr = a.val
		}
		if p.isOp(",") {
			return nil, errAt(p.posOf(p.peek()), ErrUnsupported, "statement set", "tuple assignment is not supported")
		}
		if p.peek().kind == tStmtClose {
			return nil, errAt(pos, ErrUnsupported, "statement set", "block assignment ({%% set x %%}…{%% endset %%}) is not supported")
		}
		if err := p.expectOp("="); err != nil {
			return nil, err
		}
		var err error
		if n.e, err = p.parseExpr(); err != nil {
			return nil, err
		}
		return n, p.expectClose()
	case "break", "continue":
		return &loopCtlNode{brk: kw.val == "break", pos: pos}, p.expectClose()
	case "generation", "endgeneration":
		// transformers' assistant-mask markers: no output
		return nil, p.expectClose()
	case "elif", "else", "endif", "endfor", "endset":
		return nil, errAt(pos, ErrSyntax, "statement "+kw.val, "without a matching opening statement")
	}
	return nil, errAt(pos, ErrUnsupported, "statement "+kw.val, "not supported")
}

// Expression grammar, after Jinja's parser: conditional < or < and < not <
// comparison < + - < ~ < * / // % < unary < primary with postfixes
// (attribute, item, slice, call), filters and tests.
func (p *parser) parseExpr() (expr, error) {
	if err := p.enter(p.peek()); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	e, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	for p.isName("if") {
		t := p.next()
		c := &condExpr{then: e, p: p.posOf(t)}
		if c.test, err = p.parseOr(); err != nil {
			return nil, err
		}
		if p.isName("else") {
			p.next()
			if c.els, err = p.parseOr(); err != nil {
				return nil, err
			}
		}
		e = c
	}
	return e, nil
}

func (p *parser) parseOr() (expr, error) {
	l, err := p.parseAnd()
	for err == nil && p.isName("or") {
		t := p.next()
		var r expr
		if r, err = p.parseAnd(); err == nil {
			l = &binExpr{op: "or", l: l, r: r, p: p.posOf(t)}
		}
	}
	return l, err
}

func (p *parser) parseAnd() (expr, error) {
	l, err := p.parseNot()
	for err == nil && p.isName("and") {
		t := p.next()
		var r expr
		if r, err = p.parseNot(); err == nil {
			l = &binExpr{op: "and", l: l, r: r, p: p.posOf(t)}
		}
	}
	return l, err
}

func (p *parser) parseNot() (expr, error) {
	if p.isName("not") {
		t := p.next()
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		x, err := p.parseNot()
		if err != nil {
			return nil, err
		}
		return &unaryExpr{op: "not", x: x, p: p.posOf(t)}, nil
	}
	return p.parseCompare()
}

func (p *parser) parseCompare() (expr, error) {
	l, err := p.parseMath1()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		op := ""
		switch {
		case t.kind == tOp && (t.val == "==" || t.val == "!=" || t.val == "<" || t.val == ">" || t.val == "<=" || t.val == ">="):
			op = t.val
			p.next()
		case t.kind == tName && t.val == "in":
			op = "in"
			p.next()
		case t.kind == tName && t.val == "not" && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tName && p.toks[p.i+1].val == "in":
			op = "not in"
			p.i += 2
		default:
			return l, nil
		}
		r, err := p.parseMath1()
		if err != nil {
			return nil, err
		}
		// Jinja chains comparisons (a < b < c); this subset does not.
		if c := p.peek(); c.kind == tOp && (c.val == "==" || c.val == "!=" || c.val == "<" || c.val == ">" || c.val == "<=" || c.val == ">=") {
			return nil, errAt(p.posOf(c), ErrUnsupported, "chained comparison", "write a < b and b < c")
		}
		l = &binExpr{op: op, l: l, r: r, p: p.posOf(t)}
	}
}

func (p *parser) parseMath1() (expr, error) {
	l, err := p.parseConcat()
	for err == nil && (p.isOp("+") || p.isOp("-")) {
		t := p.next()
		var r expr
		if r, err = p.parseConcat(); err == nil {
			l = &binExpr{op: t.val, l: l, r: r, p: p.posOf(t)}
		}
	}
	return l, err
}

func (p *parser) parseConcat() (expr, error) {
	l, err := p.parseMath2()
	for err == nil && p.isOp("~") {
		t := p.next()
		var r expr
		if r, err = p.parseMath2(); err == nil {
			l = &binExpr{op: "~", l: l, r: r, p: p.posOf(t)}
		}
	}
	return l, err
}

func (p *parser) parseMath2() (expr, error) {
	l, err := p.parseUnary()
	for err == nil && (p.isOp("*") || p.isOp("/") || p.isOp("//") || p.isOp("%")) {
		t := p.next()
		var r expr
		if r, err = p.parseUnary(); err == nil {
			l = &binExpr{op: t.val, l: l, r: r, p: p.posOf(t)}
		}
	}
	if err == nil && p.isOp("**") {
		return nil, errAt(p.posOf(p.peek()), ErrUnsupported, "operator **", "not supported")
	}
	return l, err
}

func (p *parser) parseUnary() (expr, error) {
	if p.isOp("-") || p.isOp("+") {
		t := p.next()
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		x, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		return &unaryExpr{op: t.val, x: x, p: p.posOf(t)}, nil
	}
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return p.parsePostfix(x)
}

func (p *parser) parsePrimary() (expr, error) {
	t := p.next()
	pos := p.posOf(t)
	switch t.kind {
	case tName:
		switch t.val {
		case "true", "True":
			return &litExpr{true, pos}, nil
		case "false", "False":
			return &litExpr{false, pos}, nil
		case "none", "None":
			return &litExpr{nil, pos}, nil
		}
		return &nameExpr{t.val, pos}, nil
	case tString:
		s := t.val
		for p.peek().kind == tString { // adjacent literals concatenate
			s += p.next().val
		}
		return &litExpr{s, pos}, nil
	case tInt:
		v, err := strconv.ParseInt(t.val, 10, 64)
		if err != nil {
			return nil, errAt(pos, ErrLimit, "integer literal", "%s does not fit in 64 bits", t.val)
		}
		return &litExpr{v, pos}, nil
	case tOp:
		switch t.val {
		case "(":
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer func() { p.depth-- }()
			e, err := p.parseExpr()
			if err != nil {
				return nil, err
			}
			if p.isOp(",") {
				return nil, errAt(p.posOf(p.peek()), ErrUnsupported, "tuple", "tuples are not supported")
			}
			return e, p.expectOp(")")
		case "[":
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer func() { p.depth-- }()
			l := &listExpr{p: pos}
			for !p.isOp("]") {
				e, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				l.items = append(l.items, e)
				if !p.isOp(",") {
					break
				}
				p.next()
			}
			return l, p.expectOp("]")
		case "{":
			if err := p.enter(t); err != nil {
				return nil, err
			}
			defer func() { p.depth-- }()
			d := &dictExpr{p: pos}
			for !p.isOp("}") {
				k, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				if err := p.expectOp(":"); err != nil {
					return nil, err
				}
				v, err := p.parseExpr()
				if err != nil {
					return nil, err
				}
				d.keys, d.vals = append(d.keys, k), append(d.vals, v)
				if !p.isOp(",") {
					break
				}
				p.next()
			}
			return d, p.expectOp("}")
		}
	}
	return nil, errAt(pos, ErrSyntax, "expression", "unexpected %s", describe(t))
}

func (p *parser) parsePostfix(x expr) (expr, error) {
	for n := 0; ; n++ {
		if n > p.maxDepth {
			return nil, errAt(x.at(), ErrLimit, "nesting", "more than %d postfix operations", p.maxDepth)
		}
		t := p.peek()
		pos := p.posOf(t)
		switch {
		case t.kind == tOp && t.val == ".":
			p.next()
			a := p.next()
			switch a.kind {
			case tName:
				x = &attrExpr{x: x, name: a.val, p: pos}
			case tInt:
				v, _ := strconv.ParseInt(a.val, 10, 64)
				x = &itemExpr{x: x, key: &litExpr{v, pos}, p: pos}
			default:
				return nil, errAt(p.posOf(a), ErrSyntax, "attribute", "expected a name after \".\", found %s", describe(a))
			}
		case t.kind == tOp && t.val == "[":
			p.next()
			var parts [3]expr
			colons := 0
			for {
				if !p.isOp(":") && !p.isOp("]") {
					e, err := p.parseExpr()
					if err != nil {
						return nil, err
					}
					parts[colons] = e
				}
				if p.isOp(":") && colons < 2 {
					p.next()
					colons++
					continue
				}
				break
			}
			if err := p.expectOp("]"); err != nil {
				return nil, err
			}
			if colons == 0 {
				if parts[0] == nil {
					return nil, errAt(pos, ErrSyntax, "subscript", "empty subscript")
				}
				x = &itemExpr{x: x, key: parts[0], p: pos}
			} else {
				x = &sliceExpr{x: x, lo: parts[0], hi: parts[1], step: parts[2], p: pos}
			}
		case t.kind == tOp && t.val == "(":
			p.next()
			args, kwargs, err := p.parseArgs()
			if err != nil {
				return nil, err
			}
			x = &callExpr{fn: x, args: args, kwargs: kwargs, p: pos}
		case t.kind == tOp && t.val == "|":
			p.next()
			name := p.next()
			if name.kind != tName {
				return nil, errAt(p.posOf(name), ErrSyntax, "filter", "expected a filter name, found %s", describe(name))
			}
			f := &filterExpr{x: x, name: name.val, p: p.posOf(name)}
			if p.isOp("(") {
				p.next()
				var err error
				if f.args, f.kwargs, err = p.parseArgs(); err != nil {
					return nil, err
				}
			}
			x = f
		case t.kind == tName && t.val == "is":
			p.next()
			te := &testExpr{x: x, p: pos}
			if p.isName("not") {
				p.next()
				te.negate = true
			}
			name := p.next()
			switch {
			case name.kind == tName:
				te.name = name.val
			case name.kind == tOp && (name.val == "==" || name.val == "!=" || name.val == "<" || name.val == ">" || name.val == "<=" || name.val == ">="):
				te.name = name.val
			default:
				return nil, errAt(p.posOf(name), ErrSyntax, "test", "expected a test name, found %s", describe(name))
			}
			if p.isOp("(") {
				p.next()
				args, kwargs, err := p.parseArgs()
				if err != nil {
					return nil, err
				}
				if len(kwargs) > 0 {
					return nil, errAt(pos, ErrUnsupported, "test "+te.name, "keyword arguments are not supported")
				}
				te.args = args
			} else if nt := p.peek(); nt.kind == tString || nt.kind == tInt || (nt.kind == tName && !isKeyword(nt.val)) {
				// "is divisibleby 3", "is sameas false": one argument without parentheses
				a, err := p.parseUnary()
				if err != nil {
					return nil, err
				}
				te.args = []expr{a}
			}
			x = te
		default:
			return x, nil
		}
	}
}

func isKeyword(s string) bool {
	switch s {
	case "and", "or", "not", "in", "is", "if", "else", "recursive":
		return true
	}
	return false
}

func (p *parser) parseArgs() ([]expr, []kwarg, error) {
	var args []expr
	var kwargs []kwarg
	for !p.isOp(")") {
		t := p.peek()
		if t.kind == tName && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tOp && p.toks[p.i+1].val == "=" {
			p.i += 2
			v, err := p.parseExpr()
			if err != nil {
				return nil, nil, err
			}
			kwargs = append(kwargs, kwarg{t.val, v})
		} else {
			if len(kwargs) > 0 {
				return nil, nil, errAt(p.posOf(t), ErrSyntax, "call", "positional argument after keyword argument")
			}
			v, err := p.parseExpr()
			if err != nil {
				return nil, nil, err
			}
			args = append(args, v)
		}
		if !p.isOp(",") {
			break
		}
		p.next()
	}
	return args, kwargs, p.expectOp(")")
}
