"""Article-page throughput with view counting on and off (in-process, Django test client).

    .venv/bin/python bench/article_page_bench.py [--requests 2000] [--rounds 5] [--threads 4] [--articles 50]

Builds a fresh SQLite library (WAL, the embedded default) under
``bench/out/article-page/`` with ``--articles`` articles of ~3,000 characters, warms the
caches (related lists, hot lists, templates), then renders the article page through the
whole middleware stack and reports, for each mode, requests/s and latency percentiles:

* ``counting off``: ``VIEW_COUNTING=False`` (no view writes at all);
* ``on, repeat visitor``: the same visitor reloads (counted once, then the cache fast path);
* ``on, new visitor each``: every request a different cookieless visitor (IP + UA), so
  every request writes (mark upsert + rollup upsert + ``F()`` update, one transaction);
* the last two again with ``--threads`` threads at once (writers queue on SQLite's lock).

Figures only; nothing is asserted. The test client skips the network and WSGI server,
so these are the application's own costs (see ``bench/http_bench.py`` for HTTP figures).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "article-page"
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"

PARAGRAPHS = [
    "同志们：今天召开全区经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。",
    "过去一年，全区上下坚持稳中求进工作总基调，经济运行稳中有进，发展质量稳步提升。",
    "今年要抓好项目建设，扩大有效投资，加快推进重大项目落地，形成更多实物工作量。",
    "要持续优化营商环境，深化放管服改革，切实为企业解难题、办实事。",
    "要全面推进乡村振兴，发展特色产业，壮大村集体经济，改善农村人居环境。",
    "要守牢安全生产底线，开展隐患排查整治，落实企业主体责任和部门监管责任。",
]


def setup_django(data_dir: Path) -> None:
    os.environ["HAOWEN_DATA_DIR"] = str(data_dir)
    os.environ["SEARCH_INDEX_DIR"] = str(data_dir / "index")
    os.environ["SEARCH_INDEX_FOLLOWER"] = "off"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haowen.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    # Render without collectstatic.
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


def build_library(n: int) -> list:
    from django.core.management import call_command

    from haowen.library.services import ArticleDraft, save_draft
    from haowen.search.follower import apply_pending

    call_command("migrate", verbosity=0)
    articles = []
    for i in range(n):
        paragraphs = [f"{p}（第{i}篇，第{j}段）" for j, p in enumerate(PARAGRAPHS * 8)]
        articles.append(save_draft(ArticleDraft(title=f"在全区经济工作会议上的讲话（{i}）", paragraphs=paragraphs, kind="speech"))[1])
    apply_pending()
    return articles


def measure(name: str, urls: list[str], request_kwargs, threads: int = 1) -> dict:
    from django.db import connections
    from django.test import Client

    latencies: list[float] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def worker(part: list[tuple[int, str]]):
        client = Client()
        local = []
        try:
            for i, url in part:
                t = time.perf_counter()
                response = client.get(url, **request_kwargs(i))
                local.append(time.perf_counter() - t)
                if response.status_code != 200:
                    raise RuntimeError(f"{url}: HTTP {response.status_code}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()
            with lock:
                latencies.extend(local)

    jobs = list(enumerate(urls))
    parts = [jobs[k::threads] for k in range(threads)]
    started = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(p,)) for p in parts]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise errors[0]
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    return {
        "mode": name,
        "threads": threads,
        "rps": len(latencies) / elapsed,
        "p50": q[49] * 1000,
        "p95": q[94] * 1000,
        "p99": q[98] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per mode, split into rounds")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()

    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    setup_django(OUT)
    from django.conf import settings

    from haowen.engagement.models import ArticleViewDay
    from haowen.library.models import Article

    articles = build_library(args.articles)
    urls = [articles[i % len(articles)].get_absolute_url() for i in range(max(args.requests, 50))]

    def anonymous_repeat(i):
        return {"HTTP_USER_AGENT": UA, "REMOTE_ADDR": "10.9.9.9"}

    def anonymous_new(i):
        return {"HTTP_USER_AGENT": UA, "REMOTE_ADDR": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"}

    # Warm up: related lists, hot lists, template loading, the crawler detector.
    settings.VIEW_COUNTING = False
    measure("warm-up", [a.get_absolute_url() for a in articles] * 2, anonymous_repeat)

    # Modes are interleaved in rounds so that drift in machine load hits them alike;
    # each row reports the median round.
    visitors = iter(range(10_000_000, 100_000_000, 1_000_000))
    modes = [
        ("counting off", False, lambda: anonymous_new),
        ("on, repeat visitor", True, lambda: anonymous_repeat),
        ("on, new visitor each", True, lambda: (lambda base: (lambda i: anonymous_new(i + base)))(next(visitors))),
    ]
    per_round = max(50, args.requests // args.rounds)
    round_urls = urls[:per_round]
    results = []
    for threads in (1, args.threads):
        rows = {name: [] for name, _, _ in modes}
        for _ in range(args.rounds):
            for name, counting, kwargs in modes:
                settings.VIEW_COUNTING = counting
                rows[name].append(measure(name, round_urls, kwargs(), threads=threads))
        for name, _, _ in modes:
            ordered = sorted(rows[name], key=lambda r: r["rps"])
            results.append(ordered[len(ordered) // 2])

    # The counting call alone, without rendering: the cost the page pays per view.
    from haowen.engagement.pageviews.counter import record_view

    settings.VIEW_COUNTING = True
    probe = articles[0].pk

    def per_call(visitor_of, n=args.requests):
        samples = []
        for i in range(n):
            t = time.perf_counter()
            record_view(visitor_of(i), probe)
            samples.append(time.perf_counter() - t)
        return statistics.median(samples) * 1000, statistics.quantiles(samples, n=100)[98] * 1000

    record_view("r" * 64, probe)
    new_p50, new_p99 = per_call(lambda i: f"bench-new-{i}".ljust(64, "n"))
    rep_p50, rep_p99 = per_call(lambda i: "r" * 64)

    counted = sum(Article.objects.values_list("view_count", flat=True)) - args.requests - 1
    total_rollup = sum(ArticleViewDay.objects.values_list("count", flat=True))
    print(
        f"article page: {args.rounds} interleaved rounds of {per_round} requests per mode (median round shown), "
        f"{args.articles} articles of ~3,000 characters, SQLite WAL, {os.cpu_count()} CPUs"
    )
    print(f"{'mode':<24}{'threads':>8}{'req/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for r in results:
        print(f"{r['mode']:<24}{r['threads']:>8}{r['rps']:>10.0f}{r['p50']:>9.2f}{r['p95']:>9.2f}{r['p99']:>9.2f}")
    off, repeat, new = results[0], results[1], results[2]
    print(
        f"1 thread, p50 vs counting off: repeat visitor {repeat['p50'] - off['p50']:+.2f} ms, "
        f"new visitor (one write transaction) {new['p50'] - off['p50']:+.2f} ms"
    )
    print(
        f"record_view alone: new visitor p50 {new_p50:.3f} ms (p99 {new_p99:.3f}); "
        f"repeat visitor p50 {rep_p50:.3f} ms (p99 {rep_p99:.3f})"
    )
    print(f"views counted by the page runs: {counted}; rollup total: {total_rollup - args.requests - 1} (equal when nothing was lost)")


if __name__ == "__main__":
    main()
