// airollup explorer: polls /explorer/api/state every 2 s and redraws.
// Data is only ever inserted as text (textContent), never as HTML.
"use strict";

const POLL_MS = 2000;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k === "style") e.setAttribute("style", v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function short(h) {
  return h && h.length > 14 ? h.slice(0, 8) + "…" + h.slice(-4) : (h || "");
}

function slug(s) {
  return String(s || "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

function badge(s) {
  return el("span", { class: "badge " + slug(s) }, s);
}

function when(sec) {
  if (!sec) return "–";
  return new Date(sec * 1000).toISOString().replace("T", " ").replace(".000Z", "Z");
}

// text renders a prompt or an output: decoded text, else hex.
function text(t) {
  if (!t) return "";
  if (t.decoded) return t.text;
  return t.hex || "";
}

function renderBatches(batches) {
  const body = document.querySelector("#batches tbody");
  body.replaceChildren(...batches.map(b => el("tr", { class: "batch-row", "data-index": b.index },
    el("td", {}, b.index),
    el("td", {}, b.kind),
    el("td", {}, b.records),
    el("td", {}, b.voided),
    el("td", {}, when(b.proposedAt)),
    el("td", { class: "mono", title: b.proposeTx || b.daTx || "" }, short(b.proposeTx || b.daTx || "")),
    el("td", {}, badge(b.status)))));
  if (!batches.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "no batch yet")));
}

function renderJobs(jobs) {
  const body = document.querySelector("#jobs tbody");
  body.replaceChildren(...jobs.map(j => el("tr", { class: "job-row", "data-id": j.id, "data-status": j.status },
    el("td", { class: "mono", title: j.id }, short(j.id)),
    el("td", {}, j.source),
    el("td", {}, j.model),
    el("td", { class: "text prompt" + (j.prompt.decoded ? "" : " mono") }, text(j.prompt)),
    el("td", { class: "text output" + (j.output && !j.output.decoded ? " mono" : "") }, text(j.output)),
    el("td", {}, j.worker || ""),
    el("td", {}, j.batch === undefined ? "" : j.batch + "/" + j.record),
    el("td", {}, badge(j.status)))));
  if (!jobs.length) body.append(el("tr", {}, el("td", { colspan: 8, class: "muted" }, "no job yet")));
}

function clock(side, c) {
  const pct = Math.min(100, c.percent || 0).toFixed(1);
  return el("div", { class: "clock " + side, "data-side": side },
    el("div", {}, side + " clock: " + c.used + " / " + c.max + (c.running ? " (running)" : "")),
    el("div", { class: "bar" }, el("div", { class: "fill", style: "width:" + pct + "%" })));
}

function pathClaim(p) {
  const pct = v => (p.span ? (100 * v / p.span) : 0).toFixed(3);
  const bar = el("div", { class: "interval", title: "trace " + p.lo + "–" + p.hi + " of " + p.span },
    el("div", { class: "bar" }, el("div", { class: "fill", style: "left:" + pct(p.lo) + "%;width:" + pct(p.hi - p.lo + 1) + "%" })));
  return el("li", { class: "path-claim " + p.side + (p.counteredBy ? " countered" : ""), "data-depth": p.depth, "data-level": p.level },
    el("span", { class: "mono" }, "d" + p.depth),
    el("span", { class: "who" }, p.side),
    el("span", {}, p.move),
    // The interval the claim narrows the dispute to: its left end, then what it claims.
    el("span", { class: "label" }, p.span ? p.from + " → " + p.label : p.label),
    bar);
}

function renderDispute(d) {
  const facts = el("div", { class: "facts" },
    el("span", {}, "outcome: ", el("span", { class: "outcome badge " + slug(d.outcome) }, d.outcome)),
    el("span", {}, "claims: " + d.claims + ", depth " + d.depth + "/" + d.maxDepth + " (split " + d.splitDepth + ")"),
    el("span", {}, "bonds: " + d.bonds + " ETH"),
    d.layers ? el("span", {}, d.positions + " positions × " + d.layers + " layers + head") : null,
    el("span", { class: "mono", title: d.game }, "game " + short(d.game)));
  const clocks = el("div", { class: "facts" },
    ...["proposer", "challenger"].filter(s => d.clocks && d.clocks[s]).map(s => clock(s, d.clocks[s])));
  const list = el("ol", { class: "path" });
  let level = 0;
  let transition;
  for (const p of d.path || []) {
    if (p.level !== level || (p.level === 2 && p.transition !== transition)) {
      level = p.level;
      transition = p.transition;
      list.append(el("li", { class: "level-sep" }, level === 1
        ? "level 1: (token, layer) boundaries"
        : "level 2: micro-steps of transition " + p.transition));
    }
    list.append(pathClaim(p));
  }
  const step = d.step
    ? el("div", { class: "step", "data-transition": d.step.transition }, d.step.label + " (by " + short(d.step.stepper) + ")")
    : el("div", { class: "muted no-step" }, d.resolved ? "decided without a step (a clock ran out)" : "no step yet");
  return el("div", { class: "dispute", "data-game": d.game, "data-outcome": d.outcome },
    el("h3", {}, "batch " + d.batch + ", record " + d.record + (d.job ? " — job " + d.job : "")),
    facts, clocks, d.error ? el("div", { class: "error" }, d.error) : null, list, step);
}

function renderDisputes(ds) {
  const box = document.getElementById("disputes");
  if (!ds.length) {
    box.replaceChildren(el("p", { class: "muted" }, "no dispute"));
    return;
  }
  box.replaceChildren(...ds.map(renderDispute));
}

function render(s) {
  document.getElementById("head").textContent = s.l1.head
    ? "L1 block " + s.l1.head + " (" + when(s.l1.time) + "), rollup " + s.l1.rollup + " · latest " + s.latest
    : "no L1 data · latest " + s.latest;
  const err = document.getElementById("error");
  err.hidden = !s.l1.error;
  err.textContent = s.l1.error || "";
  renderDisputes(s.disputes);
  renderBatches(s.batches);
  renderJobs(s.jobs);
  document.body.setAttribute("data-generated", s.generatedAt);
}

async function poll() {
  try {
    const r = await fetch("/explorer/api/state", { cache: "no-store" });
    if (!r.ok) throw new Error(r.status + " " + (await r.text()));
    render(await r.json());
  } catch (e) {
    const err = document.getElementById("error");
    err.hidden = false;
    err.textContent = "refresh failed: " + e.message;
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
