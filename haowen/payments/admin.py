"""Admin: orders (filters, totals of the filtered list, query/refund actions), notifications
(read-only audit), and paid tip totals per article."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from . import services
from .models import ArticleTipTotal, Notification, State, TipOrder
from .money import format_yuan
from .providers import GatewayError


class ReadOnlyAdmin(admin.ModelAdmin):
    """Money records are written by the services only, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TipOrder)
class TipOrderAdmin(ReadOnlyAdmin):
    list_display = [
        "out_trade_no", "purpose", "what", "amount_yuan", "provider", "state", "tipper", "created_at", "paid_at"
    ]
    list_filter = ["purpose", "state", "provider", "is_anonymous", "created_at", "paid_at"]
    search_fields = ["out_trade_no", "provider_trade_no", "article_title", "plan_name", "user__username", "message"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]
    actions = ["query_gateway", "refund"]
    list_per_page = 50

    @admin.display(description=_("金额（元）"), ordering="amount_fen")
    def amount_yuan(self, obj: TipOrder) -> str:
        return "¥" + format_yuan(obj.amount_fen)

    @admin.display(description=_("内容"))
    def what(self, obj: TipOrder) -> str:
        """The article tipped, or the plan bought with its days and the buyer's last day after it."""
        if obj.is_membership:
            until = f" → {obj.membership_until:%Y-%m-%d}" if obj.membership_until else ""
            return f"{obj.plan_name}（{obj.membership_days}天）{until}"
        return obj.article_title

    @admin.display(description=_("付款人"))
    def tipper(self, obj: TipOrder) -> str:
        if obj.is_membership and obj.user_id is not None:
            return obj.user.get_username()
        if obj.user_id is None:
            return str(_("匿名读者"))
        name = obj.user.get_username()
        return f"{name}（{_('匿名')}）" if obj.is_anonymous else name

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        try:
            queryset = response.context_data["cl"].queryset
        except (AttributeError, KeyError):
            return response  # a redirect or an error page
        totals = queryset.aggregate(
            count=Count("id"),
            paid_count=Count("id", filter=Q(state=State.PAID)),
            paid_fen=Sum("amount_fen", filter=Q(state=State.PAID)),
            refunded_fen=Sum("amount_fen", filter=Q(state=State.REFUNDED)),
        )
        response.context_data["tip_totals"] = {
            "count": totals["count"],
            "paid_count": totals["paid_count"],
            "paid_yuan": format_yuan(totals["paid_fen"] or 0),
            "refunded_yuan": format_yuan(totals["refunded_fen"] or 0),
        }
        return response

    @admin.action(description=_("向支付平台查询所选订单的状态"), permissions=["gateway"])
    def query_gateway(self, request, queryset):
        done = failed = 0
        for order in queryset.filter(state__in=(State.CREATED, State.PENDING)):
            try:
                services.refresh_from_gateway(order)
                done += 1
            except GatewayError as exc:
                failed += 1
                self.message_user(request, f"{order.out_trade_no}: {exc}", messages.WARNING)
        self.message_user(request, _("已查询 %(n)d 笔，失败 %(f)d 笔") % {"n": done, "f": failed})

    @admin.action(description=_("全额退款所选的已支付订单（会员订单同时扣回所购天数）"), permissions=["gateway"])
    def refund(self, request, queryset):
        done = 0
        for order in queryset.filter(state=State.PAID):
            try:
                services.refund_order(order)
                done += 1
            except (GatewayError, services.TipError) as exc:
                self.message_user(request, f"{order.out_trade_no}: {exc}", messages.ERROR)
        self.message_user(request, _("已退款 %(n)d 笔") % {"n": done})

    def has_gateway_permission(self, request) -> bool:
        """Query/refund actions: staff with the change permission (the form stays read-only)."""
        return request.user.has_perm("payments.change_tiporder")


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ["received_at", "provider", "out_trade_no", "status", "reason", "remote_addr"]
    list_filter = ["status", "provider", "received_at"]
    search_fields = ["out_trade_no", "reason"]
    date_hierarchy = "received_at"
    raw_id_fields = ["order"]


@admin.register(ArticleTipTotal)
class ArticleTipTotalAdmin(ReadOnlyAdmin):
    """Paid tips per article: count and total in yuan, largest first."""

    list_display = ["title", "tip_count", "tip_total"]
    search_fields = ["title"]
    list_per_page = 50

    def get_queryset(self, request):
        paid = Q(tip_orders__state=State.PAID)
        return (
            self.model._default_manager.annotate(
                tips=Count("tip_orders", filter=paid), tips_fen=Sum("tip_orders__amount_fen", filter=paid)
            )
            .filter(tips__gt=0)
            .order_by(*self.get_ordering(request))
        )

    def get_ordering(self, request):
        return ["-tips_fen", "-tips"]

    @admin.display(description=_("赏赞次数"), ordering="tips")
    def tip_count(self, obj) -> int:
        return obj.tips

    @admin.display(description=_("赏赞总额（元）"), ordering="tips_fen")
    def tip_total(self, obj) -> str:
        return "¥" + format_yuan(obj.tips_fen or 0)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("payments.view_tiporder")
