"""Thin page views: parse the request, call a service, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import F
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from haowen import limits
from haowen.accounts.entitlement import readable_levels, visible_text
from haowen.engagement.pageviews.hot import hot_lists
from haowen.library import version
from haowen.library import browse, genres
from haowen.library.models import Article
from haowen.library.prepared import published_by_id
from haowen.site_url import absolute_url
from haowen.search.services import SORTS, hot_queries, log_search, search_articles
from haowen.search.services import logged as search_logged
from haowen.search.suggest import suggest

from . import search_page
from .article_page import build_article_context


#: Seconds the home page's latest and most-viewed lists are cached.
HOME_CACHE_SECONDS = 60


def _int(value, default=None, lo=None, hi=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if lo is not None and number < lo or hi is not None and number > hi:
        return default
    return number


def home(request):
    """Home: search box, the genres, topics, a section per main genre (latest and most read
    in each, so no one genre or source floods the page), the most viewed articles."""
    # Titles and counts only (no text, so nothing gated): the same for every reader and
    # cached briefly, because sorting the library on every home page view costs ~10 ms.
    # The keys carry the library version: a withdrawn or re-titled article leaves at once.
    lv = version.current()

    def labelled_sections() -> list[dict]:
        sections = cache.get_or_set(f"web:home:sections:{lv}", browse.home_sections, HOME_CACHE_SECONDS)
        for section in sections:
            section["label"] = genres.label(section["genre"])
        return sections

    def most_read() -> list[Article]:
        return cache.get_or_set(
            f"web:home:popular:{lv}",
            lambda: list(
                Article.objects.canonical()
                .order_by("-view_count", "-id")
                .only("id", "title", "published_on", "view_count")[:10]
            ),
            HOME_CACHE_SECONDS,
        )

    topics = cache.get_or_set(
        f"web:home:topics:{lv}", lambda: list(browse.topics().filter(on_home=True)[:12]), HOME_CACHE_SECONDS
    )
    context = {
        # The lists' HTML is a prerendered fragment under the same version (70 ms of
        # template for 17 lists and their comment counts): read only when it is built.
        "sections": SimpleLazyObject(labelled_sections),
        "popular": SimpleLazyObject(most_read),
        "lists_key": f"{lv}",
        "lists_seconds": HOME_CACHE_SECONDS,
        "topics": topics,
        "genre_links": [(code, genres.label(code)) for code in genres.MAIN_CODES],
        "hot_queries": hot_queries(),
        "hot": SimpleLazyObject(hot_lists),  # inside the page's hot-lists fragment, when there is one
    }
    return render(request, "web/home.html", context)


def search(request):
    """``/search/?q=…&genre=…&year=…&sort=…&page=…``: never a 500, whatever the input.

    ``genre`` is a genre or sub-genre code; the older ``kind`` (the eight kinds before
    genres) still filters, mapped by :func:`haowen.library.genres.parse_param`.

    A genre word in the query (讲话, 发言稿, 通知 …) ranks its genre first; ``words=1`` searches
    the word itself instead (the page offers the link).

    Searches count against ``SEARCH_RATE_ANON`` (per client IP) or ``SEARCH_RATE_USER``
    (per signed-in reader); over the limit the reader gets the 429 page with Retry-After.
    """
    q = request.GET.get("q", "")
    if q.strip():
        decision = limits.consume_search(request, request.user)
        if not decision:
            return limits.too_many_requests(request, decision, _("搜索太频繁了。"))
    found = genres.parse_param(request.GET.get("genre"), request.GET.get("kind"))
    genre = found.code if found else ""
    year = _int(request.GET.get("year"), lo=1000, hi=9999)
    sort = request.GET.get("sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    page = _int(request.GET.get("page"), default=1, lo=1, hi=100000) or 1
    literal = request.GET.get("words") == "1"
    as_typed = request.GET.get("fix") == "0"
    store_key = search_page.key(
        request, {"q": q, "genre": genre, "year": year, "sort": sort, "page": page, "words": literal, "fix": as_typed}
    )
    stored = search_page.get(store_key)
    if stored is not None:
        # The same content for every anonymous reader: counted, not searched again.
        search_page.log_stored(stored)
        return render(request, "web/search.html", {"q": stored.q, "content": stored.html})
    results = search_articles(
        q,
        genre=found.genre if found else "",
        subgenre=found.subgenre if found else "",
        year=year,
        sort=sort,
        page=page,
        visible_text=visible_text(request.user),
        readable=readable_levels(request.user),
        genre_words=not literal,
        correct=not as_typed,
    )
    if not results.query.is_empty:
        log_search(results, anonymous=not request.user.is_authenticated)
    # The pager's links keep the query, sort and filters; only the page changes.
    params = {"q": results.query.display, "sort": sort}
    if genre:
        params["genre"] = genre
    if year:
        params["year"] = year
    if literal:
        params["words"] = "1"
    page_query = urlencode(params)
    genre_notes = [(word, genres.label(code)) for word, code in results.genre_words]
    if results.total and page > results.pages:
        # A page past the end (an old link, a hand-edited URL): go to the last page.
        return redirect(f"{request.path}?{page_query}&page={results.pages}")
    context = {
        "q": results.query.display,
        "results": results,
        "genre": genre,
        "year": year,
        "sort": sort,
        "sorts": [("relevance", _("相关度")), ("newest", _("最新")), ("views", _("最多阅读"))],
        "genre_facets": [(k, genres.label(k), n) for k, n in sorted(results.genres.items(), key=lambda kv: -kv[1])],
        "genre_label": genres.label(genre) if genre else "",
        "year_facets": sorted(results.years.items(), reverse=True)[:30],
        "page_range": range(max(1, results.page - 3), min(results.pages, results.page + 3) + 1),
        "page_query": page_query,
        "literal": literal,
        "genre_notes": genre_notes,
        "words_query": urlencode({**params, "words": "1"}) if genre_notes else "",
        "corrected_from": results.corrected_from.display if results.corrected_from else "",
        "as_typed_query": urlencode({**params, "q": results.corrected_from.display, "fix": "0"})
        if results.corrected_from
        else "",
        "hot_queries": hot_queries() if not results.total else [],
    }
    logged = search_logged(results) if not results.query.is_empty else None
    content = search_page.render_content(request, context, store_key, logged, genre_words=not literal)
    return render(request, "web/search.html", {"q": results.query.display, "content": content})


def search_suggest(request):
    """``/search/suggest/?q=…``: suggestions while typing as JSON (``{"q", "queries",
    "titles": [{"title", "url"}]}``, :func:`haowen.search.suggest.suggest`); any input gives a
    200 with sane, possibly empty lists. Counted against ``SEARCH_SUGGEST_RATE`` (an empty
    text is not); over it a JSON 429 with ``Retry-After``. Never stored by a cache: a
    withdrawn title must not linger."""
    text = request.GET.get("q", "")
    if text.strip():
        decision = limits.consume_suggest(request, request.user)
        if not decision:
            retry = max(1, int(decision.retry_after or 1))
            response = JsonResponse({"error": _("搜索太频繁了。"), "retry_after": retry}, status=429)
            response["Retry-After"] = str(retry)
            response["Cache-Control"] = "no-store"
            return response
    response = JsonResponse(suggest(text).as_json(), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def article(request, pk: int):
    """The article page; counts a view. Its context is :func:`~haowen.web.article_page.build_article_context`'s.

    The parts of the page that are the same for every reader who may see the same text
    (body, outline, writer's tools, head, share box, 相关内容) are prerendered fragments
    keyed by ``parts_key`` (:mod:`haowen.web.fragments`); comments, tips, the view count and
    the top bar are rendered for each request.
    """
    found = published_by_id([pk])
    if not found:
        raise Http404(_("文章不存在"))
    obj = found[0]
    context = build_article_context(request, obj)
    _count_view(request, obj)
    _note_read(request, obj)
    return render(request, "web/article.html", context)


def _note_read(request, obj: Article) -> None:
    """Add the article to a signed-in reader's 阅读历史 (issue 16); never breaks the page."""
    if not request.user.is_authenticated:
        return
    import logging

    from django.db import DatabaseError

    from haowen.accounts.services import record_read

    try:
        record_read(request.user, obj)
    except DatabaseError:
        logging.getLogger("haowen.web").exception("could not record the reading history of user %s", request.user.pk)


def _count_view(request, obj: Article) -> None:
    """Count a view (the engagement app replaces this with de-duplicated rollups)."""
    try:
        from haowen.engagement.pageviews.counter import count_view
    except ImportError:
        Article.objects.filter(pk=obj.pk).update(view_count=F("view_count") + 1)
        obj.view_count += 1
        return
    count_view(request, obj)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def favicon(request):
    """``/favicon.ico`` for clients that ask for it without reading the page's icon link."""
    from django.http import HttpResponsePermanentRedirect
    from django.templatetags.static import static

    return HttpResponsePermanentRedirect(static("haowen/favicon.svg"))


def robots_txt(request):
    from django.http import HttpResponse

    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /accounts/", f"Sitemap: {absolute_url('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
