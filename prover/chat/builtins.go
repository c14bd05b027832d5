package chat

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

func (r *renderer) evalArgs(args []expr, kwargs []kwarg) ([]value, map[string]value, error) {
	av := make([]value, len(args))
	for i, a := range args {
		v, err := r.eval(a)
		if err != nil {
			return nil, nil, err
		}
		av[i] = v
	}
	var kv map[string]value
	if len(kwargs) > 0 {
		kv = map[string]value{}
		for _, k := range kwargs {
			v, err := r.eval(k.v)
			if err != nil {
				return nil, nil, err
			}
			kv[k.name] = v
		}
	}
	return av, kv, nil
}

// argSpec binds positional and keyword arguments to the named parameters
// params (a trailing "?" marks an optional one); what is unbound is nil.
func argSpec(construct string, p Pos, args []value, kwargs map[string]value, params ...string) ([]value, error) {
	out := make([]value, len(params))
	set := make([]bool, len(params))
	if len(args) > len(params) {
		return nil, errAt(p, ErrType, construct, "takes at most %d arguments, got %d", len(params), len(args))
	}
	for i, a := range args {
		out[i], set[i] = a, true
	}
	for k, v := range kwargs {
		found := false
		for i, name := range params {
			if strings.TrimSuffix(name, "?") == k {
				if set[i] {
					return nil, errAt(p, ErrType, construct, "argument %s given twice", k)
				}
				out[i], set[i], found = v, true, true
			}
		}
		if !found {
			return nil, errAt(p, ErrUnsupported, construct, "keyword argument %s is not supported", k)
		}
	}
	for i, name := range params {
		if !set[i] && !strings.HasSuffix(name, "?") {
			return nil, errAt(p, ErrType, construct, "missing argument %s", name)
		}
	}
	return out, nil
}

func (r *renderer) call(e *callExpr) (value, error) {
	fn, err := r.eval(e.fn)
	if err != nil {
		return nil, err
	}
	args, kwargs, err := r.evalArgs(e.args, e.kwargs)
	if err != nil {
		return nil, err
	}
	switch f := fn.(type) {
	case *builtin:
		return r.callBuiltin(f.name, args, kwargs, e.p)
	case *method:
		return r.callMethod(f, args, kwargs, e.p)
	case undefined:
		return nil, errAt(e.p, ErrUnsupported, "function "+f.name, "not defined (this subset provides raise_exception, strftime_now, range and namespace)")
	}
	return nil, errAt(e.p, ErrType, "call", "%s is not callable", typeName(fn))
}

func (r *renderer) callBuiltin(name string, args []value, kwargs map[string]value, p Pos) (value, error) {
	switch name {
	case "raise_exception":
		a, err := argSpec(name, p, args, kwargs, "message")
		if err != nil {
			return nil, err
		}
		msg, err := r.str(a[0], p)
		if err != nil {
			return nil, err
		}
		return nil, &Error{Pos: p, Construct: name, Detail: msg, Err: ErrRaised}
	case "strftime_now":
		a, err := argSpec(name, p, args, kwargs, "format")
		if err != nil {
			return nil, err
		}
		f, ok := a[0].(string)
		if !ok {
			return nil, errAt(p, ErrType, name, "format must be a string, found %s", typeName(a[0]))
		}
		if r.date.IsZero() {
			return nil, errAt(p, ErrInput, name, "no date given to render with (Input.Date)")
		}
		return strftime(r.date, f, p)
	case "range":
		if len(kwargs) > 0 || len(args) < 1 || len(args) > 3 {
			return nil, errAt(p, ErrType, name, "takes 1 to 3 integer arguments")
		}
		var b [3]int64
		b[2] = 1
		for i, a := range args {
			n, ok := a.(int64)
			if !ok {
				return nil, errAt(p, ErrType, name, "arguments must be integers, found %s", typeName(a))
			}
			b[i] = n
		}
		if len(args) == 1 {
			b[0], b[1] = 0, b[0]
		}
		if b[2] == 0 {
			return nil, errAt(p, ErrType, name, "step must not be zero")
		}
		var out []value
		for i := b[0]; (b[2] > 0 && i < b[1]) || (b[2] < 0 && i > b[1]); i += b[2] {
			if err := r.step(p, 1, name); err != nil {
				return nil, err
			}
			out = append(out, i)
		}
		return out, nil
	case "namespace":
		if len(args) > 0 {
			return nil, errAt(p, ErrUnsupported, name, "positional arguments are not supported")
		}
		d := newDict()
		d.ns = true
		keys := make([]string, 0, len(kwargs))
		for k := range kwargs {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			d.set(k, kwargs[k])
		}
		return d, nil
	}
	return nil, errAt(p, ErrUnsupported, "function "+name, "not supported")
}

