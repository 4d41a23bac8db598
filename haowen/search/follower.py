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
from collections.abc import Mapping
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from haowen.library.models import AccessLevel, Article, IndexLogEntry
from haowen.library.preview import preview_paragraphs, preview_settings

from .engine import OPEN_LEVEL, Engine, IndexedDoc, WriterBusy

log = logging.getLogger(__name__)

BATCH = 500
#: The Article fields :func:`indexed_doc` reads (load them with ``.only(*INDEX_FIELDS)``).
INDEX_FIELDS = ("id", "title", "body", "genre", "subgenre", "published_on", "view_count", "access_level")


class PreparedTerms(NamedTuple):
    """Words an importer segmented already for one article, valid for this title and hash."""

    title: str
    content_hash: str
    title_terms: str
    body_terms: str

_engine: Engine | None = None
_engine_lock = threading.Lock()
_wake = threading.Event()
_thread: threading.Thread | None = None


def derived_from() -> dict:
    """The settings indexed documents are derived from besides the schema: the preview's.

    An index built under other values is emptied when a process with these values takes
    its writer, and rebuilt from the index log (see :class:`Engine`), so changing
    ``PREVIEW_PERCENT`` or ``PREVIEW_MAX_CHARS`` re-indexes every node on its next start.
    """
    percent, max_chars = preview_settings()
    return {"preview_percent": percent, "preview_max_chars": max_chars}


def get_engine() -> Engine:
    """The process-wide :class:`Engine` for ``settings.SEARCH_INDEX_DIR``."""
    global _engine
    with _engine_lock:
        derived = derived_from()
        if _engine is None or _engine.path != settings.SEARCH_INDEX_DIR or _engine.derived != derived:
            if _engine is not None:
                _engine.release_writer()
            _engine = Engine(settings.SEARCH_INDEX_DIR, derived=derived)
        return _engine


def reset_engine() -> None:
    """Forget the process-wide engine (tests point SEARCH_INDEX_DIR elsewhere)."""
    global _engine
    with _engine_lock:
        if _engine is not None:
            _engine.release_writer()
        _engine = None


def index_level(access_level: str) -> str:
    """``Article.access_level`` as the index stores it: one of :data:`~.engine.ACCESS_LEVELS`.

    The site default ``""`` is ``default`` (resolved per query by
    :func:`haowen.accounts.entitlement.readable_levels`); an unknown value is ``login``,
    as :func:`haowen.accounts.entitlement.access_level` resolves it.
    """
    if not access_level:
        return "default"
    return access_level if access_level in AccessLevel.values else "login"


def indexed_doc(article: Article, terms: tuple[str, str] | None = None) -> IndexedDoc:
    """The index's view of ``article`` (``terms``: see :class:`IndexedDoc`), with its
    preview as :func:`haowen.accounts.entitlement.preview` cuts it (none for free articles)."""
    d = article.published_on
    level = index_level(article.access_level)
    preview = "" if level == OPEN_LEVEL else "\n".join(preview_paragraphs(article.paragraphs))
    return IndexedDoc(
        id=article.pk,
        title=article.title,
        body=article.body,
        genre=article.genre,
        subgenre=article.subgenre,
        year=d.year if d else 0,
        date_ordinal=d.toordinal() if d else 0,
        views=article.view_count,
        terms=terms,
        access=level,
        preview=preview,
    )


def apply_pending(
    engine: Engine | None = None,
    max_batches: int | None = None,
    terms: Mapping[int, PreparedTerms] | None = None,
    until: int | None = None,
    commit: bool = True,
) -> int:
    """Apply log entries after the engine's position; return how many were applied.

    ``terms`` maps article ids to words segmented already (the importer's, see
    :class:`PreparedTerms`); an entry is used only while the article still has that
    title and content hash, so a later edit is never indexed with stale words.
    ``until`` stops after the entry with that ``seq`` (later entries wait for the next
    call). Everything applied is committed once at the end; with ``commit=False`` it
    waits in the writer for a later call or :meth:`Engine.commit` (an import commits
    every few thousand documents, not every batch). Raises :class:`WriterBusy` when
    another process holds the writer.
    """
    engine = engine or get_engine()
    if engine.outdated():
        # The writer first: taking it empties an index built under other preview settings
        # and sets its position to 0, which the reads of the position below must see.
        engine.writer()
    applied = 0
    batches = 0
    late, rescanned = _late_entries(engine)
    if late or rescanned:
        _apply_entries(engine, late + rescanned, terms, position=None)
        applied += len(late)  # re-applying the recent window after a restart is not news
    while max_batches is None or batches < max_batches:
        pending = IndexLogEntry.objects.filter(seq__gt=engine.applied_position)
        if until is not None:
            pending = pending.filter(seq__lte=until)
        entries = list(pending.order_by("seq").values("seq", "article_id")[:BATCH])
        if not entries:
            break
        _note_gaps(engine, entries)
        _apply_entries(engine, entries, terms, position=entries[-1]["seq"])
        applied += len(entries)
        batches += 1
    if commit:
        engine.commit()
    return applied


