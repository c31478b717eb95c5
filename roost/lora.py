"""LoRA: low-rank adapters on the model's linear layers, trained while the base weights stay frozen.

Each targeted `nn.Linear` (by default every attention and MLP projection) becomes a `LoRALinear`, which keeps
the base `weight` under its own name and adds `lora_A` (rank × in) and `lora_B` (out × rank):

    y = x Wᵀ + (alpha / rank) · x Aᵀ Bᵀ

B starts at zero, so the adapted model starts exactly at the base model (Hu et al., 2021). The embedding is a
target too by default (`embed_tokens`, W + (alpha / rank) · B A over vocab × dim; a tied output head shares it):
in a small model it holds most of the parameters, and frozen it keeps LoRA well behind full tuning.

The chat template's special tokens (`<|user|>`, `<|assistant|>`, `<|end|>`, ...) never occur in pretraining, so
their embedding rows are still random when tuning starts, and the model must learn both to read them and to
predict `<|end|>`. Frozen, they cap what LoRA can learn; so, like peft's `trainable_token_indices`, the rows of
those ids in the embedding (and the output head; one shared delta when the two are tied) get a trained delta.

Merging folds every update into its weight and turns the modules back into plain `nn.Linear` / `nn.Embedding`,
so a merged model has the base model's layout and names and loads anywhere a pretrained checkpoint does.

roost's own module rather than `peft`: the model's projections are plain `nn.Linear`s, so this is the whole of
what peft would do here, without its wrapper classes renaming every parameter.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from roost.errors import RoostError

DEFAULT_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "embed_tokens")


class LoRALinear(nn.Linear):
    """A frozen linear layer plus a trainable low-rank update."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float, generator: torch.Generator | None = None):
        super().__init__(base.in_features, base.out_features, bias=base.bias is not None, device="meta")
        self.weight = base.weight
        self.bias = base.bias
        self.scaling = alpha / rank
        device, dtype = base.weight.device, base.weight.dtype
        a = torch.empty(rank, base.in_features, dtype=dtype)
        nn.init.kaiming_uniform_(a, a=math.sqrt(5), generator=generator)  # nn.Linear's own init, as in the paper
        self.lora_A = nn.Parameter(a.to(device))
        self.lora_B = nn.Parameter(torch.zeros(base.out_features, rank, device=device, dtype=dtype))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x, self.weight, self.bias) + F.linear(F.linear(x, self.lora_A), self.lora_B) * self.scaling

    def merged(self) -> nn.Linear:
        linear = nn.Linear(self.in_features, self.out_features, bias=self.bias is not None, device="meta")
        with torch.no_grad():
            update = (self.lora_B.float() @ self.lora_A.float()) * self.scaling
            linear.weight = nn.Parameter((self.weight.float() + update).to(self.weight.dtype))
        linear.bias = self.bias
        return linear


class AdaptedEmbedding(nn.Embedding):
    """The frozen embedding (vocab × dim) plus, as configured, a low-rank update B·A and deltas on a few rows."""

    def __init__(self, base: nn.Embedding, lowrank: tuple[nn.Parameter, nn.Parameter] | None, scaling: float,
                 token_ids: torch.Tensor, token_delta: nn.Parameter | None):
        super().__init__(base.num_embeddings, base.embedding_dim, device="meta")
        self.weight = base.weight
        _add_adapters(self, lowrank, scaling, token_ids, token_delta)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.embedding(x, adapted_weight(self))


class AdaptedHead(nn.Linear):
    """The frozen output head (vocab × dim), adapted like `AdaptedEmbedding`; a tied head shares its adapters."""

    def __init__(self, base: nn.Linear, lowrank: tuple[nn.Parameter, nn.Parameter] | None, scaling: float,
                 token_ids: torch.Tensor, token_delta: nn.Parameter | None):
        super().__init__(base.in_features, base.out_features, bias=False, device="meta")
        self.weight = base.weight
        _add_adapters(self, lowrank, scaling, token_ids, token_delta)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x, adapted_weight(self))


def _add_adapters(module: nn.Module, lowrank, scaling: float, token_ids: torch.Tensor, token_delta) -> None:
    module.lora_A, module.lora_B = lowrank if lowrank is not None else (None, None)
    module.scaling = scaling
    module.register_buffer("token_ids", token_ids, persistent=False)
    module.token_delta = token_delta


def adapted_weight(module: AdaptedEmbedding | AdaptedHead) -> torch.Tensor:
    weight = module.weight
    if module.lora_A is not None:
        weight = weight + (module.lora_B @ module.lora_A) * module.scaling
    if module.token_delta is not None:
        weight = weight.index_add(0, module.token_ids, module.token_delta.to(weight.dtype))
    return weight


def is_adapter(name: str) -> bool:
    return ".lora_" in name or name.endswith("token_delta")


