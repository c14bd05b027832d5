#!/usr/bin/env bash
# Runs `go test` on the given packages and prints a summary: packages, tests
# passed/failed/skipped. Exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
log=out/go-test.json
status=0
go test -json "$@" > "$log" || status=$?
node - "$log" <<'JS'
const fs = require('fs');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const count = { pass: 0, fail: 0, skip: 0 };
const pkgs = { ok: 0, fail: 0, none: 0 };
const failed = [];
const output = new Map();
for (const l of lines) {
  let e;
  try { e = JSON.parse(l); } catch { process.stdout.write(l + '\n'); continue; }
  const key = e.Package + ' ' + (e.Test || '');
  if (e.Action === 'output') {
    output.set(key, (output.get(key) || '') + e.Output);
    if (!e.Test && /^(ok|FAIL|\?)\s/.test(e.Output)) process.stdout.write(e.Output);
    continue;
  }
  if (e.Test && count[e.Action] !== undefined) {
    count[e.Action]++;
    if (e.Action === 'fail') failed.push(key);
  }
  if (!e.Test && e.Action === 'fail') pkgs.fail++;
  if (!e.Test && e.Action === 'pass') pkgs.ok++;
  if (!e.Test && e.Action === 'skip') pkgs.none++;
}
for (const k of failed) process.stdout.write('\n--- FAIL ' + k + '\n' + (output.get(k) || ''));
for (const [k, v] of output) if (k.endsWith(' ') && /FAIL|panic|build failed|setup failed/.test(v) && pkgs.fail) process.stdout.write(v);
process.stdout.write(`\ngo test: ${count.pass} passed, ${count.fail} failed, ${count.skip} skipped ` +
  `(${pkgs.ok} packages ok, ${pkgs.fail} failed, ${pkgs.none} without tests)\n`);
JS
exit $status
