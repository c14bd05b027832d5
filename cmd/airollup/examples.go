package main

import (
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// examples are shown in an EXAMPLES section of each command's --help, keyed
// by the command's path ("" for the app itself). TestEveryCommandHelpHasExamples
// requires one for every command.
var examples = map[string][]string{
	"": {
		"airollup devnet --demo                       # the whole rollup on a local L1, with the demo",
		"airollup model gen tiny.gguf --preset tiny   # a small model to try the tools on",
	},
	"model": {
		"airollup model import Llama-3.2-1B-Instruct-Q4_K_M.gguf --out llama.gguf",
		"airollup model run llama.gguf -p 'The capital of France is' -n 16",
	},
	"model gen":    {"airollup model gen small.gguf --preset small --seed 7", "airollup model gen bpe.gguf --preset tiny --bpe llama-bpe"},
	"model import": {"airollup model import Llama-3.2-1B-Instruct-Q4_K_M.gguf --out llama.gguf --context 2048"},
	"model info":   {"airollup model info llama.gguf"},
	"model run":    {"airollup model run llama.gguf -p 'Once upon a time' -n 64 --temperature-milli 700 --seed s1"},
	"model tokenize": {
		"airollup model tokenize llama.gguf -p 'Hello world' --ids",
	},
	"model chat-template": {
		"airollup model chat-template llama.gguf --system 'Be brief.' --user 'What is 2+2?'",
		`airollup model chat-template llama.gguf --messages chat.json --ids   # chat.json: [{"role": "user", "content": "Hi"}]`,
	},
	"model train": {
		"airollup model train arith.gguf --corpus arithmetic --seed 3 --checkpoint arith.ckpt --resume",
		"airollup model train tuned.gguf --base models/demo.gguf --corpus datasets/ROOT.ards --lora-rank 8 --lora-targets q,v --steps 200",
	},
	"model eval": {"airollup model eval arith.gguf --questions 200 --llamacpp"},
	"sequencer": {
		"airollup sequencer --l1-rpc http://127.0.0.1:8545 --inbox 0xINBOX --model 1=0xROOT --model-dir models --data-dir seq",
	},
	"worker":     {"airollup worker --sequencer-url http://127.0.0.1:8600 --model-dir models --concurrency 2"},
	"challenger": {"airollup challenger --l1-rpc http://127.0.0.1:8545 --rollup 0xROLLUP --model-dir models --data-dir chal"},
	"challenger status": {
		"airollup challenger status --data-dir chal",
		"airollup challenger status --url http://127.0.0.1:8700 --json",
	},
	"job": {"airollup job submit --key-file key.hex --model-file llama.gguf --user 'What is 2+2?' | xargs airollup job wait"},
	"job submit": {
		"airollup job submit --key-file key.hex --model 1 --model-file llama.gguf -p 'The capital of France is'",
		"airollup job submit --key-file key.hex --model 1 --model-file llama.gguf --system 'Be brief.' --user 'What is 2+2?'",
		`airollup job submit --key-file key.hex --model 1 --model-file llama.gguf --chat chat.json   # [{"role": "user", "content": "Hi"}]`,
		"airollup job submit --key-file key.hex --model 1 --tokens 1,450,7483 -n 8",
	},
	"job train": {
		"airollup job train --kind finetune --model 1 --model-file demo.gguf --dataset 1 --steps 50 --lora-rank 8 --max-fee 1000000000000000 --l1-rpc http://127.0.0.1:8545 --inbox 0xINBOX --private-key $KEY",
		"airollup job train --kind pretrain --model 1 --model-file demo.gguf --init-seed 7 --dataset 2 --steps 500 --batch 4 --seq-len 64 --max-fee 1000000000000000 --l1-rpc http://127.0.0.1:8545 --inbox 0xINBOX --private-key $KEY",
	},
	"job status": {"airollup job status l2:0x5c…"},
	"job wait":   {"airollup job wait l2:0x5c… --until final --timeout 10m"},
	"job result": {"airollup job result l2:0x5c… --model-file llama.gguf", "airollup job result l1:3 --json"},
	"devnet":     {"airollup devnet --model llama.gguf --workers 2", "airollup devnet --demo"},
	"dataset":    {"airollup dataset publish stories.jsonl --model llama.gguf --dir datasets"},
	"dataset publish": {
		"airollup dataset publish stories.jsonl --model llama.gguf --dir datasets",
		"airollup dataset publish notes.txt --model llama.gguf --format text --l1-rpc http://127.0.0.1:8545 --dataset-registry 0xREGISTRY --uri http://host:8549/{root} --serve 0.0.0.0:8549",
	},
	"dataset info":   {"airollup dataset info 0xROOT --dir datasets", "airollup dataset info stories.jsonl --model llama.gguf"},
	"dataset verify": {"airollup dataset verify stories.jsonl 0xROOT --model llama.gguf"},
	"dataset serve":  {"airollup dataset serve --dir datasets --addr 0.0.0.0:8549"},
	"model serve":    {"airollup model serve --model-dir models --addr 0.0.0.0:8550"},
	"model lineage":  {"airollup model lineage 0xROOT --l1-rpc http://127.0.0.1:8545 --rollup 0xROLLUP"},
}

// addExamples gives app and each of its commands a help template that ends
// with the command's examples.
func addExamples(app *cli.App) {
	app.CustomAppHelpTemplate = cli.AppHelpTemplate + examplesSection("")
	var walk func(prefix string, cmds []*cli.Command)
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			path := strings.TrimSpace(prefix + " " + c.Name)
			base := cli.CommandHelpTemplate
			if len(c.Subcommands) > 0 {
				base = cli.SubcommandHelpTemplate
			}
			c.CustomHelpTemplate = base + examplesSection(path)
			walk(path, c.Subcommands)
		}
	}
	walk("", app.Commands)
}

// examplesSection is the EXAMPLES section of path's help template (empty
// without examples); the examples are quoted as template string constants.
func examplesSection(path string) string {
	ex := examples[path]
	if len(ex) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nEXAMPLES:\n")
	for _, e := range ex {
		b.WriteString("   {{" + strconv.Quote(e) + "}}\n")
	}
	return b.String()
}
