"""Recompute the cached related-articles lists (相关内容)."""

from django.core.management.base import BaseCommand, CommandError

from haowen.engagement import related
from haowen.search.follower import apply_pending_if_writer


class Command(BaseCommand):
    help = "Recompute related articles for the given article ids, or for all published articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", help="article ids (default: all published articles)")

    def handle(self, *args, ids, **options):
        try:
            article_ids = [int(i) for i in ids]
        except ValueError as exc:
            raise CommandError(f"article ids must be integers: {exc}") from exc
        # Related lists come from this node's index: bring it up to date first.
        apply_pending_if_writer()
        done = related.rebuild_related(article_ids or None)
        self.stdout.write(f"related lists recomputed for {done} article(s)")
