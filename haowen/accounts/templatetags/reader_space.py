"""Template helpers for the reader's own space (我的): whether an article is a favorite."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def is_favorite(context, article) -> bool:
    """``{% is_favorite article as fav %}``: whether the signed-in reader keeps ``article`` (one query)."""
    from haowen.accounts.services import is_favorite as find

    request = context.get("request")
    return find(getattr(request, "user", None), article)
