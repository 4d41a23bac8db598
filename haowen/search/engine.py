"""The tantivy index: schema, document building, queries. No Django import.

Fields (all fed as pre-segmented text through a whitespace analyzer, so tantivy sees
exactly the terms :mod:`haowen.text.segment` produced):

=============  =============================================================
``id``         article primary key (indexed, fast, stored)
``title``      search-mode words of the folded title (BM25, boosted)
``body``       search-mode words of the folded body (BM25)
``title_ng``   character bigrams of the folded title (exact mode)
``body_ng``    character bigrams of the folded body (exact mode)
``kind``       article kind (raw, fast: filter and facet counts)
``year``       publication year, 0 when unknown (fast: filter and facet counts)
``date``       publication date as a proleptic ordinal (fast: sort by newest)
``views``      view count when last indexed (fast: sort by most viewed)
=============  =============================================================

Nothing is stored but ``id``: the database is the source of truth and snippets are
cut from the article text there.
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import tantivy

from haowen.text.ngrams import bigram_stream, query_bigrams
from haowen.text.normalize import fold
from haowen.text.query import Clause, ParsedQuery
from haowen.text.segment import index_text

__all__ = ["IndexedDoc", "SearchHit", "SearchPage", "Engine", "WriterBusy", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
TITLE_BOOST = 4.0
WS = "ws"

_PLACEHOLDER_IN_WORD = re.compile(r"x[\u3400-\u9fff]|[\u3400-\u9fff]x")
_TANTIVY_REGEX_SPECIAL = re.compile(r"([\\.+*?()|\[\]{}^$#&\-~])")


class WriterBusy(RuntimeError):
    """Another process holds the index writer (only one may write at a time)."""


@dataclass
class IndexedDoc:
    """What the index needs of an article. ``date_ordinal`` is ``date.toordinal()`` or 0.

    ``terms`` is ``(index_text(fold(title)), index_text(fold(body)))`` when the caller
    segmented the text already (the importer does, in worker processes); it must
    belong to this ``title`` and ``body``.
    """

    id: int
    title: str
    body: str
    kind: str
    year: int
    date_ordinal: int
    views: int
    terms: tuple[str, str] | None = None


@dataclass
class SearchHit:
    id: int
    score: float


@dataclass
class SearchPage:
    """``hits`` of one page, the ``total`` number of matches and facet counts."""

    hits: list[SearchHit]
    total: int
    kinds: dict[str, int] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("id", stored=True, indexed=True, fast=True)
    sb.add_text_field("title", tokenizer_name=WS, index_option="position")
    sb.add_text_field("body", tokenizer_name=WS, index_option="freq")
    sb.add_text_field("title_ng", tokenizer_name=WS, index_option="position")
    sb.add_text_field("body_ng", tokenizer_name=WS, index_option="position")
    sb.add_text_field("kind", tokenizer_name="raw", fast=True)
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_integer_field("date", fast=True)
    sb.add_integer_field("views", fast=True)
    return sb.build()


def prepare_fields(doc: IndexedDoc) -> dict:
    """Segment and bigram ``doc``: the CPU-heavy part of indexing, picklable for a process pool."""
    title = fold(doc.title)
    body = fold(doc.body)
    title_terms, body_terms = doc.terms if doc.terms is not None else (index_text(title), index_text(body))
    return dict(
        id=doc.id,
        title=title_terms,
        body=body_terms,
        title_ng=bigram_stream(title),
        body_ng=bigram_stream(body),
        kind=doc.kind or "other",
        year=doc.year or 0,
        date=doc.date_ordinal or 0,
        views=doc.views or 0,
    )


def make_document(doc: IndexedDoc) -> tantivy.Document:
    """Build the tantivy document for ``doc`` (segmentation and bigrams happen here)."""
    return tantivy.Document(**prepare_fields(doc))


class Engine:
    """One tantivy index directory with its applied-log position.

    Thread-safe for searching. ``writer()`` takes tantivy's cross-process writer lock;
    :class:`WriterBusy` is raised when another process holds it.
    """

    def __init__(self, path: Path | str | None):
        self.path = Path(path) if path else None
        self.schema = _schema()
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
            self._check_version()
            self.index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
        else:
            self.index = tantivy.Index(self.schema)
        self.index.register_tokenizer(WS, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        self._writer = None
        self._lock = threading.Lock()
        self._position_mem = 0
        self._uncommitted_position: int | None = None
        self._dirty = False  # changes added to the writer since its last commit
        #: Index-log sequence numbers skipped over and still watched (see follower._note_gaps):
        #: seq → time first seen (time.monotonic()).
        self.log_gaps: dict[int, float] = {}
        #: Whether the follower has re-read the last minutes of the log since this object was made.
        self.recent_rescanned = False

    # --- position -------------------------------------------------------------
    def _check_version(self) -> None:
        marker = self.path / "haowen-schema.json"
        if marker.exists():
            version = json.loads(marker.read_text()).get("version")
            if version != SCHEMA_VERSION:
                # A schema change makes the old index unreadable: start over; the
                # follower rebuilds it from the database.
                for child in self.path.iterdir():
                    if child.is_file():
                        child.unlink()
        marker.write_text(json.dumps({"version": SCHEMA_VERSION}))

    @property
    def position(self) -> int:
        """Last index-log ``seq`` applied to this index (0 for a new index)."""
        if self.path is None:
            return self._position_mem
        try:
            return int((self.path / "position").read_text().strip() or 0)
        except FileNotFoundError:
            return 0

    def set_position(self, seq: int) -> None:
        """Store ``seq`` atomically (write + rename) after a successful commit."""
        if self.path is None:
            self._position_mem = seq
            return
        tmp = self.path / "position.tmp"
        tmp.write_text(str(seq))
        os.replace(tmp, self.path / "position")

    # --- writing --------------------------------------------------------------
    def writer(self):
        """Return this process's IndexWriter, taking the lock on first use."""
        with self._lock:
            if self._writer is None:
                try:
                    self._writer = self.index.writer(heap_size=256_000_000, num_threads=1)
                except ValueError as exc:
                    raise WriterBusy(str(exc)) from exc
            return self._writer

    def release_writer(self) -> None:
        """Drop the writer (waiting for its merges); changes not committed are discarded.

        Discarded changes are safe: their log position was never stored, so the next
        writer applies those entries again.
        """
        with self._lock:
            if self._writer is not None:
                self._writer.wait_merging_threads()
                self._writer = None
            self._uncommitted_position = None
            self._dirty = False

    @property
    def applied_position(self) -> int:
        """The last log ``seq`` added to the writer, committed or not (≥ :attr:`position`)."""
        uncommitted = self._uncommitted_position
        return uncommitted if uncommitted is not None else self.position

    def commit(self) -> None:
        """Commit what :meth:`apply` added with ``commit=False`` and store its position."""
        if self._writer is None or not self._dirty:
            return
        self._writer.commit()
        if self._uncommitted_position is not None:
            self.set_position(self._uncommitted_position)
        self._uncommitted_position = None
        self._dirty = False
        self.index.reload()

    def apply(
        self, upserts: list[IndexedDoc], deletes: list[int], position: int | None = None, commit: bool = True
    ) -> None:
        """Delete ``deletes`` and (re)add ``upserts``, commit, then store ``position``.

        Idempotent: an upsert first deletes any document with the same id. With
        ``commit=False`` the changes wait in the writer (invisible to searches) until
        :meth:`commit`; fewer commits make fewer, larger segments and fewer merges
        during a bulk import.
        """
        writer = self.writer()
        for article_id in deletes:
            writer.delete_documents_by_term("id", article_id)
        for doc in upserts:
            writer.delete_documents_by_term("id", doc.id)
        for doc in upserts:
            writer.add_document(make_document(doc))
        self._dirty = True
        if position is not None:
            self._uncommitted_position = position
        if commit:
            self.commit()

    def clear(self) -> None:
        writer = self.writer()
        writer.delete_all_documents()
        writer.commit()
        self.set_position(0)
        self.index.reload()

    # --- reading --------------------------------------------------------------
    def num_docs(self) -> int:
        return self.index.searcher().num_docs

    def _exact(self, text: str, title_boost: float = TITLE_BOOST) -> tantivy.Query:
        """Substring match on title or body: phrase over bigrams, prefix for one character."""
        grams = query_bigrams(text)
        if grams:
            if len(grams) == 1:
                title_q = tantivy.Query.term_query(self.schema, "title_ng", grams[0])
                body_q = tantivy.Query.term_query(self.schema, "body_ng", grams[0])
            else:
                title_q = tantivy.Query.phrase_query(self.schema, "title_ng", grams)
                body_q = tantivy.Query.phrase_query(self.schema, "body_ng", grams)
        else:
            pattern = _TANTIVY_REGEX_SPECIAL.sub(r"\\\1", text) + "."
            title_q = tantivy.Query.regex_query(self.schema, "title_ng", pattern)
            body_q = tantivy.Query.regex_query(self.schema, "body_ng", pattern)
        return tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Should, tantivy.Query.boost_query(title_q, title_boost)),
                (tantivy.Occur.Should, body_q),
            ]
        )

    def _words(self, terms: tuple[str, ...]) -> tantivy.Query:
        """All terms must match, each in the title (boosted) or the body (BM25)."""
        musts = []
        for term in terms:
            musts.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.boolean_query(
                        [
                            (
                                tantivy.Occur.Should,
                                tantivy.Query.boost_query(
                                    tantivy.Query.term_query(self.schema, "title", term), TITLE_BOOST
                                ),
                            ),
                            (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "body", term)),
                        ]
                    ),
                )
            )
        return tantivy.Query.boolean_query(musts)

    def _clause(self, clause: Clause, exact: bool = False) -> tantivy.Query:
        # One or two characters: the substring query is a single bigram term (or a
        # prefix), cheaper than words and a superset of them — 乡 also finds 乡镇.
        # Placeholders glued to Chinese (XX区, X届) segment unpredictably: match the string.
        if clause.exact or exact or len(clause.text) <= 2 or _PLACEHOLDER_IN_WORD.search(clause.text):
            return self._exact(clause.text)
        return self._words(clause.terms)

    def build_query(
        self, parsed: ParsedQuery, kind: str = "", year: int | None = None, exact: bool = False
    ) -> tantivy.Query:
        """The tantivy query for ``parsed``; ``exact`` matches every clause as a substring."""
        parts = []
        for clause in parsed.clauses:
            occur = tantivy.Occur.MustNot if clause.negated else tantivy.Occur.Must
            parts.append((occur, self._clause(clause, exact=exact)))
        if kind:
            parts.append(
                (tantivy.Occur.Must, tantivy.Query.const_score_query(tantivy.Query.term_query(self.schema, "kind", kind), 0.0))
            )
        if year:
            parts.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.const_score_query(
                        tantivy.Query.range_query(self.schema, "year", tantivy.FieldType.Integer, year, year), 0.0
                    ),
                )
            )
        if not any(o == tantivy.Occur.Must for o, _ in parts):
            parts.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        return tantivy.Query.boolean_query(parts)

    def search(
        self,
        parsed: ParsedQuery,
        *,
        kind: str = "",
        year: int | None = None,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        facets: bool = False,
    ) -> SearchPage:
        """Run ``parsed`` and return one page of hits.

        ``sort`` is ``relevance`` (BM25), ``newest`` or ``views``. With ``facets`` the
        page carries counts per kind and per year over all matches (ignoring the
        ``kind``/``year`` filters for their own dimension is not done: counts are of
        the filtered set).
        """
        if parsed.is_empty:
            return SearchPage(hits=[], total=0)
        query = self.build_query(parsed, kind=kind, year=year)
        searcher = self.index.searcher()
        kwargs = {}
        if sort == "newest":
            kwargs = {"order_by_field": "date", "order": tantivy.Order.Desc}
        elif sort == "views":
            kwargs = {"order_by_field": "views", "order": tantivy.Order.Desc}
        result = searcher.search(query, limit=limit, count=True, offset=offset, **kwargs)
        if not result.count and any(not c.exact and len(c.text) > 2 for c in parsed.clauses):
            # Segmentation can cut a query differently from the text it came from: a
            # string that is in a document must never give zero results, so match
            # every clause as a substring before giving up.
            query = self.build_query(parsed, kind=kind, year=year, exact=True)
            result = searcher.search(query, limit=limit, count=True, offset=offset, **kwargs)
        hits = [SearchHit(id=searcher.doc(addr)["id"][0], score=float(score)) for score, addr in result.hits]
        page = SearchPage(hits=hits, total=result.count or 0)
        if facets and page.total:
            aggs = searcher.aggregate(
                query,
                {
                    "kinds": {"terms": {"field": "kind", "size": 20}},
                    "years": {"terms": {"field": "year", "size": 100}},
                },
            )
            page.kinds = {b["key"]: b["doc_count"] for b in aggs["kinds"]["buckets"]}
            page.years = {int(b["key"]): b["doc_count"] for b in aggs["years"]["buckets"] if int(b["key"])}
        return page
