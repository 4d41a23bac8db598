"""``manage.py import_documents PATH [PATH ...]``: import files, folders and globs."""

from __future__ import annotations

import logging

from django.core.management.base import BaseCommand, CommandError

from haowen.ingest.services import import_paths

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

    def handle(self, *args, paths, no_progress=False, **options):
        progress = not no_progress and options.get("verbosity", 1) >= 1
        report = import_paths(paths, progress=progress, stdout=self.stderr)
        for line in report.problems:
            self.stdout.write(line)
        for copy, canonical, canonical_id in report.near_duplicates:
            self.stdout.write(f"near-duplicate: 《{copy}》 is a version of 《{canonical}》 (article {canonical_id})")
        self.stdout.write(report.summary())
        self._tag(report.article_ids)
        self._update_search_index()
        if report.failed:
            raise CommandError(f"{report.failed} document(s) failed to import", returncode=1)

    def _tag(self, article_ids: list[int]) -> None:
        """Extract keyword tags for the articles this run touched that have none yet."""
        if not article_ids:
            return
        from haowen.library.models import Article
        from haowen.library.tagging import tag_articles

        untagged = Article.objects.filter(pk__in=article_ids, article_tags__isnull=True)
        tagged = tag_articles(untagged.iterator(chunk_size=200))
        if tagged:
            self.stdout.write(f"tags: extracted keywords for {tagged} articles")

    def _update_search_index(self) -> None:
        """Apply the index log now if this process can take the index writer.

        The database already holds every imported article; when a server owns the
        writer it applies the log itself, so a busy writer is not an error here.
        """
        try:
            from haowen.search.follower import apply_pending_if_writer
        except ImportError:  # search app not installed in this deployment
            return
        try:
            applied = apply_pending_if_writer()
        except Exception as exc:  # the import itself succeeded; the follower will catch up
            log.warning("could not update the search index after the import: %s", exc)
            self.stderr.write(f"search index not updated now ({exc}); it follows the index log later")
            return
        if applied:
            self.stdout.write(f"search index: applied {applied} log entries")
