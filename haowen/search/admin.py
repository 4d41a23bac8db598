"""Staff edit the synonym map and read the search log here (issue 15 §3)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .analytics import drop_hot_cache
from .models import HiddenQuery, QueryDay, Synonym


class ZeroResults(admin.SimpleListFilter):
    """零结果: the queries whose last search found nothing that matched every clause."""

    title = _("结果")
    parameter_name = "zero"

    def lookups(self, request, model_admin):
        return [("1", _("零结果")), ("0", _("有结果"))]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(results=0)
        if self.value() == "0":
            return queryset.filter(results__gt=0)
        return queryset


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ("term", "forms", "enabled", "updated_at")
    list_editable = ("enabled",)
    list_filter = ("enabled",)
    search_fields = ("term", "forms")


@admin.register(QueryDay)
class QueryDayAdmin(admin.ModelAdmin):
    """Searches per query and day: sort by 次数 for the most frequent, filter 结果数 = 0 (零结果)
    for the zero-result queries of a day; 从热门搜索隐藏 keeps a query off the public list."""

    list_display = ("day", "query", "count", "results", "anonymous_count", "anonymous_results")
    list_filter = ("day", ZeroResults)
    search_fields = ("query",)
    date_hierarchy = "day"
    ordering = ("-day", "-count")
    actions = ["hide_from_hot"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("从热门搜索隐藏"))
    def hide_from_hot(self, request, queryset):
        for query in set(queryset.values_list("query", flat=True)):
            HiddenQuery.objects.get_or_create(query=query)
        drop_hot_cache()


@admin.register(HiddenQuery)
class HiddenQueryAdmin(admin.ModelAdmin):
    list_display = ("query", "created_at")
    search_fields = ("query",)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        drop_hot_cache()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        drop_hot_cache()
