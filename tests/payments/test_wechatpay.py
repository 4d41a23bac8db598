"""WeChat Pay API v3 through wechatpayv3's real signing, verification and AES-256-GCM
decryption; only the ``requests`` calls are faked.

Keys (merchant, platform, APIv3) are generated in the tests; notifications are encrypted
and signed the way WeChat Pay does it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from haowen.payments import services
from haowen.payments.models import Notification, State, TipOrder
from haowen.payments.providers import get_provider
from haowen.payments.providers import wechatpay as provider_module
from tests.payments.conftest import KeyPair
from tests.payments.gateways import post_json

NOTIFY_URL = "/pay/notify/wechatpay/"


@pytest.fixture
def order(client, article, wechatpay):
    """A pending WeChat Pay Native order for ¥0.01."""
    response = client.post(f"/a/{article.pk}/tip/", {"amount": "0.01", "provider": "wechatpay"})
    assert response.status_code == 302, response.content.decode()[:500]
    return TipOrder.objects.get()


def test_it_places_a_native_order_and_draws_its_code_url(client, wechatpay, order):
    method, path, payload = wechatpay.calls[0]
    assert (method, path) == ("POST", "/v3/pay/transactions/native")
    assert payload["amount"] == {"total": 1, "currency": "CNY"}
    assert payload["notify_url"] == "http://testserver/pay/notify/wechatpay/"
    assert payload["out_trade_no"] == order.out_trade_no and len(order.out_trade_no) == 32
    assert order.state == State.PENDING and order.payment_payload.startswith("weixin://wxpay/bizpayurl?pr=")
    page = client.get(f"/pay/{order.out_trade_no}/").content.decode()
    assert 'src="data:image/svg+xml' in page and "微信" in page


def test_it_marks_the_order_paid_from_a_verified_decrypted_notification(client, wechatpay, order):
    wechatpay.pay(order.out_trade_no)
    body, headers = wechatpay.notification(order.out_trade_no)
    response = post_json(client, NOTIFY_URL, body, headers)
    assert response.status_code == 204 and response.content == b""
    order.refresh_from_db()
    assert order.state == State.PAID and order.amount_fen == 1
    assert order.provider_trade_no == wechatpay.orders[order.out_trade_no]["transaction_id"]
    stored = Notification.objects.get()
    assert stored.status == "accepted" and stored.data["resource"]["amount"]["total"] == 1
    assert stored.headers["Wechatpay-Serial"] == wechatpay.serial and "ciphertext" in stored.raw


def test_it_answers_a_replay_with_success_and_changes_nothing(client, wechatpay, order):
    body, headers = wechatpay.notification(order.out_trade_no)
    post_json(client, NOTIFY_URL, body, headers)
    order.refresh_from_db()
    paid_at = order.paid_at
    assert post_json(client, NOTIFY_URL, body, headers).status_code == 204
    order.refresh_from_db()
    assert order.state == State.PAID and order.paid_at == paid_at
    assert list(Notification.objects.order_by("id").values_list("status", flat=True)) == ["accepted", "duplicate"]


def test_it_makes_one_transition_when_duplicates_race(client, wechatpay, order, monkeypatch):
    body, headers = wechatpay.notification(order.out_trade_no)
    real_transition = services.transition
    inner = {}

    def racing_transition(current, target, **fields):
        # The duplicate runs completely after the first one read the order as pending.
        if target == State.PAID and not inner:
            inner["response"] = None
            inner["response"] = post_json(client, NOTIFY_URL, body, headers)
        return real_transition(current, target, **fields)

    monkeypatch.setattr(services, "transition", racing_transition)
    outer = post_json(client, NOTIFY_URL, body, headers)
    assert inner["response"].status_code == 204 and outer.status_code == 204
    order.refresh_from_db()
    assert order.state == State.PAID
    assert sorted(Notification.objects.values_list("status", flat=True)) == ["accepted", "duplicate"]


def _rejected(client, order, body, headers, reason, caplog):
    response = post_json(client, NOTIFY_URL, body, headers)
    assert response.status_code == 500 and response.json()["code"] == "FAIL"  # WeChat Pay retries
    order.refresh_from_db()
    assert order.state == State.PENDING and order.amount_fen == 1 and order.paid_at is None
    row = Notification.objects.get(status="rejected")
    assert reason in row.reason and reason in caplog.text


def test_it_rejects_a_tampered_amount(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no)
    envelope = json.loads(body)
    tampered, _ = wechatpay.notification(order.out_trade_no, amount={"total": 100})
    envelope["resource"] = json.loads(tampered)["resource"]  # swapped in after signing
    _rejected(client, order, json.dumps(envelope, ensure_ascii=False), headers, "bad signature", caplog)


def test_it_rejects_a_validly_signed_notification_for_another_amount(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, amount={"total": 100})
    _rejected(client, order, body, headers, "amount mismatch", caplog)


def test_it_rejects_a_validly_signed_notification_in_another_currency(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, amount={"currency": "USD"})
    _rejected(client, order, body, headers, "currency mismatch", caplog)


def test_it_rejects_a_signature_from_another_key(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, key=KeyPair().private)
    _rejected(client, order, body, headers, "bad signature", caplog)


def test_it_rejects_a_resource_encrypted_with_another_apiv3_key(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, apiv3_key="X" * 32)
    _rejected(client, order, body, headers, "decryption", caplog)


def test_it_rejects_an_unknown_signature_serial(client, wechatpay, order, caplog):
    body, _ = wechatpay.notification(order.out_trade_no)
    headers = wechatpay.signed_headers(body, serial="not-hex")
    _rejected(client, order, body, headers, "verification failed", caplog)


def test_it_rejects_a_wrong_app_id(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, appid="wx0000000000000000")
    _rejected(client, order, body, headers, "appid mismatch", caplog)


def test_it_rejects_a_wrong_merchant(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification(order.out_trade_no, mchid="1900000000")
    _rejected(client, order, body, headers, "mchid mismatch", caplog)


def test_it_rejects_an_unknown_out_trade_no(client, wechatpay, order, caplog):
    body, headers = wechatpay.notification("HW20990101000000FFFFFFFFFFFFFFFF")
    _rejected(client, order, body, headers, "unknown out_trade_no", caplog)


@pytest.mark.parametrize("body", [b"", b"{not json", b"[]", b'{"resource": "x"}', b"\xff\xfe"])
def test_it_rejects_a_malformed_body(client, wechatpay, order, caplog, body):
    headers = wechatpay.signed_headers(body.decode("utf-8", "replace"))
    response = client.post(NOTIFY_URL, data=body, content_type="application/json", headers=headers)
    assert response.status_code == 500
    assert "malformed body" in Notification.objects.get().reason
    order.refresh_from_db()
    assert order.state == State.PENDING


def test_it_rejects_a_notification_without_signature_headers(client, wechatpay, order, caplog):
    body, _ = wechatpay.notification(order.out_trade_no)
    _rejected(client, order, body, {}, "verification failed", caplog)


def test_it_confirms_by_verified_query_and_closes_expired_orders(client, article, wechatpay, order):
    wechatpay.pay(order.out_trade_no)
    client.post(f"/a/{article.pk}/tip/", {"amount": "6", "provider": "wechatpay"})
    unpaid = TipOrder.objects.exclude(pk=order.pk).get()
    TipOrder.objects.filter(pk=unpaid.pk).update(expires_at=unpaid.created_at)
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    unpaid.refresh_from_db()
    assert counts == {"paid": 1, "closed": 1}
    assert order.state == State.PAID and unpaid.state == State.CLOSED
    assert wechatpay.orders[unpaid.out_trade_no]["trade_state"] == "CLOSED"


def test_it_ignores_a_query_answer_signed_by_someone_else(wechatpay, order):
    wechatpay.pay(order.out_trade_no)
    wechatpay.platform_key = KeyPair().private  # the SDK must refuse the answer
    counts = services.reconcile(min_age=0)
    order.refresh_from_db()
    assert counts["error"] == 1 and order.state == State.PENDING


def test_it_refunds_and_accepts_the_refund_notification(client, wechatpay, order):
    post_json(client, NOTIFY_URL, *wechatpay.notification(order.out_trade_no))
    order.refresh_from_db()
    services.refund_order(order)
    order.refresh_from_db()
    assert order.state == State.REFUNDED
    refund = {
        "mchid": wechatpay.mchid,
        "out_trade_no": order.out_trade_no,
        "transaction_id": order.provider_trade_no,
        "out_refund_no": order.out_trade_no + "R",
        "refund_id": "50300000",
        "refund_status": "SUCCESS",
        "amount": {"total": 1, "refund": 1, "payer_total": 1, "payer_refund": 1},
    }
    body, headers = wechatpay.notification(order.out_trade_no, resource=refund)
    body = body.replace("TRANSACTION.SUCCESS", "REFUND.SUCCESS")
    headers = wechatpay.signed_headers(body)
    assert post_json(client, NOTIFY_URL, body, headers).status_code == 204
    assert Notification.objects.order_by("-id").first().status == "duplicate"


def test_it_downloads_and_decrypts_platform_certificates_without_a_public_key(client, article, settings, keys, wechatpay, tmp_path):
    """Certificate mode: the SDK fetches /v3/certificates, decrypts them with the APIv3 key."""
    platform = keys["wechat_platform"]
    now = dt.datetime.now(dt.timezone.utc)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tenpay.com Root CA")])
    serial = 0x5157F09EFDC096DE15EBE81A47057A7232F1B8E2
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(platform.private.public_key())
        .serial_number(serial)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(platform.private, hashes.SHA256())
    )
    from cryptography.hazmat.primitives import serialization

    wechatpay.certificate_pem = certificate.public_bytes(serialization.Encoding.PEM).decode()
    wechatpay.serial = format(serial, "X")
    settings.WECHATPAY_PUBLIC_KEY = ""
    settings.WECHATPAY_PUBLIC_KEY_ID = ""
    settings.DATA_DIR = tmp_path
    provider_module.reset_clients()

    client.post(f"/a/{article.pk}/tip/", {"amount": "188", "provider": "wechatpay"})
    order = TipOrder.objects.get()
    assert [c[1] for c in wechatpay.calls[:2]] == ["/v3/certificates", "/v3/pay/transactions/native"]
    assert (tmp_path / "wechatpay_certs" / f"{wechatpay.serial}.pem").exists()
    body, headers = wechatpay.notification(order.out_trade_no)
    assert post_json(client, NOTIFY_URL, body, headers).status_code == 204
    order.refresh_from_db()
    assert order.state == State.PAID and order.amount_fen == 18800


def test_it_reports_bad_wechat_settings(settings, wechatpay):
    provider = get_provider("wechatpay")
    assert provider.is_configured and provider.settings_problems() == []
    settings.WECHATPAY_APIV3_KEY = "short"
    settings.WECHATPAY_PUBLIC_KEY_ID = ""
    problems = " ".join(provider.settings_problems())
    assert "32 bytes" in problems and "WECHATPAY_PUBLIC_KEY_ID" in problems
