"""PDF files (``raw_format`` ``pdf``): the text layer, read with pypdf, laid out again.

A PDF holds positioned runs of text, not paragraphs. pypdf reads each run with its
position (``extract_text(visitor_text=…)``); runs on one baseline make a line. Then:

* **running heads and feet** go: a line in a page's top or bottom margin (at most two
  lines, set off from the text by a wide gap) whose text (digits aside) recurs there on
  at least half of the pages, and any such line that is a page number (``3``, ``- 3 -``, ``第3页``, ``第3页 共10页``, ``3/10``,
  ``Page 3 of 10``);
* **lines become paragraphs** by their geometry: a line that reaches the right margin
  and is followed, on the same page or the next, by a line that starts at the left
  margin, in the same font size and without extra space above, is continued by it. A
  first-line indent, a short line, a blank gap, a change of size or an outline
  heading (:func:`haowen.ingest.clean.is_heading_like`) starts a new paragraph.

The cleaner's own hard-wrap join (``clean.join_soft_breaks``) sees only characters:
it cannot see an indent, and never joins after a sentence end, which in a PDF is as
often mid-paragraph as not; so the paragraphs are built here and handed to
:func:`haowen.ingest.clean.clean_document` separated by blank lines (which it keeps).

Memory and time are bounded: pypdf runs with limits of its own (``pypdf.Configuration``)
lowered to PDF_MAX_STREAM_BYTES decoded bytes and PDF_MAX_STREAM_TOKENS tokens per
stream, and a page over them ends the import of the file (a 700 kB "decompression
bomb" otherwise costs pypdf 1 GB and four minutes); the text kept is bounded by
``max_bytes`` (``IMPORT_MAX_BYTES``). Scanned PDFs (images without a text layer),
encrypted PDFs that need a password and files pypdf cannot read are an
:class:`ImportProblem` naming the reason.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..clean import clean_document, is_heading_like
from ..problems import ImportProblem
from .base import ParsedDoc, _finish, clean_title

log = logging.getLogger(__name__)

__all__ = ["parse_pdf", "PAGE_NUMBER"]

#: A line that is only a page number, in the usual forms (``3``, ``- 3 -``, ``—3—``,
#: ``第3页``, ``第 3 页 共 10 页``, ``共10页 第3页``, ``3/10``, ``Page 3 of 10``, ``- iv -``).
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－·•\s]*(?:\d{1,4}|[ivxlc]{1,6})[-—–－·•\s]*"
    r"|(?:共\s*\d{1,4}\s*页\s*[,，/／]?\s*)?第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
#: Largest decoded stream (bytes) pypdf may produce: a page's text is kilobytes; its
#: default (75 MB per stream, each kept while the file is read) is no bound for a bomb.
PDF_MAX_STREAM_BYTES = 16 * 1024 * 1024
#: Most tokens (operators and operands) pypdf may parse in one content stream: a dense
#: page of text is tens of thousands; 200,000 take pypdf about 2 s and 120 MB.
PDF_MAX_STREAM_TOKENS = 200_000
#: Lines at each end of a page looked at for running heads, feet and page numbers.
EDGE_LINES = 2
#: A margin line is set off from the text by more than this many line pitches.
MARGIN_GAP = 1.8
#: Longest line (characters) taken for a running head or foot.
RUNNING_MAX_CHARS = 80
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_SENTENCE_END = frozenset("。！？!?")
#: A metadata title such as "Microsoft Word - 文档1.docx" or "无标题" names no document.
_JUNK_META_TITLE = re.compile(r"^(?:microsoft\s+\w+\s*-|untitled|无标题|新建|文档\d*$|document\d*$)", re.I)


@dataclass
class _Line:
    """One line of a page: its text, left and (estimated) right x, baseline y, font size."""

    text: str
    x0: float
    x1: float
    y: float
    size: float


def _char_width(ch: str) -> float:
    """Width of ``ch`` in ems, estimated: CJK and full-width forms 1, others 0.5."""
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _page_lines(page) -> list[_Line]:
    """The lines of one pypdf page, top to bottom, each from the text runs on one baseline."""
    runs: list[tuple[float, float, float, str]] = []  # (x, y, size, text)

    def visit(text, cm, tm, font_dict, font_size):
        if not text:
            return
        # The run's origin in page space: the text matrix times the current matrix.
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        size = abs(float(font_size or 0)) * scale or 10.0
        for k, piece in enumerate(text.split("\n")):
            if piece.strip():
                runs.append((x, y - k * size * 1.2, size, piece))

    page.extract_text(visitor_text=visit)
    if not runs:
        return []
    runs.sort(key=lambda r: -r[1])
    groups: list[list[tuple[float, float, float, str]]] = []
    for run in runs:
        if groups and abs(groups[-1][0][1] - run[1]) <= 0.5 * min(groups[-1][0][2], run[2]):
            groups[-1].append(run)
        else:
            groups.append([run])
    lines = []
    for group in groups:
        group.sort(key=lambda r: r[0])
        parts: list[str] = []
        end = None
        for x, _y, size, text in group:
            piece = text.strip()
            if parts and end is not None:
                gap = x - end
                wide = _is_wide(parts[-1][-1]) or _is_wide(piece[0])
                # Between Latin words a small gap is a space; next to CJK characters a
                # gap is typography (autospace, justification) unless it is a wide one.
                if gap > (1.0 if wide else 0.2) * size or (not wide and text[:1].isspace()):
                    parts.append(" ")
            parts.append(piece)
            end = max(end or x, x + size * sum(_char_width(ch) for ch in piece))
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text:
            sizes = [r[2] for r in group]
            lines.append(_Line(text, group[0][0], end or group[0][0], group[0][1], statistics.median(sizes)))
    return lines


def _running_key(line: _Line) -> tuple[str, int]:
    """A running line's identity: its text with digits masked, and its height on the page
    (to 6 pt: a template prints it at one place, so a signature that happens to repeat
    a running head's words, lower on the last page, is not taken for it)."""
    return _DIGITS.sub("#", _SPACE.sub("", line.text)), round(line.y / 6)


def _margin_lines(lines: list[_Line], pitch: float) -> set[int]:
    """Indexes of the lines in a page's top and bottom margins: at most EDGE_LINES at each
    end, set off from the text by a gap over MARGIN_GAP line pitches (a running head sits
    in the margin; a body line at the top of a page follows the next one at one pitch)."""
    out: set[int] = set()
    n = len(lines)
    for k in range(min(EDGE_LINES, n - 1)):  # top: lines 0..k when a gap follows line k
        if lines[k].y - lines[k + 1].y > MARGIN_GAP * (pitch or 1.2 * lines[k].size):
            out.update(range(k + 1))
    for k in range(min(EDGE_LINES, n - 1)):  # bottom: lines n-1-k.. when a gap precedes them
        a, b = lines[n - 2 - k], lines[n - 1 - k]
        if a.y - b.y > MARGIN_GAP * (pitch or 1.2 * b.size):
            out.update(range(n - 1 - k, n))
    return out


def drop_running_lines(pages: list[list[_Line]]) -> int:
    """Remove running heads, feet and page numbers from ``pages`` in place; return how many.

    Looked at: the lines in each page's margins (:func:`_margin_lines`). Dropped: a page
    number (:data:`PAGE_NUMBER`), and a line of at most RUNNING_MAX_CHARS characters whose
    text with its digits masked recurs in a margin, at the same height, on at least half
    of the pages (two at least).
    """
    pitch = _layout(pages)[2] if any(pages) else 0.0
    edges: list[set[int]] = []
    seen: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        idx = _margin_lines(lines, pitch)
        edges.append(idx)
        seen.update({_running_key(lines[i]) for i in idx if len(lines[i].text) <= RUNNING_MAX_CHARS})
    needed = max(2, (len(pages) + 1) // 2)
    dropped = 0
    for lines, idx in zip(pages, edges):
        keep = [
            ln
            for i, ln in enumerate(lines)
            if i not in idx
            or not (
                PAGE_NUMBER.match(ln.text)
                or (len(ln.text) <= RUNNING_MAX_CHARS and seen[_running_key(ln)] >= needed)
            )
        ]
        dropped += len(lines) - len(keep)
        lines[:] = keep
    return dropped


def _layout(pages: list[list[_Line]]) -> tuple[float, float, float]:
    """``(left margin, right margin, line pitch)`` of the document, in points."""
    lines = [ln for page in pages for ln in page]
    lefts = Counter(round(ln.x0 / 2) * 2 for ln in lines)
    left = lefts.most_common(1)[0][0]
    rights = sorted(ln.x1 for ln in lines)
    right = rights[int(len(rights) * 0.9)] if len(rights) >= 10 else rights[-1]
    gaps = [
        a.y - b.y
        for page in pages
        for a, b in zip(page, page[1:])
        if 0 < a.y - b.y < 3 * max(a.size, b.size) and abs(a.size - b.size) <= 0.1 * a.size
    ]
    pitch = statistics.median(gaps) if gaps else 0.0
    return left, right, pitch


def build_paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Join the lines of ``pages`` (running lines already dropped) into paragraphs (strings)."""
    if not any(pages):
        return []
    left, right, pitch = _layout(pages)
    paragraphs: list[str] = []
    current: list[str] = []
    prev: _Line | None = None
    for n, page in enumerate(pages):
        for k, ln in enumerate(page):
            same_page = k > 0
            if prev is not None and current and _continues(prev, ln, same_page, left, right, pitch):
                a, b = current[-1][-1], ln.text[0]
                current.append(" " + ln.text if (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()) else ln.text)
            else:
                if current:
                    paragraphs.append("".join(current))
                current = [ln.text]
            prev = ln
    if current:
        paragraphs.append("".join(current))
    return paragraphs


def _continues(a: _Line, b: _Line, same_page: bool, left: float, right: float, pitch: float) -> bool:
    """True when line ``b`` continues the paragraph that line ``a`` is in."""
    size = max(a.size, b.size)
    if abs(a.size - b.size) > 0.15 * size:
        return False  # a heading in a larger size, a note in a smaller one
    # ``a`` stops short of the margin: its paragraph ends there. Its right end is an
    # estimate (CJK 1 em, other characters 0.5 em), short by up to about 0.25 em for
    # each Latin capital or digit, and justified text spreads its characters apart.
    narrow = sum(1 for ch in a.text if not _is_wide(ch))
    if a.x1 < right - (2 + 0.25 * narrow) * a.size:
        return False
    if b.x0 > left + 0.8 * b.size:
        return False  # ``b`` is indented (a first line) or centred
    if is_heading_like(b.text) or is_heading_like(a.text):
        return False
    if same_page and pitch:
        gap = a.y - b.y
        if gap > 1.6 * pitch or (a.text[-1] in _SENTENCE_END and gap > 1.25 * pitch):
            return False  # space between paragraphs
    return True


def _meta_title(reader, first_text: str) -> str:
    """The document information title, when it is one: not a program's placeholder and
    found in the first page's text (producers often leave a template's or a file's name)."""
    try:
        meta = reader.metadata
        raw = str(meta.title or "") if meta is not None else ""
    except Exception:  # a broken info dictionary is no reason to refuse the text
        return ""
    title = clean_title(raw)
    if not title or _JUNK_META_TITLE.match(title):
        return ""
    return title if _SPACE.sub("", title) in _SPACE.sub("", first_text) else ""


def _open(data: bytes):
    """A ``pypdf.PdfReader`` for ``data``, decrypted when it opens with no password."""
    try:
        import pypdf
        from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise ImportProblem(f"cannot read .pdf files here: {exc}") from exc
    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ImportProblem(f"not a PDF file: it does not start with %PDF- (it starts with {data[:16]!r})")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are encrypted only to restrict printing or copying: they open
            # with the empty user password. Others need one we do not have.
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:  # an unsupported cipher
                raise ImportProblem(f"encrypted PDF that cannot be decrypted here: {exc}") from exc
            if not opened:
                raise ImportProblem("encrypted PDF: it needs a password to open; save an unprotected copy and import that")
        return reader
    except ImportProblem:
        raise
    except FileNotDecryptedError as exc:
        raise ImportProblem("encrypted PDF: it needs a password to open; save an unprotected copy and import that") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise ImportProblem(f"not a valid PDF file: {type(exc).__name__}: {exc}") from exc


def parse_pdf(data: bytes, max_bytes: int | None = None) -> ParsedDoc:
    """Parse a PDF file (see :func:`_parse_pdf`) with pypdf's limits lowered (module docstring)."""
    import pypdf

    limits = {
        name: PDF_MAX_STREAM_BYTES
        for name in (
            "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
            "array_based_stream_maximum_output_length", "brotli_maximum_output_length",
        )
    }  # fmt: skip
    with pypdf.apply_configuration(stream_parsing_work_maximum_count=PDF_MAX_STREAM_TOKENS, **limits):
        return _parse_pdf(data, max_bytes)


def _parse_pdf(data: bytes, max_bytes: int | None = None) -> ParsedDoc:
    """Parse a PDF file (bytes) into a :class:`ParsedDoc` (``raw_format`` ``pdf``).

    Text: every page's text layer, running heads, feet and page numbers dropped, lines
    joined into paragraphs (see the module docstring), then :func:`clean_document`.
    Title: the document information title when the first page shows it, else the one
    the cleaner reads from the lead, else derived from the text. Date: the one the
    cleaner finds in the text. ``extra["pages"]`` is the page count.

    Raises :class:`ImportProblem` for a file pypdf cannot read (``not a valid PDF``),
    one that needs a password (``encrypted PDF``), one with no text layer (``no text
    layer``: scanned pages), one with a page over pypdf's limits, and one whose text is
    over ``max_bytes`` UTF-8 bytes.
    """
    from pypdf.errors import LimitReachedError

    reader = _open(data)
    try:
        count = len(reader.pages)
    except Exception as exc:
        raise ImportProblem(f"not a valid PDF file: {type(exc).__name__}: {exc}") from exc
    if count == 0:
        raise ImportProblem("empty PDF: it has no pages")
    pages: list[list[_Line]] = []
    size = 0
    failed = 0
    for number in range(count):
        try:
            lines = _page_lines(reader.pages[number])
        except LimitReachedError as exc:
            raise ImportProblem(
                f"page {number + 1} of the PDF is over the reader's limits ({exc}): "
                "a decompression bomb or a drawing, not a text document"
            ) from exc
        except Exception as exc:  # one damaged page costs that page, not the document
            log.warning("PDF page %d: %s: %s", number + 1, type(exc).__name__, exc)
            failed += 1
            lines = []
        size += sum(len(ln.text.encode("utf-8")) + 1 for ln in lines)
        if max_bytes is not None and size > max_bytes:
            raise ImportProblem(
                f"the PDF's text is over {max_bytes:,} bytes by page {number + 1} of {count}, "
                "over the import limit (IMPORT_MAX_BYTES)"
            )
        pages.append(lines)
    if not any(pages):
        if failed == count:
            raise ImportProblem(f"not a valid PDF file: none of its {count} pages could be read")
        raise ImportProblem(
            f"no text layer: the PDF's {count} page{'s' if count > 1 else ''} hold only images "
            "(a scan?); run OCR on it first (e.g. ocrmypdf) and import the result"
        )
    first_text = "".join(ln.text for ln in pages[0])
    drop_running_lines(pages)
    paragraphs = build_paragraphs(pages)
    title = _meta_title(reader, first_text)
    cleaned = clean_document("\n\n".join(paragraphs), title=title or None)
    doc = ParsedDoc(
        title=title or cleaned.title,
        paragraphs=cleaned.paragraphs,
        kind="",
        published_on=cleaned.published_on,
        raw=data,
        raw_format="pdf",
    )
    doc.extra["pages"] = count
    if cleaned.dropped:  # import_documents -v 2 lists them
        doc.extra["dropped"] = cleaned.dropped
    return _finish(doc)
