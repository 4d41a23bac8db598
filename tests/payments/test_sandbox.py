"""The sandbox provider end to end with the test client, and its notification checks.

The sandbox gateway POSTs its signed notification over HTTP (urllib); here that call is
intercepted and handed to a separate test client (no cookies: a gateway is not the
payer's browser), so the notification takes the same path as on a real server.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client

from haowen.payments.models import Notification, SandboxTrade, State, TipOrder
from haowen.payments.providers import sandbox
from tests.payments.gateways import UrlopenAnswer

NOTIFY_URL = "/pay/notify/sandbox/"


def _start_tip(client, article, amount="6.66", **extra):
    data = {"amount": amount, "provider": "sandbox", "message": "", **extra}
    return client.post(f"/a/{article.pk}/tip/", data)


def test_it_tips_six_sixty_six_through_the_sandbox_end_to_end(client, article, gateway_http):
    page = client.get(article.get_absolute_url())
    html = page.content.decode()
    assert "如果喜欢本篇内容,请赞赏鼓励哦!" in html
    assert "尚未有人赏赞,赶紧来一个吧" in html
    assert "测试模式" in html
    amounts = re.findall(r'name="amount" value="([0-9.]+)"', html)
    assert amounts == ["0.01", "1.00", "6.00", "6.66", "52.00", "66.60", "99.99", "188.00", "365.00"]

    response = _start_tip(client, article, "6.66", message="写得好")
    assert response.status_code == 302
    order = TipOrder.objects.get()
    assert response["Location"] == f"/pay/{order.out_trade_no}/"
    assert (order.amount_fen, order.state, order.provider, order.user) == (666, State.PENDING, "sandbox", None)

    pay_page = client.get(response["Location"]).content.decode()
    assert "测试模式" in pay_page and "¥<strong>6.66</strong>" in pay_page
    assert 'src="data:image/svg+xml' in pay_page  # the QR code is drawn on our page
    assert client.get(f"/pay/{order.out_trade_no}/status/").json()["state"] == "pending"

    cashier = client.get(f"/pay/sandbox/{order.out_trade_no}/")
    assert "测试模式" in cashier.content.decode()
    paid = client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    assert paid.status_code == 200 and "已通知商户" in paid.content.decode()
    assert gateway_http == [(NOTIFY_URL, 200)]

    order.refresh_from_db()
    assert order.state == State.PAID and order.paid_at is not None
    assert order.provider_trade_no == SandboxTrade.objects.get().trade_no
    assert client.get(f"/pay/{order.out_trade_no}/status/").json() == {
        "state": "paid",
        "label": "已支付",
        "paid": True,
        "open": False,
        "expired": False,
    }
    listing = client.get(f"/a/{article.pk}/tips/").content.decode()
    assert "匿名读者" in listing and "¥6.66" in listing and "写得好" in listing and "测试" in listing
    panel = client.get(article.get_absolute_url()).content.decode()
    assert "已有 1 人赏赞" in panel and "尚未有人赏赞" not in panel
    assert Notification.objects.get().status == Notification.Status.ACCEPTED


def test_it_shows_a_logged_in_tipper_by_name_unless_anonymous(tipper_client, article, gateway_http):
    _start_tip(tipper_client, article, "1")
    order = TipOrder.objects.get()
    tipper_client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    listing = tipper_client.get(f"/a/{article.pk}/tips/").content.decode()
    assert "tipper" in listing and "匿名读者" not in listing

    _start_tip(tipper_client, article, "6", anonymous="1")
    second = TipOrder.objects.exclude(pk=order.pk).get()
    tipper_client.post(f"/pay/sandbox/{second.out_trade_no}/", {"action": "pay"})
    second.refresh_from_db()
    assert second.state == State.PAID and second.is_anonymous and second.user.username == "tipper"
    listing = tipper_client.get(f"/a/{article.pk}/tips/").content.decode()
    assert listing.count("匿名读者") == 1 and "共 2 人赏赞" in listing


def test_it_keeps_a_payment_whose_notification_was_lost_for_reconcile(client, article, monkeypatch):
    def unreachable(request, timeout=None):
        raise OSError("connection refused")

    monkeypatch.setattr(sandbox, "urlopen", unreachable)
    _start_tip(client, article, "52")
    order = TipOrder.objects.get()
    page = client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"}).content.decode()
    assert "通知商户失败" in page
    order.refresh_from_db()
    assert order.state == State.PENDING  # never paid from the payer's side alone

    from haowen.payments import services

    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["paid"] == 1 and order.state == State.PAID


def test_it_resends_a_notification_without_a_second_transition(client, article, gateway_http):
    _start_tip(client, article, "6")
    order = TipOrder.objects.get()
    client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "resend"})
    assert [code for _, code in gateway_http] == [200, 200]
    statuses = sorted(Notification.objects.values_list("status", flat=True))
    assert statuses == ["accepted", "duplicate"]


def test_it_refuses_to_pay_an_expired_sandbox_trade(client, article, gateway_http):
    _start_tip(client, article, "6")
    order = TipOrder.objects.get()
    SandboxTrade.objects.update(expires_at=order.created_at)
    response = client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"})
    assert response.status_code == 409 and gateway_http == []
    order.refresh_from_db()
    assert order.state == State.PENDING


def test_it_hides_the_sandbox_when_it_is_not_enabled(client, article, settings):
    settings.PAYMENTS_PROVIDERS = []  # real providers only, none configured
    html = client.get(article.get_absolute_url()).content.decode()
    assert "测试模式" not in html and "本站暂未开通赏赞" in html
    response = _start_tip(client, article)
    assert response.status_code == 400 and TipOrder.objects.count() == 0
    assert client.post(NOTIFY_URL, {}).status_code == 404


# --- notifications the sandbox must reject --------------------------------------------------


@pytest.fixture
def pending_order(client, article):
    _start_tip(client, article, "99.99")
    return TipOrder.objects.get()


def _signed(order, **overrides) -> dict:
    trade = SandboxTrade.objects.get(out_trade_no=order.out_trade_no)
    trade.state = SandboxTrade.State.SUCCESS
    params = sandbox.notification_for(trade)
    params.update(overrides)
    params["sign"] = sandbox.sign(params)
    return params


def _post(client, params):
    return client.post(NOTIFY_URL, data=urlencode(params), content_type="application/x-www-form-urlencoded")


def test_it_accepts_a_valid_signed_notification_and_answers_success(client, pending_order):
    response = _post(client, _signed(pending_order))
    assert response.status_code == 200 and response.content == b"success"
    pending_order.refresh_from_db()
    assert pending_order.state == State.PAID and pending_order.amount_fen == 9999


@pytest.mark.parametrize(
    "forwarded, recorded",
    [
        ("198.51.100.7, 203.0.113.9", "203.0.113.9"),  # the address the trusted proxy saw, not the client's claim
        ("not-an-address", None),  # no address to store, and no error
        ("", "10.0.0.2"),  # no header: the socket's peer
    ],
)
def test_a_notification_records_the_gateways_address_as_every_per_ip_rule_reads_it(
    client, pending_order, settings, forwarded, recorded
):
    """Behind the reverse proxy (TRUSTED_PROXY_COUNT=1) the notification's 来源地址 is
    client_ip()'s answer, not the proxy's socket address; an answer that is no IP address
    is stored as none."""
    settings.TRUSTED_PROXY_COUNT = 1
    extra = {"REMOTE_ADDR": "10.0.0.2", **({"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {})}
    params = _signed(pending_order)
    response = client.post(NOTIFY_URL, data=urlencode(params), content_type="application/x-www-form-urlencoded", **extra)
    assert response.status_code == 200 and response.content == b"success"
    assert Notification.objects.get().remote_addr == recorded


@pytest.mark.parametrize(
    "tamper, reason",
    [
        (lambda p: {**p, "total_amount": "0.01"}, "bad signature"),  # changed after signing
        (lambda p: {**p, "sign": "0" * 64}, "bad signature"),
        (lambda p: {k: v for k, v in p.items() if k != "sign"}, "missing sign"),
        (lambda p: {**p, "sign_type": "MD5"}, "unsupported sign_type"),
    ],
)
def test_it_rejects_tampered_or_unsigned_notifications(client, pending_order, tamper, reason, caplog):
    response = _post(client, tamper(_signed(pending_order)))
    assert response.status_code == 400 and response.content == b"failure"
    pending_order.refresh_from_db()
    assert pending_order.state == State.PENDING
    row = Notification.objects.get()
    assert row.status == Notification.Status.REJECTED and reason in row.reason
    assert reason in caplog.text


@pytest.mark.parametrize(
    "overrides, reason",
    [
        ({"total_amount": "0.01"}, "amount mismatch"),  # validly signed, wrong amount
        ({"currency": "USD"}, "currency mismatch"),
        ({"app_id": "someone-else"}, "app_id mismatch"),
        ({"out_trade_no": "HW20240101000000DEADBEEFDEADBEEF"}, "unknown out_trade_no"),
        ({"total_amount": "abc"}, "malformed total_amount"),
        ({"trade_status": "WHATEVER"}, "unknown trade_status"),
    ],
)
def test_it_rejects_signed_notifications_that_do_not_match(client, pending_order, overrides, reason):
    response = _post(client, _signed(pending_order, **overrides))
    assert response.status_code == 400
    pending_order.refresh_from_db()
    assert pending_order.state == State.PENDING and pending_order.amount_fen == 9999
    assert reason in Notification.objects.get(status="rejected").reason


def test_it_rejects_a_malformed_body_and_a_get(client, pending_order):
    assert client.post(NOTIFY_URL, data=b"\xff\xfe{not a form", content_type="application/json").status_code == 400
    assert client.get(NOTIFY_URL).status_code == 405
    assert "malformed body" in Notification.objects.get().reason
    pending_order.refresh_from_db()
    assert pending_order.state == State.PENDING


def test_it_flags_a_payment_for_a_closed_order_for_the_operator(client, pending_order, caplog):
    from haowen.payments import services

    services.transition(pending_order, State.CLOSED)
    response = _post(client, _signed(pending_order))
    assert response.content == b"success"  # the money arrived: stop the retries, keep the record
    pending_order.refresh_from_db()
    assert pending_order.state == State.CLOSED
    row = Notification.objects.get()
    assert row.status == Notification.Status.CONFLICT and "needs an operator" in caplog.text


def test_the_notification_goes_to_site_url_whatever_host_the_payer_names(client, article, settings, monkeypatch):
    """The gateway posts to SITE_URL's notify URL, not to a host and port forged in the Host header."""
    settings.SITE_URL = "https://haowen.example"
    settings.ALLOWED_HOSTS = ["*"]  # a permissive deployment: the forged name gets through
    forged = {"HTTP_HOST": "attacker.example:6666"}
    posted = []
    gateway_client = Client()

    def fake_urlopen(request, timeout=None):
        posted.append(request.full_url)
        response = gateway_client.post(urlsplit(request.full_url).path, data=request.data, content_type=request.get_header("Content-type"))
        return UrlopenAnswer(response.content)

    monkeypatch.setattr(sandbox, "urlopen", fake_urlopen)
    response = client.post(f"/a/{article.pk}/tip/", {"amount": "6.66", "provider": "sandbox", "message": ""}, **forged)
    assert response.status_code == 302
    order = TipOrder.objects.get()
    trade = SandboxTrade.objects.get()
    assert trade.notify_url == "https://haowen.example/pay/notify/sandbox/"
    assert order.payment_payload == f"https://haowen.example/pay/sandbox/{order.out_trade_no}/"  # the QR code
    client.post(f"/pay/sandbox/{order.out_trade_no}/", {"action": "pay"}, **forged)
    assert posted == ["https://haowen.example/pay/notify/sandbox/"]
    order.refresh_from_db()
    assert order.state == State.PAID
