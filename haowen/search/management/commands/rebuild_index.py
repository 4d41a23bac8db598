from django.core.management.base import BaseCommand, CommandError

from haowen.library.models import Article, IndexLogEntry
from haowen.search.engine import WriterBusy
from haowen.search.follower import INDEX_FIELDS, get_engine, indexed_doc


class Command(BaseCommand):
    help = "Rebuild this node's search index from the database (the source of truth)."

    def handle(self, *args, **options):
        engine = get_engine()
        try:
            # Take the position first: entries written during the rebuild are applied after.
            position = IndexLogEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
            engine.clear()
            batch, total = [], 0
            qs = Article.objects.published().only(*INDEX_FIELDS)
            for article in qs.iterator(chunk_size=500):
                batch.append(indexed_doc(article))
                if len(batch) >= 500:
                    engine.apply(batch, [])
                    total += len(batch)
                    batch = []
            engine.apply(batch, [], position=position)
            total += len(batch)
        except WriterBusy as exc:
            raise CommandError(
                f"the index at {engine.path} is locked by another process (a running server?): {exc}"
            ) from exc
        finally:
            engine.release_writer()
        self.stdout.write(f"indexed {total} articles into {engine.path}")
