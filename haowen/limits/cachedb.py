"""The embedded default's shared cache: Django's DatabaseCache in a SQLite file of its own.

Without ``REDIS_URL`` the cache must still be one cache for every process of the machine
(``make serve`` runs several gunicorn workers; per-process caches multiplied every
cache-based limit by the worker count). The cache lives in ``settings.CACHE_SQLITE_PATH``
(``data/cache.sqlite3``), reached through the database alias ``cache``:

* :class:`CacheRouter` sends Django's cache model (app label ``django_cache``) to that
  alias and nothing else there, so cache writes never wait for the main database's write
  lock and the main database never holds cache rows;
* :func:`ensure_schema` creates the cache table (exactly what ``createcachetable``
  makes) and the rate-limit counters' table when a connection to the file opens, so
  ``make demo``, ``make serve``, tests and a fresh data folder need no extra command.

The alias uses ``BEGIN IMMEDIATE`` transactions: DatabaseCache's ``add()`` (SELECT, then
INSERT or UPDATE in one transaction) then holds the file's write lock from its first
statement, so ``add()`` is atomic across processes even over an expired row — allauth's
own rate-limit lock relies on it.
"""

from __future__ import annotations

from .store import COUNTER_SCHEMA

CACHE_ALIAS = "cache"
CACHE_TABLE = "haowen_cache"
CACHE_SCHEMA = (
    f'CREATE TABLE IF NOT EXISTS "{CACHE_TABLE}" ('
    '"cache_key" varchar(255) NOT NULL PRIMARY KEY, "value" text NOT NULL, "expires" datetime NOT NULL)',
    f'CREATE INDEX IF NOT EXISTS "{CACHE_TABLE}_expires" ON "{CACHE_TABLE}" ("expires")',
)


def ensure_schema(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver: on the ``cache`` alias, create the tables if missing
    (``CREATE … IF NOT EXISTS``: a few microseconds once a connection exists)."""
    if connection.alias != CACHE_ALIAS:
        return
    raw = connection.connection
    for statement in CACHE_SCHEMA + COUNTER_SCHEMA:
        raw.execute(statement)


class CacheRouter:
    """Database router: the cache model on the ``cache`` alias, nothing else there.

    Listed first in ``DATABASE_ROUTERS``; answers None for every other model so the next
    router (read replicas) decides.
    """

    def _is_cache(self, model) -> bool:
        return model._meta.app_label == "django_cache"

    def db_for_read(self, model, **hints):
        return CACHE_ALIAS if self._is_cache(model) else None

    def db_for_write(self, model, **hints):
        return CACHE_ALIAS if self._is_cache(model) else None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db == CACHE_ALIAS:
            return app_label == "django_cache"
        if app_label == "django_cache":
            return False
        return None
