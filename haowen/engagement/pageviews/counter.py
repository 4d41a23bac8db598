"""De-duplicated view counting for the article page.

Rules (issue 4, "Views and hot lists"):

* A view is counted once per visitor per article per ``settings.VIEW_DEDUP_SECONDS``
  (30 minutes by default). The visitor is the logged-in user, else the session, else
  a hash of IP address + user agent (cookieless clients). Only SHA-256 digests of those
  are stored (:class:`~haowen.engagement.models.ViewMark`).
* Known crawlers and bots (the ``crawlerdetect`` library's maintained patterns, plus
  an empty user agent), staff users, and non-GET requests are never counted.
* A counted view adds 1 to the article's row for today in the site's time zone
  (:class:`~haowen.engagement.models.ArticleViewDay`) with an ``INSERT … ON CONFLICT
  DO UPDATE`` upsert, and 1 to ``Article.view_count`` with an ``F()`` update, in one
  transaction: no read-modify-write, so concurrent requests lose nothing. The total
  shown is therefore ``imported_views`` + the sum of the rollups
  (``manage.py rebuild_view_counts`` recomputes it from the rollups).

The fast path for a repeat view is a cache ``add`` (no database access at all); the
database mark is the cross-process truth behind it, so several worker processes with
per-process caches still count a visitor once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, OperationalError, connection, transaction
from django.utils import timezone

from haowen.library.models import Article
from haowen.limits import client_ip

from ..models import ViewMark
from . import redis_counter
from .rollups import add_view

log = logging.getLogger(__name__)

#: Seconds between prunes of expired view marks in one process.
PRUNE_INTERVAL = 60.0
#: Attempts when SQLite still reports "database is locked" after its busy timeout.
LOCK_RETRIES = 3

_prune_lock = threading.Lock()
_last_prune = 0.0


@functools.lru_cache(maxsize=1)
def _detector():
    from crawlerdetect import CrawlerDetect

    return CrawlerDetect()


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent: str) -> bool:
    """True for an empty user agent or one ``crawlerdetect`` recognises as a crawler.

    ``user_agent`` is the raw ``User-Agent`` header value. Results are memoised per
    process (the pattern match costs ~0.1 ms; user agents repeat).
    """
    ua = (user_agent or "").strip()
    if not ua:
        return True
    return bool(_detector().isCrawler(ua[:1000]))


def visitor_key(request) -> str:
    """A stable SHA-256 hex digest naming the visitor of ``request``.

    Logged-in user → ``u:<id>``; a request with a session → ``s:<session key>``;
    otherwise ``c:<IP>|<User-Agent>`` (cookieless clients and first visits). Salted with
    ``SECRET_KEY`` so stored digests cannot be reversed to IP addresses.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        raw = f"u:{user.pk}"
    else:
        session = getattr(request, "session", None)
        key = session.session_key if session is not None else None
        if key:
            raw = f"s:{key}"
        else:
            raw = f"c:{client_ip(request)}|{request.META.get('HTTP_USER_AGENT', '')[:500]}"
    return hashlib.sha256(f"{settings.SECRET_KEY}|view|{raw}".encode("utf-8")).hexdigest()


def should_count(request) -> bool:
    """False for non-GET requests, staff users, bots, or when ``settings.VIEW_COUNTING`` is off."""
    if not settings.VIEW_COUNTING:
        return False
    if request.method != "GET":
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff:
        return False
    return not is_bot(request.META.get("HTTP_USER_AGENT", ""))


def _window() -> int:
    return int(settings.VIEW_DEDUP_SECONDS)


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _mark(visitor: str, article_id: int, now: dt.datetime) -> bool:
    """Upsert the visitor's mark; True when this view is to be counted.

    The row is inserted, or updated only when the previous counted view is older
    than the window: the statement changes one row exactly when the view counts.
    Works on SQLite ≥ 3.24 and PostgreSQL (both support ``ON CONFLICT … DO UPDATE
    … WHERE`` and ``excluded``).
    """
    table = _q(ViewMark._meta.db_table)
    ops = connection.ops
    cutoff = now - dt.timedelta(seconds=_window())
    sql = (
        f"INSERT INTO {table} ({_q('visitor')}, {_q('article_id')}, {_q('seen_at')}) VALUES (%s, %s, %s) "
        f"ON CONFLICT ({_q('visitor')}, {_q('article_id')}) DO UPDATE SET {_q('seen_at')} = excluded.{_q('seen_at')} "
        f"WHERE {table}.{_q('seen_at')} <= %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [visitor, article_id, ops.adapt_datetimefield_value(now), ops.adapt_datetimefield_value(cutoff)],
        )
        return cursor.rowcount == 1


