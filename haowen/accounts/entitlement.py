"""The one entitlement function: what of an article a reader may see.

Every channel (article page, search snippets, API, feeds, sitemap, structured data,
Word export) asks :func:`entitlement`, or :func:`preview` when it serves no particular
reader (feeds, meta/Open Graph/JSON-LD descriptions). Gated text never leaves the
server for a reader who is not entitled to it: the preview is cut here, on the server,
and nothing downstream gets the rest.

Rules (issue 3, "Accounts and a paywall that never leaks"):

- an article's access level is ``Article.access_level``, or ``settings.DEFAULT_ACCESS_LEVEL``
  when that is ``""`` (site default);
- ``free``: everyone reads everything; ``login``: signed-in readers read everything;
  ``members``: active members (:class:`~haowen.accounts.models.Membership`) read
  everything; staff (``is_staff``) always read everything;
- everyone else gets the preview: the first ``PREVIEW_PERCENT`` % (default 30) of the
  body rounded to whole paragraphs, at least one paragraph, at most
  ``PREVIEW_MAX_CHARS`` characters (default 1,200); see :func:`haowen.text.preview.cut_preview`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from haowen.library.preview import preview_paragraphs, shown_filter
from haowen.library.services import char_count
from haowen.library.tagging import article_tags, articles_for_tag
from haowen.text.preview import cut_preview  # noqa: F401  (the preview's cut; documented here)

#: Access levels an article can resolve to (``Article.access_level`` minus the site default "").
LEVELS = ("free", "login", "members")


@dataclass
class Visible:
    """What a reader may see: ``paragraphs`` (all or the preview), ``is_full``,
    ``remaining_chars`` (characters withheld, 0 when full) and ``reason``
    (``""``, ``"login"`` or ``"members"``: what would unlock the rest).

    ``remaining_chars`` counts non-whitespace characters, like ``Article.char_count``
    (the 本文约N字 figure), so the paywall's 还有约N字 adds up with it.
    """

    paragraphs: list[str]
    is_full: bool
    remaining_chars: int = 0
    reason: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def access_level(article) -> str:
    """The effective access level of ``article``: one of :data:`LEVELS`.

    ``""`` (site default) resolves to ``settings.DEFAULT_ACCESS_LEVEL``; an unknown value
    (a bad setting or a stray database value) resolves to ``"login"`` so that a mistake
    gates text rather than opens it. The system check ``accounts.E001`` reports a bad
    setting at start-up.
    """
    level = article.access_level or settings.DEFAULT_ACCESS_LEVEL
    return level if level in LEVELS else "login"


def is_member(user) -> bool:
    """True when ``user`` (possibly anonymous or ``None``) has an active membership.

    Reads ``user.membership`` once; Django caches the related row (or its absence) on
    the user object, so asking for every search result costs one query per request.
    """
    if user is None or not user.is_authenticated:
        return False
    from .models import Membership

    try:
        membership = user.membership
    except Membership.DoesNotExist:
        return False
    return membership.is_active()


def is_entitled(article, user) -> bool:
    """True when ``user`` may read the whole of ``article``."""
    level = access_level(article)
    if level == "free":
        return True
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff and user.is_active:
        return True
    if level == "login":
        return True
    return is_member(user)


def preview(article, reason: str | None = None) -> Visible:
    """The preview of ``article`` as a reader who may not read it all sees it.

    Channels that serve no particular reader (RSS/Atom, meta description, Open Graph,
    JSON-LD) build their text from this, never from ``article.body``. ``reason``
    defaults to what the article's access level asks for (``"members"`` or ``"login"``;
    ``"login"`` for a free article).
    """
    paragraphs = article.paragraphs
    # The library's cut with the same settings: it decides which tags the preview shows.
    shown = preview_paragraphs(paragraphs)
    if reason is None:
        reason = "members" if access_level(article) == "members" else "login"
    remaining = char_count("".join(paragraphs)) - char_count("".join(shown))
    return Visible(paragraphs=shown, is_full=False, remaining_chars=max(0, remaining), reason=reason)


def entitlement(article, user) -> Visible:
    """Return what ``user`` (a User, ``AnonymousUser`` or ``None``) may see of ``article``.

    Entitled readers get every paragraph (``is_full=True``); everyone else gets
    :func:`preview` with ``reason`` ``"login"`` (signing in unlocks it) or
    ``"members"`` (a membership does). An article with an empty body is always full.
    """
    paragraphs = article.paragraphs
    if not paragraphs or is_entitled(article, user):
        return Visible(paragraphs=paragraphs, is_full=True)
    level = access_level(article)
    return preview(article, reason="members" if level == "members" else "login")


def public_description(article, max_chars: int = 120) -> str:
    """At most ``max_chars`` characters from the opening of :func:`preview`, paragraphs joined by spaces.

    For ``<meta name="description">``, ``og:description`` and JSON-LD: the same for
    every reader, and never more than the preview. Ends with "…" when cut.
    """
    text = " ".join(preview(article).paragraphs)
    if len(text) <= max_chars:
        return text
    return text[: max(0, max_chars - 1)].rstrip() + "…"


def visible_text(user):
    """A ``visible_text`` callable for :func:`haowen.search.services.search_articles`.

    Returns ``article -> (text, is_full)`` where ``text`` is what ``user`` may see.
    """

    def _visible(article):
        v = entitlement(article, user)
        return v.text, v.is_full

    return _visible


def full_text_filter(user, prefix: str = "") -> Q:
    """A filter naming the articles ``user`` may read in full: :func:`is_entitled` as a query.

    ``prefix`` reaches Article from the queried model (``"article__"`` from ArticleTag).
    Same rules as :func:`is_entitled` and :func:`access_level` (``""`` is the site default,
    an unknown level counts as ``"login"``); tests/accounts/test_entitlement.py checks the
    two agree for every persona and level.
    """
    field = f"{prefix}access_level"
    default = settings.DEFAULT_ACCESS_LEVEL
    default = default if default in LEVELS else "login"

    def level(name: str) -> Q:
        q = Q(**{field: name})
        if default == name:
            q |= Q(**{field: ""})
        if name == "login":
            q |= ~Q(**{f"{field}__in": [*LEVELS, ""]})
        return q

    if user is not None and user.is_authenticated and ((user.is_staff and user.is_active) or is_member(user)):
        return Q(**{f"{prefix}pk__isnull": False})  # everything (an empty Q() would vanish in "|")
    if user is not None and user.is_authenticated:
        return level("free") | level("login")
    return level("free")


def visible_tag_filter(user, prefix: str = "") -> Q:
    """A filter over ArticleTag (fields prefixed by ``prefix``) keeping the tags ``user`` may see:
    those the preview shows, and every tag of an article ``user`` may read in full. With
    ``user=None`` it is what channels read without a session (feeds) may show."""
    return shown_filter(prefix) | full_text_filter(user, f"{prefix}article__")


def visible_tags(article, user):
    """The keyword tags of ``article`` that ``user`` may see, best first (ArticleTag, tag loaded).

    All of them for a reader entitled to the full text; for anyone else only the tags the
    preview shows (words of the title or preview, or labels that are no word of the body):
    a tag from the gated part is gated text (issue 12).
    """
    return article_tags(article, full=is_entitled(article, user))


def tagged_articles(tag, user):
    """The tag page of ``tag`` (a Tag or its name) for ``user``: published canonical articles on
    which ``user`` may see that tag, most relevant first (ArticleTag, article loaded).

    An article is listed when its preview shows the tag or ``user`` may read it in full, so
    neither the list nor its count says that a gated part contains the word.
    """
    return articles_for_tag(tag, full_text=full_text_filter(user, "article__"))


def readable_levels(user) -> frozenset[str]:
    """The search index's access levels whose articles ``user`` may read in full.

    For :func:`haowen.search.services.search_articles` (``readable``): a subset of
    ``free``, ``login``, ``members`` and ``default`` (the index's name for the site default
    ``""``, resolved here through :func:`access_level`, so a change of
    ``DEFAULT_ACCESS_LEVEL`` needs no re-index). Decided by :func:`is_entitled` itself, so
    search and the article page agree; all four for staff. Substring search reaches the
    gated part of an article only when its level is in this set (issue 12).
    """
    from types import SimpleNamespace

    stored = {level: level for level in LEVELS} | {"default": ""}
    return frozenset(name for name, value in stored.items() if is_entitled(SimpleNamespace(access_level=value), user))
