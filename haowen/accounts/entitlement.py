"""The one entitlement function: what of an article a reader may see.

Every channel (article page, search snippets, API, feeds, sitemap, structured data,
Word export) asks :func:`entitlement`. Placeholder until the accounts issue lands:
everyone sees everything.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Visible:
    """What a reader may see: ``paragraphs`` (all or the preview), ``is_full``,
    ``remaining_chars`` (characters withheld, 0 when full) and ``reason``
    (``""``, ``"login"`` or ``"members"``: what would unlock the rest)."""

    paragraphs: list[str]
    is_full: bool
    remaining_chars: int = 0
    reason: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def entitlement(article, user) -> Visible:
    """Return what ``user`` (possibly anonymous) may see of ``article``."""
    return Visible(paragraphs=article.paragraphs, is_full=True)


def visible_text(user):
    """A ``visible_text`` callable for :func:`haowen.search.services.search_articles`."""

    def _visible(article):
        v = entitlement(article, user)
        return v.text, v.is_full

    return _visible
