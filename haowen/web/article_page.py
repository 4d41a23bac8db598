"""The article page's data, gathered in one place: :func:`build_article_context`.

Everything the page shows comes from a service of the app that owns it, named here: what
the reader may see (:func:`haowen.accounts.entitlement.entitlement`, the one entitlement
function), the writer's tools (:class:`haowen.writer.tools.WriterTools`), the tip box
(:func:`haowen.payments.panel.article_tip_panel`), comments, related articles and hot lists
(``haowen.engagement``), the favorite mark and the cheapest plan (``haowen.accounts``).
The templates (``web/article.html`` and the partials it includes) only format the context.

Most parts sit inside prerendered fragments (:mod:`haowen.web.fragments`) that are built
once per ``parts_key`` / ``lists_key`` and then served as stored HTML, so those values are
lazy (:class:`~django.utils.functional.SimpleLazyObject`, or cached properties of
:class:`WriterTools`): a page whose fragments are stored computes none of them. The
anonymous page cache (:mod:`haowen.web.pagecache`) answers before the view runs at all.
"""

from __future__ import annotations

import hashlib

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from haowen.accounts import entitlement as ent
from haowen.accounts.entitlement import entitlement
from haowen.accounts.services import cheapest_plan, is_favorite
from haowen.engagement.comments.services import comments_for
from haowen.engagement.comments.views import pop_draft
from haowen.engagement.pageviews.hot import hot_lists
from haowen.engagement.related import related_articles
from haowen.library import genres, version
from haowen.library.models import Article
from haowen.payments.panel import article_tip_panel
from haowen.site_url import absolute_url
from haowen.writer.tools import WriterTools

from . import fragments
from .context_processors import site_name

__all__ = ["build_article_context", "genre_crumbs", "structured_data", "PUBLIC_KEYWORDS", "DESCRIPTION_CHARS"]

#: Keywords named in ``<meta name="keywords">`` and JSON-LD (as many as the page's tag list).
PUBLIC_KEYWORDS = 10
#: Characters of the preview in ``<meta name="description">`` and Open Graph.
DESCRIPTION_CHARS = 120
#: Characters of the preview in the JSON-LD ``description``.
JSONLD_DESCRIPTION_CHARS = 160


def build_article_context(request, article: Article) -> dict:
    """The context of ``web/article.html`` for ``article`` as ``request.user`` may see it.

    Keys (values marked *lazy* are computed when a template first reads them):

    * ``article``, ``visible`` (:class:`~haowen.accounts.entitlement.Visible`), ``canonical_url``
      (lazy, absolute, on ``SITE_URL``), ``kind_label``, ``crumbs`` (lazy ``[(url, text)]``), ``genre_url`` (lazy);
    * ``parts_key`` and ``lists_key``: the keys of the prerendered fragments (what this reader
      sees, the library version; the day and the library version for the hot lists);
      ``doc_key``: the crumbs', title's and meta line's (the fields they show);
    * inside fragments: ``description`` and ``keywords`` (lazy strings from the preview and the
      tags an anonymous reader sees), ``structured_data`` (lazy dict, :func:`structured_data`),
      ``writer_tools`` (:class:`WriterTools`, lazy per part), ``cheapest_plan`` (lazy
      ``MembershipPlan`` or None), ``related`` (lazy list of articles), ``hot`` (lazy
      ``{"week": [...], "month": [...]}``);
    * per request: ``is_favorite`` (lazy bool), ``tools_key`` (the key of the reader tools'
      fragment: the article, sign-in state, favorite, full text or not, the path),
      ``tip_panel`` (lazy dict,
      :func:`~haowen.payments.panel.article_tip_panel`), ``comments`` (lazy
      ``ArticleComments``), ``comments_key`` (the key of the comment section's fragment, or
      ``""``: :func:`comments_key`), ``comment_draft`` (lazy string; reading it takes it out of the session).

    Reads only; the view counts the visit and records the reading history itself.
    """
    user = request.user
    visible = entitlement(article, user)
    lv = version.current()
    # The crumbs and the meta line's genre link sit in prerendered fragments: reversing
    # their URLs (a third of a millisecond) is done only when a fragment is built.
    crumbs = SimpleLazyObject(lambda: genre_crumbs(article))
    # Shown inside prerendered fragments only (the head, 关于本文).
    canonical_url = SimpleLazyObject(lambda: absolute_url(article.get_absolute_url()))
    keywords = SimpleLazyObject(lambda: public_keywords(article))
    favorite = SimpleLazyObject(lambda: is_favorite(user, article))
    comments = SimpleLazyObject(lambda: comments_for(article, user))
    draft = SimpleLazyObject(lambda: pop_draft(request, article))
    return {
        "article": article,
        "visible": visible,
        "canonical_url": canonical_url,
        "kind_label": article.genre_label,
        # 首页 › 范文 › genre › sub-genre; the meta line's genre links to the last of them.
        "crumbs": crumbs,
        "genre_url": SimpleLazyObject(lambda: crumbs[-1][0]),
        "parts_key": f"{fragments.visible_key(article, visible, user)}:{lv}",
        # The crumbs, title and meta line around the view count: named field by field, so a
        # change written around the services (no new updated_at) shows at once too.
        "doc_key": f"{article.pk}|{article.genre}|{article.subgenre}|{article.published_on}|{article.char_count}|{article.title}",
        "lists_key": f"{timezone.localdate().isoformat()}:{lv}",
        # Read inside prerendered fragments only.
        "description": SimpleLazyObject(lambda: ent.public_description(article, DESCRIPTION_CHARS)),
        "keywords": SimpleLazyObject(lambda: ",".join(keywords)),
        "structured_data": SimpleLazyObject(lambda: structured_data(article, str(canonical_url), visible, _site_name(), list(keywords))),
        "writer_tools": WriterTools(article, visible),
        "cheapest_plan": SimpleLazyObject(cheapest_plan),
        "related": SimpleLazyObject(lambda: related_articles(article)),
        "hot": SimpleLazyObject(hot_lists),
        # Rendered for each request.
        "is_favorite": favorite,
        # The reader tools (收藏, 复制全文, 打印) differ only by these; their form's CSRF token is
        # filled in per reader when the fragment is served.
        "tools_key": SimpleLazyObject(
            lambda: f"{article.pk}:{int(user.is_authenticated)}:{int(bool(favorite))}:"
            f"{int(visible.is_full)}:{request.path}"
        ),
        "tip_panel": SimpleLazyObject(lambda: article_tip_panel(article, user)),
        "comments": comments,
        "comment_draft": draft,
        "comments_key": SimpleLazyObject(lambda: comments_key(request, article, comments, str(draft))),
    }


