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

Fragments live in this process only, in a bounded dict (:data:`LOCAL_ENTRIES`,
:data:`LOCAL_CHARS`), each for at most its ``seconds`` (:data:`DEFAULT_SECONDS`). Not in the
shared cache: a page rendered for the first time (a crawler's visit) would write a dozen
entries there, and each process builds a fragment only once per key anyway. CSRF tokens never
enter it: a token rendered inside a fragment is stored as the page cache's placeholder and
filled in with the current reader's token when the fragment is served
(:mod:`haowen.web.pagecache`).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

#: Seconds a fragment is kept when its tag names no other lifetime.
DEFAULT_SECONDS = 600
#: Fragments one process keeps, and their total length in characters (the oldest go first;
#: Chinese text takes 2 bytes a character in memory, so about 32 MB).
LOCAL_ENTRIES = 4096
LOCAL_CHARS = 16 * 1024 * 1024
#: Larger fragments (a very long body) are not kept.
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
    # One encode of the whole text (the same bytes as paragraph by paragraph, a third of the time).
    paragraphs = visible.paragraphs
    if paragraphs:
        h.update("\n".join(paragraphs).encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    stamp = article.updated_at.timestamp() if article.updated_at else 0
    signed_in = int(bool(getattr(user, "is_authenticated", False)))
    return f"{article.pk}:{stamp}:{signed_in}:{h.hexdigest()}"


def get(key: str) -> str | None:
    """The stored fragment for ``key``, or None."""
    now = time.monotonic()
    with _lock:
        item = _local.get(key)
        if item is None:
            return None
        if item[0] > now:
            _local.move_to_end(key)
            return item[1]
        _drop(key)
    return None


def put(key: str, html: str, seconds: int = DEFAULT_SECONDS) -> None:
    """Store ``html`` under ``key`` for ``seconds``."""
    _keep(key, html, seconds, time.monotonic())


def clear_local() -> None:
    """Forget this process's fragments (tests)."""
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
        while len(_local) > LOCAL_ENTRIES or _local_size > LOCAL_CHARS:
            _drop(next(iter(_local)))
