"""Line repairs before chrome is judged: preview page markers and anti-scraping junk.

* **Page markers** that a document-preview converter puts at line starts (``第3页``,
  ``第 3 页 共 9 页``, ``- 4 -``, ``— 4 —``, ``·4·``, ``～4～``, ``- 4/9 -``, ``[5]``, ``5/9``,
  ``Page 5 of 9``): a marker alone on its
  line goes; a marker followed by text that continues the previous line's sentence
  (the previous line does not end one) is cut out and the two pieces are joined again.
  A marker whose text starts a new sentence after a finished one is kept (it may be a
  list number: ``[1] 参考文献``).
* **Buttons glued after the last sentence** of a line (``…问题。【下载完整版】``), see
  :func:`.chrome.strip_glued_actions`.
* **Junk** that forum software glues after a sentence end (``。k8 Z% q1 T7 &下面…``):
  a run of short Latin / digit / symbol tokens between ``。！？`` and Chinese text.

Lines are the cleaner's ``Line`` records (``text``, ``blank_before``); functions return
new lists and never raise. Linear in the text.
"""

from __future__ import annotations

import re

from .chrome import is_junk_token, strip_glued_actions

__all__ = ["repair_lines", "strip_inline_junk", "ends_sentence", "PAGE_MARKER"]

_DASH = "\\-—–－―‒"
#: A page marker at a line start; group ``rest`` is the text after it.
PAGE_MARKER = re.compile(
    rf"^(?:第\s*\d{{1,4}}\s*页(?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*页)?"
    rf"|共\s*\d{{1,4}}\s*页\s*第\s*\d{{1,4}}\s*页"
    rf"|[{_DASH}~～·•]{{1,2}}\s*\d{{1,4}}(?:\s*/\s*\d{{1,4}})?\s*[{_DASH}~～·•]{{1,2}}"
    r"|(?:[Pp]age|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|\[\s*\d{1,4}\s*\]"
    r"|(?P<num>\d{1,4})\s*/\s*(?P<den>\d{1,4})(?![\d%])"
    r")(?P<rest>.*)$"
)
_FINAL = frozenset("。！？；：!?;:")
_CLOSERS = "”」』’"


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: its last character is one of ``。！？；：!?;:``
    or ``……``, also behind closing quotes (``…。”``). A quote that closes a phrase
    (``深化“721”``) ends nothing: a page or a wrap may have cut the sentence there.
    """
    core = text.rstrip(_CLOSERS) if text[-1:] in _CLOSERS else text
    return bool(core) and (core[-1] in _FINAL or core.endswith("……"))

# Junk after a sentence end: 2+ tokens of at most 4 non-CJK characters, then CJK.
_INLINE_JUNK = re.compile(r"(?<=[。！？!?])[ \t]*((?:[!-~]{1,4}[ \t]+){1,7}[!-~]{1,4}|[!-~]{3,8})[ \t]*(?=[\u4e00-\u9fff“「（(]|$)")
_LEADING_JUNK = re.compile(r"((?:[!-~]{1,4}[ \t]+){1,7}[!-~]{1,4})[ \t]+(?=[\u4e00-\u9fff])")
_JUNK_SYMBOL = re.compile(r"[#%&@*$^~!;]")
_HAS_CONTENT = re.compile(r"[\w\u3400-\u9fff]")
# "[1] …" on the line before: "[2] …" is the next item of a list, not a page marker.
_NUMBERED = re.compile(r"^\[\s*\d{1,4}\s*\]")
# A heading after a page break starts a new paragraph even when the page cut a sentence.
_OUTLINE_START = re.compile(r"^(?:第[一二三四五六七八九十百\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])")


def _is_junk_run(run: str) -> bool:
    tokens = run.split()
    if len(tokens) == 1:
        return is_junk_token(run)
    if len(tokens) < 2 or not any(ch.isalpha() for ch in run):
        return False
    symbols = sum(1 for ch in run if not ch.isalnum() and not ch.isspace())
    mixed = sum(1 for t in tokens if any(c.isalpha() for c in t) and any(not c.isalpha() for c in t))
    return symbols >= 1 or mixed >= 1 or len(tokens) >= 3


def strip_inline_junk(text: str) -> str:
    """``text`` without junk runs glued after a sentence end, or at the start of the line
    before Chinese text when they hold junk symbols or letters mixed with digits
    (``D5 V v8^ 明年，…``; ``PM 2.5 浓度…`` stays). See the module docstring."""
    if text[:1].isascii() and not text[:1].isspace():
        m = _LEADING_JUNK.match(text)
        if m and _is_junk_run(m.group(1)) and (_JUNK_SYMBOL.search(m.group(1)) or _mixed_tokens(m.group(1)) >= 2):
            text = text[m.end() :]
    if "。" not in text and "！" not in text and "？" not in text and "!" not in text and "?" not in text:
        return text
    return _INLINE_JUNK.sub(lambda m: "" if _is_junk_run(m.group(1)) else m.group(0), text)


def _mixed_tokens(run: str) -> int:
    return sum(1 for t in run.split() if any(c.isalpha() for c in t) and any(not c.isalpha() for c in t))


def _marker(text: str) -> re.Match[str] | None:
    if len(text) > 4 and text[0] not in "第共[-—–－―‒~～·•Pp0123456789" and not text[0].isdigit():
        return None
    m = PAGE_MARKER.match(text)
    if m and m.group("num") is not None:
        num, den = int(m.group("num")), int(m.group("den"))
        if not (1 <= num <= den) or m.group("rest").startswith(("%", "％")):
            return None  # a fraction or a ratio, not "page 3 of 5"
    return m


def repair_lines(lines: list, make, dropped: list | None = None) -> list:
    """Lines with page markers removed (pieces re-joined) and inline junk cut out.

    ``lines`` are objects with ``text`` and ``blank_before``; ``make(text, like)``
    builds a new one with ``text`` and the other attributes of the line ``like``.
    Returns a new list. With ``dropped`` (a list), each page marker and junk run cut
    out is appended to it as ``(text, reason)``.
    """
    out: list = []
    join_next = False
    for ln in lines:
        text = strip_glued_actions(strip_inline_junk(ln.text))
        if dropped is not None and text != ln.text:
            dropped.append((ln.text, "junk or buttons glued to a line: cut out, the text kept"))
        m = _marker(text)
        if m:
            rest = m.group("rest").strip(" \t\u3000")
            prev_open = bool(out) and not ends_sentence(out[-1].text)
            if not rest:
                join_next = prev_open  # the next line continues the sentence cut by the page
                if dropped is not None:
                    dropped.append((text, "page: a preview converter's page marker"))
                continue
            numbered = m.group(0)[0] == "[" and bool(out) and _NUMBERED.match(out[-1].text)
            if prev_open and not numbered:
                out[-1] = make(out[-1].text + rest, out[-1])
                join_next = False
                if dropped is not None:
                    dropped.append((text[: m.start("rest")].strip(), "page: a page marker inside a sentence; the pieces joined"))
                continue
        if join_next and out and _HAS_CONTENT.search(text[:1] or "") and not _OUTLINE_START.match(text):
            out[-1] = make(out[-1].text + text, out[-1])
            join_next = False
            continue
        join_next = False
        if text is not ln.text:
            ln = make(text, ln)
        out.append(ln)
    return out
