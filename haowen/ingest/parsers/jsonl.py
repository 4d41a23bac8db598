"""JSON Lines (``raw_format`` ``jsonl``): one document per line, one problem per bad line.

Records hold ``id, source, kind, title, date, text`` (and optionally ``raw``,
``views``). Files are read line by line in bounded memory (:func:`read_records`) and
handed to worker processes in chunks (:func:`jsonl_chunks`, :func:`parse_jsonl_chunk`).
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ..clean import clean_document, page_title
from ..decode import check_text, sniff_head
from ..problems import ImportProblem
from ..cleaning.dates import date_from_address
from .base import _TITLE_SEPARATORS, ParsedDoc, _check_size, _finish, _parse_date, clean_title, file_name_headline, first_url, view_count
from .html import parse_html

log = logging.getLogger(__name__)

__all__ = [
    "parse_jsonl_record",
    "iter_jsonl",
    "read_records",
    "record_size",
    "jsonl_chunks",
    "parse_jsonl_chunk",
    "SKIP_BLOCK_BYTES",
    "CHUNK_RECORDS",
    "CHUNK_BYTES",
]

def _looks_like_html(s: str) -> bool:
    head = s[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head[:512]


def parse_jsonl_record(line: bytes, line_no: int | None = None) -> ParsedDoc:
    """Parse one JSON Lines record (``line`` as bytes, without or with its newline).

    Fields: ``id`` → ``external_id``; ``source`` → ``source`` (and its first http(s)
    URL → ``source_url``); ``kind`` (a genre hint: a code, an old kind or a label of
    :mod:`haowen.text.genres`, refined or overridden by the guess from the title and the
    text, see :func:`~haowen.text.genres.choose_code`); ``title`` (null →
    derived from the text); ``date``; ``text``; optional ``views``. When ``raw`` is a
    saved HTML page, that page is parsed (and kept as ``raw`` with format ``html``);
    otherwise ``raw`` is the JSON line itself (format ``jsonl``).

    Raises :class:`ImportProblem` for NUL bytes, invalid UTF-8, invalid JSON, a
    non-object, or a record without text.
    """
    if b"\x00" in line:
        raise ImportProblem(f"binary data: a NUL byte at byte {line.index(0):,} of the record (JSON Lines are UTF-8 text)")
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"line is not valid UTF-8 (JSON Lines must be UTF-8): {exc.reason} at byte {exc.start}") from exc
    decoded = decoded.lstrip("\ufeff")
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"line is not valid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ImportProblem(f"line is a JSON {type(record).__name__}, expected an object with a 'text' field")
    for key, value in record.items():
        # JSON's \uXXXX escapes can encode a lone surrogate, which is not a character:
        # refuse the record rather than store text that cannot be encoded.
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ImportProblem(
                    f"field {key!r} holds an unpaired surrogate {value[exc.start]!r} at character {exc.start}: not valid Unicode"
                ) from exc
    text = record.get("text")
    raw_html = record.get("raw")
    if not isinstance(text, str) or not text.strip():
        if not (isinstance(raw_html, str) and _looks_like_html(raw_html)):
            raise ImportProblem("record has no 'text' (a non-empty string is required)")
        text = ""
    try:
        check_text(text, what="text field")
    except ImportProblem as exc:
        raise ImportProblem(f"record text is not text: {exc.reason}") from exc

    title = clean_title(record.get("title") if isinstance(record.get("title"), str) else None)
    source = str(record.get("source") or "")
    ext_id = str(record.get("id") or "")
    views = view_count(record.get("views"))

    if isinstance(raw_html, str) and raw_html != text and _looks_like_html(raw_html):
        # A saved page: parse the page itself (what ``reclean`` will re-run on) and
        # keep it as the raw input; the JSON fields still give title, date and ids.
        # (The record's title as given: parse_html cleans it, and reads its segments against
        # the page's headline.)
        given = record.get("title") if isinstance(record.get("title"), str) else None
        doc = parse_html(raw_html.encode("utf-8"), title=(given if title else None))
    else:
        shown = _segment_on_page(record.get("title"), text, title)
        if shown:
            title = clean_title(shown) or title
        cleaned = clean_document(text, title=title or None)
        title = cleaned.title or title  # (the cleaner's when the record's was a site name)
        paragraphs = cleaned.paragraphs
        if paragraphs:
            # (A file's name for the record's title: the document's own headline above the text,
            # which then leaves the body as the title's repeat does.)
            title = file_name_headline(record.get("title"), title, lambda: page_title(text, paragraphs[0]))
            if len(paragraphs) > 1 and paragraphs[0] == title:
                paragraphs = paragraphs[1:]
        doc = ParsedDoc(
            title=title,
            paragraphs=paragraphs,
            published_on=cleaned.published_on,
            raw=line.rstrip(b"\r\n"),
            raw_format="jsonl",
        )
        if cleaned.dropped:  # import_documents -v 2 lists them
            doc.extra["dropped"] = cleaned.dropped
    if not doc.paragraphs and text.lstrip().startswith("---"):
        # LawRefBook's Hugo ``_index.md`` stubs: "---\nbookCollapseSection: true\n---".
        raise ImportProblem("empty body: the record holds only Markdown front matter, no document text")
    kind = record.get("kind")
    doc.kind = kind if isinstance(kind, str) else ""
    doc.published_on = _parse_date(record.get("date")) or doc.published_on
    if doc.published_on is None and doc.paragraphs:
        # A text that opens with a month and day, its year in the page's address.
        doc.published_on = date_from_address(doc.paragraphs[0], source)
    doc.imported_views = views
    doc.source = source
    doc.source_url = first_url(source) or doc.source_url
    doc.external_id = ext_id
    doc.line_no = line_no
    return _finish(doc, text[:300])


# What a headline leaves of a title it prints: one bracket ("（2023版）", "（修订稿）").
_ASIDE_LEFT = re.compile(r"^\s*[（(][^（）()]{1,12}[）)]$")
_HEAD_DATE = re.compile(r"\d{4}\s*[-年./]\s*\d{1,2}")
# A forum's post row under the thread's title ("楼主：某某　发表于 5天前", "作者：… 发布于 昨天").
_POST_ROW = re.compile(r"发表于|发布于|楼主|作者\s*[:：]|\d{1,3}\s*(?:分钟|小时|天)前|昨天\s*\d|前天\s*\d")


def _segment_on_page(raw_title: object, text: str, chosen: str) -> str:
    """The segment of the record's ``raw_title`` (split at bars and spaced dashes) that the text
    prints alone on a line nearest its body among its first 10 lines, when ``clean_title`` chose
    another (``笔华七十年 - 笔华文具有限公司`` over a page whose headline is ``笔华七十年``;
    ``夜班道口记 - 某某的博客 - 记录铁路边的日子`` over a blog whose slogan is a line of its
    header too; ``某某方案`` printed over a record titled ``某某方案（2023版）免费下载``), or ``""``:
    the headline names the document, the other segments and brackets the site."""
    if not isinstance(raw_title, str) or not chosen:
        return ""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(raw_title) if p.strip()]
    head = [ln.strip() for ln in text.lstrip().splitlines()[:12] if ln.strip()][:10]
    # (Above the text's first sentence only: an issuer's name under a short text is its 落款.)
    # (A headline that asks, "…多久洗一次？这份…请收好", is one of the title's segments, no sentence of the text.)
    body = next((i for i, ln in enumerate(head) if len(ln) >= 15 and re.search(r"[。！？]", ln) and ln not in parts and ln != chosen), len(head))
    shown = [i for i, ln in enumerate(head[:body]) if ln in parts and len(ln) >= 4] if len(parts) >= 2 else []
    if not shown:
        # "某某方案（2023版）免费下载" over a page that prints "某某方案" over its text: the
        # headline without the download site's bracket.
        shown = [i for i, ln in enumerate(head[:body]) if len(ln) >= 8 and chosen.startswith(ln) and _ASIDE_LEFT.match(chosen[len(ln) :])]
    if not shown:
        return ""
    at = shown[-1]
    after = head[at + 1] if at + 1 < len(head) else ""
    # A headline: under the site's own header (never its first line) and right over the
    # text's byline date or its first sentence.
    if at == 0 or not (_HEAD_DATE.search(after) or _POST_ROW.search(after) or (len(after) >= 15 and re.search(r"[，。！？]", after))):
        return ""
    return head[at] if head[at] != chosen else ""


#: Bytes read at a time while the rest of an over-long record is skipped.
SKIP_BLOCK_BYTES = 1 << 20


def record_size(line: bytes) -> int:
    """Bytes of a JSON Lines record: its line without the ``\n`` or ``\r\n`` that ends it."""
    return len(line) - (2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0)


def read_records(stream: io.BufferedIOBase, max_bytes: int | None) -> Iterator[tuple[int, bytes | None, int]]:
    """Read a binary stream line by line in bounded memory: ``(line_no, line, size)`` per line.

    ``line`` keeps its line end; ``size`` is :func:`record_size`. A line whose record is
    longer than ``max_bytes`` comes back as ``(line_no, None, size)``: no more than
    ``max_bytes`` + 2 bytes of it are ever held, the rest is read in blocks of
    SKIP_BLOCK_BYTES and dropped (a 1 GB "line" of NUL bytes costs 21 MB, not 1 GB).
    ``max_bytes`` None reads whole lines, whatever their length.
    """
    limit = -1 if max_bytes is None else max_bytes + 2  # room for a \r\n after a record of max_bytes
    line_no = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        line_no += 1
        if limit < 0 or line.endswith(b"\n") or len(line) < limit:
            yield line_no, line, record_size(line)
            continue
        size, tail = len(line), line[-1:]
        while not tail.endswith(b"\n"):
            block = stream.readline(SKIP_BLOCK_BYTES)
            if not block:
                break
            size += len(block)
            tail = (tail + block)[-2:]
        del line
        yield line_no, None, size - (2 if tail.endswith(b"\r\n") else 1 if tail.endswith(b"\n") else 0)


def _over_limit(size: int, max_bytes: int | None) -> ImportProblem:
    return ImportProblem(f"record is {size:,} bytes, over the import limit of {max_bytes:,} bytes (IMPORT_MAX_BYTES)")


def iter_jsonl(stream: io.BufferedIOBase | io.BytesIO, *, max_bytes: int | None = None) -> Iterator[ParsedDoc | ImportProblem]:
    """Yield a :class:`ParsedDoc` or an :class:`ImportProblem` (with ``line_no``) per non-blank line.

    ``stream`` is a binary file object read line by line (:func:`read_records`), so files
    larger than memory are fine. ``max_bytes`` limits each record (a line without its
    line end), not the whole file; a longer record is one problem and is never held whole.
    """
    for line_no, line, size in read_records(stream, max_bytes):
        if line is None:
            yield _over_limit(size, max_bytes).located("", line_no)
            continue
        if not line.strip():
            continue
        try:
            _check_size(size, max_bytes, what="record")
            yield parse_jsonl_record(line, line_no)
        except ImportProblem as exc:
            exc.line_no = exc.line_no or line_no
            yield exc


#: A JSON Lines chunk ends after this many records or bytes (see :func:`jsonl_chunks`).
CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20


def jsonl_chunks(
    path: str | Path, *, records: int = CHUNK_RECORDS, max_chunk_bytes: int = CHUNK_BYTES, max_bytes: int | None = None
) -> Iterator[list[tuple[int, bytes]] | ImportProblem]:
    """Read a JSON Lines file as chunks of ``(line_no, line)`` (non-blank lines only).

    A chunk holds at most ``records`` lines and ends once it holds ``max_chunk_bytes``
    bytes (a longer line ends the chunk it joins), so a worker process can parse one
    chunk while the next is read. Lines are read with :func:`read_records`: a record
    over ``max_bytes`` (``IMPORT_MAX_BYTES``) comes out, in its place in the file, as an
    :class:`ImportProblem` naming ``path`` and its line, and is never held whole.
    Whole-file problems come out as one :class:`ImportProblem` naming ``path``: empty
    file, only whitespace, unreadable, UTF-16, binary (NUL bytes, a PDF …; see
    :func:`haowen.ingest.decode.sniff_head`). Lines are not parsed here:
    :func:`parse_jsonl_chunk` does that.
    """
    name = str(path)
    try:
        with Path(path).open("rb") as fh:
            kind, detail = sniff_head(fh.read(4096))
            # UTF-16 (PowerShell's ">" writes it): its 0x0A bytes inside characters would
            # split "lines" at random, so the file is one problem, not dozens. A file of
            # NUL bytes has no line end at all: one problem too, before reading it.
            if kind == "utf-16":
                yield ImportProblem("JSON Lines must be UTF-8; this file is UTF-16 (save it as UTF-8)", path=name)
                return
            if kind == "binary":
                yield ImportProblem(f"{detail} (JSON Lines must be UTF-8 text)", path=name)
                return
            fh.seek(0)
            chunk: list[tuple[int, bytes]] = []
            size = 0
            seen = 0
            for line_no, line, line_size in read_records(fh, max_bytes):
                if line is None:
                    seen += 1
                    if chunk:  # keep input order: the lines before it go first
                        yield chunk
                        chunk, size = [], 0
                    yield _over_limit(line_size, max_bytes).located(name, line_no)
                    continue
                if not line.strip():
                    continue
                seen += 1
                chunk.append((line_no, line))
                size += len(line)
                if len(chunk) >= records or size >= max_chunk_bytes:
                    yield chunk
                    chunk, size = [], 0
            if chunk:
                yield chunk
            if not seen:
                empty = "empty file: 0 bytes" if fh.tell() == 0 else "empty file: no JSON lines, only whitespace"
                yield ImportProblem(empty, path=name)
    except OSError as exc:
        yield ImportProblem(f"cannot read: {exc.strerror or exc}", path=name)


def parse_jsonl_chunk(
    name: str, chunk: list[tuple[int, bytes]], *, max_bytes: int | None = None
) -> list[ParsedDoc | ImportProblem]:
    """Parse the lines of one :func:`jsonl_chunks` chunk of the file ``name``, in order.

    ``max_bytes`` limits each record (a line without its line end). A bad line becomes an :class:`ImportProblem` naming
    ``name`` and its line number; the other lines are unaffected.
    """
    out: list[ParsedDoc | ImportProblem] = []
    for line_no, line in chunk:
        try:
            _check_size(record_size(line), max_bytes, what="record")
            out.append(parse_jsonl_record(line, line_no))
        except ImportProblem as exc:
            out.append(exc.located(name, line_no))
        except Exception as exc:  # RecursionError on deep nesting, a parser bug …: this line only
            log.warning("parsing %s:%s failed: %s: %s", name, line_no, type(exc).__name__, exc)
            out.append(ImportProblem(f"cannot parse the record: {type(exc).__name__}: {exc}", path=name, line_no=line_no))
    return out
