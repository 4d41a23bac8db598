"""CPU time of one uncached article page: the seed speech as a signed-in reader, tips on.

    .venv/bin/python bench/article_cpu_bench.py [--requests 300] [--profile] [--compare-with REV]

Imports the bundled samples and the scraped seed page (``../shared/seed``) into a fresh
SQLite library under ``bench/out/article-cpu/``, with the sandbox payment provider
configured (``PAYMENTS_PROVIDERS=sandbox``, so the page carries the tip form) and the
embedded default's cache, signs a reader in, warms the caches (templates, related and hot
lists, the body's HTML) and then requests the seed article ``--requests`` times through
Django's whole middleware stack (test client, no network). Prints the process CPU time per
request (``time.process_time``: what the page costs this machine, whatever else runs on
it) at p50, mean and p95, for the signed-in reader (never served from the page cache) and
for an anonymous reader with the page cache off.

``--profile`` also runs the signed-in requests under cProfile and prints where the time
goes (functions by own time, then by cumulative time). ``--compare-with REV`` exports
commit ``REV`` of this repository (``git archive``) under ``bench/out/article-cpu/`` and
runs the same measurement on that code in a child process first, so one run prints the
before and after figures side by side. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "article-cpu"
SEED = ROOT.parent / "shared" / "seed" / "haowensou-detail-3578.txt"
SEED_TITLE = "在区委务虚会上的讲话"
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def setup_django(code: Path, data: Path) -> None:
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    os.environ.update(
        HAOWEN_DATA_DIR=str(data), SEARCH_INDEX_DIR=str(data / "index"), SEARCH_INDEX_FOLLOWER="off",
        LOG_LEVEL="WARNING", PAYMENTS_PROVIDERS="sandbox", DJANGO_SETTINGS_MODULE="haowen.settings",
    )
    for name in ("DATABASE_URL", "REDIS_URL", "DEBUG"):
        os.environ.pop(name, None)
    os.chdir(code)
    sys.path.insert(0, str(code))
    import django

    django.setup()
    from django.conf import settings

    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


def build(code: Path):
    from django.core.management import call_command

    from haowen.ingest.services import import_paths
    from haowen.library.models import Article
    from haowen.search.follower import apply_pending

    call_command("migrate", verbosity=0)
    report = import_paths([code / "haowen" / "ingest" / "samples", SEED])
    if report.problems:
        raise SystemExit(f"import problems: {report.problems}")
    apply_pending()
    return Article.objects.get(title=SEED_TITLE)


def cpu_per_request(client, url: str, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        t = time.process_time()
        response = client.get(url, HTTP_USER_AGENT=UA)
        samples.append((time.process_time() - t) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
    return samples


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50": statistics.median(ordered), "mean": statistics.fmean(ordered), "p95": ordered[int(len(ordered) * 0.95) - 1]}


def measure(code: Path, label: str, requests: int, profile: bool) -> dict:
    setup_django(code, OUT / f"data-{label}")
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    article = build(code)
    url = article.get_absolute_url()
    reader = get_user_model().objects.create_user("bench-reader", password="bench-pw-20220311")
    signed_in = Client()
    signed_in.force_login(reader)
    page = signed_in.get(url, HTTP_USER_AGENT=UA).content.decode()
    assert "tip-form" in page and article.paragraphs[-1][:20] in page, "the signed-in page lacks the tip form or the full text"
    cpu_per_request(signed_in, url, 30)  # warm: templates, related and hot lists, per-version caches
    result = {"label": label, "chars": article.char_count, "paragraphs": len(article.paragraphs)}
    result["signed-in"] = summary(cpu_per_request(signed_in, url, requests))
    settings.PAGE_CACHE_SECONDS = 0
    anonymous = Client()
    cpu_per_request(anonymous, url, 10)
    result["anonymous, page cache off"] = summary(cpu_per_request(anonymous, url, requests))
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        cpu_per_request(signed_in, url, requests)
        profiler.disable()
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(25)
            result[f"profile by {order}"] = out.getvalue()
    return result


def print_result(r: dict) -> None:
    print(f"[{r['label']}] seed article: {r['chars']:,} characters, {r['paragraphs']} paragraphs; CPU ms per request")
    for name in ("signed-in", "anonymous, page cache off"):
        s = r[name]
        print(f"  {name:<28} p50 {s['p50']:6.2f}   mean {s['mean']:6.2f}   p95 {s['p95']:6.2f}")
    for key in ("profile by tottime", "profile by cumulative"):
        if key in r:
            print(f"  --- {key} (signed-in requests) ---")
            print("\n".join("    " + line for line in r[key].splitlines() if line.strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--compare-with", metavar="REV", help="measure this commit's code first (the 'before')")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # child mode: measure the code in this folder
    parser.add_argument("--label", default="now", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not SEED.exists():
        sys.exit(f"{SEED} is missing: this benchmark needs ../shared/seed")
    if args.code:
        result = measure(Path(args.code), args.label, args.requests, args.profile)
        print(json.dumps(result) if args.json else "")
        if not args.json:
            print_result(result)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs; load average at the start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs = []
    if args.compare_with:
        rev = subprocess.run(["git", "rev-parse", "--short", args.compare_with], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        code = OUT / f"code-{rev}"
        if not code.exists():
            code.mkdir(parents=True)
            archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        cmd = [sys.executable, __file__, "--code", str(code), "--label", f"before ({rev})", "--requests", str(args.requests), "--json"]
        if args.profile:
            cmd.append("--profile")
        runs.append(json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]))
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    cmd = [sys.executable, __file__, "--code", str(ROOT), "--label", f"after (working tree at {head})", "--requests", str(args.requests), "--json"]
    if args.profile:
        cmd.append("--profile")
    runs.append(json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]))
    for r in runs:
        print_result(r)
    if len(runs) == 2:
        before, after = runs
        for name in ("signed-in", "anonymous, page cache off"):
            print(f"{name}: p50 {before[name]['p50']:.2f} → {after[name]['p50']:.2f} CPU ms")
    print(f"target: seed article uncached (signed-in) ≤ 6 ms CPU: {'PASS' if runs[-1]['signed-in']['p50'] <= 6 else 'MISS'} ({runs[-1]['signed-in']['p50']:.2f} ms at p50)")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
