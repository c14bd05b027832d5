package archtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/require"
)

// sharedCheckLayers pins what the re-execution check shared by the sequencer
// and the challenger may reach, beyond what each doc.go lists: internal/reexec
// is neutral (no game, no sequencer, no challenger, no chain client), the
// sequencer never depends on the challenger or the game, and the challenger,
// an independent party, reaches the sequencer over its RPC only.
var sharedCheckLayers = map[string][]string{
	module + "/internal/reexec": {module + "/fraud", module + "/sequencer", module + "/challenger", module + "/worker",
		"github.com/ethereum/go-ethereum/ethclient"},
	module + "/sequencer":  {module + "/fraud", module + "/challenger"},
	module + "/challenger": {module + "/sequencer", module + "/worker"},
}

func TestSharedCheckLayers(t *testing.T) {
	var pkgs []string
	for p := range sharedCheckLayers {
		pkgs = append(pkgs, p)
	}
	cmd := exec.Command("go", append([]string{"list", "-json=ImportPath,Deps"}, pkgs...)...)
	cmd.Dir = moduleRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go list: %s", stderr.String())
	seen := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else {
			require.NoError(t, err)
		}
		rules, ok := sharedCheckLayers[p.ImportPath]
		if !ok {
			continue
		}
		seen[p.ImportPath] = true
		for _, dep := range p.Deps {
			for _, rule := range rules {
				require.False(t, matches(dep, rule), "%s depends on %s (%s is outside its layer)", p.ImportPath, dep, rule)
			}
		}
	}
	for pkg := range sharedCheckLayers {
		require.True(t, seen[pkg], "%s is gone: update sharedCheckLayers", pkg)
	}
}
