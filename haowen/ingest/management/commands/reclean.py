"""``manage.py reclean [--all | ID ...] [--force]``: re-run the cleaner on stored raw inputs.

Bodies staff edited after import are kept and listed unless ``--force``
(``haowen.ingest.services.reclean``).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from haowen.ingest.services import reclean
from haowen.library.models import Article


class Command(BaseCommand):
    help = (
        "Re-parse and re-clean articles from their stored raw input (after the cleaner improved) "
        "and update those whose body changed. Bodies edited after import are kept and listed "
        "unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="article ids")
        parser.add_argument("--all", action="store_true", help="every article that has a raw input")
        parser.add_argument(
            "--force", action="store_true", help="also overwrite bodies staff edited after import (they are listed)"
        )

    def handle(self, *args, ids, all=False, force=False, **options):
        if all and ids:
            raise CommandError("give either --all or article ids, not both")
        if not all and not ids:
            raise CommandError("give article ids or --all")
        queryset = Article.objects.exclude(raw_format="") if all else Article.objects.filter(pk__in=ids)
        if ids:
            missing = sorted(set(ids) - set(queryset.values_list("pk", flat=True)))
            for pk in missing:
                self.stdout.write(f"article {pk}: no such article")
        report = reclean(queryset.order_by("pk"), force=force)
        for line in report.problems:
            self.stdout.write(line)
        self.stdout.write(report.summary())
        if report.failed or (ids and missing):
            raise CommandError("some articles could not be re-cleaned", returncode=1)
