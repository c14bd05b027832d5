package chat

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
)

// errBreak and errContinue carry {% break %} and {% continue %} to their loop.
var (
	errBreak    = errors.New("break")
	errContinue = errors.New("continue")
)

type renderer struct {
	lim    Limits
	out    strings.Builder
	scopes []map[string]value
	steps  int
	date   time.Time // zero: no date (strftime_now fails)
	loops  int       // enclosing loops, for break/continue
}

func (r *renderer) lookup(name string) value {
	for i := len(r.scopes) - 1; i >= 0; i-- {
		if v, ok := r.scopes[i][name]; ok {
			return v
		}
	}
	switch name {
	case "raise_exception", "strftime_now", "range", "namespace":
		return &builtin{name}
	}
	return undefined{name}
}

func (r *renderer) write(s string, p Pos) error {
	if r.out.Len()+len(s) > r.lim.MaxOutput {
		return errAt(p, ErrLimit, "output", "rendering exceeds MaxOutput = %d bytes", r.lim.MaxOutput)
	}
	r.out.WriteString(s)
	return nil
}

// checkLen bounds every string value built while rendering by MaxOutput.
func (r *renderer) checkLen(s string, p Pos) (value, error) {
	if len(s) > r.lim.MaxOutput {
		return nil, errAt(p, ErrLimit, "string", "a string of %d bytes exceeds MaxOutput = %d bytes", len(s), r.lim.MaxOutput)
	}
	return s, nil
}

// equal compares a and b (Python's ==), bounding the values compared by
// MaxSteps.
func (r *renderer) equal(a, b value, p Pos) (bool, error) {
	budget := r.lim.MaxSteps
	eq := equal(a, b, &budget)
	if budget < 0 {
		return false, errAt(p, ErrLimit, "comparison", "compares more than MaxSteps = %d values", r.lim.MaxSteps)
	}
	return eq, nil
}

func (r *renderer) step(p Pos, n int, construct string) error {
	r.steps += n
	if r.steps > r.lim.MaxSteps {
		return errAt(p, ErrLimit, construct, "more than MaxSteps = %d loop iterations and list items", r.lim.MaxSteps)
	}
	return nil
}

func (r *renderer) exec(nodes []node) error {
	for _, n := range nodes {
		if err := r.exec1(n); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) exec1(n node) error {
	switch n := n.(type) {
	case *textNode:
		return r.write(n.s, Pos{})
	case *outNode:
		v, err := r.eval(n.e)
		if err != nil {
			return err
		}
		s, err := r.str(v, n.e.at())
		if err != nil {
			return err
		}
		return r.write(s, n.e.at())
	case *ifNode:
		for i, c := range n.conds {
			v, err := r.eval(c)
			if err != nil {
				return err
			}
			if truthy(v) {
				return r.exec(n.bodies[i])
			}
		}
		return r.exec(n.els)
	case *forNode:
		return r.execFor(n)
	case *setNode:
		v, err := r.eval(n.e)
		if err != nil {
			return err
		}
		if n.attr == "" {
			r.scopes[len(r.scopes)-1][n.name] = v
			return nil
		}
		ns, ok := r.lookup(n.name).(*dict)
		if !ok || !ns.ns {
			return errAt(n.pos, ErrType, "statement set", "%s.%s: %s is not a namespace", n.name, n.attr, n.name)
		}
		ns.set(n.attr, v)
		return nil
	case *loopCtlNode:
		if r.loops == 0 {
			return errAt(n.pos, ErrSyntax, "statement break/continue", "outside a loop")
		}
		if n.brk {
			return errBreak
		}
		return errContinue
	}
	return nil
}

func (r *renderer) iterate(v value, p Pos) ([]value, error) {
	switch v := v.(type) {
	case []value:
		return v, nil
	case *dict:
		if v.ns {
			break
		}
		out := make([]value, len(v.keys))
		for i, k := range v.keys {
			out[i] = k
		}
		return out, nil
	case string:
		var out []value
		for _, c := range v {
			out = append(out, string(c))
		}
		return out, nil
	case undefined:
		return nil, nil
	}
	return nil, errAt(p, ErrType, "iteration", "cannot iterate over %s", typeName(v))
}

func (r *renderer) bind(scope map[string]value, vars []string, item value, p Pos) error {
	if len(vars) == 1 {
		scope[vars[0]] = item
		return nil
	}
	l, ok := item.([]value)
	if !ok || len(l) != len(vars) {
		return errAt(p, ErrType, "statement for", "cannot unpack %s into %d variables", typeName(item), len(vars))
	}
	for i, name := range vars {
		scope[name] = l[i]
	}
	return nil
}

func (r *renderer) execFor(n *forNode) error {
	seq, err := r.eval(n.iter)
	if err != nil {
		return err
	}
	items, err := r.iterate(seq, n.iter.at())
	if err != nil {
		return err
	}
	scope := map[string]value{}
	r.scopes = append(r.scopes, scope)
	defer func() { r.scopes = r.scopes[:len(r.scopes)-1] }()
	if n.cond != nil {
		var kept []value
		for _, it := range items {
			if err := r.step(n.pos, 1, "loop"); err != nil {
				return err
			}
			if err := r.bind(scope, n.vars, it, n.pos); err != nil {
				return err
			}
			c, err := r.eval(n.cond)
			if err != nil {
				return err
			}
			if truthy(c) {
				kept = append(kept, it)
			}
		}
		items = kept
	}
	if len(items) == 0 {
		return r.exec(n.els)
	}
	r.loops++
	defer func() { r.loops-- }()
	total := int64(len(items))
	for i, it := range items {
		if err := r.step(n.pos, 1, "loop"); err != nil {
			return err
		}
		if err := r.bind(scope, n.vars, it, n.pos); err != nil {
			return err
		}
		loop := newDict()
		idx := int64(i)
		loop.set("index0", idx)
		loop.set("index", idx+1)
		loop.set("revindex0", total-idx-1)
		loop.set("revindex", total-idx)
		loop.set("first", i == 0)
		loop.set("last", idx == total-1)
		loop.set("length", total)
		if i > 0 {
			loop.set("previtem", items[i-1])
		}
		if idx < total-1 {
			loop.set("nextitem", items[i+1])
		}
		scope["loop"] = loop
		err := r.exec(n.body)
		if errors.Is(err, errBreak) {
			break
		}
		if err != nil && !errors.Is(err, errContinue) {
			return err
		}
	}
	return nil
}

// str converts v for output or "~": Python's str() for scalars.
func (r *renderer) str(v value, p Pos) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case nil:
		return "None", nil
	case undefined:
		return "", nil
	}
	return "", errAt(p, ErrUnsupported, "printing a "+typeName(v), "only strings, integers, booleans and none print")
}

