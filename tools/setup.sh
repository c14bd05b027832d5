#!/usr/bin/env bash
# Installs airollup's toolchain idempotently on a Debian machine that has Go,
# Node.js/npm and apt. Run through `make setup`; safe to run again and again.
#
#   - checks Go >= 1.26 and Node >= 20 (and says exactly what is missing);
#   - installs the pinned npm toolchain (forge, anvil, cast, solc-js, forge-std)
#     from package-lock.json, only when the lockfile changed since last time;
#   - installs the llama.cpp reference harness (tools/llamacpp: node-llama-cpp,
#     CPU prebuilds only) used by the fidelity tests and benchmarks;
#   - installs Debian's chromium (headless, for the explorer's browser test)
#     when it is missing and we are root with apt;
#   - downloads the Go modules (go.sum pins them);
#   - checks that forge runs and that its solc shim answers.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { printf 'setup: %s\n' "$*" >&2; exit 1; }
step() { printf 'setup: %s\n' "$*"; }

# --- Go ---------------------------------------------------------------------
command -v go >/dev/null 2>&1 || die "Go is not installed: install Go 1.26 or newer (https://go.dev/dl/) and put it on PATH"
gover=$(go env GOVERSION | sed 's/^go//')
gomajor=${gover%%.*}; rest=${gover#*.}; gominor=${rest%%.*}
if [ "$gomajor" -lt 1 ] || { [ "$gomajor" -eq 1 ] && [ "$gominor" -lt 26 ]; }; then
  die "Go $gover is too old: airollup needs Go 1.26 or newer"
fi

# --- Node / npm -------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    step "installing nodejs and npm from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null || die "apt-get could not install nodejs/npm"
  else
    die "Node.js and npm are not installed: install Node.js 20 or newer (apt-get install nodejs npm)"
  fi
fi
nodemajor=$(node -p 'process.versions.node.split(".")[0]')
[ "$nodemajor" -ge 20 ] || die "Node.js $(node --version) is too old: the Foundry npm packages need Node.js 20 or newer"

# --- npm toolchain ------------------------------------------------------------
stamp=node_modules/.airollup-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  step "installing the pinned npm toolchain (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error || die "npm ci failed: is the npm registry reachable?"
  echo "$want" > "$stamp"
else
  step "npm toolchain up to date"
fi

# --- llama.cpp reference (node-llama-cpp prebuilt binaries) ----------------------
lstamp=tools/llamacpp/node_modules/.airollup-lock.sha256
lwant=$(sha256sum tools/llamacpp/package-lock.json | cut -d' ' -f1)
if [ ! -f "$lstamp" ] || [ "$(cat "$lstamp")" != "$lwant" ]; then
  step "installing the llama.cpp reference (node-llama-cpp 3.21.1, CPU prebuilds)"
  (cd tools/llamacpp && npm ci --no-audit --no-fund --loglevel=error && npm run --silent prune-gpu-binaries >/dev/null) \
    || die "installing tools/llamacpp failed: is the npm registry reachable?"
  echo "$lwant" > "$lstamp"
else
  step "llama.cpp reference up to date"
fi

# --- Chromium (the explorer's headless browser test) ------------------------------
if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    step "installing chromium from Debian (the explorer's headless browser test)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium >/dev/null; } \
      || die "apt-get could not install chromium"
  else
    step "chromium is missing (as root: apt-get install --no-install-recommends chromium): the explorer's browser test will skip"
  fi
fi

# --- Go modules -----------------------------------------------------------------
step "downloading Go modules"
go mod download || die "go mod download failed: is the Go module proxy reachable?"

# --- sanity -----------------------------------------------------------------------
node_modules/.bin/forge --version >/dev/null 2>&1 || die "forge does not run (node_modules/.bin/forge)"
tools/solc --version | grep -q 'Version: 0.8.37' || die "the solc shim (tools/solc) does not report solc 0.8.37"
step "ok: $(go env GOVERSION), node $(node --version), $(node_modules/.bin/forge --version | head -1), solc $(tools/solc --version | sed -n 's/^Version: //p')"
