"""Keyword tags (关键词): automatic TF-IDF tags against the library's own IDF.

:func:`tag_article` replaces an article's automatic tags (``ArticleTag.is_manual=False``)
with 5–10 keywords from :func:`haowen.text.keywords.extract_keywords`; tags staff set
in the admin (``is_manual=True``) are kept and never duplicated. The weight is the
TF-IDF score (higher = more relevant), which orders the tag page.

Document frequencies come from the library itself (:func:`library_df`): the published
canonical articles, at most :data:`IDF_SAMPLE` of them (the most recent), computed once
per process and reused for :data:`IDF_TTL_SECONDS` — an estimate is all IDF needs, and
the cost stays bounded on a large library (about 2 s per 10 million characters).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Callable, Iterable

from django.db import transaction

from haowen.text.keywords import document_frequencies, extract_keywords

from .models import Article, ArticleTag, Tag

__all__ = ["IDF_SAMPLE", "library_df", "tag_article", "tag_articles", "articles_for_tag"]

IDF_SAMPLE = 2000
IDF_TTL_SECONDS = 3600
MAX_TAG_CHARS = 50

_lock = threading.Lock()
_cache: dict[str, object] = {}


def library_df(refresh: bool = False) -> tuple[Counter, int]:
    """``(df, n)`` over up to IDF_SAMPLE recent published canonical articles (cached per process)."""
    with _lock:
        cached = _cache.get("df")
        if cached and not refresh and time.monotonic() - cached[2] < IDF_TTL_SECONDS:
            return cached[0], cached[1]
    bodies = (
        Article.objects.canonical()
        .order_by("-pk")
        .values_list("title", "body")[:IDF_SAMPLE]
        .iterator(chunk_size=500)
    )
    df, n = document_frequencies(f"{title}\n{body}" for title, body in bodies)
    with _lock:
        _cache["df"] = (df, n, time.monotonic())
    return df, n


def clear_cache() -> None:
    """Forget the cached document frequencies (tests, or after a large import)."""
    with _lock:
        _cache.clear()


def tag_article(
    article: Article,
    df: Counter | None = None,
    n_docs: int | None = None,
    keywords: list[tuple[str, float]] | None = None,
) -> list[ArticleTag]:
    """Replace ``article``'s automatic tags with fresh keywords; return its tags, best first.

    ``df``/``n_docs`` default to :func:`library_df`; ``keywords`` is
    ``extract_keywords(title + "\\n" + body, df, n_docs)`` when the caller computed it
    already. Manual tags stay as they
    are; a keyword that is already a manual tag is skipped. One transaction.
    """
    if keywords is None:
        if df is None or n_docs is None:
            df, n_docs = library_df()
        keywords = extract_keywords(f"{article.title}\n{article.body}", df, n_docs)
    _write_tags([article], [keywords])
    return list(ArticleTag.objects.filter(article=article).select_related("tag").order_by("-weight"))


def _write_tags(articles: list[Article], keywords: list[list[tuple[str, float]]]) -> None:
    """Replace the automatic tags of ``articles`` with ``keywords`` (one list per article).

    One transaction and five or six queries for the whole list: manual tags are read
    and kept, automatic ones deleted, missing tags created, the new links inserted.
    """
    ids = [a.pk for a in articles]
    with transaction.atomic():
        manual: dict[int, set[str]] = {}
        for article_id, name in ArticleTag.objects.filter(article_id__in=ids, is_manual=True).values_list(
            "article_id", "tag__name"
        ):
            manual.setdefault(article_id, set()).add(name)
        ArticleTag.objects.filter(article_id__in=ids, is_manual=False).delete()
        wanted: list[dict[str, float]] = []
        for article, words in zip(articles, keywords):
            keep = manual.get(article.pk, set())
            chosen: dict[str, float] = {}
            for name, score in words:
                name = name[:MAX_TAG_CHARS]
                if name not in keep and name not in chosen:
                    chosen[name] = score
            wanted.append(chosen)
        tags = _tags_by_name(sorted({name for chosen in wanted for name in chosen}))
        ArticleTag.objects.bulk_create(
            [
                ArticleTag(article_id=article.pk, tag_id=tags[name], weight=score, is_manual=False)
                for article, chosen in zip(articles, wanted)
                for name, score in chosen.items()
            ],
            ignore_conflicts=True,
        )


def _tags_by_name(names: list[str]) -> dict[str, int]:
    """Tag ids for ``names``, creating the missing tags (two or three queries)."""
    if not names:
        return {}
    found = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    missing = [n for n in names if n not in found]
    if missing:
        Tag.objects.bulk_create([Tag(name=n) for n in missing], ignore_conflicts=True)
        found.update(Tag.objects.filter(name__in=missing).values_list("name", "pk"))
    return found


#: The df a forked keyword worker reads (inherited copy-on-write, never pickled).
_WORKER_DF: tuple[Counter, int] = (Counter(), 0)


def _keywords_of(texts: list[str]) -> list[list[tuple[str, float]]]:
    df, n = _WORKER_DF
    return [extract_keywords(text, df, n) for text in texts]


def _batches(articles: Iterable[Article], size: int) -> Iterable[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def tag_articles(
    articles: Iterable[Article],
    progress: Callable[[int], None] | None = None,
    refresh_df: bool = True,
    workers: int = 1,
) -> int:
    """Tag every article of ``articles`` (one shared df); return how many were tagged.

    With ``workers`` > 1 (and ``fork`` available) the keywords of each batch of 100
    articles are extracted by that many forked processes while this one writes the
    previous batch; the tags are the same as with one worker.
    """
    global _WORKER_DF
    df, n = library_df(refresh=refresh_df)
    _WORKER_DF = (df, n)
    pool = None
    if workers > 1:
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods():
            pool = multiprocessing.get_context("fork").Pool(workers)

    def extract(items: list[Article]):
        """The batch's keywords: a list, or (with a pool) a pending result to ``.get()``."""
        texts = [f"{a.title}\n{a.body}" for a in items]
        if pool is None:
            return _keywords_of(texts)
        size = max(1, len(texts) // workers)
        return pool.map_async(_keywords_of, [texts[i : i + size] for i in range(0, len(texts), size)])

    def write(items: list[Article], keywords) -> None:
        if not isinstance(keywords, list):
            keywords = [k for part in keywords.get() for k in part]
        _write_tags(items, keywords)

    count = 0
    previous = None
    try:
        for batch in _batches(articles, 100):
            job = (batch, extract(batch))  # the workers start on this batch …
            if previous is not None:
                write(*previous)  # … while this process writes the last one
            previous = job
            before, count = count, count + len(batch)
            if progress and count // 200 > before // 200:
                progress(count)
        if previous is not None:
            write(*previous)
    finally:
        if pool is not None:
            pool.terminate()
        _WORKER_DF = (Counter(), 0)
    return count


def articles_for_tag(tag: Tag):
    """Published canonical articles tagged ``tag``, most relevant first (a queryset of ArticleTag)."""
    return (
        ArticleTag.objects.filter(tag=tag, article__is_published=True, article__canonical__isnull=True)
        .select_related("article")
        .order_by("-weight", "-article__published_on", "-article_id")
    )
