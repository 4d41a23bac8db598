"""Template helpers for the paywall and the user menu: where 开通会员 leads, membership.

The article page's paywall data (the cheapest plan, the preview's description and
keywords, the structured data) comes from the page's context
(:func:`haowen.web.article_page.build_article_context`), built from
:func:`haowen.accounts.entitlement.preview` and never from ``article.body``.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import reverse

from haowen.accounts import entitlement as ent

register = template.Library()


@register.simple_tag
def membership_url() -> str:
    """Where 开通会员 leads: ``settings.MEMBERSHIP_URL`` when set, else the membership page."""
    return settings.MEMBERSHIP_URL or reverse("accounts:membership")


@register.filter
def is_member(user) -> bool:
    """``{% if user|is_member %}``: True for an active membership."""
    return ent.is_member(user)


@register.simple_tag
def access_level(article) -> str:
    """``{% access_level article as level %}``: ``free``, ``login`` or ``members``."""
    return ent.access_level(article)
