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
6     sequence words opening paragraphs            ``首先，`` ``其次，`` ``再次，`` ``最后，``
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

Siblings across styles: a run-in ordinal that goes on with the numbering of the heading
just before it in another style is that heading's sibling (``（一）要打好…`` then
``二是要打好…``, ``三是…`` in the seed: one level, not 二是 under （一）). Sequence words
count only as a run that opens with ``首先`` and has a ``其次`` (a lone ``最后，`` closing a
speech is no heading).

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
    ("sequence", 6, re.compile(r"^(?:首先|其次|再次|最后)(?:[，,：:]|是|要)")),
    ("arabic", 7, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    ("arabic_paren", 8, re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", 9, re.compile(r"^[\u2460-\u2473]")),
]
PLAIN_RANK = 2.9
#: Every numbered heading starts with one of these (a cheap test before the patterns).
_FIRST_CHARS = frozenset("第首其再最" + _CN + "（(—－-─0123456789" + "".join(chr(c) for c in range(0x2460, 0x2474)))

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
    found = _sequence_runs(found)
    items: list[OutlineItem] = []
    stack: list[float] = []
    previous_style = ""
    previous: tuple[float, int | None, int, int] | None = None  # (rank used, number, paragraph, heading end)
    for index, style, rank, heading, whole, end in found:
        number = _number(style, heading)
        used = rank
        if style in ("ordinal", "sequence") and previous is not None and number is not None and number >= 2:
            # 二是 going on with the numbering of the heading before it (（一）, 一、, 1. or
            # 一是 itself) is its sibling, at its level — unless the text in between has its
            # own run-in 一是 that 二是 goes on with (实施积极的财政政策。一是…).
            if previous[1] == number - 1 and previous[0] <= rank:
                if style == previous_style or not _inline_ordinal(paragraphs, previous[2], previous[3], index, heading, number):
                    used = previous[0]
        while stack and stack[-1] >= used:
            stack.pop()
        stack.append(used)
        previous = (used, number, index, end)
        previous_style = style
        items.append(OutlineItem(index, len(stack), style, rank, heading, whole, end))
    return items


_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}
_SEQUENCE_NUMBERS = {"首先": 1, "其次": 2, "再次": 3}
_NUMBER_OF = re.compile(rf"^[（(]?(?:第)?([{_CN}]+|\d{{1,2}})")


def _cn_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三), or None."""
    if not text or any(c not in _CN_VALUES and c != "十" for c in text):
        return None
    if "十" not in text:
        return _CN_VALUES[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (_CN_VALUES.get(tens, 0) if tens else 1) * 10 + (_CN_VALUES.get(ones, 0) if ones else 0)
    return value


def _number(style: str, title: str) -> int | None:
    """The number a heading's marker carries (（三） → 3, 二是 → 2, 其次 → 2), or None."""
    if style == "sequence":
        return _SEQUENCE_NUMBERS.get(title[:2])
    if style not in ("cn", "cn_paren", "ordinal", "arabic", "arabic_paren"):
        return None
    m = _NUMBER_OF.match(title)
    if m is None:
        return None
    digits = m.group(1)
    return int(digits) if digits.isdigit() else _cn_number(digits)


def _inline_ordinal(paragraphs: list[str], start: int, start_end: int, stop: int, heading: str, number: int) -> bool:
    """True when the text after paragraph ``start``'s heading (its first ``start_end``
    characters) and before paragraph ``stop`` holds the ordinal before ``heading``'s
    (一是 for 二是, 首先 for 其次)."""
    if heading[:2] in ("其次", "再次"):
        before = "首先" if number == 2 else "其次"
    else:
        m = re.match(rf"^第?[{_CN_SMALL}]+(是|要|[，,、])", heading)
        if m is None:
            return False
        word = m.group(1)
        before = ("第" if heading.startswith("第") else "") + _CN_SMALL[number - 2] + word if number <= 10 else ""
    if not before:
        return False
    texts = [(paragraphs[start] or "")[start_end:], *(paragraphs[start + 1 : stop])]
    return any(before in (t or "") for t in texts)


def _sequence_runs(found: list[tuple]) -> list[tuple]:
    """Keep 首先/其次/再次/最后 headings only in runs that open with 首先 and have a 其次."""
    keep = [True] * len(found)
    run: list[int] = []

    def close() -> None:
        words = [found[k][3][:2] for k in run]
        if not (words and words[0] == "首先" and "其次" in words):
            for k in run:
                keep[k] = False
        run.clear()

    for k, item in enumerate(found):
        if item[1] != "sequence":
            continue
        if item[3].startswith("首先"):
            close()
        run.append(k)
    close()
    return [item for k, item in enumerate(found) if keep[k]]


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
