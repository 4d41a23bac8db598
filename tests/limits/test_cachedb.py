"""The embedded default's cache is one cache for every process of the machine.

These tests run the real settings in subprocesses (no ``REDIS_URL``, a fresh data
folder), as ``make serve``'s gunicorn workers do: a value one process stores is what the
others read, ``cache.add`` lets exactly one process win a key (allauth's rate-limit lock
relies on it), and the tables appear without any command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import json, os, sys, time
from pathlib import Path
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
mode, arg = sys.argv[1], sys.argv[2]
if mode == "config":
    cache.set("shared", arg, 60)
    print(json.dumps({"backend": settings.CACHES["default"]["BACKEND"], "file": settings.DATABASES["cache"]["NAME"],
                      "router": settings.DATABASE_ROUTERS[0]}))
elif mode == "race":
    shared = cache.get("shared")
    (Path(arg) / f"ready-{os.getpid()}").touch()
    while not (Path(arg) / "go").exists():
        time.sleep(0.001)
    won = [i for i in range(60) if cache.add(f"lock:{i}", os.getpid(), 30)]
    print(json.dumps({"shared": shared, "won": won}))
"""


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL", "DATABASE_REPLICA_URLS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "haowen.settings", "HAOWEN_DATA_DIR": str(tmp_path / "data"),
                "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "SEARCH_INDEX_FOLLOWER": "off"})
    return env


def _run(tmp_path: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", _CHILD, *args], cwd=ROOT, env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_it_shares_one_cache_between_the_processes_of_the_embedded_default(tmp_path):
    # A fresh data folder: the tables appear on first use, with no setup command.
    config = json.loads(_run(tmp_path, "config", "写入者的值"))
    assert config["backend"] == "django.core.cache.backends.db.DatabaseCache"
    assert config["file"] == str(tmp_path / "data" / "cache.sqlite3")
    assert config["router"] == "haowen.limits.cachedb.CacheRouter"
    # What one process stored, another reads; and cache.add lets exactly one process win
    # each key when three race for sixty of them.
    procs = [subprocess.Popen([sys.executable, "-c", _CHILD, "race", str(tmp_path)], cwd=ROOT, env=_env(tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    deadline = time.time() + 120
    while len(list(tmp_path.glob("ready-*"))) < 3 and time.time() < deadline and all(p.poll() is None for p in procs):
        time.sleep(0.05)
    (tmp_path / "go").touch()  # all three are set up: they race from here
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _out, err in outputs]
    results = [json.loads(out) for out, _err in outputs]
    assert all(r["shared"] == "写入者的值" for r in results)
    won = [i for r in results for i in r["won"]]
    assert sorted(won) == list(range(60))  # every key won once, by one process
