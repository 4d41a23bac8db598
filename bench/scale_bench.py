"""A library of a million documents: import, search latency, sizes, worker memory, rebuild.

    .venv/bin/python bench/scale_bench.py [--docs 1000000] [--queries 300] [--workers 2] [--no-tags]
        [--reuse | --resume] [--skip import,search,worker,rebuild]

Issue 14, §5. On a fresh SQLite library under ``bench/out/scale-<docs>/`` (the embedded
default; ``--reuse`` keeps an earlier run's library and skips the import; ``--resume``
keeps it and imports the records not in it yet (by ``id``, written to
``synth-…-remainder.jsonl`` beside the input) — the way to finish an import that was stopped. Per-document figures divide by the documents the library
holds, so a stopped run's library still gives true ones):

1. **import**: ``bench/synth.py`` writes (or reuses) ``--docs`` synthetic documents of ~3,000
   characters, and ``manage.py import_documents <file> --workers N`` imports them as an
   operator would (keyword tags included unless ``--no-tags``); prints the command's summary
   and timing lines, wall and CPU seconds.
2. **sizes**: the database (file + WAL) and the search index on disk, in total and per document.
3. **search**: in a fresh process, ``search_articles`` as the search page calls it for an
   anonymous reader (top 10 with highlighted titles and snippets, total, facet counts),
   ``--queries`` queries per shape (1, 2, 3 words from the corpus's vocabulary; exact
   substrings; ``search_bench.make_queries``), after a warm-up on other queries: p50, p95,
   p99 and max wall ms, CPU ms at p50/p99, per shape and for 1–3 words together; twice, as
   ``search_bench.measure`` does: the first pass meets whatever of the index the page cache
   holds (this VM pages out file pages untouched for a minute, so much of an 11 GB index is
   read from disk again: the ``disk MB`` column), the second runs the same queries with
   what they read in memory, as on a server whose memory holds its index.
4. **worker**: gunicorn with one sync worker (index follower thread on, tips on) on the
   library; prints the worker's RSS after start and after 300 requests (home, searches,
   300 different article pages), and its peak (``VmHWM``).
5. **rebuild**: ``manage.py rebuild_index`` (wall and CPU seconds).

Then PASS/MISS for the issue's targets (search p99 ≤ 30 ms, worker RSS ≤ 1 GB) and figures
per document (bytes, ms) so runs at two sizes show what grows faster than linearly. The load
average is printed at the start and the end: other jobs on the machine inflate wall times.
Figures only; nothing is asserted. A million documents take about an hour here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
PY = sys.executable
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def disk_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def env_for(data: Path) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "haowen.settings", "HAOWEN_DATA_DIR": str(data),
           "SEARCH_INDEX_DIR": str(data / "index"), "DATABASE_URL": f"sqlite:///{data / 'haowen.sqlite3'}",
           "SEARCH_INDEX_FOLLOWER": "off", "DEBUG": "", "LOG_LEVEL": "WARNING", "PAYMENTS_PROVIDERS": "sandbox",
           "SEARCH_RATE_ANON": "0", "SEARCH_RATE_USER": "0"}
    for name in ("REDIS_URL", "DATABASE_REPLICA_URLS"):
        env.pop(name, None)
    return env


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_timed(cmd: list[str], env: dict) -> tuple[float, float, str]:
    """``(wall s, CPU s of the command and its children, output)``."""
    cpu, started = children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    return time.perf_counter() - started, children_cpu() - cpu, proc.stdout + proc.stderr


def library_docs(data: Path) -> int:
    """Articles in the library's SQLite database (0 when there is none yet)."""
    import sqlite3

    path = data / "haowen.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("SELECT count(*) FROM library_article").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def remainder(path: Path, data: Path) -> Path:
    """The records of ``path`` not in the library yet (by their ``id``, the articles'
    ``external_id``), written beside it: the importer would parse and clean every record
    before it found it unchanged (half a million records: most of an hour)."""
    import sqlite3

    with sqlite3.connect(f"file:{data / 'haowen.sqlite3'}?mode=ro", uri=True) as conn:
        have = {row[0] for row in conn.execute("SELECT external_id FROM library_article")}
    out = path.with_name(path.stem + "-remainder.jsonl")
    kept = 0
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            # The id is the record's first key (synth.py writes it first): no JSON parse.
            rid = line[8 : line.index('"', 8)] if line.startswith('{"id": "') else json.loads(line)["id"]
            if rid not in have:
                dst.write(line)
                kept += 1
    print(f"resume: {len(have):,} documents in the library; {kept:,} records left to import ({out.name})", flush=True)
    return out


