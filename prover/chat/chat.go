package chat

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Limits bound parsing and rendering. A zero field takes its value from
// DefaultLimits.
type Limits struct {
	MaxTemplate int // bytes of template source
	MaxDepth    int // nesting of statements, brackets and expressions
	MaxOutput   int // bytes of output, and of any string built while rendering
	MaxSteps    int // loop iterations (and range / list sizes) per render
}

// DefaultLimits are generous for real chat templates (the largest known are
// a few KiB and render a few KiB per message).
var DefaultLimits = Limits{MaxTemplate: 1 << 20, MaxDepth: 64, MaxOutput: 4 << 20, MaxSteps: 1 << 16}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxTemplate > 0 {
		d.MaxTemplate = l.MaxTemplate
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxOutput > 0 {
		d.MaxOutput = l.MaxOutput
	}
	if l.MaxSteps > 0 {
		d.MaxSteps = l.MaxSteps
	}
	return d
}

// Template is a parsed chat template. It is immutable and safe for
// concurrent use.
type Template struct {
	body []node
	lim  Limits
}

// Parse parses a chat template (the GGUF key tokenizer.chat_template). A
// statement outside the subset fails here (ErrUnsupported); a filter, test,
// method or function outside it fails when rendering reaches it.
func Parse(src string, lim Limits) (*Template, error) {
	lim = lim.withDefaults()
	if len(src) > lim.MaxTemplate {
		return nil, &Error{Construct: "template", Detail: fmt.Sprintf("%d bytes exceed MaxTemplate = %d", len(src), lim.MaxTemplate), Err: ErrLimit}
	}
	if !utf8.ValidString(src) {
		return nil, &Error{Construct: "template", Detail: "not valid UTF-8", Err: ErrSyntax}
	}
	// Jinja's keep_trailing_newline=False: one trailing newline is dropped.
	if strings.HasSuffix(src, "\r\n") {
		src = src[:len(src)-2]
	} else if strings.HasSuffix(src, "\n") {
		src = src[:len(src)-1]
	}
	lx := newLexer(src)
	if err := lx.lex(src, lim.MaxDepth); err != nil {
		return nil, err
	}
	p := &parser{lx: lx, toks: lx.toks, maxDepth: lim.MaxDepth}
	body, _, err := p.parseBody()
	if err != nil {
		return nil, err
	}
	return &Template{body: body, lim: lim}, nil
}

// Input is what Render renders a template with.
type Input struct {
	Messages            []Message
	BOS, EOS            string // the values of bos_token and eos_token
	AddGenerationPrompt bool
	// Date is the date strftime_now formats and date_string ("%d %b %Y")
	// shows, as given (no time zone conversion): the caller injects it so
	// that rendering is a pure function of its input. Zero: date_string is
	// undefined and strftime_now fails with ErrInput.
	Date time.Time
}

// Render renders the template as llama.cpp's common_chat_templates_apply
// does for plain messages (no tools): the variables messages, bos_token,
// eos_token, add_generation_prompt (defined only when true) and
// date_string; and, when the template ignores a system message (see
// SupportsSystemRole), a leading system message is merged into the next
// message as "system\ncontent" (or dropped when alone), as llama.cpp does.
func (t *Template) Render(in Input) (string, error) {
	if err := checkMessages(in.Messages); err != nil {
		return "", err
	}
	msgs := in.Messages
	if len(msgs) > 0 && msgs[0].Role == "system" && !t.SupportsSystemRole() {
		if len(msgs) > 1 {
			merged := msgs[1]
			merged.Content = msgs[0].Content + "\n" + msgs[1].Content
			msgs = append([]Message{merged}, msgs[2:]...)
		} else {
			msgs = nil
		}
	}
	vars := map[string]any{"messages": msgs, "bos_token": in.BOS, "eos_token": in.EOS}
	if in.AddGenerationPrompt {
		vars["add_generation_prompt"] = true
	}
	if !in.Date.IsZero() {
		vars["date_string"] = fmt.Sprintf("%02d %s %04d", in.Date.Day(), monthNames[in.Date.Month()-1][:3], in.Date.Year())
	}
	return t.execute(vars, in.Date, nil)
}

func checkMessages(msgs []Message) error {
	for i, m := range msgs {
		switch {
		case m.Role == "":
			return &Error{Construct: fmt.Sprintf("messages[%d].role", i), Detail: "empty", Err: ErrInput}
		case !utf8.ValidString(m.Role) || !utf8.ValidString(m.Content):
			return &Error{Construct: fmt.Sprintf("messages[%d]", i), Detail: "not valid UTF-8", Err: ErrInput}
		}
	}
	return nil
}

// SupportsSystemRole reports whether the template reads the content of a
// leading system message, rendering [system, user] as llama.cpp's
// capability probe does (a template that fails on it does not support it).
func (t *Template) SupportsSystemRole() bool {
	reads := map[string]bool{}
	vars := map[string]any{"messages": []Message{{"system", "System message"}, {"user", "User message"}},
		"bos_token": "", "eos_token": ""}
	_, _ = t.execute(vars, time.Date(2024, 7, 26, 0, 0, 0, 0, time.UTC), reads)
	return reads["content"]
}

// Execute renders the template with the given variables (strings, ints,
// bools, nil, []Message, []any, map[string]any; maps are ordered by key),
// without Render's llama.cpp conventions.
func (t *Template) Execute(vars map[string]any, date time.Time) (string, error) {
	return t.execute(vars, date, nil)
}

func (t *Template) execute(vars map[string]any, date time.Time, firstReads map[string]bool) (string, error) {
	global := map[string]value{}
	for k, v := range vars {
		cv, err := convert(v, k)
		if err != nil {
			return "", err
		}
		global[k] = cv
	}
	if firstReads != nil {
		if l, ok := global["messages"].([]value); ok && len(l) > 0 {
			if d, ok := l[0].(*dict); ok {
				d.reads = firstReads
			}
		}
	}
	r := &renderer{lim: t.lim, scopes: []map[string]value{global}, date: date}
	if err := r.exec(t.body); err != nil {
		return "", err
	}
	return r.out.String(), nil
}

func convert(v any, path string) (value, error) {
	switch v := v.(type) {
	case nil, bool, string, int64:
		return v, nil
	case int:
		return int64(v), nil
	case []Message:
		out := make([]value, len(v))
		for i, m := range v {
			d := newDict()
			d.set("role", m.Role)
			d.set("content", m.Content)
			out[i] = d
		}
		return out, nil
	case []any:
		out := make([]value, len(v))
		for i, x := range v {
			c, err := convert(x, fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case map[string]any:
		d := newDict()
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			c, err := convert(v[k], path+"."+k)
			if err != nil {
				return nil, err
			}
			d.set(k, c)
		}
		return d, nil
	}
	return nil, &Error{Construct: path, Detail: fmt.Sprintf("unsupported Go type %T", v), Err: ErrInput}
}
