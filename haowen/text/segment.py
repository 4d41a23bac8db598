"""Chinese word segmentation with rjieba (the jieba-rs binding).

Two views of the same folded text:

* :func:`segment` — default-mode tokens that cover the input exactly: ``"".join(segment(t)) == t``.
* :func:`index_terms` — search-mode terms for the inverted index: every word plus the
  shorter dictionary words inside long ones (``务虚会`` also yields ``务虚``), lower-cased,
  with whitespace and punctuation dropped and placeholder runs collapsed to ``xx``.

Both expect text that has already been through :func:`haowen.text.normalize.fold`.
"""

from __future__ import annotations

import re

import rjieba

__all__ = ["segment", "index_terms", "index_text", "term_spans", "is_word"]

_WORDISH = re.compile(r"[\w\u3400-\u9fff\uf900-\ufaff]", re.UNICODE)
_PLACEHOLDER_RUN = re.compile(r"^x{2,}$")
_NON_WORD = re.compile(r"[^\w]+")
_PLACEHOLDER_TOKEN = re.compile(r"(?<![^ ])x{3,}(?![^ ])")


def is_word(token: str) -> bool:
    """True when ``token`` holds at least one letter, digit or CJK character."""
    return bool(_WORDISH.search(token))


def segment(text: str) -> list[str]:
    """Split ``text`` into default-mode jieba tokens (HMM on) that join back to ``text``."""
    if not text:
        return []
    return rjieba.cut(text, True)


def _term(token: str) -> str:
    return "xx" if _PLACEHOLDER_RUN.match(token) else token


def index_text(text: str) -> str:
    """Return the search-mode terms of folded ``text`` joined by single or more spaces.

    Punctuation and symbols become spaces *before* segmentation (so they never turn
    into terms and never glue two sentences into one word); runs of three or more
    placeholder ``x`` collapse to ``xx``. This is the hot path of indexing: it stays
    in C/Rust (regex, rjieba, join) with no per-token Python work.
    """
    if not text:
        return ""
    joined = " ".join(rjieba.cut_for_search(_NON_WORD.sub(" ", text), True))
    # Most texts hold no placeholder run at all; finding "xxx" is much cheaper than the regex.
    return _PLACEHOLDER_TOKEN.sub("xx", joined) if "xxx" in joined else joined


def index_terms(text: str) -> list[str]:
    """Return the search-mode terms of folded ``text`` in order, punctuation dropped."""
    return index_text(text).split()


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Return ``(term, start, end)`` character offsets of search-mode terms in ``text``."""
    if not text:
        return []
    return [
        (_term(word), start, end)
        for word, start, end in rjieba.tokenize(text, mode="search", hmm=True)
        if is_word(word)
    ]
