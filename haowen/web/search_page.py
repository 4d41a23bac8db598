"""The search page's content (results, filters, pager), and its store for anonymous readers.

Every anonymous reader who searches the same words with the same filters sees the same
content: it depends on the query, the filters, what anonymous readers may read
(:func:`haowen.accounts.entitlement.readable_levels`), the library version (a withdrawn,
re-titled or re-gated article bumps it, :mod:`haowen.library.version`) and the search index's
position (an imported or edited article moves it). The content is rendered once per key and
kept in this process's fragment store (:mod:`haowen.web.fragments`) for
``SEARCH_PAGE_CACHE_SECONDS``; a repeated search (a 热门搜索 link, a page of results opened
again) then costs no search and no template. What it does not key on — comment counts, the
staff's synonyms, the 热门搜索 list under an empty result — may lag by those seconds.

Every search is still counted (rate limits, search analytics), stored or not. Signed-in
readers always get their own page: what they may read differs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from haowen.accounts.entitlement import readable_levels
from haowen.library import version
from haowen.search.follower import get_engine
from haowen.search.services import log_query

from . import fragments

TEMPLATE = "web/_search_content.html"


@dataclass
class Stored:
    """A stored content: its HTML, the query as displayed, and what a search of it logs
    (``log_query`` searched with ``log_total`` results; ``None`` when nothing is logged)."""

    html: SafeString
    q: str
    log_query: str | None
    log_total: int
    genre_words: bool


def key(request, params: dict) -> str | None:
    """The store key of the content ``params`` (every request parameter the page reads)
    give an anonymous reader now, or ``None`` (a signed-in reader; the store is off)."""
    if request.user.is_authenticated or not settings.SEARCH_PAGE_CACHE_SECONDS:
        return None
    raw = json.dumps(
        [sorted(params.items()), version.current(), get_engine().position, get_language(),
         sorted(readable_levels(AnonymousUser()))],
        ensure_ascii=False, default=str,
    )
    return "search-page:" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()


def get(store_key: str | None) -> Stored | None:
    """The stored content under ``store_key``, or ``None``."""
    if store_key is None:
        return None
    raw = fragments.get(store_key)
    if raw is None:
        return None
    meta, html = raw.split("\n", 1)
    data = json.loads(meta)
    return Stored(mark_safe(html), data["q"], data["log_query"], data["log_total"], data["genre_words"])  # noqa: S308 - our own rendering


def render_content(request, context: dict, store_key: str | None, logged: tuple[str, int] | None, genre_words: bool) -> SafeString:
    """Render the content for ``context``; store it under ``store_key`` (when not ``None``)
    with what a repeat logs (``logged``: the query text and result count, or ``None``)."""
    html = render_to_string(TEMPLATE, context, request)
    if store_key is not None:
        meta = json.dumps({"q": context["q"], "log_query": logged[0] if logged else None,
                           "log_total": logged[1] if logged else 0, "genre_words": genre_words}, ensure_ascii=False)
        fragments.put(store_key, meta + "\n" + html, settings.SEARCH_PAGE_CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by the template engine, escaped there


def log_stored(stored: Stored) -> None:
    """Count a repeat of a stored search in the search analytics (anonymous reader)."""
    if stored.log_query is not None:
        log_query(stored.log_query, stored.log_total, anonymous=True, genre_words=stored.genre_words)
