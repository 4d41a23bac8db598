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
from collections.abc import Iterator

import rjieba

__all__ = ["segment", "index_terms", "index_text", "term_spans", "is_word", "pieces", "person_name_prefix", "opens_with_noun", "pos_tags", "NOUN_TAGS", "PIECE_CHARS"]

#: Longest text (characters) handed to rjieba in one call. rjieba returns one Python
#: string per word, about 100 bytes each: a 19 MB document in one call makes a list of
#: several million of them (600 MB); pieces of 64 Ki characters keep it to a few MB.
PIECE_CHARS = 1 << 16
# Characters jieba never puts inside a word (not \w, not one of the symbols its
# "han" runs include: + # & . _ % -); a cut before one changes no word. Never between
# \r and \n, which jieba keeps together.
_CUT = re.compile(r"(?<!\r)[^\w+#&.%\-]")


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """``text`` in consecutive pieces of about ``size`` characters; they join back to ``text``.

    jieba segments each run of word characters on its own, so a cut just before a
    character that no word contains (whitespace, punctuation) gives the same words for
    the pieces as for the whole. Each piece is cut at the first such character at or
    after ``size`` characters; a run of more than ``size`` further word characters
    (no punctuation for a whole page) is cut at ``2 × size``, where one word may be split.
    A text of at most ``size`` characters is one piece. Raises ``ValueError`` when ``size`` < 1.
    """
    if size < 1:
        raise ValueError(f"piece size must be at least 1, got {size}")
    start, n = 0, len(text)
    while start < n:
        if n - start <= size:
            yield text[start:]
            return
        m = _CUT.search(text, start + size, min(n, start + 2 * size))
        end = m.start() if m else min(n, start + 2 * size)
        yield text[start:end]
        start = end

_WORDISH = re.compile(r"[\w\u3400-\u9fff\uf900-\ufaff]", re.UNICODE)
_PLACEHOLDER_RUN = re.compile(r"^x{2,}$")
_NON_WORD = re.compile(r"[^\w]+")
_PLACEHOLDER_TOKEN = re.compile(r"(?<![^ ])x{3,}(?![^ ])")


def is_word(token: str) -> bool:
    """True when ``token`` holds at least one letter, digit or CJK character."""
    return bool(_WORDISH.search(token))


def segment(text: str, hmm: bool = True) -> list[str]:
    """Split ``text`` into default-mode jieba tokens that join back to ``text``; ``hmm``
    False keeps to the dictionary's words (an unknown pair of characters stays two tokens)."""
    if not text:
        return []
    return rjieba.cut(text, hmm)


_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")


def person_name_prefix(text: str) -> str:
    """The personal name that opens ``text`` by jieba's part-of-speech tags (``nr``), or ``""``.

    ``"罗一帆端午节临近，…"`` gives ``"罗一帆"``. A name of two to four Han characters: one
    word tagged ``nr`` (with the one character after a two-character one when a number or a
    mark follows it: ``汤予`` + ``安`` before ``9月``), or a one-character surname tagged ``nr`` and the one- or two-character
    word after it (``葛`` + ``青山``) when a word of at least two characters follows them. Only
    the first 12 characters are read. ``""`` for anything else (``"从市教育局获悉"``).
    """
    head = text[:12]
    if not head:
        return ""
    tags = rjieba.tag(head, True)
    if not tags:
        return ""
    word, flag = tags[0]
    if flag == "nr" and len(word) == 2 and len(tags) > 2 and len(tags[1][0]) == 1 and _HAN.match(tags[1][0]) and not _HAN.match(tags[2][0]):
        # "汤予安9月12日": jieba reads 汤予 and a verb 安; one character before a number or a
        # mark is the name's third (no sentence opens on name, verb, number).
        return word + tags[1][0]
    if flag == "nr" and 2 <= len(word) <= 4 and _HAN.match(word) and len(tags) > 1:
        return word
    if flag == "nr" and len(word) == 1 and len(tags) > 2:
        given, after = tags[1][0], tags[2][0]
        if 1 <= len(given) <= 2 and _HAN.match(given) and len(after) >= 2:
            return word + given
    return ""


#: jieba's part-of-speech tags of nouns (ICTCLAS: common, personal, place, organisation, other
#: proper and bound nouns).
NOUN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng"})


def pos_tags(text: str) -> list[tuple[str, str]]:
    """jieba's words of ``text`` with their part-of-speech tags (``[("党员", "n"), ("们", "k"),
    …]``; ICTCLAS tag names: ``n`` noun, ``v`` verb, ``nr`` personal name …). For short
    texts (a line, a title): the whole text is tagged in one call."""
    return [tuple(t) for t in rjieba.tag(text, True)] if text else []


def opens_with_noun(text: str) -> bool:
    """The first word of ``text`` is a noun or a pronoun by jieba's part-of-speech tags
    (``党员们清理水车引水渠``: ``党员`` is ``n``; ``加强组织领导``: ``加强`` is ``v``). Reads the
    first 12 characters only."""
    tags = pos_tags(text[:12])
    return bool(tags) and (tags[0][1] in NOUN_TAGS or tags[0][1] == "r")


def _term(token: str) -> str:
    return "xx" if _PLACEHOLDER_RUN.match(token) else token


def index_text(text: str) -> str:
    """Return the search-mode terms of folded ``text`` joined by single or more spaces.

    Punctuation and symbols become spaces *before* segmentation (so they never turn
    into terms and never glue two sentences into one word); runs of three or more
    placeholder ``x`` collapse to ``xx``. This is the hot path of indexing: it stays
    in C/Rust (regex, rjieba, join) with no per-token Python work. Texts longer than
    :data:`PIECE_CHARS` are segmented in :func:`pieces` (same result, bounded memory).
    """
    if not text:
        return ""
    spaced = _NON_WORD.sub(" ", text)
    if len(spaced) <= PIECE_CHARS:
        return _index_piece(spaced)
    # A long text goes to rjieba in pieces cut before a space, so the result is the
    # same string as in one call without millions of word objects alive at once.
    return " ".join(_index_piece(piece) for piece in pieces(spaced, PIECE_CHARS))


def _index_piece(spaced: str) -> str:
    joined = " ".join(rjieba.cut_for_search(spaced, True))
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
