"""Near-duplicate versions (相似版本): fingerprints, LSH bands, canonical links.

The same model text is copied across sites with small edits. Each article's body gets a
MinHash fingerprint over word shingles (:mod:`haowen.text.fingerprint`); two published
articles whose estimated Jaccard similarity is at least ``NEAR_DUPLICATE_THRESHOLD``
(default 0.8) are versions of one text. All versions of a text point
``Article.canonical`` at the **earliest** one (publish date, then creation date, then
id), which itself has ``canonical = None``; ``Article.objects.canonical()`` therefore
lists every text once.

* At import, the importer calls :func:`link_near_duplicate` for each new or changed
  article: it stores the fingerprint and its LSH band keys (:class:`FingerprintBand`,
  indexed, so candidates come from one indexed query, not from loading the library)
  and links the article into its group.
* ``manage.py find_near_duplicates`` (:func:`scan_library`) recomputes the groups of the
  whole library in memory with datasketch's MinHashLSH and rewrites links and bands —
  run it after changing the threshold or when articles were withdrawn.

Links are derived data: written with queryset updates (no index-log entry, the search
index does not hold them).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from typing import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models import Q

from haowen.text import fingerprint as fp

from . import version
from .models import Article, FingerprintBand

log = logging.getLogger(__name__)

__all__ = ["threshold", "link_near_duplicate", "versions_of", "scan_library", "ScanReport"]

DEFAULT_THRESHOLD = 0.8


def threshold() -> float:
    """The Jaccard similarity (0 < t ≤ 1) from ``settings.NEAR_DUPLICATE_THRESHOLD``.

    Raises ``ImproperlyConfigured`` naming ``NEAR_DUPLICATE_THRESHOLD`` when it is not a
    number in (0, 1].
    """
    raw = settings.NEAR_DUPLICATE_THRESHOLD
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise ImproperlyConfigured(f"NEAR_DUPLICATE_THRESHOLD={raw!r} is not a number (expected e.g. 0.8)") from None
    if not (0.0 < value <= 1.0):
        raise ImproperlyConfigured(f"NEAR_DUPLICATE_THRESHOLD={raw!r} must be greater than 0 and at most 1")
    return value


def _order_key(article: Article) -> tuple:
    """Earliest first: publish date (else creation date), then id."""
    day = article.published_on or (article.created_at.date() if article.created_at else dt.date.max)
    return (day, article.pk)


def _store(article: Article, values, t: float, new: bool = False) -> list[int]:
    """Save ``article``'s fingerprint and band keys; return the keys.

    ``new``: the article was just created with this fingerprint and has no band rows,
    so only the band rows are written.
    """
    data = fp.to_bytes(values)
    keys = fp.band_keys(values, t)
    if not new or bytes(article.fingerprint or b"") != data:
        Article.objects.filter(pk=article.pk).update(fingerprint=data)
        article.fingerprint = data
        FingerprintBand.objects.filter(article_id=article.pk).delete()
    if keys:
        table = connection.ops.quote_name(FingerprintBand._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (article_id, band, {connection.ops.quote_name('key')}) VALUES (%s, %s, %s)",
                [(article.pk, i, k) for i, k in enumerate(keys)],
            )
    return keys


def _candidate_ids(article_id: int, keys: list[int]) -> set[int]:
    """Ids of the other articles sharing at least one ``(band, key)`` with ``keys``.

    One indexed lookup per band (``UNION`` of equality matches on the ``(band, key)``
    index), in plain SQL: this runs once per imported document.
    """
    table = connection.ops.quote_name(FingerprintBand._meta.db_table)
    key = connection.ops.quote_name("key")
    sql = " UNION ".join(f"SELECT article_id FROM {table} WHERE band = %s AND {key} = %s" for _ in keys)
    params: list[int] = []
    for band, value in enumerate(keys):
        params += [band, value]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {row[0] for row in cursor.fetchall()} - {article_id}


def _relink(root_ids: set[int], new_root: Article) -> None:
    """Point every version of the groups rooted at ``root_ids`` at ``new_root``.

    Listed articles that become copies leave the lists: the library version is bumped.
    """
    moved = Article.objects.filter(Q(pk__in=root_ids) | Q(canonical_id__in=root_ids)).exclude(pk=new_root.pk).update(
        canonical=new_root
    )
    if moved:
        version.bump()


def link_near_duplicate(article: Article, values=None, new: bool = False) -> Article | None:
    """Fingerprint ``article`` and link it to its near-duplicates; call after saving it.

    ``values`` is the article body's fingerprint (NUM_PERM uint32 values, or their
    FINGERPRINT_BYTES bytes) when the caller computed it already (the importer does,
    in worker processes); otherwise it is computed here from ``article.body``. ``new``
    says the article was just created (it has no band rows yet; the importer stores the
    fingerprint with the row), which saves two statements per document.

    Returns the existing article it is a near-duplicate of, or ``None`` when it has
    none (or is unpublished or has no words). Precisely:

    * when an earlier version exists, ``article.canonical`` becomes the earliest version
      of the group (returned);
    * when ``article`` is itself earlier than the versions it matches (an older copy
      imported later), it becomes the group's canonical: the others are re-pointed to
      it, ``article.canonical`` stays ``None``, and the previous canonical is returned.

    Groups that the new article bridges are merged under the earliest version. Runs in
    one transaction; the threshold comes from :func:`threshold`.
    """
    t = threshold()
    if isinstance(values, (bytes, bytearray, memoryview)):
        values = fp.from_bytes(values)
    if values is None:
        values = fp.fingerprint(article.body or "")
    with transaction.atomic():
        keys = _store(article, values, t, new=new)
        if not article.is_published or not keys:
            if article.canonical_id is not None:
                Article.objects.filter(pk=article.pk).update(canonical=None)
                article.canonical = None
            return None
        candidate_ids = _candidate_ids(article.pk, keys)
        if not candidate_ids:
            if article.canonical_id is not None:
                Article.objects.filter(pk=article.pk).update(canonical=None)
                article.canonical = None
            return None
        candidates = Article.objects.published().filter(pk__in=candidate_ids).only(
            "id", "fingerprint", "canonical_id", "published_on", "created_at"
        )
        matched = []
        for other in candidates:
            other_values = fp.from_bytes(other.fingerprint)
            if other_values is not None and fp.similarity(values, other_values) >= t:
                matched.append(other)
        if not matched:
            if article.canonical_id is not None:
                Article.objects.filter(pk=article.pk).update(canonical=None)
                article.canonical = None
            return None
        root_ids = {m.canonical_id or m.pk for m in matched} - {article.pk}
        roots = {
            r.pk: r
            for r in Article.objects.published()
            .filter(pk__in=root_ids)
            .only("id", "published_on", "created_at", "canonical_id")
        }
        for m in matched:
            if (m.canonical_id or m.pk) not in roots:
                roots[m.pk] = m  # its canonical was withdrawn, or was this article: it stands for itself
        earliest = min([*roots.values(), article], key=_order_key)
        if earliest.pk == article.pk:
            _relink(set(roots), article)
            if article.canonical_id is not None:
                Article.objects.filter(pk=article.pk).update(canonical=None)
                article.canonical = None
            return Article.objects.get(pk=min(roots.values(), key=_order_key).pk)
        _relink(set(roots) - {earliest.pk}, earliest)
        # Whatever pointed at this article (it was a canonical before) follows it.
        moved = Article.objects.filter(canonical_id=article.pk).exclude(pk=earliest.pk).update(canonical=earliest)
        Article.objects.filter(pk=article.pk).update(canonical=earliest)
        if moved or Article.objects.filter(pk=earliest.pk).exclude(canonical=None).update(canonical=None):
            version.bump()  # other articles changed group: lists that show them change
        article.canonical = Article.objects.get(pk=earliest.pk)
        return article.canonical


def versions_of(article: Article, limit: int = 20) -> list[Article]:
    """The other published versions of ``article``'s text: the canonical first, then by date.

    Empty when the article has no near-duplicates. One query.
    """
    root_id = article.canonical_id or article.pk
    qs = (
        Article.objects.published()
        .filter(Q(pk=root_id) | Q(canonical_id=root_id))
        .exclude(pk=article.pk)
        .only("id", "title", "published_on", "source", "source_url", "canonical_id")
    )
    versions = list(qs[: limit + 1])
    versions.sort(key=lambda a: (a.pk != root_id, a.published_on or dt.date.max, a.pk))
    return versions[:limit]


@dataclass
class ScanReport:
    """What :func:`scan_library` did: counts, groups (canonical id → copy ids) and seconds."""

    articles: int = 0
    fingerprinted: int = 0
    groups: dict[int, list[int]] = field(default_factory=dict)
    linked: int = 0
    unlinked: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def copies(self) -> int:
        return sum(len(v) for v in self.groups.values())


def scan_library(
    *,
    recompute: bool = False,
    workers: int = 1,
    batch: int = 2000,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
) -> ScanReport:
    """Find near-duplicates across all published articles and rewrite the canonical links.

    Fingerprints missing ones (all of them with ``recompute``; ``workers`` processes),
    groups the library with :func:`haowen.text.fingerprint.clusters`, points each group's
    copies at its earliest version, clears links of articles in no group, and rewrites
    every band key. With ``dry_run`` nothing is written (fingerprints are computed in
    memory). ``progress`` receives one-line messages.
    """
    say = progress or (lambda msg: None)
    t = threshold()
    report = ScanReport()
    started = time.perf_counter()
    published = Article.objects.published()
    todo = published.order_by("pk") if recompute else published.filter(fingerprint__isnull=True).order_by("pk")
    ids = list(todo.values_list("pk", flat=True))
    computed: dict[int, bytes] = {}
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        rows = list(Article.objects.filter(pk__in=chunk).values_list("pk", "body"))
        values = fp.fingerprints([body for _, body in rows], workers=workers)
        updates = [Article(pk=pk, fingerprint=fp.to_bytes(v)) for (pk, _), v in zip(rows, values)]
        if dry_run:
            computed.update({a.pk: a.fingerprint for a in updates})
        else:
            Article.objects.bulk_update(updates, ["fingerprint"], batch_size=500)
        report.fingerprinted += len(updates)
        say(f"fingerprinted {report.fingerprinted}/{len(ids)}")
    report.seconds["fingerprint"] = time.perf_counter() - started

    started = time.perf_counter()
    meta: dict[int, tuple] = {}
    items = []
    for pk, data, published_on, created_at, canonical_id in published.values_list(
        "pk", "fingerprint", "published_on", "created_at", "canonical_id"
    ).iterator(chunk_size=5000):
        data = computed.get(pk, data)
        day = published_on or (created_at.date() if created_at else dt.date.max)
        meta[pk] = ((day, pk), canonical_id)
        values = fp.from_bytes(data)
        if values is not None:
            items.append((pk, values))
    report.articles = len(meta)
    groups = fp.clusters(items, t)
    report.seconds["cluster"] = time.perf_counter() - started

    started = time.perf_counter()
    desired: dict[int, int | None] = {pk: None for pk in meta}
    for group in groups:
        root = min(group, key=lambda pk: meta[pk][0])
        copies = sorted(pk for pk in group if pk != root)
        report.groups[root] = copies
        for pk in copies:
            desired[pk] = root
    changes: dict[int | None, list[int]] = {}
    for pk, target in desired.items():
        if meta[pk][1] != target:
            changes.setdefault(target, []).append(pk)
    report.linked = sum(len(v) for k, v in changes.items() if k is not None)
    report.unlinked = len(changes.get(None, []))
    if not dry_run:
        with transaction.atomic():
            for target, pks in changes.items():
                for start in range(0, len(pks), 500):
                    Article.objects.filter(pk__in=pks[start : start + 500]).update(canonical_id=target)
            if changes:
                version.bump()  # copies leave the lists, new canonicals join them
            # Unpublished articles never serve as canonical: their copies were re-pointed above.
            FingerprintBand.objects.all().delete()
            rows = []
            for pk, values in items:
                rows.extend(FingerprintBand(article_id=pk, band=i, key=k) for i, k in enumerate(fp.band_keys(values, t)))
                if len(rows) >= 20000:
                    FingerprintBand.objects.bulk_create(rows, batch_size=5000)
                    rows = []
            FingerprintBand.objects.bulk_create(rows, batch_size=5000)
    report.seconds["link"] = time.perf_counter() - started
    say(
        f"{report.articles} articles, {len(report.groups)} groups, {report.copies} copies; "
        f"{report.linked} links set, {report.unlinked} cleared"
    )
    return report
