"""The library version: one number that changes whenever an article leaves or changes in lists.

Every cache that shows *other* articles — 相关内容, the hot lists, the home page's lists, the
anonymous page cache, the article page's prerendered parts — puts :func:`current` in its key.
:func:`bump` increments :class:`~haowen.library.models.LibraryVersion` in the transaction that
withdraws, deletes, re-titles or re-gates an article (``library.services``), re-links
near-duplicate groups (``library.near_duplicates``) or rewrites keyword tags
(``library.tagging``); the next read after the commit gets a new key, so no list or page
shows the old state again. New articles do not bump it: they join the lists when those
expire (``HOT_LIST_CACHE_SECONDS``, the home page's minute), so an import of 100,000
documents does not empty every cache 100,000 times.

Reading is cheap and bounded in staleness, on every node and with any cache backend:

* a process keeps the number it read for :data:`CHECK_SECONDS` (1 s);
* then it asks the shared cache (the embedded default's cache file, or Redis), where the
  number is kept :data:`CACHE_SECONDS` (3 s);
* then the database, which is the truth (the row is committed with the change).

A bump clears both in its own process at once and the shared cache again on commit, so a
change is seen in this process at once and on every other node within
``CHECK_SECONDS + CACHE_SECONDS`` = 4 s (issue 14 asks for 5), even when a process dies between
its commit and the cache update. :func:`observe` lets a caller that read the number straight from the database
(the page cache does, with the article's ``updated_at`` in one query) make the rest of the
request use it.
"""

from __future__ import annotations

import threading
import time

from django.core.cache import cache
from django.db import connections, transaction

#: Seconds a process trusts the number it last read.
CHECK_SECONDS = 1.0
#: Seconds the shared cache keeps the number before it is read from the database again.
CACHE_SECONDS = 3
CACHE_KEY = "library:version"
TABLE = "library_libraryversion"

_lock = threading.Lock()
_memo: tuple[int, float] | None = None  # (number, time.monotonic() when read)


def _read_database() -> int:
    with connections["default"].cursor() as cursor:
        cursor.execute(f"SELECT n FROM {TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def current() -> int:
    """The library version as this process may use it now (at most 5 s behind a commit).

    Costs nothing within :data:`CHECK_SECONDS` of the last read, one shared-cache get after
    that, one primary-key query when the cache has expired. Never raises for cache trouble.
    """
    global _memo
    memo = _memo
    now = time.monotonic()
    if memo is not None and now - memo[1] < CHECK_SECONDS:
        return memo[0]
    try:
        value = cache.get(CACHE_KEY)
    except Exception:  # a cache outage must not break pages: the database answers
        value = None
    if value is None:
        value = _read_database()
        try:
            cache.set(CACHE_KEY, value, CACHE_SECONDS)
        except Exception:
            pass
    observe(int(value), now)
    return int(value)


def observe(value: int, now: float | None = None) -> None:
    """Tell this process that the library version is ``value`` (just read from the database).

    The page cache reads the number with the article's ``updated_at``; lists rendered in the
    same request then use that very number.
    """
    global _memo
    with _lock:
        _memo = (value, time.monotonic() if now is None else now)


def forget() -> None:
    """Drop this process's number and the shared cache's, so the next read asks the database."""
    global _memo
    with _lock:
        _memo = None
    try:
        cache.delete(CACHE_KEY)
    except Exception:
        pass


def bump(using: str = "default") -> None:
    """Increment the version inside the caller's transaction (or its own).

    Call it in the transaction that makes an article leave or change in lists. The row is
    created when missing (a database restored without it).
    """
    with transaction.atomic(using=using):
        with connections[using].cursor() as cursor:
            cursor.execute(f"UPDATE {TABLE} SET n = n + 1 WHERE id = 1")
            if cursor.rowcount == 0:
                cursor.execute(f"INSERT INTO {TABLE} (id, n) VALUES (1, 1)")
        # At once for this process (it reads its own transaction), and again when the change
        # is visible to everyone.
        forget()
        transaction.on_commit(forget, using=using)
