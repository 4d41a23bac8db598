"""Browse pages: ``/fanwen/`` (genres with counts), ``/fanwen/<genre>/[<subgenre>/]`` (every
article of a genre), ``/zhuanti/`` and ``/zhuanti/<slug>/`` (topics staff curate).

Thin views over :mod:`haowen.library.browse`. Lists show titles, dates, counts and a short
description cut from the preview (:func:`~haowen.accounts.entitlement.public_description`),
the same for every reader, so no gated text reaches them. Counts and the home page's lists are
cached for ``HOME_CACHE_SECONDS`` under the library version (:mod:`haowen.library.version`):
a withdrawn or re-titled article leaves them within seconds; a new one joins within a minute.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from haowen.accounts.entitlement import public_description, readable_levels, visible_text
from haowen.library import browse, genres, version
from haowen.site_url import absolute_url
from haowen.search.services import search_articles

from .views import HOME_CACHE_SECONDS, _int

#: Articles per genre page.
GENRE_PAGE_SIZE = 20
#: Characters of the preview shown under each title in a list.
DESCRIPTION_CHARS = 80
#: Matches of a topic's saved search shown on its page (the rest are a search away).
TOPIC_QUERY_RESULTS = 20


def _counts() -> tuple[dict[str, int], dict[str, int]]:
    return cache.get_or_set(f"web:browse:counts:{version.current()}", browse.genre_counts, HOME_CACHE_SECONDS)


def _described(articles) -> list:
    """``articles`` with ``description`` set from the preview (never the gated part)."""
    for article in articles:
        article.description = public_description(article, DESCRIPTION_CHARS)
    return articles


def genres_index(request):
    """``/fanwen/``: every main genre and its sub-genres with the number of articles."""
    per_genre, per_sub = _counts()
    rows = [
        {
            "code": g.code,
            "label": genres.label(g.code),
            "count": per_genre.get(g.code, 0),
            "subs": [(s.code, genres.label(s.code), per_sub.get(s.code, 0)) for s in g.subs],
        }
        for g in genres.GENRES
    ]
    context = {
        "rows": rows,
        "total": sum(per_genre.values()),
        "crumbs": [(reverse("web:home"), _("首页"))],
        "canonical_url": absolute_url(reverse("web:genres")),
    }
    return render(request, "web/genres.html", context)


def genre_page(request, genre: str, subgenre: str = ""):
    """``/fanwen/<genre>/`` and ``/fanwen/<genre>/<subgenre>/``: the genre's articles, newest
    (default) or most read (``?sort=views``), of one year (``?year=``), 20 a page (``?page=``).

    A sub-genre code or a label in the genre's place (``/fanwen/notice/``, ``/fanwen/讲话稿/``)
    redirects to its page. 404 for an unknown genre, a sub-genre of another genre, a page
    past the end or a page number that is no number.
    """
    found = genres.resolve(genre)
    if found is None or (subgenre and found[1]):
        raise Http404(_("没有这个文种"))
    if found[1] or found[0] != genre:
        # A sub-genre's code, a label or an upper-case code: its one canonical address.
        target = reverse("web:genre_sub", args=found) if found[1] else reverse("web:genre", args=[found[0]])
        query = request.META.get("QUERY_STRING", "")
        return redirect(f"{target}?{query}" if query else target, permanent=True)
    genre = found[0]
    if subgenre and not (subgenre in genres.SUB_CODES and genres.is_sub_of(subgenre, genre)):
        raise Http404(_("没有这个文种"))
    sort = request.GET.get("sort", "newest")
    sort = sort if sort in browse.SORTS else "newest"
    year = _int(request.GET.get("year"), lo=1000, hi=9999)
    raw_page = request.GET.get("page", "1")
    number = _int(raw_page, lo=1, hi=1_000_000)
    if number is None:
        raise Http404(_("页码无效：%(page)s") % {"page": raw_page[:20]})
    lv = version.current()
    years = cache.get_or_set(
        f"web:browse:years:{genre}:{subgenre}:{lv}", lambda: browse.genre_years(genre, subgenre), HOME_CACHE_SECONDS
    )
    paginator = Paginator(browse.genre_articles(genre, subgenre, year, sort, browse.DESCRIBED_FIELDS), GENRE_PAGE_SIZE)
    # The page's list (the same for every reader) and the genre's count are kept under the
    # library version, like the home page's lists: a withdrawn, deleted or re-titled
    # article leaves at once; counts of views and comments lag by HOME_CACHE_SECONDS.
    list_key = f"web:browse:genre:{genre}:{subgenre}:{year or ''}:{sort}:{number}:{get_language()}:{lv}"
    cached = cache.get(list_key)
    if cached is not None:
        paginator.count = cached[0]  # (Paginator.count is a cached property: no COUNT query)
    if number > max(1, paginator.num_pages):
        raise Http404(_("页码超出范围：%(page)s") % {"page": number})
    page = paginator.page(number)
    if cached is None:
        articles = _described(list(page.object_list))
        list_html = render_to_string("web/_browse_list.html", {"articles": articles}, request=request)
        cache.set(list_key, (paginator.count, list_html), HOME_CACHE_SECONDS)
    else:
        list_html = cached[1]
    per_genre, per_sub = _counts()
    path = reverse("web:genre_sub", args=[genre, subgenre]) if subgenre else reverse("web:genre", args=[genre])
    # Links keep the filters; the canonical address drops the sort (same articles, other order).
    keep = {k: v for k, v in (("sort", sort if sort != "newest" else ""), ("year", year or "")) if v}
    canonical = {k: v for k, v in (("year", year or ""), ("page", number if number > 1 else "")) if v}
    crumbs = [(reverse("web:home"), _("首页")), (reverse("web:genres"), _("范文"))]
    if subgenre:
        crumbs.append((reverse("web:genre", args=[genre]), genres.label(genre)))
    context = {
        "genre": genre,
        "subgenre": subgenre,
        "title": genres.label(subgenre or genre),
        "crumbs": crumbs,
        "subs": [(code, text, per_sub.get(code, 0)) for code, text in genres.subgenres_of(genre)],
        "genre_count": per_genre.get(genre, 0),
        "page": page,
        "list_html": mark_safe(list_html),  # rendered by the template engine, escaped there
        "sort": sort,
        "sorts": [("newest", _("最新")), ("views", _("最多阅读"))],
        "year": year,
        "years": years,
        "path": path,
        "keep_query": urlencode(keep),
        "sort_query": urlencode({"year": year} if year else {}),
        "year_query": urlencode({"sort": sort} if sort != "newest" else {}),
        "canonical_url": absolute_url(path + (f"?{urlencode(canonical)}" if canonical else "")),
        "page_range": range(max(1, page.number - 3), min(paginator.num_pages, page.number + 3) + 1),
    }
    return render(request, "web/genre.html", context)


def topics_index(request):
    """``/zhuanti/``: every published topic."""
    lv = version.current()
    topics = cache.get_or_set(f"web:browse:topics:{lv}", lambda: list(browse.topics()), HOME_CACHE_SECONDS)
    return render(request, "web/topics.html", {"topics": topics, "canonical_url": absolute_url(reverse("web:topics"))})


def topic_page(request, slug: str):
    """``/zhuanti/<slug>/``: the articles staff chose, then the best matches of the topic's
    saved search that are not among them (as this reader's search would rank them; only
    titles and the preview's opening are shown)."""
    topic = get_object_or_404(browse.topics(), slug=slug)
    chosen = browse.topic_articles(topic, browse.DESCRIBED_FIELDS)
    more, search_url = [], ""
    if topic.query.strip():
        found = genres.parse_param(topic.genre)
        results = search_articles(
            topic.query,
            genre=found.genre if found else "",
            subgenre=found.subgenre if found else "",
            # Enough to fill the list after leaving out the chosen ones, and never unbounded.
            page_size=min(TOPIC_QUERY_RESULTS + len(chosen), 100),
            facets=False,
            visible_text=visible_text(request.user),
            readable=readable_levels(request.user),
        )
        ids = {a.pk for a in chosen}
        more = [r.article for r in results.results if r.article.pk not in ids and r.article.canonical_id is None]
        more = more[:TOPIC_QUERY_RESULTS]
        params = {"q": topic.query, **({"genre": found.code} if found else {})}
        search_url = reverse("web:search") + "?" + urlencode(params)
    context = {
        "topic": topic,
        "chosen": _described(chosen),
        "more": _described(more),
        "search_url": search_url,
        "crumbs": [(reverse("web:home"), _("首页")), (reverse("web:topics"), _("专题"))],
        "canonical_url": absolute_url(topic.get_absolute_url()),
    }
    return render(request, "web/topic.html", context)
