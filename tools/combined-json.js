#!/usr/bin/env node
// Turns forge's build artifacts into the solc --combined-json document that
// `abigen --v2 --combined-json` reads, for the contracts named on the command
// line (each built from contracts/src/<Name>.sol). Output goes to stdout.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: combined-json.js Contract [Contract...]\n');
  process.exit(2);
}

const contracts = {};
for (const name of names) {
  const file = path.join(root, 'out', name + '.sol', name + '.json');
  let art;
  try {
    art = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    process.stderr.write(`combined-json: no forge artifact for ${name} at ${file} (run forge build): ${err.message}\n`);
    process.exit(1);
  }
  const strip = (hex) => (hex || '').replace(/^0x/, '');
  contracts[`contracts/src/${name}.sol:${name}`] = {
    abi: art.abi,
    bin: strip(art.bytecode && art.bytecode.object),
    'bin-runtime': strip(art.deployedBytecode && art.deployedBytecode.object),
    hashes: art.methodIdentifiers || {},
  };
}
process.stdout.write(JSON.stringify({ contracts, version: require(path.join(root, 'node_modules', 'solc')).version() }, null, 1) + '\n');
