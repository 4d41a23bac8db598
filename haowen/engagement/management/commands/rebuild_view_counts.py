"""Recompute every article's view count from the daily rollups."""

from django.core.management.base import BaseCommand

from haowen.engagement.pageviews.counter import prune_marks
from haowen.engagement.pageviews.hot import rebuild_view_counts


class Command(BaseCommand):
    help = "Set each article's view_count to imported_views + the sum of its daily view rollups."

    def handle(self, *args, **options):
        changed = rebuild_view_counts()
        pruned = prune_marks()
        self.stdout.write(f"view counts rebuilt: {changed} article(s) changed; {pruned} expired view mark(s) pruned")
