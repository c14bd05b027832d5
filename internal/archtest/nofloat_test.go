package archtest

import (
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// canonicalPackages define job results: no floating point may appear in
// their non-test code (docs/arithmetic.md). Loaders that convert user
// floats live outside them and hand over raw IEEE bits.
var canonicalPackages = []string{
	"prover/canon",
	"prover/merkle",
	"prover/gguf",
	"prover/tokenizer",
	"prover/chat", // renders the prompt a job commits
	"prover/quant",
	"prover/modelgen",
	"prover/vm",
	"prover/train",
	"prover/trainvm",
	"prover/dataset",
	"internal/reexec",
}

// floatUses type-checks the non-test files of dir and returns every
// expression, declaration or literal whose type is a float or complex.
func floatUses(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		// Only the files of this build (GOOS, GOARCH, GOEXPERIMENT): make test
		// also runs this test under GOEXPERIMENT=simd to cover the SIMD kernel.
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			require.NoError(t, err)
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		files = append(files, f)
	}
	require.NotEmpty(t, files, "%s has no Go files", dir)
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	_, err = conf.Check(dir, fset, files, info)
	require.NoError(t, err, "type-checking %s", dir)

	var found []string
	isFloat := func(tp types.Type) bool {
		if tp == nil {
			return false
		}
		b, ok := tp.Underlying().(*types.Basic)
		return ok && b.Info()&(types.IsFloat|types.IsComplex) != 0
	}
	report := func(pos token.Pos, what string) {
		found = append(found, fset.Position(pos).String()+": "+what)
	}
	for expr, tv := range info.Types {
		if isFloat(tv.Type) {
			report(expr.Pos(), "float-typed expression")
		}
	}
	for id, obj := range info.Defs {
		if obj != nil && isFloat(obj.Type()) {
			report(id.Pos(), "float-typed "+id.Name)
		}
	}
	for id, obj := range info.Uses {
		if obj != nil && (obj.Pkg() != nil && obj.Pkg().Path() == "math/big" && obj.Name() == "Float") {
			report(id.Pos(), "big.Float")
		}
	}
	return found
}

func TestCanonicalPackagesHaveNoFloats(t *testing.T) {
	root := moduleRoot(t)
	for _, rel := range canonicalPackages {
		t.Run(rel, func(t *testing.T) {
			dir := filepath.Join(root, rel)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("canonical package %s is missing: %v", rel, err)
			}
			require.Empty(t, floatUses(t, dir), "floating point in canonical package %s", rel)
		})
	}
}

// TestFloatDetectorCatchesFloats guards the detector: each snippet must be flagged.
func TestFloatDetectorCatchesFloats(t *testing.T) {
	for name, src := range map[string]string{
		"declared":     "package x\nvar v float64\n",
		"conversion":   "package x\nfunc f(i int) int { return int(float32(i) * 2) }\n",
		"hidden":       "package x\nimport \"strconv\"\nfunc f(s string) bool { v, _ := strconv.ParseFloat(s, 64); return v > 0 }\n",
		"literal":      "package x\nfunc f() int { return int(1.5 * 2) }\n",
		"big.Float":    "package x\nimport \"math/big\"\nfunc f() *big.Float { return nil }\n",
		"math.Sqrt":    "package x\nimport \"math\"\nfunc f(i int) int { return int(math.Sqrt(float64(i))) }\n",
		"float64 bits": "package x\nimport \"math\"\nfunc f(b uint64) bool { return math.Float64frombits(b) > 0 }\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644))
			require.NotEmpty(t, floatUses(t, dir))
		})
	}
}
