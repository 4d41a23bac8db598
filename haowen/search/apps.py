from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "haowen.search"
    label = "search"
    verbose_name = _("搜索")

    def ready(self) -> None:
        from django.conf import settings

        from haowen.library.runtime import is_serving
        from haowen.library.services import articles_changed

        from . import follower, synonyms  # noqa: F401 (synonyms: drops the cached map on a change)

        articles_changed.connect(lambda **kw: follower.wake(), weak=False, dispatch_uid="haowen-search-wake")
        # Only a serving process follows the log from a thread; commands and tests
        # apply it explicitly.
        if settings.SEARCH_INDEX_FOLLOWER == "thread" and is_serving():
            follower.start_thread()
