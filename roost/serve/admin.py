"""The operator console at /admin: keys, usage, live server figures and moderation, behind an operator session.

Routes (all JSON under /admin/api, answered in OpenAI's error envelope):
    GET  /admin                      the console page (static files; it logs in and calls the routes below)
    POST /admin/api/login            {token} from `roost operator create` -> session cookie + CSRF token
    POST /admin/api/logout
    GET  /admin/api/session          who is logged in, and the session's CSRF token
    GET  /admin/api/keys             keys with their limits and usage totals
    POST /admin/api/keys             create a key: the secret is in this answer only
    POST /admin/api/keys/{id}/revoke
    POST /admin/api/keys/{id}/limits {requests_per_minute, tokens_per_minute} (null: the server's default)
    GET  /admin/api/usage            requests and tokens per UTC day, key and model; usage.csv the same as CSV
    GET  /admin/api/live             running, queued, token counters, TTFT, cache use: read from /metrics' registry
    GET  /admin/api/audit            the moderation audit log, newest first, filtered by action/stage/category/key
    GET  /admin/api/policy           the active policy's categories, actions and detectors
    POST /admin/api/policy/test      {text, stage, key_id}: every rule that fires and why

Why there is no cross-site request forgery path: the session cookie is HttpOnly and SameSite=Strict (a request
started by another site never carries it), every state-changing route also wants the session's CSRF token in the
`x-csrf-token` header (which a cross-site form cannot set and a cross-site script cannot read), a request whose
Origin is not this server is refused, and bodies are JSON only. API keys (Authorization: Bearer) are refused
outright: the console takes operator sessions, and an API key that leaks must not open it.
"""

from __future__ import annotations

import csv
import hmac
import io
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field

from roost.moderation.policy import KeyRef, Policy
from roost.serve.db import (
    OperatorRecord,
    UsageBreakdown,
    audit_filtered,
    set_key_limits,
    usage_by_day_key_model,
)
from roost.serve.generation import ServerState
from roost.serve.keys import authenticate, create_key
from roost.serve.operators import (
    SESSION_SECONDS,
    authenticate_operator,
    close_session,
    csrf_token,
    open_session,
    session_owner,
)
from roost.serve.schemas import APIError

STATIC_DIR = Path(__file__).parent / "static"
COOKIE = "roost_console"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# The pages load only this server's own files and talk only to it: no inline script, nothing remote.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Body):
    token: str = Field(max_length=200)


class KeyCreateRequest(_Body):
    name: str = Field(min_length=1, max_length=100)
    requests_per_minute: int | None = Field(default=None, ge=1)
    tokens_per_minute: int | None = Field(default=None, ge=1)


class KeyLimitsRequest(_Body):
    requests_per_minute: int | None = Field(default=None, ge=1)
    tokens_per_minute: int | None = Field(default=None, ge=1)


class PolicyTestRequest(_Body):
    text: str = Field(max_length=100_000)
    stage: Literal["input", "output"] | None = None
    key_id: int | None = None


class Session(BaseModel):
    operator: str
    csrf_token: str
    model: str
    auth: bool


class KeyView(BaseModel):
    id: int
    name: str
    prefix: str
    created: float
    revoked: float | None
    requests_per_minute: int | None
    tokens_per_minute: int | None
    default_requests_per_minute: int
    default_tokens_per_minute: int
    requests: int
    total_tokens: int


class CreatedKey(BaseModel):
    key: KeyView
    secret: str  # shown once


class LiveFigures(BaseModel):
    """The server's figures now, read from the same registry /metrics renders."""

    time: float
    running: float
    queued: float
    cache_usage: float  # share of the KV cache's positions held by running requests
    prompt_tokens: float
    completion_tokens: float
    requests: float  # chat and text completion requests answered, any status
    ttft_count: float
    ttft_sum: float
    itl_count: float
    itl_sum: float


class UsageView(BaseModel):
    rows: list[dict]
    since: str | None


