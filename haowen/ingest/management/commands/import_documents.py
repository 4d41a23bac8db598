"""``manage.py import_documents PATH [PATH ...]``: import files, folders and globs."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from haowen.ingest.services import PARALLEL_MIN_DOCUMENTS, default_workers, import_paths
from haowen.search.feed import FeedResult, IndexFeed


class Command(BaseCommand):
    help = (
        "Import documents (.txt, .md, .html, .docx, .pdf, .jsonl, scraped pages; .doc, .wps and .rtf "
        "through LibreOffice) from files, folders "
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
        # The index is fed by the search app, from the index log like any other change;
        # the import only hands it the words its workers segmented (see search.feed).
        indexer = IndexFeed()
        try:
            report = import_paths(
                paths,
                progress=progress,
                stdout=self.stderr,
                workers=workers,
                on_batch=indexer.add,
                on_dropped=self._print_dropped if verbosity >= 2 else None,
            )
        except BaseException:
            # Interrupted (Ctrl-C) or a bug: what was saved is in the index log; apply it
            # now so those documents are searchable, then let the error through.
            self._report_index(indexer.finish())
            raise
        for line in report.problems:
            self.stdout.write(line)
        for copy, canonical, canonical_id in report.near_duplicates:
            self.stdout.write(f"near-duplicate: 《{copy}》 is a version of 《{canonical}》 (article {canonical_id})")
        if verbosity >= 2:  # the summary counts them by suffix; -v 2 names them
            for skipped in report.skipped:
                self.stdout.write(f"skipped (no parser for {skipped.suffix or 'files without a suffix'}): {skipped}")
        self.stdout.write(report.summary())
        saved = time.perf_counter()
        self._report_index(indexer.finish())
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

    #: Characters of a dropped line shown by ``-v 2``.
    DROPPED_SHOWN_CHARS = 60

    def _print_dropped(self, where: str, title: str, dropped: list[tuple[str, str]]) -> None:
        """``-v 2``: the lines the cleaner dropped from one document, each with its reason."""
        if not dropped:
            return
        self.stdout.write(f"{where} 《{title}》: {len(dropped)} line(s) dropped")
        for line, reason in dropped:
            shown = " ".join(line.split())
            if len(shown) > self.DROPPED_SHOWN_CHARS:
                shown = shown[: self.DROPPED_SHOWN_CHARS - 1] + "…"
            self.stdout.write(f"  - {shown}  ({reason})")

    def _report_index(self, result: FeedResult) -> None:
        """Say what the index feed applied, or why the index follows the log later."""
        if result.error is not None:
            self.stderr.write(f"search index not updated now ({result.error}); it follows the index log later")
        if result.applied:
            self.stdout.write(f"search index: applied {result.applied} log entries")

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
