"""Engagement data: view rollups, comments and their reports, related-article cache, site settings.

Views are never stored as one row per request: a view adds 1 to the article's row for
that day (:class:`ArticleViewDay`, days in the site's ``TIME_ZONE``), with an atomic
upsert (see :mod:`haowen.engagement.pageviews.counter`). Rankings read the rollups, never
raw events (the zulip pattern). :class:`ViewMark` remembers who was counted recently so
the 30-minute de-duplication holds across processes.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haowen.library.models import Article


class ArticleViewDay(models.Model):
    """Counted views of one article on one day (the site's time zone)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="view_days")
    day = models.DateField(_("日期"))
    count = models.PositiveIntegerField(_("阅读数"), default=0)

    class Meta:
        verbose_name = _("每日阅读")
        verbose_name_plural = _("每日阅读")
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="uniq_article_view_day")]
        # The hot lists scan a window of days and group by article.
        indexes = [models.Index(fields=["day", "article"], name="viewday_day_article")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.day}: {self.count}"


class ViewMark(models.Model):
    """The last time a visitor's view of an article was counted.

    ``visitor`` is a SHA-256 hex digest (never a raw session key, IP or user agent).
    Rows older than the de-duplication window are pruned by the counter itself.
    """

    visitor = models.CharField(max_length=64)
    article_id = models.BigIntegerField()
    seen_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["visitor", "article_id"], name="uniq_view_mark")]
        indexes = [models.Index(fields=["seen_at"], name="viewmark_seen_at")]


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("待审核")
    APPROVED = "approved", _("已通过")
    REJECTED = "rejected", _("已拒绝")


class CommentQuerySet(models.QuerySet):
    def approved(self) -> "CommentQuerySet":
        """Comments every reader may see."""
        return self.filter(status=CommentStatus.APPROVED)


