"""Character bigram streams for exact (substring) search.

The exact-mode field indexes every pair of adjacent characters of the folded text,
whitespace removed, as consecutive positions. A phrase query over the bigrams of a
query string then matches exactly the documents that contain the string — whatever
word segmentation made of it. A sentinel is appended so that every character starts
one bigram, which lets a one-character query match with a prefix query on
``<char>.``.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["SENTINEL", "squeeze", "bigram_stream", "query_bigrams"]

#: Closes the stream so the last character also starts a bigram. A control
#: character never typed in a query (the query parser strips control characters).
SENTINEL = "\x03"

_WS = re.compile(r"\s+")
#: Characters per block in :func:`bigram_stream` (bounded memory on a huge document).
BLOCK_CHARS = 1 << 18


def squeeze(folded: str) -> str:
    """Remove all whitespace (line breaks inside sentences must not break a match)."""
    return _WS.sub("", folded)


def bigram_stream(folded: str) -> str:
    """Return the space-separated bigrams of ``squeeze(folded) + SENTINEL``.

    ``"务虚会"`` → ``"务虚 虚会 会\\x03"``. Built with numpy on UTF-32 code units
    (about 8× faster than a Python loop on 3,000-character documents), in blocks of
    :data:`BLOCK_CHARS` characters on longer texts.
    """
    text = squeeze(folded)
    if not text:
        return ""
    text += SENTINEL
    if len(text) > BLOCK_CHARS + 1:
        # Blocks that overlap by one character, so no bigram is lost or doubled; the
        # arrays then take about 40 bytes per character of one block, not of the text.
        return " ".join(_bigrams(text[i : i + BLOCK_CHARS + 1]) for i in range(0, len(text) - 1, BLOCK_CHARS))
    return _bigrams(text)


def _bigrams(text: str) -> str:
    """The bigrams of ``text`` (at least two characters), space separated, no sentinel added."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    n = codes.shape[0] - 1
    out = np.empty((n, 3), dtype=np.uint32)
    out[:, 0] = codes[:-1]
    out[:, 1] = codes[1:]
    out[:, 2] = 32
    return out.tobytes().decode("utf-32-le")[:-1]


def query_bigrams(folded: str) -> list[str]:
    """Bigrams of a folded query string (whitespace removed), no sentinel.

    A one-character string returns ``[]``: match it by prefix instead.
    """
    text = squeeze(folded)
    return [text[i : i + 2] for i in range(len(text) - 1)]
