package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// demoStateRootAt3 is the state root after the first 3 steps of the demo
// model's reproduce command (models/README.md).
const demoStateRootAt3 = "0x0be4b8a97b59210a45edef3aecdd24f448340adf818da8ad775107352b88b524"

func readDemoReadme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../models/README.md")
	require.NoError(t, err)
	return string(b)
}

// TestDemoModelReproduces runs the exact command models/README.md gives for
// the demo model, stops it after its third step and checks the state root of
// the checkpoint written there. Only --checkpoint, --checkpoint-every and
// --log-every are added, which never change results.
func TestDemoModelReproduces(t *testing.T) {
	readme := readDemoReadme(t)
	cmd := regexp.MustCompile(`(?m)^airollup (model train models/demo\.gguf .*)$`).FindStringSubmatch(readme)
	require.NotNil(t, cmd, "models/README.md gives the reproduce command")
	dir := t.TempDir()
	args := strings.Fields(strings.ReplaceAll(cmd[1], "models/demo.gguf", filepath.Join(dir, "demo.gguf")))
	ckpt := filepath.Join(dir, "demo.ckpt")
	args = append(args, "--checkpoint", ckpt, "--checkpoint-every", "3", "--log-every", "1")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelAfter{want: "\nstep 3/", cancel: cancel}
	app := newApp()
	app.Writer, app.ErrWriter = w, w
	err := app.RunContext(ctx, hoistFlags(app, append([]string{"airollup"}, args...)))
	require.ErrorIs(t, err, context.Canceled, w.buf.String())
	cp, err := os.ReadFile(ckpt)
	require.NoError(t, err)
	require.Equal(t, demoStateRootAt3, "0x"+hex.EncodeToString(cp[len(cp)-32:]), "the checkpoint ends with its state root")
}

// TestDemoModelFile: models/demo.gguf has the sha256 and model root
// models/README.md states, and `model eval` reproduces its canonical score.
func TestDemoModelFile(t *testing.T) {
	readme := readDemoReadme(t)
	b, err := os.ReadFile("../../models/demo.gguf")
	require.NoError(t, err)
	sum := sha256.Sum256(b)
	require.Contains(t, readme, "sha256: `"+hex.EncodeToString(sum[:])+"`")

	out, err := runApp(t, "model", "info", "../../models/demo.gguf")
	require.NoError(t, err, out)
	root := regexp.MustCompile(`model root: ` + "`" + `(0x[0-9a-f]{64})` + "`").FindStringSubmatch(readme)
	require.NotNil(t, root, "models/README.md states the model root")
	require.Contains(t, out, root[1])

	eval := regexp.MustCompile(`(?m)^airollup (model eval models/demo\.gguf .*)$`).FindStringSubmatch(readme)
	require.NotNil(t, eval, "models/README.md gives the eval command")
	args := append(strings.Fields(strings.ReplaceAll(eval[1], "models/demo.gguf", "../../models/demo.gguf")), "--llamacpp=false")
	out, err = runApp(t, args...)
	require.NoError(t, err, out)
	score := regexp.MustCompile(`(?m)^canonical: \d+/\d+ exact .*$`).FindString(out)
	require.NotEmpty(t, score, out)
	require.Contains(t, readme, "\n"+score+"\n", "the canonical score models/README.md reports")
}
