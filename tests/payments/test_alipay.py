"""Alipay through python-alipay-sdk's real signing and verification; only urlopen is faked.

Keys are generated in the tests (conftest ``keys``); notifications are built and signed the
way Alipay signs them (RSA2 over sorted ``k=v`` without ``sign``/``sign_type``).
"""

from __future__ import annotations

import pytest

from haowen.payments import services
from haowen.payments.models import Notification, State, TipOrder
from haowen.payments.providers import get_provider
from tests.payments.conftest import KeyPair
from tests.payments.gateways import post_form

NOTIFY_URL = "/pay/notify/alipay/"
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"


def _tip(client, article, amount="99.99", **extra):
    return client.post(f"/a/{article.pk}/tip/", {"amount": amount, "provider": "alipay", **extra}, **extra.pop("meta", {}))


@pytest.fixture
def order(client, article, alipay):
    """A pending Alipay order for ¥99.99 whose QR code Alipay has issued."""
    response = _tip(client, article, "99.99")
    assert response.status_code == 302
    return TipOrder.objects.get()


def test_it_precreates_a_qr_code_on_desktop(client, article, alipay, order):
    method, biz = alipay.calls[0]
    assert method == "alipay.trade.precreate"
    assert biz["total_amount"] == "99.99" and biz["out_trade_no"] == order.out_trade_no
    assert alipay.trades[order.out_trade_no]["notify_url"] == "http://testserver/pay/notify/alipay/"
    assert order.state == State.PENDING and order.payment_kind == "qr"
    assert order.payment_payload.startswith("https://qr.alipay.com/")
    page = client.get(f"/pay/{order.out_trade_no}/").content.decode()
    assert 'src="data:image/svg+xml' in page and "支付宝" in page and "测试模式" not in page


def test_it_sends_phones_to_the_wap_cashier(client, article, alipay):
    response = client.post(
        f"/a/{article.pk}/tip/", {"amount": "0.01", "provider": "alipay"}, HTTP_USER_AGENT=PHONE
    )
    order = TipOrder.objects.get()
    assert response["Location"] == f"/pay/{order.out_trade_no}/?go=1"
    assert order.payment_kind == "redirect" and alipay.calls == []  # wap pay is a signed redirect
    assert order.payment_payload.startswith("https://openapi.alipay.com/gateway.do?")
    assert "alipay.trade.wap.pay" in order.payment_payload and "sign=" in order.payment_payload
    page = client.get(response["Location"]).content.decode()
    assert "data-go=" in page and "前往支付宝付款" in page


def test_it_marks_the_order_paid_from_a_verified_notification(client, alipay, order):
    alipay.pay(order.out_trade_no)
    response = post_form(client, NOTIFY_URL, alipay.notification(order.out_trade_no))
    assert response.status_code == 200 and response.content == b"success"
    order.refresh_from_db()
    assert order.state == State.PAID and order.amount_fen == 9999
    assert order.provider_trade_no == alipay.trades[order.out_trade_no]["trade_no"]
    stored = Notification.objects.get()
    assert stored.status == "accepted" and stored.data["total_amount"] == "99.99" and "sign=" in stored.raw


def test_it_answers_a_replay_with_success_and_changes_nothing(client, alipay, order):
    params = alipay.notification(order.out_trade_no)
    post_form(client, NOTIFY_URL, params)
    order.refresh_from_db()
    paid_at = order.paid_at
    replay = post_form(client, NOTIFY_URL, params)
    assert replay.content == b"success"  # so Alipay stops retrying
    order.refresh_from_db()
    assert order.state == State.PAID and order.paid_at == paid_at
    assert list(Notification.objects.order_by("id").values_list("status", flat=True)) == ["accepted", "duplicate"]


def test_it_makes_one_transition_when_duplicates_race(client, alipay, order, monkeypatch):
    """Deterministic race: a second notification lands between the first one's read of the
    order and its UPDATE. The conditional UPDATE lets exactly one of them win."""
    params = alipay.notification(order.out_trade_no)
    real_apply = services._apply
    inner = {}

    def racing_apply(current, report):
        if not inner:
            inner["started"] = True
            inner["response"] = post_form(client, NOTIFY_URL, params)  # the duplicate wins the race
        return real_apply(current, report)

    monkeypatch.setattr(services, "_apply", racing_apply)
    outer = post_form(client, NOTIFY_URL, params)
    assert inner["response"].content == b"success" and outer.content == b"success"
    order.refresh_from_db()
    assert order.state == State.PAID
    assert sorted(Notification.objects.values_list("status", flat=True)) == ["accepted", "duplicate"]


def _rejected(client, order, params, reason, caplog):
    response = post_form(client, NOTIFY_URL, params)
    assert response.status_code == 400 and response.content == b"failure"  # Alipay retries
    order.refresh_from_db()
    assert order.state == State.PENDING and order.amount_fen == 9999 and order.paid_at is None
    row = Notification.objects.get(status="rejected")
    assert reason in row.reason and reason in caplog.text
    return row


