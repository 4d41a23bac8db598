"""``manage.py import_documents PATH [PATH ...]``: import files, folders and globs."""

from __future__ import annotations

import logging
import time

from django.core.management.base import BaseCommand, CommandError

from haowen.ingest.services import default_workers, import_paths

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
        started = time.perf_counter()
        indexer = _SearchIndexFeed(self)
        report = import_paths(
            paths, progress=progress, stdout=self.stderr, workers=workers, on_batch=indexer.apply_batch
        )
        for line in report.problems:
            self.stdout.write(line)
        for copy, canonical, canonical_id in report.near_duplicates:
            self.stdout.write(f"near-duplicate: 《{copy}》 is a version of 《{canonical}》 (article {canonical_id})")
        self.stdout.write(report.summary())
        saved = time.perf_counter()
        indexer.finish()
        searchable = time.perf_counter()
        if not no_tags:
            self._tag(report.article_ids, workers if workers is not None else default_workers())
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

        untagged = Article.objects.filter(pk__in=article_ids, article_tags__isnull=True)
        tagged = tag_articles(untagged.iterator(chunk_size=200), workers=workers)
        if tagged:
            self.stdout.write(f"tags: extracted keywords for {tagged} articles")


class _SearchIndexFeed:
    """Applies the index log while the import runs, with the words the workers segmented.

    Each batch of new or updated articles is indexed at once if this process can take
    the index writer. When a server owns the writer it applies the log itself (and
    segments the text again), so a busy writer is not an error; nor is a failure here
    (the import succeeded; the log is applied later).
    """

    def __init__(self, command: BaseCommand):
        self.command = command
        self.applied = 0
        self.enabled = True
        try:
            from haowen.search import follower
        except ImportError:  # search app not installed in this deployment
            self.enabled = False
            follower = None
        self.follower = follower

    def apply_batch(self, batch: dict) -> None:
        if not self.enabled:
            return
        terms = {
            pk: self.follower.PreparedTerms(a.title, a.content_hash, a.title_terms, a.body_terms)
            for pk, a in batch.items()
        }
        self._apply(terms, keep_writer=True)

    def finish(self) -> None:
        """Apply whatever is left in the log, release the writer, print what was applied."""
        if self.enabled:
            self._apply(None, keep_writer=False)
        if self.applied:
            self.command.stdout.write(f"search index: applied {self.applied} log entries")

    def _apply(self, terms, keep_writer: bool) -> None:
        try:
            self.applied += self.follower.apply_pending_if_writer(terms, keep_writer=keep_writer)
        except Exception as exc:
            log.warning("could not update the search index during the import: %s", exc)
            self.command.stderr.write(f"search index not updated now ({exc}); it follows the index log later")
            self.enabled = False
