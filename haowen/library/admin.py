from django import forms
from django.contrib import admin
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from haowen.text.normalize import clean_body, display_clean

from . import services
from .tagging import refresh_visibility_of
from .models import Article, ArticleTag, IndexLogEntry, Tag


class ArticleTagInline(admin.TabularInline):
    model = ArticleTag
    extra = 1
    autocomplete_fields = ["tag"]


class ArticleAdminForm(forms.ModelForm):
    """Says on the form when a title or body has no text once cleaned as the services clean it
    (only line breaks, spaces or control characters), instead of failing on save. The admin
    builds the fields (its ``formfield_overrides`` apply)."""

    def clean_title(self):
        title = self.cleaned_data.get("title") or ""
        if not display_clean(title):
            raise forms.ValidationError(_("标题没有文字（只有空白或控制字符）。"))
        return title

    def clean_body(self):
        body = self.cleaned_data.get("body") or ""
        if not clean_body(body):
            raise forms.ValidationError(_("正文没有文字（只有空白或控制字符）。"))
        return body


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["title", "kind", "published_on", "view_count", "char_count", "access_level", "is_published"]
    list_filter = ["kind", "access_level", "is_published", "raw_format", "published_on"]
    search_fields = ["title", "external_id", "source_url"]
    date_hierarchy = "published_on"
    readonly_fields = ["char_count", "content_hash", "view_count", "imported_views", "raw_format", "created_at", "updated_at"]
    exclude = ["raw"]
    raw_id_fields = ["canonical"]
    inlines = [ArticleTagInline]
    list_per_page = 50
    # A source URL typed without a scheme is https (Django 6's default, adopted now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_formset(self, request, form, formset, change):
        # Tags staff add or edit here are theirs: extract_tags must never replace them.
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, ArticleTag):
                instance.is_manual = True
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    def save_model(self, request, obj, form, change):
        # Through the service so derived fields stay right, the body is stored one paragraph
        # per line (a browser sends the textarea with CRLF) and the index log is written.
        services.update_article(obj)

    def delete_model(self, request, obj):
        services.delete_article(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.delete_article(obj)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]

    def save_model(self, request, obj, form, change):
        # A renamed tag may now be a word of a gated part (or no longer one): recompute
        # whether each article's preview shows it, in the same transaction.
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if change:
                refresh_visibility_of(obj.article_tags.values_list("article_id", flat=True))


@admin.register(IndexLogEntry)
class IndexLogEntryAdmin(admin.ModelAdmin):
    list_display = ["seq", "article_id", "op", "created_at"]
    list_filter = ["op"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


admin.site.empty_value_display = _("（无）")
