"""Absolute URLs the server hands out: always on ``settings.SITE_URL``, never on the request.

The Host header is whatever the client sent (``ALLOWED_HOSTS`` only limits it to names the
site answers to, and ``*`` or a second name is common). A URL built from it and handed to
someone else — the notify URL a gateway posts to, a return URL, a QR code, a share or
canonical link, a feed, a sitemap, a password-reset mail — would send them wherever the
client chose ("Host header poisoning"). So every such URL is built here:

* :func:`absolute_url` — ``SITE_URL`` + a path, for our own code;
* :class:`SiteURLMiddleware` — makes ``request.build_absolute_uri()`` answer on
  ``SITE_URL`` too, for the libraries that call it (allauth's password-reset and
  confirmation links, django-ninja's page links), so none of them can be steered either.

``SITE_URL`` is the public base URL without a trailing slash (``https://example.org``);
paths from ``reverse()`` are appended as they are.

A module of its own beside ``settings.py``, in no app: accounts (mail links), payments
(notify and return URLs), api and web all build URLs with it, so it imports nothing of
``haowen`` and sits under every layer (``tests/test_import_rule.py``).
"""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.encoding import iri_to_uri

__all__ = ["absolute_url", "site_domain", "site_for_mail", "SiteURLMiddleware"]


def absolute_url(location: str = "/") -> str:
    """The absolute URL of ``location`` on ``SITE_URL``.

    ``location`` is a path (``/a/12/``, as ``reverse()`` or ``get_absolute_url()``
    give it; a missing leading ``/`` is added). An absolute ``http(s)`` URL is returned
    unchanged (it was built elsewhere, e.g. a gateway's). ``//host/…`` is a path here,
    never another host.
    """
    location = location or "/"
    bits = urlsplit(location)
    if bits.scheme in ("http", "https") and bits.netloc:
        return location
    return settings.SITE_URL.rstrip("/") + "/" + location.lstrip("/")


def site_domain() -> str:
    """Host (and port) of ``SITE_URL``: ``example.org``, ``127.0.0.1:8000``."""
    return urlsplit(settings.SITE_URL).netloc


def site_for_mail(name: str = ""):
    """What allauth's mail templates read as ``current_site`` (``name``, ``domain``): ``name``
    (else ``SITE_NAME``, else 好文) and the host of ``SITE_URL``, never the request's host."""
    name = name or settings.SITE_NAME or "好文"
    return SimpleNamespace(name=name, domain=site_domain())


def _build_absolute_uri(request, location: str | None = None) -> str:
    """``HttpRequest.build_absolute_uri`` with ``SITE_URL`` in place of scheme and host.

    Same rules as Django's: ``None`` is the request's own path and query; an absolute
    URL is kept; a relative one is resolved against the request's path.
    """
    if location is None:
        location = request.get_full_path()
    bits = urlsplit(location)
    if bits.scheme and bits.netloc:
        return iri_to_uri(location)
    if not location.startswith("/") or location.startswith("//"):
        location = urljoin(request.path, location)
        if urlsplit(location).netloc:  # "//host/…" resolved to another host: keep it a path
            location = "/" + location.lstrip("/")
    return iri_to_uri(absolute_url(location))


class SiteURLMiddleware:
    """Make ``request.build_absolute_uri()`` build on ``SITE_URL`` (see the module docstring).

    Only URL building changes: ``request.get_host()`` (``ALLOWED_HOSTS``, CSRF origin
    checks, redirects back to the page the browser is on) still sees the real Host.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.build_absolute_uri = lambda location=None: _build_absolute_uri(request, location)
        return self.get_response(request)
