"""Tip pages: escaping of hostile input, errors that keep the reader's input, limits, 404s."""

from __future__ import annotations

import pytest
from django.utils.html import escape

from haowen.payments import services
from haowen.payments.models import State, TipOrder

HOSTILE = [
    '<script>alert("tip")</script>',
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "{{ request.user }}{% debug %}",
    "' onmouseover='alert(1)",
]


def _paid(article, message="", user=None, anonymous=False):
    order = services.create_tip_order(
        article, amount_option="6.66", provider_id="sandbox", message=message, user=user, anonymous=anonymous
    )
    services.start_payment(order)
    services.transition(order, State.PAID, provider_trade_no="SBX1")
    return order


@pytest.mark.parametrize("message", HOSTILE)
def test_it_escapes_hostile_messages_on_every_page(client, article, message):
    order = _paid(article, message)
    assert order.message == message
    pages = [
        article.get_absolute_url(),
        f"/a/{article.pk}/tips/",
        f"/pay/{order.out_trade_no}/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert escape(message) in html, url  # shown as text …
        if escape(message) != message:
            assert message not in html, url  # … never as markup
        assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "AnonymousUser" not in html  # template syntax in data is never evaluated


def test_it_escapes_a_hostile_display_name(client, article, django_user_model):
    user = django_user_model.objects.create_user("evil", password="pw-evil-1", first_name="<b onclick=x>Mallory</b>")
    _paid(article, user=user)
    html = client.get(f"/a/{article.pk}/tips/").content.decode()
    assert "<b onclick=x>" not in html and "&lt;b onclick=x&gt;Mallory&lt;/b&gt;" in html


def test_it_shows_bad_input_back_with_the_reason(client, article):
    too_long = "<i>" + "长" * 70
    response = client.post(
        f"/a/{article.pk}/tip/", {"amount": "custom", "custom_amount": "9.999", "message": too_long, "provider": "sandbox"}
    )
    html = response.content.decode()
    assert response.status_code == 400 and "最多两位小数" in html
    assert 'value="9.999"' in html and "&lt;i&gt;" + "长" * 70 in html and "<i>长" not in html
    assert TipOrder.objects.count() == 0

    response = client.post(f"/a/{article.pk}/tip/", {"amount": "6.66", "message": too_long, "provider": "sandbox"})
    assert response.status_code == 400 and "留言最多 60 个字" in response.content.decode()
    response = client.post(f"/a/{article.pk}/tip/", {"amount": "1000000", "provider": "sandbox"})
    assert response.status_code == 400 and "请选择列出的金额" in response.content.decode()
    response = client.post(f"/a/{article.pk}/tip/", {"amount": "6.66", "provider": "paypal"})
    assert response.status_code == 400 and "请选择支付方式" in response.content.decode()


def test_it_treats_a_typed_custom_amount_as_the_custom_option(client, article):
    response = client.post(f"/a/{article.pk}/tip/", {"custom_amount": "8.88", "provider": "sandbox"})
    assert response.status_code == 302 and TipOrder.objects.get().amount_fen == 888


def test_it_rate_limits_a_client_with_429(client, article, settings):
    settings.PAYMENTS_RATE_LIMIT = 2
    codes = [client.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert "操作太频繁" in client.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).content.decode()
    assert TipOrder.objects.count() == 2


def test_it_limits_by_ip_across_sessions(article, settings):
    from django.test import Client

    settings.PAYMENTS_RATE_LIMIT = 1
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.1")
    assert first.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 302
    assert second.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 429
    other = Client(REMOTE_ADDR="10.0.0.2")
    assert other.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 302


def test_it_uses_the_proxy_appended_address_behind_a_proxy(article, settings):
    from django.test import Client

    settings.PAYMENTS_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    # Behind the proxy every request comes from 127.0.0.1; the proxy-appended entry is the client.
    first = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    assert first.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 302
    forged = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="7.7.7.7, 203.0.113.7")
    response = forged.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"})
    assert response.status_code == 429 and 1 <= int(response["Retry-After"]) <= 600
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert other.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 302