def admin_router(state: ServerState, policy: Policy) -> APIRouter:
    """The console's routes for one server; `policy` is the moderation policy it serves with."""
    router = APIRouter(include_in_schema=False)
    store = state.store

    def require_operator(request: Request) -> OperatorRecord:
        if request.headers.get("authorization"):
            raise APIError(401, "The console takes an operator session (log in at /admin); API keys are not "
                           "accepted here.", code="operator_session_required")
        secret = request.cookies.get(COOKIE, "")
        operator = session_owner(store, secret)
        if operator is None:
            raise APIError(401, "Log in to the console with an operator token from `roost operator create`.",
                           code="operator_session_required")
        if request.method not in SAFE_METHODS:
            _check_origin(request)
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent.encode(), csrf_token(secret).encode()):
                raise APIError(403, "Missing or wrong CSRF token: state-changing console requests need the "
                               f"session's token in the {CSRF_HEADER} header.", code="csrf_failed")
        return operator

    @router.get("/admin")
    def console_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "admin.html", headers=PAGE_HEADERS)

    @router.post("/admin/api/login", response_model=Session)
    def login(body: LoginRequest, request: Request, response: Response) -> Session:
        _check_origin(request)
        if request.headers.get("authorization"):
            raise APIError(401, "The console takes an operator token, not an API key.", code="operator_session_required")
        operator = authenticate_operator(store, body.token.strip())
        if operator is None:
            raise APIError(401, "Unknown or revoked operator token.", code="invalid_operator_token")
        secret = open_session(store, operator)
        response.set_cookie(COOKIE, secret, max_age=SESSION_SECONDS, path="/admin", httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return _session(operator, secret)

    @router.post("/admin/api/logout")
    def logout(request: Request, response: Response, _: OperatorRecord = Depends(require_operator)) -> dict:
        close_session(store, request.cookies.get(COOKIE, ""))
        response.delete_cookie(COOKIE, path="/admin")
        return {"ok": True}

    @router.get("/admin/api/session", response_model=Session)
    def session(request: Request, operator: OperatorRecord = Depends(require_operator)) -> Session:
        return _session(operator, request.cookies.get(COOKIE, ""))

    def _session(operator: OperatorRecord, secret: str) -> Session:
        return Session(operator=operator.name, csrf_token=csrf_token(secret), model=state.model_id, auth=state.auth)

    def key_views() -> list[KeyView]:
        totals: dict[int, tuple[int, int]] = {}
        for row in usage_by_day_key_model(store):
            requests, tokens = totals.get(row.key_id, (0, 0))
            totals[row.key_id] = (requests + row.requests, tokens + row.total_tokens)
        return [
            KeyView(**key.to_dict(), default_requests_per_minute=state.config.requests_per_minute,
                    default_tokens_per_minute=state.config.tokens_per_minute,
                    requests=totals.get(key.id, (0, 0))[0], total_tokens=totals.get(key.id, (0, 0))[1])
            for key in store.list_keys()
        ]

    def key_view(key_id: int) -> KeyView:
        for view in key_views():
            if view.id == key_id:
                return view
        raise APIError(404, f"No key with id {key_id}.", code="key_not_found")

    @router.get("/admin/api/keys", response_model=list[KeyView], dependencies=[Depends(require_operator)])
    def list_keys() -> list[KeyView]:
        return key_views()

    @router.post("/admin/api/keys", response_model=CreatedKey, dependencies=[Depends(require_operator)])
    def create(body: KeyCreateRequest, response: Response) -> CreatedKey:
        secret = create_key(store.path, body.name, body.requests_per_minute, body.tokens_per_minute)
        response.headers["Cache-Control"] = "no-store"
        return CreatedKey(key=key_view(authenticate(store, secret).id), secret=secret)

    @router.post("/admin/api/keys/{key_id}/revoke", response_model=KeyView, dependencies=[Depends(require_operator)])
    def revoke(key_id: int) -> KeyView:
        key_view(key_id)  # 404 for an unknown key
        store.revoke_key(key_id)
        return key_view(key_id)

    @router.post("/admin/api/keys/{key_id}/limits", response_model=KeyView, dependencies=[Depends(require_operator)])
    def limits(key_id: int, body: KeyLimitsRequest) -> KeyView:
        key_view(key_id)
        set_key_limits(store, key_id, body.requests_per_minute, body.tokens_per_minute)
        return key_view(key_id)

    @router.get("/admin/api/usage", response_model=UsageView, dependencies=[Depends(require_operator)])
    def usage(days: int | None = None) -> UsageView:
        since = _since(days)
        return UsageView(rows=[row.to_dict() for row in usage_by_day_key_model(store, since)], since=since)

    @router.get("/admin/api/usage.csv", dependencies=[Depends(require_operator)])
    def usage_csv(days: int | None = None) -> Response:
        text = usage_table_csv(usage_by_day_key_model(store, _since(days)))
        return Response(text, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="roost-usage.csv"'})

    @router.get("/admin/api/live", response_model=LiveFigures, dependencies=[Depends(require_operator)])
    def live() -> LiveFigures:
        return live_figures(state)

    @router.get("/admin/api/audit", dependencies=[Depends(require_operator)])
    def audit(action: str | None = None, stage: str | None = None, category: str | None = None,
              key_id: int | None = None, limit: int = Query(200, ge=1, le=5000)) -> list[dict]:
        names = {key.id: key.name for key in store.list_keys()} | {0: "(auth off)"}
        rows = audit_filtered(store, action or None, stage or None, category or None, key_id, limit)
        return [{**row.__dict__, "key_name": names.get(row.key_id, str(row.key_id))} for row in rows]

    @router.get("/admin/api/policy", dependencies=[Depends(require_operator)])
    def active_policy() -> dict:
        return describe_policy(policy)

    @router.post("/admin/api/policy/test", dependencies=[Depends(require_operator)])
    def test_policy(body: PolicyTestRequest) -> dict:
        key = None
        if body.key_id is not None:
            record = store.key_by_id(body.key_id)
            key = KeyRef(record.id, record.name) if record else KeyRef(body.key_id)
        return policy.check(body.text, body.stage, key).to_dict()

    return router


def _check_origin(request: Request) -> None:
    """Refuse a request another site's page started (browsers send Origin on every POST, and Sec-Fetch-Site)."""
    origin = request.headers.get("origin")
    own = f"{request.url.scheme}://{request.url.netloc}"
    if (origin is not None and origin != own) or request.headers.get("sec-fetch-site", "same-origin") not in (
        "same-origin", "none"
    ):
        raise APIError(403, "Cross-site request refused: the console answers only its own page.", code="csrf_failed")


def _since(days: int | None) -> str | None:
    if days is None:
        return None
    if days < 1:
        raise APIError(400, f"days must be at least 1, got {days}.", param="days", code="invalid_value")
    return (datetime.now(UTC) - timedelta(days=days - 1)).strftime("%Y-%m-%d")


def usage_table_csv(rows: list[UsageBreakdown]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["day", "key_id", "key_name", "model", "requests", "prompt_tokens", "completion_tokens",
                     "total_tokens"])
    for row in rows:
        writer.writerow([row.day, row.key_id, _csv_cell(row.key_name), _csv_cell(row.model), row.requests,
                         row.prompt_tokens, row.completion_tokens, row.total_tokens])
    return out.getvalue()


def _csv_cell(text: str) -> str:
    """A name that a spreadsheet would run as a formula is written as text (OWASP's CSV injection advice)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def live_figures(state: ServerState) -> LiveFigures:
    registry = state.metrics.registry

    def value(name: str, **labels: str) -> float:
        return registry.get_sample_value(name, labels) or 0.0

    requests = sum(
        sample.value
        for metric in registry.collect() if metric.name == "roost_requests"
        for sample in metric.samples
        if sample.name == "roost_requests_total" and sample.labels["route"].endswith("completions")
    )
    return LiveFigures(
        time=time.time(),
        running=value("roost_running"),
        queued=value("roost_queue_depth"),
        cache_usage=value("roost_kv_cache_usage_ratio"),
        prompt_tokens=value("roost_prompt_tokens_total"),
        completion_tokens=value("roost_completion_tokens_total"),
        requests=requests,
        ttft_count=value("roost_time_to_first_token_seconds_count"),
        ttft_sum=value("roost_time_to_first_token_seconds_sum"),
        itl_count=value("roost_inter_token_latency_seconds_count"),
        itl_sum=value("roost_inter_token_latency_seconds_sum"),
    )


def describe_policy(policy: Policy) -> dict:
    """The policy as the operator wrote it: categories, their actions and stages, each detector and its entries."""
    return {
        "name": policy.name,
        "source": str(policy.source),
        "refusal": policy.refusal,
        "overrides": len(policy.overrides),
        "categories": [
            {
                "name": category.name, "action": category.action, "applies_to": category.applies_to,
                "description": category.description,
                "detectors": [
                    {"name": detector.name, "kind": detector.kind,
                     "entries": detector.words or [source for source, _ in detector.regexes],
                     "threshold": detector.threshold if detector.classifier is not None else None}
                    for detector in category.detectors
                ],
            }
            for category in policy.categories.values()
        ],
    }