def do_import(args, data: Path, env: dict) -> dict:
    import synth

    path = synth.ensure_synth(args.docs, args.seed)
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=REPO, env=env, check=True)
    before = library_docs(data)
    if before:
        path = remainder(path, data)
    cmd = [PY, "manage.py", "import_documents", str(path), "--no-progress", "--workers", str(args.workers), "-v", "2"]
    if args.no_tags:
        cmd.append("--no-tags")
    print(f"import: {' '.join(cmd[1:])}" + (f" (resumed: {before:,} documents already in the library)" if before else ""), flush=True)
    wall, cpu, out = run_timed(cmd, env)
    for line in out.splitlines():
        if line.startswith(("imported ", "timing", "search index", "tags")) or "Error" in line:
            print(f"  {line}")
    print(f"  wall {wall:,.1f} s, CPU {cpu:,.1f} s (the command and its workers); "
          f"{(library_docs(data) - before) / wall:,.0f} new documents/s; load average now {load()}", flush=True)
    return {} if before else {"import_s": wall, "import_cpu_s": cpu}


def sizes(data: Path, docs: int) -> dict:
    db = sum(disk_size(data / f"haowen.sqlite3{s}") for s in ("", "-wal"))
    index = disk_size(data / "index")
    print(f"sizes: database {db / 1e6:,.1f} MB ({db / max(docs, 1):,.0f} bytes/document), "
          f"index {index / 1e6:,.1f} MB ({index / max(docs, 1):,.0f} bytes/document, "
          f"{len(list((data / 'index').glob('*.idx')))} segments)", flush=True)
    return {"db_bytes": db, "index_bytes": index}


def search_child(args) -> None:
    """Runs in its own process (``--search-child``): Django on the library, then the queries."""
    import django

    django.setup()
    import search_bench
    from django.contrib.auth.models import AnonymousUser

    from haowen.accounts.entitlement import readable_levels, visible_text
    from haowen.library.models import Article
    from haowen.search.services import search_articles

    anonymous = AnonymousUser()
    see, readable = visible_text(anonymous), readable_levels(anonymous)

    def run(q: str) -> int:
        results = search_articles(q, visible_text=see, readable=readable)
        for r in results.results:  # what the page renders: the highlighted title and snippet
            str(getattr(r, "snippet_html", "")), str(getattr(r, "title_html", ""))
        return results.total

    queries = search_bench.make_queries(args.queries, args.seed + 1)
    warmup = search_bench.make_queries(search_bench.WARMUP_PER_SHAPE, args.seed + 2)
    first, second = search_bench.measure(
        run, queries, warmup,
        f"search on {Article.objects.count():,} documents (anonymous reader, top 10 with snippets)",
    )
    print("RESULT " + json.dumps({
        name: {k: {"p50": v["p50"], "p95": v["p95"], "p99": v["p99"]} for k, v in stats.items()}
        for name, stats in (("first", first), ("second", second))
    }))