// asciiCase applies f to s, refusing non-ASCII text: Python, JavaScript and
// Go map the case of some non-ASCII letters differently (ß, final sigma),
// so only ASCII is converted the same everywhere.
func asciiCase(s, construct string, p Pos, f func(string) string) (value, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nil, errAt(p, ErrUnsupported, construct, "changing the case of non-ASCII text")
		}
	}
	return f(s), nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}

// title is Python's str.title for ASCII text: each run of letters starts
// upper case, the rest lower case.
func title(s string) string {
	b := []byte(s)
	prev := false
	for i, c := range b {
		letter := isLetter(c)
		switch {
		case letter && !prev:
			b[i] = byte(strings.ToUpper(string(c))[0])
		case letter:
			b[i] = byte(strings.ToLower(string(c))[0])
		}
		prev = letter
	}
	return string(b)
}

func stripChars(s string, chars value, left, right bool) string {
	is := pyspace
	if c, ok := chars.(string); ok {
		is = func(r rune) bool { return strings.ContainsRune(c, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, is)
	}
	if right {
		s = strings.TrimRightFunc(s, is)
	}
	return s
}

func (r *renderer) callMethod(m *method, args []value, kwargs map[string]value, p Pos) (value, error) {
	construct := "method " + m.name
	if d, ok := m.recv.(*dict); ok {
		switch m.name {
		case "items", "keys", "values":
			if _, err := argSpec(construct, p, args, kwargs); err != nil {
				return nil, err
			}
			if err := r.step(p, len(d.keys), construct); err != nil {
				return nil, err
			}
			out := make([]value, len(d.keys))
			for i, k := range d.keys {
				v, _ := d.get(k)
				switch m.name {
				case "items":
					out[i] = []value{k, v}
				case "keys":
					out[i] = k
				default:
					out[i] = v
				}
			}
			return out, nil
		case "get":
			a, err := argSpec(construct, p, args, kwargs, "key", "default?")
			if err != nil {
				return nil, err
			}
			if k, ok := a[0].(string); ok {
				if v, ok := d.get(k); ok {
					return v, nil
				}
			}
			return a[1], nil
		}
	}
	s := m.recv.(string)
	str := func(v value, what string) (string, error) {
		x, ok := v.(string)
		if !ok {
			return "", errAt(p, ErrType, construct, "%s must be a string, found %s", what, typeName(v))
		}
		return x, nil
	}
	switch m.name {
	case "strip", "lstrip", "rstrip":
		a, err := argSpec(construct, p, args, kwargs, "chars?")
		if err != nil {
			return nil, err
		}
		return stripChars(s, a[0], m.name != "rstrip", m.name != "lstrip"), nil
	case "startswith", "endswith":
		a, err := argSpec(construct, p, args, kwargs, "prefix")
		if err != nil {
			return nil, err
		}
		x, err := str(a[0], "prefix")
		if err != nil {
			return nil, err
		}
		if m.name == "startswith" {
			return strings.HasPrefix(s, x), nil
		}
		return strings.HasSuffix(s, x), nil
	case "upper":
		return asciiCase(s, construct, p, strings.ToUpper)
	case "lower":
		return asciiCase(s, construct, p, strings.ToLower)
	case "capitalize":
		return asciiCase(s, construct, p, capitalize)
	case "title":
		return asciiCase(s, construct, p, title)
	case "replace":
		return r.replace(s, args, kwargs, construct, p)
	case "split":
		a, err := argSpec(construct, p, args, kwargs, "sep?", "maxsplit?")
		if err != nil {
			return nil, err
		}
		max := int64(-1)
		if a[1] != nil {
			n, ok := a[1].(int64)
			if !ok {
				return nil, errAt(p, ErrType, construct, "maxsplit must be an integer")
			}
			max = n
		}
		var parts []string
		if a[0] == nil {
			if max >= 0 {
				return nil, errAt(p, ErrUnsupported, construct, "maxsplit without a separator")
			}
			parts = strings.FieldsFunc(s, pyspace)
		} else {
			sep, err := str(a[0], "sep")
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, errAt(p, ErrType, construct, "empty separator")
			}
			n := -1
			if max >= 0 {
				n = int(min(max, int64(len(s)))) + 1
			}
			parts = strings.SplitN(s, sep, n)
		}
		if err := r.step(p, len(parts), construct); err != nil {
			return nil, err
		}
		out := make([]value, len(parts))
		for i, x := range parts {
			out[i] = x
		}
		return out, nil
	}
	return nil, errAt(p, ErrUnsupported, construct, "not supported")
}

