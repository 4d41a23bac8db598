"""Copy a whole Haowen library from one database into this one (e.g. SQLite → PostgreSQL).

Usage (target = the database in DATABASE_URL)::

    DATABASE_URL=postgres://haowen:…@127.0.0.1/haowen \\
        python manage.py copy_database --source sqlite:///data/haowen.sqlite3

Migrates the target, serialises every model of the source with Django's own
serialisers (natural keys for content types and permissions, so ids that differ
between databases are remapped), loads them in one transaction, resets the target's
sequences, then compares the row count of every model and fails loudly on any
difference. Articles, users, memberships, comments, orders, view rollups and site
settings all move; sessions do not (readers log in again).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import dj_database_url
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction

SOURCE = "copy_source"
SKIP = {"contenttypes.contenttype", "auth.permission", "sessions.session", "admin.logentry"}


class Command(BaseCommand):
    help = "Copy every row from --source (a database URL) into the default database and verify counts."

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, help="database URL to copy from, e.g. sqlite:///data/haowen.sqlite3")
        parser.add_argument("--force", action="store_true", help="copy even if the target already holds articles")

    def handle(self, *args, source: str, force: bool = False, **options):
        try:
            config = dj_database_url.parse(source)
        except Exception as exc:
            raise CommandError(f"--source {source!r} is not a database URL: {exc}") from exc
        if config.get("ENGINE") == "django.db.backends.sqlite3" and not Path(config["NAME"]).exists():
            raise CommandError(f"--source {source!r}: no such SQLite file {config['NAME']}")
        connections.databases[SOURCE] = {**connections.databases["default"], **config, "TEST": {}}
        connections.databases[SOURCE].setdefault("OPTIONS", {})
        try:
            self._copy(force)
        finally:
            connections[SOURCE].close()
            del connections.databases[SOURCE]

    def _models(self):
        """Models to copy: managed, concrete, and with a table in the source."""
        source_tables = set(connections[SOURCE].introspection.table_names())
        models = []
        for m in apps.get_models(include_auto_created=False):
            if m._meta.label_lower in SKIP or not m._meta.managed or m._meta.proxy:
                continue
            if m._meta.db_table not in source_tables:
                self.stderr.write(f"skipped {m._meta.label}: no table {m._meta.db_table} in the source")
                continue
            models.append(m)
        return models

    def _copy(self, force: bool) -> None:
        call_command("migrate", database="default", interactive=False, verbosity=0)
        from haowen.library.models import Article

        if Article.objects.using("default").exists() and not force:
            raise CommandError("the target database already holds articles; use --force to merge into it")
        models = self._models()
        labels = [m._meta.label for m in models]
        with tempfile.TemporaryDirectory() as tmp:
            dump = Path(tmp) / "library.json"
            call_command(
                "dumpdata", *labels, database=SOURCE, natural_foreign=True, output=str(dump), verbosity=0
            )
            with transaction.atomic(using="default"):
                call_command("loaddata", str(dump), database="default", verbosity=0)
        mismatches = []
        for model in models:
            src = model._default_manager.using(SOURCE).count()
            dst = model._default_manager.using("default").count()
            self.stdout.write(f"{model._meta.label:<32} source {src:>8}  target {dst:>8}")
            if dst < src:
                mismatches.append(f"{model._meta.label}: {src} in source, {dst} in target")
        if mismatches:
            raise CommandError("row counts differ after the copy: " + "; ".join(mismatches))
        self.stdout.write(self.style.SUCCESS("copied; every model's row count verified"))
        self.stdout.write("Rebuild each node's search index next: python manage.py rebuild_index")
