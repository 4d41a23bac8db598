"""Snippets and highlighting on the ORIGINAL text.

Because :func:`haowen.text.normalize.fold` is length-preserving, a match found in the
folded text is at the same offsets in the text the reader sees; we cut and mark the
original, so full-width punctuation and traditional characters stay as written.
All output is HTML-escaped; the only markup produced is ``<mark>…</mark>``.
"""

from __future__ import annotations

import bisect
from html import escape

from .normalize import fold

__all__ = ["find_matches", "highlight", "make_snippet"]

_SENTENCE_END = "。！？；!?;\n"


def find_matches(folded: str, terms: list[str], limit: int = 2000) -> list[tuple[int, int]]:
    """Return sorted, non-overlapping ``(start, end)`` character spans of ``terms`` in ``folded``.

    Longer terms win over shorter ones that overlap them. At most ``limit`` spans.
    """
    spans: list[tuple[int, int]] = []
    for term in sorted(set(t for t in terms if t), key=len, reverse=True):
        start = folded.find(term)
        count = 0
        while start != -1 and count < limit:
            spans.append((start, start + len(term)))
            count += 1
            start = folded.find(term, start + len(term))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


def _mark(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    out: list[str] = []
    pos = 0
    for s, e in spans:
        s, e = s - offset, e - offset
        if e <= 0 or s >= len(text):
            continue
        s, e = max(s, 0), min(e, len(text))
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)


def highlight(text: str, terms: list[str]) -> str:
    """Escape ``text`` and wrap every match of the folded ``terms`` in ``<mark>``."""
    return _mark(text, find_matches(fold(text), terms))


def make_snippet(text: str, terms: list[str], width: int = 120) -> tuple[str, bool]:
    """Return ``(html, matched)``: about ``width`` characters of ``text`` around the best match.

    The best window is the one holding the most distinct terms (ties: earliest).
    Without any match, the opening of the text is returned and ``matched`` is False.
    Paragraph breaks are shown as spaces.
    """
    flat = text.replace("\n", " ")
    folded = fold(flat)
    spans = find_matches(folded, terms)
    if not spans:
        cut = flat[:width]
        return escape(cut) + ("…" if len(flat) > width else ""), False
    starts = [s for s, _ in spans]
    best_i, best_score = 0, -1
    for i, (s, _) in enumerate(spans[:500]):
        j = bisect.bisect_left(starts, s + width)
        distinct = len({folded[a:b] for a, b in spans[i:j]})
        if distinct > best_score:
            best_i, best_score = i, distinct
    anchor = spans[best_i][0]
    # Start at the sentence boundary before the match when it is close enough.
    lo = max(0, anchor - width // 3)
    boundary = max(flat.rfind(p, lo, anchor) for p in _SENTENCE_END)
    start = boundary + 1 if boundary != -1 else lo
    end = min(len(flat), start + width)
    window = flat[start:end]
    html = _mark(window, [sp for sp in spans if sp[1] > start and sp[0] < end], offset=start)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    return prefix + html.strip() + suffix, True