def apply_lora(
    model: nn.Module,
    rank: int,
    alpha: float,
    targets: tuple[str, ...] | list[str] = DEFAULT_TARGETS,
    seed: int = 0,
    token_ids: list[int] = (),
) -> list[str]:
    """Adapt the targeted layers in place and freeze everything else; returns the adapted layers' names.

    Targets name linear layers (`q_proj`, ...) and, optionally, `embed_tokens` / `lm_head` (a tied head follows
    the embedding); `token_ids` get their own trained rows in the embedding and head.
    """
    generator = torch.Generator().manual_seed(seed)
    wrapped = []
    for name, module in list(model.named_modules()):
        if type(module) is nn.Linear and name != "lm_head" and name.rsplit(".", 1)[-1] in targets:
            parent_name, _, child = name.rpartition(".")
            setattr(model.get_submodule(parent_name), child, LoRALinear(module, rank, alpha, generator))
            wrapped.append(name)
    if not wrapped:
        raise RoostError(f"sft.lora_targets {list(targets)} match no linear layer of the model")
    wrapped += _adapt_vocab_matrices(model, rank, alpha, targets, sorted(set(token_ids)), generator)
    for name, param in model.named_parameters():
        param.requires_grad = is_adapter(name)
    return wrapped


def _adapt_vocab_matrices(
    model: nn.Module, rank: int, alpha: float, targets, token_ids: list[int], generator: torch.Generator
) -> list[str]:
    embed, head = model.embed_tokens, model.lm_head
    tied = head.weight is embed.weight
    if not token_ids and "embed_tokens" not in targets and ("lm_head" not in targets or tied):
        return []
    device, dtype = embed.weight.device, embed.weight.dtype
    ids = torch.tensor(token_ids, dtype=torch.long, device=device)

    def lowrank(wanted: bool) -> tuple[nn.Parameter, nn.Parameter] | None:
        if not wanted:
            return None
        a = torch.empty(rank, embed.embedding_dim, dtype=dtype)
        nn.init.kaiming_uniform_(a, a=math.sqrt(5), generator=generator)
        b = torch.zeros(embed.num_embeddings, rank, device=device, dtype=dtype)
        return nn.Parameter(a.to(device)), nn.Parameter(b)

    def rows() -> nn.Parameter | None:
        if not token_ids:
            return None
        return nn.Parameter(torch.zeros(len(token_ids), embed.embedding_dim, device=device, dtype=dtype))

    embed_lowrank, embed_rows = lowrank("embed_tokens" in targets), rows()
    model.embed_tokens = AdaptedEmbedding(embed, embed_lowrank, alpha / rank, ids, embed_rows)
    if tied:
        model.lm_head = AdaptedHead(head, embed_lowrank, alpha / rank, ids, embed_rows)
    else:
        model.lm_head = AdaptedHead(head, lowrank("lm_head" in targets), alpha / rank, ids, rows())
    return ["embed_tokens", "lm_head"]


def lora_state_dict(model: nn.Module) -> dict[str, torch.Tensor]:
    """Only the adapter tensors (`...q_proj.lora_A`, `embed_tokens.token_delta`, ...): all a LoRA checkpoint holds."""
    return {name: param.detach() for name, param in model.named_parameters() if is_adapter(name)}


def load_lora_state(model: nn.Module, state: dict[str, torch.Tensor], source: str) -> None:
    own = dict(model.named_parameters())
    expected = {name for name in own if is_adapter(name)}
    if set(state) != expected:
        raise RoostError(f"{source}: adapter does not fit this model (different rank, target layers or token rows)")
    with torch.no_grad():
        for name, tensor in state.items():
            if own[name].shape != tensor.shape:
                raise RoostError(
                    f"{source}: adapter tensor {name} has shape {tuple(tensor.shape)}, "
                    f"expected {tuple(own[name].shape)}"
                )
            own[name].copy_(tensor)


def merged_linear_state(state: dict[str, torch.Tensor], scaling: float) -> dict[str, torch.Tensor]:
    """A state dict of a model with LoRA on its linear layers, with each update folded in: the plain model's state.

    For writing checkpoints while the adapted model keeps training (`merge_lora` would change it in place).
    """
    merged = {name: tensor for name, tensor in state.items() if not is_adapter(name)}
    for name, lora_a in state.items():
        if name.endswith(".lora_A"):
            prefix = name.removesuffix(".lora_A")
            lora_b, weight = state[prefix + ".lora_B"].float(), merged[prefix + ".weight"]
            merged[prefix + ".weight"] = (weight.float() + (lora_b @ lora_a.float()) * scaling).to(weight.dtype)
    return merged


def merge_lora(model: nn.Module) -> nn.Module:
    """Fold every adapter into its base weight, in place; the model is plain again and fully trainable."""
    for name, module in list(model.named_modules()):
        if isinstance(module, LoRALinear):
            parent_name, _, child = name.rpartition(".")
            setattr(model.get_submodule(parent_name), child, module.merged())
    embed, head = model.embed_tokens, model.lm_head
    if isinstance(embed, AdaptedEmbedding):
        tied = head.weight is embed.weight
        with torch.no_grad():
            model.embed_tokens = nn.Embedding(embed.num_embeddings, embed.embedding_dim, _weight=adapted_weight(embed))
            model.lm_head = nn.Linear(head.in_features, head.out_features, bias=False, device="meta")
            model.lm_head.weight = model.embed_tokens.weight if tied else nn.Parameter(adapted_weight(head))
    for param in model.parameters():
        param.requires_grad = True
    return model
