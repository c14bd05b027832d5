# airollup — build, test and tooling entry points. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO       ?= go
FORGE    := node_modules/.bin/forge
BIN      := bin/airollup
VERSION  ?= v0.1.0-dev
COMMIT   := $(shell git rev-parse HEAD 2>/dev/null || true)
DATE     := $(shell git log -1 --format=%cs 2>/dev/null || true)
LDFLAGS  := -X github.com/airollup/airollup/internal/version.Version=$(VERSION) \
            -X github.com/airollup/airollup/internal/version.GitCommit=$(COMMIT) \
            -X github.com/airollup/airollup/internal/version.GitDate=$(DATE)
CONTRACTS := $(shell sed -e 's/\#.*//' -e '/^[[:space:]]*$$/d' contracts/bindings.txt)

# In CI, forge runs its heavier profile (more fuzz runs).
ifneq ($(CI),)
export FOUNDRY_PROFILE ?= ci
endif

.PHONY: help setup build build-go build-contracts test test-go test-simd test-fuzz test-contracts fuzz check-bindings bindings lint bench demo snapshot clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

setup: ## install the toolchain (idempotent): npm packages, Go modules
	@tools/setup.sh

build: setup build-go build-contracts ## build the binary and the contracts

build-go:
	GOEXPERIMENT=simd $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/airollup

build-contracts:
	$(FORGE) build --quiet

test: setup test-go test-simd test-fuzz test-contracts check-bindings ## run every test: Go, short fuzzing, forge, bindings freshness
	@echo "make test: all green"

test-go:
	@tools/gotest.sh -timeout 30m ./...

# The AVX2 kernel is compiled only under GOEXPERIMENT=simd: run the canonical
# runtime's tests (bit-exactness included) and the float check on that build
# too, the runtime's with checkptr (its kernels' unsafe pointer arithmetic
# must stay inside each allocation, as Go's rules require).
test-simd:
	GOEXPERIMENT=simd $(GO) test -gcflags=all=-d=checkptr ./prover/canon/
	GOEXPERIMENT=simd $(GO) test ./internal/archtest/

# Every Go fuzz target for a few seconds (the committed corpora replay in
# test-go already); `make fuzz` runs them longer.
TEST_FUZZTIME ?= 3s
test-fuzz:
	FUZZTIME=$(TEST_FUZZTIME) tools/fuzz.sh

FUZZTIME ?= 60s
fuzz: ## run every Go fuzz target for FUZZTIME (default 60s) each, one after another
	FUZZTIME=$(FUZZTIME) tools/fuzz.sh

test-contracts:
	$(FORGE) test --summary --detailed

# AlphabetVM (the game's toy VM) and TrainingVM get packages of their own:
# abigen --v2 names output structs after the method alone, and their setup()
# is TransformerVM's.
bindings: build-contracts ## regenerate bindings/bindings.go (and bindings/alphabet, bindings/trainingvm) from the contracts
	node tools/combined-json.js $(CONTRACTS) > out/combined.json
	$(GO) tool abigen --v2 --combined-json out/combined.json --pkg bindings --out bindings/bindings.go
	node tools/combined-json.js AlphabetVM > out/combined-alphabet.json
	$(GO) tool abigen --v2 --combined-json out/combined-alphabet.json --pkg alphabet --out bindings/alphabet/alphabet.go
	node tools/combined-json.js TrainingVM > out/combined-trainingvm.json
	$(GO) tool abigen --v2 --combined-json out/combined-trainingvm.json --pkg trainingvm --out bindings/trainingvm/trainingvm.go
	@echo "bindings: regenerated bindings/bindings.go for: $(CONTRACTS); bindings/alphabet for AlphabetVM; bindings/trainingvm for TrainingVM"

check-bindings: build-contracts ## fail if the bindings are not what `make bindings` generates
	node tools/combined-json.js $(CONTRACTS) > out/combined.json
	$(GO) tool abigen --v2 --combined-json out/combined.json --pkg bindings --out out/bindings.go.check
	node tools/combined-json.js AlphabetVM > out/combined-alphabet.json
	$(GO) tool abigen --v2 --combined-json out/combined-alphabet.json --pkg alphabet --out out/alphabet.go.check
	node tools/combined-json.js TrainingVM > out/combined-trainingvm.json
	$(GO) tool abigen --v2 --combined-json out/combined-trainingvm.json --pkg trainingvm --out out/trainingvm.go.check
	@diff -u bindings/bindings.go out/bindings.go.check \
	  || { echo "check-bindings: bindings/bindings.go is stale: run 'make bindings' and commit it" >&2; exit 1; }
	@diff -u bindings/alphabet/alphabet.go out/alphabet.go.check \
	  || { echo "check-bindings: bindings/alphabet/alphabet.go is stale: run 'make bindings' and commit it" >&2; exit 1; }
	@diff -u bindings/trainingvm/trainingvm.go out/trainingvm.go.check \
	  || { echo "check-bindings: bindings/trainingvm/trainingvm.go is stale: run 'make bindings' and commit it" >&2; exit 1; }
	@echo "check-bindings: bindings are up to date"

lint: setup ## gofmt, go vet, staticcheck, forge fmt, gas snapshot
	@bad=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$bad" ]; then echo "gofmt needed:"; echo "$$bad"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck $$($(GO) list ./... | grep -v -E '/bindings(/alphabet|/trainingvm)?$$')  # bindings are generated
	$(FORGE) fmt --check
	$(FORGE) snapshot --check --no-match-test 'testFuzz|invariant'

snapshot: setup ## rewrite the committed gas snapshot (.gas-snapshot)
	$(FORGE) snapshot --no-match-test 'testFuzz|invariant'

bench: setup ## run the benchmarks and print their tables
	GOEXPERIMENT=simd $(GO) run ./tools/bench -threads 1,all
	$(GO) test -run '^$$' -bench OneStepGas -benchtime 1x ./internal/onestep/
	$(GO) test -run '^$$' -bench . -benchmem ./prover/...
	$(FORGE) test --gas-report --no-match-test 'testFuzz|invariant' | sed -n '/╭/,$$p'

# The devnet demo (airollup devnet --demo): an embedded L1, the contracts,
# models/demo.gguf (or the generated tiny model), a sequencer, two honest
# workers and a faulty one, a challenger; questions through the AskModel DApp
# and over RPC; exits 0 once every honest job is final and every faulty record
# voided, printing a summary table.
DEMO_FLAGS ?=
demo: setup build-go ## run the devnet demo: jobs from a DApp and over RPC, a faulty worker caught, a summary table
	$(BIN) devnet --demo --data-dir .devnet-demo $(DEMO_FLAGS)

clean: ## remove build outputs (keeps node_modules)
	rm -rf bin out cache
