"""Search as the pages and the API use it: engine hits → articles → snippets.

Snippets are cut from the text the *caller* says the reader may see
(``visible_text``), so a gated part never reaches a search result page; and which
articles match, how many and in what order depends on gated text only through its whole
words, for the access levels the caller says the reader may not read in full
(``readable``; see :meth:`haowen.search.engine.Engine.search`). Both come from
``haowen.accounts.entitlement``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Collection

from haowen.library.models import Article
from haowen.library.prepared import published_by_id
from haowen.text.normalize import fold
from haowen.text.query import ParsedQuery, parse_query
from haowen.text.snippets import highlight, make_snippet

from . import analytics
from .follower import get_engine
from .synonyms import synonym_map

SORTS = ("relevance", "newest", "views")
PAGE_SIZE = 10
MAX_PAGE = 100


@dataclass
class Result:
    """One search result: ``snippet_html``/``title_html`` are escaped HTML with ``<mark>``.

    ``in_gated_part`` is True when the reader may not see the whole text and the
    match lies outside what they may see.
    """

    article: Article
    score: float
    title_html: str
    snippet_html: str
    in_gated_part: bool = False


@dataclass
class Results:
    query: ParsedQuery
    results: list[Result]
    total: int
    page: int
    pages: int
    elapsed_ms: float
    genres: dict[str, int] = field(default_factory=dict)
    subgenres: dict[str, int] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)
    #: True when nothing matched every clause and these are the best partial matches.
    partial: bool = False
    #: The query as typed when it found nothing and these are the results of a corrected
    #: query (``query``; :func:`haowen.search.analytics.did_you_mean`), else ``None``.
    corrected_from: ParsedQuery | None = None

    @property
    def genre_words(self) -> list[tuple[str, str]]:
        """``[(word as typed, genre code)]`` of the query's clauses read as genres."""
        return [(c.text, c.genre) for c in self.query.genre_clauses]


def _clause_visible(clause, folded_visible: str) -> bool:
    """True when ``clause`` (or one of its synonym forms) can be seen in the folded text."""
    for c in (clause, *clause.alternatives):
        if c.text in folded_visible:
            return True
        if c.is_long:  # most of its words (Clause.required_words), as the engine matched it
            held = sum(1 for group in c.words if all(term in folded_visible for term in group))
            if held >= c.required_words:
                return True
        elif not c.exact and all(term in folded_visible for term in c.terms):
            return True
    return False


def _all_clauses_visible(parsed: ParsedQuery, folded_visible: str, partial: bool = False) -> bool:
    """True when every positive clause of ``parsed`` can be seen in the folded visible text
    (``partial``: at least one). A genre word's clause is met by the article's genre (shown
    on every list) and is not required."""
    required = [c for c in parsed.clauses if not c.negated and not (c.genre and not parsed.only_genres)]
    if not required:
        return True
    seen = [_clause_visible(c, folded_visible) or bool(c.genre) for c in required]
    return any(seen) if partial else all(seen)


