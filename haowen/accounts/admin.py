"""Staff set memberships in the admin (inline on the user page, and a list of their own) and
define the membership plans readers buy."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Membership, MembershipPlan

User = get_user_model()


class MembershipInline(admin.StackedInline):
    model = Membership
    can_delete = False
    extra = 1  # the empty form shows without JS; left untouched it saves nothing
    max_num = 1
    fields = ["is_member", "expires_on", "note"]
    verbose_name = _("会员资格")
    verbose_name_plural = _("会员资格")


class MemberFilter(admin.SimpleListFilter):
    title = _("会员状态")
    parameter_name = "member"

    def lookups(self, request, model_admin):
        return [("active", _("有效会员")), ("none", _("非会员"))]

    def queryset(self, request, queryset):
        from django.db.models import Q
        from django.utils import timezone

        active = Q(membership__is_member=True) & (
            Q(membership__expires_on__isnull=True) | Q(membership__expires_on__gte=timezone.localdate())
        )
        if self.value() == "active":
            return queryset.filter(active)
        if self.value() == "none":
            return queryset.exclude(active)
        return queryset


if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Django's user admin plus the membership inline and a member filter."""

    inlines = [*DjangoUserAdmin.inlines, MembershipInline]
    list_filter = [*DjangoUserAdmin.list_filter, MemberFilter]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "is_member", "expires_on", "is_active", "updated_at"]
    list_filter = ["is_member", "expires_on"]
    search_fields = ["user__username", "user__email", "note"]
    autocomplete_fields = ["user"]
    fields = ["user", "is_member", "expires_on", "note"]


@admin.register(MembershipPlan)
class MembershipPlanAdmin(admin.ModelAdmin):
    """Plans readers buy on the membership page: active ones are offered in ``order``.

    A change renews every paywall panel that names the cheapest plan (the library version
    is bumped). Orders keep the plan's name, days and price as bought, so editing or
    deleting a plan never changes an earlier order.
    """

    list_display = ["name", "days", "price_yuan", "active", "order", "updated_at"]
    list_editable = ["active", "order"]
    list_filter = ["active"]
    fields = ["name", "days", "price_fen", "active", "order"]

    @admin.display(description=_("价格（元）"), ordering="price_fen")
    def price_yuan(self, obj: MembershipPlan) -> str:
        return "¥" + obj.price_display
