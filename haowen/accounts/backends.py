"""The model authentication backend, loading a signed-in reader's membership with the user."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from haowen.library.prepared import PreparedIds

# The user with its membership by primary key: Django's own SQL, compiled once per process
# and thread instead of on every request (PreparedIds), read fresh from the database each time.
_USER = PreparedIds(
    get_user_model(), lambda ids: get_user_model()._default_manager.select_related("membership").filter(pk=ids[0]),
    max_ids=1, positional=True,
)


class MembershipModelBackend(ModelBackend):
    """Django's ``ModelBackend`` whose ``get_user`` joins the reader's membership row.

    Every page asks whether a signed-in reader is a member (the top bar's 会员 badge, the
    entitlement of members-only articles); with the row loaded with the user, that is no
    query of its own (one query per request instead of two). The query is compiled once
    (:class:`haowen.library.prepared.PreparedIds`) and runs on every request, so a changed
    password (the session's auth hash), a deactivated account or a new membership count
    at once.
    """

    def get_user(self, user_id):
        """The active user with primary key ``user_id`` and its membership (or its absence),
        else None (also for an id that is not an integer, as a tampered session may hold)."""
        try:
            found = _USER.objects([user_id])
        except (TypeError, ValueError):
            return None
        if not found:
            return None
        user = found[0]
        return user if self.user_can_authenticate(user) else None
