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

# fuzz_one runs one target; its output also goes to $out.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fuzz_one() {
  "$GO" test -run '^$' -fuzz "^${2}\$" -fuzztime "$FUZZTIME" "$1" 2>&1 | tee "$out"
  return "${PIPESTATUS[0]}"
}

echo "fuzz: ${#targets[@]} targets, ${FUZZTIME} each"
start=$SECONDS
for t in "${targets[@]}"; do
  read -r pkg name <<<"$t"
  echo "fuzz: $pkg $name"
  if fuzz_one "$pkg" "$name"; then continue; fi
  # Go before 1.27 can fail a target with a bare "context deadline exceeded"
  # when -fuzztime expires while a worker is mid-call (golang/go#75804): no
  # input is written and nothing is wrong. That, and only that, is retried
  # once; a written input, a panic or any other failure stops the run.
  if ! grep -qE 'Failing input written|panic:' "$out" && [ "$(grep -c -- '--- FAIL' "$out")" -eq 1 ] &&
    [ "$(grep -A1 -- '--- FAIL' "$out" | tail -1 | tr -d '[:space:]')" = "contextdeadlineexceeded" ]; then
    echo "fuzz: $name hit Go's -fuzztime deadline race (golang/go#75804) with no failing input: retrying once"
    fuzz_one "$pkg" "$name" || exit 1
    continue
  fi
  exit 1
done
echo "fuzz: ${#targets[@]} targets passed in $((SECONDS - start))s"