def record_view(visitor: str, article_id: int, now: dt.datetime | None = None) -> bool:
    """Count a view of ``article_id`` by ``visitor`` (a digest from :func:`visitor_key`).

    Returns True when the view was counted, False when the visitor was counted within
    the window. ``now`` (aware datetime) defaults to ``timezone.now()``; the day is
    ``now`` in ``settings.TIME_ZONE``. Retries up to ``LOCK_RETRIES`` times when
    SQLite reports "database is locked"; other database errors propagate.
    """
    now = now or timezone.now()
    window = _window()
    stamp = now.timestamp()
    # Fastest path: this process counted (or learnt of) this visitor's view within the
    # window, so it is a repeat whatever the shared cache says. No cache write per reload.
    seen_here = _seen_here(visitor, article_id)
    if seen_here is not None and 0 <= stamp - seen_here < window:
        return False
    cache_key = f"engagement:seen:{article_id}:{visitor}"
    if redis_counter.enabled():
        # Redis is shared by every process: its SET NX is the whole de-duplication,
        # and the count goes to a Redis hash flushed into the rollups (see .redis_counter).
        if not cache.add(cache_key, stamp, timeout=window):
            _remember(visitor, article_id, stamp)  # counted within the window, at most this late
            return False
        redis_counter.record(article_id, timezone.localdate(now))
        _remember(visitor, article_id, stamp)
        return True
    # The fast path: a repeat view seen by this cache costs no database access. The
    # cached value is when the visitor was last counted, so the window is exact.
    if not cache.add(cache_key, stamp, timeout=window):
        seen = cache.get(cache_key)
        if seen is not None and 0 <= stamp - seen < window:
            _remember(visitor, article_id, seen)
            return False
        cache.set(cache_key, stamp, timeout=window)
    day = timezone.localdate(now)
    for attempt in range(LOCK_RETRIES):
        try:
            with transaction.atomic():
                counted = _mark(visitor, article_id, now)
                if counted:
                    add_view(article_id, day)
            break
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == LOCK_RETRIES - 1:
                cache.delete(cache_key)
                raise
            time.sleep(0.05 * (attempt + 1))
    if not counted:
        # Another process counted this visitor: remember *when*, so the next view
        # after that moment plus the window counts again.
        seen_at = ViewMark.objects.using("default").filter(visitor=visitor, article_id=article_id).values_list("seen_at", flat=True).first()
        if seen_at is not None:
            remaining = window - (stamp - seen_at.timestamp())
            if remaining > 0:
                cache.set(cache_key, seen_at.timestamp(), timeout=int(remaining) + 1)
                _remember(visitor, article_id, seen_at.timestamp())
        return False
    _remember(visitor, article_id, stamp)
    _maybe_prune(now)
    return True


#: Views this process knows were counted: ``(visitor, article id) → when``, the oldest
#: dropped past this many entries.
SEEN_HERE_ENTRIES = 20000
_seen_lock = threading.Lock()
_seen: dict[tuple[str, int], float] = {}


def _seen_here(visitor: str, article_id: int) -> float | None:
    return _seen.get((visitor, article_id))


def _remember(visitor: str, article_id: int, counted_at: float) -> None:
    with _seen_lock:
        _seen.pop((visitor, article_id), None)
        _seen[(visitor, article_id)] = counted_at
        while len(_seen) > SEEN_HERE_ENTRIES:
            del _seen[next(iter(_seen))]


def forget_seen_here() -> None:
    """Forget what this process remembers of counted views (tests: each starts afresh)."""
    with _seen_lock:
        _seen.clear()


def _maybe_prune(now: dt.datetime) -> None:
    """Delete marks older than the window, at most once per ``PRUNE_INTERVAL`` per process."""
    global _last_prune
    mono = time.monotonic()
    if mono - _last_prune < PRUNE_INTERVAL or not _prune_lock.acquire(blocking=False):
        return
    try:
        _last_prune = mono
        prune_marks(now)
    except DatabaseError:
        log.warning("could not prune view marks", exc_info=True)
    finally:
        _prune_lock.release()


def prune_marks(now: dt.datetime | None = None) -> int:
    """Delete view marks older than the de-duplication window; return how many."""
    now = now or timezone.now()
    deleted, _ = ViewMark.objects.using("default").filter(seen_at__lte=now - dt.timedelta(seconds=_window())).delete()
    return deleted


def count_view(request, article: Article) -> bool:
    """Count ``request``'s view of ``article`` under the module's rules.

    Called by the article page (``haowen.web.views.article``). On a counted view
    ``article.view_count`` is incremented in memory too, so the page shows it. Never
    raises: a database failure is logged and the page is served uncounted (a lost view
    is better than a failed page). Returns True when counted.
    """
    if not should_count(request):
        return False
    try:
        counted = record_view(visitor_key(request), article.pk)
    except DatabaseError:
        log.exception("could not count a view of article %s", article.pk)
        return False
    if counted:
        article.view_count += 1
    return counted
