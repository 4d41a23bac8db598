"""Rate limits for the JSON API: per client IP for anonymous callers, per token otherwise.

Fixed one-window counters in Django's cache (``cache.add`` + ``cache.incr``, both
atomic in the in-process cache and in Redis), so several app nodes sharing Redis
share the limits. Rates come from the settings ``API_RATE_ANON`` and
``API_RATE_TOKEN`` (``"N/period"``, period ``s``/``min``/``h``/``day``, optionally with
a multiplier such as ``"100/5min"``; ``"0"`` or an empty string switches the limit
off), read at request time.

The client IP is ``REMOTE_ADDR`` unless ``API_TRUSTED_PROXIES`` (N ≥ 1) says N reverse
proxies sit in front: then it is the N-th address from the right of
``X-Forwarded-For``, the one the outermost trusted proxy saw. Addresses further left
are written by the client and never trusted (else anyone could dodge the limit).
"""

from __future__ import annotations

import functools
import re
import time

from django.conf import settings
from django.core.cache import cache
from ninja.throttling import BaseThrottle

from .models import ApiToken

_PERIODS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600,
            "d": 86400, "day": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([a-z]+)\s*$")


@functools.lru_cache(maxsize=32)
def parse_rate(value: str, setting: str = "rate") -> tuple[int, int] | None:
    """Parse ``"60/min"`` into ``(60, 60)``: (requests, window seconds); None means no limit.

    Raises ``ValueError`` naming ``setting`` and the accepted form for anything else.
    """
    value = (value or "").strip().lower()
    if value in {"", "0", "off", "none"}:
        return None
    match = _RATE.match(value)
    if not match or match.group(3) not in _PERIODS:
        raise ValueError(
            f"{setting}={value!r} is not a rate; expected N/period with period one of "
            f"s, min, h, day (for example 60/min or 100/5min), or 0 for no limit"
        )
    count = int(match.group(1))
    window = int(match.group(2) or 1) * _PERIODS[match.group(3)]
    if count == 0:
        return None
    return count, max(1, window)


def client_ip(request) -> str:
    """The caller's IP address as described in the module docstring."""
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = int(getattr(settings, "API_TRUSTED_PROXIES", 0) or 0)
    if proxies <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if not forwarded:
        return remote
    return forwarded[-min(proxies, len(forwarded))][:64]


class ApiRateThrottle(BaseThrottle):
    """Ninja throttle: one fixed-window counter per token (authenticated) or per IP.

    Runs after authentication, so ``request.auth`` is the :class:`ApiToken` for token
    callers. Holds no per-request state (ninja shares the instance across threads).
    """

    def _limit(self, request) -> tuple[str, tuple[int, int] | None]:
        auth = getattr(request, "auth", None)
        if isinstance(auth, ApiToken):
            rate = parse_rate(getattr(settings, "API_RATE_TOKEN", ""), "API_RATE_TOKEN")
            return f"t{auth.pk}", rate
        rate = parse_rate(getattr(settings, "API_RATE_ANON", ""), "API_RATE_ANON")
        return f"ip{client_ip(request)}", rate

    def allow_request(self, request) -> bool:
        ident, rate = self._limit(request)
        if rate is None:
            return True
        limit, window = rate
        now = time.time()
        key = f"api-rate:{window}:{ident}:{int(now // window)}"
        cache.add(key, 0, timeout=window + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window + 1)
            count = 1
        if count > limit:
            request._api_retry_after = window - (now % window)
            return False
        return True

    def wait(self) -> float | None:
        # ninja calls wait() without the request; the error handler reads
        # request._api_retry_after instead (see errors.py).
        return None
