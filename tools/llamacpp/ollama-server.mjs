#!/usr/bin/env node
// ollama-server.mjs — a small Ollama-API server over node-llama-cpp (the same prebuilt CPU
// llama.cpp that probe.mjs runs), so the worker's Ollama backend is tested against a real
// llama.cpp where no ollama binary can be installed. It serves what github.com/ollama/ollama/api's
// client needs to upload, create and draft with a GGUF model:
//
//   HEAD /api/blobs/:digest   200 when the blob is stored, 404 otherwise
//   POST /api/blobs/:digest   store the body; its sha256 must equal the digest (400 otherwise)
//   POST /api/create          {model, files: {"x.gguf": "sha256:…"}, stream} (ollama's shape)
//   POST /api/show            {model} → details, model_info; 404 {"error"} when absent
//   GET  /api/tags            the created models
//   POST /api/generate        {model, prompt, raw, stream, context, options: {temperature,
//                             num_predict, seed, top_k, top_p, num_ctx}} → NDJSON chunks when
//                             streaming (the default), one object otherwise; the final one
//                             carries context (prompt + generated token ids, as ollama returns
//                             them, here also in raw mode), eval_count and done_reason. A
//                             prompt longer than the context loses its start (as ollama's
//                             default truncate does).
//   GET  /api/version, GET /  liveness
//
// Usage: node ollama-server.mjs --dir DIR [--port 0] [--host 127.0.0.1] [--threads N]
// On listening it prints one line on stdout: {"url":"http://127.0.0.1:PORT"}.
//
// Semantics kept from ollama: a model name without a tag means ":latest"; generation stops at
// an end-of-generation token (not included in the response, context or eval_count) or after
// num_predict tokens (done_reason "stop" or "length"); the prompt is tokenized with BOS when
// the model asks for one; a request's `context` ids are prepended to the prompt's tokens
// (ollama detokenizes them first; here the ids are used as they are). Requests are served one
// at a time per model, and each model's sequence keeps its KV cache between requests and
// reuses the longest common prefix, as ollama's runner does, so drafting after a long prompt
// costs only the new tokens.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";

process.env.NODE_LLAMA_CPP_SKIP_DOWNLOAD ??= "true";
const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");

function parseArgs(argv) {
    const a = { port: "0", host: "127.0.0.1" };
    for (let i = 0; i < argv.length; i++) {
        const k = argv[i];
        if (!k.startsWith("--") || i + 1 >= argv.length) throw new Error(`bad argument ${k}`);
        a[k.slice(2)] = argv[++i];
    }
    if (a.dir == null) throw new Error("--dir is required");
    return a;
}

const args = parseArgs(process.argv.slice(2));
const blobDir = path.resolve(args.dir, "blobs");
fs.mkdirSync(blobDir, { recursive: true });
const threads = args.threads != null ? Number(args.threads) : os.availableParallelism();

let llamaPromise = null;
function loadLlama() {
    llamaPromise ??= getLlama({
        gpu: false,
        build: "never",
        skipDownload: true,
        usePrebuiltBinaries: true,
        progressLogs: false,
        maxThreads: 0,
        logLevel: LlamaLogLevel.error,
        logger: (level, message) => {
            if (level === LlamaLogLevel.error || level === LlamaLogLevel.fatal) process.stderr.write(`llama.cpp: ${message}\n`);
        }
    });
    return llamaPromise;
}

class HttpError extends Error {
    constructor(status, message) { super(message); this.status = status; }
}

const DIGEST = /^sha256[:-]([0-9a-f]{64})$/;
function blobPath(digest) {
    const m = DIGEST.exec(digest);
    if (m == null) throw new HttpError(400, `invalid digest ${JSON.stringify(digest)}: want sha256:<64 hex>`);
    return path.join(blobDir, `sha256-${m[1]}`);
}

function fullName(name) {
    if (typeof name !== "string" || name === "") throw new HttpError(400, "model is required");
    return name.includes(":") ? name : `${name}:latest`;
}

// name → {name, digest, blob, size, modifiedAt, state: Promise<{model, ctx, seq}>, queue}
const models = new Map();

function getModel(name) {
    const m = models.get(fullName(name));
    if (m == null) throw new HttpError(404, `model '${name}' not found`);
    return m;
}

function modelState(m) {
    m.state ??= (async () => {
        const llama = await loadLlama();
        const model = await llama.loadModel({ modelPath: m.blob, gpuLayers: 0 });
        const ctx = await model.createContext({ contextSize: model.trainContextSize, sequences: 1, threads, failedCreationRemedy: false });
        return { model, ctx, seq: ctx.getSequence() };
    })();
    return m.state;
}

// Serialize the requests of one model: its sequence holds one KV cache.
function serialize(m, fn) {
    const run = (m.queue ?? Promise.resolve()).then(fn, fn);
    m.queue = run.catch(() => {});
    return run;
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}

async function readJSON(req) {
    const b = await readBody(req);
    if (b.length === 0) return {};
    try {
        return JSON.parse(b.toString("utf8"));
    } catch (err) {
        throw new HttpError(400, `invalid JSON body: ${err.message}`);
    }
}