def do_search(args, env: dict) -> dict:
    cmd = [PY, __file__, "--search-child", "--queries", str(args.queries), "--seed", str(args.seed), "--docs", str(args.docs)]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    result = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
        else:
            print(line)
    if proc.returncode:
        print(proc.stderr[-3000:])
    return {"search": result}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_of(pid: int) -> tuple[int, int]:
    """``(VmRSS, VmHWM)`` of ``pid`` in bytes."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024


def rss_parts(pid: int) -> str:
    """VmRSS split into anonymous memory (the process's own) and file pages (the search
    index's files mapped into memory: the kernel's page cache, shared by every worker of
    the node and reclaimable), as ``"anon N MiB, file N MiB"``."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    part = lambda name: int(fields.get(name, "0 kB").split()[0]) / 1024  # noqa: E731
    return f"anon {part('RssAnon'):,.0f} MiB, file {part('RssFile') + part('RssShmem'):,.0f} MiB ({index_rss(pid)})"


def index_rss(pid: int) -> str:
    """The resident pages of the search index's mapped files by kind (tantivy's ``.idx`` postings,
    ``.pos`` positions, ``.store`` stored fields, ``.term`` dictionaries, ``.fast`` and
    ``.fieldnorm`` columns), from ``/proc/<pid>/smaps``, as ``"idx N MiB, pos N MiB, …"``; and the
    proportional share (PSS) of all of them, which divides a page among the processes mapping it."""
    rss: dict[str, int] = {}
    pss = 0
    kind = None
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5:  # a mapping's header: address perms offset dev inode [path]
            path = head[5] if len(head) >= 6 else ""
            kind = path.rsplit(".", 1)[-1] if "/index/" in path else None
        elif kind and line.startswith("Rss:"):
            rss[kind] = rss.get(kind, 0) + int(head[1])
        elif kind and line.startswith("Pss:"):
            pss += int(head[1])
    parts = ", ".join(f"{k} {v / 1024:,.0f}" for k, v in sorted(rss.items(), key=lambda kv: -kv[1]))
    return f"index pages by file kind, MiB: {parts or 'none'}; index PSS {pss / 1024:,.0f} MiB"


def do_worker(args, data: Path, env: dict) -> dict:
    import search_bench

    port = free_port()
    env = {**env, "SEARCH_INDEX_FOLLOWER": "thread", "SITE_URL": f"http://127.0.0.1:{port}"}
    subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=REPO, env=env, check=True)
    proc = subprocess.Popen([str(Path(PY).with_name("gunicorn")), "haowen.wsgi", "--bind", f"127.0.0.1:{port}",
                             "--workers", "1", "--limit-request-line", "0", "--log-level", "warning"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=5)
                break
            except urllib.error.HTTPError:
                break
            except Exception:
                time.sleep(0.5)
        worker = int(Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()[0])
        started_rss, _ = rss_of(worker)
        get = lambda path: urllib.request.urlopen(urllib.request.Request(base + path, headers={"User-Agent": UA}), timeout=120).read()  # noqa: E731
        get("/")
        ids = [int(x) for x in re.findall(rb'href="/a/(\d+)/"', get("/"))]
        top = max(ids) if ids else args.docs
        rng = random.Random(args.seed)
        queries = search_bench.make_queries(50, args.seed + 3)
        for q in [q for shape in queries.values() for q in shape]:
            get("/search/?q=" + urllib.parse.quote(q))
        for _ in range(300):
            try:
                get(f"/a/{rng.randint(1, top)}/")
            except urllib.error.HTTPError:
                pass
        rss, peak = rss_of(worker)
        print(f"web worker (gunicorn, 1 sync worker, follower thread on): RSS {started_rss / 2**20:,.0f} MiB after start, "
              f"{rss / 2**20:,.0f} MiB after home + 200 searches + 300 article pages (peak {peak / 2**20:,.0f} MiB; "
              f"now {rss_parts(worker)})", flush=True)
        return {"worker_rss": rss, "worker_peak": peak}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)


