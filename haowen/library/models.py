"""The library: articles, their keyword tags, and the index log the search index follows."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import genres


class AccessLevel(models.TextChoices):
    """Who may read the whole text; everyone else gets the preview (see accounts.entitlement)."""

    DEFAULT = "", _("站点默认")
    FREE = "free", _("免费阅读")
    LOGIN = "login", _("登录后阅读")
    MEMBERS = "members", _("会员专享")


#: The listed articles (published, not a near-duplicate copy): the condition of the lists'
#: partial indexes, the same filter as ``ArticleQuerySet.canonical``.
_LISTED = models.Q(is_published=True, canonical__isnull=True)


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """Articles visible on the site (not withdrawn)."""
        return self.filter(is_published=True)

    def canonical(self) -> "ArticleQuerySet":
        """Published articles that are not a near-duplicate copy of another one."""
        return self.published().filter(canonical__isnull=True)


class Article(models.Model):
    """One document in the library.

    ``body`` holds the cleaned text, one paragraph per line (``\\n`` separated, no blank
    lines). ``raw`` keeps the original input bytes losslessly so cleaning can be
    improved and re-run (``manage.py reclean``). ``char_count`` is the number of
    non-whitespace characters in ``body`` (the 字数 shown as 本文约N字).
    ``genre`` is a main genre and ``subgenre`` one of its sub-genres or ``""``
    (:mod:`haowen.library.genres`; ``library.services`` keeps the pair consistent).
    ``cleaned_body_hash`` is the SHA-256 of the body the cleaner produced (import or
    ``reclean``); when it differs from the stored body's, staff edited the body and
    ``reclean`` keeps the edit (``library.services.is_body_edited``).
    """

    title = models.CharField(_("标题"), max_length=300, db_index=True)
    body = models.TextField(_("正文"))
    #: The document's own 文号 (``国发〔2023〕5号``, 〔〕 brackets), read from its body's first
    #: lines or its title by ``haowen.text.citations.own_doc_number``; other texts citing it link here.
    doc_number = models.CharField(_("发文字号"), max_length=64, blank=True, default="", db_index=True, editable=False)
    genre = models.CharField(
        _("文种"), max_length=16, choices=genres.GENRE_CHOICES, default=genres.DEFAULT_GENRE, db_index=True
    )
    subgenre = models.CharField(
        _("细分文种"), max_length=24, choices=genres.SUBGENRE_CHOICES, blank=True, default="", db_index=True,
        help_text=_("须属于所选文种；留空表示未细分"),
    )
    published_on = models.DateField(_("发布日期"), null=True, blank=True, db_index=True)
    imported_views = models.PositiveIntegerField(_("导入时的阅读数"), default=0)
    view_count = models.PositiveIntegerField(_("阅读数"), default=0, db_index=True)
    char_count = models.PositiveIntegerField(_("字数"), default=0)
    source_url = models.URLField(_("来源链接"), max_length=1000, blank=True)
    source = models.CharField(_("来源"), max_length=1000, blank=True)
    external_id = models.CharField(_("外部编号"), max_length=200, blank=True, db_index=True)
    content_hash = models.CharField(_("内容指纹"), max_length=64, unique=True)
    cleaned_body_hash = models.CharField(_("清洗结果指纹"), max_length=64, blank=True, default="", editable=False)
    raw = models.BinaryField(_("原始输入"), blank=True, default=b"")
    raw_format = models.CharField(_("原始格式"), max_length=16, blank=True)
    access_level = models.CharField(
        _("阅读权限"), max_length=16, choices=AccessLevel.choices, default=AccessLevel.DEFAULT, blank=True
    )
    is_published = models.BooleanField(_("已发布"), default=True, db_index=True)
    canonical = models.ForeignKey(
        "self",
        verbose_name=_("原始版本"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        help_text=_("近似重复时指向最早的版本"),
        # Indexed only where set (article_copies below): an index over a column that is NULL
        # in nearly every row made the planner take "canonical_id IS NULL" for a lookup
        # and walk every listed row instead of the lists' partial indexes.
        db_index=False,
    )
    fingerprint = models.BinaryField(_("MinHash 指纹"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("文章")
        verbose_name_plural = _("文章")
        # Undated articles last on every database (PostgreSQL sorts NULL first when descending).
        ordering = [models.F("published_on").desc(nulls_last=True), "-id"]
        indexes = [
            models.Index(fields=["is_published", "-published_on", "-id"]),
            models.Index(fields=["genre", "is_published", "-published_on", "-id"], name="library_article_genre_pub"),
            # The lists' own indexes: partial, over the listed articles (published canonical
            # ones, library.browse.listed), so a list, a count or a most-read query reads the
            # index alone. Without them each such query walked every row, and a row's later
            # columns sit behind its body and raw input (SQLite reads them through overflow
            # pages): 4–6 s per query at 500,000 documents, 20 s for a cold home page.
            models.Index(fields=["genre", "subgenre", "published_on"], name="article_listed_genre", condition=_LISTED),
            models.Index(fields=["genre", "-view_count", "-id"], name="article_listed_genre_views", condition=_LISTED),
            models.Index(fields=["genre", "-published_on", "-id"], name="article_listed_genre_new", condition=_LISTED),
            # An article's copies (canonical_id = X: its versions, the relinking of groups).
            models.Index(fields=["canonical"], name="article_copies", condition=models.Q(canonical__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        """A sub-genre must belong to the genre (the admin's form calls this)."""
        super().clean()
        if not genres.is_sub_of(self.subgenre, self.genre):
            raise ValidationError(
                {"subgenre": _("“%(sub)s”不属于文种“%(genre)s”。") % {
                    "sub": genres.label(self.subgenre), "genre": genres.label(self.genre)}}
            )

    @property
    def genre_label(self) -> str:
        """The genre as readers see it: the sub-genre's label when there is one (讲话稿), else the genre's."""
        return genres.label(self.subgenre or self.genre)

    def get_absolute_url(self) -> str:
        return reverse("web:article", args=[self.pk])

    @property
    def paragraphs(self) -> list[str]:
        """The body split into paragraphs (never empty strings)."""
        return [p for p in self.body.split("\n") if p.strip()]

    @property
    def year(self) -> int | None:
        return self.published_on.year if self.published_on else None


class Tag(models.Model):
    """A keyword tag (关键词)."""

    name = models.CharField(_("名称"), max_length=50, unique=True)

    class Meta:
        verbose_name = _("标签")
        verbose_name_plural = _("标签")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleTagQuerySet(models.QuerySet):
    def for_preview(self) -> "ArticleTagQuerySet":
        """Tags a reader of the preview may see: ``shown_in_preview`` computed under the
        current preview settings (a flag from other settings hides its tag until
        ``extract_tags --visibility`` recomputes it; see :mod:`haowen.library.preview`)."""
        from .preview import shown_filter

        return self.filter(shown_filter())


class ArticleTag(models.Model):
    """An article's tag with its weight (TF-IDF score, higher is more relevant).

    ``shown_in_preview`` says whether a reader who gets only the article's preview may
    see the tag (its word is in the title or preview, or is no word of the body at all),
    and ``preview_key`` the preview settings it was computed under; both are derived
    (:func:`haowen.library.tagging.refresh_visibility`) and default to hidden. Readers
    entitled to the full text see every tag (``haowen.accounts.entitlement.visible_tags``).
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_tags")
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="article_tags")
    weight = models.FloatField(default=0.0)
    is_manual = models.BooleanField(_("人工设置"), default=False)
    shown_in_preview = models.BooleanField(_("预览中可见"), default=False, editable=False)
    preview_key = models.CharField(max_length=32, blank=True, default="", editable=False)

    objects = ArticleTagQuerySet.as_manager()

    class Meta:
        verbose_name = _("文章标签")
        verbose_name_plural = _("文章标签")
        constraints = [models.UniqueConstraint(fields=["article", "tag"], name="uniq_article_tag")]
        ordering = ["-weight"]

    def save(self, *args, **kwargs):
        # Any single-row write (the admin's inline, a shell, a test) computes the flag from
        # the article's text as stored; bulk writes go through tagging.refresh_visibility.
        from .preview import preview_key, tag_visibility

        title, body = Article.objects.filter(pk=self.article_id).values_list("title", "body").get()
        self.shown_in_preview = tag_visibility(title, body, [self.tag.name])[0]
        self.preview_key = preview_key()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "shown_in_preview", "preview_key"}
        super().save(*args, **kwargs)


class IndexLogEntry(models.Model):
    """One change the search index must apply: appended in the article's own transaction.

    ``seq`` (the primary key) is the position; an index stores the last ``seq`` it
    applied and applies entries idempotently (upsert = delete by id, then add), so a
    follower that died between the two steps simply applies the entry again.
    """

    class Op(models.TextChoices):
        UPSERT = "upsert", "upsert"
        DELETE = "delete", "delete"

    seq = models.BigAutoField(primary_key=True)
    article_id = models.BigIntegerField(db_index=True)
    op = models.CharField(max_length=8, choices=Op.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("索引日志")
        verbose_name_plural = _("索引日志")
        ordering = ["seq"]


class FingerprintBand(models.Model):
    """One LSH band key of an article's MinHash fingerprint (see ``library.near_duplicates``).

    Two articles sharing ``(band, key)`` are near-duplicate candidates; the database
    index on ``(band, key)`` finds them at import without loading every fingerprint.
    Derived data: ``manage.py find_near_duplicates`` rewrites all of it.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="fingerprint_bands")
    band = models.PositiveSmallIntegerField()
    key = models.BigIntegerField()

    class Meta:
        verbose_name = _("指纹分段")
        verbose_name_plural = _("指纹分段")
        indexes = [models.Index(fields=["band", "key"], name="library_fpband_band_key")]


