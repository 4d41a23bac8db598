"""Page throughput with wrk against gunicorn, in the configuration people run.

    .venv/bin/python bench/http_bench.py [--duration 10] [--connections 32] [--workers serve,2]
        [--backends sqlite,postgres] [--pg postgres://haowen:haowen@127.0.0.1:5432/haowen_bench]
        [--redis redis://127.0.0.1:6379/12]

What runs (issue 14, §4):

* the server: gunicorn with ``make serve``'s arguments (sync workers, ``--limit-request-line
  0``), ``make serve``'s worker count (``2 × CPUs + 1``) and 2 workers; a payment provider
  configured (``PAYMENTS_PROVIDERS=sandbox``, so every article page carries the tip form and
  its CSRF token), view counting on, the index follower thread on, everything else at its
  default; on the embedded default (SQLite + the shared cache file) and on PostgreSQL + Redis;
* the clients: wrk sending what a browser sends after its first visit, a browser's
  ``User-Agent`` and its cookies: the anonymous reader's ``csrftoken`` and ``sessionid`` (the
  session a tip form POST starts, with nothing else in it), the signed-in reader's
  ``csrftoken`` and ``sessionid`` from a real login through the login form;
* the pages: ``/robots.txt`` first, the floor (no database, no template: what the machine,
  wrk and gunicorn allow at the moment, to read the other figures against), the anonymous article (the seed speech; served by the page cache), the same
  article signed in (rendered for the reader, never cached), home, search (务虚会), a
  category search (讲话 within the genre, ``/search/?q=讲话&kind=speech``) and the genre
  page ``/fanwen/speech/`` (the home page's genre link: every speech, newest first).

Search rate limits are off in the server (``SEARCH_RATE_ANON=0``, ``SEARCH_RATE_USER=0``):
wrk is one client, and its 429 answers would measure the limiter. Every response must be 200
(``non-2xx`` counts the others). wrk runs on the same machine, so it takes CPU from the
server: the figures are a floor. The load average (1 min) is printed before each run: other
jobs on the machine lower the figures too.

The library is the shared corpus (``../shared/corpus``), the seed page and the samples,
imported once into ``bench/out/http-<backend>/`` (the PostgreSQL database is created when
missing). Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import http.cookiejar
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
SEED_TITLE = "在区委务虚会上的讲话"
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
USER, PASSWORD = "bench-reader", "Bench-Reader-2022-03-11"
TARGETS = {"article (anonymous)": 1500, "article (signed in)": 250, "search 务虚会": 300}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(backend: str, args, port: int | None = None) -> dict:
    data = OUT / f"http-{backend}"
    env = {**os.environ, "HAOWEN_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "haowen.settings",
           "SEARCH_INDEX_FOLLOWER": "thread", "DEBUG": "", "LOG_LEVEL": "WARNING",
           "PAYMENTS_PROVIDERS": "sandbox", "SEARCH_RATE_ANON": "0", "SEARCH_RATE_USER": "0"}
    for name in ("DATABASE_URL", "REDIS_URL", "DATABASE_REPLICA_URLS", "PAGE_CACHE_SECONDS", "VIEW_COUNTING",
                 "DB_CONN_MAX_AGE", "SEARCH_INDEX_DIR"):
        env.pop(name, None)
    if port:
        env["SITE_URL"] = f"http://127.0.0.1:{port}"
    if backend == "postgres":
        env["DATABASE_URL"] = args.pg
        env["REDIS_URL"] = args.redis
    return env


def ensure_pg_database(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def prepare(backend: str, args) -> None:
    env = env_for(backend, args)
    data = Path(env["HAOWEN_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    if backend == "postgres":
        ensure_pg_database(args.pg)
    run = lambda *a: subprocess.run([PY, "manage.py", *a], cwd=ROOT, env=env, check=True)  # noqa: E731
    run("migrate", "--noinput", "-v", "0")  # every time: the code may have new migrations
    run("collectstatic", "--noinput", "-v", "0")
    marker = data / "bench-imported"
    if not marker.exists():
        shared = ROOT.parent / "shared"
        paths = ["haowen/ingest/samples"] + [str(p) for p in (shared / "seed", shared / "corpus") if p.exists()]
        subprocess.run([PY, "manage.py", "import_documents", *paths], cwd=ROOT, env=env)
        run("rebuild_index")
        marker.write_text("ok")
    # The signed-in reader and the 相关内容 lists (what `rebuild_related` precomputes).
    code = (
        "from django.contrib.auth import get_user_model as g;"
        f"u,_=g().objects.get_or_create(username={USER!r});u.set_password({PASSWORD!r});u.save();"
        "from haowen.engagement.related import rebuild_related;rebuild_related()"
    )
    run("shell", "-c", code)


def serve(env: dict, workers: int, port: int):
    gunicorn = str(Path(PY).with_name("gunicorn"))
    proc = subprocess.Popen([gunicorn, "haowen.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                             "--limit-request-line", "0", "--log-level", "warning"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except urllib.error.HTTPError:
            break  # 503 while the index catches up: the server is up
        except Exception:
            time.sleep(0.2)
    return proc, base


def browser(base: str):
    """A cookie-keeping opener with a browser's User-Agent."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("User-Agent", UA)]
    return opener, jar


def cookie_header(jar) -> str:
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def seed_path(base: str) -> str:
    html = urllib.request.urlopen(base + "/search/?q=" + urllib.parse.quote("务虚会")).read().decode()
    for match in re.finditer(r'href="(/a/\d+/)"[^>]*>(.*?)</a>', html):
        if SEED_TITLE in re.sub("<[^>]+>", "", match.group(2)):
            return match.group(1)
    match = re.search(r'href="(/a/\d+/)"', html)
    return match.group(1) if match else "/a/1/"


