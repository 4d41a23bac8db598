"""Querysets over a list of ids, compiled to SQL once per process and reused.

Django compiles a queryset to SQL on every evaluation; for the hot lists of a search page
(the articles of ten hits, their comment counts) that compilation costs several times the
query itself (about 1 ms against 0.2 ms on the 2-core bench machine, ``bench/http_bench.py``).
:class:`PreparedIds` builds the queryset for ``n`` placeholder ids once per database alias
and ``n``, remembers where the ids sit among the SQL parameters, and afterwards only swaps
the ids in. The SQL is Django's own, so quoting, the backend's dialect, the model's
filters and the database routers (read replicas) behave exactly as for the queryset.
"""

from __future__ import annotations

import threading
from typing import Callable, Sequence

from django.db import connections, router
from django.db.models import Model, QuerySet

from .models import Article

#: Placeholder ids: unusual numbers that every integer field accepts (a 32-bit positive
#: one too: Django refuses to compile a lookup with a value out of its field's range), and
#: that no other parameter of our queries takes (they filter by strings, booleans and
#: small numbers). ``make`` must not use this number itself.
_SENTINEL_BASE = 1_987_654_321


class PreparedIds:
    """``make(ids) -> QuerySet`` compiled once per (database alias, ``len(ids)``).

    ``make`` must use each of ``ids`` exactly once as a query parameter — the values of one
    ``__in`` lookup, or ``filter(user_id=ids[0], article_id=ids[1])`` — and nothing else of
    the call may vary: it is called with placeholder ids to build the SQL. ``model`` is the
    model whose read database the query runs on (:func:`django.db.router.db_for_read`, so
    the replica routing of :mod:`haowen.library.routers` applies). At most ``max_ids`` ids
    per call (a longer list raises :class:`ValueError`: the cache holds one entry per
    length). ``positional``: the ids are separate conditions (``user_id=ids[0]``), so an id
    no 64-bit column holds makes the whole query match nothing; otherwise (one ``__in``)
    such an id is left out.
    """

    def __init__(
        self, model: type[Model], make: Callable[[list[int]], QuerySet], max_ids: int = 200, positional: bool = False
    ):
        self.model = model
        self.positional = positional
        self.make = make
        self.max_ids = max_ids
        self._compiled: dict[tuple[str, int], tuple[str, list, list[int]]] = {}
        self._lock = threading.Lock()

    def _compile(self, alias: str, n: int) -> tuple[str, list, list[int]]:
        key = (alias, n)
        found = self._compiled.get(key)
        if found is None:
            sentinels = [_SENTINEL_BASE - i for i in range(n)]
            queryset = self.make(sentinels)
            sql, params = queryset.query.get_compiler(using=alias).as_sql()
            params = list(params)
            slots = [params.index(s) for s in sentinels]
            found = (sql, params, slots)
            with self._lock:
                self._compiled[key] = found
        return found

    def _usable(self, ids: Sequence[int]) -> list[int]:
        kept = _in_range(ids)
        return [] if self.positional and len(kept) != len(ids) else kept

    def _sql(self, ids: Sequence[int]) -> tuple[str, str, list]:
        ids = [int(i) for i in ids]
        if len(ids) > self.max_ids:
            raise ValueError(f"ids: {len(ids)} given, at most {self.max_ids} per prepared query")
        alias = router.db_for_read(self.model)
        sql, template, slots = self._compile(alias, len(ids))
        params = list(template)
        for slot, value in zip(slots, ids):
            params[slot] = value
        return alias, sql, params

    def objects(self, ids: Sequence[int]) -> list[Model]:
        """The model instances the queryset would give for ``ids`` (fields the queryset
        defers stay deferred). ``[]`` for no ids."""
        ids = self._usable(ids)
        if not ids:
            return []
        alias, sql, params = self._sql(ids)
        return list(self.model._default_manager.db_manager(alias).raw(sql, params))

    def rows(self, ids: Sequence[int]) -> list[tuple]:
        """The rows of a ``values_list`` queryset for ``ids`` as tuples, as the database
        driver gives them (no model field conversions: use :meth:`objects` for dates).
        ``[]`` for no ids."""
        ids = self._usable(ids)
        if not ids:
            return []
        alias, sql, params = self._sql(ids)
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


#: Ids a 64-bit signed integer column can hold; others match nothing (as Django's own
#: lookups treat them) instead of overflowing the database driver.
_ID_MIN, _ID_MAX = -(2**63), 2**63 - 1


def _in_range(ids: Sequence[int]) -> list[int]:
    """``ids`` as ints, without those no 64-bit column holds. Raises :class:`ValueError` for
    a value that is not an integer."""
    return [i for i in (int(v) for v in ids) if _ID_MIN <= i <= _ID_MAX]


_PUBLISHED = PreparedIds(Article, lambda ids: Article.objects.published().defer("raw", "fingerprint").filter(pk__in=ids))


def published_by_id(ids: Sequence[int]) -> list[Article]:
    """The published articles among ``ids`` (any order), without the raw input and the
    fingerprint, which can be larger than the body and no page shows: the article page's
    article, a page of search hits. Compiled once per process (:class:`PreparedIds`)."""
    return _PUBLISHED.objects(ids)
