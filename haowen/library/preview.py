"""The preview settings, and which keyword tags of an article its preview shows.

A reader who may not read an article in full gets its preview: the cut of
:func:`haowen.text.preview.cut_preview` with ``settings.PREVIEW_PERCENT`` and
``settings.PREVIEW_MAX_CHARS``. :func:`preview_paragraphs` is that cut, and
:func:`haowen.accounts.entitlement.preview` asks it, so the library (which stores which
tags the preview shows, ``ArticleTag.shown_in_preview``) and every channel agree on one
preview.

Each stored flag carries :func:`preview_key`, the settings it was computed under. Readers
are shown a tag through the flag only when the key is the current one, so after a change
of PREVIEW_PERCENT or PREVIEW_MAX_CHARS stale flags hide tags (fail closed) until
``manage.py extract_tags --visibility`` recomputes them; never does a smaller preview
show a tag that the larger one did.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q

from haowen.text.preview import cut_preview, tags_shown_by_preview

__all__ = ["preview_settings", "preview_key", "preview_paragraphs", "tag_visibility", "shown_filter"]


def preview_settings() -> tuple[int, int]:
    """``(PREVIEW_PERCENT, PREVIEW_MAX_CHARS)`` as configured (defaults 30 and 1,200)."""
    return int(settings.PREVIEW_PERCENT), int(settings.PREVIEW_MAX_CHARS)


def preview_key() -> str:
    """The preview settings as a short string (``"30:1200"``), stored with each tag's flag."""
    percent, max_chars = preview_settings()
    return f"{percent}:{max_chars}"


def preview_paragraphs(paragraphs: list[str]) -> list[str]:
    """The preview of a body's non-empty ``paragraphs`` under the current settings."""
    percent, max_chars = preview_settings()
    return cut_preview(paragraphs, percent=percent, max_chars=max_chars)


def tag_visibility(title: str, body: str, names: list[str]) -> list[bool]:
    """For each tag name of ``names``: is it shown by the preview of the article ``title``/``body``?

    ``body`` is ``Article.body`` (paragraphs separated by ``\\n``). The rule is
    :func:`haowen.text.preview.tags_shown_by_preview`'s: a name from the title or preview,
    or a label that is no word of the body. Returns one bool per name, in order.
    """
    paragraphs = [p for p in (body or "").split("\n") if p.strip()]
    return tags_shown_by_preview(names, title or "", paragraphs, preview_paragraphs(paragraphs))


def shown_filter(prefix: str = "") -> Q:
    """A filter over ArticleTag (fields prefixed by ``prefix``, e.g. ``"article_tags__"``)
    keeping the tags the preview shows under the current settings."""
    return Q(**{f"{prefix}shown_in_preview": True, f"{prefix}preview_key": preview_key()})
