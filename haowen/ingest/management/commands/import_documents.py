"""``manage.py import_documents PATH [PATH ...]``: import files, folders and globs."""

from __future__ import annotations

import logging
import queue
import threading
import time

from django.core.management.base import BaseCommand, CommandError

from haowen.ingest.services import PARALLEL_MIN_DOCUMENTS, default_workers, import_paths

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Import documents (.txt, .md, .html, .docx, .jsonl and scraped pages) from files, folders "
        "(searched recursively) and glob patterns. Prints one line per failure (file[:line]: reason) "
        "and a summary; exits with status 1 when anything failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or glob pattern")
        parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            metavar="N",
            help="processes that parse and segment documents (default: IMPORT_WORKERS, else the number of CPUs)",
        )
        parser.add_argument("--no-tags", action="store_true", help="do not extract keyword tags after the import")

    def handle(self, *args, paths, no_progress=False, workers=None, no_tags=False, **options):
        if workers is not None and workers < 1:
            raise CommandError(f"--workers must be at least 1, got {workers}")
        verbosity = options.get("verbosity", 1)
        progress = not no_progress and verbosity >= 1
        _return_freed_memory()
        started = time.perf_counter()
        indexer = _SearchIndexFeed(self)
        try:
            report = import_paths(
                paths, progress=progress, stdout=self.stderr, workers=workers, on_batch=indexer.apply_batch
            )
        except BaseException:
            # Interrupted (Ctrl-C) or a bug: what was saved is in the index log; apply it
            # now so those documents are searchable, then let the error through.
            indexer.finish()
            raise
        for line in report.problems:
            self.stdout.write(line)
        for copy, canonical, canonical_id in report.near_duplicates:
            self.stdout.write(f"near-duplicate: 《{copy}》 is a version of 《{canonical}》 (article {canonical_id})")
        self.stdout.write(report.summary())
        saved = time.perf_counter()
        indexer.finish()
        searchable = time.perf_counter()
        if not no_tags:
            tag_workers = workers if workers is not None else default_workers()
            # Like the import itself: for a few articles a pool costs more than it saves
            # (and each forked worker is one more process holding a large document).
            if len(report.article_ids) < PARALLEL_MIN_DOCUMENTS:
                tag_workers = 1
            self._tag(report.article_ids, tag_workers)
        if verbosity >= 2:
            self.stdout.write(
                f"timing: documents saved {saved - started:.2f} s, searchable {searchable - started:.2f} s, "
                f"tags {time.perf_counter() - searchable:.2f} s"
            )
        if report.failed:
            raise CommandError(f"{report.failed} document(s) failed to import", returncode=1)

    def _tag(self, article_ids: list[int], workers: int) -> None:
        """Extract keyword tags for the articles this run touched that have none yet."""
        if not article_ids:
            return
        from haowen.library.models import Article
        from haowen.library.tagging import tag_articles

        untagged = Article.objects.filter(pk__in=article_ids, article_tags__isnull=True).only("id", "title", "body")
        tagged = tag_articles(untagged.iterator(chunk_size=200), workers=workers)
        if tagged:
            self.stdout.write(f"tags: extracted keywords for {tagged} articles")


#: Allocations of at least this many bytes get pages of their own, returned when freed.
MMAP_THRESHOLD_BYTES = 256 * 1024


def _return_freed_memory() -> None:
    """Make glibc give the memory of large freed buffers back at once (this process and its workers).

    glibc serves allocations over a threshold with their own pages, but raises that
    threshold to the size of each such block freed (up to 32 MB): after the first large
    document, the next one's multi-megabyte strings and arrays come from the heap, and
    freed heap memory is rarely returned. The resident size then grows document after
    document (measured: 614 MB instead of 497 MB at the peak for one 19 MB document).
    A fixed threshold (``mallopt(M_MMAP_THRESHOLD)``, which also turns the adjustment
    off) keeps it proportional to the document in hand. Elsewhere (musl, macOS) this
    does nothing.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-3, MMAP_THRESHOLD_BYTES)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


#: During an import the index commits after this many documents or seconds, whichever
#: comes first: fewer commits make fewer segments for tantivy to merge.
COMMIT_EVERY_DOCUMENTS = 10_000
COMMIT_EVERY_SECONDS = 30.0


class _SearchIndexFeed:
    """Applies the index log while the import runs, with the words the workers segmented.

    Each batch of new or updated articles goes to one background thread that applies
    the log up to the batch's last entry if this process can take the index writer, so
    tantivy indexes a batch while the next one is saved (tantivy releases the GIL). It
    commits every COMMIT_EVERY_DOCUMENTS documents or COMMIT_EVERY_SECONDS seconds and
    at the end. At most two batches wait; the import slows down rather than piling them up.
    When a server owns the writer it applies the log itself (and segments the text
    again), so a busy writer is not an error; nor is a failure here (the import
    succeeded; the log is applied later).
    """

    def __init__(self, command: BaseCommand):
        self.command = command
        self.applied = 0
        self.enabled = True
        self.error: Exception | None = None
        try:
            from haowen.search import follower
        except ImportError:  # search app not installed in this deployment
            self.enabled = False
            follower = None
        self.follower = follower
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.thread: threading.Thread | None = None

    def apply_batch(self, batch: dict) -> None:
        if not self.enabled:
            return
        terms = {
            pk: self.follower.PreparedTerms(a.title, a.content_hash, a.title_terms, a.body_terms)
            for pk, a in batch.items()
        }
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="haowen-import-index", daemon=True)
            self.thread.start()
        self.queue.put((terms, self.follower.last_seq()))

    def _run(self) -> None:
        from django.db import close_old_connections

        uncommitted, since = 0, time.monotonic()
        try:
            while True:
                item = self.queue.get()
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

    def finish(self) -> None:
        """Wait for the batches, apply whatever is left, release the writer, say what was applied."""
        if self.thread is not None:
            self.queue.put(None)
            self.thread.join()
        if self.enabled and self.error is None:
            self._apply(None, None, keep_writer=False)
        if self.error is not None:
            log.warning("could not update the search index during the import: %s", self.error)
            self.command.stderr.write(f"search index not updated now ({self.error}); it follows the index log later")
        if self.applied:
            self.command.stdout.write(f"search index: applied {self.applied} log entries")

    def _apply(self, terms, until, keep_writer: bool, commit: bool = True) -> None:
        try:
            self.applied += self.follower.apply_pending_if_writer(
                terms, keep_writer=keep_writer, until=until, commit=commit
            )
        except Exception as exc:
            self.error = exc
