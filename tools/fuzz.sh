#!/usr/bin/env bash
# Runs every Go fuzz target (func FuzzXxx in a _test.go file) for FUZZTIME
# each (default 60s), one after another, and stops at the first failure.
# Packages default to ./...; pass others as arguments. `go test -list`
# names the targets, so a new fuzz target is picked up without editing this.
# A failing input is written to the package's testdata/fuzz/<Target>/:
# commit it with the fix, so that plain `go test` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
GO="${GO:-go}"
FUZZTIME="${FUZZTIME:-60s}"
[ $# -gt 0 ] || set -- ./...

# Only packages whose tests declare a fuzz target are compiled for -list.
mapfile -t pkgs < <(
  "$GO" list -f '{{.ImportPath}} {{.Dir}} {{join .TestGoFiles " "}} {{join .XTestGoFiles " "}}' "$@" |
    while read -r pkg dir files; do
      for f in $files; do
        if grep -q '^func Fuzz' "$dir/$f"; then echo "$pkg"; break; fi
      done
    done
)
if [ ${#pkgs[@]} -eq 0 ]; then
  echo "fuzz: no fuzz targets in $*"
  exit 0
fi

# `go test -list` prints a package's matching names, then its "ok" line.
targets=()
names=()
while read -r first second _; do
  case "$first" in
    Fuzz*) names+=("$first") ;;
    ok)
      for n in "${names[@]}"; do targets+=("$second $n"); done
      names=()
      ;;
  esac
done < <("$GO" test -list '^Fuzz' "${pkgs[@]}")

echo "fuzz: ${#targets[@]} targets, ${FUZZTIME} each"
start=$SECONDS
for t in "${targets[@]}"; do
  read -r pkg name <<<"$t"
  echo "fuzz: $pkg $name"
  "$GO" test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg"
done
echo "fuzz: ${#targets[@]} targets passed in $((SECONDS - start))s"
