"""The preview of a gated text, and which of its keyword tags the preview shows.

Pure Python, no Django: :mod:`haowen.accounts.entitlement` cuts every preview a reader
gets with :func:`cut_preview` (reading ``PREVIEW_PERCENT`` and ``PREVIEW_MAX_CHARS``
there), and :mod:`haowen.library.tagging` asks :func:`tags_shown_by_preview` which tags
a reader of that preview may see (issue 12, "Keyword tags leak the gated part").
"""

from __future__ import annotations

from typing import Iterable

from .normalize import fold

__all__ = ["cut_preview", "tags_shown_by_preview"]

#: Sentence ends a cut paragraph prefers to stop after.
_SENTENCE_END = "。！？；!?;…"


def cut_preview(paragraphs: list[str], percent: int = 30, max_chars: int = 1200) -> list[str]:
    """Cut the preview from ``paragraphs`` (a body's non-empty paragraphs, in order).

    Lengths are in characters (``len``, code points, whitespace included). The preview
    is the whole paragraphs whose total length is nearest to ``percent`` % of the body
    (ties: fewer), at least one paragraph, and never all of them when there are two or
    more. Paragraphs are dropped from the end while the preview is longer than
    ``max_chars``; when a single paragraph remains that is still too long it is cut to
    ``max_chars`` (at a sentence end when one falls in the second half of the cut). An
    article of a single paragraph is cut to ``percent`` % of it (at most ``max_chars``),
    so the preview never gives away the whole text. Returns a new list; ``[]`` for ``[]``.
    """
    if not paragraphs:
        return []
    max_chars = max(1, int(max_chars))
    total = sum(len(p) for p in paragraphs)
    target = total * max(0, min(100, int(percent))) / 100
    cumulative = [0]
    for p in paragraphs:
        cumulative.append(cumulative[-1] + len(p))
    n = len(paragraphs)
    candidates = range(1, n) if n > 1 else range(1, 2)
    k = min(candidates, key=lambda k: (abs(cumulative[k] - target), k))
    while k > 1 and cumulative[k] > max_chars:
        k -= 1
    limit = max_chars if n > 1 else min(max_chars, max(1, int(target)))
    if cumulative[k] > limit:  # only possible with k == 1
        return [_cut(paragraphs[0], limit)]
    return list(paragraphs[:k])


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, after a sentence end when one is near."""
    head = text[:limit]
    end = max(head.rfind(ch) for ch in _SENTENCE_END)
    if end + 1 >= limit // 2 and end != -1:
        head = head[: end + 1]
    return head.rstrip()


def _squash(text: str) -> str:
    """The search form of ``text`` (:func:`fold`) with all whitespace removed."""
    return "".join(fold(text).split())


def tags_shown_by_preview(names: Iterable[str], title: str, paragraphs: list[str], preview: list[str]) -> list[bool]:
    """For each tag name of ``names``: may a reader who sees only ``title`` and ``preview`` see it?

    ``paragraphs`` are the whole body's paragraphs, ``preview`` what :func:`cut_preview`
    keeps of them. A name is shown when its folded form (:func:`fold`, whitespace removed,
    so ``鄉村振興`` and ``乡村振兴`` are one word) occurs in the folded title or preview —
    the reader has that text already — or occurs nowhere in the body: a label staff set
    that is not a word of the text says nothing about the gated part. A name found in the
    body but not in the title or preview is a word of the gated part (automatic tags are
    always words of the text) and is not shown. Matching runs across paragraph ends
    (whitespace removed), so a word split over two paragraphs counts as being in the body:
    in doubt, a tag is hidden. An empty name is shown (it reveals nothing). Returns one bool
    per name, in order.
    """
    readable = _squash(title) + "\n" + _squash("".join(preview))
    body = _squash("".join(paragraphs))
    # One fold for all names (a fold call has a fixed cost): without whitespace, "\n" cannot
    # occur inside a name, and fold maps one character to one, so the split lines up.
    bare = ["".join(str(name).split()) for name in names]
    words = ["".join(w.split()) for w in fold("\n".join(bare)).split("\n")] if bare else []
    if len(words) != len(bare):  # a character folding to a line break: fold each name alone
        words = [_squash(w) for w in bare]
    return [not word or word in readable or word not in body for word in words]
