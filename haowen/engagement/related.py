"""Related documents (相关内容): computed through the search index, cached per article."""

from __future__ import annotations

import datetime as dt
import logging

from django.core.cache import cache
from django.utils import timezone

from haowen.library.models import Article

from .models import RelatedCache

log = logging.getLogger(__name__)

RELATED_MAX_AGE = dt.timedelta(days=7)
#: Seconds a finished related list stays in the cache (titles of related articles may change).
RELATED_CACHE_SECONDS = 600


def related_articles(article: Article, limit: int = 8, *, refresh: bool = False) -> list[Article]:
    """Up to ``limit`` published articles similar to ``article`` (相关内容), best first.

    Computed through the search index (:func:`haowen.search.related.related_article_ids`)
    and stored in :class:`RelatedCache`. An article with no stored list gets it computed
    here (its first view; ``rebuild_related`` computes every list ahead). A stored list
    older than the article's last change or ``RELATED_MAX_AGE`` is still shown while a
    background thread of a serving process recomputes it
    (:func:`haowen.engagement.background.refresh`; inline in commands and tests), so a page
    view never waits for the index. ``refresh`` recomputes inline. The finished list
    (titles, dates) is cached ``RELATED_CACHE_SECONDS`` under the article's ``updated_at``
    and the library version (:mod:`haowen.library.version`): an article withdrawn,
    deleted or re-titled leaves every related list within seconds. An empty result is not
    stored (the index may not have caught up yet). Never raises for index trouble: logs and
    returns what the cache has, or ``[]``.
    """
    from haowen.library import version
    from haowen.library.runtime import is_serving

    from .background import refresh as in_background

    stamp = article.updated_at.timestamp() if article.updated_at else 0
    cache_key = f"engagement:related:v2:{article.pk}:{stamp}:{limit}:{version.current()}"
    if not refresh:
        cached = cache.get(cache_key)
        if cached is not None:
            return cached
    entry = RelatedCache.objects.filter(article=article).first()
    now = timezone.now()
    stale = (
        refresh
        or entry is None
        or entry.computed_at < article.updated_at
        or entry.computed_at < now - RELATED_MAX_AGE
    )
    ids = list(entry.related_ids) if entry else []
    if stale:

        def recompute() -> list[int] | None:
            from haowen.search.related import related_article_ids

            try:
                fresh = related_article_ids(article, limit=max(limit, 8))
            except Exception:  # the index is derived data: a broken one must not break the page
                log.exception("could not compute related articles of %s", article.pk)
                return None
            if fresh:
                RelatedCache.objects.update_or_create(
                    article_id=article.pk, defaults={"related_ids": fresh, "computed_at": timezone.now()}
                )
            return fresh

        if ids and not refresh and is_serving():
            in_background(f"related:{article.pk}", recompute)
        else:
            ids = recompute() or ids
    if not ids:
        return []
    found = Article.objects.published().only("id", "title", "published_on", "genre", "subgenre", "view_count").in_bulk(ids)
    related = [found[i] for i in ids if i in found][:limit]
    cache.set(cache_key, related, timeout=RELATED_CACHE_SECONDS)
    return related


def rebuild_related(article_ids=None) -> int:
    """Recompute the related lists of ``article_ids`` (all published when None); return how many."""
    qs = Article.objects.published()
    if article_ids:
        qs = qs.filter(pk__in=list(article_ids))
    done = 0
    for article in qs.iterator():
        related_articles(article, refresh=True)
        done += 1
    return done
