"""Buying and renewing membership (issue 16): plans, the order's purpose, days added exactly
once by a verified notification, refunds taking them back, the paywall naming the cheapest
plan, and the same notification checks as tips (sandbox, Alipay, WeChat Pay).

The sandbox gateway's HTTP POST is routed to our notify view with a separate client
(``gateway_http`` from test_sandbox), so notifications take the path they take on a server.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils import timezone

from haowen.accounts.models import Membership, MembershipPlan
from haowen.accounts.services import grant_membership
from haowen.payments import services
from haowen.payments.models import Notification, Purpose, SandboxTrade, State, TipOrder
from haowen.payments.providers import sandbox
from tests.payments.gateways import post_form, post_json

NOTIFY_URL = "/pay/notify/sandbox/"
MARKER = "会员专享的秘密段落在此"


@pytest.fixture
def plans(db):
    """A monthly plan (¥15, 30 days) listed first and a yearly one (¥98, 365 days); one inactive."""
    return {
        "month": MembershipPlan.objects.create(name="月度会员", days=30, price_fen=1500, order=1),
        "year": MembershipPlan.objects.create(name="年度会员", days=365, price_fen=9800, order=2),
        "old": MembershipPlan.objects.create(name="旧套餐", days=7, price_fen=100, order=0, active=False),
    }


@pytest.fixture
def buyer(django_user_model):
    return django_user_model.objects.create_user("buyer")


@pytest.fixture
def buyer_client(client, buyer):
    client.force_login(buyer)
    return client


@pytest.fixture
def members_article(make_article):
    public = "\n".join(f"第{i}段公开的内容，介绍背景情况并继续说明有关要求。" for i in range(1, 8))
    body = public + "\n" + "\n".join(f"第{i}段正文，{MARKER}。" for i in range(8, 30))
    return make_article(title="会员专享文章", body=body, index=False, access_level="members")


def _buy(client, plan, provider="sandbox"):
    return client.post("/pay/membership/", {"plan": plan.pk, "provider": provider})


def _signed(order, **overrides) -> dict:
    trade = SandboxTrade.objects.get(out_trade_no=order.out_trade_no)
    trade.state = SandboxTrade.State.SUCCESS
    params = sandbox.notification_for(trade)
    params.update(overrides)
    params["sign"] = sandbox.sign(params)
    return params


def _notify(params):
    return Client().post(NOTIFY_URL, data=urlencode(params), content_type="application/x-www-form-urlencoded")


def _end(user):
    return Membership.objects.get(user=user).expires_on


def _today():
    return timezone.localdate()


# --- plans and pages -----------------------------------------------------------------------


def test_the_membership_page_lists_active_plans_in_staffs_order(buyer_client, plans):
    html = buyer_client.get("/accounts/membership/").content.decode()
    assert html.index("月度会员") < html.index("年度会员") and "旧套餐" not in html
    assert "¥15" in html and "¥98" in html and "30天" in html and "365天" in html
    assert 'action="/pay/membership/"' in html and "csrfmiddlewaretoken" in html
    assert "测试模式" in html  # the sandbox is offered, and says so


def test_anonymous_readers_are_asked_to_sign_in_before_paying(client, plans):
    html = client.get("/accounts/membership/").content.decode()
    assert "月度会员" in html and 'action="/pay/membership/"' not in html
    assert "/accounts/login/?next=/accounts/membership/" in html and "请先登录" in html
    response = _buy(client, plans["month"])
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=%2Faccounts%2Fmembership%2F"
    assert TipOrder.objects.count() == 0


@pytest.mark.parametrize(
    "data, field_text",
    [
        ({"plan": "999999", "provider": "sandbox"}, "请选择列出的会员套餐"),
        ({"plan": "abc", "provider": "sandbox"}, "请选择列出的会员套餐"),
        ({"plan": "", "provider": "sandbox"}, "请选择列出的会员套餐"),
        ({"plan": "old", "provider": "sandbox"}, "请选择列出的会员套餐"),  # inactive plan
        ({"plan": "month", "provider": "alipay"}, "请选择支付方式"),  # not enabled
        ({"plan": "month", "provider": "<script>"}, "请选择支付方式"),
    ],
)
def test_it_refuses_bad_plan_or_provider_with_the_reason(buyer_client, plans, data, field_text):
    data = {k: (str(plans[v].pk) if k == "plan" and v in plans else v) for k, v in data.items()}
    response = buyer_client.post("/pay/membership/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert field_text in html and "<script>" not in html
    assert TipOrder.objects.count() == 0


def test_the_price_comes_from_the_plan_never_from_the_form(buyer_client, plans):
    buyer_client.post("/pay/membership/", {"plan": plans["year"].pk, "provider": "sandbox", "amount": "0.01", "price_fen": "1"})
    order = TipOrder.objects.get()
    assert (order.purpose, order.amount_fen, order.membership_days, order.plan_name) == ("membership", 9800, 365, "年度会员")


def test_the_paywall_names_the_cheapest_plan_and_follows_plan_changes(client, plans, members_article, settings):
    url = members_article.get_absolute_url()
    html = client.get(url).content.decode()
    assert "月度会员仅需 ¥15（30天）" in html and MARKER not in html
    # A cheaper plan appears: the prerendered fragment and the cached page are renewed at once.
    MembershipPlan.objects.create(name="周卡", days=7, price_fen=500, order=3)
    assert "周卡仅需 ¥5（7天）" in client.get(url).content.decode()
    settings.PAGE_CACHE_SECONDS = 300  # anonymous pages from the page cache too
    assert "周卡仅需" in client.get(url).content.decode()
    MembershipPlan.objects.filter(name="周卡").delete()  # a queryset delete sends no signal …
    plan = MembershipPlan.objects.get(name="月度会员")
    plan.price_fen = 1200
    plan.save()  # … a saved plan bumps the library version
    html = client.get(url).content.decode()
    assert "月度会员仅需 ¥12（30天）" in html and "周卡" not in html


def test_without_plans_the_paywall_names_none(client, members_article):
    html = client.get(members_article.get_absolute_url()).content.decode()
    assert "开通会员" in html and "仅需" not in html


# --- buying, renewing, refunding -------------------------------------------------------------


def test_a_reader_buys_a_plan_and_then_reads_members_only_articles(buyer_client, buyer, plans, members_article, gateway_http):
    assert MARKER not in buyer_client.get(members_article.get_absolute_url()).content.decode()
    response = _buy(buyer_client, plans["month"])
    assert response.status_code == 302
    order = TipOrder.objects.get()
    assert response["Location"] == f"/pay/{order.out_trade_no}/"
    assert (order.purpose, order.user, order.state, order.article) == (Purpose.MEMBERSHIP, buyer, State.PENDING, None)
    trade = SandboxTrade.objects.get()
    assert trade.subject == "会员：月度会员（30天）" and trade.amount_fen == 1500

    pay_page = buyer_client.get(response["Location"]).content.decode()
    assert "开通会员" in pay_page and "月度会员（30天）" in pay_page and "¥<strong>15</strong>" in pay_page
    assert buyer_client.get(f"/pay/{order.out_trade_no}/status/").json() == {
        "state": "pending", "label": "待支付", "paid": False, "open": True, "expired": False,
    }
    buyer_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    assert gateway_http == [(NOTIFY_URL, 200)]

    until = _today() + dt.timedelta(days=29)  # today is the first of the 30 days
    order.refresh_from_db()
    assert order.state == State.PAID and order.membership_until == until and _end(buyer) == until
    status = buyer_client.get(f"/pay/{order.out_trade_no}/status/").json()
    assert status["paid"] and status["membership_until"] == until.isoformat()
    pay_page = buyer_client.get(f"/pay/{order.out_trade_no}/").content.decode()
    assert "会员开通成功" in pay_page and until.strftime("%Y-%m-%d") in pay_page
    assert MARKER in buyer_client.get(members_article.get_absolute_url()).content.decode()
    page = buyer_client.get("/accounts/membership/").content.decode()
    assert f"有效期至 {until:%Y-%m-%d}" in page and "续费会员" in page and "已支付" in page


def test_only_the_buyer_sees_the_new_end_date(buyer_client, plans, gateway_http):
    _buy(buyer_client, plans["month"])
    order = TipOrder.objects.get()
    buyer_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    stranger = Client()
    assert "membership_until" not in stranger.get(f"/pay/{order.out_trade_no}/status/").json()
    assert "会员有效期至" not in stranger.get(f"/pay/{order.out_trade_no}/").content.decode()


def test_renewals_stack_from_the_current_end(buyer_client, buyer, plans, gateway_http):
    for plan in (plans["month"], plans["year"]):
        _buy(buyer_client, plan)
        order = TipOrder.objects.order_by("-id").first()
        buyer_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    assert _end(buyer) == _today() + dt.timedelta(days=30 + 365 - 1)


def test_a_lapsed_membership_restarts_from_today(buyer_client, buyer, plans, gateway_http):
    grant_membership(buyer, days=10, today=_today() - dt.timedelta(days=40))  # ended 30 days ago
    _buy(buyer_client, plans["month"])
    order = TipOrder.objects.get()
    buyer_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    assert _end(buyer) == _today() + dt.timedelta(days=29)


def test_a_membership_without_expiry_stays_so(buyer_client, buyer, plans, gateway_http):
    grant_membership(buyer, days=None)
    _buy(buyer_client, plans["month"])
    order = TipOrder.objects.get()
    buyer_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    order.refresh_from_db()
    assert order.state == State.PAID and _end(buyer) is None and Membership.objects.get(user=buyer).is_active()


@pytest.fixture
def pending(buyer_client, plans):
    _buy(buyer_client, plans["month"])
    return TipOrder.objects.get()


def test_a_replayed_notification_extends_only_once(pending, buyer):
    params = _signed(pending)
    for _ in range(4):
        assert _notify(params).content == b"success"
    assert _notify(_signed(pending)).content == b"success"  # a fresh notify_id, same payment
    assert _end(buyer) == _today() + dt.timedelta(days=29)
    statuses = list(Notification.objects.order_by("id").values_list("status", flat=True))
    assert statuses == ["accepted"] + ["duplicate"] * 4


def test_a_verified_gateway_query_extends_once_too(pending, buyer):
    SandboxTrade.objects.update(state=SandboxTrade.State.SUCCESS)
    services.refresh_from_gateway(pending)
    _notify(_signed(pending))  # the late notification
    services.refresh_from_gateway(pending)
    assert _end(buyer) == _today() + dt.timedelta(days=29)


def test_a_notification_racing_the_same_order_extends_once(pending, buyer, monkeypatch):
    """The loser of two deliveries (its conditional UPDATE finds the order already paid)
    adds nothing, even when it read the order as pending before the winner committed."""
    real = services._apply
    inner = {}

    def racing_apply(order, report):
        if not inner:
            inner["answer"] = None
            inner["answer"] = _notify(_signed(pending)).content  # the duplicate lands first
        return real(order, report)

    monkeypatch.setattr(services, "_apply", racing_apply)
    assert _notify(_signed(pending)).content == b"success" and inner["answer"] == b"success"
    assert _end(buyer) == _today() + dt.timedelta(days=29)


@pytest.mark.parametrize(
    "overrides, reason",
    [
        ({"total_amount": "0.01"}, "amount mismatch"),  # validly signed, wrong amount
        ({"total_amount": "150.00"}, "amount mismatch"),
        ({"currency": "USD"}, "currency mismatch"),
        ({"app_id": "someone-else"}, "app_id mismatch"),
        ({"out_trade_no": "HW20240101000000DEADBEEFDEADBEEF"}, "unknown out_trade_no"),
    ],
)
def test_a_signed_notification_that_does_not_match_adds_no_days(pending, buyer, overrides, reason):
    assert _notify(_signed(pending, **overrides)).status_code == 400
    pending.refresh_from_db()
    assert pending.state == State.PENDING and not Membership.objects.filter(user=buyer).exists()
    assert reason in Notification.objects.get(status="rejected").reason


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: {**p, "total_amount": "0.01"},  # changed after signing
        lambda p: {**p, "sign": "0" * 64},
        lambda p: {k: v for k, v in p.items() if k != "sign"},
    ],
)
def test_a_forged_or_tampered_notification_adds_no_days(pending, buyer, tamper):
    assert _notify(tamper(_signed(pending))).status_code == 400
    assert not Membership.objects.filter(user=buyer).exists()
    assert Notification.objects.get().status == "rejected"


def test_the_browsers_return_never_makes_a_member(buyer_client, pending, buyer):
    buyer_client.get(f"/pay/{pending.out_trade_no}/?trade_status=TRADE_SUCCESS&out_trade_no={pending.out_trade_no}")
    buyer_client.get(f"/pay/{pending.out_trade_no}/status/")
    pending.refresh_from_db()
    assert pending.state == State.PENDING and not Membership.objects.filter(user=buyer).exists()


def test_a_refund_from_the_admin_takes_the_days_back(admin_client, buyer_client, buyer, plans, members_article, gateway_http):
    orders = []
    for plan in (plans["month"], plans["year"]):
        _buy(buyer_client, plan)
        orders.append(TipOrder.objects.order_by("-id").first())
        buyer_client.post(f"/pay/sandbox/{orders[-1].out_trade_no}/", {"action": "pay"})
    assert _end(buyer) == _today() + dt.timedelta(days=394)
    response = admin_client.post(
        "/admin/payments/tiporder/", {"action": "refund", "_selected_action": [orders[1].pk], "index": 0}, follow=True
    )
    assert "已退款 1 笔" in response.content.decode()
    assert _end(buyer) == _today() + dt.timedelta(days=29)  # the month stays
    assert MARKER in buyer_client.get(members_article.get_absolute_url()).content.decode()
    services.refund_order(TipOrder.objects.get(pk=orders[0].pk))
    assert _end(buyer) == _today() - dt.timedelta(days=1)  # lapsed at once
    assert MARKER not in buyer_client.get(members_article.get_absolute_url()).content.decode()
    with pytest.raises(services.TipError):
        services.refund_order(TipOrder.objects.get(pk=orders[0].pk))
    assert _end(buyer) == _today() - dt.timedelta(days=1)


def test_a_refund_notified_by_the_gateway_takes_the_days_back_once(pending, buyer):
    _notify(_signed(pending))
    trade = SandboxTrade.objects.get()
    trade.state = SandboxTrade.State.REFUND
    params = sandbox.notification_for(trade)
    assert _notify(params).content == b"success" and _notify(params).content == b"success"
    assert _end(buyer) == _today() - dt.timedelta(days=1)


def test_an_expired_member_reads_previews_again_at_once(buyer_client, buyer, members_article):
    grant_membership(buyer, days=1)
    assert MARKER in buyer_client.get(members_article.get_absolute_url()).content.decode()
    Membership.objects.filter(user=buyer).update(expires_on=_today() - dt.timedelta(days=1))
    html = buyer_client.get(members_article.get_absolute_url()).content.decode()
    assert MARKER not in html and "开通会员" in html


def test_tips_and_membership_orders_share_the_rate_limit(buyer_client, plans, settings, article):
    settings.PAYMENTS_RATE_LIMIT = 3
    buyer_client.post(f"/a/{article.pk}/tip/", {"amount": "6.66", "provider": "sandbox"})
    assert _buy(buyer_client, plans["month"]).status_code == 302
    assert _buy(buyer_client, plans["year"]).status_code == 302
    over = _buy(buyer_client, plans["month"])
    assert over.status_code == 429 and int(over["Retry-After"]) >= 1 and "操作太频繁" in over.content.decode()
    assert TipOrder.objects.count() == 3


def test_membership_orders_never_join_an_articles_tippers(pending, article):
    _notify(_signed(pending))
    html = Client().get(f"/a/{article.pk}/tips/").content.decode()
    assert "buyer" not in html and "¥15" not in html


def test_reconcile_confirms_a_membership_whose_notification_was_lost(pending, buyer):
    SandboxTrade.objects.update(state=SandboxTrade.State.SUCCESS)
    counts = services.reconcile(now=timezone.now() + dt.timedelta(seconds=400))
    assert counts["paid"] == 1 and _end(buyer) == _today() + dt.timedelta(days=29)


# --- the real gateways: same interface, same checks -------------------------------------------


def test_alipay_sells_a_plan_and_rejects_a_tampered_amount(buyer_client, buyer, plans, alipay, caplog):
    _buy(buyer_client, plans["month"], "alipay")
    order = TipOrder.objects.get()
    method, biz = alipay.calls[0]
    assert method == "alipay.trade.precreate" and biz["total_amount"] == "15.00" and biz["subject"] == "会员：月度会员（30天）"
    alipay.pay(order.out_trade_no)
    tampered = alipay.notification(order.out_trade_no)
    tampered["total_amount"] = "0.01"
    assert post_form(buyer_client, "/pay/notify/alipay/", tampered).status_code == 400
    assert post_form(buyer_client, "/pay/notify/alipay/", alipay.notification(order.out_trade_no, total_amount="0.01")).status_code == 400
    assert not Membership.objects.filter(user=buyer).exists()
    params = alipay.notification(order.out_trade_no)
    assert post_form(buyer_client, "/pay/notify/alipay/", params).content == b"success"
    assert post_form(buyer_client, "/pay/notify/alipay/", params).content == b"success"
    assert _end(buyer) == _today() + dt.timedelta(days=29)


def test_wechatpay_sells_a_plan_and_extends_once(buyer_client, buyer, plans, wechatpay):
    _buy(buyer_client, plans["year"], "wechatpay")
    order = TipOrder.objects.get()
    assert order.state == State.PENDING and order.payment_kind == "qr"
    wechatpay.pay(order.out_trade_no)
    body, headers = wechatpay.notification(order.out_trade_no)
    assert post_json(buyer_client, "/pay/notify/wechatpay/", body, headers).status_code == 204
    assert post_json(buyer_client, "/pay/notify/wechatpay/", body, headers).status_code == 204
    assert _end(buyer) == _today() + dt.timedelta(days=364)


def test_the_admin_edits_plans_and_shows_membership_orders(admin_client, pending):
    response = admin_client.post(
        "/admin/accounts/membershipplan/add/", {"name": "季度会员", "days": "90", "price_fen": "3900", "active": "on", "order": "2"}
    )
    assert response.status_code == 302 and MembershipPlan.objects.get(name="季度会员").price_display == "39"
    bad = admin_client.post("/admin/accounts/membershipplan/add/", {"name": "坏", "days": "0", "price_fen": "0", "order": "0"})
    assert bad.status_code == 200 and not MembershipPlan.objects.filter(name="坏").exists()
    listing = admin_client.get("/admin/accounts/membershipplan/").content.decode()
    assert "¥39" in listing
    orders = admin_client.get("/admin/payments/tiporder/?purpose__exact=membership").content.decode()
    assert pending.out_trade_no in orders and "月度会员（30天）" in orders
