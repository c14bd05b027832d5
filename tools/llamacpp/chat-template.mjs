#!/usr/bin/env node
// chat-template.mjs — render Jinja chat templates with @huggingface/jinja (the engine
// node-llama-cpp uses for GGUF chat templates; the version its lockfile pins) and print one JSON
// document on stdout. Reference harness for prover/chat's differential test.
//
// Usage: node chat-template.mjs FILE   (FILE: JSON array of {template, vars, date?})
// Output: JSON array, one entry per input: {"output": STRING} or {"error": MESSAGE}.
//
// vars are passed to Template.render as they are. When date ([year, month, day]) is given,
// strftime_now formats that day (see pinDate), so that both sides render the same date.
import { readFileSync } from "node:fs";
import { Template } from "@huggingface/jinja";

// strftime_now reads the clock through `new Date()`: with a date given, the clock is pinned to
// noon (local time) of that day while rendering.
const RealDate = Date;
function pinDate([y, m, d]) {
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(y, m - 1, d, 12);
      else super(...args);
    }
  };
}

const items = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = items.map(({ template, vars, date }) => {
  try {
    const t = new Template(template);
    if (date) pinDate(date);
    return { output: t.render(vars) };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  } finally {
    globalThis.Date = RealDate;
  }
});
process.stdout.write(JSON.stringify(out));
