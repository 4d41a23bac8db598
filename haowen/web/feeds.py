"""RSS 2.0 and Atom feeds of the latest articles (django.contrib.syndication).

A feed is fetched without the reader's session and is cached and re-shared by feed
readers, so every item's description is the article's *preview*
(:func:`haowen.accounts.entitlement.preview`), whatever the article's access level:
gated text never reaches a feed. Its categories are the genre and the keyword tags an
anonymous reader sees (never a word of a gated part). Links are absolute on ``SITE_URL`` (``haowen.site_url``).
"""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from haowen.accounts.entitlement import preview, visible_tag_filter
from haowen.library.models import Article, ArticleTag
from haowen.site_url import absolute_url

#: Items per feed.
FEED_ITEMS = 30
#: Keyword tags per item (as on the article page).
FEED_TAGS = 10


class LatestArticlesFeed(Feed):
    """``/feed/``: the newest :data:`FEED_ITEMS` canonical articles, preview text only."""

    title = _("好文 · 最新文章")
    description = _("讲话稿、工作报告、通知、方案、总结等公文范文的最新文章")
    language = "zh-cn"

    def link(self) -> str:
        return absolute_url("/")

    def feed_url(self) -> str:
        return absolute_url("/feed/")

    def items(self):
        # A feed is read without a session: each item's tags are those an anonymous reader
        # sees (the preview's; all of a free article).
        public_tags = (
            ArticleTag.objects.filter(visible_tag_filter(None)).select_related("tag").order_by("-weight", "tag__name")
        )
        return (
            Article.objects.canonical()
            .only("id", "title", "body", "published_on", "created_at", "updated_at", "access_level", "genre", "subgenre")
            .prefetch_related(Prefetch("article_tags", queryset=public_tags, to_attr="public_tags"))[:FEED_ITEMS]
        )

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        """Plain text of the preview, paragraphs on their own lines, "……" when more follows."""
        return preview(item).text + "……"

    def item_link(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Article) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: Article) -> dt.datetime:
        """The publish date at midnight in the site's time zone (import time when undated)."""
        if item.published_on:
            return timezone.make_aware(dt.datetime.combine(item.published_on, dt.time()))
        return item.created_at

    def item_updateddate(self, item: Article) -> dt.datetime:
        return item.updated_at

    def item_categories(self, item: Article):
        """The genre (讲话稿, 通知 …) and up to FEED_TAGS keyword tags an anonymous reader sees."""
        names = [item.genre_label]
        names += [at.tag.name for at in getattr(item, "public_tags", [])[:FEED_TAGS] if at.tag.name not in names]
        return names


class LatestArticlesAtomFeed(LatestArticlesFeed):
    """``/feed/atom/``: the same items as an Atom 1.0 feed."""

    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description

    def feed_url(self) -> str:
        return absolute_url("/feed/atom/")
