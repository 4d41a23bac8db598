"""One parser per input format, each producing :class:`ParsedDoc` records (pure Python).

Formats (``raw_format`` values stored on the article, so ``reclean`` can re-run the
same parser on the stored ``raw`` bytes):

* ``seed`` — a scraped page in the seed's text format: title; ``2022-03-11 185``
  (date, view count); the title again; the body; then the site's chrome from
  ``阅读全文`` on. Recognised by content, whatever the file is called.
* ``jsonl`` — JSON Lines with ``id, source, kind, title, date, text`` (and optionally
  ``raw``, ``views``); one document per line, one problem per bad line.
* ``txt`` / ``md`` — the first non-empty line is the title, the rest the body.
* ``html`` — main text by trafilatura (precision first), title and date from the page;
  a plain ``html.parser`` extraction when trafilatura finds nothing.
* ``docx`` — Word paragraphs (headings included) and table rows, via python-docx;
  images and embedded objects leave a ``［图］`` paragraph.
* ``pdf`` — the text layer, via pypdf: running heads, feet and page numbers dropped,
  lines joined into paragraphs by their position on the page.
* ``doc`` / ``wps`` / ``rtf`` — converted to ``.docx`` by LibreOffice (headless), when
  it is installed.

One module per format (``seed``, ``text``, ``html``, ``docx``, ``jsonl``, ``pdf``,
``office``), the
shared record and helpers in ``base``; this module detects a file's format and
dispatches. Nothing here imports Django: limits such as ``IMPORT_MAX_BYTES`` come in as
arguments. Every failure is an :class:`ImportProblem` with a reason; parsers for a
whole file raise it, the JSON Lines reader yields one per bad line and goes on.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path

from ..decode import decode_bytes
from ..problems import ImportProblem, printable
from .base import (
    MAX_TITLE_CHARS,
    MAX_VIEWS,
    TITLE_CHARS,
    ParsedDoc,
    _check_size,
    clean_title,
    derive_title,
    first_url,
    view_count,
)
from .docx import DOCX_MAX_XML_BYTES, parse_docx
from .html import parse_html
from .office import OFFICE_FORMATS, OLE2_MAGIC, parse_office
from .pdf import parse_pdf
from .jsonl import (
    CHUNK_BYTES,
    CHUNK_RECORDS,
    SKIP_BLOCK_BYTES,
    iter_jsonl,
    jsonl_chunks,
    parse_jsonl_chunk,
    parse_jsonl_record,
    read_records,
    record_size,
)
from .seed import looks_like_seed, parse_seed
from .text import parse_plain_text

log = logging.getLogger(__name__)

__all__ = [
    "ParsedDoc",
    "ImportProblem",
    "FORMAT_BY_SUFFIX",
    "detect_format",
    "parse_path",
    "parse_bytes",
    "parse_raw",
    "parse_seed",
    "parse_plain_text",
    "parse_html",
    "parse_docx",
    "parse_pdf",
    "parse_office",
    "parse_jsonl_record",
    "iter_jsonl",
    "derive_title",
    "clean_title",
    "looks_like_seed",
    # Shared helpers and limits, re-exported so callers import them from one place.
    "printable",
    "first_url",
    "view_count",
    "MAX_TITLE_CHARS",
    "MAX_VIEWS",
    "TITLE_CHARS",
    "DOCX_MAX_XML_BYTES",
    "is_jsonl_file",
    "read_records",
    "record_size",
    "jsonl_chunks",
    "parse_jsonl_chunk",
    "SKIP_BLOCK_BYTES",
    "CHUNK_RECORDS",
    "CHUNK_BYTES",
]

#: File suffix → format. Files with other suffixes are sniffed by content.
FORMAT_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".docx": "docx",
    ".doc": "doc",
    ".wps": "wps",
    ".rtf": "rtf",
    ".pdf": "pdf",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}


def detect_format(name: str, head: bytes) -> str:
    """The format of a file from its name's suffix, else from its first bytes.

    Returns one of ``jsonl``, ``html``, ``docx``, ``doc``, ``wps``, ``rtf``, ``pdf``,
    ``md``, ``txt`` (``seed`` is found later, from the decoded text of a txt/md file).
    """
    fmt = FORMAT_BY_SUFFIX.get(Path(name).suffix.lower())
    if fmt:
        return fmt
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in stripped[:512]:
        return "html"
    if head.startswith(b"PK\x03\x04") and b"word/" in head[:4096]:
        return "docx"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return "doc"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if stripped.startswith(b"{") and b'"text"' in head:
        return "jsonl"
    return "txt"


def _file_identity(name: str) -> tuple[str, str]:
    """``(source, external_id)`` for a file: its name, and a hash of its resolved path.

    Re-importing an edited file then *updates* its article instead of adding a new one.
    """
    path = Path(name)
    try:
        resolved = str(path.resolve())
    except OSError:
        resolved = str(path)
    return printable(path.name), "file:" + hashlib.sha1(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def parse_bytes(data: bytes, name: str, *, max_bytes: int | None = None, fmt: str | None = None) -> Iterator[ParsedDoc | ImportProblem]:
    """Parse a whole file's ``data`` (bytes) named ``name``; yield documents and problems.

    ``max_bytes`` is the size limit per document (a JSON Lines file may be larger; each
    of its lines may not). Whole-file failures (empty, binary, undecodable, over the
    limit, no body) come out as one :class:`ImportProblem`; JSON Lines files yield one
    per bad line. Problems carry ``path=name``.
    """
    fmt = fmt or detect_format(name, data[:4096])
    try:
        if fmt == "jsonl":
            if not data.strip():
                raise ImportProblem("empty file: no JSON lines, only whitespace")
            for item in iter_jsonl(io.BytesIO(data), max_bytes=max_bytes):
                yield item.located(name) if isinstance(item, ImportProblem) else item
            return
        _check_size(len(data), max_bytes)
        if not data:
            raise ImportProblem("empty file: 0 bytes")
        if fmt == "docx":
            doc = parse_docx(data, max_bytes=max_bytes)
        elif fmt == "pdf":
            doc = parse_pdf(data, max_bytes=max_bytes)
        elif fmt in OFFICE_FORMATS:
            doc = parse_office(data, fmt, max_bytes=max_bytes)
        elif fmt == "html":
            doc = parse_html(data)
        else:
            text = decode_bytes(data)
            if not text.strip():
                raise ImportProblem("empty file: only whitespace")
            doc = parse_plain_text(text, fmt="md" if fmt == "md" else "txt")
        doc.raw = data
        source, ext_id = _file_identity(name)
        if not doc.source:
            doc.source = source
        if not doc.external_id:
            doc.external_id = ext_id
        yield doc
    except ImportProblem as exc:
        yield exc.located(name)
    except Exception as exc:  # a parser bug or a library choking on odd input: one problem line
        log.exception("parsing %s failed", name)
        yield ImportProblem(f"cannot parse this {fmt} file: {type(exc).__name__}: {exc}", path=name)


def is_jsonl_file(path: str | Path) -> bool:
    """True when ``path`` is read as JSON Lines (by suffix, else by its first 4,096 bytes)."""
    name = str(path)
    if Path(name).suffix.lower() in FORMAT_BY_SUFFIX:
        return FORMAT_BY_SUFFIX[Path(name).suffix.lower()] == "jsonl"
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return detect_format(name, head) == "jsonl"


def parse_path(path: str | Path, *, max_bytes: int | None = None) -> Iterator[ParsedDoc | ImportProblem]:
    """Parse the file at ``path``; yield documents and problems (see :func:`parse_bytes`).

    JSON Lines files are streamed in chunks (:func:`jsonl_chunks`), ``max_bytes`` per
    record; other files are checked against ``max_bytes`` before they are read. Problems name ``path`` as given.
    """
    path = Path(path)
    name = str(path)
    if is_jsonl_file(path):
        for chunk in jsonl_chunks(path, max_bytes=max_bytes):
            if isinstance(chunk, ImportProblem):
                yield chunk
            else:
                yield from parse_jsonl_chunk(name, chunk, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
            fmt = detect_format(name, head)
            _check_size(size, max_bytes)
            data = head + fh.read()
    except ImportProblem as exc:
        yield exc.located(name)
        return
    except OSError as exc:
        yield ImportProblem(f"cannot read: {exc.strerror or exc}", path=name)
        return
    yield from parse_bytes(data, name, max_bytes=max_bytes, fmt=fmt)


def parse_raw(raw: bytes, raw_format: str) -> ParsedDoc:
    """Re-parse an article's stored ``raw`` bytes with the parser named by ``raw_format``.

    Used by ``reclean`` after the cleaner improves. Raises :class:`ImportProblem` for
    an unknown format or input that no longer parses.
    """
    if not raw:
        raise ImportProblem("no raw input stored")
    if raw_format == "jsonl":
        return parse_jsonl_record(raw)
    if raw_format == "html":
        return parse_html(raw)
    if raw_format == "docx":
        return parse_docx(raw)
    if raw_format == "pdf":
        return parse_pdf(raw)
    if raw_format in OFFICE_FORMATS:
        return parse_office(raw, raw_format)
    if raw_format == "seed":
        return parse_seed(decode_bytes(raw))
    if raw_format in ("txt", "md"):
        return parse_plain_text(decode_bytes(raw), fmt=raw_format)
    raise ImportProblem(f"unknown raw format {raw_format!r}")
