package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/chat"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

// chatFlags are the flags that give a conversation to render with the
// model's chat template: a JSON file of messages, or a system and a user
// message, and the date the template may show. messagesName is the name of
// the file flag ("chat" for job submit, "messages" for model chat-template;
// each takes the other as an alias).
func chatFlags(prefix, messagesName string) []cli.Flag {
	alias := "messages"
	if messagesName == "messages" {
		alias = "chat"
	}
	return []cli.Flag{
		&cli.StringFlag{Name: messagesName, Aliases: []string{alias}, Usage: `JSON file of chat messages, [{"role": "system"|"user"|"assistant", "content": "…"}, …], rendered with the model's tokenizer.chat_template`,
			EnvVars: envs(prefix, messagesName)},
		&cli.StringFlag{Name: "system", Usage: "a system message (with --user: a one-turn chat, instead of a messages file)", EnvVars: envs(prefix, "system")},
		&cli.StringFlag{Name: "user", Usage: "a user message, rendered with the model's chat template", EnvVars: envs(prefix, "user")},
		&cli.StringFlag{Name: "date", Usage: "the date (YYYY-MM-DD) templates show (date_string, strftime_now); default: today, UTC", EnvVars: envs(prefix, "date")},
		&cli.StringFlag{Name: "chat-template-file", Usage: "a Jinja chat template to use instead of the model's tokenizer.chat_template", EnvVars: envs(prefix, "chat-template-file")},
	}
}

// chatGiven reports whether the command was given a conversation.
func chatGiven(ctx *cli.Context, messagesName string) bool {
	return ctx.IsSet(messagesName) || ctx.IsSet("system") || ctx.IsSet("user")
}

