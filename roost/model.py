"""The decoder-only transformer, in plain PyTorch.

The layout is Hugging Face's Llama, one module to one tensor, so export is a renaming: RMSNorm before
attention and MLP, rotary position embeddings in the rotate-half convention, grouped-query attention through
`scaled_dot_product_attention`, a SwiGLU feed-forward, tied or untied embeddings. With `qk_norm` on, queries and
keys are RMS-normalised per head before RoPE, as in Qwen3; with `attention_bias` on, the q, k and v projections
add a bias, as in Qwen2.

Parallelism, precision and compilation are applied from outside. For inference, `forward` takes the positions
of the tokens and an attention backend (the engine's KV cache); without one it runs causal self-attention over
the whole sequence, which is what training uses.
"""

from __future__ import annotations

import math
import sys
from typing import Protocol

import torch
import torch.nn.functional as F
from torch import nn

from roost.config import ModelConfig


class AttentionCache(Protocol):
    """What the engine plugs into `Transformer.forward` to attend over cached keys and values."""

    def attend(self, layer: int, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        """Store this step's k, v (batch, kv_heads, T, head_dim) for `layer` and return attention output for q."""
        ...


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.rms_norm(x, (x.size(-1),), self.weight, self.eps)


def rope_tables(head_dim: int, max_seq_len: int, theta: float) -> tuple[torch.Tensor, torch.Tensor]:
    """cos and sin tables, (max_seq_len, head_dim), in Hugging Face's rotate-half layout."""
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim))
    angles = torch.outer(torch.arange(max_seq_len, dtype=torch.float64), inv_freq)
    angles = torch.cat([angles, angles], dim=-1)
    return angles.cos().float(), angles.sin().float()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate x (batch, heads, T, head_dim) by cos/sin broadcastable to (batch, 1, T, head_dim)."""
    half = x.size(-1) // 2
    rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
    return x * cos + rotated * sin


class Attention(nn.Module):
    def __init__(self, config: ModelConfig, layer: int):
        super().__init__()
        self.layer = layer
        self.n_heads = config.n_heads
        self.n_kv_heads = config.n_kv_heads
        self.head_dim = config.head_dim
        bias = config.attention_bias  # Qwen2's q, k and v carry biases; o_proj never does
        self.q_proj = nn.Linear(config.dim, config.n_heads * self.head_dim, bias=bias)
        self.k_proj = nn.Linear(config.dim, config.n_kv_heads * self.head_dim, bias=bias)
        self.v_proj = nn.Linear(config.dim, config.n_kv_heads * self.head_dim, bias=bias)
        self.o_proj = nn.Linear(config.n_heads * self.head_dim, config.dim, bias=False)
        self.q_norm = RMSNorm(self.head_dim, config.norm_eps) if config.qk_norm else None
        self.k_norm = RMSNorm(self.head_dim, config.norm_eps) if config.qk_norm else None

    def forward(
        self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, cache: AttentionCache | None
    ) -> torch.Tensor:
        batch, seq, _ = x.shape
        q = self.q_proj(x).view(batch, seq, self.n_heads, self.head_dim)
        k = self.k_proj(x).view(batch, seq, self.n_kv_heads, self.head_dim)
        v = self.v_proj(x).view(batch, seq, self.n_kv_heads, self.head_dim)
        if self.q_norm is not None:
            q, k = self.q_norm(q), self.k_norm(k)
        q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)
        q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
        if cache is not None:
            out = cache.attend(self.layer, q, k, v)
        else:
            out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=self.n_kv_heads != self.n_heads)
        return self.o_proj(out.transpose(1, 2).reshape(batch, seq, -1))


class MLP(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.gate_proj = nn.Linear(config.dim, config.ffn_dim, bias=False)
        self.up_proj = nn.Linear(config.dim, config.ffn_dim, bias=False)
        self.down_proj = nn.Linear(config.ffn_dim, config.dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Block(nn.Module):
    def __init__(self, config: ModelConfig, layer: int):
        super().__init__()
        self.input_layernorm = RMSNorm(config.dim, config.norm_eps)
        self.self_attn = Attention(config, layer)
        self.post_attention_layernorm = RMSNorm(config.dim, config.norm_eps)
        self.mlp = MLP(config)

    def forward(
        self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, cache: AttentionCache | None
    ) -> torch.Tensor:
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, cache)
        return x + self.mlp(self.post_attention_layernorm(x))


class Transformer(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        if (config.dim % config.n_heads and not config.head_dim_override) or config.n_heads % config.n_kv_heads:
            raise ValueError("dim must divide by n_heads (or head_dim_override be set), and n_heads by n_kv_heads")
        if config.head_dim % 2:
            raise ValueError(f"head_dim {config.head_dim} must be even for the rotary embedding")
        self.config = config
        self.embed_tokens = nn.Embedding(config.vocab_size, config.dim)
        self.layers = nn.ModuleList(Block(config, i) for i in range(config.n_layers))
        self.norm = RMSNorm(config.dim, config.norm_eps)
        self.lm_head = nn.Linear(config.dim, config.vocab_size, bias=False)
        if config.tie_embeddings:
            self.lm_head.weight = self.embed_tokens.weight
        cos, sin = rope_tables(config.head_dim, config.max_seq_len, config.rope_theta)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)

    def forward(
        self,
        tokens: torch.Tensor,
        positions: torch.Tensor | None = None,
        cache: AttentionCache | None = None,
        logits_at: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Logits (batch, T, vocab) for tokens (batch, T); positions (batch, T) default to 0..T-1.

        `logits_at` (inference, (batch,) indices) returns logits (batch, 1, vocab) at one position per row (a
        prompt's last token), sparing a prefill the vocabulary projection of every prompt token.
        """
        if positions is None:
            cos = self.rope_cos[None, None, : tokens.size(1)]
            sin = self.rope_sin[None, None, : tokens.size(1)]
        else:
            cos = self.rope_cos[positions].unsqueeze(1)
            sin = self.rope_sin[positions].unsqueeze(1)
        x = self.embed_tokens(tokens)
        for layer in self.layers:
            x = layer(x, cos, sin, cache)
        if logits_at is not None:
            x = x[torch.arange(x.size(0), device=x.device), logits_at].unsqueeze(1)
        return self.lm_head(self.norm(x))

    @torch.no_grad()
    def init_weights(self, seed: int | None = None) -> None:
        """GPT-2 style init: N(0, 0.02), residual output projections scaled by 1/sqrt(2 * n_layers); RoPE tables.

        Works on a model built on the meta device and materialised with `to_empty` (the tables are buffers, so
        they are recomputed too), sharded or not: a sharded (DTensor) weight takes its shard of the same full
        seeded draw, so any number of processes starts from the weights one process would.
        """
        cos, sin = rope_tables(self.config.head_dim, self.config.max_seq_len, self.config.rope_theta)
        self.rope_cos.copy_(cos)
        self.rope_sin.copy_(sin)
        generator = torch.Generator().manual_seed(seed) if seed is not None else None
        residual_std = 0.02 / math.sqrt(2 * self.config.n_layers)
        for name, param in self.named_parameters():
            if name.endswith(".bias"):
                param.zero_()
                continue
            if param.dim() < 2:
                param.fill_(1.0)  # norm weights
                continue
            std = residual_std if name.endswith(("o_proj.weight", "down_proj.weight")) else 0.02
            param.copy_(_placed_like(param, torch.randn(param.shape, generator=generator) * std))


