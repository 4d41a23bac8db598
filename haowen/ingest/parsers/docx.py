"""Word ``.docx`` files (``raw_format`` ``docx``), read with python-docx.

Images, charts and embedded objects (``w:drawing``, ``w:pict``, ``w:object``) have no
text; each leaves a paragraph FIGURE_PLACEHOLDER (``［图］``) where it was, so a reader
sees that something stood there, and ``extra["figures"]`` counts them for the import
summary.
"""

from __future__ import annotations

import io
import zipfile

from ..clean import clean_text
from ..problems import ImportProblem
from .base import ParsedDoc, _finish, clean_title

__all__ = ["DOCX_MAX_XML_BYTES", "FIGURE_PLACEHOLDER", "parse_docx"]

_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The paragraph left where an image or embedded object was (full-width brackets, so
#: it reads as a note in Chinese text and never as part of a sentence).
FIGURE_PLACEHOLDER = "［图］"
_FIGURE_TAGS = (_W_NS + "drawing", _W_NS + "pict", _W_NS + "object")
#: The title python-docx reports for a package without core properties (LibreOffice's
#: .docx has none it finds): a program's placeholder, never a document's title.
_DEFAULT_CORE_TITLE = "Word Document"


def _has_figure(element) -> bool:
    """True when ``element`` (a run, a table cell …) holds an image or embedded object."""
    return next(element.iter(*_FIGURE_TAGS), None) is not None


def _paragraph_blocks(p_element) -> list[str]:
    """A ``w:p``'s text as python-docx reads it (runs and hyperlinks), split where a run
    holds a figure: the text before it, FIGURE_PLACEHOLDER, the text after it."""
    blocks: list[str] = []
    text: list[str] = []
    for child in p_element.xpath("./w:r | ./w:hyperlink"):
        text.append(child.text)
        if _has_figure(child):
            blocks.append("".join(text))
            blocks.append(FIGURE_PLACEHOLDER)
            text = []
    blocks.append("".join(text))
    return [b for b in blocks if b] if len(blocks) > 1 else blocks


def _with_figure(text: str, tc) -> str:
    """A table cell's ``text``, with FIGURE_PLACEHOLDER after it when the cell ``tc`` holds a figure."""
    return text + FIGURE_PLACEHOLDER if _has_figure(tc) else text


def _table_rows(table, element) -> list[str]:
    """One string per table row, cells joined by an ideographic space (a cell holding a
    figure ends with FIGURE_PLACEHOLDER).

    python-docx lays out merged cells; a table it cannot lay out (a vertical merge
    starting in the first row, a non-numeric span) is read from the XML instead: the
    text of each ``w:tc`` in each ``w:tr``.
    """
    rows: list[str] = []
    try:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                t = _with_figure(cell.text.strip(), cell._tc)
                if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                    cells.append(t)
            if cells:
                rows.append("\u3000".join(cells))
        return rows
    except (ValueError, IndexError, KeyError, TypeError):
        rows = []
        for tr in element.iter(_W_NS + "tr"):
            cells = [
                _with_figure("".join(t.text or "" for t in tc.iter(_W_NS + "t")).strip(), tc)
                for tc in tr.iter(_W_NS + "tc")
            ]
            cells = [c for c in cells if c]
            if cells:
                rows.append("\u3000".join(cells))
        return rows


#: Largest ``word/document.xml`` (uncompressed bytes) a .docx may have.
DOCX_MAX_XML_BYTES = 32 * 1024 * 1024


def parse_docx(data: bytes, max_bytes: int | None = None) -> ParsedDoc:
    """Parse a Word ``.docx`` file (bytes) with python-docx.

    Paragraphs in document order, headings included as paragraphs, table rows as one
    paragraph each (cells separated by an ideographic space); an image or embedded
    object leaves a FIGURE_PLACEHOLDER paragraph where it was, and ``extra["figures"]``
    counts the placeholders in the body. Title: the core property ``title`` when set,
    else the first non-empty paragraph that is not a placeholder (then removed from
    the body). Raises :class:`ImportProblem` for a file that is not a valid .docx, one
    whose ``word/document.xml`` unpacks to more than DOCX_MAX_XML_BYTES, or one whose
    parts together unpack to more than ``max_bytes`` (``IMPORT_MAX_BYTES``: python-docx
    holds every part in memory, so a small zip must not expand past the limit).
    """
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table
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
            blocks.extend(_paragraph_blocks(child))
        elif child.tag == _W_NS + "tbl":
            blocks.extend(_table_rows(Table(child, document), child))
    title = clean_title(document.core_properties.title or "")
    if title == _DEFAULT_CORE_TITLE:
        title = ""
    if not title:
        for k, block in enumerate(blocks):
            if block.strip() and block != FIGURE_PLACEHOLDER:
                title = clean_title(block)
                blocks = blocks[:k] + blocks[k + 1 :]
                break
    # A blank line between Word paragraphs keeps them apart; soft line breaks inside
    # one paragraph (w:br) become single newlines the cleaner may join.
    paragraphs = clean_text("\n\n".join(blocks), title=title)
    doc = ParsedDoc(title=title, paragraphs=paragraphs, kind="", raw=data, raw_format="docx")
    doc.extra["figures"] = sum(p.count(FIGURE_PLACEHOLDER) for p in paragraphs)
    return _finish(doc)