function sendJSON(res, status, obj) {
    const body = JSON.stringify(obj);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
    res.end(body);
}

async function postBlob(req, res, digest) {
    const dst = blobPath(digest);
    const tmp = `${dst}.partial-${process.pid}-${crypto.randomUUID()}`;
    const hash = crypto.createHash("sha256");
    const out = fs.createWriteStream(tmp);
    try {
        await new Promise((resolve, reject) => {
            req.on("data", (c) => { hash.update(c); if (!out.write(c)) { req.pause(); out.once("drain", () => req.resume()); } });
            req.on("end", resolve);
            req.on("error", reject);
            out.on("error", reject);
        });
        await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
        const got = `sha256:${hash.digest("hex")}`;
        if (got !== digest.replace("sha256-", "sha256:")) throw new HttpError(400, `digest mismatch: body is ${got}, path says ${digest}`);
        fs.renameSync(tmp, dst);
    } finally {
        fs.rmSync(tmp, { force: true });
    }
    res.writeHead(201);
    res.end();
}

async function create(req, res) {
    const body = await readJSON(req);
    const name = fullName(body.model ?? body.name);
    const files = body.files ?? {};
    const ggufs = Object.entries(files).filter(([f]) => f.endsWith(".gguf"));
    if (ggufs.length !== 1) throw new HttpError(400, `create needs exactly one .gguf file in files, got ${JSON.stringify(Object.keys(files))}`);
    const [, digest] = ggufs[0];
    const blob = blobPath(digest);
    if (!fs.existsSync(blob)) throw new HttpError(400, `blob ${digest} not found: upload it to /api/blobs/${digest} first`);
    const old = models.get(name);
    if (old?.state != null) {
        const st = await old.state.catch(() => null);
        await st?.ctx.dispose();
        await st?.model.dispose();
    }
    models.set(name, { name, digest: digest.replace("sha256-", "sha256:"), blob, size: fs.statSync(blob).size, modifiedAt: new Date().toISOString() });
    await modelState(models.get(name)); // fail the create, not the first generate, on a bad file
    const statuses = [{ status: "parsing GGUF" }, { status: "writing manifest" }, { status: "success" }];
    if (body.stream === false) return sendJSON(res, 200, statuses[statuses.length - 1]);
    res.writeHead(200, { "Content-Type": "application/x-ndjson" });
    for (const s of statuses) res.write(JSON.stringify(s) + "\n");
    res.end();
}

async function details(m) {
    const { model } = await modelState(m);
    const md = model.fileInfo.metadata;
    const arch = md.general?.architecture ?? "llama";
    return {
        details: { parent_model: "", format: "gguf", family: arch, families: [arch], parameter_size: String(model.size), quantization_level: "Q8_0" },
        model_info: {
            "general.architecture": arch,
            "general.parameter_count": model.size,
            [`${arch}.context_length`]: model.trainContextSize,
            [`${arch}.embedding_length`]: model.embeddingVectorSize
        }
    };
}

async function show(req, res) {
    const body = await readJSON(req);
    const m = getModel(body.model ?? body.name);
    sendJSON(res, 200, { modelfile: `FROM ${m.digest}`, parameters: "", template: "{{ .Prompt }}", ...(await details(m)), capabilities: ["completion"], modified_at: m.modifiedAt });
}

async function tags(res) {
    const list = [];
    for (const m of models.values()) {
        list.push({ name: m.name, model: m.name, modified_at: m.modifiedAt, size: m.size, digest: m.digest.slice(7), details: (await details(m)).details });
    }
    sendJSON(res, 200, { models: list });
}

function numberOpt(o, key, check) {
    const v = o[key];
    if (v == null) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) throw new HttpError(400, `options.${key} ${JSON.stringify(v)} is out of range`);
    return v;
}

