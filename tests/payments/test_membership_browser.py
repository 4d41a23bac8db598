"""Buying membership in a real browser (Debian's chromium via Playwright): a reader meets the
paywall of a members-only article, signs in, buys the cheapest plan in the sandbox (the
cashier page's payment makes the sandbox gateway POST its signed notification over real
HTTP to the live server), sees the pay page turn to success with the new last day, and then
reads the article in full. Skips when chromium is not installed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from haowen.accounts.models import MembershipPlan
from haowen.payments.models import State, TipOrder
from tests.payments.test_browser import page  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRET = "只有会员才能读到的第十二段落"


def test_a_reader_buys_a_plan_in_the_sandbox_and_reads_a_members_only_article(page, live_server, make_article, settings, django_user_model):  # noqa: F811
    settings.SITE_URL = live_server.url
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    MembershipPlan.objects.create(name="年度会员", days=365, price_fen=9800, order=2)
    MembershipPlan.objects.create(name="月度会员", days=30, price_fen=1500, order=1)
    django_user_model.objects.create_user("buyer", password="pw-buyer-1")
    body = "\n".join(f"第{i}段公开内容，介绍会议的背景和要求。" for i in range(1, 13)) + "\n" + "\n".join(
        f"第{i}段，{SECRET}。" for i in range(13, 30)
    )
    article = make_article(title="会员专享的讲话稿", body=body, index=False, access_level="members")

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert "月度会员仅需 ¥15（30天）" in page.content() and SECRET not in page.content()
    page.click(".paywall a.btn-primary")
    page.wait_for_url("**/accounts/membership/")
    page.click("text=登录后开通")  # anonymous: sign in first
    page.fill("input[name=login]", "buyer")
    page.fill("input[name=password]", "pw-buyer-1")
    page.click("form.auth-form button[type=submit]")
    page.wait_for_url("**/accounts/membership/")

    page.click("button.membership-submit")  # the first plan and the sandbox are preselected
    page.wait_for_url("**/pay/*/")
    assert page.locator(".test-banner").is_visible() and "月度会员（30天）" in page.content()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    order = TipOrder.objects.get()
    assert (order.purpose, order.amount_fen, order.state) == ("membership", 1500, State.PENDING)

    # The payer opens the simulated cashier in a second tab, as a phone would after scanning.
    cashier = page.context.new_page()
    cashier.goto(order.payment_payload)
    cashier.click("button[value=pay]")
    cashier.locator(".pay-ok").wait_for(state="visible", timeout=15000)
    assert "已通知商户" in cashier.content()
    cashier.close()

    until = timezone.localdate() + dt.timedelta(days=29)
    page.locator(".pay-done").wait_for(state="visible", timeout=15000)  # pay.js polled
    assert page.locator("[data-until]").inner_text() == until.strftime("%Y-%m-%d")
    order.refresh_from_db()
    assert order.state == State.PAID and order.membership_until == until

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert SECRET in page.content() and page.locator(".paywall").count() == 0
    page.goto(f"{live_server.url}/accounts/membership/")
    assert f"有效期至 {until:%Y-%m-%d}" in page.content()
    assert page.errors == []
