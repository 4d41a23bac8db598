"""Rate limits for the JSON API: per client IP for anonymous callers, per token otherwise.

The counting is :mod:`haowen.limits` (atomic counters shared by every process, and by
every node through Redis). Rates come from the settings ``API_RATE_ANON`` and
``API_RATE_TOKEN`` (``"N/period"``, period ``s``/``min``/``h``/``day``, optionally with
a multiplier such as ``"100/5min"``; ``"0"`` or an empty string switches the limit
off), read at request time. The client IP is :func:`haowen.limits.client_ip`
(``TRUSTED_PROXY_COUNT``).
"""

from __future__ import annotations

from django.conf import settings
from ninja.throttling import BaseThrottle

from haowen import limits

from .models import ApiToken


class ApiRateThrottle(BaseThrottle):
    """Ninja throttle: one counter per token (authenticated) or per client IP.

    Runs after authentication, so ``request.auth`` is the :class:`ApiToken` for token
    callers. Holds no per-request state (ninja shares the instance across threads); a
    refusal leaves ``request._api_retry_after`` (seconds) for the error handler.
    """

    def allow_request(self, request) -> bool:
        auth = getattr(request, "auth", None)
        if isinstance(auth, ApiToken):
            rate = limits.parse_rate(settings.API_RATE_TOKEN, "API_RATE_TOKEN")
            decision = limits.consume(("api-token", str(auth.pk), rate))
        else:
            rate = limits.parse_rate(settings.API_RATE_ANON, "API_RATE_ANON")
            decision = limits.consume(("api-ip", limits.ip_bucket(limits.client_ip(request)), rate))
        if not decision:
            request._api_retry_after = decision.retry_after
        return decision.allowed

    def wait(self) -> float | None:
        # ninja calls wait() without the request; the error handler reads
        # request._api_retry_after instead (see errors.py).
        return None
