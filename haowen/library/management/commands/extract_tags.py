"""``manage.py extract_tags``: automatic keyword tags (TF-IDF against the library's own IDF).

``--visibility`` extracts nothing: it recomputes which tags each article's preview shows
(``ArticleTag.shown_in_preview``). Run it after changing PREVIEW_PERCENT or
PREVIEW_MAX_CHARS; until then tags computed under the old settings are hidden from readers
who get the preview (see ``haowen.library.preview``).
"""

from django.core.management.base import BaseCommand, CommandError

from haowen.library.models import Article
from haowen.library.tagging import refresh_visibility_of, tag_articles


class Command(BaseCommand):
    help = "Extract 5–10 keyword tags per article; tags staff set by hand are kept."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids (default: all published articles)")
        parser.add_argument("--missing", action="store_true", help="only articles without automatic tags")
        parser.add_argument(
            "--visibility",
            action="store_true",
            help="extract nothing; recompute which tags the preview shows (after changing PREVIEW_PERCENT or PREVIEW_MAX_CHARS)",
        )
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
        if options["visibility"]:
            if options["missing"]:
                raise CommandError("--visibility and --missing cannot be combined")
            ids = list(qs.values_list("pk", flat=True)) if options["ids"] else None
            changed = refresh_visibility_of(ids, progress=lambda n: self.stdout.write(f"checked {n} articles"))
            self.stdout.write(f"visibility recomputed: {changed} tags changed")
            return
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
