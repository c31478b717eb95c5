"""The decode fast path: one token per running request through the model with as few kernels as possible.

A decode step is latency-bound: each request adds one row to every matmul, so the cost is the number of
operations dispatched, not their arithmetic. This path runs the same math as `Transformer.forward` (checked
against it in the tests) on 2-D (rows, features) activations with weights rearranged once at load:

- RMSNorm weights (and a sqrt(dim)) are folded into the matmul after each norm, leaving x / sqrt(Σx² + dim·eps);
- q, k, v are one matmul, and so are gate and up;
- weights are stored transposed so each projection is one `mm` (`addmm` where a residual is added);
- the rotary embedding is left to the cache's attention (`KVCache`), which on CPU fuses it into its kernel.
The model's own parameters and its training forward are untouched (a padded prefill still runs
`Transformer.forward`); the price is a second, rearranged copy of the weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from roost.engine.cache import Attend, KVCache
from roost.model import Transformer


@dataclass
class _Layer:
    qkv: torch.Tensor  # (dim, features): [q, k, v] columns, input norm folded in
    qkv_bias: torch.Tensor | None  # (features,): Qwen2's q, k, v biases (the norm does not scale them)
    q_norm: torch.Tensor | None
    k_norm: torch.Tensor | None
    out: torch.Tensor  # (heads * head_dim, dim)
    gate_up: torch.Tensor  # (dim, 2 * ffn_dim), post-attention norm folded in
    down: torch.Tensor  # (ffn_dim, dim)


class DecodeModel:
    def __init__(self, model: Transformer):
        c = model.config
        self.eps = c.norm_eps
        # rsqrt(mean(x²) + eps) = sqrt(dim) · rsqrt(Σx² + dim·eps)
        self.root_dim_eps = torch.tensor((c.dim * c.norm_eps) ** 0.5, device=model.rope_cos.device, dtype=model.rope_cos.dtype)
        root_dim = c.dim**0.5
        self.n_heads, self.n_kv_heads, self.head_dim = c.n_heads, c.n_kv_heads, c.head_dim
        with torch.no_grad():
            self.embed = model.embed_tokens.weight
            self.lm_head = (model.lm_head.weight * (model.norm.weight * root_dim)).t().contiguous()
            self.layers = [self._layer(block, root_dim) for block in model.layers]

    def _layer(self, block, root_dim: float) -> _Layer:
        attn, mlp = block.self_attn, block.mlp
        qkv = torch.cat([attn.q_proj.weight, attn.k_proj.weight, attn.v_proj.weight])
        bias = torch.cat([attn.q_proj.bias, attn.k_proj.bias, attn.v_proj.bias]) if attn.q_proj.bias is not None else None
        return _Layer(
            qkv=(qkv * (block.input_layernorm.weight * root_dim)).t().contiguous(),
            qkv_bias=bias,
            q_norm=attn.q_norm.weight if attn.q_norm is not None else None,
            k_norm=attn.k_norm.weight if attn.k_norm is not None else None,
            out=attn.o_proj.weight.t().contiguous(),
            gate_up=(torch.cat([mlp.gate_proj.weight, mlp.up_proj.weight]) * (block.post_attention_layernorm.weight * root_dim))
            .t()
            .contiguous(),
            down=mlp.down_proj.weight.t().contiguous(),
        )

    def _norm(self, x: torch.Tensor) -> torch.Tensor:
        """RMSNorm up to the factor sqrt(dim), which is folded into the next weights with the norm's own.

        x / sqrt(Σx² + dim·eps) as x / hypot(‖x‖, sqrt(dim·eps)): three kernels instead of five.
        """
        return x / torch.hypot(torch.linalg.vector_norm(x, dim=-1, keepdim=True), self.root_dim_eps)

    def __call__(self, tokens: torch.Tensor, cache: KVCache, logits_at: torch.Tensor | None = None) -> torch.Tensor:
        """Logits (rows, vocab) for one token per row, at the positions given to `cache.decode` (called first).

        `logits_at`: only those rows' logits (a flat prefill wants each prompt's last token's).
        """
        return self._forward(tokens, cache.attend_rows, logits_at)

    def static(self, tokens: torch.Tensor, positions: torch.Tensor, cache: KVCache, span: int | None = None) -> torch.Tensor:
        """The same over the first `span` cache positions (default all), with shapes fixed by the row count and span
        alone: for CUDA graphs and torch.compile.

        Needs no `cache.decode` and keeps no Python state, so a graph of it stays valid for any positions < span.
        """
        return self._forward(tokens, cache.static_attention(positions, span))

    def _forward(self, tokens: torch.Tensor, attend: Attend, logits_at: torch.Tensor | None = None) -> torch.Tensor:
        rows, heads, kv_heads, head_dim = tokens.size(0), self.n_heads, self.n_kv_heads, self.head_dim
        q_width, k_width = heads * head_dim, kv_heads * head_dim
        x = F.embedding(tokens, self.embed)
        for index, layer in enumerate(self.layers):
            normed = self._norm(x)
            projected = torch.mm(normed, layer.qkv) if layer.qkv_bias is None else torch.addmm(layer.qkv_bias, normed, layer.qkv)
            q = projected[:, :q_width].view(rows, heads, head_dim)
            k = projected[:, q_width : q_width + k_width].view(rows, kv_heads, head_dim)
            v = projected[:, q_width + k_width :].view(rows, kv_heads, head_dim)
            if layer.q_norm is not None:  # QK-norm sits between projection and rotation
                q = F.rms_norm(q, (head_dim,), layer.q_norm, self.eps)
                k = F.rms_norm(k, (head_dim,), layer.k_norm, self.eps)
            attended = attend(index, q, k, v)  # rotates q and k to the rows' positions
            x = torch.addmm(x, attended, layer.out)
            gate, up = torch.mm(self._norm(x), layer.gate_up).chunk(2, dim=-1)
            x = torch.addmm(x, F.silu(gate) * up, layer.down)
        if logits_at is not None:
            x = x[logits_at]
        return torch.mm(self._norm(x), self.lm_head)
