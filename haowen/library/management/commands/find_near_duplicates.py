"""``manage.py find_near_duplicates``: group the whole library's near-duplicate versions."""

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from haowen.library.models import Article
from haowen.library.near_duplicates import scan_library, threshold


class Command(BaseCommand):
    help = (
        "Fingerprint articles (MinHash over word shingles), group near-duplicates "
        "(Jaccard ≥ NEAR_DUPLICATE_THRESHOLD) and point each copy at the earliest version."
    )

    def add_arguments(self, parser):
        parser.add_argument("--recompute", action="store_true", help="recompute every fingerprint, not only missing ones")
        parser.add_argument(
            "--workers",
            type=int,
            default=min(4, os.cpu_count() or 1),
            help="processes that compute fingerprints (default: up to 4)",
        )
        parser.add_argument("--dry-run", action="store_true", help="report the groups, write nothing")
        parser.add_argument("--show", type=int, default=10, help="list this many groups (largest first)")

    def handle(self, *args, **options):
        try:
            t = threshold()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        if options["workers"] < 1:
            raise CommandError(f"--workers must be at least 1, got {options['workers']}")
        verbose = options["verbosity"] >= 2
        report = scan_library(
            recompute=options["recompute"],
            workers=options["workers"],
            dry_run=options["dry_run"],
            progress=(lambda msg: self.stdout.write(msg)) if verbose else None,
        )
        groups = sorted(report.groups.items(), key=lambda kv: -len(kv[1]))
        titles = dict(
            Article.objects.filter(pk__in=[root for root, _ in groups[: options["show"]]]).values_list("pk", "title")
        )
        for root, copies in groups[: options["show"]]:
            shown = ", ".join(f"#{pk}" for pk in copies[:10]) + (" …" if len(copies) > 10 else "")
            self.stdout.write(f"#{root} {titles.get(root, '')[:40]} ← {shown}")
        seconds = ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())
        prefix = "dry run: " if options["dry_run"] else ""
        self.stdout.write(
            f"{prefix}{report.articles} articles, {report.fingerprinted} fingerprinted, threshold {t}: "
            f"{len(report.groups)} groups, {report.copies} copies; {report.linked} links set, "
            f"{report.unlinked} cleared ({seconds})"
        )
