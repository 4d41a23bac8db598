"""Display width of a line, in columns, as a fixed-width converter lays it out.

Hard-wrapped text (a PDF or a preview page's text layer) is wrapped at a column, not
at a character count: a wide character takes two columns. The wide characters are
those of East Asian Width W and F (Unicode Standard Annex #11) in the ranges Chinese
pages use — CJK, Hangul, compatibility ideographs and full-width forms.
"""

from __future__ import annotations

import re

__all__ = ["display_width"]

_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """Width of ``text`` in columns (an int ≥ 0): 2 for each wide character, 1 for
    any other character."""
    return len(text) + len(_WIDE.findall(text))
