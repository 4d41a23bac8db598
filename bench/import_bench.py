"""Import throughput of ``manage.py import_documents``, end to end, as an operator runs it.

For each worker count it makes a fresh data folder (SQLite database and tantivy index
under ``bench/out/import-<docs>-w<workers>/``), migrates, and runs the command as a
child process on the synthetic corpus (``bench/synth.py``, the same JSON Lines file
``search_bench.py`` uses)::

    manage.py import_documents <synth.jsonl> --no-progress --workers N --verbosity 2

and prints, as the command reported them and as measured from outside:

* **searchable**: from the start of the command until every document is saved, linked
  to its near-duplicates and applied to the search index (the index writer released,
  tantivy's merges done) — the figure the issue's import target is about;
* **tags**: the keyword-tag step the command runs afterwards (``--no-tags`` skips it);
* **command**: the whole command, wall clock, and the CPU seconds it and its worker
  processes used (user + system).

MB are 10⁶ bytes of UTF-8 text (the records' ``text`` fields), as in ``search_bench.py``.
Afterwards it checks that the database and the index each hold every document.

    .venv/bin/python bench/import_bench.py --docs 10000 --workers 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

TIMING = re.compile(r"timing: documents saved ([\d.]+) s, searchable ([\d.]+) s, tags ([\d.]+) s")


def machine() -> str:
    cpu, ram = synth.cpu_and_ram()
    return f"{os.cpu_count()} CPUs ({cpu}), {ram:.1f} GiB RAM, Python {platform.python_version()}"


def text_bytes(path: Path) -> tuple[int, int]:
    total = docs = 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                total += len((json.loads(line).get("text") or "").encode("utf-8"))
                docs += 1
    return total, docs


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=True, text=True
    )


def run_once(jsonl: Path, docs: int, workers: int, tags: bool) -> dict:
    base = synth.OUT / f"import-{docs}-w{workers}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haowen.settings",
        "HAOWEN_DATA_DIR": str(base / "data"),
        "SEARCH_INDEX_DIR": str(base / "data" / "index"),
        "SEARCH_INDEX_FOLLOWER": "off",
        "PYTHONHASHSEED": "0",
    }
    env.pop("DATABASE_URL", None)
    migrated = manage(env, "migrate", "--noinput")
    if migrated.returncode:
        raise SystemExit(f"migrate failed:\n{migrated.stderr}")
    args = ["import_documents", str(jsonl), "--no-progress", "--workers", str(workers), "--verbosity", "2"]
    if not tags:
        args.append("--no-tags")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = manage(env, *args)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode:
        raise SystemExit(f"import failed ({run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    timing = TIMING.search(run.stdout)
    if not timing:
        raise SystemExit(f"no timing line in the command's output:\n{run.stdout[-2000:]}")
    check = manage(
        env,
        "shell",
        "-c",
        "from haowen.library.models import Article; from haowen.search.follower import get_engine; "
        "print(Article.objects.count(), get_engine().num_docs())",
    )
    articles, indexed = (int(x) for x in check.stdout.strip().splitlines()[-1].split())
    summary = next((line for line in run.stdout.splitlines() if line.startswith("imported ")), "")
    return {
        "workers": workers,
        "saved": float(timing.group(1)),
        "searchable": float(timing.group(2)),
        "tags": float(timing.group(3)),
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "articles": articles,
        "indexed": indexed,
        "summary": summary,
        "db_mb": (base / "data" / "haowen.sqlite3").stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="synthetic documents (default 10000)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--seed", type=int, default=synth.DEFAULT_SEED)
    parser.add_argument("--no-tags", action="store_true", help="run the command with --no-tags")
    args = parser.parse_args()

    jsonl = synth.ensure_synth(args.docs, args.seed)
    size, docs = text_bytes(jsonl)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout
    print(f"machine: {machine()}")
    print(f"code: commit {commit.strip()}{' + uncommitted changes' if dirty.strip() else ''}")
    print(f"corpus: {jsonl.relative_to(ROOT)}: {docs:,} documents, {size / 1e6:,.1f} MB of text")
    print(f"load average at the start (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'workers':>7} {'searchable s':>13} {'MB/s':>7} {'docs/s':>7} {'tags s':>8} {'command s':>10}"
        f" {'CPU s':>8} {'articles':>9} {'indexed':>8}"
    )
    for workers in (int(w) for w in args.workers.split(",")):
        r = run_once(jsonl, docs, workers, tags=not args.no_tags)
        print(
            f"{workers:>7} {r['searchable']:>13.1f} {size / 1e6 / r['searchable']:>7.2f} {docs / r['searchable']:>7.0f}"
            f" {r['tags']:>8.1f} {r['wall']:>10.1f} {r['cpu']:>8.1f} {r['articles']:>9,} {r['indexed']:>8,}",
            flush=True,
        )
        print(f"        {r['summary']}; SQLite {r['db_mb']:,.0f} MB")
        if r["articles"] != docs or r["indexed"] != docs:
            print(f"        WARNING: expected {docs:,} articles and index documents")
    print(f"load average at the end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