def _placed_like(param: torch.Tensor, value: torch.Tensor) -> torch.Tensor:
    """`value` (a full tensor) laid out as `param` is: as is, or split the way a DTensor parameter is sharded."""
    dtensors = sys.modules.get("torch.distributed.tensor")  # not imported: no parameter can be sharded
    if dtensors is not None and isinstance(param, dtensors.DTensor):
        return dtensors.distribute_tensor(value.to(param.device), param.device_mesh, param.placements)
    return value


def count_parameters(model: Transformer, include_embeddings: bool = True) -> int:
    total = sum(p.numel() for p in model.parameters())  # tied weights count once
    if not include_embeddings:
        total -= model.embed_tokens.weight.numel()
    return total


def flops_per_token(config: ModelConfig, seq_len: int) -> float:
    """Training FLOPs per token (forward + backward): 6 per matmul weight plus 12·L·H·Q·T for attention (PaLM, B)."""
    head_dim = config.head_dim
    per_layer = (
        config.dim * config.n_heads * head_dim * 2  # q and o
        + config.dim * config.n_kv_heads * head_dim * 2  # k and v
        + config.dim * config.ffn_dim * 3  # gate, up, down
    )
    matmul_params = config.n_layers * per_layer + config.dim * config.vocab_size  # lm_head
    attention = 12 * config.n_layers * config.n_heads * head_dim * seq_len
    return 6 * matmul_params + attention
