// Package chat renders the chat templates that instruct models carry in the
// GGUF key tokenizer.chat_template: a deterministic Go interpreter for the
// subset of Jinja2 those templates use (the Llama 2 and Llama 3.x, ChatML
// (SmolLM, Qwen2, TinyLlama), Mistral/Mixtral, Zephyr, Gemma, Phi-3,
// Vicuna/Alpaca and DeepSeek families), configured as transformers
// configures Jinja for them (trim_blocks, lstrip_blocks).
//
// The subset: {{ }}, {% if/elif/else %}, {% for %} (with an "if" filter,
// else, tuple unpacking, loop.index0/index/revindex/first/last/length,
// break/continue), {% set %} (names and namespace() attributes), comments,
// whitespace control ({%- -%}, {{- -}}); literals (strings, integers,
// lists, mappings), ~ and +, integer - * // %, comparisons, and/or/not, in,
// subscripts and slices (messages[1:], [::-1]), the conditional
// expression; the filters trim, length, upper, lower, capitalize, title,
// tojson, default, first, last, join, replace, string, list, items, safe,
// selectattr/rejectattr (an attribute, optionally a test) and
// map(attribute=…); the tests
// defined, undefined, none, string, number, boolean, mapping, sequence,
// iterable, true, false, odd, even, divisibleby, eq; the string methods
// strip/lstrip/rstrip, startswith/endswith, split, replace, upper/lower,
// capitalize/title and
// the mapping methods items/keys/values/get; the functions raise_exception,
// range, namespace and strftime_now (formatting a date the caller injects,
// so a render is a pure function of its input). Strings are measured,
// indexed and sliced by codepoint and stripped of Python's whitespace, as
// in Python; values print as Python's str() does.
//
// Anything else fails with an *Error naming the construct and its position
// (ErrUnsupported): statements such as macro or block at parse time;
// filters, tests, methods and functions when rendering reaches them (so a
// template whose tool branches use unsupported filters still renders plain
// messages). Floats are refused (ErrUnsupported), changing the case of
// non-ASCII text too (Python, JavaScript and Go disagree on it). Rendering
// is bounded by Limits: output size, string size and loop iterations
// (ErrLimit).
//
// Where implementations disagree, the package follows Python's Jinja2 as
// transformers configures it (the reference chat templates are written
// for): strip/lstrip/rstrip honour their chars argument (@huggingface/jinja
// ignores it), values print as Python's str(), strings are measured by
// codepoint, trim removes Python's whitespace.
//
// Template.Render follows llama.cpp's common_chat_templates_apply for
// plain messages, including its merging of a leading system message into
// the next one for templates that ignore system messages; Template.Execute
// renders with the given variables only. Tests check byte-identical output
// against the expected outputs of llama.cpp's tests/test-chat-template.cpp
// (testdata/llamacpp_cases.json), against Python's Jinja2 on real model
// templates (testdata/templates, testdata/jinja2_golden.json) and,
// differentially, against @huggingface/jinja (tools/llamacpp/chat-template.mjs).
//
// The package does no I/O.
//
// # Import rules
//
// chat is a pure leaf: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - github.com/ethereum/go-ethereum
//   - net
//   - os/exec
package chat
