"""Plain text and Markdown (``raw_format`` ``txt`` / ``md``): first non-empty line = title."""

from __future__ import annotations

from ..clean import clean_document
from ..problems import ImportProblem
from .base import ParsedDoc, _finish, clean_title
from .seed import _SPACES, looks_like_seed, parse_seed

__all__ = ["parse_plain_text"]

def parse_plain_text(text: str, fmt: str = "txt") -> ParsedDoc:
    """Parse a ``.txt``/``.md`` document: first non-empty line = title (``#`` marks stripped).

    A text in the seed's scraped-page format is handed to :func:`parse_seed`. Raises
    :class:`ImportProblem` for an empty document or one with a title and no body.
    """
    if looks_like_seed(text):
        return parse_seed(text)
    lines = text.lstrip("\ufeff").splitlines()
    for i, ln in enumerate(lines):
        if ln.strip(_SPACES + "#"):
            title = clean_title(ln.strip(_SPACES).lstrip("#"))
            body = "\n".join(lines[i + 1 :])
            break
    else:
        raise ImportProblem("empty document: only whitespace")
    cleaned = clean_document(body, title=title)
    # (cleaned.title: the first line was the site's name, a line of its template.)
    doc = ParsedDoc(title=cleaned.title or title, paragraphs=cleaned.paragraphs, kind="", published_on=cleaned.published_on, raw_format=fmt)
    if cleaned.dropped:  # import_documents -v 2 lists them
        doc.extra["dropped"] = cleaned.dropped
    if not doc.paragraphs:
        raise ImportProblem("empty body: the file has a title line and nothing after it")
    return _finish(doc)
