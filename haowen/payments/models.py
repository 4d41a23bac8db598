"""Orders (tips and memberships), the gateway notifications they received, and the sandbox
gateway's ledger.

State changes never happen here: :mod:`haowen.payments.services` owns every transition
(conditional ``UPDATE … WHERE state IN (…)``), so two workers or two notifications can
never both move the same order.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haowen.library.models import Article

from .money import CURRENCY, fen_to_decimal, format_yuan


class State(models.TextChoices):
    CREATED = "created", _("已创建")
    PENDING = "pending", _("待支付")
    PAID = "paid", _("已支付")
    CLOSED = "closed", _("已关闭")
    FAILED = "failed", _("失败")
    REFUNDED = "refunded", _("已退款")


#: Allowed transitions (target → sources). The source of the rule: the tips issue —
#: created → pending → paid; created/pending → closed or failed; paid → refunded.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    State.PENDING: (State.CREATED,),
    State.PAID: (State.CREATED, State.PENDING),
    State.CLOSED: (State.CREATED, State.PENDING),
    State.FAILED: (State.CREATED, State.PENDING),
    State.REFUNDED: (State.PAID,),
}

OPEN_STATES = (State.CREATED, State.PENDING)


class Purpose(models.TextChoices):
    """What an order pays for: a tip (赏赞) for an article, or days of membership (issue 16)."""

    TIP = "tip", _("赏赞")
    MEMBERSHIP = "membership", _("会员")


class TipOrderQuerySet(models.QuerySet):
    def paid(self) -> "TipOrderQuerySet":
        """Orders whose money arrived and was not refunded (what the tipper list shows)."""
        return self.filter(state=State.PAID)

    def open(self) -> "TipOrderQuerySet":
        """Orders that may still be paid (created or pending)."""
        return self.filter(state__in=OPEN_STATES)


class TipOrder(models.Model):
    """One order: a tip (赏赞) for one article, or a membership plan (``purpose``).

    Both kinds share the providers, the state machine, the verification and the
    idempotency of :mod:`haowen.payments.services`; only what happens when an order becomes
    paid or refunded differs (a membership order adds ``membership_days`` to the buyer's
    membership, a refund takes them back). A membership order is created for a signed-in
    ``user`` only and keeps the plan's name and days as they were when it was created (``plan_name``,
    ``membership_days``); ``membership_until`` is the buyer's last day of membership right
    after this order's days were added.

    ``amount_fen`` is the amount in integer fen (分), fixed on the server when the order
    is created from the chosen preset or the validated custom amount; nothing a client
    or a gateway sends later changes it. ``out_trade_no`` is our unique order number
    sent to the gateway (≤ 32 characters of ``[0-9A-Z]``, WeChat Pay's limit);
    ``provider_trade_no`` is the gateway's transaction id once paid. ``payment_payload``
    holds what :meth:`PaymentProvider.start` returned (QR content or redirect URL) so
    the pay page can be reloaded without asking the gateway again.
    """

    out_trade_no = models.CharField(_("商户订单号"), max_length=32, unique=True)
    purpose = models.CharField(_("用途"), max_length=12, choices=Purpose.choices, default=Purpose.TIP, db_index=True)
    article = models.ForeignKey(
        Article, verbose_name=_("文章"), null=True, on_delete=models.SET_NULL, related_name="tip_orders"
    )
    article_title = models.CharField(_("文章标题"), max_length=300, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("用户"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tip_orders",
    )
    plan = models.ForeignKey(
        "accounts.MembershipPlan",
        verbose_name=_("会员套餐"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
    )
    plan_name = models.CharField(_("套餐名称"), max_length=40, blank=True)
    membership_days = models.PositiveIntegerField(_("会员天数"), null=True, blank=True)
    membership_until = models.DateField(_("会员到期日"), null=True, blank=True)
    amount_fen = models.PositiveIntegerField(_("金额（分）"))
    currency = models.CharField(_("币种"), max_length=3, default=CURRENCY)
    provider = models.CharField(_("支付方式"), max_length=20, db_index=True)
    state = models.CharField(_("状态"), max_length=10, choices=State.choices, default=State.CREATED, db_index=True)
    provider_trade_no = models.CharField(_("支付平台交易号"), max_length=64, blank=True, db_index=True)
    payment_kind = models.CharField(_("支付形式"), max_length=10, blank=True)  # "qr" or "redirect"
    payment_payload = models.TextField(_("二维码内容或跳转链接"), blank=True)
    message = models.CharField(_("留言"), max_length=60, blank=True)
    is_anonymous = models.BooleanField(_("匿名"), default=False)
    failure_reason = models.CharField(_("失败原因"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    expires_at = models.DateTimeField(_("过期时间"))
    paid_at = models.DateTimeField(_("支付时间"), null=True, blank=True)
    refunded_at = models.DateTimeField(_("退款时间"), null=True, blank=True)
    last_queried_at = models.DateTimeField(_("最近查询网关"), null=True, blank=True)

    objects = TipOrderQuerySet.as_manager()

    class Meta:
        verbose_name = _("订单")
        verbose_name_plural = _("订单（赏赞与会员）")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "state", "-paid_at"], name="tip_article_state_paid")]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount_fen__gte=1), name="tip_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(purpose="tip") | models.Q(membership_days__gte=1),
                name="membership_order_has_days",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.out_trade_no} ¥{format_yuan(self.amount_fen)} {self.get_state_display()}"

    @property
    def amount(self) -> Decimal:
        """The amount in yuan as an exact ``Decimal`` with two places."""
        return fen_to_decimal(self.amount_fen)

    @property
    def amount_display(self) -> str:
        """Shortest yuan string (``"6.66"``, ``"66.6"``, ``"6"``) without the ¥ sign."""
        return format_yuan(self.amount_fen)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_membership(self) -> bool:
        return self.purpose == Purpose.MEMBERSHIP

    @property
    def subject(self) -> str:
        """What the payer sees at the gateway (≤ 120 characters): 赏赞：<title> or 会员：<plan>."""
        if self.is_membership:
            return f"会员：{self.plan_name}（{self.membership_days}天）"[:120]
        return f"赏赞：{self.article_title}"[:120]

    @property
    def shows_name(self) -> bool:
        """Whether the tipper list may show the user's name (logged in, not anonymous)."""
        return self.user_id is not None and not self.is_anonymous

    @property
    def tipper_name(self) -> str:
        """Name for the tipper list: the user's display name or 匿名读者."""
        if not self.shows_name or self.user is None:
            return str(_("匿名读者"))
        user = self.user
        for attr in ("display_name", "nickname"):
            value = getattr(user, attr, "")
            if isinstance(value, str) and value.strip():
                return value.strip()
        full = user.get_full_name() if hasattr(user, "get_full_name") else ""
        return full.strip() or user.get_username()

    @property
    def tipper_initial(self) -> str:
        """One character for the avatar circle."""
        name = self.tipper_name
        return name[:1].upper() if name else "?"


class Notification(models.Model):
    """Every asynchronous notification a gateway (or anyone) sent to a notify URL.

    ``status`` says what became of it: ``accepted`` (verified and applied),
    ``duplicate`` (verified, already applied: answered with success so the gateway stops
    retrying), ``ignored`` (verified, nothing to do), ``conflict`` (verified but the order
    cannot take it, e.g. paid after we closed it: needs an operator), ``rejected`` (not
    verified or not matching the order; ``reason`` says why, the order is unchanged).
    ``raw`` is the body as received (for rejected ones the first 4,000 characters),
    ``data`` the verified, decrypted fields.
    """

    class Status(models.TextChoices):
        ACCEPTED = "accepted", _("已处理")
        DUPLICATE = "duplicate", _("重复通知")
        IGNORED = "ignored", _("无需处理")
        CONFLICT = "conflict", _("需人工处理")
        REJECTED = "rejected", _("已拒绝")

    provider = models.CharField(_("支付方式"), max_length=20, db_index=True)
    order = models.ForeignKey(
        TipOrder, verbose_name=_("订单"), null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    out_trade_no = models.CharField(_("商户订单号"), max_length=64, blank=True, db_index=True)
    status = models.CharField(_("结果"), max_length=10, choices=Status.choices, db_index=True)
    reason = models.CharField(_("原因"), max_length=300, blank=True)
    raw = models.TextField(_("原始内容"), blank=True)
    headers = models.JSONField(_("相关请求头"), default=dict, blank=True)
    data = models.JSONField(_("验证后的内容"), default=dict, blank=True)
    remote_addr = models.GenericIPAddressField(_("来源地址"), null=True, blank=True)
    received_at = models.DateTimeField(_("接收时间"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("支付通知")
        verbose_name_plural = _("支付通知")
        ordering = ["-received_at", "-id"]

    def __str__(self) -> str:
        return f"{self.provider} {self.out_trade_no or '?'} {self.status}"


class SandboxTrade(models.Model):
    """The sandbox gateway's own ledger: what the simulated payer paid.

    This is the gateway's side, not ours: :meth:`SandboxProvider.query` reads it the way
    a real provider asks Alipay or WeChat Pay, so a lost notification is still found by
    ``reconcile_orders``.
    """

    class State(models.TextChoices):
        WAIT_BUYER_PAY = "WAIT_BUYER_PAY", _("等待付款")
        SUCCESS = "SUCCESS", _("已付款")
        CLOSED = "CLOSED", _("已关闭")
        REFUND = "REFUND", _("已退款")

    out_trade_no = models.CharField(max_length=32, unique=True)
    trade_no = models.CharField(max_length=40, unique=True)
    subject = models.CharField(max_length=300, blank=True)
    amount_fen = models.PositiveIntegerField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.WAIT_BUYER_PAY)
    notify_url = models.URLField(max_length=500)
    expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    paid_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("测试网关交易")
        verbose_name_plural = _("测试网关交易")


class ArticleTipTotal(Article):
    """Articles seen from the payments side: the admin lists paid tip totals per article."""

    class Meta:
        proxy = True
        verbose_name = _("文章赏赞汇总")
        verbose_name_plural = _("文章赏赞汇总")