func (r *renderer) replace(s string, args []value, kwargs map[string]value, construct string, p Pos) (value, error) {
	a, err := argSpec(construct, p, args, kwargs, "old", "new", "count?")
	if err != nil {
		return nil, err
	}
	old, ok1 := a[0].(string)
	nw, ok2 := a[1].(string)
	if !ok1 || !ok2 {
		return nil, errAt(p, ErrType, construct, "old and new must be strings")
	}
	n := -1
	if a[2] != nil {
		c, ok := a[2].(int64)
		if !ok {
			return nil, errAt(p, ErrType, construct, "count must be an integer")
		}
		if c >= 0 {
			n = int(min(c, int64(len(s))+1))
		}
	}
	// Bound the result before building it.
	k := strings.Count(s, old)
	if old == "" {
		k = utf8.RuneCountInString(s) + 1
	}
	if n >= 0 && n < k {
		k = n
	}
	if int64(len(s))+int64(k)*int64(len(nw)) > int64(r.lim.MaxOutput) {
		return nil, errAt(p, ErrLimit, construct, "the result exceeds MaxOutput = %d bytes", r.lim.MaxOutput)
	}
	return strings.Replace(s, old, nw, n), nil
}

func (r *renderer) filter(e *filterExpr) (value, error) {
	x, err := r.eval(e.x)
	if err != nil {
		return nil, err
	}
	args, kwargs, err := r.evalArgs(e.args, e.kwargs)
	if err != nil {
		return nil, err
	}
	construct := "filter " + e.name
	p := e.p
	asStr := func() (string, error) {
		if _, ok := x.(string); !ok {
			if _, ok := x.(undefined); !ok {
				return "", errAt(p, ErrType, construct, "applies to strings, found %s", typeName(x))
			}
		}
		return r.str(x, p)
	}
	switch e.name {
	case "trim":
		a, err := argSpec(construct, p, args, kwargs, "chars?")
		if err != nil {
			return nil, err
		}
		s, err := asStr()
		if err != nil {
			return nil, err
		}
		return stripChars(s, a[0], true, true), nil
	case "length", "count":
		if _, err := argSpec(construct, p, args, kwargs); err != nil {
			return nil, err
		}
		switch v := x.(type) {
		case string:
			return runeLen(v), nil
		case []value:
			return int64(len(v)), nil
		case *dict:
			return int64(len(v.keys)), nil
		case undefined:
			return int64(0), nil
		}
		return nil, errAt(p, ErrType, construct, "%s has no length", typeName(x))
	case "upper", "lower", "capitalize", "title":
		if _, err := argSpec(construct, p, args, kwargs); err != nil {
			return nil, err
		}
		s, err := asStr()
		if err != nil {
			return nil, err
		}
		f := map[string]func(string) string{"upper": strings.ToUpper, "lower": strings.ToLower, "capitalize": capitalize, "title": title}[e.name]
		return asciiCase(s, construct, p, f)
	case "tojson":
		a, err := argSpec(construct, p, args, kwargs, "indent?")
		if err != nil {
			return nil, err
		}
		if a[0] != nil {
			switch x.(type) {
			case []value, *dict:
				return nil, errAt(p, ErrUnsupported, construct, "indent for lists and mappings is not supported")
			}
		}
		var b strings.Builder
		if !toJSON(&b, x, r.lim.MaxOutput) {
			if b.Len() > r.lim.MaxOutput {
				return nil, errAt(p, ErrLimit, construct, "the result exceeds MaxOutput = %d bytes", r.lim.MaxOutput)
			}
			return nil, errAt(p, ErrUnsupported, construct, "of a value holding a %s", "namespace or function")
		}
		return b.String(), nil
	case "default", "d":
		a, err := argSpec(construct, p, args, kwargs, "default_value?", "boolean?")
		if err != nil {
			return nil, err
		}
		def := a[0]
		if def == nil && len(args) == 0 && kwargs["default_value"] == nil {
			def = ""
		}
		_, undef := x.(undefined)
		if undef || (truthy(a[1]) && !truthy(x)) {
			return def, nil
		}
		return x, nil
	case "first", "last":
		if _, err := argSpec(construct, p, args, kwargs); err != nil {
			return nil, err
		}
		items, err := r.iterate(x, p)
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return undefined{}, nil
		}
		if e.name == "first" {
			return items[0], nil
		}
		return items[len(items)-1], nil
	case "join":
		a, err := argSpec(construct, p, args, kwargs, "d?")
		if err != nil {
			return nil, err
		}
		sep := ""
		if a[0] != nil {
			if sep, err = r.str(a[0], p); err != nil {
				return nil, err
			}
		}
		items, err := r.iterate(x, p)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for i, it := range items {
			s, err := r.str(it, p)
			if err != nil {
				return nil, err
			}
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(s)
			if b.Len() > r.lim.MaxOutput {
				return nil, errAt(p, ErrLimit, construct, "the result exceeds MaxOutput = %d bytes", r.lim.MaxOutput)
			}
		}
		return b.String(), nil
	case "replace":
		s, err := asStr()
		if err != nil {
			return nil, err
		}
		return r.replace(s, args, kwargs, construct, p)
	case "string":
		if _, err := argSpec(construct, p, args, kwargs); err != nil {
			return nil, err
		}
		return r.str(x, p)
	case "safe":
		return x, nil
	case "list":
		if _, err := argSpec(construct, p, args, kwargs); err != nil {
			return nil, err
		}
		items, err := r.iterate(x, p)
		if err != nil {
			return nil, err
		}
		return append([]value(nil), items...), nil
	case "selectattr", "rejectattr":
		if len(args) < 1 || len(kwargs) > 0 {
			return nil, errAt(p, ErrType, construct, "takes an attribute name, and optionally a test and its arguments")
		}
		attr, ok := args[0].(string)
		if !ok {
			return nil, errAt(p, ErrType, construct, "the attribute name must be a string")
		}
		test := ""
		if len(args) > 1 {
			if test, ok = args[1].(string); !ok {
				return nil, errAt(p, ErrType, construct, "the test name must be a string")
			}
		}
		items, err := r.iterate(x, p)
		if err != nil {
			return nil, err
		}
		var out []value
		for _, it := range items {
			if err := r.step(p, 1, construct); err != nil {
				return nil, err
			}
			v, err := r.getattr(it, attr, p)
			if err != nil {
				return nil, err
			}
			keep := truthy(v)
			if test != "" {
				if keep, err = r.applyTest(test, v, args[2:], p); err != nil {
					return nil, err
				}
			}
			if keep == (e.name == "selectattr") {
				out = append(out, it)
			}
		}
		return out, nil
	case "map":
		a, err := argSpec(construct, p, args, kwargs, "attribute")
		if err != nil {
			return nil, errAt(p, ErrUnsupported, construct, "only map(attribute=name) is supported")
		}
		attr, ok := a[0].(string)
		if !ok {
			return nil, errAt(p, ErrType, construct, "the attribute name must be a string")
		}
		items, err := r.iterate(x, p)
		if err != nil {
			return nil, err
		}
		out := make([]value, 0, len(items))
		for _, it := range items {
			if err := r.step(p, 1, construct); err != nil {
				return nil, err
			}
			v, err := r.getattr(it, attr, p)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case "items":
		d, ok := x.(*dict)
		if !ok || d.ns {
			return nil, errAt(p, ErrType, construct, "applies to mappings, found %s", typeName(x))
		}
		return r.callMethod(&method{d, "items"}, args, kwargs, p)
	}
	return nil, errAt(p, ErrUnsupported, construct, "not supported")
}

