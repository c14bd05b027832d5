#!/usr/bin/env node
// probe.mjs — run a GGUF model in real llama.cpp (the prebuilt CPU binaries that ship with
// node-llama-cpp 3.21.1) and print one JSON document on stdout. Reference harness for the
// canonical integer-only LLaMA runtime. See README.md in this directory.
//
// Usage:
//   node probe.mjs info       --model F
//   node probe.mjs tokenize   --model F --text-file T [--special] [--bos]
//   node probe.mjs detokenize --model F --tokens-file J [--special]
//   node probe.mjs eval       --model F --tokens-file J [--threads N] [--context N] [--logprobs-out FILE]
//   node probe.mjs generate   --model F --tokens-file J -n N [--threads N] [--context N] [--ban-eog]
//   node probe.mjs prefill    --model F --tokens-file J [--repeat R] [--threads N] [--all-logits]
//   node probe.mjs --batch FILE [--model F]      (FILE: JSON array of {cmd, ...args}; "-" = stdin)
// Common options: --flash-attention auto|on|off (default auto, llama.cpp's default),
//                 --batch-size N (llama.cpp n_batch = n_ubatch; see README).
//
// Exact semantics (all verified against node-llama-cpp 3.21.1 sources, see README):
//  * tokenize: llama.cpp `common_tokenize(vocab, text, add_special=false, parse_special=--special)`
//    via `LlamaModel.tokenize(text, specialTokens)`. BOS is NEVER added by the library here;
//    `--bos` prepends `model.tokens.bos` explicitly (only when asked and the model has one).
//    SentencePiece ("llama") vocabularies still get llama.cpp's usual leading-space prefix ("▁").
//  * eval (teacher forcing): the whole token array is decoded in ONE llama_decode batch
//    (batchSize = context size >= n) with logits requested for positions 0..n-2. For each such
//    position llama.cpp's greedy sampler chain (temperature 0, no top-k/top-p/min-p, no
//    penalties, no grammar, no bias) sees the FULL vocabulary, and node-llama-cpp returns
//    softmax(raw logits) for every token id (float32, computed natively as exp(l-max)/sum).
//    logprob = Math.log(p) in float64. A float32 probability below ~1e-38 loses precision and
//    one below ~1e-45 is 0, whose logprob is -Infinity (null in JSON; counted in `underflows`).
//  * generate: greedy argmax, `sequence.evaluate(prompt, {temperature: 0, yieldEogToken: true})`.
//    EOS/EOG tokens are generated and fed back like any other token, so exactly N tokens are
//    produced. `--ban-eog` instead masks every EOG token's logit to -inf (= llama.cpp --ignore-eos).
//  * prefill (prompt processing speed): the token array is evaluated in ONE llama_decode batch
//    (batchSize = n) without sampling, R times (default 3) on a cleared sequence after one
//    untimed warm-up; reports each run's seconds and the best tokens/s (llama-bench's pp test).
//    `--all-logits` instead requests logits at EVERY position of the batch and samples each one
//    greedily in llama.cpp (what verifying a draft of n tokens needs: the argmax after each); the
//    greedy tokens of the last timed run are reported as `next`.
//  * --threads defaults to os.availableParallelism(); getLlama({maxThreads: 0}) is used so the
//    context's `threads` value is the exact number llama.cpp uses (it is reported back).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Never download or build anything: prebuilt binaries only.
process.env.NODE_LLAMA_CPP_SKIP_DOWNLOAD ??= "true";

const { getLlama, LlamaLogLevel, TokenBias, getModuleVersion } = await import("node-llama-cpp");

class UsageError extends Error {}

