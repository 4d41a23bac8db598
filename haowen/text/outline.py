"""The outline (提纲) of a Chinese official document or speech.

A heading is recognised by its numbering style, and its level comes from the usual
order of those styles, not from guessing per document. The order (highest first):

====  ===========================================  =====================================
rank  style                                        example
====  ===========================================  =====================================
0     part of a code                               ``第一编``
1     chapter / part / "question" of a speech      ``第一章`` ``第一部分`` ``第一个问题``
2     section of a law                             ``第一节``
2.5   article of a law                             ``第一条``
2.9   short line without sentence punctuation      ``加快发展的信心要更加坚定``
3     GB/T 9704 level 1                            ``一、``
4     dash sub-title of a speech                   ``——三大战略行动``
5     GB/T 9704 level 2                            ``（一）``
6     run-in ordinal at the start of a paragraph   ``一是`` ``一要`` ``第一，``
7     GB/T 9704 level 3                            ``1.`` ``1．`` ``1、``
8     GB/T 9704 level 4                            ``（1）``
9     circled numbers                              ``①``
====  ===========================================  =====================================

Sources: GB/T 9704-2012 《党政机关公文格式》 7.3.3 (结构层次序数: 第一层为“一、”，第二层
为“（一）”，第三层为“1.”，第四层为“（1）”); 《立法技术规范（试行）》 of the NPC Standing
Committee's 法制工作委员会 for 编/章/节/条; speeches' 第一个问题 … / ——… / 一是 … are the
conventions of 讲话稿 (see ``../shared/seed``).

The level shown is the nesting depth: walking the headings in order, a heading's
ancestors are the open headings of a strictly smaller rank. So a document that only uses
``（一）`` gets level-1 headings, and ``一是`` right under ``一、`` is level 2 — while
the relative order of styles is always the one above.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OutlineItem", "outline", "heading_of"]

_CN = "一二三四五六七八九十百千零〇两"
_CN_SMALL = "一二三四五六七八九十"

#: Longest title kept for a run-in heading (characters); longer ones are cut with "…".
MAX_TITLE_CHARS = 40
#: A whole paragraph counts as a heading line (not run-in) up to this many characters.
MAX_HEADING_LINE_CHARS = 60
#: A short line without sentence punctuation is a heading up to this many characters.
MAX_PLAIN_HEADING_CHARS = 25

_SEP = r"(?:[\s\u3000:：、，,.．]|$)"

# (style, rank, compiled pattern matched at the start of the stripped paragraph)
_STYLES: list[tuple[str, float, re.Pattern]] = [
    ("part", 0, re.compile(rf"^第[{_CN}]+(?:分)?编{_SEP}")),
    ("chapter", 1, re.compile(rf"^第[{_CN}]+(?:章|部分|篇|个问题|个方面){_SEP}")),
    ("section", 2, re.compile(rf"^第[{_CN}]+节{_SEP}")),
    ("article", 2.5, re.compile(rf"^第[{_CN}]+条(?:[\s\u3000]|$)")),
    ("cn", 3, re.compile(rf"^[{_CN}]+[、．.]")),
    ("dash", 4, re.compile(r"^(?:—{2}|－{2}|-{2}|─{2})(?=[^—\-－─\s])")),
    ("cn_paren", 5, re.compile(rf"^[（(][{_CN}]+[）)]")),
    ("ordinal", 6, re.compile(rf"^(?:[{_CN_SMALL}]+(?:是|要)|第[{_CN_SMALL}]+[，,、])")),
    ("arabic", 7, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    ("arabic_paren", 8, re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", 9, re.compile(r"^[\u2460-\u2473]")),
]
PLAIN_RANK = 2.9
#: Every numbered heading starts with one of these (a cheap test before the patterns).
_FIRST_CHARS = frozenset("第" + _CN + "（(—－-─0123456789" + "".join(chr(c) for c in range(0x2460, 0x2474)))

_LEADING = re.compile(r"^[\s\u3000\u00a0#>*]+")
_SENTENCE_END = re.compile(r"[。！？!?]")
_PLAIN_FORBIDDEN = re.compile(r"[。！？；，,;：:!?]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DATE_LINE = re.compile(
    rf"^[\d{_CN}○Ｏ]{{2,4}}\s*年(?:\s*[\d{_CN}]{{1,2}}\s*月(?:\s*[\d{_CN}]{{1,3}}\s*日)?)?$"
)
_TRAILING = re.compile(r"[。；;，,：:！？!?、\s]+$")
_INNER_WS = re.compile(r"[\s\u3000\u00a0]+")
_ENUMERATION_END = re.compile(r"[；;，,]$")
#: Styles that also number the items of an enumeration (a list inside a paragraph's flow).
_LIST_STYLES = {"cn", "cn_paren", "arabic", "arabic_paren", "circled"}
_MARKUP_LINE = re.compile(r"^(?:<!--.*-->|[-=*_]{3,})$")


@dataclass(frozen=True)
class OutlineItem:
    """One heading of the outline.

    ``paragraph`` is the 0-based index of the paragraph in the list given to
    :func:`outline` (the article page's anchors are ``p{paragraph + 1}``); ``level``
    starts at 1; ``style`` names the numbering style (see the module docstring) and
    ``rank`` its place in the usual order; ``title`` is the heading text as written
    (the marker included, run-in text cut at the first sentence end, at most
    :data:`MAX_TITLE_CHARS` characters); ``whole_paragraph`` is True when the whole
    paragraph is the heading line, False for a run-in heading followed by body text
    (the first ``heading_end`` characters of the paragraph as given are the heading,
    its sentence-ending mark included).
    """

    paragraph: int
    level: int
    style: str
    rank: float
    title: str
    whole_paragraph: bool
    heading_end: int


def _strip(paragraph: str) -> str:
    return _LEADING.sub("", paragraph).strip()


def _is_plain_heading(text: str) -> bool:
    if not (2 <= len(text) <= MAX_PLAIN_HEADING_CHARS):
        return False
    if _PLAIN_FORBIDDEN.search(text) or len(_CJK.findall(text)) < 2:
        return False
    if _DATE_LINE.match(text.replace(" ", "")) or _MARKUP_LINE.match(text):
        return False
    return True


def heading_of(paragraph: str) -> tuple[str, float, str, bool, int] | None:
    """Classify one paragraph: ``(style, rank, title, whole_paragraph, heading_chars)`` or None.

    Only numbered styles are recognised here; short plain lines need their
    neighbours and are handled by :func:`outline`.
    """
    text = _strip(paragraph)
    if not text or text[0] not in _FIRST_CHARS:
        return None
    for style, rank, pattern in _STYLES:
        if pattern.match(text):
            return (style, rank, *_title(text))
    return None


def _title(text: str) -> tuple[str, bool, int]:
    """Title, whole-paragraph flag and heading length (characters) of a heading paragraph."""
    end = _SENTENCE_END.search(text)
    if end is None or end.end() == len(text):
        if len(text) <= MAX_HEADING_LINE_CHARS:
            title = text[:-1] if end is not None else text
            return _cut(title), True, len(text)
        # A long paragraph without a sentence end: the heading is its first clause.
        clause = re.search(r"[；;，,：:]", text)
        if clause and clause.start() <= MAX_TITLE_CHARS:
            return _cut(text[: clause.start()]), False, clause.start()
        return _cut(text[: MAX_TITLE_CHARS - 1]) + "…", False, MAX_TITLE_CHARS - 1
    heading = text[: end.start()]
    return _cut(heading), False, end.end()


def _cut(title: str) -> str:
    title = _TRAILING.sub("", _INNER_WS.sub(" ", title.strip()))
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"


def outline(paragraphs: list[str], title: str = "") -> list[OutlineItem]:
    """Return the headings of ``paragraphs`` in order, with their levels.

    ``paragraphs`` is the list of paragraph strings exactly as shown (pass only what
    the reader may see: the outline never mentions a paragraph it was not given).
    A paragraph equal to ``title`` (the document title repeated at the top) is skipped.
    Short plain lines (≤ :data:`MAX_PLAIN_HEADING_CHARS` characters, at least two CJK
    characters, no sentence or clause punctuation, not a date, not the last paragraph
    nor the one right before a closing date line) count as headings of rank
    :data:`PLAIN_RANK`. Never raises; an empty list gives an empty outline.
    """
    found: list[tuple[int, str, float, str, bool, int]] = []  # (index, style, rank, title, whole, end)
    title_key = _strip(title or "")
    last = len(paragraphs) - 1
    for index, paragraph in enumerate(paragraphs):
        text = _strip(paragraph or "")
        if not text or (title_key and text == title_key):
            continue
        lead = len(paragraph) - len(_LEADING.sub("", paragraph))
        head = heading_of(text)
        if head is not None:
            style, rank, heading, whole, chars = head
            found.append((index, style, rank, heading, whole, len(paragraph) if whole else lead + chars))
            continue
        if index < last and _is_plain_heading(text):
            following = _strip(paragraphs[index + 1] or "")
            if index + 1 == last and _DATE_LINE.match(following.replace(" ", "")):
                continue  # a signature line right above the closing date
            found.append((index, "plain", PLAIN_RANK, _cut(text), True, len(paragraph)))
    found = _drop_enumerations(found, paragraphs)
    items: list[OutlineItem] = []
    stack: list[float] = []
    for index, style, rank, heading, whole, end in found:
        while stack and stack[-1] >= rank:
            stack.pop()
        stack.append(rank)
        items.append(OutlineItem(index, len(stack), style, rank, heading, whole, end))
    return items


def _drop_enumerations(found: list[tuple], paragraphs: list[str]) -> list[tuple]:
    """Drop runs of consecutive same-style items when one of them ends with ``；`` or ``，``.

    Laws and notices list conditions as ``（一）…；（二）…；…（六）…。``: numbered
    like headings, but an enumeration, not a division of the text.
    """
    kept: list[tuple] = []
    i = 0
    while i < len(found):
        j = i + 1
        style = found[i][1]
        while (
            j < len(found)
            and style in _LIST_STYLES
            and found[j][1] == style
            and found[j][0] == found[j - 1][0] + 1
        ):
            j += 1
        run = found[i:j]
        if style in _LIST_STYLES and any(_ENUMERATION_END.search(_strip(paragraphs[f[0]])) for f in run):
            i = j
            continue
        kept.extend(run)
        i = j
    return kept
