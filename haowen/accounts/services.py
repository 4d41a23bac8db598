"""Every write to accounts goes through here: granting and revoking memberships, adding and
taking back the days a reader bought (issue 16), and the plans offered."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from .models import Membership, MembershipPlan


def grant_membership(user, days: int | None = 365, *, note: str = "", today: dt.date | None = None) -> Membership:
    """Make ``user`` a member for at least ``days`` days from ``today`` (default: the site's today).

    The last day of the membership becomes ``today + days`` unless the user already
    holds a later one (or one without expiry), which is kept: granting again never
    shortens a membership, so it is safe to repeat (``demo_setup`` does). ``days=None``
    grants a membership without expiry. Returns the saved :class:`Membership`.

    Raises ``ValueError`` naming ``days`` when it is not a positive whole number, and
    ``ValueError`` when ``user`` is not a saved user.
    """
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        raise ValueError(f"days={days!r}: must be a positive whole number of days or None")
    if user is None or getattr(user, "pk", None) is None:
        raise ValueError("user: a saved user is required to grant a membership")
    today = today or timezone.localdate()
    with transaction.atomic():
        membership, _ = Membership.objects.select_for_update().get_or_create(user_id=user.pk)
        was_active = membership.is_active(today)
        if days is None:
            expires_on = None
        else:
            expires_on = today + dt.timedelta(days=days)
            if was_active and (membership.expires_on is None or membership.expires_on > expires_on):
                expires_on = membership.expires_on
        membership.is_member = True
        membership.expires_on = expires_on
        if note:
            membership.note = note[:200]
        membership.save()
    user.membership = membership  # refresh Django's cached related row on this user object
    return membership


def revoke_membership(user) -> Membership | None:
    """End ``user``'s membership now (keeps the row and its note). Returns it, or ``None`` when there was none."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user_id=user.pk).first()
        if membership is None:
            return None
        membership.is_member = False
        membership.save(update_fields=["is_member", "updated_at"])
    user.membership = membership
    return membership


def add_membership_days(user_id: int, days: int, *, today: dt.date | None = None) -> dt.date | None:
    """Extend the membership of user ``user_id`` by ``days`` bought days; returns the new last day.

    From the current last day when the membership is active (renewals stack: two 30-day
    purchases give 60 days), else from ``today`` (default: the site's today), which counts
    as the first of the ``days`` days (last day ``today + days - 1``). A membership without
    expiry stays without expiry (returns None). Locks the membership row
    (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite serialises writers), so concurrent
    purchases of one reader each add their days. Call it in the transaction that marks the
    order paid, so it happens exactly once per order (``haowen.payments.services``).

    Raises ``ValueError`` naming ``days`` when it is not a positive whole number.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days={days!r}: must be a positive whole number of days")
    today = today or timezone.localdate()
    with transaction.atomic():
        membership, _ = Membership.objects.select_for_update().get_or_create(user_id=user_id)
        if membership.is_member and membership.expires_on is None:
            return None
        if membership.is_active(today):
            expires_on = membership.expires_on + dt.timedelta(days=days)
        else:
            expires_on = today + dt.timedelta(days=days - 1)
        membership.is_member = True
        membership.expires_on = expires_on
        membership.save(update_fields=["is_member", "expires_on", "updated_at"])
    return expires_on


def remove_membership_days(user_id: int, days: int) -> dt.date | None:
    """Take back ``days`` bought days (a refund): the last day moves ``days`` earlier.

    Returns the new last day; None when there is nothing to shorten (no membership, or
    one without expiry that staff granted). A membership whose last day passes today has
    lapsed at once: the entitlement function reads the last day on every request. Call it
    in the transaction that marks the order refunded.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days={days!r}: must be a positive whole number of days")
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user_id=user_id).first()
        if membership is None or membership.expires_on is None:
            return None
        membership.expires_on = membership.expires_on - dt.timedelta(days=days)
        membership.save(update_fields=["expires_on", "updated_at"])
    return membership.expires_on


#: Seconds the cheapest plan is cached (the key holds the library version, which a plan change bumps).
PLAN_CACHE_SECONDS = 300


def offered_plans() -> list[MembershipPlan]:
    """The active plans in the order staff set (a list; one query)."""
    return list(MembershipPlan.objects.offered())


def cheapest_plan() -> MembershipPlan | None:
    """The active plan with the lowest price (ties: staff's order), or None when none is offered.

    Cached under the library version (:mod:`haowen.library.version`): saving or deleting a
    plan bumps that version (``AccountsConfig.ready``), which also renews every prerendered
    article part and cached anonymous page that names the plan in its paywall panel.
    """
    from django.core.cache import cache

    from haowen.library import version

    key = f"accounts:cheapest-plan:v1:{version.current()}"
    found = cache.get(key)
    if found is None:
        plan = MembershipPlan.objects.filter(active=True).order_by("price_fen", "order", "id").first()
        found = plan or 0  # 0: "no plan", cached too
        cache.set(key, found, PLAN_CACHE_SECONDS)
    return found or None


def plans_changed(**kwargs) -> None:
    """Signal receiver: a plan was saved or deleted. Bumps the library version, so paywall
    panels (inside prerendered fragments and cached pages keyed by that version) name the
    current cheapest plan at once in this process and within seconds on every other node."""
    from haowen.library import version

    version.bump()
