package chat

import (
	"errors"
	"fmt"
)

var (
	// ErrSyntax is returned for a template that is not valid Jinja.
	ErrSyntax = errors.New("chat: template syntax error")
	// ErrUnsupported is returned for a Jinja construct outside the subset
	// this package renders (a statement, filter, test, method, operator or
	// value kind); the *Error names it.
	ErrUnsupported = errors.New("chat: unsupported template construct")
	// ErrType is returned when a template applies an operation to values it
	// is not defined for (e.g. "a" + 1, the attribute of none).
	ErrType = errors.New("chat: template type error")
	// ErrLimit is returned when rendering would exceed a bound of Limits
	// (output or string size, loop iterations) or a template exceeds
	// MaxTemplate or MaxDepth.
	ErrLimit = errors.New("chat: template limit exceeded")
	// ErrRaised is returned when the template calls raise_exception; the
	// *Error's Detail is the template's message.
	ErrRaised = errors.New("chat: template raised an exception")
	// ErrInput is returned for a message set the package refuses (an empty
	// role, text that is not UTF-8).
	ErrInput = errors.New("chat: invalid chat input")
	// ErrNoTemplate is returned by callers that look for a model's template
	// (the GGUF key tokenizer.chat_template) and find none.
	ErrNoTemplate = errors.New("chat: the model has no chat template (GGUF key tokenizer.chat_template)")
)

// Pos is a position in a template: a 1-based line and column (in bytes).
type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Error is a template error: it names the construct concerned and its
// position in the template, and wraps one of the package's sentinels
// (ErrSyntax, ErrUnsupported, ErrType, ErrLimit, ErrRaised, ErrInput), so
// callers test it with errors.Is.
type Error struct {
	Pos       Pos    // where in the template (zero for input errors)
	Construct string // e.g. "filter map", "statement macro", "operator /"
	Detail    string // what was found, or the limit broken
	Err       error  // the wrapped sentinel
}

func (e *Error) Error() string {
	s := e.Err.Error()
	if e.Pos.Line > 0 {
		s += " at " + e.Pos.String()
	}
	if e.Construct != "" {
		s += ": " + e.Construct
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

func errAt(p Pos, sentinel error, construct, format string, args ...any) *Error {
	return &Error{Pos: p, Construct: construct, Detail: fmt.Sprintf(format, args...), Err: sentinel}
}