func (r *renderer) test(e *testExpr) (value, error) {
	x, err := r.eval(e.x)
	if err != nil {
		return nil, err
	}
	args, _, err := r.evalArgs(e.args, nil)
	if err != nil {
		return nil, err
	}
	res, err := r.applyTest(e.name, x, args, e.p)
	if err != nil {
		return nil, err
	}
	return res != e.negate, nil
}

// applyTest applies the test name ("x is name(args)") to x.
func (r *renderer) applyTest(name string, x value, args []value, p Pos) (bool, error) {
	construct := "test " + name
	want := func(n int) error {
		if len(args) != n {
			return errAt(p, ErrType, construct, "takes %d arguments, got %d", n, len(args))
		}
		return nil
	}
	e := struct {
		name string
		p    Pos
	}{name, p}
	if e.name != "divisibleby" && e.name != "sameas" && e.name != "eq" && e.name != "equalto" && e.name != "==" && e.name != "!=" {
		if err := want(0); err != nil {
			return false, err
		}
	}
	var res bool
	switch e.name {
	case "defined":
		_, u := x.(undefined)
		res = !u
	case "undefined":
		_, res = x.(undefined)
	case "none":
		res = x == nil
	case "string":
		_, res = x.(string)
	case "number", "integer":
		_, res = x.(int64)
	case "boolean":
		_, res = x.(bool)
	case "true":
		res = x == true
	case "false":
		res = x == false
	case "mapping":
		d, ok := x.(*dict)
		res = ok && !d.ns
	case "sequence":
		switch x.(type) {
		case string, []value, *dict:
			res = true
		}
	case "iterable":
		switch x := x.(type) {
		case string, []value:
			res = true
		case *dict:
			res = !x.ns
		}
	case "callable":
		switch x.(type) {
		case *builtin, *method:
			res = true
		}
	case "odd", "even":
		n, ok := x.(int64)
		if !ok {
			return false, errAt(e.p, ErrType, construct, "applies to integers, found %s", typeName(x))
		}
		res = (n%2 != 0) == (e.name == "odd")
	case "divisibleby":
		if err := want(1); err != nil {
			return false, err
		}
		n, ok1 := x.(int64)
		d, ok2 := args[0].(int64)
		if !ok1 || !ok2 || d == 0 {
			return false, errAt(e.p, ErrType, construct, "needs integers and a non-zero divisor")
		}
		res = n%d == 0
	case "sameas", "eq", "equalto", "==":
		if err := want(1); err != nil {
			return false, err
		}
		eq, err := r.equal(x, args[0], p)
		if err != nil {
			return false, err
		}
		res = eq
		if e.name == "sameas" {
			res = res && typeName(x) == typeName(args[0])
		}
	case "!=":
		if err := want(1); err != nil {
			return false, err
		}
		eq, err := r.equal(x, args[0], p)
		if err != nil {
			return false, err
		}
		res = !eq
	default:
		return false, errAt(e.p, ErrUnsupported, construct, "not supported")
	}
	return res, nil
}

