"""Template helpers for the paywall, the user menu and the article's structured data.

Everything here builds article text from :func:`haowen.accounts.entitlement.preview`,
never from ``article.body``, and keywords from the tags that preview shows, so its output
is safe for every reader.
"""

from __future__ import annotations

import json

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from haowen.accounts import entitlement as ent
from haowen.site_url import absolute_url

register = template.Library()

# What json_script escapes: keeps "</script>" and friends inert inside a <script> block.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def membership_url() -> str:
    """Where 开通会员 leads: ``settings.MEMBERSHIP_URL`` when set, else the membership page."""
    return settings.MEMBERSHIP_URL or reverse("accounts:membership")


@register.simple_tag
def cheapest_plan():
    """``{% cheapest_plan as plan %}``: the cheapest active :class:`MembershipPlan`, or None.

    The members-only paywall panel names it. The panel is rendered inside the article
    page's prerendered fragment and cached anonymous pages, both keyed by the library
    version; a plan change bumps that version (``accounts.services.plans_changed``).
    """
    from haowen.accounts.services import cheapest_plan as find

    return find()


@register.filter
def is_member(user) -> bool:
    """``{% if user|is_member %}``: True for an active membership."""
    return ent.is_member(user)


@register.filter
def public_description(article, max_chars: int = 120) -> str:
    """``{{ article|public_description }}``: the preview's opening (≤ ``max_chars`` characters)."""
    return ent.public_description(article, int(max_chars))


#: Keywords named in ``<meta name="keywords">`` and JSON-LD (as many as the page's tag list).
PUBLIC_KEYWORDS = 10


def _public_keywords(article) -> list[str]:
    """The names of up to PUBLIC_KEYWORDS tags of ``article`` an anonymous reader sees, best
    first: those its preview shows, all of a free article (cached on the object: the meta
    tag and JSON-LD ask once per page)."""
    if not getattr(article, "pk", None):
        return []
    cached = getattr(article, "_public_keywords", None)
    if cached is None:
        cached = article._public_keywords = [at.tag.name for at in ent.visible_tags(article, None)[:PUBLIC_KEYWORDS]]
    return cached


@register.filter
def public_keywords(article) -> str:
    """``{{ article|public_keywords }}``: the tags an anonymous reader sees, comma separated, for ``<meta name="keywords">``.

    The same for every reader (the page may be cached and is read by crawlers): never a
    tag of the gated part, whoever asks.
    """
    return ",".join(_public_keywords(article))


@register.simple_tag
def access_level(article) -> str:
    """``{% access_level article as level %}``: ``free``, ``login`` or ``members``."""
    return ent.access_level(article)


@register.simple_tag(takes_context=True)
def article_jsonld(context, article, canonical_url: str, visible=None) -> str:
    """A ``<script type="application/ld+json">`` block describing ``article`` (schema.org Article).

    The description is cut from the preview. A gated article carries the paywalled-content
    markup (``isAccessibleForFree: false`` and ``hasPart`` naming the gated section's CSS
    class: ``.paywall``, the panel that stands where the withheld text would be, for a
    reader who gets the preview; ``.doc-body`` for an entitled reader), so search engines
    do not take the preview for cloaking. Source: Google Search Central, "Subscription and
    paywalled content" structured data. ``keywords`` are the tags an anonymous reader sees
    (the preview's; all of a free article), for every reader, as ``<meta name="keywords">``.
    """
    site_name = context.get("site_name") or settings.SITE_NAME
    level = ent.access_level(article)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title[:110],
        "description": ent.public_description(article, 160),
        "url": canonical_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url},
        "inLanguage": "zh-CN",
        "publisher": {"@type": "Organization", "name": site_name, "url": absolute_url("/")},
        "isAccessibleForFree": level == "free",
    }
    keywords = _public_keywords(article)
    if keywords:
        data["keywords"] = keywords
    if article.published_on:
        data["datePublished"] = article.published_on.isoformat()
    if getattr(article, "updated_at", None):
        data["dateModified"] = timezone.localtime(article.updated_at).isoformat()
    if level != "free":
        full = visible is not None and visible.is_full
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".doc-body" if full else ".paywall",
        }
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
