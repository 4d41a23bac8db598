"""Related documents (相关内容) by content similarity, through the search index.

An article's keywords are its words weighted by TF-IDF (the library's one weighting,
:func:`haowen.text.keywords.tfidf`, with sublinear tf), where the IDF comes from the
library itself: the document frequency of each word in this node's tantivy index
(``Searcher.doc_freq`` on the ``body`` field, which holds the same rjieba words),
not from a generic dictionary. The top keywords then form one weighted OR query
(each keyword's term query boosted by its weight, scored by BM25), so the most similar
articles are exactly the best hits. The article itself and its near-duplicates (same
``canonical`` group) are excluded.

Pure search-layer code: callers (the engagement app) cache the result.
"""

from __future__ import annotations

import re
from collections import Counter

import tantivy

from haowen.library.models import Article
from haowen.text.keywords import TF_SUBLINEAR, Keyword, tfidf
from haowen.text.normalize import fold
from haowen.text.segment import is_word, segment

from .follower import get_engine

__all__ = ["Keyword", "keywords", "related_article_ids", "DEFAULT_LIMIT"]

DEFAULT_LIMIT = 8
#: How many keywords form the query. Measured on ../shared/corpus (882 documents): of
#: the 8 related articles of each of the 58 政府工作报告, 75 % were other 政府工作报告 (or
#: the resolutions on them) with 30 keywords, 88 % with 60, 95 % with 150, 96 % with 250
#: (at ~2× the cost); the rest were mostly CPC congress reports. (Measured with BM25's idf,
#: before the weighting became haowen.text.keywords.tfidf's smoothed idf; not measured since.)
MAX_KEYWORDS = 150
#: A title word counts as this many body occurrences.
TITLE_WEIGHT = 5
#: Bodies longer than this many characters are cut for keyword extraction (the opening
#: of a long document carries its topic; segmentation is ~3.5 µs per character).
MAX_BODY_CHARS = 40_000

_NUMBERISH = re.compile(r"^[\d.,%x]+$")


def _candidate(token: str) -> bool:
    # One-character words (的, 是, 和 …) and numbers carry no topic.
    return len(token) >= 2 and is_word(token) and not _NUMBERISH.match(token)


def keywords(title: str, body: str, *, searcher=None, num_docs: int | None = None, top: int = MAX_KEYWORDS) -> list[Keyword]:
    """Return the ``top`` keywords of a document (:class:`~haowen.text.keywords.Keyword`:
    the folded ``term``, its count ``tf``, library ``df``, ``weight``), heaviest first.

    ``title`` and ``body`` are raw text (folded and segmented here); a title word counts
    :data:`TITLE_WEIGHT` times. The weight is :func:`haowen.text.keywords.tfidf`'s with
    sublinear tf (``1 + ln tf``) and the smoothed IDF ``ln((1 + N) / (1 + df)) + 1``, with
    ``N`` the number of indexed documents and ``df`` the word's document frequency in the
    library's index. Words found in fewer than 2 documents are skipped: they cannot
    connect this document to another one. Ties keep the order of first occurrence.
    Returns ``[]`` for an empty index.
    """
    if searcher is None:
        searcher = get_engine().index.searcher()
    n = searcher.num_docs if num_docs is None else num_docs
    if n <= 1:
        return []
    counts: Counter[str] = Counter()
    for token in segment(fold(title or "")):
        if _candidate(token):
            counts[token] += TITLE_WEIGHT
    for token in segment(fold((body or "")[:MAX_BODY_CHARS])):
        if _candidate(token):
            counts[token] += 1
    return tfidf(counts, lambda term: searcher.doc_freq("body", term), n, tf=TF_SUBLINEAR, min_df=2, top=top)


def _query(schema: tantivy.Schema, words: list[Keyword], exclude_id: int) -> tantivy.Query:
    shoulds = [
        (
            tantivy.Occur.Should,
            tantivy.Query.boost_query(tantivy.Query.term_query(schema, "body", k.term), k.weight),
        )
        for k in words
    ]
    shoulds.append(
        (tantivy.Occur.MustNot, tantivy.Query.term_query(schema, "id", exclude_id))
    )
    return tantivy.Query.boolean_query(shoulds)


def related_article_ids(article: Article, limit: int = DEFAULT_LIMIT) -> list[int]:
    """Ids of up to ``limit`` published articles most similar to ``article``, best first.

    Excludes ``article`` itself, unpublished articles and near-duplicates: articles in
    the same ``canonical`` group as ``article``, and all but the best-ranked member of
    any other group (so the list never shows two copies of one text). Returns ``[]``
    when the index is empty or the article has no usable keywords. Raises nothing for
    any article content.
    """
    engine = get_engine()
    searcher = engine.index.searcher()
    words = keywords(article.title, article.body, searcher=searcher)
    if not words:
        return []
    result = searcher.search(_query(engine.schema, words, article.pk), limit=limit * 3 + 5)
    hit_ids = [searcher.doc(addr)["id"][0] for _score, addr in result.hits]
    rows = Article.objects.published().filter(pk__in=hit_ids).values_list("pk", "canonical_id")
    group_of = {pk: (canonical_id or pk) for pk, canonical_id in rows}
    own_group = article.canonical_id or article.pk
    seen_groups = {own_group}
    chosen: list[int] = []
    for pk in hit_ids:
        group = group_of.get(pk)
        if group is None or group in seen_groups or pk == article.pk:
            continue
        seen_groups.add(group)
        chosen.append(pk)
        if len(chosen) >= limit:
            break
    return chosen
