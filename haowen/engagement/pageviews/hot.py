"""Hot lists (本周热门 / 本月热门): rolling windows over the per-day page-view rollups, and the
rebuild of every article's view total from them. The counting itself is :mod:`.counter`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from haowen.library.models import Article

from ..models import ArticleViewDay

log = logging.getLogger(__name__)

HOT_WINDOWS = {"week": 7, "month": 30}
HOT_LIMIT = 10


@dataclass(frozen=True)
class HotItem:
    """One hot-list row: article ``id``, ``title``, ``url`` and ``views`` within the window."""

    id: int
    title: str
    url: str
    views: int


def hot_window(days: int, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The inclusive ``(first, last)`` days of a rolling ``days``-day window ending today.

    Days are calendar days in ``settings.TIME_ZONE`` (Asia/Shanghai by default): the
    7-day window on 2024-03-10 is 2024-03-04 … 2024-03-10.
    """
    today = today or timezone.localdate()
    return today - dt.timedelta(days=days - 1), today


def _rank(days: int, today: dt.date | None = None, limit: int = HOT_LIMIT) -> list[tuple[int, int]]:
    """``[(article id, views)…]``: up to ``3 × limit`` groups ranked by views in the window.

    Views of a near-duplicate copy count for its canonical article (the group). One
    grouped query over the rollups; which groups may be listed is decided later.
    """
    first, last = hot_window(days, today)
    group = Coalesce(F("article__canonical_id"), F("article_id"))
    rows = (
        ArticleViewDay.objects.filter(day__gte=first, day__lte=last)
        .annotate(group=group)
        .values("group")
        .annotate(views=Sum("count"))
        .order_by("-views", "-group")[: limit * 3]
    )
    return [(r["group"], r["views"]) for r in rows]


def compute_hot(days: int, today: dt.date | None = None, limit: int = HOT_LIMIT) -> list[HotItem]:
    """Top ``limit`` articles by views counted in the rolling ``days``-day window.

    Views of a near-duplicate copy count for its canonical article, and only canonical
    published articles are listed, so one text never appears twice. Ties are broken
    by the newer article id. Reads the rollups only (one grouped query plus one for
    titles).
    """
    ranked = _rank(days, today, limit)
    articles = Article.objects.canonical().only("id", "title").in_bulk([g for g, _ in ranked])
    items = [
        HotItem(id=g, title=articles[g].title, url=articles[g].get_absolute_url(), views=v)
        for g, v in ranked
        if g in articles
    ]
    return items[:limit]


#: Seconds a hot-list ranking may be served after it went stale while a fresh one is computed.
HOT_STALE_SECONDS = 24 * 3600


def _hot_ranking(today: dt.date) -> dict[str, list[tuple[int, int]]]:
    """``{"week": [(group id, views)…], "month": […]}``: the rollups ranked, titles not read."""
    return {name: _rank(days, today) for name, days in HOT_WINDOWS.items()}


def hot_lists(today: dt.date | None = None) -> dict[str, list[HotItem]]:
    """``{"week": [...], "month": [...]}``: the hot lists as pages show them.

    Two cached layers, so a page view neither scans the rollups nor shows a withdrawn
    article. The ranking (ids and view counts) is computed from the rollups at most every
    ``settings.HOT_LIST_CACHE_SECONDS``; when it is older, pages keep the previous ranking
    while a background thread of a serving process computes the next one
    (:func:`haowen.engagement.background.refresh`). The lists (titles, links) are built
    from the ranking with one primary-key query and cached under the library version
    (:mod:`haowen.library.version`), so an article withdrawn, deleted, re-titled or made a
    copy leaves them within seconds on every node. Keys carry the day, so a new day starts
    new lists at once.
    """
    from haowen.library import version
    from haowen.library.runtime import is_serving

    from ..background import refresh

    today = today or timezone.localdate()
    lists_key = f"engagement:hot:v2:{today.isoformat()}:{version.current()}"
    lists = cache.get(lists_key)
    if lists is not None:
        return lists
    fresh_seconds = settings.HOT_LIST_CACHE_SECONDS
    rank_key = f"engagement:hot-rank:v2:{today.isoformat()}"
    stored = cache.get(rank_key)
    if stored is None:
        ranking = _hot_ranking(today)
        cache.set(rank_key, (time.time(), ranking), timeout=fresh_seconds + HOT_STALE_SECONDS)
    else:
        computed_at, ranking = stored
        if time.time() - computed_at > fresh_seconds:

            def recompute():
                fresh = _hot_ranking(today)
                cache.set(rank_key, (time.time(), fresh), timeout=fresh_seconds + HOT_STALE_SECONDS)
                return fresh

            if is_serving():
                refresh(rank_key, recompute)
            else:
                ranking = recompute()
    ids = {g for rows in ranking.values() for g, _ in rows}
    articles = Article.objects.canonical().only("id", "title").in_bulk(ids)
    lists = {
        name: [
            HotItem(id=g, title=articles[g].title, url=articles[g].get_absolute_url(), views=v)
            for g, v in rows
            if g in articles
        ][:HOT_LIMIT]
        for name, rows in ranking.items()
    }
    # Short: a stale ranking is replaced in the background; its lists follow within this.
    cache.set(lists_key, lists, timeout=min(fresh_seconds, 60))
    return lists


def rebuild_view_counts() -> int:
    """Set every article's ``view_count`` to ``imported_views`` + the sum of its rollups.

    Returns the number of articles whose count changed. One ``UPDATE`` per changed
    article inside one transaction.
    """
    totals = dict(
        ArticleViewDay.objects.values("article_id").annotate(total=Sum("count")).values_list("article_id", "total")
    )
    changed = 0
    with transaction.atomic():
        for pk, imported, current in Article.objects.values_list("pk", "imported_views", "view_count").iterator():
            expected = imported + totals.get(pk, 0)
            if expected != current:
                Article.objects.filter(pk=pk).update(view_count=expected)
                changed += 1
    return changed
