"""Every write to the library goes through here (views and commands stay thin).

Each change to an article appends an :class:`~haowen.library.models.IndexLogEntry` in
the same database transaction, so the search index can never silently miss an
update: whoever holds the index writer applies the log (see ``haowen.search.follower``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

from django.db import connection, transaction
from django.dispatch import Signal

from haowen.text import fingerprint as fp
from haowen.text.citations import own_doc_number
from haowen.text.normalize import clean_body, display_clean, fold
from haowen.text.segment import index_text

from .draft import ArticleDraft
from . import genres
from .models import Article, IndexLogEntry
from .near_duplicates import link_near_duplicate
from .tagging import refresh_visibility
from . import version

log = logging.getLogger(__name__)

#: Fields whose change moves an article in or out of lists, or changes what they show:
#: every cache of lists and pages of other articles drops it (:mod:`haowen.library.version`).
LISTED_FIELDS = ("title", "is_published", "access_level", "canonical_id", "published_on", "genre", "subgenre")

#: Sent after the transaction that changed articles commits; ``article_ids`` is a list.
#: The search app listens to wake its in-process index follower.
articles_changed = Signal()

MAX_TITLE_CHARS = 300
#: Characters of a body read for its own 文号 (the 发文字号 is on its first lines).
DOC_NUMBER_HEAD_CHARS = 600


class DraftError(ValueError):
    """A draft that cannot become an article; the message names the reason."""


#: Whitespace as ``str.split()`` sees it (``\s`` and ``str.isspace`` agree on every character).
_WHITESPACE = re.compile(r"\s+")


def char_count(body: str) -> int:
    """Number of non-whitespace characters in ``body`` (the 字数 shown to readers)."""
    # One regex pass, not body.split(): a 19 MB English text would be a list of 3 million words.
    return len(_WHITESPACE.sub("", body))


def doc_number(title: str, body: str) -> str:
    """The article's own 文号 key (``国发〔2023〕5号``) from its title and its body's first
    lines (:func:`haowen.text.citations.own_doc_number`), at most 64 characters; "" when none."""
    return own_doc_number(title or "", (body or "")[:DOC_NUMBER_HEAD_CHARS].split("\n"))[:64]


def body_digest(body: str) -> str:
    """SHA-256 hex digest of ``body`` exactly as stored (every character counts).

    ``Article.cleaned_body_hash`` holds it for the body the cleaner produced (import,
    ``reclean``), so :func:`is_body_edited` can tell a staff edit from the cleaner's text.
    """
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def is_body_edited(article: Article) -> bool:
    """True when ``article.body`` is not the text the cleaner produced for it.

    That is: staff (or anyone) changed the body after import or the last ``reclean``,
    or the article did not come from the importer (``cleaned_body_hash`` empty; also
    articles whose body was changed in the admin before the hash was recorded, see
    migration ``0006_article_cleaned_body_hash``).
    """
    return article.cleaned_body_hash != body_digest(article.body)


def content_hash(body: str, folded: str | None = None) -> str:
    """SHA-256 hex digest of the folded body with all whitespace removed.

    Two imports whose bodies differ only in whitespace, full-width forms or
    traditional/simplified characters count as the same content. ``folded`` is
    ``fold(body)`` when the caller already has it.
    """
    canonical = _WHITESPACE.sub("", fold(body) if folded is None else folded)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class DraftAnalysis:
    """The CPU-heavy part of saving a draft, pure, so a worker process can compute it.

    ``title`` and ``body`` are the validated forms the article will store;
    ``content_hash`` is :func:`content_hash` of the body; ``char_count`` its
    non-whitespace characters; ``title_terms`` and ``body_terms`` are
    ``index_text(fold(…))`` — the search-mode words the search index stores, space
    separated; ``fingerprint`` is the near-duplicate MinHash of ``body_terms`` as
    :func:`haowen.text.fingerprint.to_bytes` gives it (FINGERPRINT_BYTES bytes).
    """

    title: str
    body: str
    content_hash: str
    char_count: int
    title_terms: str
    body_terms: str
    fingerprint: bytes


def analyse_draft(draft: ArticleDraft) -> DraftAnalysis:
    """Validate ``draft`` and compute its :class:`DraftAnalysis` (no database access).

    Raises :class:`DraftError` like :func:`save_draft` (empty body or title, unknown kind).
    About 1 ms for a 3,000-character document, most of it word segmentation.
    """
    title, body = _validate(draft)
    folded = fold(body)
    body_terms = index_text(folded)
    return DraftAnalysis(
        title=title,
        body=body,
        content_hash=content_hash(body, folded),
        char_count=char_count(body),
        title_terms=index_text(fold(title)),
        body_terms=body_terms,
        fingerprint=fp.to_bytes(fp.fingerprint_terms(body_terms)),
    )


def log_change(article_ids: list[int], op: str = IndexLogEntry.Op.UPSERT) -> None:
    """Append index-log entries for ``article_ids`` inside the caller's transaction."""
    IndexLogEntry.objects.bulk_create([IndexLogEntry(article_id=i, op=op) for i in article_ids])
    ids = list(article_ids)
    transaction.on_commit(lambda: articles_changed.send(sender=Article, article_ids=ids))


