"""Production settings pass Django's deployment checklist, and the site serves behind nginx."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _production_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    for line in (ROOT / "deploy" / "env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key] = value
    env.update(
        {
            "SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-key-" + "y" * 20,
            "HAOWEN_DATA_DIR": str(tmp_path / "data"),
            "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}"),
            "REDIS_URL": os.environ.get("REDIS_URL", ""),
        }
    )
    env.pop("DATABASE_REPLICA_URLS", None)
    return env


def test_it_passes_check_deploy_with_the_documented_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=_production_env(tmp_path), capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            return urllib.request.urlopen(url, timeout=5)
        except Exception:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {timeout} s")


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed (CI installs it)")
def test_it_serves_pages_through_nginx_in_front_of_gunicorn(tmp_path):
    env = _production_env(tmp_path)
    env.update({"SECURE_SSL_REDIRECT": "0", "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_HSTS_SECONDS": "0",
                "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0", "SEARCH_INDEX_FOLLOWER": "thread"})
    py = sys.executable
    subprocess.run([py, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    subprocess.run([py, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    app_port, web_port = _free_port(), _free_port()
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    conf = conf.replace("127.0.0.1:8000", f"127.0.0.1:{app_port}").replace("listen 80;", f"listen 127.0.0.1:{web_port};")
    (tmp_path / "nginx").mkdir()
    full = (
        f"pid {tmp_path}/nginx/nginx.pid; error_log {tmp_path}/nginx/error.log; daemon off;\n"
        "events { worker_connections 64; }\n"
        f"http {{ access_log {tmp_path}/nginx/access.log; client_body_temp_path {tmp_path}/nginx; "
        f"proxy_temp_path {tmp_path}/nginx; fastcgi_temp_path {tmp_path}/nginx; uwsgi_temp_path {tmp_path}/nginx; "
        f"scgi_temp_path {tmp_path}/nginx;\n{conf}\n}}\n"
    )
    (tmp_path / "nginx" / "nginx.conf").write_text(full)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    app = subprocess.Popen([str(gunicorn), "haowen.wsgi", "--bind", f"127.0.0.1:{app_port}", "--workers", "2"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    web = subprocess.Popen(["nginx", "-c", str(tmp_path / "nginx" / "nginx.conf")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{web_port}"
        home = _wait(base + "/")
        assert home.status == 200 and "好文" in home.read().decode()
        assert urllib.request.urlopen(base + "/search/?q=%E8%AE%B2%E8%AF%9D").status == 200
        health = urllib.request.urlopen(base + "/healthz")
        assert health.status == 200 and b'"ok": true' in health.read()
        css = urllib.request.urlopen(base + "/static/haowen/site.css")
        assert css.status == 200
    finally:
        web.terminate()
        app.terminate()
        web.wait(10)
        app.wait(10)
