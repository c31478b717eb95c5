"""The web chat page in headless Chromium (Debian's, driven by Playwright) against a real server.

Conversations kept in the browser, stop, regenerate, edit-and-resend, copy, the key kept only where the user chose,
the model picker, and the security bar: a hostile model answer and a hostile user message render inert (no script
runs, no element of theirs exists, no remote content loads, no javascript: link).
"""

from __future__ import annotations

import json
import shutil

import httpx
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.keys import create_key

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
FINISHED = ".message.assistant[data-finish]"

playwright = pytest.importorskip("playwright.sync_api")
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (make browser)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser_and_url(tmp_path_factory):
    run = build_tiny_run(tmp_path_factory.mktemp("web"), name="web-chat")
    key = create_key(run.serve_db, "browser")
    with running_server(create_app(run, serve_config())) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser, url, key
        browser.close()


@pytest.fixture
def page(browser_and_url):
    """A fresh browser context (empty storage) on the chat page, for each test.

    The context bypasses the page's Content-Security-Policy (Playwright's waits evaluate strings), which also
    makes the hostile-content test stronger: the renderer alone has to keep the page inert, CSP only adds to it.
    """
    browser, url, key = browser_and_url
    context = browser.new_context(bypass_csp=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    page = context.new_page()
    page.goto(url + "/")
    page.fill("#api-key", key)
    page.fill("#max-tokens", "24")
    yield page
    context.close()


def _send(page, text: str, answers: int) -> None:
    page.fill("#message", text)
    page.press("#message", "Enter")
    page.wait_for_function(f"document.querySelectorAll('{FINISHED}').length === {answers}", timeout=60_000)


def test_conversations_are_kept_in_the_browser_and_listed(page):
    page.fill("#system-prompt", "You answer briefly.")
    _send(page, "hello roost, how is the weather?", 1)
    stats = page.inner_text(".message.assistant .stats")
    assert "prompt" in stats and "completion tokens" in stats and "tokens/s" in stats and "web-chat" in stats
    assert page.locator(".message.user .body").inner_text() == "hello roost, how is the weather?"
    _send(page, "and tomorrow?", 2)
    page.click("#new-chat")
    assert page.locator(".message").count() == 0
    _send(page, "a second conversation", 1)
    assert page.locator("#conversations .conversation").count() == 2
    page.reload()  # everything is in localStorage: both conversations, the settings; the key in this tab
    assert page.input_value("#system-prompt") == "You answer briefly."
    assert page.locator("#conversations .conversation").count() == 2
    assert page.locator(".message.user .body").inner_text() == "a second conversation"
    page.click("#conversations .conversation button.open >> text=hello roost")
    assert page.locator(".message.user").count() == 2 and page.locator(FINISHED).count() == 2
    page.click("#conversations .conversation.current button.link")  # delete it
    assert page.locator("#conversations .conversation").count() == 1


def test_regenerate_edit_and_resend_copy_and_stop(page):
    _send(page, "first question", 1)
    page.click(".message.assistant button:text('Regenerate')")
    page.wait_for_selector(FINISHED, timeout=60_000)
    assert page.locator(".message.assistant").count() == 1 and page.locator(".message.user").count() == 1

    page.click(".message.user button:text('Edit')")
    page.fill(".message.user textarea", "an edited question")
    page.click(".message.user button:text('Save & send')")
    page.wait_for_selector(FINISHED, timeout=60_000)
    assert page.locator(".message.user .body").inner_text() == "an edited question"
    assert page.locator(".message.assistant").count() == 1
    stored = json.loads(page.evaluate("localStorage.getItem('roost.conversations')"))
    assert [m["role"] for m in stored[0]["messages"]] == ["user", "assistant"]
    assert stored[0]["messages"][0]["content"] == "an edited question"

    page.click(".message.assistant button:text('Copy')")
    answer = stored[0]["messages"][1]["content"]
    page.wait_for_function("expected => navigator.clipboard.readText().then(t => t === expected)", arg=answer)

    # Stop a long answer the moment it starts streaming (the observer runs before the next chunk is read)
    page.click("#new-chat")
    page.fill("#max-tokens", "900")
    page.evaluate("""() => new MutationObserver((_, observer) => {
        if (!document.querySelector('.message.assistant:not([data-finish])')) return;
        observer.disconnect();
        document.getElementById('stop').click();
    }).observe(document.getElementById('log'), {childList: true, subtree: true})""")
    page.fill("#message", "tell me a long story")
    page.press("#message", "Enter")
    page.wait_for_selector(FINISHED, timeout=60_000)
    assert page.get_attribute(".message.assistant", "data-finish") == "stopped"
    assert "stopped" in page.inner_text(".message.assistant .stats")
    assert page.is_hidden("#stop") and page.is_enabled("#send")


def test_the_key_is_kept_only_where_the_user_chose(page, browser_and_url):
    key = browser_and_url[2]
    storage = "() => [sessionStorage.getItem('roost.apiKey'), localStorage.getItem('roost.apiKey')]"
    assert page.evaluate(storage) == [key, None]  # the default: this tab only
    page.select_option("#key-storage", "local")
    assert page.evaluate(storage) == [None, key]
    page.select_option("#key-storage", "none")
    assert page.evaluate(storage) == [None, None]
    page.reload()
    assert page.input_value("#api-key") == "" and page.input_value("#key-storage") == "none"


def test_the_model_picker_shows_once_the_server_lists_several(page, browser_and_url):
    url = browser_and_url[1]
    page.wait_for_function("document.getElementById('model').textContent === 'model: web-chat'")
    assert page.is_hidden("#model-picker")
    # a server with two models (as /v1/models would list them): the page offers both and sends the one chosen
    listing = {"object": "list", "data": [{"id": "web-chat", "object": "model", "created": 0, "owned_by": "roost"},
                                          {"id": "other-model", "object": "model", "created": 0, "owned_by": "roost"}]}
    page.route(url + "/v1/models", lambda route: route.fulfill(json=listing))
    page.reload()  # the key is still kept in this tab
    page.wait_for_selector("#model-picker:not([hidden])")
    assert page.locator("#model-picker option").all_inner_texts() == ["web-chat", "other-model"]
    page.select_option("#model-picker", "other-model")
    with page.expect_request(url + "/v1/chat/completions") as request:
        page.fill("#message", "which model?")
        page.press("#message", "Enter")
    assert request.value.post_data_json["model"] == "other-model"
    page.wait_for_selector(".message.error")  # this server serves one model: its 404 is shown
    assert "other-model" in page.inner_text(".message.error")


HOSTILE_ANSWER = """# A title

- one *item*
- two `items`

| a | b |
|---|---|
| 1 | 2 |

Here is **bold**, a [safe link](https://example.org/docs) and code:

```python
print("<script>window.__pwned = 'code'</script>")
```

<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned = 'img'">
<iframe src="javascript:window.__pwned = 'iframe'"></iframe>
<a href="javascript:window.__pwned = 'raw-link'">raw link</a>
[click me](javascript:window.__pwned='md-link') and [data](data:text/html,<script>alert(1)</script>)
![tracker](REMOTE/pixel.png)
<svg onload="window.__pwned = 'svg'"></svg> <b onmouseover="window.__pwned = 'b'">hover</b>
"""
HOSTILE_MESSAGE = "<img src=x onerror=\"window.__pwned='user'\"><script>window.__pwned='user2'</script> [x](javascript:alert(1))"
INERT = "#log script, #log img, #log iframe, #log svg, #log b, #log [onerror], #log [onload], #log a[href^='javascript']"


def test_a_hostile_answer_and_message_render_inert(page, browser_and_url):
    url = browser_and_url[1]
    remote = []
    page.on("request", lambda request: remote.append(request.url) if "pixel.png" in request.url else None)
    answer = HOSTILE_ANSWER.replace("REMOTE", url)

    def hostile_stream(route):  # the model's answer, as the server streams it
        chunks = [answer[i:i + 40] for i in range(0, len(answer), 40)]
        events = [{"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "web-chat",
                   "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]} for text in chunks]
        events.append({"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "web-chat",
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        body = "".join(f"data: {json.dumps(event)}\n\n" for event in events) + "data: [DONE]\n\n"
        route.fulfill(status=200, headers={"Content-Type": "text/event-stream"}, body=body)

    page.route(url + "/v1/chat/completions", hostile_stream)
    _send(page, HOSTILE_MESSAGE, 1)
    for rendered_from in ("the stream", "localStorage"):
        body = page.locator(".message.assistant .body")
        assert page.evaluate("window.__pwned") is None, rendered_from
        assert page.locator(INERT).count() == 0, rendered_from
        assert body.locator("strong").inner_text() == "bold"
        # only the https link and the image became links (an image is never loaded, only offered as a link)
        links = body.locator("a")
        assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
            "https://example.org/docs", url + "/pixel.png"]
        assert links.nth(1).inner_text() == "image: tracker"
        assert {links.nth(i).get_attribute("rel") for i in range(2)} == {"noopener noreferrer nofollow"}
        assert 'print("<script>' in body.locator("pre code").inner_text()
        assert body.locator("h1").inner_text() == "A title" and body.locator("li").count() == 2
        assert body.locator("li em").inner_text() == "item" and body.locator("li code").inner_text() == "items"
        assert body.locator("table td").all_inner_texts() == ["1", "2"]
        assert "<iframe" in body.inner_text() and "javascript:window.__pwned='md-link'" in body.inner_text()
        assert page.locator(".message.user .body").inner_text() == HOSTILE_MESSAGE
        page.unroute(url + "/v1/chat/completions")
        page.reload()
    assert remote == []  # the image was never fetched
    assert page.evaluate("window.__pwned") is None


def test_the_pages_forbid_inline_and_remote_script(browser_and_url):
    url = browser_and_url[1]
    for path in ("/", "/admin"):
        policy = httpx.get(url + path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy and "frame-ancestors 'none'" in policy


def test_a_wrong_key_shows_the_error(page):
    page.fill("#api-key", "sk-roost-wrong")
    page.fill("#message", "hello?")
    page.press("#message", "Enter")
    page.wait_for_selector(".message.error", timeout=30_000)
    error = page.inner_text(".message.error .body")
    assert error.startswith("401:") and "Incorrect API key" in error and "Settings" in error
