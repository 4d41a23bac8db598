"""View counting in Redis for the scale-out deployment (``REDIS_URL`` set).

With many app nodes, a database write per counted view becomes the bottleneck; here
a counted view costs two Redis commands and the database sees one upsert per article
per day per flush:

* de-duplication: ``SET NX EX`` on ``view:seen:<article>:<visitor>`` (through the
  Django cache, which is Redis) — atomic across every process and node;
* counting: ``HINCRBY views:pending:<YYYY-MM-DD> <article> 1``;
* flushing (:func:`flush`, every ``VIEW_FLUSH_SECONDS`` from a thread in each web
  process and from ``manage.py flush_view_counts``): each pending hash is atomically
  ``RENAME``d to ``views:flushing:<day>:<token>``, its counts are added to the per-day
  rollups in one database transaction that also records the token
  (:class:`~haowen.engagement.models.ViewFlush`), and only then is the hash deleted.

What can be lost: nothing when an app process dies (counts live in Redis, and a
renamed hash left behind by a dead flusher is picked up by the next flush; the token
makes re-applying it a no-op). If Redis itself is restarted without persistence, the
views counted since the last flush are lost — at most ``VIEW_FLUSH_SECONDS`` seconds
of views (60 by default). Run Redis with ``appendonly yes`` to lose none.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction

log = logging.getLogger(__name__)

PENDING = "views:pending:"
FLUSHING = "views:flushing:"

_thread: threading.Thread | None = None


def enabled() -> bool:
    """True when view counting runs in Redis (``REDIS_URL`` set and counting not forced to the database)."""
    return bool(settings.REDIS_URL) and settings.VIEW_COUNTER in ("auto", "redis")


def _redis():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _key(name: str) -> str:
    return f"{settings.CACHES['default'].get('KEY_PREFIX', 'haowen')}:{name}"


def record(article_id: int, day: dt.date) -> None:
    """Add one view of ``article_id`` on ``day`` (site-local date) to the pending counters."""
    _redis().hincrby(_key(PENDING + day.isoformat()), str(article_id), 1)


def pending_total() -> int:
    """Views counted in Redis and not yet in the database (pending and mid-flush)."""
    client = _redis()
    total = 0
    for pattern in (PENDING, FLUSHING):
        for key in client.scan_iter(match=_key(pattern) + "*"):
            total += sum(int(v) for v in client.hvals(key))
    return total


def flush() -> int:
    """Move every pending counter into the per-day rollups; return how many views moved.

    Safe to run from several processes at once (``RENAME`` hands each hash to exactly
    one flusher) and to re-run after a crash at any point (the token makes applying a
    hash idempotent).
    """
    from haowen.library.models import Article

    from ..models import ViewFlush
    from .rollups import add_view

    client = _redis()
    for key in list(client.scan_iter(match=_key(PENDING) + "*")):
        day = key.decode().rsplit(":", 1)[-1]
        target = _key(f"{FLUSHING}{day}:{uuid.uuid4().hex}")
        try:
            client.rename(key, target)
        except Exception:  # another flusher took it first
            continue
    moved = 0
    for key in list(client.scan_iter(match=_key(FLUSHING) + "*")):
        name = key.decode()
        token = name.split(FLUSHING, 1)[1]
        day = dt.date.fromisoformat(token.split(":", 1)[0])
        counts = {int(k): int(v) for k, v in client.hgetall(key).items()}
        try:
            with transaction.atomic():
                ViewFlush.objects.create(token=token)
                # Views of articles deleted since they were counted are dropped.
                existing = set(Article.objects.using("default").filter(pk__in=counts).values_list("pk", flat=True))
                for article_id, n in counts.items():
                    if article_id in existing:
                        add_view(article_id, day, n)
        except IntegrityError:
            pass  # applied by an earlier flush that died before deleting the hash
        else:
            moved += sum(counts.values())
        client.delete(key)
    return moved


def _run(interval: float) -> None:
    from django.db import close_old_connections

    while True:
        time.sleep(interval)
        try:
            flush()
        except Exception:
            log.exception("flushing view counters failed; will retry")
        finally:
            close_old_connections()


def start_thread() -> None:
    """Start the flusher thread once per process (web processes, when Redis counting is on)."""
    global _thread
    if _thread is not None or not enabled():
        return
    interval = float(settings.VIEW_FLUSH_SECONDS)
    _thread = threading.Thread(target=_run, args=(interval,), name="haowen-view-flusher", daemon=True)
    _thread.start()
