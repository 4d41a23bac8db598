from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .comments import services
from .sitesettings import services as site
from .models import IMAGE_FIELDS, ArticleViewDay, Comment, CommentReport, CommentStatus, SiteSettings


class CommentReportInline(admin.TabularInline):
    model = CommentReport
    extra = 0
    can_delete = False
    readonly_fields = ["user", "reason", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


class ReportedFilter(admin.SimpleListFilter):
    title = _("举报")
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("yes", _("被举报")), ("no", _("未被举报"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(report_count__gt=0)
        if self.value() == "no":
            return queryset.filter(report_count=0)
        return queryset


def _bulk(action: str, label):
    def run(modeladmin, request, queryset):
        done = 0
        try:
            for comment in queryset.select_related("article"):
                services.moderate(comment, action, request.user)
                done += 1
        except PermissionDenied as exc:
            modeladmin.message_user(request, str(exc), messages.ERROR)
            return
        modeladmin.message_user(request, _("已处理 %(n)d 条留言。") % {"n": done})

    run.__name__ = f"comment_{action}"
    run.short_description = label
    return run


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["short_body", "article_link", "user", "status", "is_featured", "report_count", "created_at"]
    list_filter = ["status", "is_featured", ReportedFilter, "created_at"]
    search_fields = ["body", "user__username", "article__title"]
    readonly_fields = ["article", "user", "body", "report_count", "created_at", "moderated_at", "moderated_by"]
    fields = ["article", "user", "body", "status", "is_featured", "report_count", "created_at", "moderated_at", "moderated_by"]
    list_select_related = ["article", "user"]
    inlines = [CommentReportInline]
    actions = [
        _bulk("approve", _("通过所选留言")),
        _bulk("reject", _("拒绝所选留言")),
        _bulk("feature", _("设为精选")),
        _bulk("unfeature", _("取消精选")),
    ]
    list_per_page = 50

    def has_add_permission(self, request):
        return False  # comments come from readers on the article page

    @admin.display(description=_("内容"))
    def short_body(self, obj):
        return obj.body[:60]

    @admin.display(description=_("文章"))
    def article_link(self, obj):
        return format_html('<a href="{}#comments">{}</a>', obj.article.get_absolute_url(), obj.article.title[:30])

    def save_model(self, request, obj, form, change):
        # Through the service so moderator and time are recorded and rules hold
        # (featuring approves; rejecting unfeatures).
        if obj.status == CommentStatus.REJECTED:
            services.moderate(obj, "reject", request.user)
        elif obj.is_featured:
            services.moderate(obj, "feature", request.user)
        elif obj.status == CommentStatus.APPROVED:
            services.moderate(obj, "approve", request.user)
            if "is_featured" in form.changed_data:
                services.moderate(obj, "unfeature", request.user)
        else:
            obj.save()


def _formfield(field, **kwargs):
    # Links typed without a scheme mean https (Django 6's default; silences its warning).
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class SiteSettingsForm(forms.ModelForm):
    """The settings form plus image uploads (stored in the database) with clear boxes."""

    logo_upload = forms.FileField(label=_("上传站点标志"), required=False, help_text=_("PNG、JPEG、GIF 或 WebP，最大 512 KB"))
    logo_clear = forms.BooleanField(label=_("删除站点标志"), required=False)
    wechat_qr_upload = forms.FileField(
        label=_("上传微信订阅号二维码"), required=False, help_text=_("PNG、JPEG、GIF 或 WebP，最大 512 KB")
    )
    wechat_qr_clear = forms.BooleanField(label=_("删除微信订阅号二维码"), required=False)

    class Meta:
        model = SiteSettings
        fields = "__all__"
        formfield_callback = _formfield

    def _clean_upload(self, name):
        upload = self.cleaned_data.get(f"{name}_upload")
        if not upload:
            return None
        data = upload.read(site.MAX_IMAGE_BYTES + 1)
        try:
            content_type = site.sniff_image(data)
        except ValueError as exc:
            raise forms.ValidationError(_("图片无效：%(reason)s") % {"reason": exc})
        return data, content_type

    def clean_logo_upload(self):
        return self._clean_upload("logo")

    def clean_wechat_qr_upload(self):
        return self._clean_upload("wechat_qr")

    def save(self, commit=True):
        obj = super().save(commit=False)
        for name in IMAGE_FIELDS:
            upload = self.cleaned_data.get(f"{name}_upload")
            if upload:
                obj.set_image(name, *upload)
            elif self.cleaned_data.get(f"{name}_clear"):
                obj.set_image(name, b"", "")
        if commit:
            obj.save()
        return obj


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    form = SiteSettingsForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (_("站点"), {"fields": ["site_name", "tagline", "current_logo", "logo_upload", "logo_clear", "footer_text"]}),
        (
            _("微信订阅号"),
            {"fields": ["wechat_account", "current_wechat_qr", "wechat_qr_upload", "wechat_qr_clear"]},
        ),
        (_("联系客服"), {"fields": ["service_phone", "service_wechat", "service_email", "service_hours"]}),
        (_("备案与投诉"), {"fields": ["icp_number", "icp_link", "psb_number", "psb_link", "takedown_contact"]}),
    ]
    readonly_fields = ["current_logo", "current_wechat_qr"]

    def _image(self, obj, name):
        digest = getattr(obj, f"{name}_hash", "") if obj else ""
        if not digest:
            return _("（无）")
        url = reverse("engagement:site_image", args=[name, digest])
        return format_html('<img src="{}" alt="" width="160">', url)

    @admin.display(description=_("当前站点标志"))
    def current_logo(self, obj):
        return self._image(obj, "logo")

    @admin.display(description=_("当前二维码"))
    def current_wechat_qr(self, obj):
        return self._image(obj, "wechat_qr")

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        # One row: go straight to it.
        SiteSettings.objects.get_or_create(pk=1)
        return redirect("admin:engagement_sitesettings_change", 1)

    def save_model(self, request, obj, form, change):
        obj.pk = 1
        super().save_model(request, obj, form, change)
        site.clear_cache()


@admin.register(ArticleViewDay)
class ArticleViewDayAdmin(admin.ModelAdmin):
    list_display = ["article", "day", "count"]
    date_hierarchy = "day"
    raw_id_fields = ["article"]
    list_select_related = ["article"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
