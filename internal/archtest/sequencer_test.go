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

// sequencerLayers pins the sequencer's layering beyond what each doc.go
// lists, so that a rule line deleted from a doc.go cannot let it slip: the
// lease scheduler is pure (no storage, no L1, no network), the store knows
// neither L1 nor dispatch, the inbox follower does not dispatch, and the
// explorer only reads.
var sequencerLayers = map[string][]string{
	module + "/sequencer/lease": {"github.com/cockroachdb/pebble", "github.com/ethereum/go-ethereum", "net", module + "/sequencer/store"},
	module + "/sequencer/store": {module + "/sequencer/inbox", module + "/sequencer/lease", module + "/bindings", "github.com/ethereum/go-ethereum/ethclient"},
	module + "/sequencer/inbox": {module + "/sequencer/lease"},
	// The explorer only reads: the store and L1 (games through the bindings), no dispatch, no transactions.
	module + "/sequencer/explorer": {module + "/sequencer/inbox", module + "/sequencer/lease", module + "/fraud",
		"github.com/ethereum-optimism/optimism/op-service/txmgr"},
}

func TestSequencerLayers(t *testing.T) {
	cmd := exec.Command("go", "list", "-json=ImportPath,Deps", module+"/sequencer/...")
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
		rules, ok := sequencerLayers[p.ImportPath]
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
	for pkg := range sequencerLayers {
		require.True(t, seen[pkg], "%s is gone: update sequencerLayers", pkg)
	}
}
