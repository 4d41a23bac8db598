"""Read-replica routing for the scale-out deployment.

With ``DATABASE_REPLICA_URLS`` set, reads go to a replica (chosen at random per
query) and writes to ``default`` (the primary). As soon as a request writes, the rest
of that request — and the caller's thread until :func:`unpin` — reads from the primary
too, so a page never misses the row it has just written (read-after-write). The
:class:`PinPrimaryMiddleware` resets the pin at the start of each request.
"""

from __future__ import annotations

import random
import threading

from django.conf import settings

_state = threading.local()


def pin_primary() -> None:
    """Make this thread read from the primary until :func:`unpin`."""
    _state.pinned = True


def unpin() -> None:
    _state.pinned = False


def is_pinned() -> bool:
    return getattr(_state, "pinned", False)


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class PrimaryReplicaRouter:
    """Django database router: writes → ``default``; reads → a replica unless pinned."""

    def db_for_read(self, model, **hints):
        if is_pinned():
            return "default"
        replicas = replica_aliases()
        return random.choice(replicas) if replicas else "default"

    def db_for_write(self, model, **hints):
        pin_primary()
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # replicas mirror the primary: objects may relate across aliases

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return not db.startswith("replica")  # replicas get their schema by replication


class PinPrimaryMiddleware:
    """Start every request unpinned; a POST (which will write) pins from the start."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            unpin()
        else:
            pin_primary()
        try:
            return self.get_response(request)
        finally:
            unpin()
