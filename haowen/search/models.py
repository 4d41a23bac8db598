"""What staff edit about search: the synonym map (issue 15 §3).

A :class:`Synonym` row says that a clause typed as ``term`` also matches its ``forms``
(either form matches; applied to queries only, the index is untouched). The map is read
through :func:`haowen.search.synonyms.synonym_map`, cached and dropped on every change.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from haowen.text.normalize import fold

#: Forms of one term at most, and characters of a term or a form at most.
MAX_FORMS = 4
MAX_TERM_CHARS = 20


def split_forms(text: str) -> list[str]:
    """The forms of a ``forms`` field: separated by spaces, commas (，,), 、 or ；; folded,
    without duplicates, in order. ``"讲话稿，讲话 发言"`` → ``["讲话稿", "讲话", "发言"]``."""
    for sep in "，,、；;/|":
        text = text.replace(sep, " ")
    return list(dict.fromkeys(fold(f) for f in text.split() if f.strip()))


class Synonym(models.Model):
    """One entry of the synonym map: a term writers type and the library's forms of it."""

    term = models.CharField(
        _("查询词"), max_length=MAX_TERM_CHARS, unique=True,
        help_text=_("读者输入的词（整个词语匹配时生效），如“串词”"),
    )
    forms = models.CharField(
        _("同义形式"), max_length=200,
        help_text=_("文库里的说法，用空格或逗号分隔，最多 4 个，如“主持词”"),
    )
    enabled = models.BooleanField(_("启用"), default=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("同义词")
        verbose_name_plural = _("同义词")
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} → {self.forms}"

    def clean(self) -> None:
        """Fold the term; reject an empty term, no forms, too many or too long forms."""
        self.term = fold((self.term or "").strip())
        if not self.term or " " in self.term:
            raise ValidationError({"term": _("查询词不能为空，也不能含空格。")})
        forms = [f for f in split_forms(self.forms or "") if f != self.term]
        if not forms:
            raise ValidationError({"forms": _("请至少填写一个与查询词不同的形式。")})
        if len(forms) > MAX_FORMS or any(len(f) > MAX_TERM_CHARS for f in forms):
            raise ValidationError({"forms": _("最多 4 个形式，每个不超过 20 个字。")})
        self.forms = " ".join(forms)


class QueryDay(models.Model):
    """How often one normalised query was searched on one day (issue 15 §3, analytics).

    No reader, no IP address, no time of day: only the query as folded (full-width,
    traditional characters and case folded, spaces collapsed), the day in the site's time
    zone, the number of searches, and the number of results of the last one. The searches
    of anonymous readers are counted apart (``anonymous_count``, ``anonymous_results``):
    the public 热门搜索 list is made of those only, so it shows nothing a reader who may
    read more found.
    """

    day = models.DateField(_("日期"), db_index=True)
    query = models.CharField(_("查询"), max_length=100)
    count = models.PositiveIntegerField(_("次数"), default=0)
    results = models.PositiveIntegerField(_("结果数"), default=0, help_text=_("最近一次搜索完全匹配的篇数"))
    anonymous_count = models.PositiveIntegerField(_("未登录读者次数"), default=0)
    anonymous_results = models.PositiveIntegerField(_("未登录读者结果数"), default=0)

    class Meta:
        verbose_name = _("搜索记录（按日）")
        verbose_name_plural = _("搜索记录（按日）")
        ordering = ["-day", "-count"]
        constraints = [models.UniqueConstraint(fields=["day", "query"], name="search_queryday_unique")]

    def __str__(self) -> str:
        return f"{self.day} {self.query} ×{self.count}"


class HiddenQuery(models.Model):
    """A query staff keep out of the public 热门搜索 list (it is still logged)."""

    query = models.CharField(_("查询"), max_length=100, unique=True)
    created_at = models.DateTimeField(_("隐藏时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("热门搜索中隐藏的词")
        verbose_name_plural = _("热门搜索中隐藏的词")

    def __str__(self) -> str:
        return self.query
