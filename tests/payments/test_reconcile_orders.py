"""The reconcile_orders management command."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from haowen.payments import services
from haowen.payments.models import SandboxTrade, State, TipOrder


def _old_pending(article):
    order = services.start_payment(services.create_tip_order(article, amount_option="1", provider_id="sandbox"))
    past = timezone.now() - dt.timedelta(hours=1)
    TipOrder.objects.filter(pk=order.pk).update(created_at=past)
    return order


def test_it_confirms_paid_and_prints_a_summary(article, capsys):
    order = _old_pending(article)
    SandboxTrade.objects.update(state=SandboxTrade.State.SUCCESS)
    call_command("reconcile_orders")
    assert capsys.readouterr().out.strip() == "paid 1"
    order.refresh_from_db()
    assert order.state == State.PAID


def test_it_leaves_young_orders_alone_and_dry_runs(article, capsys):
    _old_pending(article)
    call_command("reconcile_orders", "--dry-run")
    assert capsys.readouterr().out.strip() == "dry run: open 1"
    call_command("reconcile_orders", "--min-age", "86400")
    assert capsys.readouterr().out.strip() == "nothing to do"


def test_it_fails_loudly_when_a_gateway_cannot_be_asked(article, monkeypatch):
    _old_pending(article)

    def down(self, order):
        raise services.GatewayError("gateway down")

    monkeypatch.setattr("haowen.payments.providers.sandbox.SandboxProvider.query", down)
    with pytest.raises(CommandError, match="1 order"):
        call_command("reconcile_orders")
    with pytest.raises(CommandError, match="min-age"):
        call_command("reconcile_orders", "--min-age", "-1")
