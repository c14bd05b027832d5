package main

import (
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// level is one command on the path an argument list selects: the app itself
// (cmd nil) or a (sub)command, with the flags written for it.
type level struct {
	cmd   *cli.Command
	flags []cli.Flag
	subs  []*cli.Command
	args  []string // the flags given at this level, with their values
}

// hoistFlags reorders args (args[0] is the program name) so that every flag
// reaches the command that defines it, wherever the user wrote it. urfave/cli
// stops reading flags at the first positional argument and reads a flag only
// at the level it is defined, so without this `airollup model import IN --out
// X` and `airollup model run M --log.level debug` fail. Flags move, in their
// order, to just after the name of the command that defines them; positional
// arguments keep their order after the last command. A flag no command on the
// path defines stays where it was written, so that urfave/cli reports it. After
// "--" nothing is moved.
func hoistFlags(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	path := []*level{{flags: app.Flags, subs: app.Commands}}
	var positional []string
	for i := 1; i < len(args); i++ {
		tok := args[i]
		cur := path[len(path)-1]
		switch {
		case tok == "--":
			positional = append(positional, args[i:]...)
			i = len(args)
		case len(tok) > 1 && tok[0] == '-':
			name, hasValue := flagName(tok)
			at, f := definedAt(path, name)
			if f == nil {
				cur.args = append(cur.args, tok)
				continue
			}
			at.args = append(at.args, tok)
			if !hasValue && takesValue(f) && i+1 < len(args) {
				i++
				at.args = append(at.args, args[i])
			}
		default:
			if len(positional) == 0 {
				if sub := subcommandOf(cur, tok); sub != nil {
					path = append(path, &level{cmd: sub, flags: sub.Flags, subs: sub.Subcommands})
					continue
				}
			}
			positional = append(positional, tok)
		}
	}
	out := []string{args[0]}
	for _, l := range path {
		if l.cmd != nil {
			out = append(out, l.cmd.Name)
		}
		out = append(out, l.args...)
	}
	return append(out, positional...)
}

// flagName returns the name of the flag token tok ("-x", "--name",
// "--name=value") and whether the token carries its value.
func flagName(tok string) (string, bool) {
	name := strings.TrimLeft(tok, "-")
	if k := strings.IndexByte(name, '='); k >= 0 {
		return name[:k], true
	}
	return name, false
}

// definedAt finds the innermost level on path that defines the flag name.
func definedAt(path []*level, name string) (*level, cli.Flag) {
	for i := len(path) - 1; i >= 0; i-- {
		for _, f := range path[i].flags {
			if slices.Contains(f.Names(), name) {
				return path[i], f
			}
		}
	}
	return nil, nil
}

// takesValue reports whether f reads the next argument as its value (every
// flag but booleans).
func takesValue(f cli.Flag) bool {
	if v, ok := f.(cli.DocGenerationFlag); ok {
		return v.TakesValue()
	}
	return true
}

// subcommandOf returns the subcommand of l named (or aliased) name.
func subcommandOf(l *level, name string) *cli.Command {
	for _, c := range l.subs {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}
