"""Search analytics without personal data, 热门搜索, and "did you mean" (issue 15 §3).

* :func:`log_search` counts a search of a query on a day (:class:`~.models.QueryDay`): the
  folded query, the day, the count and the result count; never who searched or from where.
* :func:`hot_queries` is the public 热门搜索 list: queries anonymous readers searched at least
  ``SEARCH_HOT_MIN_COUNT`` times in the last 7 days and that had results for them, minus
  those staff hid (:class:`~.models.HiddenQuery`).
* :func:`did_you_mean` proposes, for a query without results, the query with a word replaced
  by a word of the library's titles (public text) one character away (营商环镜 → 营商环境),
  and only when that query has results for the same reader.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone

from haowen.library import version
from haowen.library.models import Article
from haowen.text.normalize import fold
from haowen.text.query import Clause, ParsedQuery
from haowen.text.segment import index_terms

from .models import HiddenQuery, QueryDay

HOT_DAYS = 7
HOT_SIZE = 10
HOT_CACHE_SECONDS = 600
#: Qualifying queries kept for suggestions while typing (the 热门搜索 list shows ``HOT_SIZE``).
POPULAR_SIZE = 500
HOT_CACHE_KEY = "search:hot:v2"
#: Titles read for the did-you-mean vocabulary at most (the most viewed first), and words kept.
VOCABULARY_TITLES = 20_000
VOCABULARY_WORDS = 50_000


def normalise(parsed: ParsedQuery) -> str:
    """The query as logged: the echoed input folded, spaces collapsed, ≤ 100 characters."""
    return " ".join(fold(parsed.display).split())[:100]


def log_search(parsed: ParsedQuery, total: int, *, anonymous: bool) -> None:
    """Count one search of ``parsed`` today with ``total`` results (0 for partial matches).

    ``anonymous`` says whether the reader was signed out (counted apart for 热门搜索). An
    empty query is not logged. Counts gather in this process and reach the database at most
    ``SEARCH_LOG_FLUSH_SECONDS`` later (:func:`flush`; 0 writes at once): one write per
    query and interval instead of a write on every search page, which cost a search as much
    as the search itself. A process that dies loses its last seconds of counts; analytics
    never break a search.
    """
    query = normalise(parsed)
    if not query or parsed.is_empty:
        return
    key = (timezone.localdate(), query)
    with _pending_lock:
        row = _pending.setdefault(key, [0, 0, 0, 0])
        row[0] += 1
        row[1] = total
        if anonymous:
            row[2] += 1
            row[3] = total
        due = (
            time.monotonic() - _last_flush[0] >= settings.SEARCH_LOG_FLUSH_SECONDS
            or len(_pending) >= PENDING_MAX
        )
    if due:
        flush()


#: Distinct (day, query) counts a process holds before it writes them whatever the time.
PENDING_MAX = 500
_pending: dict[tuple[dt.date, str], list[int]] = {}
_pending_lock = threading.Lock()
_last_flush = [time.monotonic()]


def flush() -> int:
    """Write the counts :func:`log_search` gathered in this process; returns the number of
    (day, query) rows written. Counts whose write fails (a locked database) are dropped."""
    with _pending_lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush[0] = time.monotonic()
    for (day, query), (count, total, anonymous, anonymous_total) in batch.items():
        _write(day, query, count, total, anonymous, anonymous_total)
    return len(batch)


def _write(day: dt.date, query: str, count: int, total: int, anonymous: int, anonymous_total: int) -> None:
    """Add ``count`` searches (``anonymous`` of them signed out) of ``query`` on ``day``."""
    changes = {"count": F("count") + count, "results": total}
    if anonymous:
        changes |= {"anonymous_count": F("anonymous_count") + anonymous, "anonymous_results": anonymous_total}
    try:
        with transaction.atomic():
            if QueryDay.objects.filter(day=day, query=query).update(**changes):
                return
            try:
                with transaction.atomic():
                    QueryDay.objects.create(
                        day=day, query=query, count=count, results=total,
                        anonymous_count=anonymous, anonymous_results=anonymous_total if anonymous else 0,
                    )
            except IntegrityError:  # another worker created it just now
                QueryDay.objects.filter(day=day, query=query).update(**changes)
    except DatabaseError:
        pass


def _flush_at_exit() -> None:
    try:
        flush()
    except Exception:  # noqa: BLE001 - the interpreter is going away; nothing to report to
        pass


atexit.register(_flush_at_exit)


def popular_queries() -> list[str]:
    """Up to ``POPULAR_SIZE`` queries that qualify for 热门搜索 (see the module docstring), the
    most searched first, cached ``HOT_CACHE_SECONDS``: the 热门搜索 list is its head, and
    suggestions while typing (:mod:`.suggest`) pick from it, so they show nothing the rules
    of that public list would not."""

    def compute() -> list[str]:
        since = timezone.localdate() - dt.timedelta(days=HOT_DAYS - 1)
        hidden = set(HiddenQuery.objects.values_list("query", flat=True))
        rows = (
            QueryDay.objects.filter(day__gte=since, anonymous_count__gt=0)
            .values("query")
            .annotate(n=Sum("anonymous_count"), best=Max("anonymous_results"))
            .filter(n__gte=settings.SEARCH_HOT_MIN_COUNT, best__gt=0)
            .order_by("-n", "query")
        )
        return [r["query"] for r in rows[: POPULAR_SIZE + len(hidden)] if r["query"] not in hidden][:POPULAR_SIZE]

    return cache.get_or_set(HOT_CACHE_KEY, compute, HOT_CACHE_SECONDS)


def hot_queries() -> list[str]:
    """The public 热门搜索 list: the ``HOT_SIZE`` most searched of :func:`popular_queries`."""
    return popular_queries()[:HOT_SIZE]


def drop_hot_cache() -> None:
    cache.delete(HOT_CACHE_KEY)


# --- did you mean ---------------------------------------------------------------------

_vocab_lock = threading.Lock()
_vocab: dict = {"version": None, "words": {}, "near": {}}


def _vocabulary() -> tuple[dict[str, int], dict[str, str]]:
    """Title words → count, and ``word with one character blanked`` → the most frequent word.

    Built from the titles of published articles (public text), at most
    :data:`VOCABULARY_TITLES` of them, once per library version per process. A token in the
    site cache is part of the key, so clearing the cache (tests, a restored database) makes
    every process build it again.
    """
    token = cache.get("search:vocab:token")
    if token is None:
        token = os.urandom(8).hex()
        cache.add("search:vocab:token", token, None)
        token = cache.get("search:vocab:token") or token
    lv = (version.current(), token)
    with _vocab_lock:
        if _vocab["version"] == lv:
            return _vocab["words"], _vocab["near"]
    counts: dict[str, int] = {}
    titles = Article.objects.published().order_by("-view_count", "-id").values_list("title", flat=True)
    for title in titles[:VOCABULARY_TITLES].iterator():
        for term in set(index_terms(fold(title))):
            if 2 <= len(term) <= 8 and not term.isascii():
                counts[term] = counts.get(term, 0) + 1
    words = dict(sorted(counts.items(), key=lambda kv: -kv[1])[:VOCABULARY_WORDS])
    near: dict[str, str] = {}
    for word, n in words.items():
        for i in range(len(word)):
            key = word[:i] + "\0" + word[i + 1 :]
            if key not in near or words[near[key]] < n:
                near[key] = word
    with _vocab_lock:
        _vocab.update(version=lv, words=words, near=near)
    return words, near


def _correct(word: str, words: dict[str, int], near: dict[str, str]) -> str | None:
    """A title word one character away from ``word`` (same length), or None."""
    best = None
    for i in range(len(word)):
        found = near.get(word[:i] + "\0" + word[i + 1 :])
        if found and found != word and (best is None or words[found] > words[best]):
            best = found
    return best


def _fix_clause(clause: Clause, words: dict[str, int], near: dict[str, str]) -> str | None:
    """The clause's text with one misspelt word corrected, or None when nothing is fixed.

    Clauses of one or two characters are never corrected: they match as substrings, and a
    pair of characters is too short to tell a typo from a probe (tests/test_leaks.py probes
    the gated part pair by pair, and a probe must say only whether it matched).
    """
    if clause.text in words or len(clause.text) < 3:
        return None
    fixed = _correct(clause.text, words, near)
    if fixed:
        return fixed
    for term in sorted(clause.terms, key=len, reverse=True):
        if len(term) >= 2 and term not in words and term in clause.text:
            fixed = _correct(term, words, near)
            if fixed:
                return clause.text.replace(term, fixed, 1)
    return None


def did_you_mean(parsed: ParsedQuery, has_results) -> str | None:
    """A corrected query for ``parsed`` (which had no results), or None.

    ``has_results(query: str) -> bool`` runs the corrected query as the same reader would
    (the caller's search with its ``readable``), so a suggestion never shows more than that
    reader's own search of it would. Quoted and excluded clauses are kept as typed.
    """
    if parsed.is_empty:
        return None
    words, near = _vocabulary()
    parts, changed = [], False
    for clause in parsed.clauses:
        text = None if clause.exact or clause.negated else _fix_clause(clause, words, near)
        changed = changed or bool(text)
        text = text or clause.text
        parts.append(("-" if clause.negated else "") + (f'"{text}"' if clause.exact else text))
    if not changed:
        return None
    suggestion = " ".join(parts)
    return suggestion if has_results(suggestion) else None
