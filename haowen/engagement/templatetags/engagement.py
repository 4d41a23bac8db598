"""Template formatting for the engagement partials: the share box's QR code and the
lists' comment counts.

The article page's data (hot lists, comments, the comment draft, related articles) comes
from the page's context (:func:`haowen.web.article_page.build_article_context`), the home
page's hot lists from the home view: the partials only format it.
"""

from __future__ import annotations

import functools

import segno
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..comments import services as comments

register = template.Library()


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
