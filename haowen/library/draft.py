"""The record an importer hands the library: :class:`ArticleDraft` (pure Python, no Django).

The library owns it because ingest depends on the library, never the other way round;
it imports no Django so the parsers (``haowen.ingest.parsers``), which produce it
directly, stay pure and run in worker processes and scripts without a database.
``haowen.library.services`` re-exports it and turns it into an ``Article``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from haowen.text.normalize import clean_body

__all__ = ["ArticleDraft"]


@dataclass
class ArticleDraft:
    """A document as read from its input: cleaned fields plus the lossless raw input.

    ``paragraphs`` are cleaned paragraph strings (a line break splits one, empty ones go;
    see :func:`haowen.ingest.clean.clean_text`). ``kind`` is a genre code
    (:func:`haowen.text.genres.resolve`: a genre or sub-genre code, an old kind or a label)
    or ``""`` (其他); ``library.services`` stores it as the article's genre and sub-genre. ``imported_views`` is the view count the source page showed. ``raw`` is
    the original input for this document as bytes (the file's bytes, the JSON line, the
    saved HTML …) and ``raw_format`` names the parser that reads it back (``seed``,
    ``jsonl``, ``txt``, ``md``, ``html``, ``docx`` …), so ``reclean`` can run a newer
    cleaner on it. ``line_no`` is the 1-based line of a JSON Lines record (``None`` for
    a whole file): it names where a problem is, and is not stored.
    """

    title: str
    paragraphs: list[str]
    kind: str = ""
    published_on: dt.date | None = None
    imported_views: int = 0
    source_url: str = ""
    source: str = ""
    external_id: str = ""
    raw: bytes = b""
    raw_format: str = ""
    line_no: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The paragraphs as the library stores a body (:func:`haowen.text.normalize.clean_body`):
        one per line, any line break inside one splits it, stripped, empty ones, control and
        bidi characters dropped."""
        return clean_body("\n".join(self.paragraphs))
