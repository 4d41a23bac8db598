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
* ``docx`` — Word paragraphs (headings included) and table rows, via python-docx.

Nothing here imports Django: limits such as ``IMPORT_MAX_BYTES`` come in as
arguments. Every failure is an :class:`ImportProblem` with a reason; parsers for a
whole file raise it, the JSON Lines reader yields one per bad line and goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
import json
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from haowen.text.kinds import KINDS, guess_kind

from ..clean import clean_document, clean_text, normalize_paragraph, preprocess
from ..cleaning.titles import strip_decoration
from ..decode import check_text, decode_bytes, sniff_head
from ..problems import ImportProblem, printable

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
    "parse_jsonl_record",
    "iter_jsonl",
    "derive_title",
    "clean_title",
    "looks_like_seed",
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
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}

MAX_TITLE_CHARS = 300


@dataclass
class ParsedDoc:
    """A document read from a file, ready to become a ``library.services.ArticleDraft``.

    ``paragraphs`` are cleaned (see :func:`haowen.ingest.clean.clean_text`); ``kind``
    is one of :data:`haowen.text.kinds.KINDS`; ``imported_views`` is the view count
    the source page showed; ``raw`` is the lossless input for this document (the
    file's bytes, the JSON line, or the saved HTML) and ``raw_format`` the parser that
    reads it back; ``line_no`` is the 1-based line of a JSON Lines record.
    """

    title: str
    paragraphs: list[str]
    kind: str = "other"
    published_on: dt.date | None = None
    imported_views: int = 0
    source_url: str = ""
    source: str = ""
    external_id: str = ""
    raw: bytes = b""
    raw_format: str = ""
    line_no: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        """Paragraphs joined with ``\\n`` (the form ``Article.body`` stores)."""
        return "\n".join(p.strip() for p in self.paragraphs if p and p.strip())


# --- small helpers -------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s\"'<>()（）]+")
_DATE_IN_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_TITLE_SEPARATORS = re.compile(r"\s*[|｜]\s*|\s+[-–—_]\s+")


#: The largest view count the database column holds (a PositiveIntegerField).
MAX_VIEWS = 2_147_483_647


