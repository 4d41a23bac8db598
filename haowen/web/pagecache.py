"""Whole-page cache for anonymous readers of article pages, tip form included.

Who gets it: a ``GET /a/<id>/`` without a query string from a reader who is not
authenticated (``request.user``, so a session cookie with no user in it is fine), has no
pending messages, and whose session holds nothing but keys the page never reads
(:data:`IGNORED_SESSION_KEYS`). Everyone else — signed-in readers, staff, a visitor with a
message to show or anything else in the session — gets a freshly rendered page, and that
page is never stored.

What is stored is the page as rendered for an anonymous reader, with every CSRF token
(the tip form's ``csrfmiddlewaretoken``) replaced by :data:`CSRF_PLACEHOLDER`. Each
response, from the cache or not, gets this visitor's own token filled in
(:func:`fill_csrf`: Django's ``get_token``, so the visitor's ``csrftoken`` cookie is set or
renewed as on any form page), so the tip form posts without JavaScript and no visitor's
token, session or messages ever reach another. Before storing, the page is checked: no
token value, no CSRF secret or session key of the visitor who caused it, no cookie set by
the view, no change to the session, no message (:func:`_storable`).

Pages are kept in the shared cache (the embedded default's cache file, or Redis) and, for
up to :data:`LOCAL_SECONDS`, in this process's memory.

Freshness: the key holds the article's ``updated_at`` and the library version
(:mod:`haowen.library.version`), read together with one primary-key query, so a page is
not served after its article changed (withdrawn, deleted, made members-only, edited), nor
a page whose related or hot lists show an article that was withdrawn, deleted or re-titled
since. The full stack reads them on every request. The fast path below trusts what its
process read for :data:`CHECK_SECONDS` (1 s): a change made in this process is seen at
once (every save or delete of an article forgets what was read about it, and a library
version other than the one read sends it to the database again); a change made anywhere
else — another worker, another node, a raw ``UPDATE`` — within ``CHECK_SECONDS``, in every
process and with any cache backend (issue 14 §3 allows 5 s). Comments and tips shown on
the page may lag by up to ``PAGE_CACHE_SECONDS``. Views are still counted on every hit,
under the same rules.

The middleware is the last in ``MIDDLEWARE``: sessions, CSRF, authentication and
messages have run when it decides, and every outer middleware (security headers, the
CSRF cookie, ``Vary: Cookie``) treats a cached response like a rendered one. It stores the
pages and serves them to any anonymous reader.

:class:`PageCacheFastPathMiddleware`, the first in ``MIDDLEWARE``, serves the same stored
pages before the rest of the stack runs, for the common case it can prove cheaply: a
visitor with no ``messages`` cookie whose session (if any) is empty, on a host Django
accepts. It runs Django's own session and CSRF middleware methods on the request and the
response (so cookies are set, renewed or deleted exactly as on the full path), replays
the headers the outer middleware added to this process's last full-path article page (the
security headers; learnt per HTTPS or HTTP), counts the view, and leaves everything else
— a miss, a signed-in reader, a message, a redirect to HTTPS — to the full stack. A hit in
the common case asks no database, cache or session store at all: the article's versions
and the fact that a visitor's session (by its key) was found empty are kept in the
process for :data:`CHECK_SECONDS`, and the page in memory for :data:`LOCAL_SECONDS`. So a
session that gains a key elsewhere (never by signing in: Django gives a signed-in reader a
new session key) may get the anonymous page for up to ``CHECK_SECONDS`` more; nothing in
an anonymous session widens what the anonymous page shows.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token

from haowen.library import version

log = logging.getLogger(__name__)

ARTICLE_PATH = re.compile(r"^/a/(\d{1,18})/$")
_STORED_HEADERS = ("Content-Type",)
#: What a stored page holds where a CSRF token was; never a valid token (it has underscores).
CSRF_PLACEHOLDER = "__haowen_csrf_token__"
_TOKEN_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{32,64})(")')
_PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
# Only this exact markup is filled in: text on the page (a title, a source URL, a comment)
# that spells the placeholder stays as it is, because the template engine escapes its quotes;
# otherwise a link to another site could carry each reader's token away.
_PLACEHOLDER_INPUT = b'name="csrfmiddlewaretoken" value="' + _PLACEHOLDER_BYTES + b'"'
#: Session keys the anonymous article page never reads (so they do not keep a visitor
#: from the cache). Anything else in an anonymous session — messages, a key a future
#: feature adds — sends the visitor to a freshly rendered page.
IGNORED_SESSION_KEYS: frozenset[str] = frozenset()


def strip_csrf(content: bytes) -> bytes:
    """``content`` with the value of every ``csrfmiddlewaretoken`` input replaced by the placeholder."""
    return _TOKEN_INPUT.sub(rb"\1" + _PLACEHOLDER_BYTES + rb"\3", content)


_CSRF_INDEX = {c: i for i, c in enumerate(CSRF_ALLOWED_CHARS)}
# The largest multiple of len(CSRF_ALLOWED_CHARS) a byte can reach: bytes from here up are
# dropped, so every mask character is equally likely.
_CSRF_BYTE_LIMIT = 256 - 256 % len(CSRF_ALLOWED_CHARS)


def _mask_secret(secret: str) -> str:
    """A new masked token for the CSRF ``secret``: Django's ``_mask_cipher_secret`` (a random
    mask of the secret's length, then each secret character shifted by the mask's), with the
    mask drawn from one ``secrets.token_bytes`` call instead of a ``secrets.choice`` per
    character (about 0.1 ms of every page hit). Django unmasks it as its own."""
    n = len(CSRF_ALLOWED_CHARS)
    shifts: list[int] = []
    while len(shifts) < len(secret):
        shifts.extend(b % n for b in secrets.token_bytes(2 * len(secret)) if b < _CSRF_BYTE_LIMIT)
    shifts = shifts[: len(secret)]
    mask = "".join(CSRF_ALLOWED_CHARS[s] for s in shifts)
    return mask + "".join(CSRF_ALLOWED_CHARS[(_CSRF_INDEX[c] + s) % n] for c, s in zip(secret, shifts))


def csrf_token(request) -> str:
    """What Django's ``get_token(request)`` returns and does (the cookie is renewed by the CSRF
    middleware's response step), with :func:`_mask_secret`'s cheaper mask. Anything but a
    well-formed secret from the CSRF middleware (none yet, another form) goes to ``get_token``."""
    secret = request.META.get("CSRF_COOKIE")
    if not (isinstance(secret, str) and len(secret) == CSRF_SECRET_LENGTH and all(c in _CSRF_INDEX for c in secret)):
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    return _mask_secret(secret)


def fill_csrf(content: bytes, request) -> bytes:
    """``content`` with this visitor's CSRF token in every token input :func:`strip_csrf` left
    (none: unchanged). The placeholder anywhere else is left alone."""
    if _PLACEHOLDER_INPUT not in content:
        return content
    token = csrf_token(request).encode("ascii")
    return content.replace(_PLACEHOLDER_INPUT, b'name="csrfmiddlewaretoken" value="' + token + b'"')


def fill_csrf_text(html: str, token: str) -> str:
    """:func:`fill_csrf` for a fragment's text with the reader's ``token`` (no request needed)."""
    placeholder = _PLACEHOLDER_INPUT.decode()
    if placeholder not in html:
        return html
    return html.replace(placeholder, f'name="csrfmiddlewaretoken" value="{token}"')


def _anonymous(request) -> bool:
    """True when the page this visitor gets is the anonymous reader's page.

    Not authenticated, no message waiting (cookie or session storage; counted without
    marking them read), and no session key outside :data:`IGNORED_SESSION_KEYS`.
    """
    user = getattr(request, "user", None)
    if user is None or user.is_authenticated:
        return False
    messages = getattr(request, "_messages", None)
    if messages is None or len(messages):
        return False
    session = getattr(request, "session", None)
    if session is None:
        return False
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME) and set(session.keys()) - IGNORED_SESSION_KEYS:
        return False
    return True


def _versions(article_id: int) -> tuple[str, int] | None:
    """``(updated_at as text, library version)`` when the article is published, else None.

    Read from the primary database; the rest of the request then uses at least that library
    version (lists rendered below it).
    """
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT updated_at, (SELECT n FROM library_libraryversion WHERE id = 1) "
            "FROM library_article WHERE id = %s AND is_published = %s",
            [article_id, True],
        )
        row = cursor.fetchone()
    if not row:
        return None
    library_version = int(row[1] or 0)
    version.observe(library_version)
    return "".join(ch for ch in str(row[0]) if ch.isalnum()), library_version


#: Seconds the fast path trusts what its process read about an article (:func:`_versions`) and
#: that a visitor's session was empty. A change made by another process is seen within this.
CHECK_SECONDS = 1.0
#: How many articles' versions and empty sessions' keys one process keeps (the oldest go first).
CHECKED_ENTRIES = 4096
_clock = time.monotonic  # tests move it
_checked_lock = threading.Lock()
_checked: OrderedDict[int, tuple[float, tuple[str, int]]] = OrderedDict()
_empty_sessions: OrderedDict[str, float] = OrderedDict()


def _checked_versions(article_id: int) -> tuple[str, int] | None:
    """:func:`_versions`, as read by this process within :data:`CHECK_SECONDS` when possible.

    What was read is used again only while the library version this process uses
    (:func:`haowen.library.version.current`, which a bump in this process clears at once) is
    the one read with it; an article saved or deleted in this process is forgotten at once
    (:func:`forget_article`). Raises what :func:`_versions` raises.
    """
    now = _clock()
    item = _checked.get(article_id)
    if item is not None and now - item[0] < CHECK_SECONDS and item[1][1] == version.current():
        return item[1]
    versions = _versions(article_id)  # read after ``now``: trusted until now + CHECK_SECONDS
    with _checked_lock:
        if versions is None:
            _checked.pop(article_id, None)
        else:
            _checked[article_id] = (now, versions)
            _checked.move_to_end(article_id)
            while len(_checked) > CHECKED_ENTRIES:
                _checked.popitem(last=False)
    return versions


def forget_article(article_id: int) -> None:
    """Make the fast path of this process read ``article_id``'s versions again (it was saved or deleted)."""
    with _checked_lock:
        _checked.pop(article_id, None)