async function generate(req, res) {
    const body = await readJSON(req);
    const m = getModel(body.model);
    const o = body.options ?? {};
    const temperature = numberOpt(o, "temperature", (v) => v >= 0) ?? 0.8;
    const numPredict = numberOpt(o, "num_predict", (v) => Number.isInteger(v) && v >= -2) ?? -1;
    const seed = numberOpt(o, "seed", (v) => Number.isInteger(v));
    const topK = numberOpt(o, "top_k", (v) => Number.isInteger(v) && v >= 0);
    const topP = numberOpt(o, "top_p", (v) => v >= 0 && v <= 1);
    const stream = body.stream !== false;
    if (body.context != null && !(Array.isArray(body.context) && body.context.every((t) => Number.isInteger(t) && t >= 0)))
        throw new HttpError(400, "context must be an array of token ids");
    const prompt = typeof body.prompt === "string" ? body.prompt : "";

    await serialize(m, async () => {
        const t0 = process.hrtime.bigint();
        const { model, seq } = await modelState(m);
        const vocab = model.fileInfo.metadata.tokenizer?.ggml?.tokens?.length;
        let tokens = [...(body.context ?? [])];
        if (tokens.length === 0 && model.tokens.shouldPrependBosToken && model.tokens.bos != null) tokens.push(model.tokens.bos);
        tokens.push(...model.tokenize(prompt, false));
        if (vocab != null) {
            const bad = tokens.findIndex((t) => t >= vocab);
            if (bad >= 0) throw new HttpError(400, `token ${tokens[bad]} at index ${bad} is outside the vocabulary (${vocab})`);
        }
        if (tokens.length === 0) throw new HttpError(400, "empty prompt");
        // Like ollama (truncate defaults to true), a prompt too long for the context loses its
        // start, keeping room for num_predict tokens.
        const keep = Math.max(1, seq.contextSize - Math.max(numPredict, 1));
        if (tokens.length > keep) {
            if (body.truncate === false) throw new HttpError(400, `prompt of ${tokens.length} tokens does not fit the context (${seq.contextSize})`);
            tokens = tokens.slice(tokens.length - keep);
        }
        const room = seq.contextSize - tokens.length;
        const limit = numPredict < 0 ? room : Math.min(numPredict, room);

        // Reuse the cached prefix; evaluate needs at least one new token.
        await seq.adaptStateToTokens(tokens, false);
        let start = Math.min(seq.nextTokenIndex, tokens.length - 1);
        if (seq.nextTokenIndex > start) await seq.eraseContextTokenRanges([{ start, end: seq.nextTokenIndex }]);
        const promptEvalCount = tokens.length - start;

        if (stream) res.writeHead(200, { "Content-Type": "application/x-ndjson" });
        const out = [];
        let text = "";
        let doneReason = "length";
        let tEval = null;
        if (limit > 0) {
            const gen = seq.evaluate(tokens.slice(start), { temperature, topK, topP, seed, yieldEogToken: true });
            try {
                while (out.length < limit) {
                    const r = await gen.next();
                    tEval ??= process.hrtime.bigint();
                    if (r.done) { doneReason = "stop"; break; }
                    if (model.isEogToken(r.value)) { doneReason = "stop"; break; }
                    out.push(r.value);
                    if (stream) {
                        const full = model.detokenize(out);
                        const piece = full.slice(text.length);
                        text = full;
                        res.write(JSON.stringify({ model: m.name, created_at: new Date().toISOString(), response: piece, done: false }) + "\n");
                    }
                }
            } finally {
                await gen.return();
            }
        }
        const t1 = process.hrtime.bigint();
        const final = {
            model: m.name,
            created_at: new Date().toISOString(),
            response: stream ? "" : model.detokenize(out),
            done: true,
            done_reason: doneReason,
            context: [...tokens, ...out],
            total_duration: Number(t1 - t0),
            prompt_eval_count: promptEvalCount,
            prompt_eval_duration: Number((tEval ?? t1) - t0),
            eval_count: out.length,
            eval_duration: Number(t1 - (tEval ?? t1))
        };
        if (stream) {
            res.write(JSON.stringify(final) + "\n");
            res.end();
        } else sendJSON(res, 200, final);
    });
}

async function route(req, res) {
    const url = new URL(req.url, "http://localhost");
    const p = url.pathname;
    if (p.startsWith("/api/blobs/")) {
        const digest = decodeURIComponent(p.slice("/api/blobs/".length));
        if (req.method === "HEAD") {
            res.writeHead(fs.existsSync(blobPath(digest)) ? 200 : 404);
            return res.end();
        }
        if (req.method === "POST") return postBlob(req, res, digest);
    } else if (p === "/api/create" && req.method === "POST") return create(req, res);
    else if (p === "/api/show" && req.method === "POST") return show(req, res);
    else if (p === "/api/tags" && req.method === "GET") return tags(res);
    else if (p === "/api/generate" && req.method === "POST") return generate(req, res);
    else if (p === "/api/version" && req.method === "GET") return sendJSON(res, 200, { version: "0.0.0-node-llama-cpp" });
    else if (p === "/" && (req.method === "GET" || req.method === "HEAD")) {
        res.writeHead(200, { "Content-Type": "text/plain" });
        return res.end("Ollama is running");
    }
    throw new HttpError(404, `${req.method} ${p} not found`);
}

const server = http.createServer((req, res) => {
    route(req, res).catch((err) => {
        const status = err instanceof HttpError ? err.status : 500;
        if (!(err instanceof HttpError)) process.stderr.write(`ollama-server: ${req.method} ${req.url}: ${err?.stack ?? err}\n`);
        if (res.headersSent) {
            // Mid-stream: report the error as an NDJSON line, as ollama does.
            res.end(JSON.stringify({ error: String(err?.message ?? err) }) + "\n");
        } else if (req.method === "HEAD") {
            res.writeHead(status);
            res.end();
        } else sendJSON(res, status, { error: String(err?.message ?? err) });
    });
});

async function shutdown() {
    server.close();
    for (const m of models.values()) {
        const st = await m.state?.catch(() => null);
        await st?.ctx.dispose();
        await st?.model.dispose();
    }
    if (llamaPromise != null) await (await llamaPromise.catch(() => null))?.dispose();
    process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

server.listen(Number(args.port), args.host, () => {
    const { address, port } = server.address();
    process.stdout.write(JSON.stringify({ url: `http://${address}:${port}` }) + "\n");
});