class SavedFill(models.Model):
    """A logged-in reader's saved placeholder values for one article (一键替换).

    ``values`` maps ``"g:<group key>"`` and ``"o:<paragraph>:<offset>"`` to strings;
    see ``haowen.text.placeholders`` for the keys. Only stored when the reader saves.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_fills")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="saved_fills")
    values = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("保存的填写")
        verbose_name_plural = _("保存的填写")
        constraints = [models.UniqueConstraint(fields=["user", "article"], name="uniq_saved_fill")]


class LibraryVersion(models.Model):
    """One row whose ``n`` grows whenever an article leaves or changes in the site's lists.

    Bumped in the transaction that withdraws, deletes, re-titles, re-gates or re-links an
    article (:func:`haowen.library.version.bump`), so every node reads the new number as
    soon as the change is committed. Lists and page caches that show other articles put
    the number in their cache keys (:func:`haowen.library.version.current`).
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    n = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("文库版本")
        verbose_name_plural = _("文库版本")


class TopicQuerySet(models.QuerySet):
    def published(self) -> "TopicQuerySet":
        """Topics shown on the site."""
        return self.filter(is_published=True)


class Topic(models.Model):
    """A topic page (专题) staff curate: ``/zhuanti/<slug>/``.

    It lists the articles staff chose (:class:`TopicArticle`, in their order) and, when
    ``query`` is set, the best matches of that saved search (optionally within one genre
    or sub-genre, ``genre`` holds any code of :mod:`haowen.library.genres`). ``position``
    orders topics on ``/zhuanti/`` and the home page (smaller first); ``on_home`` puts a
    topic on the home page.
    """

    title = models.CharField(_("标题"), max_length=100)
    slug = models.SlugField(_("网址名"), max_length=80, unique=True, allow_unicode=True,
                            help_text=_("用于网址 /zhuanti/<网址名>/，如 xiangcun-zhenxing"))
    description = models.TextField(_("简介"), blank=True)
    query = models.CharField(_("保存的搜索"), max_length=200, blank=True,
                             help_text=_("可选：按此搜索补充相关文章，语法同搜索框，如 乡村振兴 -新闻联播"))
    genre = models.CharField(_("限定文种"), max_length=24, blank=True, default="",
                             choices=[("", _("（不限）"))] + genres.GENRE_CHOICES + genres.SUBGENRE_CHOICES[1:],
                             help_text=_("可选：保存的搜索只在此文种内查找"))
    articles = models.ManyToManyField(Article, through="TopicArticle", related_name="topics", blank=True,
                                      verbose_name=_("选定文章"))
    position = models.PositiveIntegerField(_("排序"), default=100, help_text=_("越小越靠前"))
    on_home = models.BooleanField(_("首页展示"), default=True)
    is_published = models.BooleanField(_("已发布"), default=True, db_index=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        verbose_name = _("专题")
        verbose_name_plural = _("专题")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("web:topic", args=[self.slug])


class TopicArticle(models.Model):
    """An article staff chose for a topic, at ``position`` (smaller first)."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="entries")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="topic_entries",
                                verbose_name=_("文章"))
    position = models.PositiveIntegerField(_("排序"), default=100)

    class Meta:
        verbose_name = _("专题文章")
        verbose_name_plural = _("专题文章")
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["topic", "article"], name="uniq_topic_article")]
