"""A process-local memo in front of the shared cache, for values every page reads.

Every page reads a few small values from the shared cache — the site settings row, the
search synonyms — and each read is a query on the embedded default's cache database or a
round trip to Redis (0.3–0.4 ms of a page's CPU on the 2-core bench machine, measured ad
hoc). :class:`LocalMemo` keeps what it read for ``seconds`` (a second or two) in this
process, so a busy worker reads the shared cache about once a second per value. A change
made in this process clears the memo at once (:meth:`LocalMemo.clear`); other processes
see it within ``seconds`` plus the shared cache's own delay, the same bound the library
version (:mod:`haowen.library.version`) gives.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, TypeVar

T = TypeVar("T")

_all: list["LocalMemo"] = []


def clear_all() -> None:
    """Forget every memo's values (tests start each case from the shared cache)."""
    for memo in _all:
        memo.clear()


class LocalMemo:
    """``get(key, read)``: ``read()``'s value, reused in this process for ``seconds``.

    ``read`` is called without the lock held (two threads may both read at expiry; both
    get a right value). Thread-safe; holds one value per key.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._values: dict[str, tuple[float, object]] = {}
        self._lock = threading.Lock()
        _all.append(self)

    def get(self, key: str, read: Callable[[], T]) -> T:
        now = time.monotonic()
        found = self._values.get(key)
        if found is not None and found[0] > now:
            return found[1]  # type: ignore[return-value]
        value = read()
        with self._lock:
            self._values[key] = (now + self.seconds, value)
        return value

    def clear(self) -> None:
        """Forget every value (after a change in this process, and in tests)."""
        with self._lock:
            self._values.clear()
