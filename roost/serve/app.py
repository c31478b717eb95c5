"""The HTTP API: FastAPI routes in OpenAI's wire format, keys, limits, metering, metrics and the web page.

Routes:
    GET  /health                   liveness, no key needed
    GET  /metrics                  Prometheus text format
    GET  /openapi.json             the API schema
    GET  /v1/models, /v1/models/{id}
    POST /v1/chat/completions, /v1/completions   (stream or not)
    POST /v1/moderations           the operator's moderation policy, in OpenAI's format (roost.serve.moderations)
    GET  /                         the web chat page (static files; it asks for a key and sends it with each call)
Every route but /health and the page's static files requires `Authorization: Bearer <key>` unless the server runs
with `serve.auth = false`. Errors, including FastAPI's own validation and routing errors, are answered in OpenAI's
envelope. A request passes, cheapest first: body size (by Content-Length, 413), key (401), body validation (strict
types, 400), its key's request rate (429), prompt characters (`serve.max_prompt_chars`, 413); only then is its
prompt tokenized and judged by the moderation hook (a long prompt in one of `TOKENIZER_THREADS` worker threads, so
the event loop keeps streaming to others and long prompts wait for each other, not for short ones); then model,
caps and context length, its key's token rate, and admission to the engine's bounded queue.

Connections are bounded with uvicorn's own settings (`serve.timeout_keep_alive`, `serve.max_header_bytes`,
`serve.limit_concurrency`) plus a header deadline uvicorn lacks (`serve.header_timeout`, `HeaderTimeoutProtocol`):
a client that connects and sends its headers slowly, or not at all, is disconnected.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import uvicorn
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from roost.chat_model import chat_model_path
from roost.config import RunConfig, ServeConfig
from roost.device import pick_device
from roost.engine import Engine
from roost.moderation.policy import load_policy
from roost.run import Run
from roost.serve.admin import PAGE_HEADERS, admin_router
from roost.serve.db import KeyRecord, Store
from roost.serve.generation import ServerState, Ticket, admit, check_input, count_request, watch_revocations
from roost.serve.hooks import ModerationHook, PolicyHook
from roost.serve.keys import authenticate
from roost.serve.limits import RateLimiter
from roost.serve.metrics import ServerMetrics
from roost.serve.moderations import moderation_router
from roost.serve.prepare import Prepared, check_prompt_size, prepare_chat, prepare_completion
from roost.serve.responses import chat_response, chat_stream, completion_response, completion_stream
from roost.serve.schemas import (
    UNSUPPORTED_FIELDS,
    APIError,
    ChatCompletion,
    ChatCompletionRequest,
    Completion,
    CompletionRequest,
    ErrorResponse,
    Health,
    ModelCard,
    ModelList,
)

T = TypeVar("T")
INLINE_PROMPT_CHARS = 2048  # a prompt this short is prepared on the event loop: milliseconds, less than a thread hop
TOKENIZER_THREADS = 2
STATIC_DIR = Path(__file__).parent / "static"
ERROR_RESPONSES = {code: {"model": ErrorResponse} for code in (400, 401, 404, 413, 429, 500, 503)}


def create_app(
    run: Run, config: RunConfig, engine: Engine | None = None, moderation: ModerationHook | None = None
) -> FastAPI:
    """The API app for a run; the engine serves the run's chat model (tuned, else pretrained) unless one is given.

    Moderation follows the policy file in `serve.policy` (the shipped default when empty) unless a hook is given.
    """
    serve_config = config.serve
    policy = load_policy(serve_config.policy)  # before the model: a bad policy file is refused at once
    if engine is None:
        engine = Engine.from_checkpoint(
            chat_model_path(run), device=str(pick_device(serve_config.device, "serve.device")), max_batch_size=serve_config.max_batch_size,
            static_decode=serve_config.static_decode, max_context=serve_config.max_context or None,
            kv_cache_memory=serve_config.kv_cache_memory,
        )
    store = Store(run.serve_db)
    state = ServerState(
        engine=engine,
        store=store,
        limiter=RateLimiter(),
        metrics=ServerMetrics(queue_depth=lambda: engine.queue_depth, running=lambda: engine.running,
                              cache_usage=lambda: engine.cache_usage),
        moderation=moderation or PolicyHook(policy, serve_config.moderation_stride_chars),
        config=serve_config,
        model_id=serve_config.model_name or run.name,
        auth=serve_config.auth,
    )
    created = int(time.time())
    interrupted = store.close_pending_usage()
    if interrupted:
        print(f"roost serve: {interrupted} request(s) were cut off when the server last stopped; "
              "their usage up to then is billed (status 'interrupted')", file=sys.stderr)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await engine.start()
        await engine.warm_up()  # starts compiling the first steps in the background; serving starts at once
        revocations = asyncio.create_task(watch_revocations(state))
        tokenizing = ThreadPoolExecutor(TOKENIZER_THREADS, thread_name_prefix="roost-tokenize")
        app.state.tokenizing = tokenizing
        try:
            yield
        finally:
            revocations.cancel()
            tokenizing.shutdown(wait=False, cancel_futures=True)
            await engine.stop()
            store.close()

    app = FastAPI(
        title="roost",
        summary="OpenAI-compatible API of a roost model",
        lifespan=lifespan,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.roost = state
    app.add_middleware(BodyLimit, max_bytes=serve_config.max_body_bytes)
    app.add_middleware(RequestCounter, metrics=state.metrics)
    _install_error_handlers(app)
    bearer = HTTPBearer(auto_error=False, description="an API key from `roost keys create`")

    def require_key(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> KeyRecord | None:
        if not state.auth:
            return None
        if credentials is None:
            raise APIError(
                401,
                "You didn't provide an API key. Provide it in an Authorization header using Bearer auth "
                "(Authorization: Bearer YOUR_KEY).",
                code="invalid_api_key",
            )
        key = authenticate(state.store, credentials.credentials)
        if key is None:
            raise APIError(401, f"Incorrect API key provided: {_redact(credentials.credentials)}.", code="invalid_api_key")
        return key

    app.include_router(moderation_router(policy, require_key))
    app.include_router(admin_router(state, policy))  # the operator console at /admin (operator sessions, not keys)

    @app.get("/health", response_model=Health)
    def health() -> Health:
        return Health(model=state.model_id, running=engine.running, queued=engine.queue_depth)

    @app.get("/metrics", include_in_schema=False, dependencies=[Depends(require_key)])
    def metrics() -> Response:
        return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    @app.get("/openapi.json", include_in_schema=False, dependencies=[Depends(require_key)])
    def openapi() -> JSONResponse:
        return JSONResponse(_with_caps(app.openapi(), serve_config))

    @app.get("/v1/models", response_model=ModelList, responses=ERROR_RESPONSES, dependencies=[Depends(require_key)])
    def list_models() -> ModelList:
        return ModelList(data=[ModelCard(id=state.model_id, created=created)])

    @app.get("/v1/models/{model}", response_model=ModelCard, responses=ERROR_RESPONSES, dependencies=[Depends(require_key)])
    def retrieve_model(model: str) -> ModelCard:
        if model != state.model_id:
            raise APIError(404, f"The model '{model}' does not exist.", param="model", code="model_not_found")
        return ModelCard(id=state.model_id, created=created)

    @app.post("/v1/chat/completions", response_model=ChatCompletion, responses=ERROR_RESPONSES)
    async def chat_completions(
        body: ChatCompletionRequest, request: Request, key: KeyRecord | None = Depends(require_key)
    ) -> Response:
        ticket = await _admit(request, body, key, prepare_chat, "messages")
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        if body.stream:
            return TicketStream(chat_stream(state, ticket, include_usage, bool(body.logprobs)), ticket)
        result = await _unless_disconnected(request, chat_response(state, ticket, bool(body.logprobs)))
        return JSONResponse(result.model_dump(), headers=_headers(ticket))

    @app.post("/v1/completions", response_model=Completion, responses=ERROR_RESPONSES)
    async def completions(
        body: CompletionRequest, request: Request, key: KeyRecord | None = Depends(require_key)
    ) -> Response:
        ticket = await _admit(request, body, key, prepare_completion, "prompt")
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        logprobs = body.logprobs is not None
        if body.stream:
            return TicketStream(completion_stream(state, ticket, include_usage, logprobs), ticket)
        result = await _unless_disconnected(request, completion_response(state, ticket, logprobs))
        return JSONResponse(result.model_dump(), headers=_headers(ticket))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def serve(run: Run, config: RunConfig) -> None:
    """Load the run's model and serve the API until interrupted."""
    app = create_app(run, config)
    state: ServerState = app.state.roost
    where = f"http://{config.serve.host}:{config.serve.port}"
    print(f"serving {state.model_id!r} at {where}/v1 (chat page at {where}/)", flush=True)
    if not state.auth:
        print("auth is off: anyone who can reach this address can use the model", flush=True)
    elif not any(key.revoked is None for key in state.store.list_keys()):
        print(f"no API keys yet: create one with `roost keys create NAME --run {run.name}`", flush=True)
    uvicorn.run(app, **uvicorn_settings(config.serve), log_level="info", timeout_graceful_shutdown=5)


