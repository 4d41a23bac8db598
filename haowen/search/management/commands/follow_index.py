import time

from django.core.management.base import BaseCommand

from haowen.search.engine import WriterBusy
from haowen.search.follower import apply_pending, get_engine


class Command(BaseCommand):
    help = "Apply the index log to this node's index; with --forever keep following it."

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="keep following the log")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")

    def handle(self, *args, forever=False, interval=1.0, **options):
        engine = get_engine()
        while True:
            try:
                applied = apply_pending(engine)
                if applied or not forever:
                    self.stdout.write(f"applied {applied} log entries; position {engine.position}")
            except WriterBusy:
                self.stderr.write("another process holds the index writer; waiting")
            if not forever:
                engine.release_writer()
                return
            time.sleep(interval)