var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// strftime formats t (as given; no time zone conversion) with the C/Python
// directives %d %-d %m %-m %Y %y %b %B %a %A %H %M %S %j %%.
func strftime(t time.Time, f string, p Pos) (value, error) {
	var b strings.Builder
	two := func(n int) { b.WriteString(fmt.Sprintf("%02d", n)) }
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 >= len(f) {
			return nil, errAt(p, ErrUnsupported, "strftime_now", "format ends with %%")
		}
		i++
		d := f[i]
		if d == '-' && i+1 < len(f) {
			i++
			switch f[i] {
			case 'd':
				b.WriteString(strconv.Itoa(t.Day()))
			case 'm':
				b.WriteString(strconv.Itoa(int(t.Month())))
			default:
				return nil, errAt(p, ErrUnsupported, "strftime_now", "directive %%-%c", f[i])
			}
			continue
		}
		switch d {
		case 'd':
			two(t.Day())
		case 'm':
			two(int(t.Month()))
		case 'Y':
			b.WriteString(fmt.Sprintf("%04d", t.Year()))
		case 'y':
			two(t.Year() % 100)
		case 'b':
			b.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'a':
			b.WriteString(dayNames[t.Weekday()][:3])
		case 'A':
			b.WriteString(dayNames[t.Weekday()])
		case 'H':
			two(t.Hour())
		case 'M':
			two(t.Minute())
		case 'S':
			two(t.Second())
		case 'j':
			b.WriteString(fmt.Sprintf("%03d", t.YearDay()))
		case '%':
			b.WriteByte('%')
		default:
			return nil, errAt(p, ErrUnsupported, "strftime_now", "directive %%%c", d)
		}
	}
	return b.String(), nil
}
