from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "haowen.engagement"
    label = "engagement"
    verbose_name = _("互动")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from . import site
        from .models import SiteSettings

        from haowen.library.runtime import is_serving

        from . import redis_views

        if is_serving():
            redis_views.start_thread()
        # Any save of the settings row (admin, shell, fixture) drops the cached copy.
        post_save.connect(
            lambda **kw: site.clear_cache(), sender=SiteSettings, weak=False, dispatch_uid="haowen-site-settings-cache"
        )
