"""The tantivy index: schema, document building, queries. No Django import.

Fields (all fed as pre-segmented text through a whitespace analyzer, so tantivy sees
exactly the terms :mod:`haowen.text.segment` produced):

=============  =============================================================
``id``         article primary key (indexed, fast, stored)
``title``      search-mode words of the folded title (BM25, boosted)
``body``       search-mode words of the folded body (BM25)
``title_ng``   character bigrams of the folded title (exact mode)
``body_ng_*``  character bigrams of the folded body (exact mode), in the one field of the
               article's access level: ``body_ng_free``, ``body_ng_login``,
               ``body_ng_members`` or ``body_ng_default`` (site default)
``preview_ng`` character bigrams of the folded preview (exact mode for readers who may
               not read the article in full; empty for free articles)
``access``     the article's access level as stored above (raw: filters)
``genre``      the article's main genre (文种, raw, fast: filter and facet counts)
``subgenre``   its sub-genre, ``-`` when none (raw, fast: filter and facet counts)
``year``       publication year, 0 when unknown (fast: filter and facet counts)
``date``       publication date as a proleptic ordinal (fast: sort by newest)
``views``      view count when last indexed (fast: sort by most viewed)
``length``     characters of the body (fast; what the article page shows as 本文约N字)
``prior``      the length prior (fast, float): :func:`length_prior` stored as
               ``2 ** w - 2``, so tantivy's ``weight_by_field`` (``log2(2 + value)``)
               multiplies a relevance score by ``w``
=============  =============================================================

Nothing is stored but ``id``: the database is the source of truth and snippets are
cut from the article text there.

Gated text (issue 12, "Search is an oracle for the gated part"): substring matching —
quoted clauses, 1–2-character clauses, placeholder clauses and the zero-results fallback —
would tell a reader whether the gated part contains a string, and so its characters one
by one. A search with ``readable`` (the access levels the reader may read in full) runs
substring clauses over the title, the preview, and the bodies of readable levels only;
an article of another level may still be found by whole words of its body (a bag of
words: it says nothing about their order). Because each level's bigrams live in a field
of their own, the BM25 statistics a restricted search scores with (document frequency,
average length) are computed from text that reader may read, so scores and ranking do
not depend on gated text either.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import re
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import tantivy

from haowen.text.genres import resolve
from haowen.text.ngrams import bigram_stream, query_bigrams
from haowen.text.normalize import fold
from haowen.text.query import Clause, ParsedQuery
from haowen.text.segment import index_text

__all__ = ["IndexedDoc", "SearchHit", "SearchPage", "Engine", "WriterBusy", "SCHEMA_VERSION", "ACCESS_LEVELS", "length_prior"]

#: Version 2: per-access-level body bigrams, preview bigrams and ``access`` (issue 12).
#: Version 3: ``genre`` and ``subgenre`` in place of ``kind`` (issue 15).
#: Version 4: ``length`` and the length ``prior`` (issue 15 §3); a change to the
#: ``LENGTH_PRIOR_*`` constants changes indexed values and needs a new version too.
SCHEMA_VERSION = 4
TITLE_BOOST = 4.0
#: Score a document gains for being of the main genre a query's genre word names (a quarter
#: more for the very sub-genre): about a strong title match, so a speech on the topic ranks
#: above a news item that has the topic in its title and the word in its text (measured
#: with bench/search_eval.py).
GENRE_BOOST = 12.0
#: Score per clause matched in a partial-match search: more than any BM25 score, so the
#: documents that match the most clauses come first, by BM25 among them.
PARTIAL_STEP = 1000.0
#: Weight of a word clause's whole-phrase match (its characters in a row, through the bigram
#: fields) added to its word score, so 数字政府建设 as written ranks above its words scattered
#: through a long document; only for clauses the segmenter does not know as one word
#: (营商环境 is a word and matches as itself). Measured with bench/search_eval.py.
PHRASE_BOOST = 1.0
#: The length prior (issue 15 §3: "length does not let a long report outrank a short model
#: text that is about the query"). tantivy already normalises BM25 by length (k1 1.2,
#: b 0.75 over the field's average), per term; a long report or a daily news transcript
#: still gathers every clause of a query and a high score. A relevance score is multiplied
#: by ``1 + LENGTH_PRIOR_WEIGHT`` for a body of up to ``LENGTH_PRIOR_FULL`` characters (a
#: typical speech, notice or plan), by less with each doubling beyond, and by 1 from
#: ``LENGTH_PRIOR_FULL * 2 ** LENGTH_PRIOR_DOUBLINGS`` characters (32,000: a provincial
#: government work report). Gentle on purpose: a shorter document passes a longer one only
#: when their scores are within 30 %; partial matches and the sorts by date or views do not
#: use it. Measured with bench/search_eval.py (README, Search).
LENGTH_PRIOR_WEIGHT = 0.3
LENGTH_PRIOR_FULL = 2000
LENGTH_PRIOR_DOUBLINGS = 4
#: Matches read by BM25 alone and re-ranked with the length prior (``Engine._ranked``): the
#: page is exact whenever its last document scores above what any deeper one could reach,
#: which held for every query of bench/search_bench.py's sets at 100 (ad hoc check).
RERANK_DEPTH = 100
#: Deeper pages than half this go straight to the full pass with the prior.
RERANK_MAX_DEPTH = 1000
WS = "ws"

#: Access levels as the index stores them: an article's own level, or ``default`` for the
#: site default (resolved per query, so changing the default needs no re-index).
ACCESS_LEVELS = ("free", "login", "members", "default")
#: The level whose articles everyone reads in full: no preview is indexed for them.
OPEN_LEVEL = "free"

_PLACEHOLDER_IN_WORD = re.compile(r"x[\u3400-\u9fff]|[\u3400-\u9fff]x")
_TANTIVY_REGEX_SPECIAL = re.compile(r"([\\.+*?()|\[\]{}^$#&\-~])")


#: The writer's indexing buffer for imports and the index log (bytes): a segment per fill.
WRITER_HEAP_BYTES = 256_000_000
#: The writer's buffer for :meth:`Engine.replace_all` (``rebuild_index``), bytes: the
#: rebuild process holds this much at most for the buffer, and writes fewer, larger segments.
REBUILD_HEAP_BYTES = 1_000_000_000


class WriterBusy(RuntimeError):
    """Another process holds the index writer (only one may write at a time)."""


@dataclass
class IndexedDoc:
    """What the index needs of an article. ``date_ordinal`` is ``date.toordinal()`` or 0.

    ``terms`` is ``(index_text(fold(title)), index_text(fold(body)))`` when the caller
    segmented the text already (the importer does, in worker processes); it must
    belong to this ``title`` and ``body``. ``access`` is one of :data:`ACCESS_LEVELS`
    and ``preview`` the text a reader who may not read the whole body sees of it
    (paragraphs joined by newlines; not indexed for ``free`` articles).
    """

    id: int
    title: str
    body: str
    genre: str
    year: int
    date_ordinal: int
    views: int
    terms: tuple[str, str] | None = None
    access: str = "default"
    preview: str = ""
    subgenre: str = ""


@dataclass
class SearchHit:
    id: int
    score: float


@dataclass
class SearchPage:
    """``hits`` of one page, the ``total`` number of matches and facet counts.

    ``partial`` is True when no document matched every clause and the hits are the
    documents that match the most of them (:meth:`Engine.search`).
    """

    hits: list[SearchHit]
    total: int
    genres: dict[str, int] = field(default_factory=dict)
    subgenres: dict[str, int] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)
    partial: bool = False


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("id", stored=True, indexed=True, fast=True)
    sb.add_text_field("title", tokenizer_name=WS, index_option="position")
    sb.add_text_field("body", tokenizer_name=WS, index_option="freq")
    sb.add_text_field("title_ng", tokenizer_name=WS, index_option="position")
    for level in ACCESS_LEVELS:
        sb.add_text_field(_body_ng(level), tokenizer_name=WS, index_option="position")
    sb.add_text_field("preview_ng", tokenizer_name=WS, index_option="position")
    sb.add_text_field("access", tokenizer_name="raw")
    sb.add_text_field("genre", tokenizer_name="raw", fast=True)
    sb.add_text_field("subgenre", tokenizer_name="raw", fast=True)
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_integer_field("date", fast=True)
    sb.add_integer_field("views", fast=True)
    sb.add_integer_field("length", fast=True)
    sb.add_float_field("prior", fast=True)
    return sb.build()


def length_prior(length: int) -> float:
    """The factor a relevance score is multiplied by for a body of ``length`` characters:
    ``1 + LENGTH_PRIOR_WEIGHT`` up to :data:`LENGTH_PRIOR_FULL`, falling linearly in
    ``log2(length)`` to 1.0 at ``LENGTH_PRIOR_DOUBLINGS`` doublings beyond (in [1, 1.3])."""
    over = max(0.0, math.log2(max(length, 1) / LENGTH_PRIOR_FULL)) / LENGTH_PRIOR_DOUBLINGS
    return 1.0 + LENGTH_PRIOR_WEIGHT * max(0.0, 1.0 - over)


def _body_ng(level: str) -> str:
    return f"body_ng_{level}"


def prepare_fields(doc: IndexedDoc) -> dict:
    """Segment and bigram ``doc``: the CPU-heavy part of indexing, picklable for a process pool.

    Raises :class:`ValueError` when ``doc.access`` is not one of :data:`ACCESS_LEVELS`.
    """
    if doc.access not in ACCESS_LEVELS:
        raise ValueError(f"article {doc.id}: access level {doc.access!r} is not one of {ACCESS_LEVELS}")
    title = fold(doc.title)
    body = fold(doc.body)
    title_terms, body_terms = doc.terms if doc.terms is not None else (index_text(title), index_text(body))
    return {
        "id": doc.id,
        "title": title_terms,
        "body": body_terms,
        "title_ng": bigram_stream(title),
        _body_ng(doc.access): bigram_stream(body),
        "preview_ng": bigram_stream(fold(doc.preview)) if doc.access != OPEN_LEVEL else "",
        "access": doc.access,
        "genre": doc.genre or "other",
        # "" would be no term at all: "-" stands for "no sub-genre" (never a code).
        "subgenre": doc.subgenre or "-",
        "year": doc.year or 0,
        "date": doc.date_ordinal or 0,
        "views": doc.views or 0,
        # The length of the whole body is public (the article page and lists show 约N字),
        # so a gated article's score may depend on it.
        "length": len(body),
        # Stored for weight_by_field, which multiplies by log2(2 + value).
        "prior": 2.0 ** length_prior(len(body)) - 2.0,
    }


def make_document(doc: IndexedDoc) -> tantivy.Document:
    """Build the tantivy document for ``doc`` (segmentation and bigrams happen here)."""
    return tantivy.Document(**prepare_fields(doc))


class Engine:
    """One tantivy index directory with its applied-log position.

    Thread-safe for searching. ``writer()`` takes tantivy's cross-process writer lock;
    :class:`WriterBusy` is raised when another process holds it.

    ``derived`` names the settings the documents are derived from besides the schema
    (the follower passes the preview settings, which decide ``preview_ng``), as a
    JSON-serialisable value. An index on disk of another :data:`SCHEMA_VERSION` is
    discarded when opened; one built under another ``derived`` value is emptied when this
    process takes the writer. Either way its position goes back to 0 and the follower
    rebuilds it from the index log. The marker file ``haowen-schema.json`` records both.
    """

    def __init__(self, path: Path | str | None, derived=None):
        self.path = Path(path) if path else None
        self.derived = derived
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
    MARKER = "haowen-schema.json"
    _MARKER_LOCK = "haowen-schema.lock"
    _WRITER_LOCK = ".tantivy-writer.lock"

    @property
    def _wanted_marker(self) -> dict:
        return json.loads(json.dumps({"version": SCHEMA_VERSION, "derived": self.derived}))

    @contextmanager
    def _marker_locked(self):
        """Hold the lock on the marker file: several processes (web workers, an import) open
        and rebuild one index, and only the first of them may discard it."""
        with open(self.path / self._MARKER_LOCK, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _read_marker(self) -> dict | None:
        marker = self.path / self.MARKER
        return {"derived": None, **json.loads(marker.read_text())} if marker.exists() else None

    def _write_marker(self) -> None:
        # Write + rename: a process reading the marker (outdated()) never sees half of it.
        tmp = self.path / (self.MARKER + ".tmp")
        tmp.write_text(json.dumps(self._wanted_marker))
        os.replace(tmp, self.path / self.MARKER)

    def _writer_held_elsewhere(self) -> bool:
        """True when some IndexWriter (tantivy's lock file, an flock) holds this index."""
        lock_path = self.path / self._WRITER_LOCK
        if not lock_path.exists():
            return False
        with open(lock_path, "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(lock, fcntl.LOCK_UN)
            return False

    def _check_version(self) -> None:
        """Discard an index of another :data:`SCHEMA_VERSION` (tantivy cannot open it).

        Raises :class:`WriterBusy` when another process still writes that index. An index
        built under other ``derived`` settings stays readable until this process takes the
        writer (:meth:`_reset_if_outdated`), so no file is deleted under a live process.
        """
        with self._marker_locked():
            found = self._read_marker()
            if found is not None and found.get("version") != SCHEMA_VERSION:
                if self._writer_held_elsewhere():
                    raise WriterBusy(
                        f"the index at {self.path} has schema version {found.get('version')} and another process "
                        f"writes it; stop that process before opening the index with version {SCHEMA_VERSION}"
                    )
                # Start over; the follower rebuilds it from the database (position 0: the whole log).
                for child in self.path.iterdir():
                    if child.is_file() and child.name != self._MARKER_LOCK:
                        child.unlink()
                found = None
            if found is None:
                self._write_marker()

    def outdated(self) -> bool:
        """True when the index was built under other ``derived`` settings than this
        object's (it is emptied when this process takes the writer)."""
        return self.path is not None and self._read_marker() != self._wanted_marker

    def _reset_if_outdated(self) -> None:
        """With the writer just taken: empty an index built under other ``derived`` settings
        (the preview) and set its position to 0, so the log is applied again from the start.

        The marker is read again under its lock, so of several processes only the first
        to write resets the index.
        """
        if self.path is None:
            return
        with self._marker_locked():
            if self._read_marker() == self._wanted_marker:
                return
            self._writer.delete_all_documents()
            self._writer.commit()
            self.set_position(0)
            self._uncommitted_position = None
            self._dirty = False
            self._write_marker()
        self.index.reload()

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
    def writer(self, heap_size: int = WRITER_HEAP_BYTES):
        """Return this process's IndexWriter, taking the lock on first use.

        ``heap_size`` (bytes) is the writer's indexing buffer when this call opens it (a
        writer already open keeps its own); a segment is written each time it fills.
        Taking it empties an index built under other ``derived`` settings (position 0): take
        the writer before reading :attr:`applied_position` to apply the log after it.
        Raises :class:`WriterBusy` when another process holds the index's lock.
        """
        with self._lock:
            if self._writer is None:
                try:
                    self._writer = self.index.writer(heap_size=heap_size, num_threads=1)
                except ValueError as exc:
                    raise WriterBusy(str(exc)) from exc
                self._reset_if_outdated()
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

    def replace_all(self, batches: Iterable[list[IndexedDoc]], position: int) -> int:
        """Replace every document by those of ``batches`` in one commit, then store ``position``.

        The writer gets a larger buffer (:data:`REBUILD_HEAP_BYTES`) when this call opens it:
        a rebuild writes the whole library at once, and fewer, larger segments make every
        later search read fewer term dictionaries and posting lists (at 1,000,000 documents,
        14 segments from a 256 MB buffer searched slower and mapped more of the index than
        the import's 7; see docs/benchmarks.md).

        Searches see the old index until the commit (tantivy writes the new segments
        aside, uncommitted, as the writer's heap fills: memory stays bounded by its heap
        size, the disk holds both copies meanwhile), so a rebuild of a large library
        never leaves a site searching an empty or partial index. On an error (or an
        interrupt) the writer is rolled back and the old index and its position stay as
        they were; the error is raised again. Returns the number of documents added.
        """
        writer = self.writer(heap_size=REBUILD_HEAP_BYTES)
        total = 0
        try:
            writer.delete_all_documents()
            for batch in batches:
                for doc in batch:
                    writer.add_document(make_document(doc))
                total += len(batch)
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            # Either way nothing of this writer is pending any more.
            self._uncommitted_position = None
            self._dirty = False
        self.set_position(position)
        self.index.reload()
        return total

    # --- reading --------------------------------------------------------------
    def num_docs(self) -> int:
        return self.index.searcher().num_docs

    def _substring(self, field: str, text: str) -> tantivy.Query:
        """``text`` as a substring of ``field`` (a bigram field): a phrase over its bigrams,
        one term for two characters, a prefix (regex) for one."""
        grams = query_bigrams(text)
        if not grams:
            pattern = _TANTIVY_REGEX_SPECIAL.sub(r"\\\1", text) + "."
            return tantivy.Query.regex_query(self.schema, field, pattern)
        if len(grams) == 1:
            return tantivy.Query.term_query(self.schema, field, grams[0])
        return tantivy.Query.phrase_query(self.schema, field, grams)

    def titles_containing(self, folded: str, limit: int = 10) -> list[int]:
        """Ids of up to ``limit`` documents whose folded title contains ``folded`` (whitespace
        ignored; through the title bigrams, so any string is a plain substring, never query
        syntax), the most viewed first. Titles only: nothing of a body is read. ``[]`` for a
        string without characters."""
        text = "".join(folded.split())
        if not text or limit <= 0:
            return []
        searcher = self.index.searcher()
        result = searcher.search(
            self._substring("title_ng", text), limit=limit, count=False,
            order_by_field="views", order=tantivy.Order.Desc,
        )
        return [searcher.doc(addr)["id"][0] for _, addr in result.hits]

    def _levels(self, levels) -> tantivy.Query:
        """Documents whose ``access`` is one of ``levels``."""
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "access", level)) for level in levels]
        )

    def _gated(self, query: tantivy.Query, readable: frozenset[str]) -> tantivy.Query:
        """``query`` over documents of a level not in ``readable`` only."""
        if not readable:
            return query
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), (tantivy.Occur.MustNot, self._levels(sorted(readable)))]
        )

    def _exact(self, text: str, readable: frozenset[str] | None = None) -> tantivy.Query:
        """Substring match on the title (boosted) or the body.

        ``readable`` ``None``: the whole body of every article. Otherwise the body of the
        articles whose level is in ``readable``, and the preview of the others.
        """
        shoulds = [(tantivy.Occur.Should, tantivy.Query.boost_query(self._substring("title_ng", text), TITLE_BOOST))]
        levels = ACCESS_LEVELS if readable is None else [lv for lv in ACCESS_LEVELS if lv in readable]
        shoulds += [(tantivy.Occur.Should, self._substring(_body_ng(lv), text)) for lv in levels]
        if readable is not None:
            shoulds.append((tantivy.Occur.Should, self._gated(self._substring("preview_ng", text), readable)))
        return tantivy.Query.boolean_query(shoulds)

    def _words(self, terms: tuple[str, ...], implied: tuple[tuple[str, str], ...] = ()) -> tantivy.Query:
        """All terms must match, each in the title (boosted) or the body (BM25).

        A term ``implied`` by a longer one (:attr:`Clause.implied`: 十四 and 第十四 inside
        第十四条) is not asked for: the index holds it wherever it holds the longer term, so
        the longer term alone matches the same documents (checked on the 882 documents of
        the shared corpus: of 2,815 words with sub-words, none matched a document one way
        and not the other). Intersecting their dense posting lists was most of a search's
        time on a large library (第十四条 with its five sub-words: 37 ms at a million
        documents, the word alone 2 ms). What the sub-words added to the score is kept by
        boosting the longer term (:meth:`_head_boosts`). One term left is its
        title-or-body union alone: tantivy prunes the top-k pass of a union of term
        queries (block-max WAND) but not of a boolean nested in another.
        """
        unions = []
        for term, boost in self._head_boosts(terms, implied).items():
            union = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Should, tantivy.Query.boost_query(tantivy.Query.term_query(self.schema, "title", term), TITLE_BOOST)),
                    (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "body", term)),
                ]
            )
            unions.append(union if boost == 1.0 else tantivy.Query.boost_query(union, boost))
        if len(unions) == 1:
            return unions[0]
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, union) for union in unions])

    def _head_boosts(self, terms: tuple[str, ...], implied: tuple[tuple[str, str], ...]) -> dict[str, float]:
        """``{term: boost}`` for the terms of ``terms`` not implied by another of them, in order.

        A term holding implied terms is boosted by ``(idf(term) + sum of their idf) /
        idf(term)``, with BM25's ``idf = ln(1 + (N - n + 0.5) / (n + 0.5))`` from the body
        field's document frequencies (:meth:`tantivy.Searcher.doc_freq`): it then scores
        about what it and its sub-words scored together, so a clause keeps its weight
        against the genre and phrase boosts. Every other term: 1.0.
        """
        present = set(terms)
        subs: dict[str, list[str]] = {}
        for term, head in implied:
            if term in present and head in present:
                subs.setdefault(head, []).append(term)
        dropped = {t for held in subs.values() for t in held}
        kept = [t for t in terms if t not in dropped]
        if not dropped:
            return dict.fromkeys(kept, 1.0)
        searcher = self.index.searcher()
        total = searcher.num_docs

        def idf(term: str) -> float:
            n = searcher.doc_freq("body", term)
            return math.log(1.0 + (total - n + 0.5) / (n + 0.5))

        boosts = {}
        for term in kept:
            own = idf(term) if term in subs else 0.0
            boosts[term] = (own + sum(idf(t) for t in subs[term])) / own if own > 0 else 1.0
        return boosts

    def _clause(self, clause: Clause, exact: bool = False, readable: frozenset[str] | None = None) -> tantivy.Query:
        """One clause (``readable``: see :meth:`_exact`); a negated clause is built the same
        way, so an exclusion never looks at more of a body than a match would."""
        # One or two characters: the substring query is a single bigram term (or a
        # prefix), cheaper than words and a superset of them — 乡 also finds 乡镇.
        # Placeholders glued to Chinese (XX区, X届) segment unpredictably: match the string.
        short = len(clause.text) <= 2 or bool(_PLACEHOLDER_IN_WORD.search(clause.text))
        if not (clause.exact or exact or short):
            if clause.is_long:
                # A remembered title or sentence: most of its words, ranked by how many a
                # document holds (their BM25 adds up) and by the whole phrase below.
                words = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Should, self._words(group, clause.implied)) for group in clause.words],
                    minimum_number_should_match=clause.required_words,
                )
            else:
                words = self._words(clause.terms, clause.implied)
            if len(clause.terms) < 2 or clause.text in clause.terms:
                # A clause that is one word of the segmenter matches as itself already.
                return words
            # The whole phrase as written ranks higher; it is read from the text this
            # reader may read only (_exact with readable), so scores say nothing of a
            # gated part's character order.
            phrase = tantivy.Query.boost_query(self._exact(clause.text, readable), PHRASE_BOOST)
            return tantivy.Query.boolean_query([(tantivy.Occur.Must, words), (tantivy.Occur.Should, phrase)])
        query = self._exact(clause.text, readable)
        if readable is None or clause.exact or not short or not clause.terms:
            return query
        # A reader who may not read an article in full still finds it by the clause's
        # whole words in its gated part (what a word clause would do), never by substring.
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, query), (tantivy.Occur.Should, self._gated(self._words(clause.terms, clause.implied), readable))]
        )

    def _genre_boost(self, code: str) -> tantivy.Query:
        """Documents of the genre ``code`` names (main genre or sub-genre), scored a constant:
        :data:`GENRE_BOOST` for its main genre, a quarter more for the very sub-genre.
        The genre is metadata every reader sees on lists: nothing of a body is read."""
        main, sub = resolve(code) or ("", "")
        shoulds = []
        if main:
            term = tantivy.Query.term_query(self.schema, "genre", main)
            shoulds.append((tantivy.Occur.Should, tantivy.Query.const_score_query(term, GENRE_BOOST)))
        if sub:
            term = tantivy.Query.term_query(self.schema, "subgenre", sub)
            shoulds.append((tantivy.Occur.Should, tantivy.Query.const_score_query(term, GENRE_BOOST / 4)))
        return tantivy.Query.boolean_query(shoulds) if shoulds else tantivy.Query.empty_query()

    def _understood(self, clause: Clause, exact: bool, readable: frozenset[str] | None) -> tantivy.Query:
        """A positive clause with its synonyms (any form matches) and, for a genre word,
        its genre (a document of the genre matches too). Every form is built by
        :meth:`_clause`, so each follows the same rules for gated text."""
        forms = (clause, *clause.alternatives)
        if len(forms) == 1 and not clause.genre:
            return self._clause(clause, exact=exact, readable=readable)
        built = [self._clause(c, exact=exact, readable=readable) for c in forms]
        # A document scores by its best form, not their sum: the forms share words (汇报材料,
        # 工作汇报, 汇报), and a text holding all of them is no better match than one holding
        # one (a daily news transcript holds every form of anything).
        best = built[0] if len(built) == 1 else tantivy.Query.disjunction_max_query(built)
        shoulds = [(tantivy.Occur.Should, best)]
        if clause.genre:
            shoulds.append((tantivy.Occur.Should, self._genre_boost(clause.genre)))
        return tantivy.Query.boolean_query(shoulds)

    def build_query(
        self,
        parsed: ParsedQuery,
        genre: str = "",
        year: int | None = None,
        exact: bool = False,
        subgenre: str = "",
        readable: frozenset[str] | None = None,
        partial: bool = False,
    ) -> tantivy.Query:
        """The tantivy query for ``parsed``; ``exact`` matches every clause as a substring;
        ``readable``: see :meth:`search`.

        A clause naming a genre (``Clause.genre``) is required only when every positive
        clause does (the query lists the genre); otherwise it ranks its genre and its word
        higher without being required. ``partial``: a document must match at least one
        positive clause, and ranks by how many it matches (:data:`PARTIAL_STEP` each).
        """
        readable = _readable(readable)
        parts = []
        anyof = []
        genre_optional = not parsed.only_genres
        for clause in parsed.clauses:
            if clause.negated:
                parts.append((tantivy.Occur.MustNot, self._clause(clause, exact=exact, readable=readable)))
                continue
            query = self._understood(clause, exact, readable)
            if partial:
                step = tantivy.Query.const_score_query(query, PARTIAL_STEP)
                anyof.append((tantivy.Occur.Should, tantivy.Query.boolean_query(
                    [(tantivy.Occur.Should, step), (tantivy.Occur.Should, query)]
                )))
            elif clause.genre and genre_optional:
                parts.append((tantivy.Occur.Should, query))
            else:
                parts.append((tantivy.Occur.Must, query))
        if anyof:
            parts.append((tantivy.Occur.Must, tantivy.Query.boolean_query(anyof)))
        for name, value in (("genre", genre), ("subgenre", subgenre)):
            if value:
                parts.append(
                    (tantivy.Occur.Must, tantivy.Query.const_score_query(tantivy.Query.term_query(self.schema, name, value), 0.0))
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
        if len(parts) == 1:
            # One required clause scores as itself: unwrapped, a one-word query stays a
            # union of term queries that the top-k pass can prune.
            return parts[0][1]
        return tantivy.Query.boolean_query(parts)

    def search(
        self,
        parsed: ParsedQuery,
        *,
        genre: str = "",
        subgenre: str = "",
        year: int | None = None,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        facets: bool = False,
        readable=None,
    ) -> SearchPage:
        """Run ``parsed`` and return one page of hits.

        ``sort`` is ``relevance`` (BM25 times the length prior, :func:`length_prior`; not for
        partial matches, which rank by the number of clauses matched), ``newest`` or ``views``. With ``facets`` the
        page carries counts per genre, per sub-genre and per year over all matches
        (ignoring the ``genre``/``year`` filters for their own dimension is not done:
        counts are of the filtered set). ``genre`` and ``subgenre`` filter by those
        codes (:mod:`haowen.text.genres`).

        ``readable`` is the set of :data:`ACCESS_LEVELS` whose articles the reader may
        read in full, or ``None`` (every level: staff, trusted callers, benchmarks). For
        articles of the other levels, substring matching (quoted, 1–2-character and
        placeholder clauses, exclusions of them, the zero-results fallback) looks at the
        title and the preview only; whole words still match their whole body. Hits, total,
        facet counts and scores then depend on no more of a gated part than its bag of
        words. Raises :class:`ValueError` for a level not in :data:`ACCESS_LEVELS`, and for
        a ``limit`` below 1 or a negative ``offset`` (tantivy panics on a zero limit).
        """
        if limit < 1 or offset < 0:
            raise ValueError(f"search: limit must be at least 1 and offset at least 0, got limit={limit}, offset={offset}")
        if parsed.is_empty:
            return SearchPage(hits=[], total=0)
        readable = _readable(readable)
        query = self.build_query(parsed, genre=genre, subgenre=subgenre, year=year, readable=readable)
        searcher = self.index.searcher()
        kwargs = {}
        if sort == "newest":
            kwargs = {"order_by_field": "date", "order": tantivy.Order.Desc}
        elif sort == "views":
            kwargs = {"order_by_field": "views", "order": tantivy.Order.Desc}
        # With facets the total is the sum of the genre counts (every document has a genre),
        # so the ranked pass needs no count of its own: one pass over the matches less.
        count = not facets

        def run(query: tantivy.Query, ranked: bool) -> tuple[list, int | None]:
            if ranked:
                return self._ranked(searcher, query, limit, offset, count)
            result = searcher.search(query, limit=limit, count=count, offset=offset, **kwargs)
            return result.hits, result.count

        def matched(query: tantivy.Query, hits: list, total: int | None) -> bool:
            if total is not None:
                return total > 0
            return bool(hits) or (offset > 0 and searcher.search(query, limit=1, count=True).count > 0)

        ranked = not kwargs
        first = query
        pending = _facets_async(searcher, query) if facets and FACETS_THREAD else None
        hits, total = run(query, ranked)
        if not matched(query, hits, total) and any(not c.exact and len(c.text) > 2 for c in parsed.clauses):
            # Segmentation can cut a query differently from the text it came from: a
            # string that is in a document must never give zero results, so match
            # every clause as a substring before giving up.
            query = self.build_query(parsed, genre=genre, subgenre=subgenre, year=year, exact=True, readable=readable)
            hits, total = run(query, ranked)
        partial = False
        if not matched(query, hits, total) and sum(not c.negated for c in parsed.clauses) > 1:
            # Nothing matches every clause: the documents that match the most of them
            # (each clause as words, with its synonyms and genre), under a notice.
            query = self.build_query(parsed, genre=genre, subgenre=subgenre, year=year, readable=readable, partial=True)
            hits, total = run(query, False)
            partial = matched(query, hits, total)
        page = SearchPage(hits=[SearchHit(id=searcher.doc(addr)["id"][0], score=float(score)) for score, addr in hits], total=total or 0, partial=partial)
        if facets and (total is None or total):
            # (The counts started beside the ranked pass are of the first query; a fallback
            # query that replaced it is counted now.)
            aggs = pending.result() if pending is not None and query is first else searcher.aggregate(query, FACET_AGGREGATIONS)
            page.genres = {b["key"]: b["doc_count"] for b in aggs["genres"]["buckets"]}
            page.subgenres = {b["key"]: b["doc_count"] for b in aggs["subgenres"]["buckets"] if b["key"] != "-"}
            page.years = {int(b["key"]): b["doc_count"] for b in aggs["years"]["buckets"] if int(b["key"])}
            page.total = sum(page.genres.values())
            page.partial = partial and bool(page.total)
        return page

    def _ranked(
        self, searcher: tantivy.Searcher, query: tantivy.Query, limit: int, offset: int, count: bool
    ) -> tuple[list[tuple[float, tantivy.DocAddress]], int | None]:
        """One page of ``query``'s matches by BM25 times the length prior, as
        ``([(score, address)], count or None)``.

        Multiplying every match's score by its prior (tantivy's ``weight_by_field``) reads a
        fast field for each match; on a large library that was about a third of a search.
        Instead the :data:`RERANK_DEPTH` best by BM25 alone are read and multiplied: a
        document further down has a BM25 score no higher than the last of them, and its
        prior is at most ``1 + LENGTH_PRIOR_WEIGHT``, so when the page's last document
        scores above that bound the page is exactly what the full pass gives. Otherwise
        (or for a page deeper than the depth) the full pass runs.
        """
        wanted = offset + limit
        depth = max(RERANK_DEPTH, 2 * wanted)
        if depth <= RERANK_MAX_DEPTH:
            result = searcher.search(query, limit=depth, count=count)
            if result.hits:
                priors = searcher.fast_field_values("prior", [addr for _score, addr in result.hits])
                scored = sorted(
                    ((float(score) * math.log2(2.0 + float(prior or 0.0)), addr) for (score, addr), prior in zip(result.hits, priors)),
                    key=lambda pair: (-pair[0], pair[1].segment_ord, pair[1].doc),
                )
                complete = len(result.hits) < depth
                bound = float(result.hits[-1][0]) * (1.0 + LENGTH_PRIOR_WEIGHT) * (1.0 + 1e-6)
                if complete or (len(scored) >= wanted and scored[wanted - 1][0] > bound):
                    return scored[offset:wanted], result.count
            elif not offset:
                return [], result.count
        result = searcher.search(query, limit=limit, count=count, offset=offset, weight_by_field="prior")
        return result.hits, result.count


# The facet counts a search page shows: per genre, sub-genre and year over all matches.
FACET_AGGREGATIONS = {
    "genres": {"terms": {"field": "genre", "size": 1000}},
    "subgenres": {"terms": {"field": "subgenre", "size": 1000}},
    "years": {"terms": {"field": "year", "size": 1000}},
}
#: Count facets on a helper thread beside the ranked pass (see :func:`_facets_async`); the
#: environment's ``HAOWEN_FACETS_THREAD=0`` turns it off (a one-core machine gains nothing,
#: and benchmarks compare the two).
FACETS_THREAD = os.environ.get("HAOWEN_FACETS_THREAD", "1") != "0"
_facet_pool: tuple[int, ThreadPoolExecutor] | None = None
_facet_pool_lock = threading.Lock()


def _facets_async(searcher: tantivy.Searcher, query: tantivy.Query) -> Future:
    """Start the facet aggregation of ``query`` on a helper thread of this process.

    tantivy releases the GIL while it searches and aggregates, so the aggregation (about
    two fifths of a search on a large library) runs beside the ranked pass on a second
    core instead of after it: the same CPU, less waiting for the reader. One thread per
    process (a web worker serves one request at a time); made again after a fork.
    """
    global _facet_pool
    with _facet_pool_lock:
        if _facet_pool is None or _facet_pool[0] != os.getpid():
            _facet_pool = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="haowen-facets"))
        pool = _facet_pool[1]
    return pool.submit(searcher.aggregate, query, FACET_AGGREGATIONS)


def _readable(readable) -> frozenset[str] | None:
    """``readable`` as a frozenset, or ``None`` when it covers every level (nothing is gated).

    Raises :class:`ValueError` naming a level that is not one of :data:`ACCESS_LEVELS`.
    """
    if readable is None:
        return None
    readable = frozenset(readable)
    unknown = readable - set(ACCESS_LEVELS)
    if unknown:
        raise ValueError(f"readable: unknown access levels {sorted(unknown)}; expected some of {ACCESS_LEVELS}")
    return None if readable == set(ACCESS_LEVELS) else readable
