"""The web chat page in headless Chromium (Debian's, driven by Playwright): type a message, watch the answer stream."""

from __future__ import annotations

import shutil

import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.keys import create_key

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

playwright = pytest.importorskip("playwright.sync_api")
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (make browser)", allow_module_level=True)


@pytest.fixture(scope="module")
def page_and_url(tmp_path_factory):
    run = build_tiny_run(tmp_path_factory.mktemp("web"), name="web-chat")
    key = create_key(run.serve_db, "browser")
    with running_server(create_app(run, serve_config())) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page()
        page.goto(url + "/")
        yield page, url, key
        browser.close()


def test_chat_streams_an_answer_and_keeps_the_conversation(page_and_url):
    page, _url, key = page_and_url
    page.fill("#api-key", key)
    page.fill("#system-prompt", "You answer briefly.")
    page.fill("#max-tokens", "24")
    page.fill("#message", "hello roost, how is the weather?")
    page.press("#message", "Enter")
    page.wait_for_selector(".message.assistant[data-finish]", timeout=30_000)
    answers = page.locator(".message.assistant")
    assert answers.count() == 1 and answers.first.inner_text().strip()
    assert page.locator(".message.user").first.inner_text() == "hello roost, how is the weather?"
    assert "completion tokens" in page.inner_text("#status")
    page.fill("#message", "and tomorrow?")
    page.click("#send")
    page.wait_for_function("document.querySelectorAll('.message.assistant[data-finish]').length === 2", timeout=30_000)
    assert page.locator(".message.user").count() == 2
    # the key and settings survive a reload (localStorage); the conversation starts over
    page.reload()
    assert page.input_value("#api-key") == key
    assert page.input_value("#system-prompt") == "You answer briefly."
    assert page.locator(".message").count() == 0


def test_a_wrong_key_shows_the_error(page_and_url):
    page, _url, key = page_and_url
    if not page.locator("#api-key").is_visible():
        page.click("#settings summary")  # settings fold away once a key is stored
    page.fill("#api-key", "sk-roost-wrong")
    page.fill("#message", "hello?")
    page.press("#message", "Enter")
    page.wait_for_selector(".message.error", timeout=30_000)
    assert "Incorrect API key" in page.inner_text(".message.error")
    page.fill("#api-key", key)
