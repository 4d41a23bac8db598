"""What the shared cache of the embedded default costs on the hot paths.

    .venv/bin/python bench/cache_bench.py [--ops 2000] [--fill 0,20000] [--procs 3] [--backends locmem,file,db]
                                          [--redis redis://127.0.0.1:6379/15]

Without ``REDIS_URL`` every process of the machine must see one cache (gunicorn runs
``2 × cores + 1`` workers). This script measures, in a fresh data folder under
``bench/out/cache/``, Django's backends on the operations the site does per request:

* ``page get`` / ``page set``: the anonymous article page cache (a ~50 KB page and its
  headers, pickled, as ``haowen.web.pagecache`` stores it);
* ``add (new key)``: the view counter's de-duplication mark and allauth's lock;
* ``get (miss)``;

for the per-process ``LocMemCache`` (the old default: not shared, listed as the floor),
``FileBasedCache`` (one file per key), ``DatabaseCache`` in its own SQLite file (the
embedded default, through the ``cache`` alias) and, with ``--redis``, django-redis. Each
shared backend is measured with its table or folder holding each ``--fill`` count of
other entries: DatabaseCache counts the table's rows on every set, FileBasedCache lists
its folder on every set, and both cull when full (``MAX_ENTRIES``): the set that culls is
timed separately. Then a rate-limit hit (:mod:`haowen.limits.store`: the SQLite upsert,
or Redis ``MULTI`` with ``--redis``) alone and with ``--procs`` processes hitting at once.

Latencies are microseconds per operation, p50 and p95 over ``--ops`` operations in one
process. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import multiprocessing
import os
import pickle
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "cache"


def setup_django() -> None:
    os.environ["HAOWEN_DATA_DIR"] = str(OUT / "data")
    os.environ["SEARCH_INDEX_FOLLOWER"] = "off"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.pop("REDIS_URL", None)  # the embedded default: the "cache" alias exists
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haowen.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def machine() -> str:
    import sqlite3

    import django

    return (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"Django {django.get_version()}")


def timed(fn, n: int) -> list[float]:
    """Microseconds of each of ``n`` calls ``fn(i)``."""
    out = []
    for i in range(n):
        started = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - started) * 1e6)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def row(label: str, values: list[float]) -> str:
    return f"  {label:<28} p50 {statistics.median(values):9.1f} µs   p95 {pct(values, 0.95):9.1f} µs"


def page_value() -> dict:
    """About what the page cache stores for one article page (~50 KB of HTML)."""
    html = ("<p>" + "同志们：今天召开全区经济工作会议，总结去年工作，部署今年任务。" * 8 + "</p>\n") * 60
    return {"content": html.encode("utf-8")[:50_000], "headers": {"Content-Type": "text/html; charset=utf-8"}}


# --- backends -------------------------------------------------------------------------


def make_backend(kind: str, redis_url: str | None, max_entries: int):
    from django.core.cache.backends.db import DatabaseCache
    from django.core.cache.backends.filebased import FileBasedCache
    from django.core.cache.backends.locmem import LocMemCache

    params = {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 3}}
    if kind == "locmem":
        return LocMemCache(f"bench-{time.time()}", params)
    if kind == "file":
        folder = OUT / "filecache"
        shutil.rmtree(folder, ignore_errors=True)
        return FileBasedCache(str(folder), params)
    if kind == "db":
        cache = DatabaseCache("haowen_cache", params)
        cache.clear()
        return cache
    from django_redis.cache import RedisCache

    cache = RedisCache(redis_url, {**params, "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"}})
    cache.clear()
    return cache


def fill(kind: str, cache, count: int) -> None:
    """Put ``count`` small live entries in ``cache`` (fast paths, not ``count`` sets)."""
    if count <= 0:
        return
    if kind == "db":
        from django.db import connections, transaction

        expires = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
        value = base64.b64encode(pickle.dumps(1.0)).decode("latin1")
        with transaction.atomic(using="cache"), connections["cache"].cursor() as cursor:
            cursor.executemany(
                'INSERT INTO "haowen_cache" (cache_key, value, expires) VALUES (%s, %s, %s)',
                [(f":1:fill:{i}", value, expires) for i in range(count)],
            )
    elif kind == "file":
        cache.set("fill-template", 1.0, 3600)
        template = Path(cache._key_to_file("fill-template"))
        for i in range(count):
            shutil.copyfile(template, Path(cache._dir) / f"fill{i:08d}{cache.cache_suffix}")
    else:
        for i in range(count):
            cache.set(f"fill:{i}", 1.0, 3600)


def measure_backend(kind: str, fill_count: int, ops: int, redis_url: str | None) -> list[str]:
    max_entries = max(fill_count + ops * 3, 1000)  # no culling during the timed sets
    cache = make_backend(kind, redis_url, max_entries)
    fill(kind, cache, fill_count)
    page = page_value()
    cache.set("page:hit", page, 3600)
    lines = [
        row("page get (hit)", timed(lambda i: cache.get("page:hit"), ops)),
        row("page set", timed(lambda i: cache.set(f"page:{i % 50}", page, 60), ops)),
        row("add (new key)", timed(lambda i: cache.add(f"seen:{i}", 1.0, 1800), ops)),
        row("get (miss)", timed(lambda i: cache.get(f"missing:{i}"), ops)),
    ]
    if kind in {"db", "file"}:
        # A full cache: the next set culls (DatabaseCache: expired rows, then a third of
        # the rest by key; FileBasedCache: a random third of the files).
        cache._max_entries = max(1, fill_count + ops)
        culled = timed(lambda i: cache.set(f"overflow:{i}", page, 60), 3)
        lines.append(f"  {'set that culls (first)':<28} {culled[0]:13.1f} µs   (then {culled[1]:.1f}, {culled[2]:.1f} µs)")
    cache.clear()
    return lines


# --- rate-limit counters ------------------------------------------------------------------


def counters_for(kind: str, redis_url: str | None):
    from haowen.limits.store import RedisCounters, SQLiteCounters

    if kind == "sqlite":
        path = OUT / "data" / "cache.sqlite3"
        store = SQLiteCounters(path)
        store.clear()
        return store
    import redis

    client = redis.Redis.from_url(redis_url)
    store = RedisCounters()
    store._client = lambda: client  # noqa: SLF001 - the bench's own Redis, not the settings'
    store._key = lambda key: f"bench:rl:{key}"  # noqa: SLF001
    return store


def _hammer(kind, redis_url, ops, start, results) -> None:
    store = counters_for(kind, redis_url) if kind == "redis" else __import__(
        "haowen.limits.store", fromlist=["SQLiteCounters"]).SQLiteCounters(OUT / "data" / "cache.sqlite3")
    pid = os.getpid()
    start.wait()
    began = time.perf_counter()
    lat = timed(lambda i: store.incr(f"client:{pid}:{i % 100}", 60), ops)
    results.put((time.perf_counter() - began, lat))


def measure_counters(kind: str, ops: int, procs: int, redis_url: str | None) -> list[str]:
    store = counters_for(kind, redis_url)
    lines = [
        row("hit, one client", timed(lambda i: store.incr("one-client", 60), ops)),
        row("hit, a new client each", timed(lambda i: store.incr(f"client:{i}", 60), ops)),
    ]
    from django.db import connections

    connections.close_all()
    ctx = multiprocessing.get_context("fork")
    start, results = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_hammer, args=(kind, redis_url, ops, start, results)) for _ in range(procs)]
    for w in workers:
        w.start()
    start.set()
    outcomes = [results.get(timeout=600) for _ in workers]
    for w in workers:
        w.join()
    lat = [v for _elapsed, values in outcomes for v in values]
    total = sum(len(values) for _e, values in outcomes) / max(elapsed for elapsed, _v in outcomes)
    lines.append(row(f"hit, {procs} processes at once", lat) + f"   {total:,.0f} hits/s together")
    store.clear()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ops", type=int, default=2000)
    parser.add_argument("--fill", default="0,20000", help="other entries in the cache, comma-separated")
    parser.add_argument("--procs", type=int, default=3)
    parser.add_argument("--redis", default="", help="redis://… to measure django-redis and Redis counters too")
    parser.add_argument("--backends", default="locmem,file,db", help="which of locmem, file, db to measure")
    args = parser.parse_args()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    setup_django()
    print(f"cache_bench: {machine()}; {args.ops} operations each; load average {os.getloadavg()[0]:.2f}")
    fills = [int(x) for x in args.fill.split(",") if x.strip()]
    kinds = [k for k in args.backends.split(",") if k in {"locmem", "file", "db"}] + (["redis"] if args.redis else [])
    names = {"locmem": "LocMemCache (per process: not shared)", "file": "FileBasedCache",
             "db": "DatabaseCache, own SQLite file (embedded default)", "redis": "django-redis"}
    for kind in kinds:
        for count in fills if kind != "locmem" else fills[:1]:
            print(f"{names[kind]}, {count:,} other entries:")
            for line in measure_backend(kind, count, args.ops, args.redis or None):
                print(line)
    for kind in ["sqlite"] + (["redis"] if args.redis else []):
        print(f"rate-limit counter ({'SQLite upsert in the cache file' if kind == 'sqlite' else 'Redis MULTI'}):")
        for line in measure_counters(kind, args.ops, args.procs, args.redis or None):
            print(line)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
