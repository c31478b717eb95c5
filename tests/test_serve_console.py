"""The operator console at /admin, in headless Chromium (Debian's, driven by Playwright) against a real server.

One server and one browser for the module, and the tests run in order as one operator's session: the console
refuses API keys, anonymous callers and requests without its CSRF token; an operator logs in, creates a key, the
key is used on the chat page, the usage appears on the console and equals `roost usage` and /metrics, moderation
shows the audit row and tests a text, and once the key is revoked the chat page shows the server's 401.
Screenshots of both pages go to the test's tmp folder, and to docs/images/ when ROOST_SCREENSHOTS is set.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

import httpx
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.cli import main as roost_main
from roost.serve.app import create_app
from roost.serve.keys import create_key

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DOCS_IMAGES = Path(__file__).parents[1] / "docs" / "images"
HOSTILE = 'hello <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> idiot'

playwright = pytest.importorskip("playwright.sync_api")
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (make browser)", allow_module_level=True)


@pytest.fixture(scope="module")
def console(tmp_path_factory):
    root = tmp_path_factory.mktemp("console")
    run = build_tiny_run(root, name="console-run")
    token = _roost("operator", "create", "ada", "--run", str(run.root)).splitlines()[0]
    scraper = create_key(run.serve_db, "metrics-scraper")
    with running_server(create_app(run, serve_config())) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        context.on("dialog", lambda dialog: dialog.accept())  # the console asks before revoking a key
        admin, chat = context.new_page(), context.new_page()
        yield {"url": url, "run": run, "token": token, "scraper": scraper, "admin": admin, "chat": chat,
               "shots": root, "state": {}}
        browser.close()


def _roost(*argv: str) -> str:
    """Run the `roost` command in this process and return what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert roost_main(list(argv)) == 0
    return out.getvalue()


def _screenshot(page, shots: Path, name: str) -> None:
    page.screenshot(path=str(shots / name), full_page=False)
    if os.environ.get("ROOST_SCREENSHOTS"):
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shots / name, DOCS_IMAGES / name)


def test_console_refuses_anonymous_callers_api_keys_and_requests_without_csrf(console):
    url, token, api_key = console["url"], console["token"], console["scraper"]
    with httpx.Client(base_url=url) as client:
        for path in ("/admin/api/keys", "/admin/api/usage", "/admin/api/usage.csv", "/admin/api/live", "/admin/api/audit"):
            assert client.get(path).status_code == 401
            refused = client.get(path, headers={"Authorization": f"Bearer {api_key}"})
            assert refused.status_code == 401 and "API keys are not accepted" in refused.json()["error"]["message"]
        assert client.post("/admin/api/login", json={"token": api_key}).status_code == 401
        # an operator token is no API key either
        assert client.get("/v1/models", headers={"Authorization": f"Bearer {token}"}).status_code == 401

        login = client.post("/admin/api/login", json={"token": token})
        assert login.status_code == 200
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/admin" in cookie
        csrf = login.json()["csrf_token"]
        assert client.get("/admin/api/keys").status_code == 200
        # a valid session is still refused an API key's header, and a state change without the CSRF token
        assert client.get("/admin/api/keys", headers={"Authorization": f"Bearer {api_key}"}).status_code == 401
        for headers in ({}, {"x-csrf-token": "0" * 64}, {"x-csrf-token": csrf, "Origin": "http://evil.example"},
                        {"x-csrf-token": csrf, "Sec-Fetch-Site": "cross-site"}):
            refused = client.post("/admin/api/keys", json={"name": "forged"}, headers=headers)
            assert refused.status_code == 403, headers
            assert refused.json()["error"]["code"] == "csrf_failed"
            assert client.post("/admin/api/keys/1/revoke", headers=headers).status_code == 403
        assert "forged" not in [key["name"] for key in client.get("/admin/api/keys").json()]
        assert client.post("/admin/api/logout", headers={"x-csrf-token": csrf}).status_code == 200
        assert client.get("/admin/api/keys").status_code == 401  # the session is gone on the server too


