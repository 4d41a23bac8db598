"""The documents a text cites: 《…》 titles and 文号 (国发〔2023〕5号).

A 文号 (发文字号, GB/T 9704-2012 7.2.5) is the issuer's code, the year in 六角括号 and the
number with 号: ``国发〔2023〕5号``, ``X政办发〔2024〕12号``. Scraped and typed texts write the
brackets as ``[]``, ``【】``, ``()`` or ``（）`` too; every form is read and given one key with
〔〕 (:func:`doc_number_key`), so the same document cited two ways is one citation.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gongwen import recognise

__all__ = ["Citation", "extract_citations", "doc_number_key", "own_doc_number", "MAX_CITATIONS"]

#: Most citations one text gives (the first ones, in order of first mention).
MAX_CITATIONS = 50
#: A 《…》 title is at most this many characters (a law's or a long notice's title).
MAX_TITLE_CHARS = 80

_TITLE = re.compile(r"《([^《》\n]{2,%d})》" % MAX_TITLE_CHARS)
# Issuer: a run of Chinese characters (X placeholders too) right before the bracket; the
# words that lead into a citation are cut off it (_LEAD).
_NUMBER = re.compile(
    r"([\u4e00-\u9fffXx×]{1,16})\s*[〔\[【(（]\s*((?:19|20)\d{2}|20[Xx]{2})\s*[〕\]】)）]\s*(\d{1,5}|[Xx]{1,3})\s*号"
)
# Greedy: up to the last lead-in word of the run (贯彻落实国发 → 国发).
_LEAD = re.compile(r"^.*(?:根据|按照|按|据|依据|依照|参照|对照|执行|贯彻|落实|转发|印发|详见|参见|见|和|及|与|或|的|即|号|文件|通知|精神|要求)")
_ISSUER_MAX = 10


@dataclass(frozen=True)
class Citation:
    """One cited document: ``kind`` ``"title"`` (a 《…》 title; ``text`` without the marks)
    or ``"number"`` (a 文号; ``text`` is its key, :func:`doc_number_key`); ``number`` is the
    文号 key written right after a title in brackets (``《…》（国发〔2023〕5号）``), else "";
    ``count`` is how often the text cites it; ``paragraph`` the 0-based index of the first
    paragraph that does."""

    kind: str
    text: str
    number: str
    count: int
    paragraph: int


def doc_number_key(issuer: str, year: str, number: str) -> str:
    """``国发〔2023〕5号`` from its parts (spaces dropped, 〔〕 brackets, no leading zeros)."""
    issuer = re.sub(r"\s+", "", issuer)
    number = (number.lstrip("0") or "0") if number.isdigit() else number
    return f"{issuer}〔{year}〕{number}号"


def _issuer(run: str) -> str | None:
    """The issuer's code at the end of ``run``: the lead-in words cut off; None when too long."""
    issuer = _LEAD.sub("", run) if _LEAD.match(run) else run
    if len(issuer) > _ISSUER_MAX or not issuer:
        return None
    return issuer


def _numbers(text: str):
    """``(start, end, key)`` of each 文号 in ``text``."""
    for m in _NUMBER.finditer(text):
        issuer = _issuer(m.group(1))
        if issuer is None:
            continue
        yield m.start(1) + (len(m.group(1)) - len(issuer)), m.end(), doc_number_key(issuer, m.group(2), m.group(3))


def extract_citations(paragraphs: list[str], limit: int = MAX_CITATIONS) -> list[Citation]:
    """The documents ``paragraphs`` cite, in order of first mention, at most ``limit``.

    《…》 titles of 2 to :data:`MAX_TITLE_CHARS` characters (nothing nested; whitespace
    inside dropped) and 文号 in any bracket form. A 文号 in brackets right after a title
    belongs to that title (one citation with ``number``); the same title or 文号 cited again
    adds to its ``count``. Pass only what the reader may read. Never raises.
    """
    found: dict[tuple[str, str], list] = {}  # (kind, key) → [number, count, paragraph]
    for index, paragraph in enumerate(paragraphs):
        text = paragraph or ""
        if "《" not in text and "号" not in text:
            continue
        taken: list[tuple[int, int]] = []
        for m in _TITLE.finditer(text):
            title = re.sub(r"\s+", "", m.group(1))
            if len(title) < 2:
                continue
            after = text[m.end() : m.end() + 30]
            number = ""
            paired = re.match(r"\s*[（(]", after)
            if paired:
                for start, end, key in _numbers(after):
                    if start == paired.end() or after[paired.end() : start].strip() == "":
                        number = key
                        taken.append((m.end() + start, m.end() + end))
                    break
            entry = found.setdefault(("title", title), ["", 0, index])
            entry[0] = entry[0] or number
            entry[1] += 1
        for start, end, key in _numbers(text):
            if any(a <= start < b for a, b in taken):
                continue
            entry = found.setdefault(("number", key), ["", 0, index])
            entry[1] += 1
        if len(found) >= limit:
            break
    # A 文号 that some title carries is listed with the title only.
    carried = {v[0] for (kind, _), v in found.items() if kind == "title" and v[0]}
    out = [
        Citation(kind, key, v[0], v[1], v[2])
        for (kind, key), v in found.items()
        if not (kind == "number" and key in carried)
    ]
    return out[:limit]


_TITLE_NUMBER = re.compile(r"[（(]\s*([^（()）]{2,30}?)\s*[）)]\s*$")


def own_doc_number(title: str, paragraphs: list[str]) -> str:
    """The document's own 文号 key, or "": the 发文字号 line at the top of its body
    (:func:`haowen.text.gongwen.recognise`; only the first paragraphs are read), else a
    文号 in brackets ending its title (``…的通知（国发〔2023〕5号）``)."""
    head = [p for p in paragraphs[:6]]
    for element in recognise(head, title):
        if element.kind == "doc_number":
            hit = next(_numbers(element.text), None)
            if hit is not None:
                return hit[2]
        elif element.kind not in ("title",):
            break
    m = _TITLE_NUMBER.search(title or "")
    if m:
        hit = next(_numbers(m.group(1)), None)
        if hit is not None:
            return hit[2]
    return ""
