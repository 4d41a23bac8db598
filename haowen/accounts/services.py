"""Every write to accounts goes through here: granting and revoking memberships."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from .models import Membership


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
