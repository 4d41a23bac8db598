"""Querysets over a list of ids, compiled to SQL once per process and reused.

Django compiles a queryset to SQL on every evaluation; for the hot lists of a search page
(the articles of ten hits, their comment counts) that compilation costs several times the
query itself (about 1 ms against 0.2 ms on the 2-core bench machine, ``bench/http_bench.py``).
:class:`PreparedIds` builds the queryset for ``n`` placeholder ids once per database alias
and ``n``, remembers where the ids sit among the SQL parameters, and afterwards only swaps
the ids in. The SQL is Django's own, so quoting, the backend's dialect, the model's
filters and the database routers (read replicas) behave exactly as for the queryset.

:meth:`PreparedIds.objects` also keeps what Django's model iterator works out per query (the
fields each column fills, the value converters, the ``select_related`` populators) and builds
the instances with ``Model.from_db`` as the iterator does, so a signed-in reader's user row
with its membership (``haowen.accounts.backends``) or the article of the article page costs a
query and a few instances, not a compilation (about 1 ms against 0.15 ms,
``bench/article_cpu_bench.py``).
"""

from __future__ import annotations

import threading
from typing import Callable, NamedTuple, Sequence

from django.db import connections, router
from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable, get_related_populators

from .models import Article

#: Placeholder ids: unusual numbers that every integer field accepts (a 32-bit positive
#: one too: Django refuses to compile a lookup with a value out of its field's range), and
#: that no other parameter of our queries takes (they filter by strings, booleans and
#: small numbers). ``make`` must not use this number itself.
_SENTINEL_BASE = 1_987_654_321


class _Plan(NamedTuple):
    """How the rows of a model query become instances, worked out once as Django's
    ``ModelIterable`` works it out on every evaluation."""

    model: type[Model]
    converters: list  # [(column, (functions, expression))]: the fields' from-database conversions
    start: int  # the main model's columns: row[start:end]
    end: int
    init_list: list[str]  # their attnames, for Model.from_db
    populators: list  # select_related: django.db.models.query.RelatedPopulator
    annotations: dict[str, int]  # annotation name -> column


class _Compiled(NamedTuple):
    """One query compiled for one database alias and one number of ids."""

    sql: str
    params: list
    slots: list[int]  # where the ids sit among ``params``
    plan: _Plan | None  # None: a values query, or one objects() cannot build (prefetch_related)


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

    Compiled queries are kept per thread: the value converters Django hands out are bound
    to the compiling thread's database connection.
    """

    def __init__(
        self, model: type[Model], make: Callable[[list[int]], QuerySet], max_ids: int = 200, positional: bool = False
    ):
        self.model = model
        self.positional = positional
        self.make = make
        self.max_ids = max_ids
        self._local = threading.local()

    def _compile(self, alias: str, n: int) -> _Compiled:
        compiled = getattr(self._local, "compiled", None)
        if compiled is None:
            compiled = self._local.compiled = {}
        found = compiled.get((alias, n))
        if found is None:
            sentinels = [_SENTINEL_BASE - i for i in range(n)]
            queryset = self.make(sentinels)
            compiler = queryset.query.get_compiler(using=alias)
            sql, params = compiler.as_sql()
            params = list(params)
            slots = [params.index(s) for s in sentinels]
            found = compiled[(alias, n)] = _Compiled(sql, params, slots, _plan(queryset, compiler, alias))
        return found

    def _usable(self, ids: Sequence[int]) -> list[int]:
        kept = _in_range(ids)
        return [] if self.positional and len(kept) != len(ids) else kept

    def _sql(self, ids: Sequence[int]) -> tuple[str, _Compiled, list]:
        ids = [int(i) for i in ids]
        if len(ids) > self.max_ids:
            raise ValueError(f"ids: {len(ids)} given, at most {self.max_ids} per prepared query")
        alias = router.db_for_read(self.model)
        compiled = self._compile(alias, len(ids))
        params = list(compiled.params)
        for slot, value in zip(compiled.slots, ids):
            params[slot] = value
        return alias, compiled, params

    def objects(self, ids: Sequence[int]) -> list[Model]:
        """The model instances the queryset would give for ``ids``, in the database's order:
        fields the queryset defers stay deferred, ``select_related`` objects are attached
        (a missing one as ``None``, so reading it costs no query), annotations are set.
        ``[]`` for no ids. Raises :class:`ValueError` when ``make`` gives a values queryset
        or one with ``prefetch_related``."""
        ids = self._usable(ids)
        if not ids:
            return []
        alias, compiled, params = self._sql(ids)
        plan = compiled.plan
        if plan is None:
            raise ValueError("objects(): the prepared queryset must give model instances, without prefetch_related")
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        found = []
        for row in rows:
            if plan.converters:
                row = list(row)
                for pos, (functions, expression) in plan.converters:
                    value = row[pos]
                    for convert in functions:
                        value = convert(value, expression, connection)
                    row[pos] = value
            obj = plan.model.from_db(alias, plan.init_list, row[plan.start : plan.end])
            for populator in plan.populators:
                populator.populate(row, obj)
            for name, pos in plan.annotations.items():
                setattr(obj, name, row[pos])
            found.append(obj)
        return found

    def rows(self, ids: Sequence[int]) -> list[tuple]:
        """The rows of a ``values_list`` queryset for ``ids`` as tuples, as the database
        driver gives them (no model field conversions: use :meth:`objects` for dates).
        ``[]`` for no ids."""
        ids = self._usable(ids)
        if not ids:
            return []
        alias, compiled, params = self._sql(ids)
        with connections[alias].cursor() as cursor:
            cursor.execute(compiled.sql, params)
            return cursor.fetchall()


def _plan(queryset: QuerySet, compiler, alias: str) -> _Plan | None:
    """What Django's ``ModelIterable`` works out from a compiled ``queryset`` to build its
    instances (``compiler`` after ``as_sql()``), or None when the queryset gives values,
    prefetches or carries known related objects (those need the queryset itself)."""
    if (
        queryset._iterable_class is not ModelIterable
        or queryset._prefetch_related_lookups
        or queryset._known_related_objects
        or compiler.klass_info is None
    ):
        return None
    select, klass_info = compiler.select, compiler.klass_info
    fields = [s[0] for s in select[0 : compiler.col_count]]
    start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
    return _Plan(
        model=klass_info["model"],
        converters=list(compiler.get_converters(fields).items()),
        start=start,
        end=end,
        init_list=[f[0].target.attname for f in select[start:end]],
        populators=get_related_populators(klass_info, select, alias),
        annotations=dict(compiler.annotation_col_map or {}),
    )


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
