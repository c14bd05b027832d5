package chat

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// value is a template value: nil (none), undefined, bool, int64, string,
// []value (list), *dict (mapping or namespace), *builtin or *method.
type value = any

// undefined is the value of a missing variable, key or attribute (Jinja's
// default Undefined): it prints as "", is false, iterates as empty, and fails
// on attribute access.
type undefined struct{ name string }

// dict is an insertion-ordered string-keyed mapping; a namespace() is a dict
// with ns set. reads, when not nil, records the keys read (for
// SupportsSystemRole).
type dict struct {
	keys  []string
	m     map[string]value
	ns    bool
	reads map[string]bool
}

func newDict() *dict { return &dict{m: map[string]value{}} }

func (d *dict) set(k string, v value) {
	if _, ok := d.m[k]; !ok {
		d.keys = append(d.keys, k)
	}
	d.m[k] = v
}

func (d *dict) get(k string) (value, bool) {
	v, ok := d.m[k]
	if d.reads != nil && ok {
		d.reads[k] = true
	}
	return v, ok
}

// builtin is a global function (raise_exception, strftime_now, range, namespace).
type builtin struct{ name string }

// method is a bound method of a string or dict (e.g. "x".strip).
type method struct {
	recv value
	name string
}

func typeName(v value) string {
	switch v := v.(type) {
	case nil:
		return "none"
	case undefined:
		return "undefined"
	case bool:
		return "boolean"
	case int64:
		return "integer"
	case string:
		return "string"
	case []value:
		return "list"
	case *dict:
		if v.ns {
			return "namespace"
		}
		return "mapping"
	case *builtin, *method:
		return "function"
	}
	return "unknown"
}

func truthy(v value) bool {
	switch v := v.(type) {
	case nil, undefined:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case string:
		return v != ""
	case []value:
		return len(v) > 0
	case *dict:
		return v.ns || len(v.keys) > 0
	}
	return true
}

// equal is Python's == on template values. budget bounds the values
// compared (shared sublists make deep comparisons exponential): each value
// visited costs one; past zero, equal returns false and the caller reports
// ErrLimit.
func equal(a, b value, budget *int) bool {
	*budget--
	if *budget < 0 {
		return false
	}
	switch a := a.(type) {
	case nil:
		return b == nil
	case undefined:
		_, ok := b.(undefined)
		return ok
	case bool:
		switch b := b.(type) {
		case bool:
			return a == b
		case int64:
			return boolInt(a) == b
		}
	case int64:
		switch b := b.(type) {
		case int64:
			return a == b
		case bool:
			return a == boolInt(b)
		}
	case string:
		bs, ok := b.(string)
		return ok && a == bs
	case []value:
		bl, ok := b.([]value)
		return ok && slices.EqualFunc(a, bl, func(x, y value) bool { return equal(x, y, budget) })
	case *dict:
		bd, ok := b.(*dict)
		if !ok || len(a.keys) != len(bd.keys) {
			return false
		}
		if a == bd {
			return true
		}
		for _, k := range a.keys {
			bv, ok := bd.m[k]
			if !ok || !equal(a.m[k], bv, budget) {
				return false
			}
		}
		return true
	}
	return false
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// pyspace reports whether r is whitespace for Python's str.isspace (what
// str.strip and Jinja's trim remove).
func pyspace(r rune) bool {
	switch {
	case r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f || r == 0x85 || r == 0xa0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	}
	return false
}

// runes returns s's codepoints (strings are indexed and measured by
// codepoint, as in Python).
func runes(s string) []rune { return []rune(s) }

func runeLen(s string) int64 { return int64(utf8.RuneCountInString(s)) }

// jsonString writes s as a JSON string the way Python's json.dumps(s,
// ensure_ascii=False) does.
func jsonString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// toJSON renders v as Python's json.dumps(v, ensure_ascii=False) with its
// default separators (", " and ": "), which is what transformers' tojson
// filter produces without indent. It returns false for a value JSON cannot
// hold, or once b holds more than max bytes (the caller tells them apart).
func toJSON(b *strings.Builder, v value, max int) bool {
	if b.Len() > max {
		return false
	}
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case string:
		jsonString(b, v)
	case []value:
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			if !toJSON(b, x, max) {
				return false
			}
		}
		b.WriteByte(']')
	case *dict:
		if v.ns {
			return false
		}
		b.WriteByte('{')
		for i, k := range v.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			jsonString(b, k)
			b.WriteString(": ")
			if !toJSON(b, v.m[k], max) {
				return false
			}
		}
		b.WriteByte('}')
	default:
		return false
	}
	return b.Len() <= max
}
