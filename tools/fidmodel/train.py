#!/usr/bin/env python3
"""Trains the fidelity model on the token ids `fidmodel data` wrote.

usage: python3 tools/fidmodel/train.py WORK [STEPS]

Reads WORK/config.json and WORK/train.u16; writes WORK/weights.f32 (the
tensors in fidmodel's tensorOrder, float32, each torch's row-major
[out, in]) and logs the loss. The model is llama.cpp's LLaMA graph: RMS norm,
grouped-query attention with RoPE in GGML's normal mode (adjacent pairs
rotated, the angle of pair i divided by rope_freqs[i]), SwiGLU, tied
embeddings. Seeded: on one machine and torch build the run repeats bit for
bit (single-threaded, torch.use_deterministic_algorithms).
"""
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

work = sys.argv[1]
steps = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
cfg = json.load(open(f"{work}/config.json"))
torch.manual_seed(1)
torch.set_num_threads(int(__import__("os").environ.get("FIDMODEL_THREADS", "1")))
torch.use_deterministic_algorithms(True)

V, D, L, H, KV, FF, T = (cfg[k] for k in ("Vocab", "Dim", "Layers", "Heads", "KVHeads", "FFDim", "Context"))
hd = D // H
eps = cfg["NormEps"]
ids = torch.from_numpy(np.fromfile(f"{work}/train.u16", dtype="<u2").astype(np.int64))
held = len(ids) // 50  # the last 2% of the ids: validation loss
train_ids, val_ids = ids[:-held], ids[-held:]

inv = torch.tensor([cfg["RopeBase"] ** (-2 * i / hd) for i in range(hd // 2)], dtype=torch.float64)
inv = inv / torch.tensor(cfg["RopeFreqs"], dtype=torch.float64)
ang = torch.arange(T, dtype=torch.float64)[:, None] * inv[None, :]
cos, sin = ang.cos().float(), ang.sin().float()  # [T, hd/2]


def rope(x):  # x [B, heads, T, hd]: pairs (2i, 2i+1), GGML_ROPE_TYPE_NORM
    t = x.shape[2]
    a, b = x[..., 0::2], x[..., 1::2]
    c, s = cos[:t], sin[:t]
    return torch.stack((a * c - b * s, a * s + b * c), dim=-1).flatten(-2)


def rms(x, w):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w


def p(*shape, std=0.02):
    return torch.nn.Parameter(torch.randn(*shape) * std)


params = {"tok": p(V, D)}
for l in range(L):
    params |= {
        f"{l}.an": torch.nn.Parameter(torch.ones(D)),
        f"{l}.q": p(D, D), f"{l}.k": p(KV * hd, D), f"{l}.v": p(KV * hd, D),
        f"{l}.o": p(D, D, std=0.02 / math.sqrt(2 * L)),
        f"{l}.fn": torch.nn.Parameter(torch.ones(D)),
        f"{l}.g": p(FF, D), f"{l}.u": p(FF, D), f"{l}.d": p(D, FF, std=0.02 / math.sqrt(2 * L)),
    }
params["on"] = torch.nn.Parameter(torch.ones(D))
order = ["tok"] + [f"{l}.{n}" for l in range(L) for n in ("an", "q", "k", "v", "o", "fn", "g", "u", "d")] + ["on"]


def forward(x):
    B, t = x.shape
    h = params["tok"][x]
    mask = torch.full((t, t), float("-inf")).triu(1)
    for l in range(L):
        a = rms(h, params[f"{l}.an"])
        q = (a @ params[f"{l}.q"].T).view(B, t, H, hd).transpose(1, 2)
        k = (a @ params[f"{l}.k"].T).view(B, t, KV, hd).transpose(1, 2)
        v = (a @ params[f"{l}.v"].T).view(B, t, KV, hd).transpose(1, 2)
        q, k = rope(q), rope(k)
        k = k.repeat_interleave(H // KV, dim=1)  # query head j uses KV head j/(H/KV)
        v = v.repeat_interleave(H // KV, dim=1)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(hd) + mask
        o = (att.softmax(-1) @ v).transpose(1, 2).reshape(B, t, D)
        h = h + o @ params[f"{l}.o"].T
        f = rms(h, params[f"{l}.fn"])
        h = h + (F.silu(f @ params[f"{l}.g"].T) * (f @ params[f"{l}.u"].T)) @ params[f"{l}.d"].T
    return rms(h, params["on"]) @ params["tok"].T


decay = [v for k, v in params.items() if v.dim() == 2]
nodecay = [v for k, v in params.items() if v.dim() == 1]
opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": nodecay, "weight_decay": 0.0}],
                        lr=3e-3, betas=(0.9, 0.95))
B, warm = 16, 100
gen = torch.Generator().manual_seed(2)


def batch(src, g):
    starts = torch.randint(0, len(src) - T - 1, (B,), generator=g)
    x = torch.stack([src[s:s + T + 1] for s in starts.tolist()])
    return x[:, :-1], x[:, 1:]


def val_loss():
    g = torch.Generator().manual_seed(3)
    with torch.no_grad():
        return sum(F.cross_entropy(forward(x).reshape(-1, V), y.reshape(-1)).item()
                   for x, y in (batch(val_ids, g) for _ in range(4))) / 4


t0 = time.time()
for step in range(steps):
    lr = 3e-3 * min(1, (step + 1) / warm) * 0.5 * (1 + math.cos(math.pi * step / steps))
    for g in opt.param_groups:
        g["lr"] = lr
    x, y = batch(train_ids, gen)
    loss = F.cross_entropy(forward(x).reshape(-1, V), y.reshape(-1))
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(list(params.values()), 1.0)
    opt.step()
    if step % 50 == 0 or step == steps - 1:
        print(f"step {step} loss {loss.item():.4f} lr {lr:.2e} {time.time() - t0:.0f}s", flush=True)
print(f"validation loss {val_loss():.4f} (perplexity {math.exp(val_loss()):.2f})", flush=True)

with open(f"{work}/weights.f32", "wb") as f:
    for k in order:
        f.write(params[k].detach().contiguous().numpy().astype("<f4").tobytes())
