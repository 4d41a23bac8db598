"""Apply the index log to this node's tantivy index.

The database is the source of truth. Each article change appends an
``IndexLogEntry`` in the same transaction; the process holding the index writer reads
entries after its stored position, applies them idempotently and then stores the new
position. A process that dies between commit and storing the position re-applies the
same entries next time, which changes nothing. In the embedded default a daemon
thread in the web process does this (``SEARCH_INDEX_FOLLOWER=thread``); elsewhere
``manage.py follow_index`` does.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections

from haowen.library.models import Article, IndexLogEntry

from .engine import Engine, IndexedDoc, WriterBusy

log = logging.getLogger(__name__)

BATCH = 500

_engine: Engine | None = None
_engine_lock = threading.Lock()
_wake = threading.Event()
_thread: threading.Thread | None = None


def get_engine() -> Engine:
    """The process-wide :class:`Engine` for ``settings.SEARCH_INDEX_DIR``."""
    global _engine
    with _engine_lock:
        if _engine is None or _engine.path != settings.SEARCH_INDEX_DIR:
            _engine = Engine(settings.SEARCH_INDEX_DIR)
        return _engine


def reset_engine() -> None:
    """Forget the process-wide engine (tests point SEARCH_INDEX_DIR elsewhere)."""
    global _engine
    with _engine_lock:
        if _engine is not None:
            _engine.release_writer()
        _engine = None


def indexed_doc(article: Article) -> IndexedDoc:
    """The index's view of ``article``."""
    d = article.published_on
    return IndexedDoc(
        id=article.pk,
        title=article.title,
        body=article.body,
        kind=article.kind,
        year=d.year if d else 0,
        date_ordinal=d.toordinal() if d else 0,
        views=article.view_count,
    )


def apply_pending(engine: Engine | None = None, max_batches: int | None = None) -> int:
    """Apply log entries after the engine's position; return how many were applied.

    Raises :class:`WriterBusy` when another process holds the writer.
    """
    engine = engine or get_engine()
    applied = 0
    batches = 0
    while max_batches is None or batches < max_batches:
        entries = list(
            IndexLogEntry.objects.filter(seq__gt=engine.position).order_by("seq").values("seq", "article_id")[:BATCH]
        )
        if not entries:
            break
        ids = {e["article_id"] for e in entries}
        articles = {a.pk: a for a in Article.objects.filter(pk__in=ids).only(
            "id", "title", "body", "kind", "published_on", "view_count", "is_published"
        )}
        upserts = [indexed_doc(a) for a in articles.values() if a.is_published]
        deletes = [i for i in ids if i not in articles or not articles[i].is_published]
        engine.apply(upserts, deletes, position=entries[-1]["seq"])
        applied += len(entries)
        batches += 1
    return applied


def apply_pending_if_writer() -> int:
    """Like :func:`apply_pending`, but return 0 quietly when another process is the writer."""
    try:
        engine = get_engine()
        count = apply_pending(engine)
        if settings.SEARCH_INDEX_FOLLOWER != "thread" or _thread is None:
            engine.release_writer()
        return count
    except WriterBusy:
        return 0


def lag() -> int:
    """How many log entries this node's index has not applied yet."""
    engine = get_engine()
    return IndexLogEntry.objects.filter(seq__gt=engine.position).count()


def wake() -> None:
    """Ask the follower thread to look at the log now instead of at its next tick."""
    _wake.set()


def _run(interval: float) -> None:
    while True:
        _wake.wait(interval)
        _wake.clear()
        try:
            apply_pending()
        except WriterBusy:
            time.sleep(interval)  # another process is the writer; try again later
        except Exception:  # keep following; the next tick retries the same entries
            log.exception("index follower failed; will retry")
        finally:
            close_old_connections()


def start_thread(interval: float = 2.0) -> None:
    """Start the daemon follower thread once per process."""
    global _thread
    if _thread is not None:
        return
    _thread = threading.Thread(target=_run, args=(interval,), name="haowen-index-follower", daemon=True)
    _thread.start()
    wake()
