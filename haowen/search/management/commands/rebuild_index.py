from django.core.management.base import BaseCommand, CommandError

from haowen.library.models import Article, IndexLogEntry
from haowen.search.engine import WriterBusy
from haowen.search.follower import INDEX_FIELDS, get_engine, indexed_doc

#: Articles read from the database and handed to the index at a time.
BATCH = 500


def published_batches():
    """Every published article as :class:`~haowen.search.engine.IndexedDoc` lists of at
    most :data:`BATCH`, read with a server-side cursor (memory bounded by the batch)."""
    batch = []
    for article in Article.objects.published().only(*INDEX_FIELDS).iterator(chunk_size=BATCH):
        batch.append(indexed_doc(article))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class Command(BaseCommand):
    help = (
        "Rebuild this node's search index from the database (the source of truth). "
        "Searches answer from the old index until the new one is committed."
    )

    def handle(self, *args, **options):
        engine = get_engine()
        try:
            # Take the position first: entries written during the rebuild are applied after.
            position = IndexLogEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
            total = engine.replace_all(published_batches(), position)
        except WriterBusy as exc:
            raise CommandError(
                f"the index at {engine.path} is locked by another process (a running server?): {exc}"
            ) from exc
        finally:
            engine.release_writer()
        self.stdout.write(f"indexed {total} articles into {engine.path}")
