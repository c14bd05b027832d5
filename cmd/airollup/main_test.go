package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func runApp(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	app.ErrWriter = &out
	err := app.RunContext(context.Background(), append([]string{"airollup"}, args...))
	return out.String(), err
}

func TestHelpListsSubcommands(t *testing.T) {
	out, err := runApp(t, "--help")
	require.NoError(t, err)
	for _, name := range []string{"devnet", "sequencer", "worker", "challenger", "model", "dataset", "job"} {
		require.Contains(t, out, name, "help must list the %s subcommand", name)
	}
	require.Contains(t, out, "--log.level")
}

func TestSubcommandHelpWorks(t *testing.T) {
	for _, sc := range subcommands {
		t.Run(sc.name, func(t *testing.T) {
			out, err := runApp(t, sc.name, "--help")
			require.NoError(t, err)
			require.Contains(t, out, sc.usage)
		})
	}
}

func TestUnimplementedSubcommandsFail(t *testing.T) {
	for _, sc := range subcommands {
		t.Run(sc.name, func(t *testing.T) {
			_, err := runApp(t, sc.name)
			require.ErrorIs(t, err, ErrNotImplemented)
			require.True(t, strings.HasPrefix(err.Error(), sc.name+":"), "error names the command: %v", err)
		})
	}
}

func TestVersion(t *testing.T) {
	out, err := runApp(t, "--version")
	require.NoError(t, err)
	require.Contains(t, out, "airollup version v")
}

func TestBadLogLevelRejected(t *testing.T) {
	_, err := runApp(t, "--log.level", "loud", "model")
	require.Error(t, err)
	require.Contains(t, err.Error(), "log.level")
}