def test_it_rejects_a_tampered_amount(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no)
    params["total_amount"] = "0.01"  # changed after Alipay signed it
    _rejected(client, order, params, "bad signature", caplog)


def test_it_rejects_a_validly_signed_notification_for_another_amount(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no, total_amount="0.01")
    _rejected(client, order, params, "amount mismatch", caplog)


def test_it_rejects_a_signature_from_another_key(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no, key=KeyPair().private)
    _rejected(client, order, params, "bad signature", caplog)


def test_it_rejects_an_undecodable_signature(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no)
    params["sign"] = "not base64 !!!"
    _rejected(client, order, params, "signature check failed", caplog)


def test_it_rejects_a_wrong_app_id(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no, app_id="2021999999999999")
    _rejected(client, order, params, "app_id mismatch", caplog)


def test_it_rejects_a_wrong_seller(client, alipay, order, caplog):
    params = alipay.notification(order.out_trade_no, seller_id="2088999999999999")
    _rejected(client, order, params, "seller_id mismatch", caplog)


def test_it_rejects_an_unknown_out_trade_no(client, alipay, order, caplog):
    params = alipay.notification("HW20990101000000FFFFFFFFFFFFFFFF")
    _rejected(client, order, params, "unknown out_trade_no", caplog)


def test_it_rejects_a_malformed_body(client, alipay, order, caplog):
    response = client.post(NOTIFY_URL, data=b"<xml>not a form</xml>", content_type="text/xml")
    assert response.status_code == 400
    assert "malformed body" in Notification.objects.get().reason
    order.refresh_from_db()
    assert order.state == State.PENDING


def test_it_confirms_a_paid_order_by_verified_query_when_the_notification_is_lost(alipay, order):
    alipay.pay(order.out_trade_no)
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["paid"] == 1 and order.state == State.PAID
    assert alipay.calls[-1][0] == "alipay.trade.query"


def test_it_closes_an_expired_unpaid_order_at_alipay_and_here(alipay, order):
    TipOrder.objects.filter(pk=order.pk).update(expires_at=order.created_at)
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["closed"] == 1 and order.state == State.CLOSED
    assert [m for m, _ in alipay.calls[-2:]] == ["alipay.trade.query", "alipay.trade.close"]
    assert alipay.trades[order.out_trade_no]["trade_status"] == "TRADE_CLOSED"


def test_it_keeps_the_order_open_when_alipay_is_unreachable(alipay, order):
    TipOrder.objects.filter(pk=order.pk).update(expires_at=order.created_at)
    alipay.fail_with = OSError("network is unreachable")
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["error"] == 1 and order.state == State.PENDING


def test_it_refuses_an_unverifiable_gateway_answer(alipay, order, keys, settings):
    settings.ALIPAY_PUBLIC_KEY = KeyPair().public_pem  # answers no longer verify
    alipay.pay(order.out_trade_no)
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["error"] == 1 and order.state == State.PENDING


def test_it_refunds_a_paid_order(client, alipay, order):
    post_form(client, NOTIFY_URL, alipay.notification(order.out_trade_no))
    order.refresh_from_db()
    services.refund_order(order)
    order.refresh_from_db()
    assert order.state == State.REFUNDED and alipay.calls[-1][1]["refund_amount"] == "99.99"


def test_it_offers_alipay_only_with_all_its_keys(settings, alipay):
    provider = get_provider("alipay")
    assert provider.is_configured and provider.settings_problems() == []
    settings.ALIPAY_PUBLIC_KEY = ""
    assert provider.missing_settings() == ["ALIPAY_PUBLIC_KEY"]
    settings.ALIPAY_PUBLIC_KEY = "not a key"
    assert provider.settings_problems()


def test_phone_payers_return_to_site_url_whatever_host_they_named(client, article, alipay, settings):
    from urllib.parse import parse_qs, urlsplit

    settings.SITE_URL = "https://haowen.example"
    settings.ALLOWED_HOSTS = ["*"]
    client.post(
        f"/a/{article.pk}/tip/", {"amount": "0.01", "provider": "alipay"},
        HTTP_USER_AGENT=PHONE, HTTP_HOST="attacker.example:6666",
    )
    order = TipOrder.objects.get()
    query = parse_qs(urlsplit(order.payment_payload).query)
    import json

    biz = json.loads(query["biz_content"][0]) if "biz_content" in query else {}
    return_url = query.get("return_url", [biz.get("return_url", "")])[0]
    assert return_url == f"https://haowen.example/pay/{order.out_trade_no}/"
    assert query["notify_url"][0] == "https://haowen.example/pay/notify/alipay/"
    assert "attacker" not in order.payment_payload
