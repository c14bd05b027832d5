package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"
)

// TestEveryCommandHelpHasExamples walks every command and requires its
// --help to end with a non-empty EXAMPLES section whose lines run that
// command with flags it (or a parent) defines.
func TestEveryCommandHelpHasExamples(t *testing.T) {
	app := newApp()
	var paths [][]string
	var walk func(path []string, cmds []*cli.Command)
	walk = func(path []string, cmds []*cli.Command) {
		for _, c := range cmds {
			p := append(append([]string(nil), path...), c.Name)
			paths = append(paths, p)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, app.Commands)
	require.Greater(t, len(paths), 15)
	paths = append(paths, nil) // the app itself
	for _, p := range paths {
		name := strings.Join(append([]string{"airollup"}, p...), " ")
		t.Run(name, func(t *testing.T) {
			app := newApp()
			var out bytes.Buffer
			app.Writer, app.ErrWriter = &out, &out
			require.NoError(t, app.Run(append(append([]string{"airollup"}, p...), "--help")))
			help := out.String()
			k := strings.LastIndex(help, "\nEXAMPLES:\n")
			require.GreaterOrEqual(t, k, 0, "%s --help has no EXAMPLES section:\n%s", name, help)
			lines := strings.Split(strings.TrimSpace(help[k+len("\nEXAMPLES:\n"):]), "\n")
			require.NotEmpty(t, lines)
			for _, line := range lines {
				line = strings.TrimSpace(line)
				require.True(t, strings.HasPrefix(line, name), "%q does not run %s", line, name)
				checkExampleFlags(t, app, line)
			}
		})
	}
}

// checkExampleFlags requires every flag of the example's first command
// (up to a pipe or comment) to be defined on its command path.
func checkExampleFlags(t *testing.T, app *cli.App, line string) {
	t.Helper()
	for _, cut := range []string{"|", "#"} {
		if i := strings.Index(line, cut); i >= 0 {
			line = line[:i]
		}
	}
	fields := strings.Fields(line)[1:]
	path := []*level{{flags: app.Flags, subs: app.Commands}}
	for _, f := range fields {
		if strings.HasPrefix(f, "-") {
			name, _ := flagName(f)
			_, fl := definedAt(path, name)
			require.NotNil(t, fl, "%q: flag %s is not defined", line, f)
			continue
		}
		if sub := subcommandOf(path[len(path)-1], f); sub != nil {
			path = append(path, &level{cmd: sub, flags: sub.Flags, subs: sub.Subcommands})
		}
	}
}
