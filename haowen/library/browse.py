"""Reading the library by genre (文种) and topic (专题): the queries behind the browse pages.

Every list here is of published articles that are not near-duplicate copies
(``Article.objects.canonical()``), as on the home page and in the API's list: a model text
copied across many sites is listed once. Counts are of that same set, so the number a page
shows is the number of articles it lists. Nothing here reads or returns text beyond titles;
the pages that show a description build it from the preview
(:func:`haowen.accounts.entitlement.public_description`).
"""

from __future__ import annotations

from django.db.models import Count, Max, QuerySet
from django.db.models.functions import ExtractYear

from .genres import GENRES
from .models import Article, Topic

#: Article fields a list line shows (title, date, views, words, genre).
LIST_FIELDS = ("id", "title", "published_on", "view_count", "char_count", "genre", "subgenre")
#: What a list line with a description needs besides: the body and access level it is cut from.
DESCRIBED_FIELDS = LIST_FIELDS + ("body", "access_level")
#: Sorts of a genre page: ``newest`` (publication date, undated last) or ``views``.
SORTS = ("newest", "views")


def listed() -> QuerySet:
    """Published, canonical articles: what every browse list draws from."""
    return Article.objects.canonical()


def genre_counts() -> tuple[dict[str, int], dict[str, int]]:
    """``(per genre, per sub-genre)`` article counts of :func:`listed` (one grouped query).

    Genres and sub-genres without articles are absent (not 0)."""
    per_genre: dict[str, int] = {}
    per_sub: dict[str, int] = {}
    for genre, sub, n in listed().order_by().values_list("genre", "subgenre").annotate(n=Count("id")):
        per_genre[genre] = per_genre.get(genre, 0) + n
        if sub:
            per_sub[sub] = per_sub.get(sub, 0) + n
    return per_genre, per_sub


def genre_articles(
    genre: str, subgenre: str = "", year: int | None = None, sort: str = "newest", fields: tuple = LIST_FIELDS
) -> QuerySet:
    """The articles of ``genre`` (and ``subgenre`` when given), of ``year`` when given,
    newest first (undated last) or most read first (``sort="views"``); only ``fields`` loaded."""
    qs = listed().filter(genre=genre)
    if subgenre:
        qs = qs.filter(subgenre=subgenre)
    if year:
        qs = qs.filter(published_on__year=year)
    if sort == "views":
        qs = qs.order_by("-view_count", "-id")
    return qs.only(*fields)


def genre_years(genre: str, subgenre: str = "") -> list[tuple[int, int]]:
    """``[(year, count)]`` of the genre's dated articles, latest year first."""
    qs = listed().filter(genre=genre, published_on__isnull=False)
    if subgenre:
        qs = qs.filter(subgenre=subgenre)
    rows = qs.order_by().annotate(y=ExtractYear("published_on")).values_list("y").annotate(n=Count("id"))
    return sorted(((int(y), n) for y, n in rows if y), reverse=True)


def genre_lastmod() -> dict[str, object]:
    """``{genre: latest updated_at}`` over :func:`listed` (the sitemap's ``lastmod``)."""
    return dict(listed().order_by().values_list("genre").annotate(m=Max("updated_at")))


def home_sections(per_list: int = 6) -> list[dict]:
    """One section per main genre that has articles, in the taxonomy's order:
    ``{"genre", "latest", "popular", "count"}`` with at most ``per_list`` articles in each list
    (list fields only). Two indexed queries per genre."""
    per_genre, _per_sub = genre_counts()
    sections = []
    for g in GENRES:
        n = per_genre.get(g.code, 0)
        if not n:
            continue
        base = listed().filter(genre=g.code).only(*LIST_FIELDS)
        sections.append({
            "genre": g.code,
            "count": n,
            "latest": list(base[:per_list]),
            "popular": list(base.order_by("-view_count", "-id")[:per_list]),
        })
    return sections


def topics() -> QuerySet:
    """Published topics in their staff-set order."""
    return Topic.objects.published()


def topic_articles(topic: Topic, fields: tuple = LIST_FIELDS) -> list[Article]:
    """The articles staff chose for ``topic`` that are still listed, in their order."""
    qs = listed().filter(topic_entries__topic=topic).order_by("topic_entries__position", "topic_entries__id")
    return list(qs.only(*fields))
