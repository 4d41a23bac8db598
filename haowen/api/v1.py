"""Version 1 of the JSON API: thin views over the library, search and entitlement services.

Every article text leaves through :func:`haowen.accounts.entitlement.entitlement`, the
same function the article page asks, so an anonymous caller gets exactly the page's
preview and a token of a member gets what that member sees on the page. Reading an
article through the API does not count a view (views count people reading pages).
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.errors import Throttled, ValidationError

from haowen import limits
from haowen.accounts.entitlement import entitlement, readable_levels, tagged_articles, visible_tags, visible_text
from haowen.engagement.pageviews.hot import HOT_WINDOWS, hot_lists
from haowen.engagement.related import related_articles
from haowen.engagement.models import Comment
from haowen.library import genres
from haowen.library.citations import cited_documents
from haowen.library.models import Article
from haowen.site_url import absolute_url
from haowen.search.services import MAX_PAGE, PAGE_SIZE, log_search, search_articles
from haowen.text.outline import outline

from . import schemas
from .auth import BearerToken, api_user
from .errors import COMMON_ERRORS

router = Router(tags=["v1"])

#: Anonymous or token: both fine, a wrong token is a 401 (OpenAPI: ``security: [{bearer}, {}]``).
OPTIONAL_AUTH = {"security": [{}]}

MAX_LIST_PAGE = 10_000
MAX_PAGE_SIZE = 50
MAX_QUERY_LENGTH = 1000
SUMMARY_FIELDS = ("id", "title", "genre", "subgenre", "published_on", "view_count", "char_count")

#: Every genre and sub-genre code (``haowen.text.genres``) as a Literal, so the OpenAPI
#: description lists them as an enum.
GenreParam = Literal[tuple(genres.MAIN_CODES + genres.SUB_CODES)]
if not set(genres.LEGACY_KINDS) <= set(GenreParam.__args__):  # pragma: no cover - caught at import
    raise ImproperlyConfigured("every old kind must stay a genre code, so ?kind= keeps working")
GENRE_HELP = "按文种筛选：大类（speech、report、summary、official、plan、law、news、other）或细分文种代码（如 notice、remarks）"
KIND_HELP = "旧参数，同 genre；旧的八种类型照旧可用（kind=notice 即党政公文大类）"


def _genre_filter(qs, genre: str | None, kind: str | None):
    """``qs`` filtered by ``?genre=`` (or the older ``?kind=``), see :func:`haowen.library.genres.parse_param`."""
    found = genres.parse_param(genre, kind)
    if found is None:
        return qs
    return qs.filter(genre=found.genre, **({"subgenre": found.subgenre} if found.subgenre else {}))


def _responses(ok):
    return {200: ok, **COMMON_ERRORS}


def summary(article: Article) -> dict:
    """The :class:`~haowen.api.schemas.ArticleSummary` fields of ``article``."""
    return {
        "id": article.pk,
        "title": article.title,
        "genre": article.genre,
        "genre_label": genres.label(article.genre),
        "subgenre": article.subgenre,
        "subgenre_label": genres.label(article.subgenre),
        "kind": article.genre,
        "kind_label": genres.label(article.genre),
        "published_on": article.published_on,
        "views": article.view_count,
        "word_count": article.char_count,
        "url": absolute_url(article.get_absolute_url()),
    }


def get_article(pk: int) -> Article:
    """A published article or Http404 (the envelope's ``not_found``)."""
    article = Article.objects.published().filter(pk=pk).first()
    if article is None:
        raise Http404(_("文章不存在：%(id)s") % {"id": pk})
    return article


def _pages(count: int, page_size: int) -> int:
    return (count + page_size - 1) // page_size


@router.get("/articles", response=_responses(schemas.ArticleList), openapi_extra=OPTIONAL_AUTH,
            summary="文章列表")
def list_articles(
    request,
    genre: GenreParam | None = Query(None, description=GENRE_HELP),
    kind: GenreParam | None = Query(None, description=KIND_HELP, deprecated=True),
    year: int | None = Query(None, ge=1000, le=9999, description="按发布年份筛选"),
    # No control characters: PostgreSQL refuses NUL in text, so it must be a 422, not a 500.
    tag: str | None = Query(None, min_length=1, max_length=50, pattern=r"^[^\x00-\x1f\x7f]+$",
                            description="按关键词标签筛选"),
    sort: Literal["newest", "views"] = Query("newest", description="newest：最新；views：最多阅读"),
    page: int = Query(1, ge=1, le=MAX_LIST_PAGE),
    page_size: int = Query(20, ge=1, le=MAX_PAGE_SIZE),
):
    """Published articles that are not near-duplicate copies (as on the home page), newest first.

    Raises ninja's ``ValidationError`` (a 422) for a ``tag`` given empty: the description asks for
    one character at least, and ninja reads ``?tag=`` as no tag at all."""
    if tag is None and request.GET.get("tag") == "":
        raise ValidationError([{"loc": ["query", "tag"], "msg": _("标签不能为空。"), "type": "string_too_short"}])
    qs = _genre_filter(Article.objects.canonical(), genre, kind)
    if year:
        qs = qs.filter(published_on__year=year)
    if tag:
        # Only articles on which this caller may see the tag (issue 12): a word of a gated
        # part must not find its article, nor count it, for a caller who may not read it.
        qs = qs.filter(pk__in=tagged_articles(tag, api_user(request)).values("article_id"))
    if sort == "views":
        qs = qs.order_by("-view_count", "-id")
    count = qs.count()
    start = (page - 1) * page_size
    rows = qs.only(*SUMMARY_FIELDS)[start : start + page_size]
    return {
        "count": count,
        "page": page,
        "pages": _pages(count, page_size),
        "page_size": page_size,
        "results": [summary(a) for a in rows],
    }


def _outline(paragraphs: list[str], title: str) -> list[dict]:
    """Headings of the *visible* paragraphs only (a heading in the gated part is gated
    text), computed as the article page's writer tools compute them."""
    return [
        {
            "level": item.level,
            "title": item.title,
            "style": item.style,
            "paragraph": item.paragraph,
            "anchor": f"p{item.paragraph + 1}",
        }
        for item in outline(paragraphs, title)
    ]


@router.get("/articles/{article_id}", response=_responses(schemas.ArticleDetail), openapi_extra=OPTIONAL_AUTH,
            summary="文章详情")
def article_detail(request, article_id: int):
    """One article with the text this caller may read: the preview for anonymous callers,
    the full text (or the members' preview) for a token's owner — exactly as on the page."""
    article = get_article(article_id)
    visible = entitlement(article, api_user(request))
    tags = [at.tag.name for at in visible_tags(article, api_user(request))]
    return {
        **summary(article),
        "tags": tags,
        "access": {
            "is_full": bool(visible.is_full),
            "remaining_chars": int(visible.remaining_chars or 0),
            "reason": visible.reason or "",
        },
        "paragraphs": list(visible.paragraphs),
        "outline": _outline(list(visible.paragraphs), article.title),
        "cites": _cites(list(visible.paragraphs), article.pk),
    }


def _cites(paragraphs: list[str], pk: int) -> list[dict]:
    """The documents the *visible* paragraphs cite, as the article page's panel lists them."""
    search = reverse("web:search")
    return [
        {
            "kind": c.kind,
            "text": c.text,
            "number": c.number,
            "count": c.count,
            "article_id": c.article_id,
            "url": absolute_url(c.article_url) if c.article_url else None,
            "search_url": None if c.article_url else absolute_url(f"{search}?{urlencode({'q': c.query})}"),
        }
        for c in cited_documents(paragraphs, exclude_pk=pk)
    ]


@router.get("/search", response=_responses(schemas.SearchOut), openapi_extra=OPTIONAL_AUTH, summary="全文搜索")
def search(
    request,
    q: str = Query("", max_length=MAX_QUERY_LENGTH, description='查询：词语之间空格表示“且”；"…" 精确匹配；-词 排除'),
    genre: GenreParam | None = Query(None, description=GENRE_HELP),
    kind: GenreParam | None = Query(None, description=KIND_HELP, deprecated=True),
    year: int | None = Query(None, ge=1000, le=9999),
    sort: Literal["relevance", "newest", "views"] = Query("relevance"),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    words: bool = Query(False, description="true：把查询中的文种词（讲话、通知……）当作普通词语搜索，不按文种优先"),
    fix: bool = Query(True, description="false：没有结果时不自动改用纠正后的查询"),
):
    """The search page's search (``/search/``) with the same parameters and results;
    snippets come only from text this caller may read. Searches also count against the
    search page's limits (``SEARCH_RATE_ANON`` per IP, ``SEARCH_RATE_USER`` per token owner)."""
    user = api_user(request)
    if q.strip():
        decision = limits.consume_search(request, user)
        if not decision:
            raise Throttled(decision.retry_after)
    found = genres.parse_param(genre, kind)
    results = search_articles(
        q,
        genre=found.genre if found else "",
        subgenre=found.subgenre if found else "",
        year=year,
        sort=sort,
        page=page,
        visible_text=visible_text(user),
        readable=readable_levels(user),
        genre_words=not words,
        correct=fix,
    )
    if not results.query.is_empty:
        log_search(results, anonymous=user is None or not user.is_authenticated)
    facets = sorted(results.genres.items(), key=lambda kv: -kv[1])
    return {
        "query": results.query.display,
        "truncated": results.query.truncated,
        "partial": results.partial,
        "corrected_from": results.corrected_from.display if results.corrected_from else None,
        "genre_words": [{"word": w, "genre": c, "label": genres.label(c)} for w, c in results.genre_words],
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "page_size": PAGE_SIZE,
        "elapsed_ms": round(results.elapsed_ms, 2),
        "results": [
            {
                **summary(r.article),
                "score": float(r.score),
                "title_html": r.title_html,
                "snippet_html": r.snippet_html,
                "in_gated_part": r.in_gated_part,
            }
            for r in results.results
        ],
        "genres": [{"genre": k, "label": genres.label(k), "count": n} for k, n in facets],
        "kinds": [{"kind": k, "label": genres.label(k), "count": n} for k, n in facets],
        "years": [{"year": int(y), "count": n} for y, n in sorted(results.years.items(), reverse=True)],
    }


@router.get("/hot", response=_responses(schemas.HotList), openapi_extra=OPTIONAL_AUTH, summary="热门文章")
def hot(request, period: Literal["week", "month"] = Query("week", description="week：本周热门；month：本月热门")):
    """The hot list of the rolling 7-day (``week``) or 30-day (``month``) window, the same
    (cached) list the pages show."""
    items = hot_lists()[period]
    return {
        "period": period,
        "days": HOT_WINDOWS[period],
        "results": [
            {"id": i.id, "title": i.title, "url": absolute_url(i.url), "views": i.views} for i in items
        ],
    }


@router.get("/articles/{article_id}/related", response=_responses(schemas.RelatedList), openapi_extra=OPTIONAL_AUTH,
            summary="相关内容")
def related(request, article_id: int, limit: int = Query(8, ge=1, le=20)):
    """Articles similar to this one (相关内容), best first, as on the article page."""
    article = get_article(article_id)
    ids = [a.pk for a in related_articles(article, limit=limit)]
    found = Article.objects.published().only(*SUMMARY_FIELDS).in_bulk(ids)
    return {"results": [summary(found[i]) for i in ids if i in found]}


@router.get("/articles/{article_id}/comments", response=_responses(schemas.CommentList), openapi_extra=OPTIONAL_AUTH,
            summary="留言")
def comments(
    request,
    article_id: int,
    page: int = Query(1, ge=1, le=MAX_LIST_PAGE),
    page_size: int = Query(20, ge=1, le=MAX_PAGE_SIZE),
):
    """Approved comments (精选 first, then newest first), the ones every reader sees on the
    page. Pending, rejected and deleted comments never appear here."""
    article = get_article(article_id)
    qs = Comment.objects.approved().filter(article=article).select_related("user")
    count = qs.count()
    start = (page - 1) * page_size
    rows = qs.order_by("-is_featured", "-created_at", "-id")[start : start + page_size]
    return {
        "count": count,
        "page": page,
        "pages": _pages(count, page_size),
        "page_size": page_size,
        "results": [
            {
                "id": c.pk,
                # The page shows the first name when set, else the username.
                "author": c.user.first_name or c.user.get_username(),
                "body": c.body,
                "created_at": c.created_at,
                "is_featured": c.is_featured,
            }
            for c in rows
        ],
    }


@router.get("/me", response=_responses(schemas.MeOut), auth=BearerToken(optional=False), summary="当前令牌的用户")
def me(request):
    """Who the token belongs to; 401 without a valid token."""
    return {"username": request.auth.user.get_username(), "token_name": request.auth.name}
