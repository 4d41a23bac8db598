"""The pay page in a real browser (Debian's chromium via Playwright): the static pay.js polls
the order state and shows success once the sandbox gateway's notification arrives over
real HTTP at the live server. Skips when chromium is not installed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from haowen.payments.models import State, TipOrder
from haowen.payments.providers import sandbox

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(live_server, monkeypatch):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls in the test are
    # still synchronous. Set for this test only (a leaked value fails `check --deploy`).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        context = browser.new_context(viewport={"width": 375, "height": 812}, locale="zh-CN")
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        # Chromium's own /favicon.ico request 404s (the site has none) and only shows up as a
        # console message without a URL, so failed loads are caught by status instead.
        page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.errors = errors
        yield page
        browser.close()


def test_it_tips_on_a_phone_and_the_pay_page_turns_to_success(page, live_server, make_article, settings):
    settings.SITE_URL = live_server.url
    settings.DEFAULT_ACCESS_LEVEL = "free"
    article = make_article(title="浏览器测试", body="正文一段。", index=False)
    page.goto(f"{live_server.url}/a/{article.pk}/")
    page.click("text=¥6.66")
    page.fill("input[name=message]", "<b>手机上赏一个</b>")
    page.click("button.tip-submit")
    page.wait_for_url("**/pay/*/")
    assert page.locator(".test-banner").is_visible() and page.locator("img.pay-qr").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    order = TipOrder.objects.get()
    assert order.amount_fen == 666 and order.message == "<b>手机上赏一个</b>"

    trade, delivered = sandbox.pay(order.out_trade_no)  # the gateway calls the live server
    assert delivered
    page.locator(".pay-done").wait_for(state="visible", timeout=15000)
    assert page.locator(".pay-open").is_hidden()
    order.refresh_from_db()
    assert order.state == State.PAID
    page.click("text=返回文章")
    assert "已有 1 人赏赞" in page.content() and "&lt;b&gt;手机上赏一个&lt;/b&gt;" in page.content()
    assert page.errors == []
