"""``manage.py extract_tags``: automatic keyword tags (TF-IDF against the library's own IDF)."""

from django.core.management.base import BaseCommand, CommandError

from haowen.library.models import Article
from haowen.library.tagging import tag_articles


class Command(BaseCommand):
    help = "Extract 5–10 keyword tags per article; tags staff set by hand are kept."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids (default: all published articles)")
        parser.add_argument("--missing", action="store_true", help="only articles without automatic tags")
        parser.add_argument(
            "--workers", type=int, default=1, metavar="N", help="processes that extract keywords (default 1)"
        )

    def handle(self, *args, **options):
        qs = Article.objects.published().order_by("pk")
        if options["ids"]:
            qs = Article.objects.filter(pk__in=options["ids"]).order_by("pk")
            missing = set(options["ids"]) - set(qs.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(str(i) for i in sorted(missing))}")
        if options["missing"]:
            qs = qs.exclude(article_tags__is_manual=False)
        qs = qs.only("id", "title", "body")
        total = qs.count()
        if options["workers"] < 1:
            raise CommandError(f"--workers must be at least 1, got {options['workers']}")
        count = tag_articles(
            qs.iterator(chunk_size=200),
            progress=lambda n: self.stdout.write(f"tagged {n}/{total}"),
            workers=options["workers"],
        )
        self.stdout.write(f"tagged {count} articles")
