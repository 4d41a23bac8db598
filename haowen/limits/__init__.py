"""Rate limits that hold across processes and machines, and the one ``client_ip()``.

Every limit of the site goes through :func:`consume` (see :mod:`.limiter`): API calls
(``API_RATE_ANON`` per IP, ``API_RATE_TOKEN`` per token), searches on the page and the
API (:func:`consume_search`), tip orders (per IP, session and user), comments (per
user), failed logins, sign-ups and password-reset mails (:mod:`haowen.accounts.login_limits`).
The counters are atomic in Redis or in the embedded default's SQLite cache file
(:mod:`.store`). This package imports only Django, so every app may use it.
"""

from .clientip import client_ip, ip_bucket
from .limiter import Decision, Hit, bucket_key, consume, reset, too_many_requests, wait_text
from .rates import Rate, parse_rate, parse_scoped_rates

__all__ = [
    "Decision", "Hit", "Rate", "bucket_key", "client_ip", "consume", "consume_search", "consume_suggest", "ip_bucket",
    "parse_rate", "parse_scoped_rates", "reset", "too_many_requests", "wait_text",
]


def consume_search(request, user) -> Decision:
    """Count one search by this client: per user (``SEARCH_RATE_USER``) for a signed-in
    ``user``, else per client IP (``SEARCH_RATE_ANON``). The search page and the API's
    search share the buckets, so a client cannot double its budget by switching channel.
    Raises ``ValueError`` naming the setting when a rate does not parse."""
    from django.conf import settings

    if user is not None and getattr(user, "is_authenticated", False):
        rate = parse_rate(settings.SEARCH_RATE_USER, "SEARCH_RATE_USER")
        return consume(("search-user", str(user.pk), rate))
    rate = parse_rate(settings.SEARCH_RATE_ANON, "SEARCH_RATE_ANON")
    return consume(("search-ip", ip_bucket(client_ip(request)), rate))


def consume_suggest(request, user) -> Decision:
    """Count one request for suggestions while typing (``SEARCH_SUGGEST_RATE``): per user for
    a signed-in ``user``, else per client IP. A bucket of its own, so typing does not use up
    the reader's searches. Raises ``ValueError`` naming the setting when it does not parse."""
    from django.conf import settings

    rate = parse_rate(settings.SEARCH_SUGGEST_RATE, "SEARCH_SUGGEST_RATE")
    if user is not None and getattr(user, "is_authenticated", False):
        return consume(("suggest-user", str(user.pk), rate))
    return consume(("suggest-ip", ip_bucket(client_ip(request)), rate))
