"""Concurrent notifications for membership orders, shared by the SQLite (child process) and
PostgreSQL (in-process, transactional test database) variants of
tests/payments/test_membership_concurrency.py.

One reader has four pending 30-day orders. Fourteen threads wait at a barrier, then each
delivers a separately signed sandbox notification: eight for the first order (duplicates of
one payment), two for each of the others (renewals paid at the same moment). Exactly one
delivery per order may add days, so the reader's last day is today + 4 × 30 − 1 whatever
the interleaving; every delivery is answered ``success``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.payments.burst import deliver_at_once

DUPLICATES = 8
OTHERS = 3
EACH_OTHER = 2


def run() -> dict:
    """Set up the orders, race the deliveries; returns what the test asserts on."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.utils import timezone

    from haowen.accounts.models import Membership, MembershipPlan
    from haowen.payments import services
    from haowen.payments.models import Notification, SandboxTrade, TipOrder
    from haowen.payments.providers import sandbox

    user = get_user_model().objects.create_user("racer")
    plan = MembershipPlan.objects.create(name="月度会员", days=30, price_fen=1500)
    orders = []
    for _ in range(1 + OTHERS):
        order = services.create_membership_order(plan.pk, provider_id="sandbox", user=user)
        services.start_payment(order)
        orders.append(order)
    SandboxTrade.objects.update(state="SUCCESS")
    bodies = []
    for i, order in enumerate(orders):
        trade = SandboxTrade.objects.get(out_trade_no=order.out_trade_no)
        for _ in range(DUPLICATES if i == 0 else EACH_OTHER):
            bodies.append(urlencode(sandbox.notification_for(trade)))
    connection.close()

    answers, errors = deliver_at_once(bodies)
    end = Membership.objects.get(user=user).expires_on
    return {
        "answers": answers,
        "errors": errors,
        "deliveries": len(bodies),
        "days_after_today": (end - timezone.localdate()).days,
        "states": sorted(TipOrder.objects.values_list("state", flat=True)),
        "statuses": sorted(Notification.objects.values_list("status", flat=True)),
    }