def uvicorn_settings(config: ServeConfig) -> dict:
    """uvicorn's connection limits from the serve config (the tests' servers use them too)."""
    return dict(
        host=config.host,
        port=config.port,
        http=header_timeout_protocol(config.header_timeout),
        timeout_keep_alive=config.timeout_keep_alive,
        h11_max_incomplete_event_size=config.max_header_bytes,
        limit_concurrency=config.limit_concurrency,
    )


def header_timeout_protocol(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol with a deadline for each request's headers, from connecting or from the last answer.

    uvicorn's keep-alive timeout starts only after a first answer and stops at the first byte of the next request,
    so a client that connects and then sends nothing, or a byte at a time, would hold its connection for ever.
    """

    class HeaderTimeoutProtocol(H11Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            self._arm_header_deadline()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm_header_deadline()

        def _arm_header_deadline(self) -> None:
            waiting_for = self.cycle  # a new request's headers make a new cycle

            def expire() -> None:
                if self.cycle is waiting_for and not self.transport.is_closing():
                    self.transport.close()

            self.loop.call_later(seconds, expire)

    return HeaderTimeoutProtocol


async def _admit(
    request: Request, body: ChatCompletionRequest | CompletionRequest, key: KeyRecord | None,
    prepare: Callable[..., Prepared], param: str,
) -> Ticket:
    """The checks of one generation request, cheapest first (module docstring), then its admission."""
    state: ServerState = request.app.state.roost
    reservation = count_request(state, key)
    chars = check_prompt_size(state, body)

    def prepare_and_moderate() -> Prepared:  # tokenizing and the policy's scan of the prompt
        prepared = prepare(state, body, key)
        check_input(state, prepared.job, prepared.moderation_text, param)
        return prepared

    if chars <= INLINE_PROMPT_CHARS:
        prepared = prepare_and_moderate()
    else:
        prepared = await asyncio.get_running_loop().run_in_executor(request.app.state.tokenizing, prepare_and_moderate)
    return admit(state, prepared.job, prepared.reserve_tokens, reservation)


async def _unless_disconnected(request: Request, answer: Awaitable[T]) -> T:
    """Await a whole (non-streamed) answer, but cancel it, freeing its engine slots, if the client goes away."""
    task = asyncio.ensure_future(answer)

    async def disconnected() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(disconnected())
    try:
        await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watcher.cancel()
        if not task.done():
            task.cancel()
    return await task  # raises CancelledError when the client left; there is nobody left to answer


class TicketStream(StreamingResponse):
    """An SSE response that gives back its ticket even if the client left before the stream began."""

    def __init__(self, content: AsyncIterator[str], ticket: Ticket):
        super().__init__(content, media_type="text/event-stream", headers=_headers(ticket))
        self.ticket = ticket

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.ticket.close("aborted")  # no-op when the stream already closed it


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, max_bytes: int):
        super().__init__(413, f"Request body too large: this server accepts at most {max_bytes} bytes.")


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, by Content-Length up front or by counting a chunked body."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            error = APIError(413, BodyTooLarge(self.max_bytes).detail, code="request_too_large")
            await JSONResponse(error.body(), status_code=413)(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise BodyTooLarge(self.max_bytes)  # FastAPI passes HTTPExceptions through to our handler
            return message

        await self.app(scope, counted_receive, send)


class RequestCounter:
    """Counts answered requests by route template and status code (pure ASGI, so streams pass through untouched)."""

    def __init__(self, app: ASGIApp, metrics: ServerMetrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_status(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("route"), "path", "other")
            self.metrics.requests.labels(route=route, status=str(status)).inc()


def _with_caps(schema: dict, config: ServeConfig) -> dict:
    """The schema with this server's caps on n, max_tokens and stop written in, so clients and fuzzers see them."""
    caps = {
        "n": {"maximum": config.max_n},
        "max_tokens": {"maximum": config.max_tokens_cap},
        "max_completion_tokens": {"maximum": config.max_tokens_cap},
        "stop": {"maxItems": config.max_stop},
    }
    for name in ("ChatCompletionRequest", "CompletionRequest"):
        properties = schema["components"]["schemas"][name]["properties"]
        for field, constraint in caps.items():
            for branch in properties.get(field, {}).get("anyOf", []):
                if branch.get("type") in ("integer", "array"):
                    branch.update(constraint)
    return schema


def _headers(ticket: Ticket) -> dict[str, str]:
    return {**ticket.reservation.headers, "x-request-id": ticket.job.request_id}


def _redact(secret: str) -> str:
    return secret[:6] + "*" * 4 + secret[-4:] if len(secret) > 12 else "****"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(APIError)
    async def api_error(request: Request, exc: APIError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return await api_error(request, _validation_to_api_error(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"Invalid URL ({request.method} {request.url.path})"
        else:
            message = str(exc.detail)
        code = {413: "request_too_large", 405: "method_not_allowed"}.get(exc.status_code)
        error = APIError(exc.status_code, message, code=code, headers=dict(exc.headers or {}))
        return await api_error(request, error)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        error = APIError(500, f"The server had an error while processing your request: {type(exc).__name__}", type="server_error")
        return JSONResponse(error.body(), status_code=500)


_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_TYPE_TAGS = {"str", "int", "float", "bool", "list", "dict", "none", "function-after", "function-before"}
_MAP_FIELDS = {"logit_bias", "metadata", "image_url"}


def _validation_to_api_error(exc: RequestValidationError) -> APIError:
    """pydantic's most telling complaint as OpenAI's 400: the field in `param`, a sentence in `message`.

    A value that fits no branch of a union (`content`: a string or a list of parts) gets one complaint per branch;
    a type mismatch is the least telling ("a list of parts is not a string"), so the first other one wins.
    """
    errors = exc.errors()
    error = next((e for e in errors if not e["type"].endswith("_type")), errors[0])
    loc = list(error.get("loc", ()))[1:]  # drop "body"
    if error["type"] == "json_invalid":
        return APIError(400, "We could not parse the JSON body of your request: " + str(error.get("ctx", {}).get("error", "")), code="invalid_json")
    param = _param_path(loc)
    if error["type"] == "extra_forbidden":
        field = str(loc[-1])
        if len(loc) == 1 and field in UNSUPPORTED_FIELDS:
            return APIError(400, f"Unsupported parameter: '{field}' is not supported by this server.", param=param, code="unsupported_parameter")
        return APIError(400, f"Unrecognized request argument supplied: {field}", param=param, code="unknown_parameter")
    if error["type"] == "missing":
        if not loc:
            return APIError(400, "The request needs a JSON body.", code="missing_required_parameter")
        return APIError(400, f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")
    return APIError(400, f"Invalid value for '{param or 'body'}': {error['msg']}.", param=param or None, code="invalid_value")


def _param_path(loc: list) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(part, str) and _IDENTIFIER.match(part) and part not in _TYPE_TAGS:
            path += f".{part}" if path else part
            if part in _MAP_FIELDS:
                break  # what follows is the client's key, not a field
        else:
            break
    return path
