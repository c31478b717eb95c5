"""`POST /v1/moderations` in OpenAI's wire format, answered by the operator's policy (`roost.moderation.policy`).

Every OpenAI category is always reported (false and 0 where the policy has no detector for it), then the policy's
custom categories. `categories[c]` is true where a detector of `c` fired and the category's action (after the
caller's key overrides) is flag or block; `category_scores[c]` is the highest detector score: a classifier's
probability, or 1 for a word or pattern match. Each result also carries `rules`, roost's addition: every rule that
fired and why, so a caller can see the reason as well as the verdict.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from roost.moderation.policy import Policy
from roost.serve.db import KeyRecord
from roost.serve.schemas import APIError, ErrorResponse, Text

MAX_INPUTS = 64


class TextInput(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    type: Literal["text"]
    text: Text


class ImageInput(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    type: Literal["image_url"]
    image_url: dict[Text, Text]


class ModerationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    input: Text | list[Text] | list[TextInput | ImageInput]
    model: Text | None = None


class FiredRule(BaseModel):
    rule: str
    category: str
    action: str
    score: float
    reason: str


class ModerationResult(BaseModel):
    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]]
    rules: list[FiredRule] = Field(default_factory=list)


class ModerationResponse(BaseModel):
    id: str
    model: str
    results: list[ModerationResult]


def _texts(body: ModerationRequest) -> list[str]:
    if isinstance(body.input, str):
        return [body.input]
    texts = []
    for item in body.input:
        if isinstance(item, ImageInput):
            raise APIError(400, "Image inputs are not supported: roost's policy judges text.", param="input",
                           code="unsupported_input")
        texts.append(item if isinstance(item, str) else item.text)
    if not texts:
        raise APIError(400, "'input' must not be an empty list.", param="input", code="invalid_value")
    if len(texts) > MAX_INPUTS:
        raise APIError(400, f"At most {MAX_INPUTS} inputs per request.", param="input", code="invalid_value")
    return texts


def moderate(policy: Policy, texts: list[str], key: KeyRecord | None) -> list[ModerationResult]:
    """Judge each text with every category of the policy, whatever stage it applies to."""
    names = policy.category_names
    results = []
    for text in texts:
        result = policy.check(text, stage=None, key=key)
        results.append(ModerationResult(
            flagged=any(result.categories.values()),
            categories={name: result.categories.get(name, False) for name in names},
            category_scores={name: result.category_scores.get(name, 0.0) for name in names},
            category_applied_input_types={name: ["text"] for name in names},
            rules=[FiredRule(rule=hit.rule, category=hit.category, action=hit.action, score=hit.score, reason=hit.reason)
                   for hit in result.hits],
        ))
    return results


def moderation_router(policy: Policy, require_key: Callable[..., KeyRecord | None]) -> APIRouter:
    """The router the server includes; `require_key` is its API-key dependency."""
    router = APIRouter()
    errors = {code: {"model": ErrorResponse} for code in (400, 401, 413)}

    @router.post("/v1/moderations", response_model=ModerationResponse, responses=errors)
    def create_moderation(body: ModerationRequest, key: KeyRecord | None = Depends(require_key)) -> ModerationResponse:
        results = moderate(policy, _texts(body), key)
        return ModerationResponse(id=f"modr-{uuid.uuid4().hex}", model=policy.name, results=results)

    return router

