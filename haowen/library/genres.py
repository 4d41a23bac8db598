"""Genres (文种) for Django: model choices, translated labels, request parameters.

The taxonomy itself — codes, labels, the guess — is :mod:`haowen.text.genres` (pure Python,
so the import's worker processes use it without Django). Everything here reads it, so the
model, the admin, the search facet, the API, the browse pages and the templates all show
the same genres: there is no second list.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext, gettext_lazy

from haowen.text import genres as taxonomy
from haowen.text.genres import DEFAULT_GENRE, GENRES, LEGACY_KINDS, MAIN_CODES, SUB_CODES, resolve

__all__ = [
    "GENRES",
    "MAIN_CODES",
    "SUB_CODES",
    "DEFAULT_GENRE",
    "GENRE_CHOICES",
    "SUBGENRE_CHOICES",
    "label",
    "resolve",
    "parse_param",
    "GenreFilter",
    "subgenres_of",
    "is_sub_of",
]

#: ``Article.genre`` choices: the main genres in the order pages list them.
GENRE_CHOICES = [(g.code, gettext_lazy(g.label)) for g in GENRES]
#: ``Article.subgenre`` choices, grouped by main genre (the admin shows the groups);
#: ``""`` is "no sub-genre".
SUBGENRE_CHOICES = [("", gettext_lazy("（无）"))] + [
    (gettext_lazy(g.label), [(s.code, gettext_lazy(s.label)) for s in g.subs]) for g in GENRES if g.subs
]


def label(code: str) -> str:
    """The translated label of a genre or sub-genre code (``""`` for an unknown code)."""
    text = taxonomy.label(code)
    return gettext(text) if text else ""


def subgenres_of(genre: str) -> list[tuple[str, str]]:
    """``[(code, translated label)]`` of ``genre``'s sub-genres (empty for an unknown genre)."""
    for g in GENRES:
        if g.code == genre:
            return [(s.code, gettext(s.label)) for s in g.subs]
    return []


def is_sub_of(subgenre: str, genre: str) -> bool:
    """True when ``subgenre`` is ``""`` or one of ``genre``'s sub-genres."""
    return not subgenre or resolve(subgenre) == (genre, subgenre)


@dataclass(frozen=True)
class GenreFilter:
    """A genre filter from a request: ``genre`` (a main code) and ``subgenre`` (``""`` = all)."""

    genre: str
    subgenre: str = ""

    @property
    def code(self) -> str:
        """The most specific code (what ``?genre=`` takes back)."""
        return self.subgenre or self.genre


def parse_param(genre: object = None, kind: object = None) -> GenreFilter | None:
    """The genre filter a request names, or ``None`` (no filter).

    ``genre`` is what ``?genre=`` carries: a main genre or sub-genre code (``official``,
    ``notice``) or a label (``讲话稿``). ``kind`` is the older ``?kind=`` parameter, read only
    when ``genre`` is empty: one of the eight kinds used before genres (``speech`` … ``law``;
    ``kind=notice`` meant every 通知/通报/公告 and so filters the main genre 党政公文, while
    ``genre=notice`` is the sub-genre 通知), or any ``genre`` value. Unknown values give
    ``None``, never an error.
    """
    for value, legacy in ((genre, False), (kind, True)):
        if not isinstance(value, str) or not value.strip():
            continue
        found = resolve(value)
        if found is None:
            return None
        main, sub = found
        if legacy and value.strip().lower() in LEGACY_KINDS:
            sub = ""
        return GenreFilter(main, sub)
    return None
