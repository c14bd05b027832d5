package chat

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func render(t *testing.T, src string, vars map[string]any) (string, error) {
	t.Helper()
	tmpl, err := Parse(src, Limits{})
	if err != nil {
		return "", err
	}
	return tmpl.Execute(vars, time.Date(2024, 7, 26, 0, 0, 0, 0, time.UTC))
}

// TestChatSubset checks each construct of the subset against the output
// Python's Jinja2 (trim_blocks, lstrip_blocks) gives for it.
func TestChatSubset(t *testing.T) {
	msgs := []Message{{"system", "S"}, {"user", "U1"}, {"assistant", "A1"}, {"user", "U2"}}
	for _, c := range []struct{ src, want string }{
		{"{% for m in messages %}{{ loop.index0 }}{{ loop.index }}{{ loop.first }}{{ loop.last }}{{ loop.length }},{% endfor %}",
			"01TrueFalse4,12FalseFalse4,23FalseFalse4,34FalseTrue4,"},
		{"{% for m in messages[1:] %}{{ m.role[0] }}{% endfor %}|{{ messages[-1].content }}|{{ (messages[::-1] | first).role }}", "uau|U2|user"},
		{"{% set ns = namespace(n=0) %}{% for m in messages if m.role == 'user' %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}", "2"},
		{"{% set x = 1 %}{% for m in messages %}{% set x = 5 %}{% endfor %}{{ x }}", "1"},
		{"{%- if messages[0].role == 'system' -%}\n  sys\n{%- elif false -%}no{% else %}other{% endif %}", "sys"},
		{"  {% if true %}\nA\n  {% endif %}\nB", "A\nB"},
		{"{{ '  x  ' | trim }}|{{ 'ab' | upper }}|{{ 'AB' | lower }}|{{ 'hello wORLD' | capitalize }}|{{ messages | length }}|{{ 'añb' | length }}", "x|AB|ab|Hello world|4|3"},
		{"{{ 'a\"b\\n\\u00e9' | tojson }}|{{ 3 | tojson }}|{{ none | tojson }}|{{ ['a', 1] | tojson }}|{{ {'k': true} | tojson }}", `"a\"b\né"|3|null|["a", 1]|{"k": true}`},
		{"{{ undefined_thing | default('d') }}|{{ '' | default('e', true) }}|{{ 'v' | default('f') }}", "d|e|v"},
		{"{{ 'a' ~ 1 ~ true ~ none }}|{{ 'a' + 'b' }}|{{ 7 // 2 }}{{ -7 // 2 }}{{ -7 % 3 }}{{ 2 * 3 - 1 }}", "a1TrueNone|ab|3-425"},
		{"{{ 1 < 2 and not 2 < 1 or false }}|{{ 'b' in 'abc' }}|{{ 'x' not in ['a'] }}|{{ 'role' in messages[0] }}|{{ (1 == 1) != false }}", "True|True|True|True|True"},
		{"{{ x is defined }}{{ messages is defined }}{{ none is none }}{{ 'a' is string }}{{ 1 is string }}{{ x is not defined }}", "FalseTrueTrueTrueFalseTrue"},
		{"{{ ' a b '.strip() }}|{{ 'xxaxx'.strip('x') }}|{{ 'abc'.startswith('ab') }}{{ 'abc'.endswith('bc') }}|{{ 'a,b'.split(',') | join('+') }}|{{ 'aXa'.replace('a', 'b') }}|{{ 'user'.title() }}",
			"a b|a|TrueTrue|a+b|bXb|User"},
		{"{{ 'yes' if messages else 'no' }}{{ 'y' if false }}|{% for i in range(3) %}{{ i }}{% endfor %}|{% for k, v in {'a': 1, 'b': 2}.items() %}{{ k }}={{ v }};{% endfor %}",
			"yes|012|a=1;b=2;"},
		{"{% for m in [] %}x{% else %}empty{% endfor %}|{% for i in range(10) %}{% if i == 3 %}{% break %}{% endif %}{% if i == 1 %}{% continue %}{% endif %}{{ i }}{% endfor %}", "empty|02"},
		{"{# comment #}a  {#- trimmed -#}  b\n{# line #}\nc", "ab\nc"},
		{"{{ messages | selectattr('role', 'equalto', 'user') | map(attribute='content') | join(',') }}|{{ messages | rejectattr('role', 'eq', 'user') | list | length }}", "U1,U2|2"},
		{"{{ strftime_now('%d %b %Y, %B %-d, %A') }}", "26 Jul 2024, July 26, Friday"},
		{"{{- 'a' -}}\n\n   {{- 'b' }}  \n{{ 'c' }}\n", "ab  \nc"},
	} {
		got, err := render(t, c.src, map[string]any{"messages": msgs})
		require.NoError(t, err, c.src)
		require.Equal(t, c.want, got, c.src)
	}
}

