from django import forms
from django.contrib import admin
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from haowen.text.normalize import clean_body, display_clean

from . import services, version
from .tagging import refresh_visibility_of
from .models import Article, ArticleTag, IndexLogEntry, Tag, Topic, TopicArticle


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
    list_display = ["title", "genre", "subgenre", "published_on", "view_count", "char_count", "access_level", "is_published"]
    list_filter = ["genre", "subgenre", "access_level", "is_published", "raw_format", "published_on"]
    actions = ["reguess_genre"]
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

    @admin.action(description=_("按标题和正文重新推测文种"))
    def reguess_genre(self, request, queryset):
        changed = services.reguess_genres(queryset.values_list("pk", flat=True))
        self.message_user(request, _("重新推测了 %(n)d 篇，其中 %(c)d 篇文种有变化。") % {"n": queryset.count(), "c": changed})

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


class TopicArticleInline(admin.TabularInline):
    model = TopicArticle
    extra = 3
    raw_id_fields = ["article"]
    fields = ["article", "position"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """专题: title, address, description, chosen articles (in order) and an optional saved search."""

    list_display = ["title", "slug", "position", "on_home", "is_published", "updated_at"]
    list_editable = ["position", "on_home", "is_published"]
    list_filter = ["is_published", "on_home"]
    search_fields = ["title", "slug", "description", "query"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [TopicArticleInline]
    fields = ["title", "slug", "description", "query", "genre", "position", "on_home", "is_published"]

    # A topic renamed, hidden or changed leaves the cached lists (home page, /zhuanti/) at once.
    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            version.bump()

    def save_related(self, request, form, formsets, change):
        with transaction.atomic():
            super().save_related(request, form, formsets, change)
            version.bump()

    def delete_model(self, request, obj):
        with transaction.atomic():
            super().delete_model(request, obj)
            version.bump()

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            super().delete_queryset(request, queryset)
            version.bump()


@admin.register(IndexLogEntry)
class IndexLogEntryAdmin(admin.ModelAdmin):
    list_display = ["seq", "article_id", "op", "created_at"]
    list_filter = ["op"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


admin.site.empty_value_display = _("（无）")
