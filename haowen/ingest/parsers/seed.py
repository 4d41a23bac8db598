"""The seed's scraped-page text format (``raw_format`` ``seed``).

A page saved as text: title; ``2022-03-11 185`` (date, view count); the title again;
the body; then the site's chrome from ``阅读全文`` on. Recognised by content, whatever
the file is called (``.txt`` and ``.md`` files are checked with :func:`looks_like_seed`).
"""

from __future__ import annotations

import re

from ..clean import clean_text
from ..problems import ImportProblem
from .base import ParsedDoc, _finish, _parse_date, clean_title, first_url, view_count

__all__ = ["looks_like_seed", "parse_seed"]

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