def anonymous_cookies(base: str, article: str) -> str:
    """The cookies a browser holds after reading an article and posting the tip form once."""
    opener, jar = browser(base)
    html = opener.open(base + article).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "amount": "1", "provider": "sandbox"}).encode()
    request = urllib.request.Request(base + article + "tip/", data=data, headers={"Referer": base + article})
    try:
        opener.open(request)
    except urllib.error.HTTPError as exc:  # the pay page may answer anything; the cookies are set
        if exc.code >= 500:
            raise
    names = {c.name for c in jar}
    assert {"csrftoken", "sessionid"} <= names, names
    opener.open(base + article).read()
    return cookie_header(jar)


def signed_in_cookies(base: str) -> str:
    opener, jar = browser(base)
    html = opener.open(base + "/accounts/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "login": USER, "password": PASSWORD}).encode()
    opener.open(urllib.request.Request(base + "/accounts/login/", data=data, headers={"Referer": base + "/accounts/login/"})).read()
    page = opener.open(base + "/").read().decode()
    assert USER in page, "the login did not work"
    return cookie_header(jar)


def check(base: str, path: str, cookies: str) -> str:
    """The page as wrk will get it (200), and what it says about the cache."""
    request = urllib.request.Request(base + path, headers={"User-Agent": UA, "Cookie": cookies})
    with urllib.request.urlopen(request) as response:
        body = response.read().decode()
        assert response.status == 200
        note = response.headers.get("X-Page-Cache", "")
    if path.startswith("/a/"):
        assert 'class="tip-form"' in body and "__haowen_csrf_token__" not in body, "no tip form or an unfilled token"
    return note


def wrk(url: str, duration: int, connections: int, cookies: str) -> dict:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-H", f"User-Agent: {UA}"]
    if cookies:
        cmd += ["-H", f"Cookie: {cookies}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": errors.group(1) if errors else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--pg", default="postgres://haowen:haowen@127.0.0.1:5432/haowen_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--workers", default="serve,2", help="'serve' is make serve's 2 × CPUs + 1")
    parser.add_argument("--pages", default="", help="comma-separated page names to run (default: all)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    cpus = os.cpu_count() or 1
    worker_counts = [2 * cpus + 1 if w == "serve" else int(w) for w in args.workers.split(",")]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"machine: {cpus} CPUs; code: commit {commit} (working tree); wrk -t2 -c{args.connections} -d{args.duration}s on the same machine")
    print("server: gunicorn sync workers as make serve runs them; PAYMENTS_PROVIDERS=sandbox (tips on), view counting on,"
          " PAGE_CACHE_SECONDS=60 (default), search rate limits off; clients send a browser's User-Agent and cookies")
    print(f"load average at the start (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = {}
    for backend in args.backends.split(","):
        try:
            prepare(backend, args)
        except Exception as exc:  # noqa: BLE001 - a backend that is not there is skipped, and said so
            print(f"{backend}: could not prepare ({exc}); skipped")
            continue
        for workers in worker_counts:
            port = free_port()
            proc, base = serve(env_for(backend, args, port), workers, port)
            try:
                article = seed_path(base)
                anon, signed = anonymous_cookies(base, article), signed_in_cookies(base)
                pages = {
                    # No database, no template: what this machine, wrk and gunicorn allow at all now.
                    "floor: /robots.txt": ("/robots.txt", ""),
                    "article (anonymous)": (article, anon),
                    "article (signed in)": (article, signed),
                    "home": ("/", anon),
                    "search 务虚会": ("/search/?q=" + urllib.parse.quote("务虚会"), anon),
                    "category 讲话": ("/search/?q=" + urllib.parse.quote("讲话") + "&kind=speech", anon),
                    # The genre page (issue 15 §2): every speech, newest first, page 1.
                    "genre /fanwen/speech": ("/fanwen/speech/", anon),
                }
                wanted = [p for p in args.pages.split(",") if p] or list(pages)
                for name in wanted:
                    path, cookies = pages[name]
                    for _ in range(3 * workers):
                        note = check(base, path, cookies)  # every worker warm, and the page as wrk gets it
                    load = os.getloadavg()[0]
                    r = wrk(base + path, args.duration, args.connections, cookies)
                    r.update(load=load, cache=note)
                    results[(backend, workers, name)] = r
                    extra = f"  page cache: {note}" if note else ""
                    errors = f"  socket errors: {r['socket_errors']}" if r["socket_errors"] else ""
                    print(f"{backend:<9} workers={workers} {name:<20} {r['rps']:>8.0f} req/s  p50 {r['p50']:>8}  "
                          f"p99 {r['p99']:>8}  non-2xx {r['non2xx']}  load {load:.2f}{extra}{errors}", flush=True)
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(30)
    print("\ntargets (issue 14, tips on):")
    for (backend, workers, name), r in results.items():
        if name in TARGETS:
            goal = TARGETS[name]
            print(f"  {backend:<9} workers={workers} {name:<20} {r['rps']:>7.0f} req/s  target ≥ {goal:<5} "
                  f"{'PASS' if r['rps'] >= goal and not r['non2xx'] else 'MISS'}")
    print(f"load average at the end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    (OUT / "http_bench.json").write_text(json.dumps({" | ".join(map(str, k)): v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
