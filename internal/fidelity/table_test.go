package fidelity_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/airollup/airollup/internal/fidelity"
)

// The README's fidelity table is made by this package's tests: each
// fidelity test records its row, and `go test ./internal/fidelity -update`
// (make fidelity-table) rewrites the table between the README's markers
// once every row has been measured in the run.
var update = flag.Bool("update", false, "rewrite README.md's fidelity table from this run's measurements")

// tableRows are the rows of the table, in order: key, model, file.
var tableRows = [][3]string{
	{"sp-gqa", "4 × 256, GQA 8/2, SentencePiece", "Q8_0"},
	{"sp-15M", "15.8M (6 × 288), SentencePiece", "Q8_0"},
	{"odd-ff", "4 × 256, GQA, feed-forward 740 (imported: zero-padded to 768)", "Q8_0, F32 `ffn_down`"},
	{"rope-freqs", "4 × 256, GQA, LLaMA 3.1 `rope_freqs`", "Q8_0"},
	{"Q4_K_M", "4 × 256, GQA, SentencePiece", "Q4_K_M"},
	{"Q5_K_M", "4 × 256, GQA, SentencePiece", "Q5_K_M"},
	{"Q6_K", "4 × 256, GQA, SentencePiece", "Q6_K"},
	{"Q4_1", "4 × 256, GQA, SentencePiece", "Q4_1"},
	{"Q5_1", "4 × 256, GQA, SentencePiece", "Q5_1"},
	{"llama3", "Llama 3-style: byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 8/2, tied embeddings", "Q4_K_M (tied `token_embd` Q6_K)"},
	{"trained-Q4_K_M", "Llama 3-style, **trained** (2 × 256, Go sources): byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 4/2, tied embeddings", "Q4_K_M (tied `token_embd` Q6_K)"},
	{"trained-Q5_K_M", "Llama 3-style, **trained** (2 × 256, Go sources): byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 4/2, tied embeddings", "Q5_K_M (tied `token_embd` Q6_K)"},
	{"trained-Q6_K", "Llama 3-style, **trained** (2 × 256, Go sources): byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 4/2, tied embeddings", "Q6_K"},
	{"trained-Q8_0", "Llama 3-style, **trained** (2 × 256, Go sources): byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 4/2, tied embeddings", "Q8_0"},
	{"trained-F16", "Llama 3-style, **trained** (2 × 256, Go sources): byte-level BPE (`llama-bpe`), `rope_freqs`, GQA 4/2, tied embeddings", "F16"},
}

var (
	tableMu  sync.Mutex
	measured = map[string]string{}
)

// record sets the row key of the table: the canonical runtime on the file
// it runs (the original, or its import) against llama.cpp on the original,
// and for an import, llama.cpp on the imported file against the original
// (floor; nil for a file run as is).
func record(t *testing.T, key string, r fidelity.Report, floor *fidelity.Report) {
	t.Helper()
	var row *[3]string
	for i := range tableRows {
		if tableRows[i][0] == key {
			row = &tableRows[i]
		}
	}
	if row == nil {
		t.Fatalf("no fidelity table row %q", key)
	}
	f := "— (runs the file as is)"
	if floor != nil {
		f = fmt.Sprintf("%.2f%% (%d/%d)", 100*floor.Top1(), floor.Agree, floor.Eligible)
	}
	tableMu.Lock()
	defer tableMu.Unlock()
	measured[key] = fmt.Sprintf("| %s | %s | %.2f%% (%d/%d) | %.2f%% | %.2f%% | %s |",
		row[1], row[2], 100*r.Top1(), r.Agree, r.Eligible, 100*r.RelRMS, 100*r.PPLDiff(), f)
}

const (
	tableBegin = "<!-- fidelity-table:begin (go test ./internal/fidelity -update) -->"
	tableEnd   = "<!-- fidelity-table:end -->"
)

// writeTable replaces the README's table with this run's rows.
func writeTable() error {
	var rows []string
	for _, r := range tableRows {
		m, ok := measured[r[0]]
		if !ok {
			return fmt.Errorf("fidelity table: row %q was not measured in this run (run the whole package)", r[0])
		}
		rows = append(rows, m)
	}
	table := "| model | file as users bring it | top-1 vs llama.cpp on it (outside near-ties) | rel. RMS of log-probs | perplexity diff | llama.cpp on the import vs the file, top-1 |\n" +
		"|---|---|---|---|---|---|\n" + strings.Join(rows, "\n") + "\n"
	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	i, j := bytes.Index(readme, []byte(tableBegin)), bytes.Index(readme, []byte(tableEnd))
	if i < 0 || j < i {
		return fmt.Errorf("fidelity table: README.md has no %q … %q markers", tableBegin, tableEnd)
	}
	out := append([]byte{}, readme[:i+len(tableBegin)]...)
	out = append(out, "\n"+table...)
	out = append(out, readme[j:]...)
	return os.WriteFile(path, out, 0o644)
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if *update && code == 0 {
		if err := writeTable(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		} else {
			fmt.Println("fidelity: README.md table rewritten")
		}
	}
	os.Exit(code)
}