// TestChatErrors checks that what the subset does not render fails with a
// typed error naming the construct and its position.
func TestChatErrors(t *testing.T) {
	for _, c := range []struct {
		src       string
		sentinel  error
		construct string
		pos       Pos
	}{
		{"{% macro f() %}{% endmacro %}", ErrUnsupported, "statement macro", Pos{1, 4}},
		{"ab\n{{ x | wordcount }}", ErrUnsupported, "filter wordcount", Pos{2, 8}},
		{"{{ 1.5 }}", ErrUnsupported, "float literal", Pos{1, 4}},
		{"{{ 3 / 2 }}", ErrUnsupported, "operator /", Pos{1, 6}},
		{"{{ 'ß' | upper }}", ErrUnsupported, "filter upper", Pos{1, 11}},
		{"{{ x is odd }}", ErrType, "test odd", Pos{1, 6}},
		{"{{ cycler() }}", ErrUnsupported, "function cycler", Pos{1, 10}},
		{"{% if x %}", ErrSyntax, "block", Pos{1, 11}},
		{"{{ 'a' + 1 }}", ErrType, "operator +", Pos{1, 8}},
		{"{{ x.y }}", ErrType, "attribute y", Pos{1, 5}},
		{"{{ raise_exception('no system role') }}", ErrRaised, "raise_exception", Pos{1, 19}},
		{"{% set x %}a{% endset %}", ErrUnsupported, "statement set", Pos{1, 4}},
		{"{{ a < b < c }}", ErrUnsupported, "chained comparison", Pos{1, 10}},
		{"{{ 'x' * 3 }}", ErrType, "operator *", Pos{1, 8}},
		{"{{ strftime_now('%Q') }}", ErrUnsupported, "strftime_now", Pos{1, 16}},
		{"{{ 9223372036854775807 + 1 }}", ErrLimit, "operator +", Pos{1, 24}},
	} {
		_, err := render(t, c.src, map[string]any{})
		require.Error(t, err, c.src)
		require.ErrorIs(t, err, c.sentinel, c.src)
		var e *Error
		require.True(t, errors.As(err, &e), c.src)
		require.Equal(t, c.construct, e.Construct, c.src)
		require.Equal(t, c.pos, e.Pos, c.src)
		require.Contains(t, err.Error(), c.construct)
	}
	_, err := render(t, "{{ strftime_now('%d') }}", nil)
	require.NoError(t, err)
	tmpl, err := Parse("{{ strftime_now('%d') }}", Limits{})
	require.NoError(t, err)
	_, err = tmpl.Execute(nil, time.Time{})
	require.ErrorIs(t, err, ErrInput, "strftime_now without an injected date")
}

