"""The per-day page-view rollups' one write: :func:`add_view`, used by the database counter
(:mod:`.counter`) and by the Redis counters' flush (:mod:`.redis_counter`), so neither
imports the other's module for it.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection, transaction
from django.db.models import F

from haowen.library.models import Article

from ..models import ArticleViewDay


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def add_view(article_id: int, day: dt.date, n: int = 1) -> None:
    """Add ``n`` views to ``article_id``'s rollup for ``day`` and to its ``view_count``.

    Atomic upsert plus ``F()`` increment inside the caller's transaction (or its own):
    never a read-modify-write. Raises ``DatabaseError`` (e.g. the article is gone).
    """
    table = _q(ArticleViewDay._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({_q('article_id')}, {_q('day')}, {_q('count')}) VALUES (%s, %s, %s) "
        f"ON CONFLICT ({_q('article_id')}, {_q('day')}) DO UPDATE SET {_q('count')} = {table}.{_q('count')} + excluded.{_q('count')}"
    )
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, [article_id, connection.ops.adapt_datefield_value(day), n])
        # ``using("default")`` bypasses the router: a counted view must not pin the rest
        # of the page's reads to the primary (see haowen.library.routers).
        Article.objects.using("default").filter(pk=article_id).update(view_count=F("view_count") + n)
