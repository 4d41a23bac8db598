"""Accounts: memberships (会员) and the plans readers buy them with.

Users themselves are Django's ``auth.User`` (allauth handles sign-up and login); a
reader is a member while their :class:`Membership` is active. Staff grant memberships in
the admin, and readers buy :class:`MembershipPlan` days through the payments app (issue 16).
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


class MembershipPlanQuerySet(models.QuerySet):
    def offered(self) -> "MembershipPlanQuerySet":
        """Active plans in the order staff set (then cheapest first), as the membership page lists them."""
        return self.filter(active=True).order_by("order", "price_fen", "id")


class MembershipPlan(models.Model):
    """A membership a reader can buy: ``days`` of membership for ``price_fen`` fen (分).

    Staff define plans in the admin; only ``active`` plans are offered, in ``order``
    (ascending). An order keeps the plan's name, days and price as they were when it was
    created, so editing a plan never changes what an earlier buyer paid for or got.
    """

    name = models.CharField(_("名称"), max_length=40, help_text=_("例如：月度会员"))
    days = models.PositiveIntegerField(_("天数"), help_text=_("购买一次延长的会员天数"))
    price_fen = models.PositiveIntegerField(_("价格（分）"), help_text=_("以分为单位：15 元填 1500"))
    active = models.BooleanField(_("上架"), default=True)
    order = models.IntegerField(_("排序"), default=0, help_text=_("数字小的排在前面"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = MembershipPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("会员套餐")
        verbose_name_plural = _("会员套餐")
        ordering = ["order", "price_fen", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(days__gte=1, days__lte=3660), name="plan_days_range"),
            models.CheckConstraint(condition=models.Q(price_fen__gte=1), name="plan_price_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.days}天，¥{self.price_display}）"

    @property
    def price_display(self) -> str:
        """Shortest yuan string without the ¥ sign (``1500`` → ``"15"``, ``990`` → ``"9.9"``)."""
        yuan, fen = divmod(int(self.price_fen), 100)
        return f"{yuan}" if fen == 0 else f"{yuan}.{fen:02d}".rstrip("0")


class Favorite(models.Model):
    """An article a reader keeps (收藏). One row per reader and article."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="favorites")
    article = models.ForeignKey("library.Article", verbose_name=_("文章"), on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("收藏时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("收藏")
        verbose_name_plural = _("收藏")
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "article"], name="favorite_once")]
        indexes = [models.Index(fields=["user", "-created_at"], name="favorite_user_recent")]


class ReadingHistory(models.Model):
    """The last time a reader opened an article (阅读历史); at most ``HISTORY_LIMIT`` rows a reader."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="reading_history")
    article = models.ForeignKey("library.Article", verbose_name=_("文章"), on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField(_("阅读时间"), default=timezone.now)

    class Meta:
        verbose_name = _("阅读历史")
        verbose_name_plural = _("阅读历史")
        ordering = ["-read_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "article"], name="history_once")]
        indexes = [models.Index(fields=["user", "-read_at"], name="history_user_recent")]


class ReaderPreference(models.Model):
    """A reader's own switches: ``keep_history`` (阅读历史 on or off)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="reader_preference")
    keep_history = models.BooleanField(_("记录阅读历史"), default=True)

    class Meta:
        verbose_name = _("读者偏好")
        verbose_name_plural = _("读者偏好")
