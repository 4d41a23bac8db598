"""Atomic fixed-window counters shared by every process: Redis, or a SQLite file.

A counter starts at the first hit of a window and lives ``window`` seconds; every hit
adds one in a single atomic step and returns the new count, so a burst of concurrent
requests in several processes (or on several machines sharing Redis) counts every hit
exactly once and no more than ``limit`` of them get a count ≤ ``limit``.

* **Redis** (``REDIS_URL`` set, the django-redis cache): ``SET key 0 PX window NX``,
  ``INCR key``, ``PTTL key`` in one ``MULTI``/``EXEC`` transaction.
* **SQLite** (the embedded default): one statement in the cache's own SQLite file
  (``settings.CACHE_SQLITE_PATH``, beside Django's cache table), which SQLite runs under
  its write lock::

      INSERT INTO haowen_rate_counter (key, n, expires) VALUES (?, 1, now + window)
      ON CONFLICT (key) DO UPDATE SET n = CASE WHEN expires <= now THEN 1 ELSE n + 1 END, …
      RETURNING n, expires

  The file is not the main database, so counting never waits for the main database's
  write lock (an import holds it for seconds). Connections are per thread and per
  process (a forked worker opens its own). Expired rows are deleted once a minute.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

from django.conf import settings

COUNTER_TABLE = "haowen_rate_counter"
COUNTER_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {COUNTER_TABLE} ("
    " key TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL, expires REAL NOT NULL) WITHOUT ROWID",
    f"CREATE INDEX IF NOT EXISTS {COUNTER_TABLE}_expires ON {COUNTER_TABLE} (expires)",
)
#: Seconds between deletions of expired counters (per process).
PRUNE_SECONDS = 60
#: SQLite waits this long for the file's write lock before giving up (seconds).
BUSY_TIMEOUT = 30


def _set_up(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode and create the table, retrying while another process does.

    Switching a new file to WAL takes an exclusive lock and SQLite answers "database is
    locked" at once, without calling the busy handler, when several processes open the
    file for the first time together (6 forked workers did, in CI). WAL mode persists in
    the file, so the switch is skipped once any process has made it.

    Raises ``sqlite3.OperationalError`` when the file stays locked ``BUSY_TIMEOUT`` seconds.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    delay = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            for statement in COUNTER_SCHEMA:
                conn.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


class SQLiteCounters:
    """Counters in the SQLite file ``path`` (created with its table on first use)."""

    name = "sqlite"

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._local = threading.local()
        self._pruned = 0.0

    def _connection(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            # A connection opened before a fork belongs to the parent: never reuse it.
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000}")
            _set_up(conn)
            local.conn, local.pid = conn, os.getpid()
        return local.conn

    def incr(self, key: str, window: int, now: float | None = None) -> tuple[int, float]:
        """Add one hit to ``key``'s window of ``window`` seconds; return (count, expires)
        with ``expires`` the window's end in Unix seconds."""
        now = time.time() if now is None else now
        conn = self._connection()
        row = conn.execute(
            f"INSERT INTO {COUNTER_TABLE} (key, n, expires) VALUES (?1, 1, ?2 + ?3) "
            "ON CONFLICT (key) DO UPDATE SET "
            " n = CASE WHEN expires <= ?2 THEN 1 ELSE n + 1 END, "
            " expires = CASE WHEN expires <= ?2 THEN excluded.expires ELSE expires END "
            "RETURNING n, expires",
            (key, now, float(window)),
        ).fetchone()
        if now - self._pruned > PRUNE_SECONDS:
            self._pruned = now
            conn.execute(f"DELETE FROM {COUNTER_TABLE} WHERE expires <= ?", (now,))
        return int(row[0]), float(row[1])

    def decr(self, key: str, expires: float) -> None:
        """Take back one hit of ``key``'s window ending at ``expires`` (nothing when that
        window is over)."""
        self._connection().execute(
            f"UPDATE {COUNTER_TABLE} SET n = n - 1 WHERE key = ? AND expires = ? AND n > 0", (key, expires)
        )

    def delete(self, key: str) -> None:
        """Forget ``key``'s counter."""
        self._connection().execute(f"DELETE FROM {COUNTER_TABLE} WHERE key = ?", (key,))

    def clear(self) -> None:
        """Delete every counter (tests)."""
        self._connection().execute(f"DELETE FROM {COUNTER_TABLE}")


_DECR = """
if redis.call('PTTL', KEYS[1]) > 0 then return redis.call('DECR', KEYS[1]) end
return -1
"""


class RedisCounters:
    """Counters in the Redis of the django-redis cache, under the cache's key prefix."""

    name = "redis"

    def _client(self):
        from django_redis import get_redis_connection

        return get_redis_connection("default")

    def _key(self, key: str) -> str:
        from django.core.cache import cache

        return cache.make_key(f"rl:{key}")

    def incr(self, key: str, window: int, now: float | None = None) -> tuple[int, float]:
        """As :meth:`SQLiteCounters.incr` (``now`` only dates the returned expiry)."""
        now = time.time() if now is None else now
        name = self._key(key)
        pipe = self._client().pipeline(transaction=True)
        pipe.set(name, 0, px=int(window * 1000), nx=True)
        pipe.incr(name)
        pipe.pttl(name)
        _created, count, ttl_ms = pipe.execute()
        return int(count), now + max(0, int(ttl_ms)) / 1000.0

    def decr(self, key: str, expires: float) -> None:
        """Take back one hit, unless the window has already expired (never leaves a
        counter without expiry behind)."""
        self._client().eval(_DECR, 1, self._key(key))

    def delete(self, key: str) -> None:
        """Forget ``key``'s counter."""
        self._client().delete(self._key(key))

    def clear(self) -> None:
        """Delete every counter (tests)."""
        client = self._client()
        for name in client.scan_iter(match=self._key("*"), count=500):
            client.delete(name)


_stores: dict[tuple, object] = {}
_stores_lock = threading.Lock()


def counters() -> SQLiteCounters | RedisCounters:
    """The counter store for the current settings: Redis when the cache is django-redis,
    else the SQLite file ``settings.CACHE_SQLITE_PATH``."""
    backend = settings.CACHES["default"]["BACKEND"]
    if "django_redis" in backend:
        ident: tuple = ("redis", settings.CACHES["default"].get("LOCATION"))
    else:
        ident = ("sqlite", str(settings.CACHE_SQLITE_PATH))
    store = _stores.get(ident)
    if store is None:
        with _stores_lock:
            store = _stores.get(ident)
            if store is None:
                store = RedisCounters() if ident[0] == "redis" else SQLiteCounters(ident[1])
                _stores[ident] = store
    return store
