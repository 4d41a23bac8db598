"""Accounts: the membership (会员) flag staff set in the admin.

Users themselves are Django's ``auth.User`` (allauth handles sign-up and login); a
reader is a member while their :class:`Membership` is active.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Membership(models.Model):
    """One user's membership: ``is_member`` plus an optional last day (``expires_on``).

    Active when ``is_member`` is set and ``expires_on`` is empty (no expiry) or not yet
    past in the site's time zone (the member reads through the whole of that day).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="membership"
    )
    is_member = models.BooleanField(_("会员"), default=False)
    expires_on = models.DateField(
        _("到期日"), null=True, blank=True, help_text=_("会员有效期的最后一天；留空表示长期有效")
    )
    note = models.CharField(_("备注"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("会员资格")
        verbose_name_plural = _("会员资格")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return str(self.user)

    def is_active(self, today: dt.date | None = None) -> bool:
        """True when the membership grants members-only articles on ``today`` (default: the site's today)."""
        if not self.is_member:
            return False
        if self.expires_on is None:
            return True
        return self.expires_on >= (today or timezone.localdate())

    is_active.boolean = True  # type: ignore[attr-defined]
    is_active.short_description = _("有效")  # type: ignore[attr-defined]
