"""Order creation, the state machine, polling and reconcile (sandbox provider)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from haowen.payments import services
from haowen.payments.models import TRANSITIONS, SandboxTrade, State, TipOrder
from haowen.payments.providers import sandbox


def _create(article, **kwargs):
    params = {"amount_option": "6.66", "provider_id": "sandbox", **kwargs}
    return services.create_tip_order(article, **params)


def test_it_computes_the_amount_on_the_server_from_the_chosen_option(article):
    assert _create(article, amount_option="0.01").amount_fen == 1
    assert _create(article, amount_option="99.99").amount_fen == 9999
    assert _create(article, amount_option="66.60").amount_fen == 6660
    custom = _create(article, amount_option="custom", custom_amount="12.5")
    assert custom.amount_fen == 1250 and custom.currency == "CNY" and custom.state == State.CREATED


@pytest.mark.parametrize(
    "option, custom, field",
    [
        ("7.77", "", "amount"),  # not a preset: a crafted form cannot invent amounts
        ("", "", "amount"),
        ("6.666", "", "amount"),
        ("custom", "", "custom_amount"),
        ("custom", "0", "custom_amount"),
        ("custom", "500.01", "custom_amount"),
        ("custom", "-1", "custom_amount"),
        ("custom", "1e3", "custom_amount"),
        ("custom", "３", "custom_amount"),
    ],
)
def test_it_refuses_amounts_it_did_not_offer(article, option, custom, field):
    with pytest.raises(services.TipError) as info:
        _create(article, amount_option=option, custom_amount=custom)
    assert info.value.field == field and info.value.message
    assert TipOrder.objects.count() == 0


def test_it_accepts_the_configured_custom_maximum(article, settings):
    assert _create(article, amount_option="custom", custom_amount="500").amount_fen == 50000
    settings.PAYMENTS_TIP_MAX = "1000"
    assert _create(article, amount_option="custom", custom_amount="999.99").amount_fen == 99999


def test_it_cleans_and_limits_the_message(article):
    order = _create(article, message="  谢谢\n\t分享\x00！ ")
    assert order.message == "谢谢 分享 ！"
    assert len(_create(article, message="好" * 60).message) == 60
    with pytest.raises(services.TipError) as info:
        _create(article, message="好" * 61)
    assert info.value.field == "message" and "61" in info.value.message


def test_it_refuses_unoffered_providers_and_unpublished_articles(article, settings):
    with pytest.raises(services.TipError, match="provider"):
        _create(article, provider_id="alipay")  # enabled by nobody, not configured
    with pytest.raises(services.TipError, match="provider"):
        _create(article, provider_id="../../etc")
    article.is_published = False
    with pytest.raises(services.TipError, match="article"):
        _create(article)


def test_it_stores_anonymous_readers_without_a_user(article, tipper):
    from django.contrib.auth.models import AnonymousUser

    assert _create(article, user=AnonymousUser()).user is None
    mine = _create(article, user=tipper)
    assert mine.user == tipper and not mine.is_anonymous and mine.shows_name
    hidden = _create(article, user=tipper, anonymous=True)
    assert hidden.user == tipper and not hidden.shows_name and hidden.tipper_name == "匿名读者"


def test_it_gives_every_order_a_unique_32_character_number(article):
    numbers = {_create(article, rate_keys=()).out_trade_no for _ in range(20)}
    assert len(numbers) == 20 and all(len(n) == 32 and n.isalnum() and n.isupper() for n in numbers)


def test_it_rate_limits_order_creation_per_client(article, settings):
    settings.PAYMENTS_RATE_LIMIT = 3
    for _ in range(3):
        _create(article, rate_keys=["ip:1.2.3.4", "session:a"])
    with pytest.raises(services.RateLimited):
        _create(article, rate_keys=["ip:1.2.3.4", "session:b"])  # same IP
    with pytest.raises(services.RateLimited):
        _create(article, rate_keys=["ip:5.6.7.8", "session:a"])  # same session
    _create(article, rate_keys=["ip:5.6.7.8", "session:b"])  # someone else
    assert TipOrder.objects.count() == 4


def test_it_does_not_count_refused_input_against_the_limit(article, settings):
    settings.PAYMENTS_RATE_LIMIT = 1
    with pytest.raises(services.TipError):
        _create(article, amount_option="7.77", rate_keys=["ip:1.2.3.4"])
    _create(article, rate_keys=["ip:1.2.3.4"])


@pytest.mark.parametrize("target", list(State))
def test_it_enforces_the_state_machine(article, target):
    """Every (from, to) pair: allowed ones move the order, every other one leaves it alone."""
    for source in State:
        order = _create(article)
        TipOrder.objects.filter(pk=order.pk).update(state=source)
        order.refresh_from_db()
        allowed = source in TRANSITIONS.get(target, ())
        assert services.transition(order, target) is allowed, (source, target)
        order.refresh_from_db()
        assert order.state == (target if allowed else source)


def test_it_lets_exactly_one_of_two_stale_copies_confirm(article):
    """Both copies were read while pending; the conditional UPDATE lets only one win."""
    order = _create(article)
    services.transition(order, State.PENDING)
    first, second = TipOrder.objects.get(pk=order.pk), TipOrder.objects.get(pk=order.pk)
    assert services.transition(first, State.PAID, provider_trade_no="A") is True
    assert services.transition(second, State.PAID, provider_trade_no="B") is False
    assert TipOrder.objects.get(pk=order.pk).provider_trade_no == "A"


def test_it_starts_a_payment_once(article):
    order = services.start_payment(_create(article))
    assert order.state == State.PENDING and order.payment_kind == "qr"
    again = services.start_payment(order)
    assert again.payment_payload == order.payment_payload and SandboxTrade.objects.count() == 1


def test_it_fails_the_order_when_the_gateway_refuses(article, monkeypatch):
    def refuse(self, order, request):
        raise services.GatewayError("ACQ.TOTAL_FEE_EXCEED")

    monkeypatch.setattr(sandbox.SandboxProvider, "start", refuse)
    order = _create(article)
    with pytest.raises(services.PaymentStartError):
        services.start_payment(order)
    order.refresh_from_db()
    assert order.state == State.FAILED and "TOTAL_FEE" in order.failure_reason


def test_it_asks_the_gateway_while_polling_at_most_every_fifteen_seconds(article, monkeypatch):
    order = services.start_payment(_create(article))
    asked = []
    real_query = sandbox.SandboxProvider.query
    monkeypatch.setattr(sandbox.SandboxProvider, "query", lambda self, o: asked.append(o.pk) or real_query(self, o))
    start = order.created_at
    services.poll_order(order, now=start + dt.timedelta(seconds=5))  # too young: the notification may come
    services.poll_order(order, now=start + dt.timedelta(seconds=30))
    services.poll_order(order, now=start + dt.timedelta(seconds=35))  # throttled
    assert asked == [order.pk]
    SandboxTrade.objects.update(state=SandboxTrade.State.SUCCESS)  # paid; notification lost
    polled = services.poll_order(order, now=start + dt.timedelta(seconds=50))
    assert asked == [order.pk, order.pk] and polled.state == State.PAID


def test_it_reconciles_only_old_orders_and_closes_expired_ones(article):
    fresh = services.start_payment(_create(article))
    never_started = _create(article)
    expired = services.start_payment(_create(article))
    past = timezone.now() - dt.timedelta(hours=1)
    TipOrder.objects.filter(pk__in=[never_started.pk, expired.pk]).update(created_at=past, expires_at=past)
    assert services.reconcile(dry_run=True) == {"expired": 2}
    counts = services.reconcile()
    assert counts == {"closed": 2}
    states = dict(TipOrder.objects.values_list("pk", "state"))
    assert states == {fresh.pk: State.PENDING, never_started.pk: State.CLOSED, expired.pk: State.CLOSED}
    assert SandboxTrade.objects.get(out_trade_no=expired.out_trade_no).state == SandboxTrade.State.CLOSED


def test_it_never_closes_an_order_blind_when_its_provider_is_gone(article, settings):
    order = services.start_payment(_create(article))
    past = timezone.now() - dt.timedelta(hours=1)
    TipOrder.objects.filter(pk=order.pk).update(created_at=past, expires_at=past)
    settings.PAYMENTS_SANDBOX_KEY = ""
    assert services.reconcile() == {"skipped": 1}
    order.refresh_from_db()
    assert order.state == State.PENDING


def test_it_counts_and_lists_paid_tips_newest_first(article):
    orders = [services.start_payment(_create(article, amount_option=a)) for a in ("1", "6", "52")]
    for n, order in enumerate(orders):
        services.transition(order, State.PAID, paid_at=timezone.now() + dt.timedelta(seconds=n))
    services.transition(orders[0], State.REFUNDED)
    summary = services.tip_summary(article, limit=1)
    assert summary.count == 2 and [o.amount_fen for o in summary.recent] == [5200]


def test_the_tip_choices_follow_every_setting_they_come_from_at_once(settings):
    first = services.tip_choices()
    assert [p.identifier for p in first.providers] == ["sandbox"] and first.presets[0] == 1
    assert services.tip_choices() is first  # built once while the settings stay the same
    settings.PAYMENTS_TIP_AMOUNTS = ["2", "8.8"]
    assert services.tip_choices().preset_options == [("2.00", "¥2"), ("8.80", "¥8.8")]
    settings.PAYMENTS_TIP_MAX = "9"
    assert services.tip_choices().max_fen == 900
    settings.PAYMENTS_SANDBOX_KEY = ""  # the sandbox is no longer configured: not offered
    assert services.tip_choices().providers == []
    settings.PAYMENTS_PROVIDERS = ["sandbox", "alipay"]
    settings.PAYMENTS_SANDBOX_KEY = "test-sandbox-key-0123456789"
    settings.ALIPAY_APP_ID, settings.ALIPAY_APP_PRIVATE_KEY, settings.ALIPAY_PUBLIC_KEY = "2021000000000000", "k", "p"
    assert [p.identifier for p in services.tip_choices().providers] == ["sandbox", "alipay"]
    settings.ALIPAY_APP_ID = ""  # one of alipay's required settings
    assert [p.identifier for p in services.tip_choices().providers] == ["sandbox"]
