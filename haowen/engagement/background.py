"""Recompute cached lists off the request path: one daemon thread per job, one job per key.

A page that finds a stale list (a hot-list ranking past ``HOT_LIST_CACHE_SECONDS``, a
related list older than its article) shows it and hands the recomputation here, so no
reader waits for the rollups or the search index. Only processes that serve requests
(:func:`haowen.library.runtime.is_serving`) use threads; commands and tests recompute
inline, where a thread could not see the caller's uncommitted rows.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from django.db import connections

from haowen.library.runtime import is_serving

log = logging.getLogger(__name__)

#: At most this many recomputations run at once in one process; more are dropped (the
#: next page view that finds the list stale asks again).
MAX_RUNNING = 4

_lock = threading.Lock()
_running: set[str] = set()


def refresh(key: str, job: Callable[[], object]) -> bool:
    """Run ``job()`` once for ``key``: in a daemon thread when serving, else inline.

    Returns False when the same key is already being recomputed in this process or
    :data:`MAX_RUNNING` jobs are running (nothing is started). ``job`` must write its
    result where the next reader finds it (the cache, a table); its exceptions are logged.
    """
    if not is_serving():
        job()
        return True
    with _lock:
        if key in _running or len(_running) >= MAX_RUNNING:
            return False
        _running.add(key)

    def run() -> None:
        try:
            job()
        except Exception:  # a failed recomputation leaves the stale list in place
            log.exception("background refresh of %s failed", key)
        finally:
            connections.close_all()  # this thread's own connections
            with _lock:
                _running.discard(key)

    threading.Thread(target=run, name=f"refresh {key}", daemon=True).start()
    return True
