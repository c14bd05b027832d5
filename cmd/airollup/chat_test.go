package main

import (
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/chat"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
)

// runAppSplit runs the app with separate stdout and stderr.
func runAppSplit(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	app := newApp()
	var stdout, stderr lockedBuffer
	app.Writer, app.ErrWriter = &stdout, &stderr
	prev := log.Root()
	defer log.SetDefault(prev)
	err := app.RunContext(context.Background(), hoistFlags(app, append([]string{"airollup"}, args...)))
	return stdout.String(), stderr.String(), err
}

const testChatTemplate = "{{ bos_token }}{% for m in messages %}<|{{ m.role }}|>{{ m.content | trim }}\n{% endfor %}" +
	"{% if date_string is defined %}[{{ date_string }}]{% endif %}{% if add_generation_prompt %}<|assistant|>{% endif %}"

// chatModels writes the tiny model twice: as generated (no chat template)
// and with testChatTemplate in tokenizer.chat_template.
func chatModels(t *testing.T) (plain, withTemplate string) {
	t.Helper()
	dir := t.TempDir()
	plain, withTemplate = filepath.Join(dir, "plain.gguf"), filepath.Join(dir, "chat.gguf")
	require.NoError(t, llama.Generate(plain, modelgen.Tiny))
	f, err := gguf.Open(plain)
	require.NoError(t, err)
	defer f.Close()
	w, err := gguf.NewWriterFrom(f)
	require.NoError(t, err)
	w.SetKV(llama.KeyChatTemplate, gguf.StringValue(testChatTemplate))
	require.NoError(t, w.WriteFile(withTemplate))
	return plain, withTemplate
}

// TestChatTemplateCommand: model chat-template prints the rendered prompt
// and, with --ids, the job input it tokenizes to: the rendered text with
// its special tokens parsed and exactly one BOS.
func TestChatTemplateCommand(t *testing.T) {
	plain, withTemplate := chatModels(t)
	l, err := llama.Load(withTemplate)
	require.NoError(t, err)
	defer l.Close()
	bos := l.Vocab.Tokens[l.Tokenizer.BOS()]

	out, errOut, err := runAppSplit(t, "model", "chat-template", withTemplate, "--system", "Be brief.", "--user", " What is 2+2? ", "--date", "2024-07-26", "--ids")
	require.NoError(t, err)
	want := bos + "<|system|>Be brief.\n<|user|>What is 2+2?\n[26 Jul 2024]<|assistant|>"
	require.Equal(t, want, out)
	input, err := hex.DecodeString(strings.TrimPrefix(strings.SplitN(errOut, "\n", 2)[0], "0x"))
	require.NoError(t, err)
	ids, err := canon.ParseTokenBytes(input, l.Model.Vocab)
	require.NoError(t, err)
	require.Equal(t, l.Tokenizer.Tokenize(strings.TrimPrefix(want, bos), true, true), ids)
	require.Equal(t, l.Tokenizer.BOS(), ids[0])
	require.NotEqual(t, l.Tokenizer.BOS(), ids[1], "one BOS: the template's own BOS text is not tokenized twice")

	// A messages file renders the same conversation the same way.
	msgs := filepath.Join(t.TempDir(), "chat.json")
	require.NoError(t, os.WriteFile(msgs, []byte(`[{"role": "system", "content": "Be brief."}, {"role": "user", "content": " What is 2+2? "}]`), 0o600))
	out2, _, err := runAppSplit(t, "model", "chat-template", "--messages", msgs, withTemplate, "--date", "2024-07-26")
	require.NoError(t, err)
	require.Equal(t, want, out2)

	// --chat-template-file overrides the model's template, and serves a model without one.
	tf := filepath.Join(t.TempDir(), "t.jinja")
	require.NoError(t, os.WriteFile(tf, []byte("{% for m in messages %}{{ m.role | upper }}: {{ m.content }}\n{% endfor %}"), 0o600))
	out, _, err = runAppSplit(t, "model", "chat-template", plain, "--user", "hi", "--chat-template-file", tf)
	require.NoError(t, err)
	require.Equal(t, "USER: hi\n", out)

	// Refusals name what is wrong.
	_, _, err = runAppSplit(t, "model", "chat-template", plain, "--user", "hi")
	require.ErrorIs(t, err, chat.ErrNoTemplate)
	require.ErrorContains(t, err, "tokenizer.chat_template")
	_, _, err = runAppSplit(t, "model", "chat-template", withTemplate)
	require.ErrorContains(t, err, "--messages")
	_, _, err = runAppSplit(t, "model", "chat-template", withTemplate, "--system", "s")
	require.ErrorContains(t, err, "--system needs --user")
	require.NoError(t, os.WriteFile(msgs, []byte(`[{"role": "user", "text": "hi"}]`), 0o600))
	_, _, err = runAppSplit(t, "model", "chat-template", withTemplate, "--messages", msgs)
	require.ErrorContains(t, err, "want a JSON array")
	_, _, err = runAppSplit(t, "model", "chat-template", withTemplate, "--user", "hi", "--date", "26/07/2024")
	require.ErrorContains(t, err, "--date")
	require.NoError(t, os.WriteFile(tf, []byte("{% for m in messages %}{{ m.content | wordcount }}{% endfor %}"), 0o600))
	_, _, err = runAppSplit(t, "model", "chat-template", withTemplate, "--user", "hi", "--chat-template-file", tf)
	require.ErrorIs(t, err, chat.ErrUnsupported)
	require.ErrorContains(t, err, "filter wordcount")
}

// TestJobSubmitChat: job submit renders a chat with --model-file's template
// before it dials the sequencer; a model without one is refused by name.
func TestJobSubmitChat(t *testing.T) {
	plain, withTemplate := chatModels(t)
	key := strings.Repeat("11", 32)
	url := "http://127.0.0.1:1" // nothing listens: the prompt is built before dialing
	_, _, err := runAppSplit(t, "job", "submit", "--private-key", key, "--sequencer-url", url, "--model-file", withTemplate, "--user", "hi")
	require.ErrorContains(t, err, "read the sequencer's L2 parameters", "the chat rendered; only the sequencer is missing")
	_, _, err = runAppSplit(t, "job", "submit", "--private-key", key, "--sequencer-url", url, "--model-file", plain, "--user", "hi")
	require.ErrorIs(t, err, chat.ErrNoTemplate)
	_, _, err = runAppSplit(t, "job", "submit", "--private-key", key, "--sequencer-url", url, "--user", "hi")
	require.ErrorContains(t, err, "a chat needs --model-file")
	_, _, err = runAppSplit(t, "job", "submit", "--private-key", key, "--sequencer-url", url, "--model-file", withTemplate, "--user", "hi", "-p", "x")
	require.ErrorContains(t, err, "give one of --prompt, --tokens and a chat")
	f := filepath.Join(t.TempDir(), "empty.json")
	require.NoError(t, os.WriteFile(f, []byte("[]"), 0o600))
	_, _, err = runAppSplit(t, "job", "submit", "--private-key", key, "--sequencer-url", url, "--model-file", withTemplate, "--chat", f)
	require.ErrorContains(t, err, "no messages")
}