#: How long (seconds) a gap in the log's sequence numbers is watched for a late commit.
GAP_SECONDS = 120.0
#: Gaps wider than this (a pruned log, a sequence jump) are not watched.
MAX_GAP = 1000


def _note_gaps(engine: Engine, entries: list[dict]) -> None:
    """Remember the sequence numbers missing before and between ``entries``.

    On PostgreSQL two transactions can take ``seq`` 7 and 8 and commit 8 first: the
    follower then moves past 7 before it exists. A rolled-back transaction leaves a
    gap for good. Either way the missing numbers are looked up again for GAP_SECONDS
    (:func:`_late_entries`), so a late commit is still applied. (SQLite commits one
    writer at a time, in order: only rollbacks leave gaps there.)
    """
    now = time.monotonic()
    previous = engine.applied_position
    for entry in entries:
        seq = entry["seq"]
        # A new index (position 0) has nothing to wait for before the first entry it sees.
        if previous and 1 < seq - previous <= MAX_GAP:
            for missing in range(previous + 1, seq):
                engine.log_gaps.setdefault(missing, now)
        previous = seq


def _late_entries(engine: Engine) -> tuple[list[dict], list[dict]]:
    """``(late, rescanned)`` entries behind the engine's position, in ``seq`` order.

    ``late``: watched gaps that have committed since (gaps older than GAP_SECONDS are
    dropped). ``rescanned``: once per engine object — after a restart nobody remembers
    the gaps — every other entry of the last GAP_SECONDS at or below the position
    (re-applying is idempotent).
    """
    now = time.monotonic()
    for seq, seen in list(engine.log_gaps.items()):
        if now - seen > GAP_SECONDS:
            del engine.log_gaps[seq]
    late: list[dict] = []
    if engine.log_gaps:
        late = list(
            IndexLogEntry.objects.filter(seq__in=list(engine.log_gaps)).order_by("seq").values("seq", "article_id")
        )
        for entry in late:
            engine.log_gaps.pop(entry["seq"], None)
    rescanned: list[dict] = []
    if not engine.recent_rescanned:
        engine.recent_rescanned = True
        cutoff = timezone.now() - timedelta(seconds=GAP_SECONDS)
        recent = IndexLogEntry.objects.filter(seq__lte=engine.applied_position, created_at__gte=cutoff)
        seen = {e["seq"] for e in late}
        rescanned = [e for e in recent.order_by("seq").values("seq", "article_id") if e["seq"] not in seen]
    return late, rescanned


def _apply_entries(
    engine: Engine, entries: list[dict], terms: Mapping[int, PreparedTerms] | None, position: int | None
) -> None:
    ids = {e["article_id"] for e in entries}
    articles = {
        a.pk: a
        for a in Article.objects.filter(pk__in=ids).only(*INDEX_FIELDS, "is_published", "content_hash")
    }
    upserts = [indexed_doc(a, _terms_for(a, terms)) for a in articles.values() if a.is_published]
    deletes = [i for i in ids if i not in articles or not articles[i].is_published]
    engine.apply(upserts, deletes, position=position, commit=False)


def _terms_for(article: Article, terms: Mapping[int, PreparedTerms] | None) -> tuple[str, str] | None:
    prepared = terms.get(article.pk) if terms else None
    if prepared is None or prepared.title != article.title or prepared.content_hash != article.content_hash:
        return None
    return prepared.title_terms, prepared.body_terms


def apply_pending_if_writer(
    terms: Mapping[int, PreparedTerms] | None = None,
    keep_writer: bool = False,
    until: int | None = None,
    commit: bool = True,
) -> int:
    """Like :func:`apply_pending`, but return 0 quietly when another process is the writer.

    The writer is released afterwards (waiting for tantivy's merges) unless this
    process's follower thread owns it or ``keep_writer`` is set (an import applies the
    log batch after batch and releases it at the end).
    """
    try:
        engine = get_engine()
        count = apply_pending(engine, terms=terms, until=until, commit=commit or not keep_writer)
        if not keep_writer and (settings.SEARCH_INDEX_FOLLOWER != "thread" or _thread is None):
            engine.release_writer()
        return count
    except WriterBusy:
        return 0


def last_seq() -> int:
    """The ``seq`` of the newest index-log entry (0 when the log is empty)."""
    return IndexLogEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


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
