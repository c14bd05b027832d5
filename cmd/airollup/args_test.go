package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestHoistFlags(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     string
		expected string
	}{
		{"flags already first", "model import --out x.gguf in.gguf", "model import --out x.gguf in.gguf"},
		{"flag after the path", "model import in.gguf --out x.gguf", "model import --out x.gguf in.gguf"},
		{"alias with equals after the path", "model import in.gguf -o=x.gguf", "model import -o=x.gguf in.gguf"},
		{"app flag after the subcommand", "model run m.gguf --log.level debug -n 3", "--log.level debug model run -n 3 m.gguf"},
		{"app flag between commands", "model --log.format json info m.gguf", "--log.format json model info m.gguf"},
		{"boolean flags take no value", "model run m.gguf --trace --prompt hi", "model run --trace --prompt hi m.gguf"},
		{"boolean with an explicit value", "model run m.gguf --stop-at-eos=false", "model run --stop-at-eos=false m.gguf"},
		{"unknown flag stays for cli to report", "model info m.gguf --bogus", "model info --bogus m.gguf"},
		{"nothing moves after --", "model run --prompt a -- m.gguf --trace", "model run --prompt a -- m.gguf --trace"},
		{"a word after a positional is not a subcommand", "model info run", "model info run"},
		{"unknown command keeps its arguments", "help model", "help model"},
		{"flag value that looks like a command", "model run --prompt info m.gguf", "model run --prompt info m.gguf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := hoistFlags(newApp(), append([]string{"airollup"}, strings.Fields(tc.args)...))
			require.Equal(t, append([]string{"airollup"}, strings.Fields(tc.expected)...), got)
		})
	}
}

// TestFlagsAnywhere: the CLI reads a flag wherever it is written, the log
// flags included, and the model commands log through them.
func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/tiny.gguf"
	_, err := runApp(t, "model", "gen", path, "--preset", "tiny", "--seed", "3")
	require.NoError(t, err)

	out, err := runApp(t, "model", "info", path)
	require.NoError(t, err)
	require.NotContains(t, out, "Loaded model", "debug logs are off by default")
	out, err = runApp(t, "model", "info", path, "--log.level", "debug")
	require.NoError(t, err)
	require.Contains(t, out, "Loaded model")
	require.Contains(t, out, "layers=2")

	_, err = runApp(t, "model", "run", path, "--log.level", "loud")
	require.ErrorContains(t, err, "log.level")
	_, err = runApp(t, "model", "info", path, "--bogus")
	require.ErrorContains(t, err, "flag provided but not defined: -bogus")
}
