"""The site settings row (站点设置): one row, cached, edited by staff in the admin.

``haowen.web.context_processors.site`` puts :func:`get_site_settings` in every
template's context as ``site``.
"""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import DatabaseError

from haowen.library.memo import LocalMemo

from ..models import IMAGE_FIELDS, SiteSettings

log = logging.getLogger(__name__)

CACHE_KEY = "engagement:site-settings:v1"
#: Seconds a process keeps the row. The admin clears the shared cache on save; with a
#: per-process cache (the embedded default) other worker processes see a change
#: within this time.
CACHE_SECONDS = 60

#: Accepted image uploads: content type by leading magic bytes (no SVG: an uploaded
#: SVG can carry script).
IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
MAX_IMAGE_BYTES = 512 * 1024


def sniff_image(data: bytes) -> str:
    """Return the content type of image bytes ``data`` (PNG, JPEG, GIF or WebP).

    Raises ``ValueError`` naming the reason for anything else or for more than
    ``MAX_IMAGE_BYTES`` bytes.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(f"image is {len(data)} bytes; the limit is {MAX_IMAGE_BYTES} bytes")
    for magic, content_type in IMAGE_MAGIC:
        if data.startswith(magic):
            return content_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    raise ValueError("not a PNG, JPEG, GIF or WebP image")


_DEFERRED = [*IMAGE_FIELDS]


def get_site_settings() -> SiteSettings:
    """The settings row (created with defaults on first use), without the image bytes.

    Cached for ``CACHE_SECONDS`` in the shared cache and :data:`LOCAL_SECONDS` in this
    process (every page reads it); the image bytes are deferred (templates use the
    ``*_hash`` fields to build image URLs). When the table does not exist yet (before
    ``migrate``) an unsaved default row is returned, so pages still render.
    """
    return _memo.get(CACHE_KEY, _shared_row)


#: Seconds a process reuses the row it read from the shared cache: a save in the admin
#: reaches other worker processes within this time (this process: at once).
LOCAL_SECONDS = 2
_memo = LocalMemo(LOCAL_SECONDS)


def _shared_row() -> SiteSettings:
    row = cache.get(CACHE_KEY)
    if row is not None:
        return row
    try:
        row = SiteSettings.objects.defer(*_DEFERRED).filter(pk=1).first()
        if row is None:
            SiteSettings.objects.get_or_create(pk=1)
            row = SiteSettings.objects.defer(*_DEFERRED).get(pk=1)
    except DatabaseError:
        log.warning("site settings table unavailable; using defaults", exc_info=True)
        return SiteSettings(pk=1)
    cache.set(CACHE_KEY, row, timeout=CACHE_SECONDS)
    return row


def clear_cache() -> None:
    """Forget the cached row (called after every save)."""
    _memo.clear()
    cache.delete(CACHE_KEY)


def site_image(name: str) -> tuple[bytes, str] | None:
    """``(bytes, content_type)`` of image ``name`` (``logo``/``wechat_qr``), None when unset.

    Raises ``ValueError`` for another name.
    """
    if name not in IMAGE_FIELDS:
        raise ValueError(f"unknown site image {name!r}")
    row = SiteSettings.objects.filter(pk=1).values(name, f"{name}_type").first()
    if not row or not row[name]:
        return None
    return bytes(row[name]), row[f"{name}_type"]
