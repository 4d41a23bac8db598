"""Two versions of a text side by side: sentences aligned, additions and deletions marked.

:func:`compare` splits both versions into sentences (after 。！？；and their half-width
forms, and at paragraph ends), aligns them with :class:`difflib.SequenceMatcher` over the
sentences (whitespace ignored), and marks, inside a pair of changed sentences, the
characters each side has that the other does not. Pure Python, no Django; the caller
passes only what the reader may read of each version.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

__all__ = ["Row", "Comparison", "compare", "sentences", "MAX_SENTENCES"]

#: Sentences of each version compared at most (the rest is left out and said so): the
#: alignment is quadratic in the worst case.
MAX_SENTENCES = 2000
#: How far ahead (sentences) a changed sentence's new version is looked for.
PAIR_WINDOW = 12
#: Pairs of changed sentences whose characters are compared at most this long each.
MAX_INLINE_CHARS = 400

_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$")
_SPACE = re.compile(r"\s+")


def sentences(paragraphs: list[str]) -> list[tuple[int, str]]:
    """``(paragraph index, sentence)`` for every sentence of ``paragraphs``, in order; a
    sentence keeps its closing mark and quotes; empty paragraphs give none."""
    out = []
    for index, paragraph in enumerate(paragraphs):
        text = (paragraph or "").strip()
        for m in _SENTENCE.finditer(text):
            s = m.group(0).strip()
            if s:
                out.append((index, s))
    return out


@dataclass(frozen=True)
class Row:
    """One aligned row: ``kind`` is ``same``, ``changed`` (both sides, marked), ``deleted``
    (only in the first version) or ``added`` (only in the second). ``left``/``right`` are
    lists of ``(text, marked)`` segments (empty on the side that has nothing); ``left_para``
    and ``right_para`` the paragraph indexes (None on the empty side)."""

    kind: str
    left: list[tuple[str, bool]]
    right: list[tuple[str, bool]]
    left_para: int | None
    right_para: int | None


@dataclass
class Comparison:
    """The rows and the summary figures: paragraphs of each version, sentences added,
    deleted and changed, and ``truncated`` when a version had more than
    :data:`MAX_SENTENCES` sentences (only the first ones are compared)."""

    rows: list[Row] = field(default_factory=list)
    left_paragraphs: int = 0
    right_paragraphs: int = 0
    added: int = 0
    deleted: int = 0
    changed: int = 0
    truncated: bool = False

    @property
    def changes(self) -> int:
        """Rows that differ (added + deleted + changed)."""
        return self.added + self.deleted + self.changed

    @property
    def identical(self) -> bool:
        return self.changes == 0


def _key(sentence: str) -> str:
    return _SPACE.sub("", sentence)


def _inline(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Segments of ``a`` and ``b`` with the characters the other lacks marked."""
    if len(a) > MAX_INLINE_CHARS or len(b) > MAX_INLINE_CHARS:
        return [(a, True)], [(b, True)]
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append((a[i1:i2], False))
            right.append((b[j1:j2], False))
            continue
        if i2 > i1:
            left.append((a[i1:i2], True))
        if j2 > j1:
            right.append((b[j1:j2], True))
    return _merge(left), _merge(right)


def _merge(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Adjacent segments with the same mark joined."""
    out: list[tuple[str, bool]] = []
    for text, marked in segments:
        if out and out[-1][1] == marked:
            out[-1] = (out[-1][0] + text, marked)
        else:
            out.append((text, marked))
    return out


def _similar(a: str, b: str) -> bool:
    """Whether two sentences are versions of one another (enough characters in common)."""
    return difflib.SequenceMatcher(None, a[:MAX_INLINE_CHARS], b[:MAX_INLINE_CHARS], autojunk=False).ratio() >= 0.5


def compare(left: list[str], right: list[str]) -> Comparison:
    """Align the sentences of version ``left`` with those of version ``right``.

    Equal sentences (whitespace aside) are ``same`` rows; in a replaced run, each sentence
    of ``left`` is paired with the next similar one of ``right`` (half their characters in
    common, at most :data:`PAIR_WINDOW` ahead) as a ``changed`` row with the differing
    characters marked; the rest are ``deleted`` or ``added``. Never raises; memory and time are bounded by :data:`MAX_SENTENCES`.
    """
    a, b = sentences(left), sentences(right)
    result = Comparison(left_paragraphs=sum(1 for p in left if (p or "").strip()),
                        right_paragraphs=sum(1 for p in right if (p or "").strip()))
    if len(a) > MAX_SENTENCES or len(b) > MAX_SENTENCES:
        result.truncated = True
        a, b = a[:MAX_SENTENCES], b[:MAX_SENTENCES]
    matcher = difflib.SequenceMatcher(None, [_key(s) for _, s in a], [_key(s) for _, s in b], autojunk=False)
    rows = result.rows
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for (pa, sa), (pb, sb) in zip(a[i1:i2], b[j1:j2]):
                # Equal but for whitespace: each side shows its own text.
                rows.append(Row("same", [(sa, False)], [(sb, False)], pa, pb))
            continue
        j = j1
        for pa, sa in a[i1:i2]:
            # The next similar sentence of the other version within PAIR_WINDOW: the ones
            # before it were added; none: this one was deleted.
            k = next((k for k in range(j, min(j2, j + PAIR_WINDOW)) if _similar(sa, b[k][1])), None)
            if k is None:
                rows.append(Row("deleted", [(sa, True)], [], pa, None))
                result.deleted += 1
                continue
            for pb, sb in b[j:k]:
                rows.append(Row("added", [], [(sb, True)], None, pb))
                result.added += 1
            seg_a, seg_b = _inline(sa, b[k][1])
            rows.append(Row("changed", seg_a, seg_b, pa, b[k][0]))
            result.changed += 1
            j = k + 1
        for pb, sb in b[j:j2]:
            rows.append(Row("added", [], [(sb, True)], None, pb))
            result.added += 1
    return result
