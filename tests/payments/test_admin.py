"""Admin for the operator: orders with filters and totals, per-article totals, refund action."""

import pytest

from haowen.payments import services
from haowen.payments.models import Notification, SandboxTrade, State, TipOrder


def _paid(article, amount):
    order = services.start_payment(services.create_tip_order(article, amount_option=amount, provider_id="sandbox"))
    SandboxTrade.objects.filter(out_trade_no=order.out_trade_no).update(state=SandboxTrade.State.SUCCESS)
    services.transition(order, State.PAID, provider_trade_no="SBX")
    return order


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def test_it_lists_orders_with_totals_of_the_filtered_list(admin_client, article, make_article):
    other = make_article(title="另一篇", body="另一篇正文。", index=False)
    _paid(article, "6.66")
    _paid(article, "99.99")
    _paid(other, "0.01")
    services.start_payment(services.create_tip_order(article, amount_option="365", provider_id="sandbox"))
    html = admin_client.get("/admin/payments/tiporder/").content.decode()
    assert "共 4 笔订单，已支付 3 笔，合计 ¥106.66" in html
    html = admin_client.get("/admin/payments/tiporder/?state__exact=pending").content.decode()
    assert "共 1 笔订单，已支付 0 笔，合计 ¥0" in html and "¥365" in html
    for filtered in ("provider__exact=sandbox", "is_anonymous__exact=1", "q=HW"):
        assert admin_client.get(f"/admin/payments/tiporder/?{filtered}").status_code == 200


def test_it_shows_paid_totals_per_article(admin_client, article, make_article):
    other = make_article(title="另一篇", body="另一篇正文。", index=False)
    _paid(article, "6.66")
    _paid(article, "99.99")
    _paid(other, "0.01")
    refunded = _paid(other, "188")
    services.transition(refunded, State.REFUNDED)
    html = admin_client.get("/admin/payments/articletiptotal/").content.decode()
    assert "¥106.65" in html and "¥0.01" in html and "¥188" not in html
    assert html.index("在区委务虚会上的讲话") < html.index("另一篇")


def test_it_refunds_through_the_admin_action(admin_client, article):
    order = _paid(article, "6")
    response = admin_client.post(
        "/admin/payments/tiporder/", {"action": "refund", "_selected_action": [order.pk], "index": 0}, follow=True
    )
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.state == State.REFUNDED and order.refunded_at is not None
    assert SandboxTrade.objects.get(out_trade_no=order.out_trade_no).state == SandboxTrade.State.REFUND


def test_it_keeps_money_records_read_only(admin_client, article):
    order = _paid(article, "6")
    page = admin_client.get(f"/admin/payments/tiporder/{order.pk}/change/").content.decode()
    assert 'name="amount_fen"' not in page
    assert admin_client.get("/admin/payments/tiporder/add/").status_code == 403
    assert admin_client.post(f"/admin/payments/tiporder/{order.pk}/delete/", {"post": "yes"}).status_code == 403
    assert TipOrder.objects.filter(pk=order.pk).exists()


def test_it_escapes_hostile_messages_and_notifications_in_the_admin(admin_client, article):
    order = services.create_tip_order(article, amount_option="1", provider_id="sandbox", message="<script>x()</script>")
    Notification.objects.create(provider="sandbox", status="rejected", reason="<img src=x onerror=y>", raw="<b>")
    assert "<script>x()" not in admin_client.get(f"/admin/payments/tiporder/{order.pk}/change/").content.decode()
    assert "<img src=x" not in admin_client.get("/admin/payments/notification/").content.decode()


def test_it_hides_the_admin_from_readers(client, tipper):
    client.force_login(tipper)
    assert client.get("/admin/payments/tiporder/").status_code == 302
