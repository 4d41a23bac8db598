"""Keyword tags (关键词): automatic TF-IDF tags against the library's own IDF.

:func:`tag_article` replaces an article's automatic tags (``ArticleTag.is_manual=False``)
with 5–10 keywords from :func:`haowen.text.keywords.extract_keywords`; tags staff set
in the admin (``is_manual=True``) are kept and never duplicated. The weight is the
TF-IDF score (higher = more relevant), which orders the tag page.

Tags come from the title and the *whole* body, so a tag can be a word of the gated part.
Each ``ArticleTag`` therefore stores whether the article's preview shows it
(``shown_in_preview``, see :mod:`haowen.library.preview`), recomputed by
:func:`refresh_visibility` whenever tags are written or the title or body changes.
Readers who may not read the full text are shown only those tags
(:func:`article_tags` with ``full=False``), and a tag page lists an article for them only
when its tag is shown (:func:`articles_for_tag`); ``haowen.accounts.entitlement`` decides
who reads the full text. Which preview words became tags, and their order, still follow
the whole text's word counts (as search ranking does); no word of the gated part is shown.

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
from django.db.models import Q

from haowen.text.keywords import document_frequencies, extract_keywords

from . import version
from .models import Article, ArticleTag, Tag
from .preview import preview_key, shown_filter, tag_visibility

__all__ = [
    "IDF_SAMPLE",
    "library_df",
    "tag_article",
    "tag_articles",
    "refresh_visibility",
    "refresh_visibility_of",
    "article_tags",
    "articles_for_tag",
]

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

    One transaction and about ten queries for the whole list: the articles locked, manual
    tags read and kept, automatic ones deleted, missing tags created, the new links
    inserted, and which of them the preview shows (:func:`refresh_visibility`).
    """
    ids = [a.pk for a in articles]
    with transaction.atomic():
        # Articles first, then their tags: the order update_article takes its locks in, so
        # the two never deadlock on PostgreSQL (refresh_visibility reads under this lock).
        list(Article.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))
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
        refresh_visibility(articles)
        version.bump()  # tag pages and the articles' prerendered tag lists change


def refresh_visibility(articles: Iterable[Article | int]) -> int:
    """Recompute ``shown_in_preview`` and ``preview_key`` of every tag of ``articles``.

    ``articles`` are Article objects or ids. Their title and body are read again inside this
    function's transaction, with the rows locked (``SELECT … FOR UPDATE`` on PostgreSQL;
    SQLite writers are serialised anyway), so the flags always follow the text as stored:
    an edit committed while a batch of ``extract_tags`` was extracting keywords from the
    older text cannot leave a tag of the new gated part shown. Call it inside the
    transaction that changed the text. One query reads the text, one the tags, at most two
    UPDATEs per 500 changed rows write them. Returns how many rows changed.
    """
    ids = sorted({a if isinstance(a, int) else a.pk for a in articles})
    if not ids:
        return 0
    key = preview_key()
    with transaction.atomic():
        texts = {
            pk: (title, body)
            for pk, title, body in Article.objects.select_for_update()
            .filter(pk__in=ids)
            .order_by("pk")
            .values_list("pk", "title", "body")
        }
        rows: dict[int, list[tuple[int, str, bool, str]]] = {}
        for pk, article_id, name, shown, row_key in ArticleTag.objects.filter(article_id__in=ids).values_list(
            "pk", "article_id", "tag__name", "shown_in_preview", "preview_key"
        ):
            rows.setdefault(article_id, []).append((pk, name, shown, row_key))
        changed: dict[bool, list[int]] = {True: [], False: []}
        for article_id, tags in rows.items():
            title, body = texts.get(article_id, ("", ""))
            flags = tag_visibility(title, body, [name for _pk, name, _s, _k in tags])
            for (pk, _name, shown, row_key), flag in zip(tags, flags):
                if shown != flag or row_key != key:
                    changed[flag].append(pk)
        for flag, pks in changed.items():
            for start in range(0, len(pks), 500):
                ArticleTag.objects.filter(pk__in=pks[start : start + 500]).update(shown_in_preview=flag, preview_key=key)
        if changed[True] or changed[False]:
            version.bump()  # which tags a preview reader sees changed: cached pages follow
    return len(changed[True]) + len(changed[False])


def refresh_visibility_of(article_ids: Iterable[int] | None = None, progress: Callable[[int], None] | None = None) -> int:
    """:func:`refresh_visibility` for the articles ``article_ids`` (default: every tagged
    article), 500 at a time so memory stays bounded; returns how many rows changed.

    Run after PREVIEW_PERCENT or PREVIEW_MAX_CHARS changed (``extract_tags --visibility``)
    and after a tag was renamed. ``progress(n)`` is called with the articles done so far.
    """
    if article_ids is None:
        article_ids = ArticleTag.objects.order_by("article_id").values_list("article_id", flat=True).distinct()
    ids = sorted(set(article_ids))
    changed = 0
    for start in range(0, len(ids), 500):
        changed += refresh_visibility(ids[start : start + 500])
        if progress:
            progress(min(start + 500, len(ids)))
    return changed


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


def article_tags(article: Article, full: bool):
    """The tags of ``article`` a reader sees, best first (a queryset of ArticleTag, tag loaded).

    ``full`` is whether the reader may read the whole text (from
    ``haowen.accounts.entitlement``): then every tag, else only those the preview shows
    (:meth:`~haowen.library.models.ArticleTagQuerySet.for_preview`). Channels that serve
    no particular reader (feeds, meta keywords, JSON-LD) pass ``full=False``.
    """
    qs = ArticleTag.objects.filter(article=article)
    if not full:
        qs = qs.for_preview()
    return qs.select_related("tag").order_by("-weight", "tag__name")


def articles_for_tag(tag: Tag | str, full_text: Q | None = None):
    """Published canonical articles tagged ``tag`` (a Tag or its name) that a reader may see
    tagged so, most relevant first (a queryset of ArticleTag, article loaded).

    An article is listed when the preview shows the tag, or when it matches ``full_text``:
    a filter over ArticleTag naming the articles the reader may read in full
    (``haowen.accounts.entitlement.full_text_filter(user, "article__")``). ``None`` lists
    only tags the preview shows (a reader entitled to nothing gated).
    """
    qs = ArticleTag.objects.filter(article__is_published=True, article__canonical__isnull=True)
    qs = qs.filter(tag__name=tag) if isinstance(tag, str) else qs.filter(tag=tag)
    visible = shown_filter()
    if full_text is not None:
        visible |= full_text
    return qs.filter(visible).select_related("article").order_by("-weight", "-article__published_on", "-article_id")
