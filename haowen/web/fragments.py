"""Prerendered parts of pages, built once per version of what they show and reused.

The article page is mostly the same for every reader of one article version: the body's
paragraphs with their anchors, the outline, the writer's tools, the head's descriptions,
the share box. ``{% fragment "name" key [seconds] %}…{% endfragment %}``
(:mod:`haowen.web.templatetags.web_extras`) renders its contents once per ``key`` and
then serves the stored HTML. The key must name everything the contents depend on; the
article view builds it from the article's id and ``updated_at``, the library version
(:mod:`haowen.library.version`), whether the reader is signed in, and a digest of exactly
what the entitlement function lets this reader see (:func:`visible_key`), so a part built
from a gated body is only ever served to readers entitled to that same text.

Two layers: a bounded dict in this process (:data:`LOCAL_ENTRIES`, :data:`LOCAL_BYTES`),
then the shared cache (the embedded default's cache file, or Redis), each for at most the
fragment's ``seconds`` (:data:`DEFAULT_SECONDS`). CSRF tokens never enter either: a token
rendered inside a fragment is stored as the page cache's placeholder and filled in with the
current reader's token when the fragment is served (:mod:`haowen.web.pagecache`).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

from django.core.cache import cache

#: Seconds a fragment is kept when its tag names no other lifetime.
DEFAULT_SECONDS = 600
#: Fragments one process keeps, and their total size in characters (the oldest go first).
LOCAL_ENTRIES = 512
LOCAL_BYTES = 32 * 1024 * 1024
#: Larger fragments (a very long body) are kept in the shared cache only.
LOCAL_MAX_ONE = 2 * 1024 * 1024

_lock = threading.Lock()
_local: OrderedDict[str, tuple[float, str]] = OrderedDict()
_local_size = 0


def visible_key(article, visible, user) -> str:
    """The part of a fragment key that names what this reader sees of ``article``.

    ``article.pk`` and ``updated_at``, whether ``user`` is signed in, and a SHA-1 of the
    visible paragraphs with ``is_full`` and ``reason`` (from the entitlement function), so
    two readers share a fragment only when they may see exactly the same text.
    """
    h = hashlib.sha1()
    h.update(f"{int(bool(visible.is_full))}|{visible.reason}|{visible.remaining_chars}|".encode())
    for p in visible.paragraphs:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    stamp = article.updated_at.timestamp() if article.updated_at else 0
    signed_in = int(bool(getattr(user, "is_authenticated", False)))
    return f"{article.pk}:{stamp}:{signed_in}:{h.hexdigest()}"


def get(key: str) -> str | None:
    """The stored fragment for ``key`` (this process first, then the shared cache), or None."""
    now = time.monotonic()
    with _lock:
        item = _local.get(key)
        if item is not None:
            if item[0] > now:
                _local.move_to_end(key)
                return item[1]
            _drop(key)
    try:
        stored = cache.get(f"fragment:{key}")
    except Exception:  # a cache outage renders the fragment again
        return None
    if stored is None:
        return None
    expires_at, html = stored  # wall-clock time, shared by every process
    left = expires_at - time.time()
    if left <= 0:
        return None
    _keep(key, html, left, now)
    return html


def put(key: str, html: str, seconds: int = DEFAULT_SECONDS) -> None:
    """Store ``html`` under ``key`` for ``seconds`` in both layers."""
    _keep(key, html, seconds, time.monotonic())
    try:
        cache.set(f"fragment:{key}", (time.time() + seconds, html), seconds)
    except Exception:
        pass


def clear_local() -> None:
    """Forget this process's fragments (tests; the shared cache is cleared with the cache)."""
    global _local_size
    with _lock:
        _local.clear()
        _local_size = 0


def _drop(key: str) -> None:
    global _local_size
    item = _local.pop(key, None)
    if item is not None:
        _local_size -= len(item[1])


def _keep(key: str, html: str, seconds: float, now: float) -> None:
    global _local_size
    if len(html) > LOCAL_MAX_ONE:
        return
    with _lock:
        _drop(key)
        _local[key] = (now + seconds, html)
        _local_size += len(html)
        while len(_local) > LOCAL_ENTRIES or _local_size > LOCAL_BYTES:
            _drop(next(iter(_local)))
