"""The elements of a 公文 (Chinese official document) in a plain body, and its typesetting rules.

GB/T 9704-2012 《党政机关公文格式》 names the elements of a document and where each goes on
the page. A body stored by the library is a list of paragraphs with none of that markup;
:func:`recognise` tells which paragraph is which element, so the Word export
(:mod:`haowen.writer.docx_export`) can lay each out as the standard says:

========================  ======================  =================================================
element (``kind``)        clause of GB/T 9704     how it is recognised here
========================  ======================  =================================================
``doc_number`` 发文字号   7.2.5                   a line ``X发〔2023〕5号`` before the addressee
``title`` 标题            7.3.1                   a paragraph repeating the title at the top
``addressee`` 主送机关    7.3.2                   the first paragraph, short, ending in a colon
``body`` 正文             7.3.3                   everything else
``attachment`` 附件说明   7.3.4                   ``附件：…`` (and its numbered lines) after the body
``signature`` 署名        7.3.5                   short lines right above the 成文日期
``date`` 成文日期         7.3.5                   a date alone on the last lines (``20XX年X月X日`` too)
``note`` 附注             7.3.6                   ``（…）`` on the line under the date
``copy_to`` 抄送          7.4.2                   ``抄送：…`` at the end
``issued`` 印发           7.4.3                   ``…办公室  2023年5月8日印发`` at the end
========================  ======================  =================================================

Also here, because the export needs them and they are plain text rules:
:func:`title_lines` (7.3.1: a long title on several lines of balanced length, 梯形 or
菱形, words whole — rjieba segmentation) and :func:`full_width_punctuation` (half-width
``, : ; ? ! ( )`` in Chinese text as the full-width marks GB/T 15834-2011 《标点符号用法》
prescribes for Chinese).

Pure Python, no Django.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "Element",
    "recognise",
    "signature_offsets",
    "text_width",
    "title_lines",
    "full_width_punctuation",
    "issued_parts",
    "DOC_NUMBER",
]

_CN_DIGITS = "一二三四五六七八九十〇○零Ｏ"
#: 文号: an issuer's code, the year in brackets (〔〕 by 7.2.5; [] 【】 () （） as found in
#: scraped text), the number and 号. Groups: issuer, year, number.
DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fffXx×]{1,12}?)\s*[〔\[【(（]\s*((?:19|20)\d{2}|20[Xx]{2})\s*[〕\]】)）]\s*"
    r"(\d{1,5}|[Xx]{1,3})\s*号"
)
_DOC_NUMBER_LINE = re.compile(rf"^{DOC_NUMBER.pattern}$")
_DATE = (
    rf"(?:(?:19|20)[\dXx]{{2}}|[{_CN_DIGITS}]{{4}})\s*年\s*(?:\d{{1,2}}|[Xx]{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*月"
    rf"\s*(?:\d{{1,2}}|[Xx]{{1,2}}|[{_CN_DIGITS}]{{1,4}})\s*日"
)
_DATE_LINE = re.compile(rf"^({_DATE})\s*([（(][^（()）]{{1,80}}[）)])?$")
_NOTE = re.compile(r"^[（(][^（()）]{1,120}[）)]$")
_ATTACHMENT = re.compile(r"^附\s*件\s*[:：]")
_ATTACHMENT_MORE = re.compile(r"^\d{1,2}\s*[.．、]")
_COPY_TO = re.compile(r"^(?:抄\s*送|分\s*送)\s*[:：]")
_ISSUED = re.compile(rf"^(.{{2,40}}?)\s+({_DATE})\s*印\s*发$")
_SENTENCE = re.compile(r"[。！？!?；;，,：:、“”\"]")
_NUMBERED = re.compile(rf"^(?:[{_CN_DIGITS}]+[、.．]|[（(][{_CN_DIGITS}\d]+[）)]|\d+[.．、]|第[{_CN_DIGITS}]+)")
#: Longest signature line (characters): an organ's full name, e.g. 中共XX县委办公室.
MAX_SIGNATURE_CHARS = 30
#: Signature lines above one date at most (a joint document names up to a few organs).
MAX_SIGNATURE_LINES = 3
#: Longest addressee paragraph (characters); 7.3.2 moves a longer list to the 版记.
MAX_ADDRESSEE_CHARS = 120


@dataclass(frozen=True)
class Element:
    """One element of a document: ``kind`` (see the module table), the 0-based index of
    its ``paragraph`` in the list given to :func:`recognise`, and its ``text`` (the
    paragraph stripped; a date's glued note such as ``2025年3月7日（此件主动公开）`` gives
    a ``date`` and a ``note`` element for the same paragraph)."""

    kind: str
    paragraph: int
    text: str


def _strip(text: str) -> str:
    return (text or "").strip().strip("\u3000")


def _is_signature(text: str) -> bool:
    return (
        1 < len(text) <= MAX_SIGNATURE_CHARS
        and not _SENTENCE.search(text)
        and not _NUMBERED.match(text)
        and not _DATE_LINE.match(text)
    )


def recognise(paragraphs: list[str], title: str = "") -> list[Element]:
    """The elements of ``paragraphs`` in order: one :class:`Element` per non-empty paragraph
    (a date with a glued note gives two); empty paragraphs give none.

    Rules (GB/T 9704-2012 clause in brackets): the closing block is read from the end —
    ``抄送：`` and ``… 2023年5月8日印发`` lines (7.4.2, 7.4.3), then a ``（…）`` note (7.3.6)
    under a date line (7.3.5.4; placeholders such as ``20XX年X月X日`` and Chinese numerals
    count), the short unpunctuated lines right above the date (at most
    :data:`MAX_SIGNATURE_LINES` of :data:`MAX_SIGNATURE_CHARS` characters: the signature,
    7.3.5), and ``附件：…`` with its numbered continuation lines above them (7.3.4). At the
    top: a paragraph equal to ``title``, a 发文字号 line (7.2.5) and a first short paragraph
    ending in a colon without a sentence end or ``如下`` (the addressee, 7.3.2;
    ``同志们：`` is a speech's addressee). Everything else is ``body``. Never raises.
    """
    texts = [_strip(p) for p in paragraphs]
    kinds: dict[int, str] = {}
    order = [i for i, t in enumerate(texts) if t]
    if not order:
        return []
    title_key = _strip(title)

    # --- the top: title repeated, 发文字号, 主送机关 ---
    top = 0
    while top < len(order) and top < 3:
        i = order[top]
        if title_key and texts[i] == title_key:
            kinds[i] = "title"
        elif _DOC_NUMBER_LINE.match(texts[i]) and len(texts[i]) <= 30:
            kinds[i] = "doc_number"
        else:
            break
        top += 1
    if top < len(order):
        i = order[top]
        t = texts[i]
        if (
            t[-1] in ":："
            and len(t) <= MAX_ADDRESSEE_CHARS
            and not re.search(r"[。！？!?；;]", t)
            and "如下" not in t
            and len(order) > top + 1
        ):
            kinds[i] = "addressee"

    # --- the end: 版记, then note, date, signature, attachment ---
    end = len(order) - 1
    while end >= 0 and order[end] not in kinds:
        t = texts[order[end]]
        if _ISSUED.match(t) or _COPY_TO.match(t):
            kinds[order[end]] = "issued" if _ISSUED.match(t) else "copy_to"
            end -= 1
            continue
        break
    if end >= 1 and _NOTE.match(texts[order[end]]) and _DATE_LINE.match(texts[order[end - 1]]):
        kinds[order[end]] = "note"
        end -= 1
    if end >= 1 and order[end] not in kinds and _DATE_LINE.match(texts[order[end]]):
        kinds[order[end]] = "date"
        k = end - 1
        while k >= 0 and end - k <= MAX_SIGNATURE_LINES and order[k] not in kinds and _is_signature(texts[order[k]]):
            k -= 1
        if k >= 0 and end - k > 1:  # the body keeps at least one paragraph
            for s in range(k + 1, end):
                kinds[order[s]] = "signature"
        # 附件说明 directly above the signature (or the date)
        j = k
        while j >= 0 and order[j] not in kinds and _ATTACHMENT_MORE.match(texts[order[j]]) and len(texts[order[j]]) <= 80:
            j -= 1
        if j > 0 and order[j] not in kinds and _ATTACHMENT.match(texts[order[j]]):
            for s in range(j, k + 1):
                kinds[order[s]] = "attachment"

    elements: list[Element] = []
    for i in order:
        kind = kinds.get(i, "body")
        if kind == "date":
            m = _DATE_LINE.match(texts[i])
            elements.append(Element("date", i, m.group(1)))
            if m.group(2):
                elements.append(Element("note", i, m.group(2)))
            continue
        elements.append(Element(kind, i, texts[i]))
    return elements


def issued_parts(text: str) -> tuple[str, str] | None:
    """``(印发机关, "2023年5月8日印发")`` of a 版记 line ``XX办公室  2023年5月8日印发``
    (GB/T 9704-2012 7.4.3), spaces inside the date removed; None for any other line."""
    m = _ISSUED.match(_strip(text))
    if m is None:
        return None
    return m.group(1).strip(), re.sub(r"\s+", "", m.group(2)) + "印发"


def text_width(text: str) -> float:
    """Width of ``text`` in full-width character cells: East Asian wide and full-width
    characters count 1, the rest ½ (Latin letters and digits are half-width in 公文 fonts)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def signature_offsets(signature: str, date: str) -> tuple[int, int]:
    """Right offsets in characters ``(signature, date)`` of an unsealed document's signature
    and date (GB/T 9704-2012 7.3.5.2): 正文下空一行右空二字编排发文机关署名，在发文机关署名
    下一行编排成文日期，首字比发文机关署名首字右移二字；如成文日期长于发文机关署名，应当使成文
    日期右空二字编排，并相应增加发文机关署名右空字数. Widths by :func:`text_width`, rounded up.
    """
    s = math.ceil(text_width(signature))
    d = math.ceil(text_width(date))
    if d <= s - 2:
        return 2, s - d
    return d - s + 4, 2


_PAIRS = {"《": "》", "“": "”", "‘": "’", "（": "）", "(": ")", "〈": "〉", "【": "】"}
#: Words that end a title line well (a break right after them reads naturally).
_LIGHT = frozenset("的和与及、")


def _tokens(title: str) -> list[str]:
    import rjieba

    tokens: list[str] = []
    for tok in rjieba.cut(title):
        # A one-character word other than a particle binds to the next word (大|检查 → 大检查).
        if tokens and len(tokens[-1]) == 1 and tokens[-1] not in _LIGHT and not unicodedata.category(tokens[-1]).startswith("P"):
            tokens[-1] += tok
        else:
            tokens.append(tok)
    return tokens


def title_lines(title: str, max_width: float = 20) -> list[str]:
    """``title`` broken into lines of at most ``max_width`` cells (:func:`text_width`) that
    are as even as the words allow (GB/T 9704-2012 7.3.1: 回行时，要做到词意完整，排列对称，
    长短适宜，间距恰当，标题排列应当使用梯形或菱形).

    The fewest lines that fit; breaks fall between rjieba words only (a one-character word
    stays with the next one, particles 的/和/与/及 with the previous), never inside
    ``《…》`` ``“…”`` or brackets when it can be helped, never leaving one character alone on
    a line, a line never starting with 的; among those the most even split wins (least
    squares of the line widths around their mean), which gives the 梯形 or 菱形 the
    standard asks for. A title that fits is one line; words wider than a line are cut.
    Raises ``ValueError`` when ``max_width`` < 2.
    """
    if max_width < 2:
        raise ValueError(f"title line width must be at least 2 cells, got {max_width}")
    title = " ".join((title or "").split())
    total = text_width(title)
    if total <= max_width:
        return [title] if title else []
    tokens = _tokens(title)
    # Words longer than a line are cut into line-sized pieces (a long Latin run).
    split: list[str] = []
    for tok in tokens:
        while text_width(tok) > max_width:
            cut = 1
            while text_width(tok[: cut + 1]) <= max_width:
                cut += 1
            split.append(tok[:cut])
            tok = tok[cut:]
        split.append(tok)
    tokens = split
    # Depth of open pairs before each break position (break k = after tokens[k-1]).
    inside = [0] * (len(tokens) + 1)
    depth = 0
    for k, tok in enumerate(tokens, 1):
        for ch in tok:
            if ch in _PAIRS:
                depth += 1
            elif ch in _PAIRS.values() and depth:
                depth -= 1
        inside[k] = depth
    widths = [text_width(t) for t in tokens]
    n_min = max(2, math.ceil(total / max_width))
    for n in range(n_min, len(tokens) + 1):
        best = _best_breaks(tokens, widths, inside, n, max_width, total)
        if best is not None:
            return best
    # No split between words keeps the rules (a short title of long words and lone
    # characters): break between characters, and at worst fill each line greedily, so a
    # line never runs past the width.
    chars = list(title)
    char_widths = [text_width(ch) for ch in chars]
    for n in range(n_min, len(chars) + 1):
        best = _best_breaks(chars, char_widths, [0] * (len(chars) + 1), n, max_width, total)
        if best is not None:
            return best
    lines, line = [], ""
    for ch in title:
        if line and text_width(line + ch) > max_width:
            lines.append(line.strip())
            line = ""
        line += ch
    return [x for x in [*lines, line.strip()] if x]


def _best_breaks(tokens, widths, inside, n, max_width, total):
    """The best split of ``tokens`` into ``n`` lines (see :func:`title_lines`), or None."""
    mean = total / n
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    m = len(tokens)
    # dp[j][k]: (cost, breaks) of the first k tokens in j lines.
    inf = (math.inf, ())
    dp = [[inf] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = (0.0, ())
    for j in range(1, n + 1):
        for k in range(j, m - (n - j) + 1):
            best = inf
            for s in range(j - 1, k):
                prev = dp[j - 1][s]
                if prev[0] == math.inf:
                    continue
                w = prefix[k] - prefix[s]
                text = "".join(tokens[s:k])
                if w > max_width or len(text.strip()) < 2:
                    continue
                cost = prev[0] + (w - mean) ** 2
                if k < m:
                    cost += 50 * inside[k]
                    if tokens[k][:1] in _LIGHT:
                        cost += 4  # 的 starts no line
                if cost < best[0]:
                    best = (cost, prev[1] + (k,))
            dp[j][k] = best
    if dp[n][m][0] == math.inf:
        return None
    cuts = (0, *dp[n][m][1])
    lines = ["".join(tokens[a:b]).strip() for a, b in zip(cuts, cuts[1:])]
    return lines


_CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕…—·"


def _cjkish(ch: str) -> bool:
    if not ch:
        return False
    cp = ord(ch)
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FA1F or ch in _CJK_PUNCT


_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PAREN = re.compile(r"\(([^()\n]{0,60})\)")


def full_width_punctuation(text: str) -> str:
    """``text`` with the half-width ``, : ; ? !`` and ``( )`` of Chinese text made full-width
    (GB/T 15834-2011: Chinese text takes full-width marks); same length, so offsets hold.

    A mark ``, : ; ? !`` changes when the character before it is Chinese (a CJK ideograph or
    a full-width mark), or the one after it is Chinese and the one before a letter, digit
    or ``%`` (``学习Python,提高``). A pair ``( … )`` (no nesting, at most 60 characters
    inside) changes when the text inside or a neighbour of the pair is Chinese. Untouched:
    ``3:2``, ``12:30``, ``f(x)``, ``http://``, English sentences.
    """
    if not any(ch in _FULL for ch in text):
        return text
    chars = list(text)
    n = len(chars)
    for m in _PAREN.finditer(text):
        a, b = m.start(), m.end() - 1
        before = text[a - 1] if a else ""
        after = text[b + 1] if b + 1 < n else ""
        if _cjkish(before) or _cjkish(after) or any(_cjkish(c) for c in m.group(1)):
            chars[a], chars[b] = "（", "）"
    for i, ch in enumerate(text):
        if ch not in ",:;?!":
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if _cjkish(before) or (_cjkish(after) and (before.isalnum() or before == "%")):
            chars[i] = _FULL[ch]
    return "".join(chars)