def test_it_requires_csrf_on_the_tip_form(article):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 403
    assert TipOrder.objects.count() == 0


def test_it_answers_404_for_unknown_things(client, article):
    assert client.get("/a/999999/tips/").status_code == 404
    assert client.post("/a/999999/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 404
    assert client.get("/pay/HW00000000000000AAAAAAAAAAAAAAAA/").status_code == 404
    assert client.get("/pay/" + "A" * 200 + "/").status_code == 404
    assert client.get("/pay/HW00000000000000AAAAAAAAAAAAAAAA/status/").status_code == 404
    assert client.get("/pay/sandbox/nope/").status_code == 404
    assert client.post("/pay/notify/paypal/", {}).status_code == 404


def test_it_shows_the_tip_form_page_and_empty_list(client, article):
    html = client.get(f"/a/{article.pk}/tip/").content.decode()
    assert "请选择打赏类型" in html and 'name="csrfmiddlewaretoken"' in html
    listing = client.get(f"/a/{article.pk}/tips/").content.decode()
    assert "尚未有人赏赞,赶紧来一个吧" in listing


def test_it_pages_the_full_tipper_list(client, article):
    for _ in range(55):
        _paid(article)
    first = client.get(f"/a/{article.pk}/tips/").content.decode()
    assert "共 55 人赏赞" in first and first.count('class="tipper"') == 50 and "?page=2" in first
    second = client.get(f"/a/{article.pk}/tips/?page=2").content.decode()
    assert second.count('class="tipper"') == 5
    assert client.get(f"/a/{article.pk}/tips/?page=abc").status_code == 200
    panel = client.get(article.get_absolute_url()).content.decode()
    assert "已有 55 人赏赞" in panel and panel.count('class="tipper"') == 8 and "查看更多" in panel


def test_it_never_trusts_the_return_url(client, article):
    order = services.start_payment(
        services.create_tip_order(article, amount_option="1", provider_id="sandbox")
    )
    client.get(f"/pay/{order.out_trade_no}/?trade_status=TRADE_SUCCESS&total_amount=1.00&sign=x")
    order.refresh_from_db()
    assert order.state == State.PENDING


def test_it_shows_closed_and_expired_orders(client, article):
    order = services.start_payment(services.create_tip_order(article, amount_option="1", provider_id="sandbox"))
    TipOrder.objects.filter(pk=order.pk).update(expires_at=order.created_at)
    status = client.get(f"/pay/{order.out_trade_no}/status/").json()
    assert status["expired"] is True and status["open"] is False
    html = client.get(f"/pay/{order.out_trade_no}/").content.decode()
    assert "订单已关闭或已过期" in html and "data:image/svg+xml" not in html
    assert 'http-equiv="refresh"' not in html


def test_a_refusing_gateway_shows_the_form_again_with_502_for_a_tip_and_a_membership(client, article, reader, monkeypatch):
    from haowen.accounts.models import MembershipPlan
    from haowen.payments.providers import sandbox

    def refuse(self, order, request):
        raise services.GatewayError("ACQ.SYSTEM_ERROR")

    monkeypatch.setattr(sandbox.SandboxProvider, "start", refuse)
    tip = client.post(f"/a/{article.pk}/tip/", {"amount": "6.66", "provider": "sandbox"})
    assert tip.status_code == 502 and "支付通道暂时不可用" in tip.content.decode()
    plan = MembershipPlan.objects.create(name="月度会员", days=30, price_fen=1500, order=1)
    client.force_login(reader)
    membership = client.post("/pay/membership/", {"plan": plan.pk, "provider": "sandbox"})
    assert membership.status_code == 502 and "支付通道暂时不可用" in membership.content.decode()
