package archtest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const module = "github.com/airollup/airollup"

// goPackage is the subset of `go list -json` output the rules need.
type goPackage struct {
	Dir        string
	ImportPath string
	Name       string
	Doc        string
	GoFiles    []string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps=false", "-json", module+"/...")
	cmd.Dir = moduleRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go list: %s", stderr.String())

	var pkgs []goPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else {
			require.NoError(t, err)
		}
		pkgs = append(pkgs, p)
	}
	require.NotEmpty(t, pkgs)
	return pkgs
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "go.mod not found")
		dir = parent
	}
}

// forbiddenImports reads the "must never import" list of a doc.go: the bullet
// lines ("//   - path") that follow the sentence.
func forbiddenImports(t *testing.T, docPath string) []string {
	t.Helper()
	f, err := os.Open(docPath)
	require.NoError(t, err)
	defer f.Close()
	var (
		rules   []string
		inRules bool
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "//"))
		switch {
		case strings.Contains(line, "must never import"):
			inRules = true
		case inRules && strings.HasPrefix(line, "- "):
			rules = append(rules, strings.TrimSpace(strings.TrimPrefix(line, "- ")))
		case inRules && line != "" && !strings.HasSuffix(line, ":") && !strings.Contains(line, "enforced"):
			inRules = false
		}
	}
	require.NoError(t, sc.Err())
	return rules
}

// matches reports whether import path imp is rule or inside it. The module
// root as a rule means "any package of this module other than the importer".
func matches(imp, rule string) bool {
	return imp == rule || strings.HasPrefix(imp, rule+"/")
}

func TestEveryPackageHasDocGo(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.Name == "main" {
			require.NotEmpty(t, p.Doc, "%s: a command needs a package comment", p.ImportPath)
			continue
		}
		_, err := os.Stat(filepath.Join(p.Dir, "doc.go"))
		require.NoError(t, err, "%s has no doc.go", p.ImportPath)
		require.NotEmpty(t, p.Doc, "%s: doc.go has no package comment", p.ImportPath)
		require.NotEmpty(t, forbiddenImports(t, filepath.Join(p.Dir, "doc.go")),
			"%s: doc.go must say what the package must never import", p.ImportPath)
	}
}

func TestForbiddenImports(t *testing.T) {
	cmd := exec.Command("go", "list", "-json=ImportPath,Dir,Name,Imports,Deps", module+"/...")
	cmd.Dir = moduleRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go list: %s", stderr.String())

	dec := json.NewDecoder(bytes.NewReader(out))
	checked := 0
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else {
			require.NoError(t, err)
		}
		docPath := filepath.Join(p.Dir, "doc.go")
		if _, err := os.Stat(docPath); err != nil {
			continue // TestEveryPackageHasDocGo reports it
		}
		for _, rule := range forbiddenImports(t, docPath) {
			// "path (direct)" forbids importing path itself while allowing it as a
			// dependency of a dependency (e.g. go-ethereum's rpc under op-challenger's types).
			deps := p.Deps
			if r, ok := strings.CutSuffix(rule, " (direct)"); ok {
				rule, deps = r, p.Imports
			}
			for _, dep := range deps {
				if dep == p.ImportPath || strings.HasPrefix(dep, p.ImportPath+"/") {
					continue // a package may use its own subpackages
				}
				require.False(t, matches(dep, rule), "%s imports %s, which its doc.go forbids (%s)", p.ImportPath, dep, rule)
			}
			checked++
		}
	}
	require.Positive(t, checked, "no import rule was checked")
}

// TestRuleParser guards the parser itself: a rule list must be found, and
// prose after it must end the list.
func TestRuleParser(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.go")
	require.NoError(t, os.WriteFile(doc, []byte(`// Package x is a test.
//
// It must never import (enforced by internal/archtest):
//   - example.com/a
//   - net/http (direct)
//
// Other prose.
//   - not/a/rule
package x
`), 0o644))
	require.Equal(t, []string{"example.com/a", "net/http (direct)"}, forbiddenImports(t, doc))
	require.True(t, matches("net/http/httptest", "net/http"))
	require.False(t, matches("net/httpx", "net/http"))
}
