"""Which site a page comes from, and the import's pre-pass that finds each site's template.

Pages of one site share a template (name, menu, footer: see :mod:`.cleaning.template`).
A JSON Lines record's site is the host of the URL in its ``source`` field; a file's site
is its folder (a folder of saved pages is one site's pages, as people collect them).
Before an import, :func:`batch_templates` reads the batch once more, cheaply: first
it counts pages per site from the raw lines and paths alone; then, for the sites with
at least MIN_PAGES pages only, it reads each page's first and last lines
(:func:`haowen.ingest.clean.page_edge_keys`) into a bounded
:class:`~.cleaning.template.TemplateCounter`. A batch without such sites (documents
without URLs, a folder per document) costs one regular-expression scan of its lines.

Pure Python, no Django: reads files, never the database.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from .clean import page_edge_keys
from .cleaning.template import MAX_SITES, MIN_PAGES, TemplateCounter
from .decode import decode_bytes
from .parsers import is_jsonl_file
from .problems import ImportProblem

log = logging.getLogger(__name__)

__all__ = ["BatchTemplates", "batch_templates", "site_of_line", "site_of_file", "PAGE_SUFFIXES"]

#: Files whose folder makes a site: saved pages and their text (a .docx or .pdf is a
#: document, not a page with a site around it).
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".md", ".markdown"})
#: Bytes of a file, and of a JSON Lines record, read by the pre-pass; a longer record is
#: skipped here (read in blocks, never held) and has no say in its site's template.
FILE_READ_BYTES = 1 << 20
#: Bytes at the start of a record in which its ``source`` field is looked for.
HEAD_BYTES = 64 << 10
_SKIP_BYTES = 64 << 10
#: Sites counted in the first pass; a crawl of more hosts than this is rare, and those
#: seen after it are left without a template.
MAX_COUNTED_SITES = 50 * MAX_SITES

_SOURCE_HOST = re.compile(rb'"source"\s*:\s*"[^"]*?https?://([A-Za-z0-9.-]+)')


def site_of_line(line: bytes) -> str:
    """The host of the URL in a raw JSON Lines record's ``source`` field, lower case,
    without ``www.``; ``""`` when there is none. Read from the bytes without parsing."""
    m = _SOURCE_HOST.search(line)
    if not m:
        return ""
    host = m.group(1).decode("ascii").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def site_of_file(path: str | Path) -> str:
    """A page file's site: its folder (``""`` for a file that is no page, e.g. a .docx)."""
    p = Path(path)
    return str(p.resolve().parent) if p.suffix.lower() in PAGE_SUFFIXES else ""


class BatchTemplates:
    """The template lines found for the sites of one batch."""

    def __init__(self, templates: dict[str, frozenset[int]] | None = None) -> None:
        self.templates = templates or {}

    def __bool__(self) -> bool:
        return bool(self.templates)

    def for_lines(self, lines: Iterable[tuple[int, bytes]]) -> frozenset[int]:
        """Template keys for a chunk of JSON Lines (the sites of its records together)."""
        if not self.templates:
            return frozenset()
        keys: set[int] = set()
        for site in {site_of_line(line) for _, line in lines}:
            keys |= self.templates.get(site, frozenset())
        return frozenset(keys)

    def for_file(self, path: str | Path) -> frozenset[int]:
        """Template keys for a page file (its folder's)."""
        if not self.templates:
            return frozenset()
        return self.templates.get(site_of_file(path), frozenset())


def batch_templates(files: list[Path], max_bytes: int | None) -> BatchTemplates:
    """The template lines of every site with at least MIN_PAGES pages among ``files``.

    ``files`` are the import's files (JSON Lines files and others); ``max_bytes`` bounds
    a record as in the import (and FILE_READ_BYTES here). Unreadable files and bad
    records are skipped here (the import itself reports them). See the module docstring
    for the cost. Memory: one record or FILE_READ_BYTES of a file at a time, and the
    bounded counter.
    """
    max_bytes = FILE_READ_BYTES if max_bytes is None else min(max_bytes, FILE_READ_BYTES)
    pages: dict[str, int] = {}

    def count(site: str) -> None:
        if site and (site in pages or len(pages) < MAX_COUNTED_SITES):
            pages[site] = pages.get(site, 0) + 1

    jsonl = [f for f in files if is_jsonl_file(f)]
    others = [f for f in files if f not in set(jsonl)]
    for f in jsonl:
        for head, _ in _lines(f, HEAD_BYTES):
            count(site_of_line(head))
    for f in others:
        count(site_of_file(f))
    sites = {s for s, n in pages.items() if n >= MIN_PAGES}
    if not sites:
        return BatchTemplates()
    counter = TemplateCounter()
    for f in jsonl:
        for line, whole in _lines(f, max_bytes):
            site = site_of_line(line)
            if whole and site in sites:
                counter.add(site, page_edge_keys(_record_text(line)))
    for f in others:
        site = site_of_file(f)
        if site in sites:
            counter.add(site, page_edge_keys(_file_text(f)))
    return BatchTemplates(counter.templates())


def _lines(path: Path, limit: int):
    """``(first bytes of a line, whether that is the whole line)`` for each line of
    ``path``, holding at most ``limit`` + 64 KiB at a time (the rest of a longer line is
    read in blocks and dropped)."""
    try:
        with open(path, "rb") as fh:
            while True:
                head = fh.readline(limit + 1)
                if not head:
                    return
                whole = head.endswith(b"\n") or len(head) <= limit
                if not whole:
                    while True:
                        block = fh.readline(_SKIP_BYTES)
                        if not block or block.endswith(b"\n"):
                            break
                yield head, whole
    except OSError as exc:
        log.debug("template pre-pass: cannot read %s: %s", path, exc)


def _record_text(line: bytes) -> str:
    """A record's page text: ``text``, else its saved ``raw`` page; ``""`` when unreadable."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(record, dict):
        return ""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        text = record.get("raw")
    return text if isinstance(text, str) else ""


def _file_text(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(FILE_READ_BYTES)
        return decode_bytes(data, what="file")
    except (OSError, ImportProblem):
        return ""