def test_log_in_create_a_key_and_chat_with_it(console):
    admin, chat, url = console["admin"], console["chat"], console["url"]
    admin.goto(url + "/admin")
    admin.fill("#operator-token", "op-roost-not-a-real-token")
    admin.click("#login button[type=submit]")
    admin.wait_for_selector("#login-error:not([hidden])")
    admin.fill("#operator-token", console["token"])
    admin.click("#login button[type=submit]")
    admin.wait_for_selector("#console:not([hidden])")
    admin.fill("#key-name", "browser <b>user</b>")
    admin.fill("#key-rpm", "30")
    admin.click("#key-create button[type=submit]")
    admin.wait_for_selector("#new-key:not([hidden])")
    secret = admin.inner_text("#new-key-secret").strip()
    assert secret.startswith("sk-roost-")
    row = admin.locator("#keys-table tbody tr", has_text="browser <b>user</b>")  # shown as text, not markup
    assert row.locator("input[name=rpm]").input_value() == "30"
    console["state"]["secret"] = secret
    console["state"]["key_id"] = int(row.get_attribute("data-key-id"))

    chat.goto(url + "/")
    chat.fill("#api-key", secret)
    chat.fill("#max-tokens", "16")
    chat.fill("#message", HOSTILE)
    chat.press("#message", "Enter")
    chat.wait_for_selector(".message.assistant[data-finish]", timeout=60_000)
    stats = chat.inner_text(".message.assistant .stats")
    assert "completion tokens" in stats and "tokens/s" in stats
    assert chat.inner_text(".message.user .body") == HOSTILE
    assert chat.evaluate("window.__pwned") is None
    assert chat.locator("#log img, #log script").count() == 0
    chat.emulate_media(color_scheme="dark")  # the README shows the chat page dark and the console light
    _screenshot(chat, console["shots"], "chat.png")
    chat.emulate_media(color_scheme="light")


def test_usage_on_the_console_equals_roost_usage_and_metrics(console):
    admin, run = console["admin"], console["run"]
    key_id = console["state"]["key_id"]
    admin.click("#tabs button[data-tab=keys]")
    admin.wait_for_selector(f"#keys-table tr[data-key-id='{key_id}'] td.requests:text('1')")
    admin.click("#tabs button[data-tab=usage]")
    row = admin.locator(f"#usage-table tbody tr[data-key-id='{key_id}']")
    row.wait_for()
    shown = {name: int(row.locator("td." + name).inner_text()) for name in ("requests", "prompt", "completion", "total")}
    assert shown["requests"] == 1 and shown["completion"] > 0
    assert admin.locator("#chart-key svg rect.bar").count() >= 1

    # `roost usage` prints the same figures for the same key and day
    report = _roost("usage", "--run", str(run.root), "--key", str(key_id))
    line = next(line for line in report.splitlines() if re.search(rf"\b{key_id}:", line))
    requests, prompt, completion, total = (int(x) for x in line.split()[-4:])
    assert (requests, prompt, completion, total) == (shown["requests"], shown["prompt"], shown["completion"], shown["total"])

    # the CSV export says the same
    csv_text = admin.evaluate("fetch('/admin/api/usage.csv').then(r => r.text())")
    assert f",{key_id},browser <b>user</b>,console-run,1,{prompt},{completion},{total}" in csv_text

    # the live tab reads the registry /metrics renders: the same counters
    admin.click("#tabs button[data-tab=live]")
    admin.wait_for_selector("#live-completion .value")
    metrics = httpx.get(console["url"] + "/metrics", headers={"Authorization": f"Bearer {console['scraper']}"}).text

    def sample(name: str) -> int:
        return int(float(re.search(rf"^{name} (\S+)$", metrics, re.MULTILINE).group(1)))

    assert int(admin.inner_text("#live-prompt .value").replace(",", "")) == sample("roost_prompt_tokens_total") == prompt
    assert int(admin.inner_text("#live-completion .value").replace(",", "")) == sample("roost_completion_tokens_total")
    assert sample("roost_completion_tokens_total") == completion
    assert admin.inner_text("#live-running .value") == str(sample("roost_running")) == "0"
    assert admin.inner_text("#live-queued .value") == str(sample("roost_queue_depth")) == "0"
    assert admin.inner_text("#live-cache .value") == "0.0%"
    assert "roost_kv_cache_usage_ratio 0.0" in metrics
    assert admin.inner_text("#live-ttft .value").endswith(" ms")
    _screenshot(admin, console["shots"], "console-live.png")