def view_count(value: object) -> int:
    """A view count from a record (int, float or digit string): 0 when missing or not a
    finite non-negative number, at most MAX_VIEWS. Never raises."""
    try:
        number = float(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else 0.0
    except (TypeError, ValueError):
        return 0
    if not math.isfinite(number) or number <= 0:  # NaN, infinity, negative, zero
        return 0
    return int(min(number, MAX_VIEWS))


def _parse_date(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` (or ``YYYY年M月D日``, ``YYYY/M/D``) at the start of ``value`` → date; else None."""
    if not value or not isinstance(value, str):
        return None
    m = _DATE_IN_TEXT.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def first_url(text: str) -> str:
    """The first http(s) URL inside ``text`` (trailing punctuation trimmed), or ``""``."""
    m = _URL.search(text or "")
    return m.group().rstrip(".,;:，。；：") if m else ""


def clean_title(title: str | None) -> str:
    """A one-line title: markup and whitespace runs collapsed; a ``标题 | 站点`` suffix dropped.

    Page titles carry the site name after ``|`` (either side); the longest segment is
    the document's own title. Returns at most 300 characters; ``""`` for no title.
    """
    if not title:
        return ""
    text = normalize_paragraph(preprocess(title).replace("\n", " "))
    parts = [p for p in _TITLE_SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1:
        text = max(parts, key=len)
    return strip_decoration(text.strip("#").strip())[:MAX_TITLE_CHARS]


_TITLE_CUT = re.compile(r"[。！？；：:!?;]|[（(]\s*\d{4}\s*年")
#: Punctuation and list marks a scraped fragment can start with (``,对制约…``, ``×三是…``).
_LEADING_MARKS = re.compile(r"^[\s,，、.。;；:：!！?？×*·•…\-—–_~)）\]】」』”’]+")
#: A salutation opening a speech (``同志们：``, ``各位代表，同志们：``, ``尊敬的各位领导：``).
_SALUTATION = re.compile(r"^[^。！？!?]{0,24}?(?:同志们|朋友们|代表们?|委员们?|同事们|领导|来宾|嘉宾|大家)[^。！？!?：:]{0,6}[：:]\s*")
TITLE_CHARS = 30


def derive_title(paragraphs: list[str]) -> str:
    """A title (at most 31 characters) for a document that has none, from its first sentence.

    Leading punctuation of a scraped fragment and a speech's salutation (``同志们：``) are
    skipped; the first sentence is cut at its end (``。！？；：`` …). Speeches on People's
    Daily start ``讲话题目（2018年2月12日）习近平…``, so a dated bracket also ends the
    title. A sentence longer than 30 characters is cut there and ends with ``…``; a cut
    leaving fewer than 6 characters takes the first 30 characters of the text instead.
    Returns ``""`` for no text.
    """
    text = "".join(paragraphs).strip()
    first = paragraphs[0] if paragraphs else ""
    first = _LEADING_MARKS.sub("", first)
    salutation = _SALUTATION.match(first)
    if salutation and len(first) > salutation.end():
        first = first[salutation.end() :]
    elif salutation and len(paragraphs) > 1:
        first = _LEADING_MARKS.sub("", paragraphs[1])
    m = _TITLE_CUT.search(first)
    candidate = (first[: m.start()] if m else first).strip()
    if len(candidate) < 6:
        candidate = _LEADING_MARKS.sub("", text)
    if len(candidate) > TITLE_CHARS:
        candidate = candidate[:TITLE_CHARS].rstrip("，,、；;：: ") + "…"
    return candidate.strip()


def _finish(doc: ParsedDoc, text_for_kind: str = "") -> ParsedDoc:
    """Fill the title (derived when missing) and the kind (guessed when missing)."""
    if not doc.title:
        doc.title = derive_title(doc.paragraphs)
    if doc.kind not in KINDS or not doc.kind:
        doc.kind = guess_kind(doc.title, text_for_kind or "\n".join(doc.paragraphs[:3]))
    if not doc.paragraphs:
        raise ImportProblem("empty body: no text left after cleaning")
    if not doc.title:
        raise ImportProblem("no title: the document has no text to take a title from")
    return doc


def _check_size(size: int, max_bytes: int | None, what: str = "file") -> None:
    if max_bytes is not None and size > max_bytes:
        raise ImportProblem(f"{what} is {size:,} bytes, over the import limit of {max_bytes:,} bytes (IMPORT_MAX_BYTES)")


# --- the seed's scraped-page format -----------------------------------------------------------

_SEED_META = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})\s+(\d+)$")
_SEED_CHROME_START = re.compile(r"^(?:阅读全文|如果喜欢本篇内容|精选留言|关于本文|本文标题\s*[:：]|链接地址\s*[:：])")
_SEED_LINK = re.compile(r"^链接地址\s*[:：]\s*(\S+)")
_SPACES = " \t\u00a0\u3000\u2003"


def _squash_title(s: str) -> str:
    return re.sub(r"\s+", "", s)


def looks_like_seed(text: str) -> bool:
    """True when ``text`` is in the seed's scraped-page format (see :func:`parse_seed`)."""
    lines = [ln.strip(_SPACES) for ln in text.lstrip("\ufeff").splitlines()[:40]]
    nonempty = [ln for ln in lines if ln]
    return (
        len(nonempty) >= 3
        and bool(_SEED_META.match(nonempty[1]))
        and _squash_title(nonempty[2]) == _squash_title(nonempty[0])
    )


def parse_seed(text: str) -> ParsedDoc:
    """Parse a scraped page in the seed's format (``text`` already decoded).

    Layout: title / ``YYYY-MM-DD views`` / title again / body / chrome. The chrome
    starts at the ``阅读全文`` line (or, on pages without it, at the first of
    ``如果喜欢本篇内容``, ``精选留言``, ``关于本文``, ``本文标题:``, ``链接地址:``); none of it
    reaches the body. ``链接地址:`` gives ``source_url``. Raises :class:`ImportProblem`
    when ``text`` is not in this format or has no body. ``raw`` is left for the
    caller to set.
    """
    lines = text.lstrip("\ufeff").splitlines()
    idx = [i for i, ln in enumerate(lines) if ln.strip(_SPACES)]
    if len(idx) < 3:
        raise ImportProblem("not a scraped page: fewer than three lines")
    title = lines[idx[0]].strip(_SPACES)
    meta = _SEED_META.match(lines[idx[1]].strip(_SPACES))
    if not meta or _squash_title(lines[idx[2]]) != _squash_title(title):
        raise ImportProblem("not a scraped page: line 2 is not 'date views' or line 3 does not repeat the title")
    body_start = idx[2] + 1
    end = len(lines)
    for i in range(body_start, len(lines)):
        if _SEED_CHROME_START.match(lines[i].strip(_SPACES)):
            end = i
            break
    source_url = ""
    for ln in lines[end:]:
        m = _SEED_LINK.match(ln.strip(_SPACES))
        if m:
            source_url = first_url(m.group(1))  # http(s) only: never a javascript: link
            break
    paragraphs = clean_text("\n".join(lines[body_start:end]), title=title)
    doc = ParsedDoc(
        title=clean_title(title),
        paragraphs=paragraphs,
        kind="",
        published_on=_parse_date(meta.group(1)),
        imported_views=view_count(meta.group(2)),
        source_url=source_url,
        source=source_url,
        external_id=source_url,
        raw_format="seed",
    )
    return _finish(doc)


# --- txt / md ------------------------------------------------------------------------------


def parse_plain_text(text: str, fmt: str = "txt") -> ParsedDoc:
    """Parse a ``.txt``/``.md`` document: first non-empty line = title (``#`` marks stripped).

    A text in the seed's scraped-page format is handed to :func:`parse_seed`. Raises
    :class:`ImportProblem` for an empty document or one with a title and no body.
    """
    if looks_like_seed(text):
        return parse_seed(text)
    lines = text.lstrip("\ufeff").splitlines()
    for i, ln in enumerate(lines):
        if ln.strip(_SPACES + "#"):
            title = clean_title(ln.strip(_SPACES).lstrip("#"))
            body = "\n".join(lines[i + 1 :])
            break
    else:
        raise ImportProblem("empty document: only whitespace")
    cleaned = clean_document(body, title=title)
    doc = ParsedDoc(title=title, paragraphs=cleaned.paragraphs, kind="", published_on=cleaned.published_on, raw_format=fmt)
    if not doc.paragraphs:
        raise ImportProblem("empty body: the file has a title line and nothing after it")
    return _finish(doc)


# --- HTML ----------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_VISIBLE_DATE = re.compile(
    r"(?:发布日期|发布时间|发文日期|成文日期|发表时间|日期|时间)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
)
_META_DATE_NAMES = ("pubdate", "publishdate", "article:published_time", "date", "dc.date", "firstpublishedtime")


def _decode_html(data: bytes) -> str:
    """Decode HTML bytes: the declared ``<meta charset>`` first, then :func:`decode_bytes`."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
            declared = "gb18030"  # the superset; pages labelled gb2312 often use GBK characters
        try:
            return check_text(data.decode(declared).lstrip("\ufeff"))
        except (LookupError, UnicodeError):  # unknown or odd codecs ("undefined", "utf-7" …)
            pass
    return decode_bytes(data)


class _TextExtractor(HTMLParser):
    """Plain visible-text extraction: a newline at block tags, script/style dropped."""

    _BLOCK = {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "section", "article", "blockquote", "ul", "ol", "dd", "dt", "header", "footer", "nav", "title",
    }  # fmt: skip
    _SKIP = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if name and a.get("content"):
                self.meta.setdefault(name, a["content"])
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        self.parts.append(data)


def _extract_with_trafilatura(html_text: str) -> tuple[str, str, str]:
    """``(text, title, date)`` from trafilatura, or empty strings when it finds nothing."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html_clean extra
        log.warning("trafilatura unavailable (%s); using the plain HTML text extractor", exc)
        return "", "", ""
    try:
        doc = trafilatura.bare_extraction(
            html_text,
            include_comments=False,
            favor_precision=True,
            include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("trafilatura failed (%s); using the plain HTML text extractor", exc)
        return "", "", ""
    if doc is None:
        return "", "", ""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return get("text") or "", get("title") or "", get("date") or ""


def parse_html(data: bytes) -> ParsedDoc:
    """Parse an HTML page (bytes): main text, title and publication date.

    Text: trafilatura (``include_comments=False``, ``favor_precision=True``), cleaned
    with :func:`clean_text`; when trafilatura is unavailable or returns nothing, the
    visible text from :class:`html.parser.HTMLParser` (scripts and styles dropped)
    goes through the same cleaner, whose chrome rules remove the page furniture.
    Title: ``<meta name=ArticleTitle>``/``og:title``, then trafilatura's, then
    ``<title>`` (site name after ``|`` dropped). Date: a visible ``发布日期：…``, then
    ``<meta>`` dates, then trafilatura's guess. Raises :class:`ImportProblem` when the
    page cannot be decoded or has no text.
    """
    html_text = _decode_html(data)
    extractor = _TextExtractor()
    try:
        extractor.feed(html_text)
        extractor.close()
    except Exception as exc:  # html.parser is lenient; this is belt and braces
        raise ImportProblem(f"unreadable HTML: {exc}") from exc
    plain = "".join(extractor.parts)
    meta = extractor.meta
    text, t_title, t_date = _extract_with_trafilatura(html_text)
    title = clean_title(
        meta.get("articletitle") or meta.get("og:title") or t_title or "".join(extractor.title_parts)
    )
    cleaned = clean_document(text, title=title or None) if text.strip() else None
    if cleaned is None or not cleaned.paragraphs:
        cleaned = clean_document(plain, title=title or None)
    paragraphs = cleaned.paragraphs
    title = title or cleaned.title
    published = None
    m = _VISIBLE_DATE.search(plain)
    if m:
        published = _parse_date(m.group(1))
    for name in _META_DATE_NAMES:
        if published is None and meta.get(name):
            published = _parse_date(meta[name])
    if published is None:
        # The date written in the page (signature, under the title, a publish line);
        # never trafilatura's guess, which takes a year in the title for a date.
        published = cleaned.published_on
    source_url = meta.get("og:url", "") if meta.get("og:url", "").startswith("http") else ""
    doc = ParsedDoc(
        title=title,
        paragraphs=paragraphs,
        kind="",
        published_on=published,
        source_url=source_url,
        raw=data,
        raw_format="html",
    )
    return _finish(doc)


# --- docx ----------------------------------------------------------------------------------

_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_rows(table, element) -> list[str]:
    """One string per table row, cells joined by an ideographic space.

    python-docx lays out merged cells; a table it cannot lay out (a vertical merge
    starting in the first row, a non-numeric span) is read from the XML instead: the
    text of each ``w:tc`` in each ``w:tr``.
    """
    rows: list[str] = []
    try:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                t = cell.text.strip()
                if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                    cells.append(t)
            if cells:
                rows.append("\u3000".join(cells))
        return rows
    except (ValueError, IndexError, KeyError, TypeError):
        rows = []
        for tr in element.iter(_W_NS + "tr"):
            cells = ["".join(t.text or "" for t in tc.iter(_W_NS + "t")).strip() for tc in tr.iter(_W_NS + "tc")]
            cells = [c for c in cells if c]
            if cells:
                rows.append("\u3000".join(cells))
        return rows


#: Largest ``word/document.xml`` (uncompressed bytes) a .docx may have.
DOCX_MAX_XML_BYTES = 32 * 1024 * 1024


def parse_docx(data: bytes, max_bytes: int | None = None) -> ParsedDoc:
    """Parse a Word ``.docx`` file (bytes) with python-docx.

    Paragraphs in document order, headings included as paragraphs, table rows as one
    paragraph each (cells separated by an ideographic space). Title: the core
    property ``title`` when set, else the first non-empty paragraph (then removed from
    the body). Raises :class:`ImportProblem` for a file that is not a valid .docx, one
    whose ``word/document.xml`` unpacks to more than DOCX_MAX_XML_BYTES, or one whose
    parts together unpack to more than ``max_bytes`` (``IMPORT_MAX_BYTES``: python-docx
    holds every part in memory, so a small zip must not expand past the limit).
    """
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - hard dependency
        raise ImportProblem(f"cannot read .docx files here: {exc}") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml_bytes = archive.getinfo("word/document.xml").file_size
            # zipfile never unpacks a member past its declared size (it raises instead),
            # so the declared sizes bound what python-docx will hold.
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportProblem(f"not a valid .docx file: {type(exc).__name__}: {exc}") from exc
    if max_bytes is not None and unpacked > max_bytes:
        raise ImportProblem(
            f"the .docx unpacks to {unpacked:,} bytes, over the import limit of {max_bytes:,} bytes (IMPORT_MAX_BYTES)"
        )
    if xml_bytes > DOCX_MAX_XML_BYTES:
        # A small file can unpack to gigabytes of XML (a "zip bomb"); a real document's
        # text is a few megabytes at most.
        raise ImportProblem(
            f"the .docx unpacks to {xml_bytes:,} bytes of XML, over the limit of {DOCX_MAX_XML_BYTES:,}"
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ImportProblem(f"not a valid .docx file: {exc}") from exc
    except Exception as exc:  # zipfile.BadZipFile, lxml errors …
        raise ImportProblem(f"not a valid .docx file: {type(exc).__name__}: {exc}") from exc

    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _W_NS + "p":
            blocks.append(Paragraph(child, document).text)
        elif child.tag == _W_NS + "tbl":
            blocks.extend(_table_rows(Table(child, document), child))
    title = clean_title(document.core_properties.title or "")
    if not title:
        for k, block in enumerate(blocks):
            if block.strip():
                title = clean_title(block)
                blocks = blocks[k + 1 :]
                break
    # A blank line between Word paragraphs keeps them apart; soft line breaks inside
    # one paragraph (w:br) become single newlines the cleaner may join.
    paragraphs = clean_text("\n\n".join(blocks), title=title)
    doc = ParsedDoc(title=title, paragraphs=paragraphs, kind="", raw=data, raw_format="docx")
    return _finish(doc)


# --- JSON Lines ----------------------------------------------------------------------------

_LAW_TITLE = re.compile(r"法|条例|规定|办法|决定")
_PASS_THROUGH_KINDS = {"speech", "report", "notice", "summary", "news", "plan", "law"}


def _kind_from_record(kind: object, title: str, text: str) -> str:
    """The corpus's kind, with ``other`` refined to ``law`` for laws and regulations."""
    kind = kind.strip().lower() if isinstance(kind, str) else ""
    if kind in _PASS_THROUGH_KINDS:
        return kind
    if kind == "other":
        return "law" if _LAW_TITLE.search(title or "") else "other"
    return guess_kind(title, text[:300])


def _looks_like_html(s: str) -> bool:
    head = s[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head[:512]


def parse_jsonl_record(line: bytes, line_no: int | None = None) -> ParsedDoc:
    """Parse one JSON Lines record (``line`` as bytes, without or with its newline).

    Fields: ``id`` → ``external_id``; ``source`` → ``source`` (and its first http(s)
    URL → ``source_url``); ``kind`` (``other`` becomes ``law`` when the title says
    法/条例/规定/办法/决定; missing → guessed from the title); ``title`` (null →
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
        doc = parse_html(raw_html.encode("utf-8"))
        if title:
            doc.title = title
    else:
        cleaned = clean_document(text, title=title or None)
        doc = ParsedDoc(
            title=title or cleaned.title,
            paragraphs=cleaned.paragraphs,
            published_on=cleaned.published_on,
            raw=line.rstrip(b"\r\n"),
            raw_format="jsonl",
        )
    if not doc.paragraphs and text.lstrip().startswith("---"):
        # LawRefBook's Hugo ``_index.md`` stubs: "---\nbookCollapseSection: true\n---".
        raise ImportProblem("empty body: the record holds only Markdown front matter, no document text")
    doc.kind = _kind_from_record(record.get("kind"), title, text)
    doc.published_on = _parse_date(record.get("date")) or doc.published_on
    doc.imported_views = views
    doc.source = source
    doc.source_url = first_url(source) or doc.source_url
    doc.external_id = ext_id
    doc.line_no = line_no
    return _finish(doc, text[:300])


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


# --- dispatch ------------------------------------------------------------------------------


def detect_format(name: str, head: bytes) -> str:
    """The format of a file from its name's suffix, else from its first bytes.

    Returns one of ``jsonl``, ``html``, ``docx``, ``md``, ``txt`` (``seed`` is found
    later, from the decoded text of a txt/md file).
    """
    fmt = FORMAT_BY_SUFFIX.get(Path(name).suffix.lower())
    if fmt:
        return fmt
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in stripped[:512]:
        return "html"
    if head.startswith(b"PK\x03\x04") and b"word/" in head[:4096]:
        return "docx"
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
    if raw_format == "seed":
        return parse_seed(decode_bytes(raw))
    if raw_format in ("txt", "md"):
        return parse_plain_text(decode_bytes(raw), fmt=raw_format)
    raise ImportProblem(f"unknown raw format {raw_format!r}")
