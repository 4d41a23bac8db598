"""Formatting for the writer's tools partials: ``{{ item|anchor }}``.

The data (:class:`haowen.writer.tools.WriterTools`) comes from the article page's context
(:func:`haowen.web.article_page.build_article_context`); nothing here reads the database.
"""

from __future__ import annotations

from django import template

from haowen.text.outline import OutlineItem

register = template.Library()


@register.filter
def anchor(item: OutlineItem) -> str:
    """The id of the paragraph an outline item points at (``p1``, ``p2`` … as in web/article.html)."""
    return f"p{item.paragraph + 1}"
