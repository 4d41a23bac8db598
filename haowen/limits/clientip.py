"""The one ``client_ip()`` of the site, and the one proxy setting it reads.

``TRUSTED_PROXY_COUNT`` (N) says how many reverse proxies in front of the app append the
address they saw to ``X-Forwarded-For`` (nginx's ``$proxy_add_x_forwarded_for``). With
N = 0 the client is the socket's ``REMOTE_ADDR``. With N ≥ 1 it is the N-th entry from
the right, the address the outermost trusted proxy saw. Entries further left were
written by the client and are never trusted: reading them would let anyone dodge every
per-IP limit by inventing a new address per request. When the header has fewer than N
entries (a request from inside the proxies' own network) the leftmost one is used; they
were all appended by trusted proxies.

Every per-IP rule asks this function: the rate limits (:mod:`haowen.limits`), the view
counter's cookieless visitors, allauth (through the account adapter), and the address a
payment notification is recorded from.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings

#: IPv6 clients are limited per /64: one customer usually holds a whole /64 and could
#: otherwise take a fresh address for every request (allauth uses the same prefix).
IPV6_LIMIT_PREFIX = 64


def trusted_proxy_count() -> int:
    """``settings.TRUSTED_PROXY_COUNT`` as an int ≥ 0."""
    return max(0, int(settings.TRUSTED_PROXY_COUNT or 0))


def client_ip(request) -> str:
    """The client's IP address as text (see the module docstring); ``"unknown"`` when the
    request carries none. Never longer than 64 characters."""
    remote = (request.META.get("REMOTE_ADDR", "") or "").strip()[:64] or "unknown"
    proxies = trusted_proxy_count()
    if proxies <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if not forwarded:
        return remote
    return forwarded[-min(proxies, len(forwarded))][:64]


def ip_bucket(ip: str) -> str:
    """The name a rate limit counts ``ip`` under: the address itself, or its /64 network
    for IPv6; text that is not an address is used as it is."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        network = ipaddress.IPv6Network(f"{address}/{IPV6_LIMIT_PREFIX}", strict=False)
        return f"{network.network_address}/{IPV6_LIMIT_PREFIX}"
    if isinstance(address, ipaddress.IPv6Address):
        return str(address.ipv4_mapped)
    return str(address)
