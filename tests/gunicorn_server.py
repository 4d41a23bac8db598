"""A real gunicorn server on the test's own database, for tests that need several processes.

:func:`running_server` starts ``gunicorn haowen.wsgi`` with ``workers`` sync workers (as
``make serve`` runs it) on the database the test runs on (SQLite file or PostgreSQL), with
the embedded default's shared cache file, or Redis when the suite runs with ``REDIS_URL``,
the sandbox payment provider on, and the index follower off; it waits until ``ready_path``
answers and yields ``(base_url, access_log_path)``. The access log's format is given by the
caller (the tests read worker pids and paths from it).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import requests
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url() -> str:
    """The ``DATABASE_URL`` of the database this test runs on (its test database)."""
    cfg = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{cfg['NAME']}"
    return f"postgres://{cfg['USER']}:{cfg['PASSWORD']}@{cfg['HOST'] or '127.0.0.1'}:{cfg['PORT'] or 5432}/{cfg['NAME']}"


@contextlib.contextmanager
def running_server(
    tmp_path: Path,
    *,
    workers: int,
    env: dict[str, str] | None = None,
    log_format: str = "%(p)s %(s)s %(m)s %(U)s",
    ready_path: str = "/healthz",
    ready_statuses: tuple[int, ...] = (200, 503),
    start_seconds: float = 120,
) -> Iterator[tuple[str, Path]]:
    """Run gunicorn for the duration of the ``with`` block; see the module docstring.

    ``env`` adds or overrides environment variables. Raises ``AssertionError`` with the end of
    gunicorn's error log when it exits or ``ready_path`` does not answer one of
    ``ready_statuses`` within ``start_seconds``.
    """
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if k not in {"DATABASE_REPLICA_URLS", "DEBUG"}}
    environ.update({
        "DATABASE_URL": database_url(),
        "HAOWEN_DATA_DIR": str(tmp_path / "data"),
        "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        "SEARCH_INDEX_FOLLOWER": "off",
        "PAYMENTS_PROVIDERS": "sandbox",
        "SITE_URL": f"http://127.0.0.1:{port}",
        **(env or {}),
    })
    if not environ.get("REDIS_URL"):
        environ.pop("REDIS_URL", None)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=environ, check=True)
    log = tmp_path / "access.log"
    errors = tmp_path / "gunicorn.err"
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "haowen.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--access-logfile", str(log), "--access-logformat", log_format],
        cwd=ROOT, env=environ, stdout=subprocess.DEVNULL, stderr=open(errors, "w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + start_seconds
        while True:
            try:
                status = requests.get(base + ready_path, timeout=60).status_code
                assert status in ready_statuses, f"{ready_path} answered {status}: " + errors.read_text()[-3000:]
                break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise AssertionError("gunicorn did not start: " + errors.read_text()[-3000:])
            time.sleep(0.3)
        yield base, log
    finally:
        proc.terminate()
        proc.wait(30)
