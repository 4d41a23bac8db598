"""Feed the index during a bulk write (an import), through the index log like every other change.

The index has one way in: :func:`haowen.search.follower.apply_pending` applies the index
log (every article change appends to it in the same transaction, see
``library.services.log_change``). The follower thread of a web process and
``manage.py follow_index`` call it on their own; a bulk writer calls it through an
:class:`IndexFeed`, which adds only what a bulk write can offer: the words its workers
segmented already (:class:`~haowen.search.follower.PreparedTerms`, used only while the
article still has that title and text), a background thread so tantivy indexes one batch
while the next is saved, and fewer commits. Nothing outside this app writes to the
index; ``import_documents`` hands its batches to an :class:`IndexFeed`.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import close_old_connections

from haowen.library.services import DraftAnalysis

from . import follower

log = logging.getLogger(__name__)

__all__ = ["COMMIT_EVERY_DOCUMENTS", "COMMIT_EVERY_SECONDS", "FeedResult", "IndexFeed", "prepared_terms"]

#: During a bulk write the index commits after this many documents or seconds, whichever
#: comes first: fewer commits make fewer segments for tantivy to merge.
COMMIT_EVERY_DOCUMENTS = 10_000
COMMIT_EVERY_SECONDS = 30.0


def prepared_terms(analyses: Mapping[int, DraftAnalysis]) -> dict[int, follower.PreparedTerms]:
    """``{article id: PreparedTerms}`` for ``{article id: DraftAnalysis}`` of saved articles.

    The analysis holds the title and content hash the article was saved with, so
    :func:`~haowen.search.follower.apply_pending` uses the words only for that version.
    """
    return {
        pk: follower.PreparedTerms(a.title, a.content_hash, a.title_terms, a.body_terms) for pk, a in analyses.items()
    }


@dataclass(frozen=True)
class FeedResult:
    """What :meth:`IndexFeed.finish` did: ``applied`` index-log entries (0 when another
    process holds the index writer: it applies them), and the ``error`` that stopped the
    feed, if any (the log entries wait for the next follower)."""

    applied: int
    error: Exception | None = None


class IndexFeed:
    """Applies the index log while a bulk write runs, with the words it segmented.

    Call :meth:`add` after each batch of articles is committed, then :meth:`finish` once
    (also when the write fails: what was saved becomes searchable). Each batch goes to one
    background thread that applies the log up to the newest entry at the time of
    :meth:`add` if this process can take the index writer, so tantivy indexes a batch
    while the next one is saved (tantivy releases the GIL). It commits every
    COMMIT_EVERY_DOCUMENTS documents or COMMIT_EVERY_SECONDS seconds and at the end. At
    most two batches wait; :meth:`add` blocks rather than piling them up. When a server
    owns the writer it applies the log itself (and segments the text again), so a busy
    writer is not an error; nor is a failure here (the write succeeded; the log is
    applied later): :meth:`finish` reports it.
    """

    def __init__(self) -> None:
        self.applied = 0
        self.error: Exception | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._thread: threading.Thread | None = None

    def add(self, analyses: Mapping[int, DraftAnalysis]) -> None:
        """Index ``{article id: DraftAnalysis}`` of articles saved (committed) since the last call."""
        terms = prepared_terms(analyses)
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="haowen-index-feed", daemon=True)
            self._thread.start()
        self._queue.put((terms, follower.last_seq()))

    def finish(self) -> FeedResult:
        """Wait for the batches, apply whatever is left of the log, release the index writer.

        Never raises for a failure to index: it comes back in :attr:`FeedResult.error`
        (and is logged).
        """
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self.error is None:
            self._apply(None, None, keep_writer=False)
        if self.error is not None:
            log.warning("could not update the search index during the bulk write: %s", self.error)
        return FeedResult(self.applied, self.error)

    def _run(self) -> None:
        uncommitted, since = 0, time.monotonic()
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    return
                if self.error is None:
                    terms, until = item
                    uncommitted += len(terms)
                    commit = uncommitted >= COMMIT_EVERY_DOCUMENTS or time.monotonic() - since >= COMMIT_EVERY_SECONDS
                    self._apply(terms, until, keep_writer=True, commit=commit)
                    if commit:
                        uncommitted, since = 0, time.monotonic()
        finally:
            close_old_connections()

    def _apply(self, terms, until, keep_writer: bool, commit: bool = True) -> None:
        try:
            self.applied += follower.apply_pending_if_writer(terms, keep_writer=keep_writer, until=until, commit=commit)
        except Exception as exc:
            self.error = exc