// TestChatLimits checks each bound of Limits with a template that breaks it.
func TestChatLimits(t *testing.T) {
	lim := Limits{MaxTemplate: 200, MaxDepth: 8, MaxOutput: 100, MaxSteps: 50}
	for _, c := range []struct{ src, construct string }{
		{strings.Repeat("x", 201), "template"},
		{"{{ " + strings.Repeat("(", 9) + "1" + strings.Repeat(")", 9) + " }}", "nesting"},
		{strings.Repeat("{%if 1%}", 9) + strings.Repeat("{%endif%}", 9), "nesting"},
		{"{% for i in range(20) %}0123456789{% endfor %}", "output"},
		{"{% for i in range(51) %}{% endfor %}", "range"},
		{"{% for i in range(10) %}{% for j in range(10) %}{% endfor %}{% endfor %}", "loop"},
		{"{% set s = 'abcdefghij' %}{% set s = s ~ s ~ s ~ s %}{% set s = s ~ s ~ s %}", "string"},
		{"{% set l = [1] %}{% set l = [l, l] %}{% set l = [l, l] %}{% set l = [l, l] %}{% set l = [l, l] %}{% set l = [l, l] %}{% set l = [l, l] %}{{ l == l }}", "comparison"},
		{"{% set l = ['abcdefghij'] %}{% set l = [l, l] %}{% set l = [l, l] %}{% set l = [l, l] %}{{ l | tojson }}", "filter tojson"},
		{"{{ 'ab' | replace('a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') }}", "filter replace"},
	} {
		tmpl, err := Parse(c.src, lim)
		if err == nil {
			_, err = tmpl.Execute(nil, time.Time{})
		}
		require.ErrorIs(t, err, ErrLimit, c.src)
		var e *Error
		require.True(t, errors.As(err, &e))
		require.Equal(t, c.construct, e.Construct, c.src)
	}
}

// TestChatRenderMergesSystemLikeLlamaCpp: a template that ignores a system
// message gets it merged into the first user message, as llama.cpp does;
// one that reads it gets it as is.
func TestChatRenderMergesSystemLikeLlamaCpp(t *testing.T) {
	noSystem, err := Parse("{% for m in messages %}[{{ m.role }}:{{ m.content }}]{% endfor %}{% if add_generation_prompt %}>{% endif %}", Limits{})
	require.NoError(t, err)
	require.True(t, noSystem.SupportsSystemRole())
	userOnly, err := Parse("{% for m in messages %}{% if m.role == 'system' %}{{ raise_exception('no') }}{% endif %}[{{ m.role }}:{{ m.content }}]{% endfor %}", Limits{})
	require.NoError(t, err)
	require.False(t, userOnly.SupportsSystemRole())
	in := Input{Messages: []Message{{"system", "S"}, {"user", "U"}}, AddGenerationPrompt: true}
	got, err := noSystem.Render(in)
	require.NoError(t, err)
	require.Equal(t, "[system:S][user:U]>", got)
	got, err = userOnly.Render(in)
	require.NoError(t, err)
	require.Equal(t, "[user:S\nU]", got)
	got, err = userOnly.Render(Input{Messages: []Message{{"system", "S"}}})
	require.NoError(t, err)
	require.Equal(t, "", got)
	_, err = noSystem.Render(Input{Messages: []Message{{"", "x"}}})
	require.ErrorIs(t, err, ErrInput)
	_, err = noSystem.Render(Input{Messages: []Message{{"user", "\xff"}}})
	require.ErrorIs(t, err, ErrInput)
}

// TestChatRenderDate: date_string and strftime_now come from Input.Date.
func TestChatRenderDate(t *testing.T) {
	tmpl, err := Parse("{{ date_string }}|{{ strftime_now('%Y-%m-%d') }}", Limits{})
	require.NoError(t, err)
	got, err := tmpl.Render(Input{Date: time.Date(2025, 1, 5, 23, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.Equal(t, "05 Jan 2025|2025-01-05", got)
	_, err = tmpl.Render(Input{})
	require.ErrorIs(t, err, ErrInput)
}