def comments_key(request, article: Article, comments, draft: str) -> str:
    """The key of the comment section's prerendered fragment, or ``""`` when it is rendered
    for this request only: for a moderator (the queue and its buttons), a reader with a
    comment awaiting review, or a draft kept from a refused post.

    The section is otherwise fixed by the approved comments shown (ids, 精选, authors and
    bodies, as a digest), the count, whether the reader is signed in and wrote one of them
    (no 举报 button on one's own), the moderation setting and the page's path (the sign-in
    link's ``next``); the comment form's CSRF token is filled in per reader.
    """
    if comments.can_moderate or comments.own_pending or draft:
        return ""
    user = request.user
    shown = [*comments.featured, *comments.others]
    mine = user.is_authenticated and any(c.user_id == user.pk for c in shown)
    digest = hashlib.sha1()
    for c in shown:
        digest.update(f"{c.pk}|{int(c.is_featured)}|{c.user_id}|{c.user.first_name}|{c.user.get_username()}|{c.created_at}|".encode())
        digest.update(c.body.encode("utf-8", "surrogatepass"))
    return (
        f"{article.pk}:{comments.count}:{digest.hexdigest()}:{int(user.is_authenticated)}:{user.pk if mine else 0}:"
        f"{int(comments.held)}:{comments.max_chars}:{request.get_full_path()}"
    )


def genre_crumbs(article: Article) -> list[tuple[str, str]]:
    """``[(url, text)]``: home, the genres index, the article's genre page and, when it has a
    sub-genre of that genre, the sub-genre's page (/fanwen/<genre>/<subgenre>/). An unknown
    genre code (not in the taxonomy) is read as the default genre, as the browse pages do."""
    genre = article.genre if article.genre in genres.MAIN_CODES else genres.DEFAULT_GENRE
    crumbs = [(reverse("web:home"), _("首页")), (reverse("web:genres"), _("范文")),
              (reverse("web:genre", args=[genre]), genres.label(genre))]
    if article.subgenre in genres.SUB_CODES and genres.is_sub_of(article.subgenre, genre):
        crumbs.append((reverse("web:genre_sub", args=[genre, article.subgenre]), genres.label(article.subgenre)))
    return crumbs


def public_keywords(article: Article) -> list[str]:
    """The names of up to :data:`PUBLIC_KEYWORDS` tags of ``article`` an anonymous reader sees,
    best first (those its preview shows; all of a free article): the same for every reader,
    because the page may be cached and is read by crawlers — never a tag of the gated part."""
    if not getattr(article, "pk", None):
        return []
    return [at.tag.name for at in ent.visible_tags(article, None)[:PUBLIC_KEYWORDS]]


def structured_data(article: Article, canonical_url: str, visible, site_name: str, keywords: list[str]) -> dict:
    """The schema.org ``Article`` describing ``article`` (a dict for JSON-LD).

    The description is cut from the preview. A gated article carries the paywalled-content
    markup (``isAccessibleForFree: false`` and ``hasPart`` naming the gated section's CSS
    class: ``.paywall``, the panel that stands where the withheld text would be, for a
    reader who gets the preview; ``.doc-body`` for an entitled reader), so search engines
    do not take the preview for cloaking. Source: Google Search Central, "Subscription and
    paywalled content" structured data. ``keywords`` are the tags an anonymous reader sees
    (:func:`public_keywords`), for every reader, as ``<meta name="keywords">``.
    """
    level = ent.access_level(article)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title[:110],
        "description": ent.public_description(article, JSONLD_DESCRIPTION_CHARS),
        "url": canonical_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url},
        "inLanguage": "zh-CN",
        "publisher": {"@type": "Organization", "name": site_name, "url": absolute_url("/")},
        "isAccessibleForFree": level == "free",
    }
    if keywords:
        data["keywords"] = keywords
    if article.published_on:
        data["datePublished"] = article.published_on.isoformat()
    if getattr(article, "updated_at", None):
        data["dateModified"] = timezone.localtime(article.updated_at).isoformat()
    if level != "free":
        full = visible is not None and visible.is_full
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".doc-body" if full else ".paywall",
        }
    return data


def _site_name() -> str:
    """The site's name as every page shows it (:func:`haowen.web.context_processors.site_name`)."""
    from haowen.engagement.sitesettings.services import get_site_settings

    return site_name(get_site_settings())
