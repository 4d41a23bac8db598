"""The model authentication backend, loading a signed-in reader's membership with the user."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class MembershipModelBackend(ModelBackend):
    """Django's ``ModelBackend`` whose ``get_user`` joins the reader's membership row.

    Every page asks whether a signed-in reader is a member (the top bar's 会员 badge, the
    entitlement of members-only articles); with the row loaded with the user, that is no
    query of its own (one query per request instead of two).
    """

    def get_user(self, user_id):
        """The active user with primary key ``user_id`` and its membership (or its absence), else None."""
        model = get_user_model()
        try:
            user = model._default_manager.select_related("membership").get(pk=user_id)
        except model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
