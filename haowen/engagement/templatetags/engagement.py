"""Template tags that let the engagement partials fetch their own data.

The article and home pages only ``{% include %}`` the partials; each partial loads
this library and asks for what it shows, so ``haowen.web`` needs no engagement code.
"""

from __future__ import annotations

import functools

import segno
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .. import related
from ..comments import services as comments
from ..comments.views import DRAFT_KEY
from ..pageviews import hot

register = template.Library()


@register.simple_tag
def hot_lists():
    """``{% hot_lists as hot %}`` → ``{"week": [HotItem…], "month": [...]}`` (cached)."""
    return hot.hot_lists()


@register.simple_tag(takes_context=True)
def article_comments(context, article):
    """``{% article_comments article as cm %}`` → :class:`comments.ArticleComments` for the viewer."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return comments.comments_for(article, user)


@register.simple_tag(takes_context=True)
def comment_draft(context, article):
    """The text of this viewer's last rejected comment on ``article`` (kept so nothing is lost), once."""
    request = context.get("request")
    session = getattr(request, "session", None)
    if session is None:
        return ""
    key = DRAFT_KEY.format(pk=article.pk)
    return session.pop(key, "") if key in session else ""


@register.simple_tag
def related_articles(article, limit=8):
    """``{% related_articles article as related %}`` → up to ``limit`` similar articles."""
    return related.related_articles(article, limit=int(limit))


@functools.lru_cache(maxsize=2048)
def _qr_svg(url: str) -> str:
    qr = segno.make(url, error="m", micro=False)
    return qr.svg_inline(
        scale=1, border=2, omitsize=True, svgclass="share-qr-svg", lineclass=None, dark="#000", light="#fff",
        title=_("本文二维码"),
    )


def qr_svg(url: str) -> str:
    """Inline SVG markup (a string) of a QR code encoding ``url``, error level M.

    Sized by its ``viewBox`` (CSS sets the width); memoised per URL.
    """
    return _qr_svg(url)


@register.simple_tag
def share_qr(url):
    """``{% share_qr canonical_url %}`` → the QR code of ``url`` as inline SVG."""
    return mark_safe(qr_svg(str(url)))


@register.simple_tag
def with_comment_counts(items, attr=""):
    """Set ``comment_count`` (approved comments) on each article in ``items``; renders nothing.

    ``items`` is a list or queryset of articles, or of objects whose ``attr`` is the
    article (``{% with_comment_counts results.results "article" %}``). One query.
    A queryset is evaluated here and its cached rows are what the later ``{% for %}``
    iterates, so the counts are on those very objects.
    """
    if items is None:
        return ""
    rows = list(items)
    articles = [getattr(row, attr) if attr else row for row in rows]
    counts = comments.comment_counts([getattr(a, "pk", None) for a in articles])
    for a in articles:
        if a is not None:
            a.comment_count = counts.get(a.pk, 0)
    return ""
