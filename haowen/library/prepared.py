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

#: Placeholder ids: negative, so they can never be a real primary key nor equal another
#: parameter of the query (filters use strings, booleans and small positive numbers).
_SENTINEL_BASE = -987_654_321


class PreparedIds:
    """``make(ids) -> QuerySet`` compiled once per (database alias, ``len(ids)``).

    ``make`` must use ``ids`` only as the values of one ``__in`` lookup and nothing else of
    the call may vary: it is called with placeholder ids to build the SQL. ``model`` is the
    model whose read database the query runs on (:func:`django.db.router.db_for_read`, so
    the replica routing of :mod:`haowen.library.routers` applies). At most ``max_ids`` ids
    per call (a longer list raises :class:`ValueError`: the cache holds one entry per
    length).
    """

    def __init__(self, model: type[Model], make: Callable[[list[int]], QuerySet], max_ids: int = 200):
        self.model = model
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
        if not ids:
            return []
        alias, sql, params = self._sql(ids)
        return list(self.model._default_manager.db_manager(alias).raw(sql, params))

    def rows(self, ids: Sequence[int]) -> list[tuple]:
        """The rows of a ``values_list`` queryset for ``ids`` as tuples. ``[]`` for no ids."""
        if not ids:
            return []
        alias, sql, params = self._sql(ids)
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
