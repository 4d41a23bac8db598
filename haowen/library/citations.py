"""Cited documents (引用文件): what a text cites, linked to the library's own copy when it has one.

:func:`cited_documents` extracts the 《…》 titles and 文号 of the paragraphs it is given
(:func:`haowen.text.citations.extract_citations`) and looks each up among published
articles: a 文号 by ``Article.doc_number`` (the article's own 文号, read from its first lines
or its title at every write), a title by ``Article.title`` (both indexed; one query for the
whole list). A citation with no article gets a search query instead (the exact phrase).
Callers pass only the paragraphs the reader may read (``visible.paragraphs``): the article
page's panel and the API's ``cites`` list never name a document cited in the gated part.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from haowen.text.citations import MAX_CITATIONS, Citation, extract_citations

from .models import Article

__all__ = ["CitedDocument", "cited_documents"]


@dataclass(frozen=True)
class CitedDocument:
    """One cited document as shown: the :class:`~haowen.text.citations.Citation` fields
    (``kind``, ``text``, ``number``, ``count``), the ``article`` it resolves to (id, title and
    path, or None) and ``query``, the search for it (``"…"``, exact mode) when there is none."""

    kind: str
    text: str
    number: str
    count: int
    article_id: int | None
    article_title: str
    article_url: str
    query: str

    @property
    def label(self) -> str:
        """How the page names it: ``《title》`` (with its 文号 in brackets), or the 文号."""
        if self.kind == "title":
            return f"《{self.text}》" + (f"（{self.number}）" if self.number else "")
        return self.text


def cited_documents(paragraphs: list[str], exclude_pk: int | None = None, limit: int = MAX_CITATIONS) -> list[CitedDocument]:
    """The documents ``paragraphs`` cite (at most ``limit``, in order of first mention), each
    resolved to a published article of the library when one has that 文号 (first) or exactly
    that title; ``exclude_pk`` (the citing article) is never its own citation. Among several
    matches the earliest original version wins (not a near-duplicate copy, then the lowest id).
    One database query, none when nothing is cited."""
    cites = extract_citations(paragraphs, limit)
    if not cites:
        return []
    titles = {c.text for c in cites if c.kind == "title"}
    numbers = {c.number or c.text for c in cites if c.kind == "number" or c.number}
    rows = (
        Article.objects.published()
        .filter(Q(title__in=titles) | Q(doc_number__in=numbers))
        .exclude(pk=exclude_pk)
        .order_by("pk")
        .values_list("pk", "title", "doc_number", "canonical_id")[: 4 * len(cites)]
    )
    by_title: dict[str, tuple] = {}
    by_number: dict[str, tuple] = {}
    for pk, title, number, canonical_id in rows:
        rank = (canonical_id is not None, pk)
        for table, key in ((by_title, title), (by_number, number)):
            if key and (key not in table or rank < table[key][0]):
                table[key] = (rank, pk, title)
    return [_resolve(c, by_title, by_number) for c in cites]


def _resolve(c: Citation, by_title: dict, by_number: dict) -> CitedDocument:
    hit = None
    if c.kind == "number" or c.number:
        hit = by_number.get(c.number or c.text)
    if hit is None and c.kind == "title":
        hit = by_title.get(c.text)
    if hit is None:
        return CitedDocument(c.kind, c.text, c.number, c.count, None, "", "", f'"{c.text}"')
    _, pk, title = hit
    return CitedDocument(c.kind, c.text, c.number, c.count, pk, title, reverse("web:article", args=[pk]), "")
