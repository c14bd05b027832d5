package chat

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// FuzzChatTemplate parses and renders arbitrary templates (seeded with the
// real ones and llama.cpp's cases): it must never panic, every failure must
// be a typed *Error wrapping a sentinel, the limits must hold, and a render
// must be deterministic.
func FuzzChatTemplate(f *testing.F) {
	files, _ := filepath.Glob("testdata/templates/*.jinja")
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(string(b))
	}
	for _, c := range loadLlamacppCases(f).Cases {
		f.Add(c.Template)
	}
	f.Add("{% for i in range(100) %}{% set ns.x = i %}{{ i | tojson }}{% endfor %}")
	f.Add("{{ [1, [2, {'a': 'b'}]][1][1].a ~ 'x'[0:1] }}{%- if a is not defined -%}{{ 'y' * 2 }}{% endif %}")
	lim := Limits{MaxOutput: 1 << 16, MaxSteps: 1 << 12, MaxDepth: 32}
	msgs := []Message{{"system", "S"}, {"user", "héllo"}, {"assistant", " a "}, {"user", "u"}}
	f.Fuzz(func(t *testing.T, src string) {
		tmpl, err := Parse(src, lim)
		if err != nil {
			checkTyped(t, err)
			return
		}
		in := Input{Messages: msgs, BOS: "<s>", EOS: "</s>", AddGenerationPrompt: true, Date: time.Date(2024, 7, 26, 0, 0, 0, 0, time.UTC)}
		out, err := tmpl.Render(in)
		if err != nil {
			checkTyped(t, err)
			return
		}
		if len(out) > lim.MaxOutput {
			t.Fatalf("output of %d bytes exceeds MaxOutput", len(out))
		}
		again, err := tmpl.Render(in)
		if err != nil || again != out {
			t.Fatalf("render is not deterministic: %v", err)
		}
	})
}

func checkTyped(t *testing.T, err error) {
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("untyped error %T: %v", err, err)
	}
	for _, s := range []error{ErrSyntax, ErrUnsupported, ErrType, ErrLimit, ErrRaised, ErrInput} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error wraps no sentinel: %v", err)
}
