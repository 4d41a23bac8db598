"""Suggestions while typing (issue 15 §3): popular searches and titles that contain what the
reader has typed so far.

Both sources are public already: the popular searches are the 热门搜索 list's own pool
(:func:`haowen.search.analytics.popular_queries`: searched by several anonymous readers, with
results, not hidden by staff; never the raw query log), and titles are shown on every list.
Titles come from the index's title bigrams and are then read from the database through
``Article.objects.canonical()``, so a withdrawn or unpublished article (or a near-duplicate
copy) is never suggested, even while the index lags behind the database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from haowen.library.models import Article
from haowen.text.normalize import fold

from . import analytics
from .follower import get_engine

#: Characters of the typed text looked at (a longer text is cut: no title is that long a match).
MAX_CHARS = 50
MAX_QUERIES = 4
MAX_TITLES = 6


@dataclass
class Suggestions:
    """``queries``: popular searches (folded, as logged); ``titles``: ``(title, url)`` pairs."""

    text: str
    queries: list[str] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict:
        """``{"q": text, "queries": [...], "titles": [{"title": …, "url": …}]}``."""
        return {
            "q": self.text,
            "queries": self.queries,
            "titles": [{"title": t, "url": u} for t, u in self.titles],
        }


def clean_input(raw: str | None) -> str:
    """The typed text as searched: control and format characters dropped, whitespace
    collapsed, folded (:func:`haowen.text.normalize.fold`), at most :data:`MAX_CHARS`
    characters. Never raises; ``""`` when nothing is left."""
    text = "".join(
        ch for ch in (raw or "")[: MAX_CHARS * 4] if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    return " ".join(fold(text).split())[:MAX_CHARS].strip()


def suggest(raw: str | None, max_queries: int = MAX_QUERIES, max_titles: int = MAX_TITLES) -> Suggestions:
    """Popular searches and titles containing the typed text ``raw`` (cleaned by
    :func:`clean_input`): those that start with it first. Never raises on any input."""
    text = clean_input(raw)
    found = Suggestions(text=text)
    if not text:
        return found
    squeezed = "".join(text.split())
    popular = [q for q in analytics.popular_queries() if squeezed in "".join(q.split()) and q != text]
    popular.sort(key=lambda q: not q.startswith(text))  # stable: popularity within each group
    found.queries = popular[:max_queries]
    ids = get_engine().titles_containing(squeezed, limit=max_titles * 3)
    if not ids:
        return found
    articles = Article.objects.canonical().only("id", "title").in_bulk(ids)
    seen: set[str] = set()
    titles = []
    for article_id in ids:
        article = articles.get(article_id)
        if article is None or article.title in seen:
            continue
        seen.add(article.title)
        titles.append(article)
    titles.sort(key=lambda a: not "".join(fold(a.title).split()).startswith(squeezed))
    found.titles = [(a.title, a.get_absolute_url()) for a in titles[:max_titles]]
    return found
