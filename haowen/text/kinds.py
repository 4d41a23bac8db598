"""Guess a document's kind (讲话, 报告, 通知 …) from its title.

Pure Python, no Django. The kinds are the values of ``haowen.library.models.Kind``
(kept here as plain strings so this module stays free of Django).

Rule: a Chinese official document's title ends with its genre (文种): the GB/T
9704-2012 title pattern is 发文机关 + 关于 + 事由 + 文种, and speeches follow the same
habit (在……会议上的讲话). So the genre keyword that occurs **last** in the title wins:
``关于印发XX实施方案的通知`` is a notice, ``在全县工作总结会上的讲话`` a speech. When two
keywords end at the same place the longer one wins (``述职报告`` is a summary, not a
report).
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "guess_kind", "kind_from_title"]

#: Every kind the library knows, in the order of ``library.models.Kind``.
KINDS = ("speech", "report", "notice", "plan", "summary", "news", "law", "other")

# (keyword, kind). Compound keywords come first only for readability; the
# last-ending / longest match decides, not list order.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("述职报告", "summary"),
    ("述廉报告", "summary"),
    ("述责述廉", "summary"),
    ("述职", "summary"),
    ("总结", "summary"),
    ("讲话", "speech"),
    ("致辞", "speech"),
    ("贺词", "speech"),
    ("发言", "speech"),
    ("主持词", "speech"),
    ("演讲", "speech"),
    ("报告", "report"),
    ("公报", "report"),
    ("调研", "report"),
    ("通知", "notice"),
    ("通报", "notice"),
    ("公告", "notice"),
    ("方案", "plan"),
    ("规划", "plan"),
    ("计划", "plan"),
    ("意见", "plan"),
    ("条例", "law"),
    ("规定", "law"),
    ("办法", "law"),
    ("细则", "law"),
    ("解释", "law"),
    ("法", "law"),
    ("新闻联播", "news"),
    # Genre words of kind "other": they stop an earlier keyword from deciding
    # (``关于政府工作报告的决议`` is a resolution, not a report).
    ("决议", "other"),
    ("心得体会", "other"),
    ("年鉴", "other"),
)

_KEYWORD_RE = re.compile("|".join(sorted((re.escape(k) for k, _ in _KEYWORDS), key=len, reverse=True)))
_KIND_OF = dict(_KEYWORDS)

# ``法`` inside these words is not the genre 法 (law): 方法, 办法 (own keyword), 法院 …
_NOT_LAW_FA = re.compile(r"方法|做法|想法|说法|看法|法院|法官|法治|司法|执法|法人|法律顾问|书法|手法|算法|语法|魔法")

_SALUTATION = re.compile(r"^\s*(同志们|各位领导|各位同事|各位来宾|女士们|朋友们|尊敬的)")
_LAW_HEAD = re.compile(r"^\s*(第一章|第一条)")


def kind_from_title(title: str) -> str:
    """Return the kind named by the genre keyword that ends last in ``title``, or ``""``.

    ``title`` is any string (characters, not bytes). Returns one of :data:`KINDS` or
    the empty string when no keyword occurs. Never raises.
    """
    if not title:
        return ""
    text = _NOT_LAW_FA.sub(lambda m: "\0" * len(m.group()), title)
    best: tuple[int, int, str] | None = None  # (end, length, kind)
    # Overlapping matches matter (``述职报告`` vs ``报告``), so scan every start.
    for start in range(len(text)):
        m = _KEYWORD_RE.match(text, start)
        if m is None:
            continue
        candidate = (m.end(), len(m.group()), _KIND_OF[m.group()])
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else ""


def guess_kind(title: str, text_head: str = "") -> str:
    """Guess the kind of a document from its ``title`` (and, failing that, its opening).

    ``title`` and ``text_head`` are strings; ``text_head`` is the first few hundred
    characters of the body and is only used when the title names no genre: a speech
    opens with a salutation (同志们：), a law with 第一章/第一条. Returns one of
    :data:`KINDS`; ``"other"`` when nothing matches. Never raises.

    >>> guess_kind("在区委务虚会上的讲话")
    'speech'
    >>> guess_kind("关于印发XX县安全生产大检查实施方案的通知")
    'notice'
    """
    kind = kind_from_title(title or "")
    if kind:
        return kind
    head = (text_head or "")[:300]
    if "新闻联播" in head:
        return "news"
    if _SALUTATION.match(head):
        return "speech"
    if _LAW_HEAD.match(head):
        return "law"
    return "other"