// ---------- argument handling ----------
const FLAG_KEYS = new Set(["special", "bos", "banEog", "allLogits", "help"]);
const camel = (s) => s.replace(/^-+/, "").replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function parseArgv(argv) {
    const args = {};
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "-n") {
            args.n = argv[++i];
        } else if (a.startsWith("--")) {
            const eq = a.indexOf("=");
            const key = camel(eq >= 0 ? a.slice(0, eq) : a);
            if (eq >= 0) args[key] = a.slice(eq + 1);
            else if (FLAG_KEYS.has(key)) args[key] = true;
            else {
                if (i + 1 >= argv.length) throw new UsageError(`option ${a} needs a value`);
                args[key] = argv[++i];
            }
        } else positional.push(a);
    }
    if (positional.length > 0) args.cmd = positional[0];
    if (positional.length > 1) throw new UsageError(`unexpected argument: ${positional[1]}`);
    return args;
}

function normalizeArgs(obj) {
    const out = {};
    for (const [k, v] of Object.entries(obj)) out[camel(k)] = v;
    return out;
}

function intArg(args, key, def) {
    const v = args[key];
    if (v == null) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${key} must be a non-negative integer, got ${JSON.stringify(v)}`);
    return n;
}

function boolArg(args, key) {
    const v = args[key];
    return v === true || v === "true" || v === 1 || v === "1";
}

function readTokens(args) {
    let tokens;
    if (Array.isArray(args.tokens)) tokens = args.tokens;
    else if (args.tokensFile != null) {
        const raw = args.tokensFile === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(args.tokensFile, "utf8");
        tokens = JSON.parse(raw);
        if (tokens != null && !Array.isArray(tokens) && Array.isArray(tokens.tokens)) tokens = tokens.tokens;
    } else throw new UsageError("--tokens-file is required");
    if (!Array.isArray(tokens) || !tokens.every((t) => Number.isInteger(t) && t >= 0))
        throw new UsageError("tokens must be a JSON array of non-negative integer token ids");
    return tokens;
}

// Out-of-range ids make llama.cpp abort the process (GGML_ASSERT), so check them first.
function checkTokenRange(model, tokens) {
    const V = vocabSizeOf(model);
    const bad = tokens.findIndex((t) => t >= V);
    if (bad >= 0) throw new UsageError(`token id ${tokens[bad]} at index ${bad} is outside the vocabulary (size ${V})`);
    return tokens;
}

function readText(args) {
    if (typeof args.text === "string") return args.text;
    if (args.textFile == null) throw new UsageError("--text-file is required");
    return fs.readFileSync(args.textFile === "-" ? 0 : args.textFile, "utf8");
}

function flashAttentionArg(args) {
    const v = args.flashAttention ?? "auto";
    if (v === "auto") return "auto";
    if (v === true || v === "on" || v === "true" || v === "1") return true;
    if (v === false || v === "off" || v === "false" || v === "0") return false;
    throw new UsageError(`--flash-attention must be auto|on|off, got ${JSON.stringify(v)}`);
}

const secondsSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

// ---------- llama / model handling ----------
let llamaPromise = null;
function loadLlama() {
    llamaPromise ??= getLlama({
        gpu: false,             // CPU backend only
        build: "never",         // never compile llama.cpp from source
        skipDownload: true,     // never fetch llama.cpp sources
        usePrebuiltBinaries: true,
        progressLogs: false,
        maxThreads: 0,          // no cap: a context's `threads` is used exactly
        logLevel: LlamaLogLevel.error,
        logger: (level, message) => {
            if (level === LlamaLogLevel.error || level === LlamaLogLevel.fatal) process.stderr.write(`llama.cpp: ${message}\n`);
        }
    });
    return llamaPromise;
}

const models = new Map();         // absolute path -> Promise<LlamaModel>
const modelPaths = new WeakMap();  // LlamaModel -> absolute path
async function loadModel(modelPath) {
    if (modelPath == null) throw new UsageError("--model is required");
    const resolved = path.resolve(modelPath);
    if (!models.has(resolved)) {
        if (!fs.existsSync(resolved)) throw new UsageError(`model file not found: ${resolved}`);
        const llama = await loadLlama();
        models.set(resolved, llama.loadModel({ modelPath: resolved, gpuLayers: 0 }).then((model) => {
            modelPaths.set(model, resolved);
            return model;
        }));
    }
    return models.get(resolved);
}

function vocabSizeOf(model) {
    const toks = model.fileInfo?.metadata?.tokenizer?.ggml?.tokens;
    if (Array.isArray(toks)) return toks.length;
    const out = model.fileInfo?.tensorInfo?.find((t) => t.name === "output.weight" || t.name === "token_embd.weight");
    return out != null ? Number(out.dimensions[1]) : null;
}

// node-llama-cpp ships the exact llama.cpp source it was built from as a git bundle; its text
// header names the commit ("<sha> HEAD"). Best effort, null when absent.
function llamaCppCommit() {
    try {
        const bundle = new URL("./node_modules/node-llama-cpp/llama/gitRelease.bundle", import.meta.url);
        const fd = fs.openSync(bundle, "r");
        const buf = Buffer.alloc(256);
        fs.readSync(fd, buf, 0, buf.length, 0);
        fs.closeSync(fd);
        return /^([0-9a-f]{40}) HEAD$/m.exec(buf.toString("latin1"))?.[1] ?? null;
    } catch {
        return null;
    }
}

function threadsArg(args) {
    const t = intArg(args, "threads", os.availableParallelism());
    return t === 0 ? os.availableParallelism() : t;
}

async function createContext(model, { contextSize, batchSize, threads, flashAttention }) {
    return model.createContext({
        contextSize,
        batchSize,
        threads,
        flashAttention,
        sequences: 1,
        failedCreationRemedy: false
    });
}

// ---------- subcommands ----------
async function cmdInfo(args) {
    const model = await loadModel(args.model);
    const llama = await loadLlama();
    const md = model.fileInfo.metadata;
    const arch = md.general?.architecture;
    const archMd = arch != null ? md[arch] : undefined;
    return {
        model: modelPaths.get(model),
        architecture: arch ?? null,
        vocabSize: vocabSizeOf(model),
        vocabularyType: model.vocabularyType,
        contextSize: model.trainContextSize,
        embeddingSize: model.embeddingVectorSize,
        layers: archMd?.block_count ?? null,
        headCount: archMd?.attention?.head_count ?? null,
        headCountKv: archMd?.attention?.head_count_kv ?? null,
        feedForwardLength: archMd?.feed_forward_length ?? null,
        bos: model.tokens.bos,
        eos: model.tokens.eos,
        eot: model.tokens.eot,
        shouldPrependBos: model.tokens.shouldPrependBosToken,
        modelSize: model.size,                  // llama_model_size(): bytes of all tensors
        fileSize: fs.statSync(modelPaths.get(model)).size,
        description: model.typeDescription,
        llamaCpp: {
            repo: llama.llamaCppRelease.repo,
            release: llama.llamaCppRelease.release,
            commit: llamaCppCommit(),
            buildType: llama.buildType,
            gpu: llama.gpu,
            systemInfo: llama.systemInfo.trim(),
            cpuMathCores: llama.cpuMathCores
        },
        nodeLlamaCppVersion: await getModuleVersion(),
        node: process.version,
        availableParallelism: os.availableParallelism()
    };
}

async function cmdTokenize(args) {
    const model = await loadModel(args.model);
    const text = readText(args);
    const special = boolArg(args, "special");
    let tokens = model.tokenize(text, special);
    const bos = boolArg(args, "bos");
    if (bos) {
        if (model.tokens.bos == null) throw new Error("--bos given but the model has no BOS token");
        tokens = [model.tokens.bos, ...tokens];
    }
    return { tokens, count: tokens.length, bosAdded: bos, special };
}

async function cmdDetokenize(args) {
    const model = await loadModel(args.model);
    const tokens = checkTokenRange(model, readTokens(args));
    return { text: model.detokenize(tokens, boolArg(args, "special")) };
}

async function cmdEval(args) {
    const model = await loadModel(args.model);
    const tokens = checkTokenRange(model, readTokens(args));
    const n = tokens.length;
    if (n < 2) throw new UsageError("eval needs at least 2 tokens");
    const threads = threadsArg(args);
    const requestedContext = intArg(args, "context", n);
    if (requestedContext < n) throw new UsageError(`--context ${requestedContext} is smaller than the sequence (${n} tokens)`);
    const batchSize = intArg(args, "batchSize", requestedContext);
    if (batchSize < n) throw new UsageError(`--batch-size ${batchSize} < ${n} tokens: the sequence would not be one batch`);
    const vocabSize = vocabSizeOf(model);

    const ctx = await createContext(model, { contextSize: requestedContext, batchSize, threads, flashAttention: flashAttentionArg(args) });
    let fd = null;
    try {
        const seq = ctx.getSequence();
        const positions = new Array(n - 1);
        let underflows = 0;
        let callbackError = null;
        let rowBuf = null;
        if (args.logprobsOut != null) {
            fd = fs.openSync(args.logprobsOut, "w");
            rowBuf = Buffer.alloc(vocabSize * 4);
        }
        const greedy = { temperature: 0 };
        const input = tokens.map((t, i) => (i < n - 1 ? [t, { generateNext: { probabilities: true, options: greedy } }] : t));

        const t0 = process.hrtime.bigint();
        await seq.controlledEvaluate(input, {
            onTokenResult(i, result) {
                try {
                    const probs = result.next.probabilities;
                    if (probs == null) throw new Error(`no probabilities for position ${i}`);
                    if (probs.size !== vocabSize) throw new Error(`position ${i}: got ${probs.size} probabilities, expected the full vocabulary (${vocabSize})`);
                    // The Map is sorted by logit, highest first.
                    const it = probs.entries();
                    const [top1, p1] = it.next().value;
                    const [top2, p2] = it.next().value ?? [null, 0];
                    const target = tokens[i + 1];
                    const pt = probs.get(target) ?? 0;
                    if (pt === 0) underflows++;
                    positions[i] = {
                        top1,
                        top1LogProb: Math.log(p1),
                        top2,
                        top2LogProb: Math.log(p2),
                        target,
                        targetLogProb: Math.log(pt),
                        targetRank: null
                    };
                    let rank = 0;
                    for (const p of probs.values()) { if (p > pt) rank++; else break; }
                    positions[i].targetRank = rank;
                    if (fd != null) {
                        const f32 = new Float32Array(rowBuf.buffer, rowBuf.byteOffset, vocabSize);
                        f32.fill(-Infinity);
                        for (const [tok, p] of probs) f32[tok] = Math.log(p);
                        if (os.endianness() !== "LE") throw new Error("big-endian host: logprobs file would not be little-endian");
                        fs.writeSync(fd, rowBuf, 0, rowBuf.length, i * rowBuf.length);
                    }
                    probs.clear(); // the returned array keeps these Maps alive; free them as we go
                } catch (err) {
                    callbackError ??= err;
                }
            }
        });
        const evalSeconds = secondsSince(t0);
        if (callbackError != null) throw callbackError;
        for (let i = 0; i < n - 1; i++) if (positions[i] == null) throw new Error(`no result for position ${i}`);

        const nll = positions.reduce((s, p) => s - p.targetLogProb, 0) / (n - 1);
        const top1Matches = positions.reduce((s, p) => s + (p.top1 === p.target ? 1 : 0), 0);
        return {
            n,
            positionsCount: n - 1,
            vocabSize,
            contextSize: ctx.contextSize,
            batchSize: ctx.batchSize,
            threads: ctx.currentThreads,
            requestedThreads: threads,
            flashAttention: ctx.flashAttention,
            positions,
            nll,
            perplexity: Math.exp(nll),
            top1Accuracy: top1Matches / (n - 1),
            underflows,
            evalSeconds,
            evalTokensPerSecond: n / evalSeconds,
            logprobsOut: args.logprobsOut != null
                ? { path: path.resolve(args.logprobsOut), dtype: "float32le", shape: [n - 1, vocabSize] }
                : null
        };
    } finally {
        if (fd != null) fs.closeSync(fd);
        await ctx.dispose();
    }
}

async function cmdGenerate(args) {
    const model = await loadModel(args.model);
    const prompt = checkTokenRange(model, readTokens(args));
    if (prompt.length < 1) throw new UsageError("generate needs at least 1 prompt token");
    const N = intArg(args, "n", null);
    if (N == null || N < 1) throw new UsageError("-n N (N >= 1) is required");
    const threads = threadsArg(args);
    const needed = prompt.length + N - 1; // the last generated token is never evaluated
    const requestedContext = intArg(args, "context", prompt.length + N);
    if (requestedContext < needed) throw new UsageError(`--context ${requestedContext} too small: prompt ${prompt.length} + ${N} generated tokens need ${needed}`);
    const batchSize = intArg(args, "batchSize", Math.min(requestedContext, Math.max(512, prompt.length)));
    const ctx = await createContext(model, { contextSize: requestedContext, batchSize, threads, flashAttention: flashAttentionArg(args) });
    try {
        const seq = ctx.getSequence();
        const banEog = boolArg(args, "banEog");
        let tokenBias;
        const banned = [];
        if (banEog) {
            // TokenBias.set() silently skips EOG tokens, so write the (internal, pinned-version) map
            // directly: logit bias -inf on every end-of-generation token, like llama.cpp --ignore-eos.
            tokenBias = new TokenBias(model.tokenizer);
            const V = vocabSizeOf(model);
            for (let t = 0; t < V; t++) if (model.isEogToken(t)) { tokenBias._biases.set(t, -Infinity); banned.push(t); }
        }
        const gen = seq.evaluate(prompt, { temperature: 0, yieldEogToken: true, tokenBias });
        const out = [];
        const tPrompt = process.hrtime.bigint();
        let r = await gen.next();          // prompt prefill (one batch) + first greedy sample
        const promptSeconds = secondsSince(tPrompt);
        if (!r.done) out.push(r.value);
        const tDecode = process.hrtime.bigint();
        while (!r.done && out.length < N) { // each step: decode 1 token + greedy sample
            r = await gen.next();
            if (!r.done) out.push(r.value);
        }
        const decodeSeconds = secondsSince(tDecode);
        await gen.return();
        const decodeSteps = Math.max(0, out.length - 1);
        const eogPositions = [];
        out.forEach((t, i) => { if (model.isEogToken(t)) eogPositions.push(i); });
        return {
            tokens: out,
            count: out.length,
            promptTokens: prompt.length,
            promptSeconds,
            promptTokensPerSecond: prompt.length / promptSeconds,
            decodeSteps,
            decodeSeconds,
            decodeTokensPerSecond: decodeSteps > 0 ? decodeSteps / decodeSeconds : null,
            threads: ctx.currentThreads,
            requestedThreads: threads,
            contextSize: ctx.contextSize,
            batchSize: ctx.batchSize,
            flashAttention: ctx.flashAttention,
            eogPositions,
            bannedEog: banEog ? banned : null
        };
    } finally {
        await ctx.dispose();
    }
}

async function cmdPrefill(args) {
    const model = await loadModel(args.model);
    const tokens = checkTokenRange(model, readTokens(args));
    const n = tokens.length;
    if (n < 1) throw new UsageError("prefill needs at least 1 token");
    const R = intArg(args, "repeat", 3);
    if (R < 1) throw new UsageError("--repeat R needs R >= 1");
    const threads = threadsArg(args);
    const ctx = await createContext(model, { contextSize: n, batchSize: n, threads, flashAttention: flashAttentionArg(args) });
    try {
        const seq = ctx.getSequence();
        const allLogits = args.allLogits === true;
        // --all-logits: one batch with logits and a greedy sample at every position.
        const greedy = { token: true, options: { temperature: 0 } };
        const input = allLogits ? tokens.map((t) => [t, { generateNext: greedy }]) : null;
        const runs = [];
        let next = null;
        for (let i = 0; i <= R; i++) { // run 0 warms up (buffers, page cache) and is not timed
            await seq.clearHistory();
            const t0 = process.hrtime.bigint();
            if (allLogits) {
                const got = new Array(n).fill(null);
                await seq.controlledEvaluate(input, {
                    onTokenResult(j, result) { got[j] = result.next?.token ?? null; }
                });
                if (i > 0) runs.push(secondsSince(t0));
                const missing = got.findIndex((t) => t == null);
                if (missing >= 0) throw new Error(`--all-logits: no greedy token for position ${missing}`);
                next = got;
            } else {
                await seq.evaluateWithoutGeneratingNewTokens(tokens);
                if (i > 0) runs.push(secondsSince(t0));
            }
        }
        const best = Math.min(...runs);
        return {
            allLogits,
            ...(allLogits ? { next } : {}),
            tokens: n,
            seconds: runs,
            bestSeconds: best,
            tokensPerSecond: n / best,
            threads: ctx.currentThreads,
            requestedThreads: threads,
            batchSize: ctx.batchSize,
            flashAttention: ctx.flashAttention
        };
    } finally {
        await ctx.dispose();
    }
}

const COMMANDS = { info: cmdInfo, tokenize: cmdTokenize, detokenize: cmdDetokenize, eval: cmdEval, generate: cmdGenerate, prefill: cmdPrefill };

async function runOne(args) {
    const fn = COMMANDS[args.cmd];
    if (fn == null) throw new UsageError(`unknown command ${JSON.stringify(args.cmd)} (expected one of ${Object.keys(COMMANDS).join(", ")})`);
    return fn(args);
}

async function main() {
    const args = parseArgv(process.argv.slice(2));
    if (args.help || (args.cmd == null && args.batch == null)) {
        const head = fs.readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 14).map((l) => l.replace(/^\/\/ ?/, ""));
        process.stderr.write(head.join("\n") + "\n");
        return args.help ? 0 : 2;
    }
    if (args.batch != null) {
        if (args.cmd != null) throw new UsageError("--batch cannot be combined with a subcommand");
        const items = JSON.parse(fs.readFileSync(args.batch === "-" ? 0 : args.batch, "utf8"));
        if (!Array.isArray(items)) throw new UsageError("--batch file must hold a JSON array of {cmd, ...args}");
        const defaults = { ...args };
        delete defaults.batch;
        const results = [];
        let failed = 0;
        for (const [i, raw] of items.entries()) {
            try {
                results.push(await runOne({ ...defaults, ...normalizeArgs(raw) }));
            } catch (err) {
                failed++;
                process.stderr.write(`batch item ${i} (${raw?.cmd}): ${err?.message ?? err}\n`);
                results.push({ error: String(err?.message ?? err) });
            }
        }
        await writeStdout(JSON.stringify(results) + "\n");
        return failed > 0 ? 1 : 0;
    }
    const result = await runOne(args);
    await writeStdout(JSON.stringify(result) + "\n");
    return 0;
}

// writeStdout resolves once the data has reached the kernel. Writes to a pipe
// are asynchronous in Node, and process.exit() below would otherwise cut a
// large document short (the reader then sees truncated JSON).
function writeStdout(s) {
    return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}

let code;
try {
    code = await main();
} catch (err) {
    process.stderr.write(`probe: ${err instanceof UsageError ? "usage: " : ""}${err?.message ?? err}\n`);
    code = err instanceof UsageError ? 2 : 1;
}
// Dispose the native resources before exiting so nothing lingers.
try {
    for (const m of models.values()) await (await m.catch(() => null))?.dispose();
    if (llamaPromise != null) await (await llamaPromise.catch(() => null))?.dispose();
} catch { /* ignore */ }
process.exit(code);
