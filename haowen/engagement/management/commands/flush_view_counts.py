from django.core.management.base import BaseCommand, CommandError

from haowen.engagement.pageviews import redis_counter


class Command(BaseCommand):
    help = "Flush view counters from Redis into the per-day rollups (only with REDIS_URL)."

    def handle(self, *args, **options):
        if not redis_counter.enabled():
            raise CommandError("view counting is in the database (REDIS_URL is not set): nothing to flush")
        moved = redis_counter.flush()
        self.stdout.write(f"flushed {moved} views")
