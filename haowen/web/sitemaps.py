"""XML sitemaps (django.contrib.sitemaps): the home page, every canonical article, and the
browse pages (``/fanwen/`` and each genre and sub-genre with articles, ``/zhuanti/`` and each
published topic).

``/sitemap.xml`` is the index (named in ``robots.txt``); each section is served at
``/sitemap-<section>.xml`` and paginated by Django at 50,000 URLs (``?p=2`` …), the
limit of the sitemaps.org protocol. Entries carry URLs and ``lastmod`` only, never text.
URLs use the scheme and host of ``settings.SITE_URL`` so they match the canonical links.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse

from haowen.library import browse
from haowen.library.models import Article
from haowen.site_url import absolute_url


class _SiteUrlSitemap(Sitemap):
    """A sitemap whose URLs are built on ``settings.SITE_URL`` rather than the request's host."""

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None) -> str:
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(_SiteUrlSitemap):
    """Every published, canonical article; ``lastmod`` is its last change (``updated_at``)."""

    changefreq = "monthly"

    def items(self):
        return Article.objects.canonical().order_by("id").only("id", "updated_at")

    def lastmod(self, item: Article):
        return item.updated_at

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default walk over every item.
        return Article.objects.canonical().aggregate(m=Max("updated_at"))["m"]

    def location(self, item: Article) -> str:
        return item.get_absolute_url()


class PagesSitemap(_SiteUrlSitemap):
    """The home page; ``lastmod`` is the latest change to any article."""

    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["web:home"]

    def location(self, item: str) -> str:
        return reverse(item)

    def lastmod(self, item: str):
        return Article.objects.canonical().aggregate(m=Max("updated_at"))["m"]


class BrowseSitemap(_SiteUrlSitemap):
    """The browse pages: genres and sub-genres that list at least one article, and topics.

    ``lastmod`` of a genre page is the latest change to one of its articles (one grouped
    query for all of them); of a topic, its own last change."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        per_genre, per_sub = browse.genre_counts()
        self._lastmod = browse.genre_lastmod()
        items = [("web:genres", (), None), ("web:topics", (), None)]
        for g in browse.GENRES:
            if per_genre.get(g.code):
                items.append(("web:genre", (g.code,), g.code))
                items += [("web:genre_sub", (g.code, s.code), g.code) for s in g.subs if per_sub.get(s.code)]
        items += [("web:topic", (t.slug,), t) for t in browse.topics().only("slug", "updated_at")]
        return items

    def location(self, item) -> str:
        return reverse(item[0], args=item[1])

    def get_latest_lastmod(self):
        # Two aggregates instead of Django's walk over every item.
        latest = [*browse.genre_lastmod().values(), browse.topics().aggregate(m=Max("updated_at"))["m"]]
        return max((m for m in latest if m is not None), default=None)

    def lastmod(self, item):
        key = item[2]
        if key is None:
            return max(self._lastmod.values(), default=None)
        if isinstance(key, str):
            return self._lastmod.get(key)
        return key.updated_at


SITEMAPS = {"pages": PagesSitemap, "articles": ArticleSitemap, "browse": BrowseSitemap}


@x_robots_tag
def index(request):
    """``/sitemap.xml``: the sitemap index, one entry per section page, with each section's ``lastmod``.

    Django's own ``index`` view takes the host from the request; this one builds the
    section URLs on ``settings.SITE_URL`` like every other URL in the sitemaps.
    """
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        url = absolute_url(reverse("web:sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(url, lastmod))
        for page in range(2, sitemap.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(f"{url}?p={page}", lastmod))
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
