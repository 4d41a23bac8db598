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
  ``PREVIEW_MAX_CHARS`` characters (default 1,200); see :func:`cut_preview`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from haowen.library.services import char_count

#: Access levels an article can resolve to (``Article.access_level`` minus the site default "").
LEVELS = ("free", "login", "members")
#: Sentence ends a cut paragraph prefers to stop after.
_SENTENCE_END = "。！？；!?;…"


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
    level = article.access_level or getattr(settings, "DEFAULT_ACCESS_LEVEL", "login")
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


def cut_preview(paragraphs: list[str], percent: int = 30, max_chars: int = 1200) -> list[str]:
    """Cut the preview from ``paragraphs`` (a body's non-empty paragraphs, in order).

    Lengths are in characters (``len``, code points, whitespace included). The preview
    is the whole paragraphs whose total length is nearest to ``percent`` % of the body
    (ties: fewer), at least one paragraph, and never all of them when there are two or
    more. Paragraphs are dropped from the end while the preview is longer than
    ``max_chars``; when a single paragraph remains that is still too long it is cut to
    ``max_chars`` (at a sentence end when one falls in the second half of the cut). An
    article of a single paragraph is cut to ``percent`` % of it (at most ``max_chars``),
    so the preview never gives away the whole text. Returns a new list; ``[]`` for ``[]``.
    """
    if not paragraphs:
        return []
    max_chars = max(1, int(max_chars))
    total = sum(len(p) for p in paragraphs)
    target = total * max(0, min(100, int(percent))) / 100
    cumulative = [0]
    for p in paragraphs:
        cumulative.append(cumulative[-1] + len(p))
    n = len(paragraphs)
    candidates = range(1, n) if n > 1 else range(1, 2)
    k = min(candidates, key=lambda k: (abs(cumulative[k] - target), k))
    while k > 1 and cumulative[k] > max_chars:
        k -= 1
    limit = max_chars if n > 1 else min(max_chars, max(1, int(target)))
    if cumulative[k] > limit:  # only possible with k == 1
        return [_cut(paragraphs[0], limit)]
    return list(paragraphs[:k])


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, after a sentence end when one is near."""
    head = text[:limit]
    end = max(head.rfind(ch) for ch in _SENTENCE_END)
    if end + 1 >= limit // 2 and end != -1:
        head = head[: end + 1]
    return head.rstrip()


def preview(article, reason: str | None = None) -> Visible:
    """The preview of ``article`` as a reader who may not read it all sees it.

    Channels that serve no particular reader (RSS/Atom, meta description, Open Graph,
    JSON-LD) build their text from this, never from ``article.body``. ``reason``
    defaults to what the article's access level asks for (``"members"`` or ``"login"``;
    ``"login"`` for a free article).
    """
    paragraphs = article.paragraphs
    shown = cut_preview(
        paragraphs,
        percent=getattr(settings, "PREVIEW_PERCENT", 30),
        max_chars=getattr(settings, "PREVIEW_MAX_CHARS", 1200),
    )
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
