"""Staff edit the synonym map here (issue 15 §3)."""

from django.contrib import admin

from .models import Synonym


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ("term", "forms", "enabled", "updated_at")
    list_editable = ("enabled",)
    list_filter = ("enabled",)
    search_fields = ("term", "forms")
