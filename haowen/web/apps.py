from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "haowen.web"
    label = "web"
    verbose_name = _("网站")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from haowen.library.models import Article

        from . import pagecache

        # The page cache's fast path trusts what it read about an article for a second; a
        # change made in this process counts at once.
        post_save.connect(pagecache.article_changed, sender=Article, dispatch_uid="web.pagecache.saved")
        post_delete.connect(pagecache.article_changed, sender=Article, dispatch_uid="web.pagecache.deleted")