class Comment(models.Model):
    """A reader's plain-text comment (留言) on an article.

    ``body`` is stored exactly as typed (after newline normalisation) and always
    rendered escaped: it is text, never HTML. ``body_hash`` (SHA-256 of the
    whitespace-collapsed body) backs the duplicate guard.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments", verbose_name=_("文章"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments", verbose_name=_("用户")
    )
    body = models.TextField(_("内容"))
    body_hash = models.CharField(max_length=64, editable=False)
    status = models.CharField(
        _("状态"), max_length=16, choices=CommentStatus.choices, default=CommentStatus.PENDING, db_index=True
    )
    is_featured = models.BooleanField(_("精选"), default=False)
    report_count = models.PositiveIntegerField(_("举报次数"), default=0)
    created_at = models.DateTimeField(_("发表时间"), auto_now_add=True, db_index=True)
    moderated_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("审核人"),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("留言")
        verbose_name_plural = _("留言")
        ordering = ["-created_at", "-id"]
        # The duplicate guard, enforced by the database too (two posts racing).
        constraints = [models.UniqueConstraint(fields=["user", "article", "body_hash"], name="uniq_comment_text")]
        indexes = [
            models.Index(fields=["article", "status", "-created_at"], name="comment_article_status"),
            models.Index(fields=["user", "-created_at"], name="comment_user_created"),
        ]

    def __str__(self) -> str:
        return self.body[:40]

    @staticmethod
    def hash_body(body: str) -> str:
        """SHA-256 hex of ``body`` with all whitespace removed (the duplicate-guard key)."""
        return hashlib.sha256("".join(body.split()).encode("utf-8")).hexdigest()


class CommentReport(models.Model):
    """A reader's report (举报) of a comment; one per reader and comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports", verbose_name=_("留言"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("举报人"))
    reason = models.CharField(_("理由"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("举报时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("留言举报")
        verbose_name_plural = _("留言举报")
        constraints = [models.UniqueConstraint(fields=["comment", "user"], name="uniq_comment_report")]


class RelatedCache(models.Model):
    """The computed 相关内容 of an article: ``related_ids`` (ordered, most similar first).

    Stale when the article changed after ``computed_at`` (``Article.updated_at``) or the
    entry is older than ``services.RELATED_MAX_AGE``; ``manage.py rebuild_related``
    recomputes on demand.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="+")
    related_ids = models.JSONField(default=list)
    computed_at = models.DateTimeField()


IMAGE_FIELDS = ("logo", "wechat_qr")


class SiteSettings(models.Model):
    """The site's one settings row (pk 1), edited by staff in the admin and cached.

    Images (logo, 微信订阅号 QR) are stored in the database, not on a node's disk, so
    every app node serves the same bytes; they are served by
    ``engagement:site_image`` under a content-hash URL.
    """

    site_name = models.CharField(_("站点名称"), max_length=50, default="好文")
    tagline = models.CharField(_("站点口号"), max_length=100, blank=True, default="公文范文全文检索")
    logo = models.BinaryField(_("站点标志"), blank=True, default=b"", editable=False)
    logo_type = models.CharField(max_length=32, blank=True, editable=False)
    logo_hash = models.CharField(max_length=12, blank=True, editable=False)
    wechat_account = models.CharField(_("微信订阅号名称"), max_length=100, blank=True)
    wechat_qr = models.BinaryField(_("微信订阅号二维码"), blank=True, default=b"", editable=False)
    wechat_qr_type = models.CharField(max_length=32, blank=True, editable=False)
    wechat_qr_hash = models.CharField(max_length=12, blank=True, editable=False)
    service_phone = models.CharField(_("客服电话"), max_length=50, blank=True)
    service_wechat = models.CharField(_("客服微信号"), max_length=50, blank=True)
    service_email = models.EmailField(_("客服邮箱"), blank=True)
    service_hours = models.CharField(_("客服工作时间"), max_length=100, blank=True, help_text=_("例如：工作日 9:00–18:00"))
    footer_text = models.TextField(_("页脚文字"), blank=True, max_length=1000)
    icp_number = models.CharField(_("ICP 备案号"), max_length=100, blank=True, help_text=_("例如：京ICP备12345678号-1"))
    icp_link = models.URLField(_("ICP 备案链接"), blank=True, default="https://beian.miit.gov.cn/")
    psb_number = models.CharField(_("公安备案号"), max_length=100, blank=True, help_text=_("例如：京公网安备11010502000001号"))
    psb_link = models.URLField(_("公安备案链接"), blank=True, default="https://beian.mps.gov.cn/")
    takedown_contact = models.CharField(
        _("侵权投诉联系方式"), max_length=200, blank=True, help_text=_("邮箱或电话，显示在页脚“侵权投诉”处")
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("站点设置")
        verbose_name_plural = _("站点设置")

    def __str__(self) -> str:
        return str(_("站点设置"))

    def set_image(self, name: str, data: bytes, content_type: str) -> None:
        """Store image ``name`` (``logo`` or ``wechat_qr``) with its type and content hash.

        Empty ``data`` clears the image. The hash (first 12 hex digits of SHA-256) goes
        into the image URL so browsers may cache it forever.
        """
        if name not in IMAGE_FIELDS:
            raise ValueError(f"unknown site image {name!r}; expected one of {', '.join(IMAGE_FIELDS)}")
        setattr(self, name, data or b"")
        setattr(self, f"{name}_type", content_type if data else "")
        setattr(self, f"{name}_hash", hashlib.sha256(data).hexdigest()[:12] if data else "")

    @property
    def has_contacts(self) -> bool:
        return any([self.service_phone, self.service_wechat, self.service_email, self.service_hours])


class ViewFlush(models.Model):
    """A batch of Redis view counters already added to the rollups (exactly-once flushing).

    ``token`` names one renamed Redis hash; inserting it in the same transaction as the
    rollup updates means a flush that died after committing but before deleting the
    Redis key is recognised and not applied twice.
    """

    token = models.CharField(max_length=100, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("阅读数批次")
        verbose_name_plural = _("阅读数批次")