def do_rebuild(env: dict) -> dict:
    wall, cpu, out = run_timed([PY, "manage.py", "rebuild_index"], env)
    print(f"rebuild_index: {out.strip().splitlines()[-1] if out.strip() else '(no output)'}; wall {wall:,.1f} s, CPU {cpu:,.1f} s", flush=True)
    return {"rebuild_s": wall, "rebuild_cpu_s": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300, help="queries per shape")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="import worker processes")
    parser.add_argument("--seed", type=int, default=20220311)
    parser.add_argument("--no-tags", action="store_true", help="import without the keyword-tag step")
    parser.add_argument("--reuse", action="store_true", help="keep an earlier run's library (no import)")
    parser.add_argument("--resume", action="store_true", help="keep an earlier run's library and finish its import")
    parser.add_argument("--skip", default="", help="comma-separated steps to leave out: import,search,worker,rebuild")
    parser.add_argument("--search-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.search_child:
        sys.path.insert(0, str(REPO))
        search_child(args)
        return
    skip = set(filter(None, args.skip.split(",")))
    data = HERE / "out" / f"scale-{args.docs}" / "data"
    if not (args.reuse or args.resume) and "import" not in skip and data.exists():
        import shutil

        shutil.rmtree(data)
    data.mkdir(parents=True, exist_ok=True)
    env = env_for(data)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    print(f"machine: {os.cpu_count()} CPUs; code: commit {commit}; {args.docs:,} synthetic documents (seed {args.seed}), SQLite")
    print(f"load average at the start (1, 5, 15 min): {load()}", flush=True)
    figures: dict = {"docs": args.docs}
    if not args.reuse and "import" not in skip:
        figures |= do_import(args, data, env)
    n = library_docs(data) or args.docs
    if n != args.docs:
        print(f"the library holds {n:,} of the {args.docs:,} documents: per-document figures are per {n:,}")
    if args.reuse or args.resume:
        # A stopped import leaves saved documents whose index log entries were not applied yet.
        wall, _cpu, out = run_timed([PY, "manage.py", "follow_index"], env)
        print(f"follow_index: {out.strip().splitlines()[-1] if out.strip() else '(nothing to apply)'}; wall {wall:,.1f} s", flush=True)
    figures |= sizes(data, n)
    if "search" not in skip:
        figures |= do_search(args, env)
    if "worker" not in skip:
        figures |= do_worker(args, data, env)
    if "rebuild" not in skip:
        figures |= do_rebuild(env)
        figures |= sizes(data, n)
    print("\nper document (compare runs at two sizes: a figure that grows with the size grows faster than linearly):")
    if "import_s" in figures:
        print(f"  import {figures['import_s'] * 1000 / n:.2f} ms wall, {figures['import_cpu_s'] * 1000 / n:.2f} ms CPU")
    if "rebuild_s" in figures:
        print(f"  rebuild_index {figures['rebuild_s'] * 1000 / n:.3f} ms wall, {figures['rebuild_cpu_s'] * 1000 / n:.3f} ms CPU")
    print(f"  database {figures['db_bytes'] / n:,.0f} bytes, index {figures['index_bytes'] / n:,.0f} bytes")
    print(f"\ntargets (issue 14, §5, at 1,000,000 documents; this library: {n:,}):")
    for name, label in (("first", "first pass"), ("second", "second pass, warm")):
        stats = (figures.get("search") or {}).get(name)
        if stats:
            worst = max(stats.get(s, {}).get("p99", float("nan")) for s in ("1 word", "2 words", "3 words", "exact"))
            print(f"  search p99 ≤ 30 ms (worst shape, {label}){'':<{18 - len(label)}}{worst:8.2f} ms  {'PASS' if worst <= 30 else 'MISS'}")
    if "worker_rss" in figures:
        rss = max(figures["worker_rss"], figures["worker_peak"]) / 2**20
        print(f"  web worker RSS ≤ 1 GB (peak)       {rss:8.0f} MiB {'PASS' if rss <= 1024 else 'MISS'}")
    print(f"load average at the end (1, 5, 15 min): {load()}")
    (HERE / "out" / f"scale-{args.docs}" / "figures.json").write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