def article_changed(sender, instance, **kwargs) -> None:
    """``post_save``/``post_delete`` receiver for articles (``WebConfig.ready``): :func:`forget_article`
    now, and again when the transaction commits (a read in between saw the old row)."""
    from django.db import transaction

    forget_article(instance.pk)
    transaction.on_commit(lambda pk=instance.pk: forget_article(pk))


def _session_known_empty(session_key: str) -> bool:
    seen = _empty_sessions.get(session_key)
    return seen is not None and _clock() - seen < CHECK_SECONDS


def _remember_empty_session(session_key: str, when: float) -> None:
    with _checked_lock:
        _empty_sessions[session_key] = when
        _empty_sessions.move_to_end(session_key)
        while len(_empty_sessions) > CHECKED_ENTRIES:
            _empty_sessions.popitem(last=False)


def _storable(request, response, content: bytes) -> bool:
    """True when ``response`` is the anonymous page and nothing in it belongs to this visitor."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False  # a cookie set by the view belongs to one reader
    session = getattr(request, "session", None)
    if session is None or session.modified or not _anonymous(request):
        return False  # the view changed the session, or a message was added while rendering
    if b'name="csrfmiddlewaretoken"' in content.replace(_PLACEHOLDER_INPUT, b""):
        log.error("page cache: a CSRF input in an unexpected form on %s; not stored", request.path)
        return False
    secrets = [request.META.get("CSRF_COOKIE"), session.session_key]
    if any(s and s.encode() in content for s in secrets):
        log.error("page cache: the visitor's CSRF secret or session key is in %s; not stored", request.path)
        return False
    return True


#: Pages one process also keeps in memory (the newest), and for at most this many seconds:
#: a hit then costs no shared-cache read. The key holds every version, so they are never stale.
LOCAL_PAGES = 256
LOCAL_SECONDS = 30
_local_lock = threading.Lock()
_local: OrderedDict[str, tuple[float, dict]] = OrderedDict()


def _local_get(key: str) -> dict | None:
    with _local_lock:
        item = _local.get(key)
        if item is None:
            return None
        if item[0] < time.monotonic():
            del _local[key]
            return None
        _local.move_to_end(key)
        return item[1]


def _local_put(key: str, value: dict, seconds: float) -> None:
    with _local_lock:
        _local[key] = (time.monotonic() + seconds, value)
        _local.move_to_end(key)
        while len(_local) > LOCAL_PAGES:
            _local.popitem(last=False)


def clear_local() -> None:
    """Forget the pages, article versions and empty sessions this process keeps in memory (tests)."""
    with _local_lock:
        _local.clear()
    with _checked_lock:
        _checked.clear()
        _empty_sessions.clear()


def _lookup(article_id: int, versions: tuple[str, int], seconds: int) -> tuple[str, dict | None]:
    """``(cache key, stored page or None)`` for ``article_id`` at ``versions`` (:func:`_versions`).

    Looks in this process's memory first, then in the shared cache (a shared hit is kept in
    memory for up to :data:`LOCAL_SECONDS`).
    """
    updated, library_version = versions
    key = f"pagecache:a:{article_id}:{updated}:{library_version}"
    cached = _local_get(key)
    if cached is None:
        cached = cache.get(key)
        if cached is not None:
            _local_put(key, cached, min(seconds, LOCAL_SECONDS))
    return key, cached


def _count(request, article_id: int) -> None:
    """Count the view as the article view would (bots, staff and repeats excluded)."""
    from haowen.engagement.pageviews.counter import record_view, should_count, visitor_key

    if not should_count(request):
        return
    try:
        record_view(visitor_key(request), article_id)
    except DatabaseError:
        log.exception("could not count a view of article %s", article_id)


class AnonymousPageCacheMiddleware:
    """Serve anonymous article pages from the cache with this visitor's CSRF token; count the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        match = ARTICLE_PATH.match(request.path_info)
        if not seconds or request.method != "GET" or not match or request.GET or not _anonymous(request):
            return self.get_response(request)
        article_id = int(match.group(1))
        try:
            versions = _versions(article_id)
        except DatabaseError:
            return self.get_response(request)
        if versions is None:
            return self.get_response(request)  # 404 rendered normally
        key, cached = _lookup(article_id, versions, seconds)
        if cached is not None:
            _count(request, article_id)
            response = HttpResponse(fill_csrf(cached["content"], request), status=200)
            for name, value in cached["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming:
            content = strip_csrf(response.content)
            if _storable(request, response, content):
                headers = {h: response[h] for h in _STORED_HEADERS if response.has_header(h)}
                cache.set(key, {"content": content, "headers": headers}, seconds)
                _local_put(key, {"content": content, "headers": headers}, min(seconds, LOCAL_SECONDS))
                response["X-Page-Cache"] = "miss"
        return response




#: Response headers the fast path never replays: they belong to one response.
_NOT_REPLAYED = frozenset({"content-length", "x-page-cache", "set-cookie", "date"})
#: ``is_secure() → [(header, value), …]``: the headers the full stack gave this process's last
#: article page that went through the page cache (the outer middleware's security headers).
_learnt_headers: dict[bool, list[tuple[str, str]]] = {}


def forget_learnt_headers() -> None:
    """Make the fast path learn the full stack's headers again (tests, settings changes)."""
    _learnt_headers.clear()


class PageCacheFastPathMiddleware:
    """The first middleware: serve stored anonymous article pages before the rest of the stack.

    See the module docstring. Every request it cannot prove to be an anonymous reader's
    hit goes down the full stack unchanged (which stores the page on a miss); so does any
    error here. The full stack's answers for article pages teach it which headers to add.
    """

    def __init__(self, get_response):
        from django.contrib.sessions.middleware import SessionMiddleware
        from django.middleware.csrf import CsrfViewMiddleware

        self.get_response = get_response
        self.sessions = SessionMiddleware(get_response)
        self.csrf = CsrfViewMiddleware(get_response)
        # The full stack does more on these settings than the fast path would (a redirect, a
        # user-agent check, a token in the session): then it always runs.
        # (SECURE_SSL_REDIRECT is checked per request: an HTTPS request needs no redirect.)
        self.enabled = not (
            settings.DISALLOWED_USER_AGENTS
            or settings.PREPEND_WWW
            or settings.CSRF_USE_SESSIONS
        )
        # A session saved on every request is written back as loaded: it is always read.
        self.remember_sessions = not settings.SESSION_SAVE_EVERY_REQUEST

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not (self.enabled and seconds and request.method == "GET" and not request.META.get("QUERY_STRING")):
            return self.get_response(request)
        match = ARTICLE_PATH.match(request.path_info)
        if not match:
            return self.get_response(request)
        secure = request.is_secure()
        headers = _learnt_headers.get(secure)
        response = None
        if headers is not None and not (settings.SECURE_SSL_REDIRECT and not secure):
            try:
                response = self._serve(request, int(match.group(1)), headers, seconds)
            except Exception:  # never worse than the full stack: it answers instead
                log.exception("page cache fast path failed for %s", request.path)
                response = None
        if response is not None:
            return response
        response = self.get_response(request)
        if response.status_code == 200 and response.get("X-Page-Cache") in ("hit", "miss"):
            _learnt_headers[secure] = [(k, v) for k, v in response.items() if k.lower() not in _NOT_REPLAYED]
        return response

    def _serve(self, request, article_id: int, headers: list[tuple[str, str]], seconds: int):
        """The stored page for this visitor, or None when the full stack must answer."""
        from django.contrib.auth.models import AnonymousUser
        from django.contrib.messages.storage.cookie import CookieStorage
        from django.core.exceptions import DisallowedHost

        try:
            request.get_host()  # an unknown Host gets Django's 400 from the full stack
        except DisallowedHost:
            return None
        if CookieStorage.cookie_name in request.COOKIES:
            return None  # a message is waiting (or an emptied cookie to clear): the full page
        self.sessions.process_request(request)
        session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if session_key:
            if self.remember_sessions and _session_known_empty(session_key):
                # Found empty in the store within CHECK_SECONDS: what loading it would give
                # (read, so the response varies on Cookie as after a load).
                request.session._session_cache = {}
                request.session.accessed = True
            else:
                loaded_at = _clock()
                keys = set(request.session.keys())
                if keys - IGNORED_SESSION_KEYS:
                    return None  # a signed-in reader, messages in the session, anything the page may read
                if not keys and request.session.session_key == session_key and self.remember_sessions:
                    # (An unknown or expired key loads empty too, but without a key: the response
                    # deletes its cookie, so it is read every time, as on the full stack.)
                    _remember_empty_session(session_key, loaded_at)
        try:
            versions = _checked_versions(article_id)
        except DatabaseError:
            return None
        if versions is None:
            return None
        _key, cached = _lookup(article_id, versions, seconds)
        if cached is None:
            return None
        self.csrf.process_request(request)
        request.user = AnonymousUser()
        _count(request, article_id)
        response = HttpResponse(fill_csrf(cached["content"], request), status=200)
        for name, value in headers:
            response[name] = value
        for name, value in cached["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        response["Content-Length"] = str(len(response.content))
        response.page_cache_fast_path = True  # for tests: which path answered
        response = self.csrf.process_response(request, response)
        return self.sessions.process_response(request, response)
