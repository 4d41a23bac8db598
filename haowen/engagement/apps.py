from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    name = "haowen.engagement"
    label = "engagement"
    verbose_name = _("互动")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .comments import services
        from .sitesettings import services as site
        from .models import Comment, SiteSettings

        from haowen.library.runtime import is_serving

        from .pageviews import redis_counter

        if is_serving():
            redis_counter.start_thread()
        # Any save of the settings row (admin, shell, fixture) drops the cached copy.
        post_save.connect(
            lambda **kw: site.clear_cache(), sender=SiteSettings, weak=False, dispatch_uid="haowen-site-settings-cache"
        )
        # Any save or delete of a comment drops its article's cached comments (services.comments_for).
        for signal in (post_save, post_delete):
            signal.connect(
                lambda instance, **kw: services.forget_comments(instance.article_id),
                sender=Comment, weak=False, dispatch_uid=f"haowen-comments-cache-{signal is post_save}",
            )
