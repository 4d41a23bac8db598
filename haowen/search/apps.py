import os
import sys

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "haowen.search"
    label = "search"
    verbose_name = _("搜索")

    def ready(self) -> None:
        from django.conf import settings

        from haowen.library.services import articles_changed

        from . import follower

        articles_changed.connect(lambda **kw: follower.wake(), weak=False, dispatch_uid="haowen-search-wake")
        # Only a serving process follows the log from a thread; commands and tests
        # apply it explicitly.
        serving = any(arg in ("runserver",) for arg in sys.argv[1:2]) or "gunicorn" in sys.argv[0]
        if settings.SEARCH_INDEX_FOLLOWER == "thread" and serving:
            if "runserver" in sys.argv and os.environ.get("RUN_MAIN") != "true" and "--noreload" not in sys.argv:
                return  # the autoreloader's parent process serves nothing
            follower.start_thread()