func (r *renderer) eval(e expr) (value, error) {
	switch e := e.(type) {
	case *litExpr:
		return e.v, nil
	case *nameExpr:
		return r.lookup(e.name), nil
	case *attrExpr:
		x, err := r.eval(e.x)
		if err != nil {
			return nil, err
		}
		return r.getattr(x, e.name, e.p)
	case *itemExpr:
		x, err := r.eval(e.x)
		if err != nil {
			return nil, err
		}
		k, err := r.eval(e.key)
		if err != nil {
			return nil, err
		}
		return r.getitem(x, k, e.p)
	case *sliceExpr:
		return r.slice(e)
	case *callExpr:
		return r.call(e)
	case *filterExpr:
		return r.filter(e)
	case *testExpr:
		return r.test(e)
	case *unaryExpr:
		x, err := r.eval(e.x)
		if err != nil {
			return nil, err
		}
		switch e.op {
		case "not":
			return !truthy(x), nil
		case "-":
			n, ok := x.(int64)
			if !ok {
				return nil, errAt(e.p, ErrType, "operator -", "cannot negate %s", typeName(x))
			}
			if n == math.MinInt64 {
				return nil, errAt(e.p, ErrLimit, "operator -", "integer overflow")
			}
			return -n, nil
		default:
			if _, ok := x.(int64); !ok {
				return nil, errAt(e.p, ErrType, "operator +", "unary + of %s", typeName(x))
			}
			return x, nil
		}
	case *binExpr:
		return r.binary(e)
	case *condExpr:
		c, err := r.eval(e.test)
		if err != nil {
			return nil, err
		}
		if truthy(c) {
			return r.eval(e.then)
		}
		if e.els == nil {
			return undefined{}, nil
		}
		return r.eval(e.els)
	case *listExpr:
		out := make([]value, 0, len(e.items))
		for _, it := range e.items {
			v, err := r.eval(it)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case *dictExpr:
		d := newDict()
		for i := range e.keys {
			k, err := r.eval(e.keys[i])
			if err != nil {
				return nil, err
			}
			ks, ok := k.(string)
			if !ok {
				return nil, errAt(e.keys[i].at(), ErrUnsupported, "mapping key", "only string keys are supported, found %s", typeName(k))
			}
			v, err := r.eval(e.vals[i])
			if err != nil {
				return nil, err
			}
			d.set(ks, v)
		}
		return d, nil
	}
	return nil, errAt(e.at(), ErrUnsupported, "expression", "unknown expression")
}

var dictMethods = map[string]bool{"items": true, "keys": true, "values": true, "get": true}
var stringMethods = map[string]bool{"strip": true, "lstrip": true, "rstrip": true, "startswith": true, "endswith": true,
	"split": true, "replace": true, "upper": true, "lower": true, "capitalize": true, "title": true}

func (r *renderer) getattr(x value, name string, p Pos) (value, error) {
	switch x := x.(type) {
	case *dict:
		if !x.ns && dictMethods[name] {
			return &method{x, name}, nil
		}
		if v, ok := x.get(name); ok {
			return v, nil
		}
		return undefined{name}, nil
	case string:
		if stringMethods[name] {
			return &method{x, name}, nil
		}
		return undefined{name}, nil
	case undefined:
		return nil, errAt(p, ErrType, "attribute "+name, "%q is undefined", x.name)
	case nil:
		return nil, errAt(p, ErrType, "attribute "+name, "attribute of none")
	}
	return undefined{name}, nil
}

func (r *renderer) getitem(x, k value, p Pos) (value, error) {
	switch x := x.(type) {
	case *dict:
		ks, ok := k.(string)
		if !ok {
			return undefined{}, nil
		}
		if v, ok := x.get(ks); ok {
			return v, nil
		}
		return undefined{ks}, nil
	case []value:
		i, ok := k.(int64)
		if !ok {
			return nil, errAt(p, ErrType, "subscript", "list index must be an integer, found %s", typeName(k))
		}
		if i < 0 {
			i += int64(len(x))
		}
		if i < 0 || i >= int64(len(x)) {
			return undefined{}, nil
		}
		return x[i], nil
	case string:
		i, ok := k.(int64)
		if !ok {
			return nil, errAt(p, ErrType, "subscript", "string index must be an integer, found %s", typeName(k))
		}
		rs := runes(x)
		if i < 0 {
			i += int64(len(rs))
		}
		if i < 0 || i >= int64(len(rs)) {
			return undefined{}, nil
		}
		return string(rs[i]), nil
	case undefined:
		return nil, errAt(p, ErrType, "subscript", "%q is undefined", x.name)
	case nil:
		return nil, errAt(p, ErrType, "subscript", "subscript of none")
	}
	return nil, errAt(p, ErrType, "subscript", "cannot subscript %s", typeName(x))
}

// sliceBounds computes Python's slice indices for a sequence of length n.
func sliceBounds(n int64, lo, hi, step value, p Pos) ([]int64, error) {
	st := int64(1)
	if step != nil {
		v, ok := step.(int64)
		if !ok || v == 0 {
			return nil, errAt(p, ErrType, "slice", "step must be a non-zero integer")
		}
		st = v
	}
	idx := func(v value, def int64) (int64, error) {
		if v == nil {
			return def, nil
		}
		i, ok := v.(int64)
		if !ok {
			return 0, errAt(p, ErrType, "slice", "bound must be an integer, found %s", typeName(v))
		}
		if i < 0 {
			i += n
			if i < 0 {
				if st < 0 {
					return -1, nil
				}
				return 0, nil
			}
		}
		if i >= n {
			if st < 0 {
				return n - 1, nil
			}
			return n, nil
		}
		return i, nil
	}
	var a, b int64
	var err error
	if st > 0 {
		if a, err = idx(lo, 0); err == nil {
			b, err = idx(hi, n)
		}
	} else {
		if a, err = idx(lo, n-1); err == nil {
			b, err = idx(hi, -1)
			if hi == nil {
				b = -1
			}
		}
	}
	if err != nil {
		return nil, err
	}
	var out []int64
	for i := a; (st > 0 && i < b) || (st < 0 && i > b); i += st {
		out = append(out, i)
	}
	return out, nil
}

func (r *renderer) slice(e *sliceExpr) (value, error) {
	x, err := r.eval(e.x)
	if err != nil {
		return nil, err
	}
	var b [3]value
	for i, s := range []expr{e.lo, e.hi, e.step} {
		if s != nil {
			if b[i], err = r.eval(s); err != nil {
				return nil, err
			}
		}
	}
	switch x := x.(type) {
	case []value:
		idx, err := sliceBounds(int64(len(x)), b[0], b[1], b[2], e.p)
		if err != nil {
			return nil, err
		}
		out := make([]value, len(idx))
		for i, k := range idx {
			out[i] = x[k]
		}
		return out, nil
	case string:
		rs := runes(x)
		idx, err := sliceBounds(int64(len(rs)), b[0], b[1], b[2], e.p)
		if err != nil {
			return nil, err
		}
		out := make([]rune, len(idx))
		for i, k := range idx {
			out[i] = rs[k]
		}
		return string(out), nil
	}
	return nil, errAt(e.p, ErrType, "slice", "cannot slice %s", typeName(x))
}

func (r *renderer) binary(e *binExpr) (value, error) {
	l, err := r.eval(e.l)
	if err != nil {
		return nil, err
	}
	switch e.op {
	case "and":
		if !truthy(l) {
			return l, nil
		}
		return r.eval(e.r)
	case "or":
		if truthy(l) {
			return l, nil
		}
		return r.eval(e.r)
	}
	rv, err := r.eval(e.r)
	if err != nil {
		return nil, err
	}
	switch e.op {
	case "==", "!=":
		eq, err := r.equal(l, rv, e.p)
		if err != nil {
			return nil, err
		}
		return eq == (e.op == "=="), nil
	case "<", ">", "<=", ">=":
		c, err := compare(l, rv, e)
		if err != nil {
			return nil, err
		}
		switch e.op {
		case "<":
			return c < 0, nil
		case ">":
			return c > 0, nil
		case "<=":
			return c <= 0, nil
		}
		return c >= 0, nil
	case "in", "not in":
		in, err := r.contains(rv, l, e)
		if err != nil {
			return nil, err
		}
		return in == (e.op == "in"), nil
	case "~":
		a, err := r.str(l, e.p)
		if err != nil {
			return nil, err
		}
		b, err := r.str(rv, e.p)
		if err != nil {
			return nil, err
		}
		return r.checkLen(a+b, e.p)
	case "+":
		switch a := l.(type) {
		case string:
			if b, ok := rv.(string); ok {
				return r.checkLen(a+b, e.p)
			}
		case []value:
			if b, ok := rv.([]value); ok {
				if err := r.step(e.p, len(a)+len(b), "operator +"); err != nil {
					return nil, err
				}
				return append(append(make([]value, 0, len(a)+len(b)), a...), b...), nil
			}
		}
	}
	a, aok := asInt(l)
	b, bok := asInt(rv)
	if !aok || !bok {
		if e.op == "/" {
			return nil, errAt(e.p, ErrUnsupported, "operator /", "true division yields a float; use //")
		}
		return nil, errAt(e.p, ErrType, "operator "+e.op, "%s %s %s", typeName(l), e.op, typeName(rv))
	}
	ovf := func() (value, error) { return nil, errAt(e.p, ErrLimit, "operator "+e.op, "integer overflow") }
	switch e.op {
	case "+":
		s := a + b
		if (s > a) != (b > 0) {
			return ovf()
		}
		return s, nil
	case "-":
		s := a - b
		if (s < a) != (b > 0) {
			return ovf()
		}
		return s, nil
	case "*":
		if a != 0 && ((a*b)/a != b || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64)) {
			return ovf()
		}
		return a * b, nil
	case "//", "%":
		if b == 0 {
			return nil, errAt(e.p, ErrType, "operator "+e.op, "division by zero")
		}
		if a == math.MinInt64 && b == -1 {
			return ovf()
		}
		q, m := a/b, a%b
		if m != 0 && (m < 0) != (b < 0) { // Python floors
			q--
			m += b
		}
		if e.op == "//" {
			return q, nil
		}
		return m, nil
	}
	return nil, errAt(e.p, ErrUnsupported, "operator "+e.op, "not supported")
}