def test_moderation_shows_the_audit_log_and_tests_a_text(console):
    admin = console["admin"]
    admin.click("#tabs button[data-tab=moderation]")
    excerpt = admin.locator("#audit-table td.excerpt").first
    excerpt.wait_for()
    assert "<script>" in excerpt.inner_text() and "idiot" in excerpt.inner_text()  # the user's text, as text
    assert admin.locator("#audit-table img, #audit-table script").count() == 0
    assert admin.evaluate("window.__pwned") is None
    admin.select_option("#audit-action", "block")
    admin.wait_for_selector("#audit-table td:text('no flags or blocks')")
    admin.select_option("#audit-action", "flag")
    admin.wait_for_selector("#audit-table td.excerpt")
    assert "harassment:insults" in admin.inner_text("#audit-table")
    assert "roost-default" in admin.inner_text("#policy-name")
    assert "harassment" in admin.inner_text("#policy")

    admin.fill("#policy-text", "shut up, you idiot")
    admin.click("#policy-test button[type=submit]")
    admin.wait_for_selector("#policy-verdict")
    assert admin.inner_text("#policy-verdict") == "verdict: flag"
    assert "harassment:insults" in admin.inner_text("#policy-result")
    assert "matched" in admin.inner_text("#policy-result .reason")
    admin.click("#tabs button[data-tab=usage]")
    admin.wait_for_selector("#usage-table tbody tr")
    _screenshot(admin, console["shots"], "console.png")


def test_revoking_the_key_turns_the_chat_page_away(console):
    admin, chat = console["admin"], console["chat"]
    key_id = console["state"]["key_id"]
    admin.click("#tabs button[data-tab=keys]")
    row = admin.locator(f"#keys-table tr[data-key-id='{key_id}']")
    # a per-key limit set on the console holds from the key's next request
    row.locator("input[name=tpm]").fill("5000")
    with admin.expect_response(lambda response: response.url.endswith(f"/keys/{key_id}/limits")) as saved:
        row.locator("button.save").click()
    assert saved.value.json()["tokens_per_minute"] == 5000
    answer = httpx.post(console["url"] + "/v1/chat/completions", headers={"Authorization": f"Bearer {console['state']['secret']}"},
                        json={"model": "console-run", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1})
    assert answer.status_code == 200 and answer.headers["x-ratelimit-limit-tokens"] == "5000"
    assert answer.headers["x-ratelimit-limit-requests"] == "30"
    row.locator("button.revoke").click()
    admin.wait_for_selector(f"#keys-table tr[data-key-id='{key_id}'] td.status-revoked")
    chat.fill("#message", "are you still there?")
    chat.press("#message", "Enter")
    chat.wait_for_selector(".message.error", timeout=30_000)
    error = chat.inner_text(".message.error .body")
    assert error.startswith("401:") and "Incorrect API key" in error
    assert (console["shots"] / "chat.png").is_file() and (console["shots"] / "console.png").is_file()


def test_revoking_the_operator_ends_their_console_session(console):
    admin, run = console["admin"], console["run"]
    listing = _roost("operator", "list", "--run", str(run.root))
    assert "ada" in listing and "active" in listing and console["token"] not in listing
    _roost("operator", "revoke", "ada", "--run", str(run.root))
    assert "revoked" in _roost("operator", "list", "--run", str(run.root))
    admin.click("#tabs button[data-tab=usage]")  # the next call is refused and the page asks for a login
    admin.wait_for_selector("#login-view:not([hidden])")
    refused = httpx.post(console["url"] + "/admin/api/login", json={"token": console["token"]})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_operator_token"
