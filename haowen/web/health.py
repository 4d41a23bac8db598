"""``/healthz``: is this node able to serve? Database, cache and search-index lag."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from haowen.library.models import IndexLogEntry
from haowen.search.follower import get_engine

#: Above this many unapplied index-log entries the node reports itself unhealthy.
MAX_INDEX_LAG = 10_000


@never_cache
def healthz(request):
    """JSON ``{"ok": bool, "database": …, "cache": …, "index": {"position", "head", "lag"}}``.

    Status 200 when every check passes, 503 otherwise. No article text, no secrets.
    """
    checks: dict = {}
    ok = True
    try:
        started = time.perf_counter()
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = {"ok": True, "vendor": connections["default"].vendor,
                              "ms": round((time.perf_counter() - started) * 1000, 2)}
    except Exception as exc:  # report, never raise: this is the health page
        ok = False
        checks["database"] = {"ok": False, "error": exc.__class__.__name__}
    try:
        cache.set("haowen:healthz", "1", 10)
        cache_ok = cache.get("haowen:healthz") == "1"
        checks["cache"] = {"ok": cache_ok, "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}
        ok &= cache_ok
    except Exception as exc:
        ok = False
        checks["cache"] = {"ok": False, "error": exc.__class__.__name__}
    try:
        engine = get_engine()
        head = IndexLogEntry.objects.using("default").order_by("-seq").values_list("seq", flat=True).first() or 0
        position = engine.position
        lag = IndexLogEntry.objects.using("default").filter(seq__gt=position).count()
        checks["index"] = {"ok": lag <= MAX_INDEX_LAG, "position": position, "head": head, "lag": lag,
                           "documents": engine.num_docs()}
        ok &= lag <= MAX_INDEX_LAG
    except Exception as exc:
        ok = False
        checks["index"] = {"ok": False, "error": exc.__class__.__name__}
    return JsonResponse({"ok": ok, **checks}, status=200 if ok else 503)
