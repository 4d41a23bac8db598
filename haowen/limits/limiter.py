"""The one rate limiter: named buckets of atomic fixed-window counters.

A *bucket* is ``(scope, ident, rate)``: ``("search-ip", "203.0.113.7", Rate(30, 60))``
allows 30 hits per 60 s to that IP's searches. :func:`consume` hits every bucket of one
request at once and allows the request only when every bucket is within its limit; a
refused request takes its hits back, so it costs no bucket anything. A caller that learns
afterwards that the hit should not count (a login that succeeded) calls
:meth:`Decision.undo`.

Windows start at a bucket's first hit and last ``rate.window`` seconds (not aligned to
the clock, so a burst cannot straddle two windows of a fresh bucket); across two
consecutive windows a client can get at most ``2 × limit`` in a little more than one
window, the usual fixed-window bound. Counters live in :mod:`haowen.limits.store`
(Redis, or the SQLite cache file of the embedded default), so every process and every
machine sharing them sees one count.

Under a concurrent burst a request can be refused because another one's hit was still
reserved in a bucket it later took back: limits err on the side of refusing, never of
letting more through.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass, field

from django.shortcuts import render
from django.utils.translation import gettext as _

from .rates import Rate
from .store import counters


@dataclass(frozen=True)
class Hit:
    """One counted hit: the counter ``key``, its ``rate``, the ``count`` after the hit and
    the window's end ``expires`` (Unix seconds)."""

    key: str
    rate: Rate
    count: int
    expires: float

    @property
    def allowed(self) -> bool:
        return self.count <= self.rate.limit


@dataclass
class Decision:
    """The outcome of :func:`consume`: ``allowed``; when refused, ``retry_after`` is the
    whole number of seconds (≥ 1) until every full bucket has a free slot again."""

    allowed: bool
    retry_after: int = 0
    hits: list[Hit] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.allowed

    def undo(self) -> None:
        """Take back this request's hits (they should not have counted)."""
        store = counters()
        for hit in self.hits:
            store.decr(hit.key, hit.expires)
        self.hits = []


def bucket_key(scope: str, ident: str, rate: Rate) -> str:
    """The counter key of a bucket. The identity is hashed: no IP address, user name or
    e-mail is stored in the counters, and any text (length, characters) gives a sane key."""
    digest = hashlib.sha256(str(ident).encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return f"{scope}:{rate.limit}/{rate.window}:{digest}"


def consume(*buckets: tuple[str, str, Rate | None], now: float | None = None) -> Decision:
    """Hit every ``(scope, ident, rate)`` bucket (a None rate means no limit and is skipped).

    Returns an allowed :class:`Decision` holding the hits, or a refused one (its hits
    already taken back) with ``retry_after``. Raises whatever the counter store raises
    (``sqlite3.Error``, ``redis.RedisError``): a limit that cannot be checked is not
    silently waived.
    """
    now = time.time() if now is None else now
    store = counters()
    hits: list[Hit] = []
    for scope, ident, rate in buckets:
        if rate is None:
            continue
        key = bucket_key(scope, ident, rate)
        count, expires = store.incr(key, rate.window, now)
        hits.append(Hit(key, rate, count, expires))
    refused = [hit for hit in hits if not hit.allowed]
    if not refused:
        return Decision(True, 0, hits)
    for hit in hits:
        store.decr(hit.key, hit.expires)
    wait = max(hit.expires - now for hit in refused)
    return Decision(False, max(1, math.ceil(wait)))


def reset(scope: str, ident: str, rate: Rate | None) -> None:
    """Empty one bucket (after a password reset, the user name's failed-login bucket)."""
    if rate is None:
        return
    counters().delete(bucket_key(scope, ident, rate))


def wait_text(seconds: int) -> str:
    """``seconds`` as the Chinese a reader sees, rounded up: ``30 秒`` or ``5 分钟``
    (sentences put it as ``请 %s后再试``)."""
    if seconds < 90:
        return _("%(n)d 秒") % {"n": max(1, seconds)}
    return _("%(n)d 分钟") % {"n": math.ceil(seconds / 60)}


def too_many_requests(request, decision: Decision, message: str = ""):
    """The site's 429 page (``429.html``, in the site's look) with ``Retry-After``.

    ``message`` says what was limited (Chinese, from gettext); the page adds how long to
    wait. Never cached: it belongs to one client at one moment.
    """
    retry = max(1, int(decision.retry_after or 1))
    response = render(
        request, "429.html", {"message": message, "retry_after": retry, "wait": wait_text(retry)}, status=429
    )
    response["Retry-After"] = str(retry)
    response["Cache-Control"] = "no-store"
    return response
