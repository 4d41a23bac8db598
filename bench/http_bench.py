"""Page throughput with wrk against gunicorn: home, search and article pages.

Runs on the embedded default (SQLite + in-process cache) and, when reachable, on
PostgreSQL + Redis, with 1 and 2 gunicorn worker processes, and prints requests/s,
latency and the scaling from 1 to 2 workers. Figures only; nothing is asserted.

    .venv/bin/python bench/http_bench.py [--duration 10] [--connections 32]
        [--pg postgres://haowen:haowen@127.0.0.1:5432/haowen_bench] [--redis redis://127.0.0.1:6379/2]

The library is the shared corpus (../shared/corpus) plus the samples, imported once into
bench/out/http-<backend>/. wrk (Debian package ``wrk``) runs on the same 2-core machine,
so it takes CPU from the server: the figures are a floor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable
TARGETS = {"article (anonymous)": None, "home": "/", "search 务虚会": "/search/?q=" + urllib.parse.quote("务虚会")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(backend: str, args) -> dict:
    data = OUT / f"http-{backend}"
    env = {**os.environ, "HAOWEN_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "haowen.settings",
           "SEARCH_INDEX_FOLLOWER": "thread", "DEBUG": "", "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    if backend == "postgres":
        env["DATABASE_URL"] = args.pg
        env["REDIS_URL"] = args.redis
    return env


def prepare(backend: str, env: dict) -> None:
    data = Path(env["HAOWEN_DATA_DIR"])
    marker = data / "bench-imported"
    if marker.exists():
        return
    data.mkdir(parents=True, exist_ok=True)
    run = lambda *a: subprocess.run([PY, "manage.py", *a], cwd=ROOT, env=env, check=True)  # noqa: E731
    run("migrate", "--noinput", "-v", "0")
    run("collectstatic", "--noinput", "-v", "0")
    paths = ["haowen/ingest/samples"] + [str(p) for p in (ROOT.parent / "shared" / "seed", ROOT.parent / "shared" / "corpus") if p.exists()]
    subprocess.run([PY, "manage.py", "import_documents", *paths], cwd=ROOT, env=env)
    run("rebuild_index")
    marker.write_text("ok")


def article_path(base: str) -> str:
    html = urllib.request.urlopen(base + "/search/?q=" + urllib.parse.quote("务虚会")).read().decode()
    match = re.search(r'href="(/a/\d+/)"', html)
    return match.group(1) if match else "/a/1/"


def wrk(url: str, duration: int, connections: int) -> dict:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": int(non2xx.group(1)) if non2xx else 0}


def serve(env: dict, workers: int):
    port = free_port()
    gunicorn = str(Path(PY).with_name("gunicorn"))
    proc = subprocess.Popen([gunicorn, "haowen.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                             "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except Exception:
            time.sleep(0.2)
    return proc, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--pg", default="postgres://haowen:haowen@127.0.0.1:5432/haowen_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/2")
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    print(f"machine: {os.cpu_count()} cores; wrk -t2 -c{args.connections} -d{args.duration}s on the same machine")
    results = {}
    for backend in args.backends.split(","):
        env = env_for(backend, args)
        try:
            prepare(backend, env)
        except subprocess.CalledProcessError as exc:
            print(f"{backend}: could not prepare ({exc}); skipped")
            continue
        for workers in (1, 2):
            proc, base = serve(env, workers)
            try:
                targets = dict(TARGETS)
                targets["article (anonymous)"] = article_path(base)
                for name, path in targets.items():
                    urllib.request.urlopen(base + path).read()  # warm caches
                    r = wrk(base + path, args.duration, args.connections)
                    results[(backend, workers, name)] = r
                    print(f"{backend:<9} workers={workers} {name:<20} {r['rps']:>8.0f} req/s  p50 {r['p50']:>8}  p99 {r['p99']:>8}  non-2xx {r['errors']}")
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(10)
    print("\nscaling 1 → 2 workers:")
    for (backend, workers, name), r in results.items():
        if workers == 2 and (backend, 1, name) in results:
            one = results[(backend, 1, name)]["rps"]
            print(f"  {backend:<9} {name:<20} {one:>7.0f} → {r['rps']:>7.0f} req/s  ×{r['rps'] / one:.2f}")
    targets = {"article (anonymous)": 1500, "search 务虚会": 300}
    print("\ntargets (best of the runs above):")
    for name, goal in targets.items():
        best = max((r["rps"] for (b, w, n), r in results.items() if n == name), default=0)
        print(f"  {name:<20} {best:>7.0f} req/s  target ≥ {goal}  {'PASS' if best >= goal else 'MISS'}")
    (OUT / "http_bench.json").write_text(json.dumps({" | ".join(map(str, k)): v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
