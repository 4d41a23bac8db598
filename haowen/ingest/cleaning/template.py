"""A site's template: the lines it prints on many of its pages, found across a batch.

When several pages of one site are imported together (the same host in their source
URLs, or files in one folder), a line that recurs at the edges of many of them — the
site's name and slogan, its menu, a footer without an ICP number, a fixed notice — is
the site's template, whatever its wording. :class:`TemplateCounter` counts, per site,
on how many pages each edge line occurs; :meth:`TemplateCounter.templates` returns the
lines that recur on at least MIN_PAGES pages and MIN_SHARE of the site's pages, as
:func:`line_key` integers. The cleaner drops such a line only at the edges of a page
and only when it does not read as part of the document (see
:func:`haowen.ingest.clean.clean_document`): a sentence, a salutation, a heading, a date
or a signature that every notice of one government site ends with is body, however
often it recurs.

Memory is bounded: at most MAX_KEYS_PER_SITE keys are kept per site (above it the keys
seen on one page only are forgotten, as in lossy counting) and at most MAX_SITES sites
(above it the sites with the fewest pages are forgotten). A key is an 8-byte hash, so
the whole counter holds at most MAX_SITES × MAX_KEYS_PER_SITE small integers. Pure
Python, no Django.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["TemplateCounter", "line_key", "EDGE_LINES", "MAX_LINE_CHARS", "MIN_PAGES", "MIN_SHARE"]

#: Lines at each end of a page that are counted (a template sits at the edges).
EDGE_LINES = 40
#: Longer lines are never counted: a template line is a name, a menu, a footer.
MAX_LINE_CHARS = 100
#: A line is template when it occurs on at least this many pages of the site …
MIN_PAGES = 3
#: … and on at least this share of them.
MIN_SHARE = 0.4
#: Keys kept per site, and sites kept, before the counter forgets the rarest.
MAX_KEYS_PER_SITE = 4_000
MAX_SITES = 2_000

_SPACE = re.compile(r"\s+")


def line_key(text: str) -> int:
    """A 64-bit key of a line: NFKC, all whitespace removed, hashed (blake2b).

    Stable across processes (unlike ``hash``), so keys counted in the importing process
    match keys computed in its workers.
    """
    norm = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


class TemplateCounter:
    """Counts edge lines per site over a batch of pages; see the module docstring."""

    def __init__(self, max_keys_per_site: int = MAX_KEYS_PER_SITE, max_sites: int = MAX_SITES) -> None:
        self.max_keys = max_keys_per_site
        self.max_sites = max_sites
        self._pages: dict[str, int] = {}
        self._counts: dict[str, dict[int, int]] = {}

    def add(self, site: str, keys: Iterable[int]) -> None:
        """Count one page of ``site`` whose edge lines have ``keys`` (each counted once)."""
        if not site:
            return
        counts = self._counts.get(site)
        if counts is None:
            if len(self._counts) >= self.max_sites:
                self._forget_sites()
            counts = self._counts[site] = {}
            self._pages[site] = 0
        self._pages[site] += 1
        for key in set(keys):
            counts[key] = counts.get(key, 0) + 1
        if len(counts) > self.max_keys:
            self._forget_keys(counts)

    def _forget_keys(self, counts: dict[int, int]) -> None:
        floor = 1
        while len(counts) > self.max_keys // 2:
            for key in [k for k, c in counts.items() if c <= floor]:
                del counts[key]
            floor += 1

    def _forget_sites(self) -> None:
        floor = 1
        while len(self._counts) >= self.max_sites:
            for site in [s for s, p in self._pages.items() if p <= floor]:
                del self._pages[site], self._counts[site]
            floor += 1

    def pages(self, site: str) -> int:
        """Pages of ``site`` counted so far."""
        return self._pages.get(site, 0)

    def templates(self) -> dict[str, frozenset[int]]:
        """``{site: keys of its template lines}`` for the sites that have any."""
        out: dict[str, frozenset[int]] = {}
        for site, counts in self._counts.items():
            pages = self._pages[site]
            need = max(MIN_PAGES, MIN_SHARE * pages)
            keys = frozenset(k for k, c in counts.items() if c >= need)
            if keys:
                out[site] = keys
        return out
