"""Whole-page cache for anonymous readers of article pages.

An anonymous reader (no session cookie, no pending messages) of ``/a/<id>/`` gets the
page rendered for anonymous readers within the last ``PAGE_CACHE_SECONDS``. The cache key
holds the article's ``updated_at``, read with one primary-key query per request, so a
page is never served after its article changed — an article made members-only stops
being served from the cache at once, in every worker process, whatever the cache
backend. What an anonymous page shows is already the anonymous preview (the one
entitlement function decided it when the page was rendered), so the cache cannot widen
what a reader sees. Views are still counted on every hit, under the same rules.

Responses that set a cookie, vary on anything but the path, or are not 200 are never
stored. Comments and tips shown on the page may lag by up to ``PAGE_CACHE_SECONDS``.
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse

log = logging.getLogger(__name__)

ARTICLE_PATH = re.compile(r"^/a/(\d{1,18})/$")
_STORED_HEADERS = ("Content-Type", "Content-Language", "Content-Security-Policy", "X-Frame-Options",
                   "Permissions-Policy", "Cross-Origin-Opener-Policy", "Referrer-Policy",
                   "X-Content-Type-Options")


def _anonymous(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _version(article_id: int) -> str | None:
    """The article's ``updated_at`` as text when it is published, else None."""
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT updated_at FROM library_article WHERE id = %s AND is_published = %s", [article_id, True]
        )
        row = cursor.fetchone()
    return "".join(ch for ch in str(row[0]) if ch.isalnum()) if row else None


class AnonymousPageCacheMiddleware:
    """Serve anonymous article pages from the cache; count the view on every hit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        match = ARTICLE_PATH.match(request.path_info)
        if not seconds or request.method != "GET" or not match or request.GET or not _anonymous(request):
            return self.get_response(request)
        article_id = int(match.group(1))
        try:
            version = _version(article_id)
        except DatabaseError:
            return self.get_response(request)
        if version is None:
            return self.get_response(request)  # 404 rendered normally
        key = f"pagecache:a:{article_id}:{version}"
        cached = cache.get(key)
        if cached is not None:
            self._count(request, article_id)
            response = HttpResponse(cached["content"], status=200)
            for name, value in cached["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        # A response that sets a cookie (a new session, a CSRF token) belongs to one reader.
        if response.status_code == 200 and not response.cookies and not response.streaming:
            headers = {h: response[h] for h in _STORED_HEADERS if response.has_header(h)}
            cache.set(key, {"content": response.content, "headers": headers}, seconds)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _count(request, article_id: int) -> None:
        """Count the view as the article view would (bots, staff and repeats excluded)."""
        from haowen.engagement.views_counter import record_view, should_count, visitor_key

        if not should_count(request):
            return
        try:
            record_view(visitor_key(request), article_id)
        except DatabaseError:
            log.exception("could not count a view of article %s", article_id)