// chatMessages reads the conversation from the messages file, or from
// --system and --user.
func chatMessages(ctx *cli.Context, messagesName string) ([]chat.Message, error) {
	if f := ctx.String(messagesName); f != "" {
		if ctx.IsSet("system") || ctx.IsSet("user") {
			return nil, fmt.Errorf("give --%s or --system/--user, not both", messagesName)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", messagesName, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		var msgs []chat.Message
		if err := dec.Decode(&msgs); err != nil {
			return nil, fmt.Errorf("--%s %s: want a JSON array of {\"role\", \"content\"}: %w", messagesName, f, err)
		}
		if len(msgs) == 0 {
			return nil, fmt.Errorf("--%s %s: no messages", messagesName, f)
		}
		return msgs, nil
	}
	if !ctx.IsSet("user") {
		return nil, errors.New("--system needs --user")
	}
	var msgs []chat.Message
	if ctx.IsSet("system") {
		msgs = append(msgs, chat.Message{Role: "system", Content: ctx.String("system")})
	}
	return append(msgs, chat.Message{Role: "user", Content: ctx.String("user")}), nil
}

// chatDate is --date, or today (UTC).
func chatDate(ctx *cli.Context) (time.Time, error) {
	s := ctx.String("date")
	if s == "" {
		y, m, d := time.Now().UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--date %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

// chatPrompt is a conversation rendered for a model.
type chatPrompt struct {
	Text string  // the template's output, as rendered
	IDs  []int32 // the job input: Text tokenized (see renderChat)
}

// renderChat renders the conversation of the command's flags with the
// model's chat template (or --chat-template-file), as llama.cpp does for a
// chat: bos_token and eos_token are the texts of the model's BOS and EOS
// tokens, add_generation_prompt is true, a system message is merged into the
// first user message for templates that ignore it. The output is tokenized
// with special tokens parsed, with BOS added when the vocabulary adds it,
// after removing one leading BOS text the template wrote itself (and one
// trailing EOS text when the vocabulary adds EOS), as llama.cpp does, so
// that the prompt starts with exactly one BOS.
func renderChat(ctx *cli.Context, l *llama.Loaded, messagesName string) (chatPrompt, error) {
	msgs, err := chatMessages(ctx, messagesName)
	if err != nil {
		return chatPrompt{}, err
	}
	date, err := chatDate(ctx)
	if err != nil {
		return chatPrompt{}, err
	}
	src, err := l.File.GetString(llama.KeyChatTemplate)
	if f := ctx.String("chat-template-file"); f != "" {
		b, rerr := os.ReadFile(f)
		if rerr != nil {
			return chatPrompt{}, fmt.Errorf("--chat-template-file: %w", rerr)
		}
		src, err = string(b), nil
	}
	if err != nil || src == "" {
		return chatPrompt{}, fmt.Errorf("%w; import the model from a GGUF that has one, or give --chat-template-file", chat.ErrNoTemplate)
	}
	tmpl, err := chat.Parse(src, chat.Limits{})
	if err != nil {
		return chatPrompt{}, fmt.Errorf("%s: %w", llama.KeyChatTemplate, err)
	}
	special := func(id int32) string {
		if id < 0 || int(id) >= len(l.Vocab.Tokens) {
			return ""
		}
		return l.Vocab.Tokens[id]
	}
	bos, eos := special(l.Tokenizer.BOS()), special(l.Tokenizer.EOS())
	text, err := tmpl.Render(chat.Input{Messages: msgs, BOS: bos, EOS: eos, AddGenerationPrompt: true, Date: date})
	if err != nil {
		return chatPrompt{}, fmt.Errorf("render %s: %w", llama.KeyChatTemplate, err)
	}
	tok := text
	if l.Vocab.AddBOS && bos != "" {
		tok = strings.TrimPrefix(tok, bos)
	}
	if l.Vocab.AddEOS && eos != "" {
		tok = strings.TrimSuffix(tok, eos)
	}
	ids := l.Tokenizer.Tokenize(tok, true, true)
	if len(ids) == 0 {
		return chatPrompt{}, canon.ErrEmptyPrompt
	}
	return chatPrompt{Text: text, IDs: ids}, nil
}

func modelChatTemplateCommand() *cli.Command {
	return &cli.Command{
		Name:      "chat-template",
		Usage:     "Render chat messages with a model's tokenizer.chat_template and print the prompt a chat job commits",
		ArgsUsage: "FILE.gguf",
		Description: "Prints the rendered prompt on stdout (add_generation_prompt on, the model's BOS and EOS texts); with --ids, " +
			"the job input it tokenizes to (hex, as model tokenize prints it) and the token ids on stderr.",
		Flags: append(chatFlags("model_chat_template", "messages"),
			&cli.BoolFlag{Name: "ids", Usage: "also print the job input and its token ids to stderr", EnvVars: envs("model_chat_template", "ids")},
			memoryBudgetFlag("model_chat_template")),
		Action: func(ctx *cli.Context) error {
			if ctx.NArg() != 1 {
				return fmt.Errorf("model chat-template: want exactly one model path, got %d arguments", ctx.NArg())
			}
			if !chatGiven(ctx, "messages") {
				return errors.New("model chat-template: give --messages FILE.json, or --user (and --system)")
			}
			l, err := loadModel(ctx, ctx.Args().First())
			if err != nil {
				return fmt.Errorf("model chat-template: %w", err)
			}
			defer l.Close()
			p, err := renderChat(ctx, l, "messages")
			if err != nil {
				return fmt.Errorf("model chat-template: %w", err)
			}
			fmt.Fprint(ctx.App.Writer, p.Text)
			if ctx.Bool("ids") {
				input := canon.TokenBytes(p.IDs)
				fmt.Fprintf(ctx.App.ErrWriter, "0x%s\n", hex.EncodeToString(input))
				for _, id := range p.IDs {
					fmt.Fprintln(ctx.App.ErrWriter, id)
				}
				fmt.Fprintf(ctx.App.ErrWriter, "%d tokens; input hash %s\n", len(p.IDs), hexHash(merkle.Keccak(input)))
			}
			return nil
		},
	}
}
