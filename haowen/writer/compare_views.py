"""版本对比: two versions of one text side by side (issue 17 §2), a thin view.

``/a/<pk>/compare/<other>/`` compares what the reader may read of each version (the one
entitlement function, :func:`haowen.accounts.entitlement.entitlement`, asked for each) with
:func:`haowen.text.compare.compare`. Only versions of one text compare: both articles must
be published and in the same 相似版本 group (``Article.canonical``); anything else is a 404.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from haowen.accounts.entitlement import entitlement
from haowen.library.models import Article
from haowen.text.compare import compare


def _root(article: Article) -> int:
    return article.canonical_id or article.pk


def compare_versions(request, pk: int, other: int):
    """The comparison page of versions ``pk`` (left, 原版本) and ``other`` (right, 对比版本)."""
    if pk == other:
        raise Http404(_("请选择另一个版本进行对比"))
    found = {a.pk: a for a in Article.objects.published().defer("raw", "fingerprint").filter(pk__in=[pk, other])}
    if len(found) != 2 or _root(found[pk]) != _root(found[other]):
        raise Http404(_("这两篇文章不是同一文本的版本"))
    left, right = found[pk], found[other]
    left_visible, right_visible = entitlement(left, request.user), entitlement(right, request.user)
    context = {
        "left": left,
        "right": right,
        "left_visible": left_visible,
        "right_visible": right_visible,
        "comparison": compare(list(left_visible.paragraphs), list(right_visible.paragraphs)),
        "partial": not (left_visible.is_full and right_visible.is_full),
    }
    return render(request, "writer/compare.html", context)