def search_articles(
    q: str | None,
    *,
    genre: str = "",
    subgenre: str = "",
    year: int | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = PAGE_SIZE,
    facets: bool = True,
    visible_text: Callable[[Article], tuple[str, bool]] | None = None,
    readable: Collection[str] | None = None,
    genre_words: bool = True,
    correct: bool = True,
) -> Results:
    """Search the library. Never raises on any ``q``.

    ``visible_text(article) -> (text, is_full)`` gives the text the current reader may
    see; without it the whole body is used (for trusted callers such as benchmarks).
    ``readable`` is the set of index access levels whose articles the reader may read in
    full (:func:`haowen.accounts.entitlement.readable_levels`); ``None`` searches every
    body with substring matching too (staff, trusted callers). A reader's search passes
    both.
    ``genre`` / ``subgenre`` filter by genre codes (:mod:`haowen.text.genres`; ``""`` = any),
    and the results count matches per genre and sub-genre (``genres``, ``subgenres``).
    ``page`` is 1-based and clamped to ``1..MAX_PAGE``; ``sort`` falls back to relevance.

    The query is understood (issue 15 §3): a clause that is only a genre word ranks that
    genre first instead of being required in the text (``genre_words``; ``False`` searches
    the word itself), a clause in the staff's synonym map matches any of its forms, and
    when nothing matches every clause the results are the best partial matches
    (``partial``). When nothing matches at all and ``correct`` is true, a query with a
    misspelt word replaced by a word of the library's titles that has results for this
    reader (same ``readable``) is searched instead (``corrected_from`` keeps the original).
    """
    started = time.perf_counter()
    parsed = parse_query(q, genre_words=genre_words, synonyms=synonym_map())
    sort = sort if sort in SORTS else "relevance"
    page = min(max(1, int(page or 1)), MAX_PAGE)
    if parsed.is_empty:
        return Results(parsed, [], 0, page, 0, 0.0)
    engine_page = get_engine().search(
        parsed,
        genre=genre,
        subgenre=subgenre,
        year=year,
        sort=sort,
        offset=(page - 1) * page_size,
        limit=page_size,
        facets=facets,
        readable=readable,
    )
    articles = {a.pk: a for a in published_by_id([h.id for h in engine_page.hits])}
    terms = parsed.highlight_terms
    results: list[Result] = []
    for hit in engine_page.hits:
        article = articles.get(hit.id)
        if article is None:  # deleted since the index last applied the log
            continue
        if visible_text is None:
            text, is_full = article.body, True
        else:
            text, is_full = visible_text(article)
        snippet, matched = make_snippet(text, terms)
        if not is_full:
            # The title is always visible; a clause seen in it is not "in the full text".
            matched = _all_clauses_visible(
                parsed, fold(article.title) + "\n" + fold(text), partial=engine_page.partial
            )
        results.append(
            Result(
                article=article,
                score=hit.score,
                title_html=highlight(article.title, terms),
                snippet_html=snippet,
                in_gated_part=(not is_full and not matched),
            )
        )
    if correct and not engine_page.total:
        suggestion = _suggest(parsed, readable, genre_words)
        if suggestion:
            found = search_articles(
                suggestion, genre=genre, subgenre=subgenre, year=year, sort=sort, page=page,
                page_size=page_size, facets=facets, visible_text=visible_text, readable=readable,
                genre_words=genre_words, correct=False,
            )
            if found.total:
                found.corrected_from = parsed
                return found
    pages = min(MAX_PAGE, (engine_page.total + page_size - 1) // page_size)
    return Results(
        query=parsed,
        results=results,
        total=engine_page.total,
        page=page,
        pages=pages,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        genres=engine_page.genres,
        subgenres=engine_page.subgenres,
        years=engine_page.years,
        partial=engine_page.partial,
    )


def _suggest(parsed: ParsedQuery, readable: Collection[str] | None, genre_words: bool) -> str | None:
    """For a query without results: the query with a misspelt word replaced by a word of
    the library's titles (:func:`haowen.search.analytics.did_you_mean`), only when that query
    has results for the same reader (``readable`` as for :func:`search_articles`)."""
    if parsed.is_empty:
        return None

    def has_results(query: str) -> bool:
        parsed = parse_query(query, genre_words=genre_words, synonyms=synonym_map())
        return not parsed.is_empty and get_engine().search(parsed, limit=1, readable=readable).total > 0

    return analytics.did_you_mean(parsed, has_results)


def _counted(results: Results) -> tuple[ParsedQuery, int] | None:
    """``(query, result count)`` a search of ``results`` counts in the search log, or ``None``
    past page 1 (paging is not a new search). The count is 0 for partial matches and for a
    query that was corrected (the query as typed is counted)."""
    if results.page != 1:
        return None
    if results.corrected_from is not None:  # the query typed found nothing
        return results.corrected_from, 0
    return results.query, 0 if results.partial else results.total


def logged(results: Results) -> tuple[str, int] | None:
    """What :func:`log_search` counts for ``results``, with the query as displayed (for a
    stored page's repeats, :func:`log_query`), or ``None``."""
    counted = _counted(results)
    return (counted[0].display, counted[1]) if counted else None


def log_search(results: Results, *, anonymous: bool) -> None:
    """Count this search in the search log (:func:`_counted`). No reader or address is stored."""
    counted = _counted(results)
    if counted:
        analytics.log_search(counted[0], counted[1], anonymous=anonymous)


def log_query(text: str, total: int, *, anonymous: bool, genre_words: bool = True) -> None:
    """Count a search of ``text`` (a query as displayed, from :func:`logged`) with ``total``
    results, as :func:`log_search` counted it the first time: a repeat served from a store."""
    parsed = parse_query(text, genre_words=genre_words, synonyms=synonym_map())
    if not parsed.is_empty:
        analytics.log_search(parsed, total, anonymous=anonymous)


def hot_queries() -> list[str]:
    """The public 热门搜索 list (:func:`haowen.search.analytics.hot_queries`)."""
    return analytics.hot_queries()