def fit(value: str, limit: int) -> str:
    """``value`` when it has at most ``limit`` characters, else a prefix plus ``#`` and its
    SHA-1: two long identifiers that share a prefix stay different (a plain cut would
    make the second overwrite the first), and the same value always fits the same way."""
    if len(value) <= limit:
        return value
    return value[: limit - 41] + "#" + hashlib.sha1(value.encode("utf-8", "surrogateescape")).hexdigest()


def safe_url(url: str) -> str:
    """Return ``url`` when it is an absolute http(s) URL, else ``""`` (no ``javascript:`` links)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else ""


def draft_genre(draft: ArticleDraft) -> tuple[str, str]:
    """``(genre, subgenre)`` of ``draft.kind`` (any code or label :func:`haowen.text.genres.resolve`
    knows; ``""`` is 其他). Raises :class:`DraftError` naming the value for an unknown one."""
    if not draft.kind:
        return genres.DEFAULT_GENRE, ""
    found = genres.resolve(draft.kind)
    if found is None:
        raise DraftError(f"unknown genre {draft.kind!r}; expected one of {', '.join(genres.MAIN_CODES + genres.SUB_CODES)}")
    return found


def _validate(draft: ArticleDraft) -> tuple[str, str]:
    title = display_clean(draft.title or "")[:MAX_TITLE_CHARS]
    body = draft.body
    if not body.strip():
        raise DraftError("empty body: no text left after cleaning")
    if not title:
        raise DraftError("no title")
    draft_genre(draft)
    return title, body


def save_draft(draft: ArticleDraft, analysis: DraftAnalysis | None = None) -> tuple[str, Article]:
    """Create or update the article for ``draft`` in one transaction.

    ``analysis`` is :func:`analyse_draft` of this draft when the caller computed it
    already (the importer does, in worker processes); the title, body, hash and word
    count then come from it. Returns ``(status, article)`` where status is ``"imported"`` (new),
    ``"updated"`` (same ``source``+``external_id`` as an existing article, new
    content) or ``"unchanged"`` (an article with the same content hash exists;
    nothing is written). Raises :class:`DraftError` for an empty body or title or
    an unknown kind; nothing is written then. Inside a caller's transaction it adds
    no savepoint: a database error then rolls back the caller's whole transaction.
    """
    if analysis is None:
        title, body = _validate(draft)
        digest, chars = content_hash(body), char_count(body)
    else:
        title, body, digest, chars = analysis.title, analysis.body, analysis.content_hash, analysis.char_count
    # No savepoint inside a caller's transaction: a failure here dooms the caller's
    # whole transaction (the importer's one transaction per document), which is the point.
    with transaction.atomic(savepoint=False):
        existing_id = _first_article_id("content_hash = %s", [digest])
        if existing_id is not None:
            return "unchanged", Article.objects.get(pk=existing_id)
        genre, subgenre = draft_genre(draft)
        fields = dict(
            title=title,
            body=body,
            genre=genre,
            subgenre=subgenre,
            published_on=draft.published_on,
            imported_views=max(0, int(draft.imported_views or 0)),
            char_count=chars,
            source_url=safe_url(draft.source_url)[:1000],
            source=fit(draft.source, 1000),
            external_id=fit(draft.external_id, 200),
            content_hash=digest,
            cleaned_body_hash=body_digest(body),
            doc_number=doc_number(title, body),
            raw=draft.raw,
            raw_format=draft.raw_format,
        )
        if analysis is not None:
            fields["fingerprint"] = analysis.fingerprint
        previous_id = None
        if draft.external_id:
            previous_id = _first_article_id("source = %s AND external_id = %s", [fields["source"], fields["external_id"]])
        if previous_id is not None:
            previous = Article.objects.get(pk=previous_id)
            listed_before = [getattr(previous, f) for f in LISTED_FIELDS]
            delta = fields["imported_views"] - previous.imported_views
            for name, value in fields.items():
                setattr(previous, name, value)
            previous.view_count = max(0, previous.view_count + delta)
            previous.save()
            refresh_visibility([previous])  # its tags may now be words of the gated part
            log_change([previous.pk])
            if [getattr(previous, f) for f in LISTED_FIELDS] != listed_before:
                version.bump()
            return "updated", previous
        article = Article.objects.create(view_count=fields["imported_views"], **fields)
        log_change([article.pk])
        return "imported", article


def _first_article_id(where: str, params: list) -> int | None:
    """The smallest article id matching ``where`` (SQL with ``%s`` parameters), or None.

    Plain SQL on the import's hot path: building the equivalent queryset costs more
    than running it.
    """
    table = connection.ops.quote_name(Article._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MIN(id) FROM {table} WHERE {where}", params)
        row = cursor.fetchone()
    return row[0] if row else None


def update_article(article: Article, *, cleaned: bool = False, **changes) -> Article:
    """Apply field ``changes`` to ``article``, keep derived fields right, and log it.

    The title becomes one line (:func:`~haowen.text.normalize.display_clean`, at most
    ``MAX_TITLE_CHARS``) and the body one paragraph per line
    (:func:`~haowen.text.normalize.clean_body`: CRLF from a browser's textarea, U+2028
    and other line breaks, control characters). ``cleaned=True`` says the new body is the
    cleaner's own text (``reclean``), so it is not a staff edit (:func:`is_body_edited`).

    ``body`` changes recompute ``char_count`` and ``content_hash``; title and body changes
    recompute which tags the preview shows (:func:`~haowen.library.tagging.refresh_visibility`). A
    change of a :data:`LISTED_FIELDS` field (withdrawn, re-titled, re-gated …) bumps the library
    version in the same transaction, so lists and cached pages drop the old state (issue 14). Raises
    :class:`DraftError` when the new body or title has no text left, or when ``subgenre`` is
    not a sub-genre of ``genre``.
    """
    with transaction.atomic():
        # The stored row, not the instance: the admin hands over an instance it already changed.
        listed_before = (
            list(Article.objects.filter(pk=article.pk).values_list(*LISTED_FIELDS).first() or ()) if article.pk else None
        )
        previous_hash = article.content_hash
        for name, value in changes.items():
            setattr(article, name, value)
        article.title = display_clean(article.title or "")[:MAX_TITLE_CHARS]
        article.body = clean_body(article.body or "")
        article.source_url = safe_url(article.source_url)
        if not article.body:
            raise DraftError("empty body")
        if not article.title:
            raise DraftError("no title")
        if article.genre not in genres.MAIN_CODES or not genres.is_sub_of(article.subgenre, article.genre):
            raise DraftError(f"genre {article.genre!r} with sub-genre {article.subgenre!r}: not a genre and one of its sub-genres")
        if cleaned:
            article.cleaned_body_hash = body_digest(article.body)
        article.char_count = char_count(article.body)
        article.content_hash = content_hash(article.body)
        article.doc_number = doc_number(article.title, article.body)
        article.save()
        # A new title or body moves words in or out of the preview: its tags follow.
        refresh_visibility([article])
        log_change([article.pk])
        if article.content_hash != previous_hash:
            link_near_duplicate(article)
        if listed_before != [getattr(article, f) for f in LISTED_FIELDS]:
            version.bump()
    return article


def delete_article(article: Article) -> None:
    """Delete ``article``, tell the index to drop it and bump the library version (lists drop it)."""
    with transaction.atomic():
        pk = article.pk
        article.delete()
        log_change([pk], IndexLogEntry.Op.DELETE)
        version.bump()


def reguess_genres(article_ids) -> int:
    """Set the genre of each article in ``article_ids`` to the guess from its title, opening and
    closing lines (:func:`haowen.text.genres.guess_genre`); an article whose guess is 其他
    keeps the genre it has. Returns how many changed; each change is logged for the index and
    bumps the library version (lists by genre change) in one transaction.
    """
    from haowen.text.genres import DEFAULT_GENRE, guess_genre

    changed = []
    with transaction.atomic():
        for article in Article.objects.filter(pk__in=list(article_ids)).only("id", "title", "body", "genre", "subgenre"):
            paragraphs = article.paragraphs
            genre, sub = guess_genre(article.title, "\n".join(paragraphs[:3]), "\n".join(paragraphs[-3:]))
            if genre == DEFAULT_GENRE or (genre, sub) == (article.genre, article.subgenre):
                continue
            Article.objects.filter(pk=article.pk).update(genre=genre, subgenre=sub)
            changed.append(article.pk)
        if changed:
            log_change(changed)
            version.bump()
    return len(changed)


def reindex_all() -> int:
    """Append an upsert for every article (used after changing the index schema)."""
    with transaction.atomic():
        ids = list(Article.objects.values_list("pk", flat=True))
        log_change(ids)
    return len(ids)