func asInt(v value) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case bool:
		return boolInt(v), true
	}
	return 0, false
}

func compare(a, b value, e *binExpr) (int, error) {
	if x, ok := a.(string); ok {
		if y, ok := b.(string); ok {
			return strings.Compare(x, y), nil
		}
	}
	x, xok := asInt(a)
	y, yok := asInt(b)
	if !xok || !yok {
		return 0, errAt(e.p, ErrType, "operator "+e.op, "cannot order %s and %s", typeName(a), typeName(b))
	}
	switch {
	case x < y:
		return -1, nil
	case x > y:
		return 1, nil
	}
	return 0, nil
}

func (r *renderer) contains(container, x value, e *binExpr) (bool, error) {
	switch c := container.(type) {
	case string:
		s, ok := x.(string)
		if !ok {
			return false, errAt(e.p, ErrType, "operator in", "'in <string>' needs a string, found %s", typeName(x))
		}
		return strings.Contains(c, s), nil
	case []value:
		for _, v := range c {
			eq, err := r.equal(v, x, e.p)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *dict:
		s, ok := x.(string)
		if !ok {
			return false, nil
		}
		_, ok = c.get(s)
		return ok, nil
	case undefined:
		return false, nil
	}
	return false, errAt(e.p, ErrType, "operator in", "cannot search %s", typeName(container))
}
