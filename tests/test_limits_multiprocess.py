"""Limits hold on a real multi-process server: gunicorn with 3 workers, tips on.

The server runs the settings people run (``make serve``: several sync workers; the
embedded default's shared SQLite cache, or Redis when the suite runs with ``REDIS_URL``)
against this test's database, behind one trusted proxy (``TRUSTED_PROXY_COUNT=1``) so the
test can speak as many clients through ``X-Forwarded-For``. Bursts of concurrent requests
must get no more successes than each limit allows — failed logins per user name and per
IP, tip orders per IP, anonymous API calls per IP — although several workers served them
(the access log's worker pids show it). With per-process caches each worker kept its own
count, and a burst got up to three times the limit.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.gunicorn_server import running_server

PASSWORD = "Zhen-de-mi-ma-2024"
WORKERS = 3

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def server(tmp_path):
    """``(base_url, access_log)`` of gunicorn with 3 workers on this test's database."""
    env = {
        "TRUSTED_PROXY_COUNT": "1",
        # The defaults people run: 10/m per IP and 5 per 5 min per user name, 10 orders per
        # IP in 10 min, 60 anonymous API calls a minute.
        "RATE_LIMIT_LOGIN_FAILED": "10/m/ip,5/5m/key",
        "PAYMENTS_RATE_LIMIT": "10",
        "PAYMENTS_RATE_WINDOW": "600",
        "API_RATE_ANON": "60/min",
    }
    with running_server(tmp_path, workers=WORKERS, env=env, ready_path="/accounts/login/", ready_statuses=(200,)) as (base, log):
        # Every worker up (each answers once it has loaded the app).
        deadline = time.time() + 60
        while _worker_pids(log, "/accounts/login/") < WORKERS and time.time() < deadline:
            _burst(lambda _i: requests.get(base + "/accounts/login/", timeout=30), 12)
        yield base, log


def _burst(call, n: int, threads: int = 24) -> list:
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(call, range(n)))


def _worker_pids(log: Path, path_prefix: str) -> int:
    """How many distinct worker processes answered requests under ``path_prefix``."""
    if not log.exists():
        return 0
    pids = {line.split()[0] for line in log.read_text().splitlines() if line.split()[3:4] and line.split()[3].startswith(path_prefix)}
    return len(pids)


def _csrf(base: str) -> str:
    token = requests.get(base + "/accounts/login/", timeout=30).cookies["csrftoken"]
    assert token
    return token


def _post(base, path, data, token, client_ip, cookies=None):
    """A POST from a client with no session (a new visitor each time) at ``client_ip``."""
    return requests.post(
        base + path, data={**data, "csrfmiddlewaretoken": token},
        cookies={"csrftoken": token, **(cookies or {})}, allow_redirects=False, timeout=120,
        headers={"X-Forwarded-For": client_ip, "Referer": base + path},
    )


def _owner_login(base, owner: requests.Session):
    """alice logs in from her own browser (cookies kept in ``owner``) at 192.0.2.1."""
    headers = {"X-Forwarded-For": "192.0.2.1"}
    owner.get(base + "/accounts/login/", headers=headers, timeout=60)  # a fresh CSRF cookie
    token = owner.cookies["csrftoken"]
    return owner.post(base + "/accounts/login/", data={"login": "alice", "password": PASSWORD,
                      "csrfmiddlewaretoken": token}, headers=headers, allow_redirects=False, timeout=120)


def test_it_holds_the_login_order_and_api_limits_across_workers(server, django_user_model):
    from haowen.library.services import ArticleDraft, save_draft
    from haowen.payments.models import TipOrder

    base, log = server
    token = _csrf(base)
    django_user_model.objects.create_user("alice", password=PASSWORD)

    # The owner's browser logs in once (and keeps its device cookie), then logs out.
    owner = requests.Session()
    assert _owner_login(base, owner).status_code == 302 and "hw_device" in owner.cookies
    owner.cookies.pop("sessionid", None)

    # 1. Failed logins for one user name, 20 strangers at once from 20 addresses: the
    # password is checked for at most 5 of them (5 per 5 minutes per user name).
    responses = _burst(lambda i: _post(base, "/accounts/login/", {"login": "alice", "password": f"guess{i}"},
                                       token, f"198.51.100.{i}"), 20)
    checked = sum("用户名或密码不正确" in r.text for r in responses)
    refused = sum("登录失败次数过多" in r.text for r in responses)
    assert (checked, refused) == (5, 15), [r.status_code for r in responses]
    # The right password from a stranger's browser is refused too; the owner's browser gets in.
    assert "登录失败次数过多" in _post(base, "/accounts/login/", {"login": "alice", "password": PASSWORD},
                                       token, "198.51.100.99").text
    assert _owner_login(base, owner).status_code == 302

    # 2. Failed logins from one address for 25 user names at once: 10 a minute per IP.
    responses = _burst(lambda i: _post(base, "/accounts/login/", {"login": f"nobody{i}", "password": "x"},
                                       token, "203.0.113.50"), 25)
    assert sum("用户名或密码不正确" in r.text for r in responses) == 10
    assert sum("登录失败次数过多" in r.text for r in responses) == 15

    # 3. Tip orders from one address, 30 new visitors at once: 10 orders per 10 minutes.
    _status, article = save_draft(ArticleDraft(title="限流测试文章", paragraphs=["正文。"], kind="speech"))
    responses = _burst(lambda i: _post(base, f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"},
                                       token, "203.0.113.60"), 30)
    codes = sorted(r.status_code for r in responses)
    assert codes.count(302) == 10 and codes.count(429) == 20, codes
    assert TipOrder.objects.filter(article=article).count() == 10
    assert all(1 <= int(r.headers["Retry-After"]) <= 600 for r in responses if r.status_code == 429)

    # 4. Anonymous API calls from one address, 100 at once: 60 a minute.
    responses = _burst(lambda i: requests.get(base + "/api/v1/articles", timeout=120,
                                              headers={"X-Forwarded-For": "203.0.113.70"}), 100)
    codes = [r.status_code for r in responses]
    assert codes.count(200) == 60 and codes.count(429) == 40, sorted(codes)
    assert all(r.json()["code"] == "rate_limited" and int(r.headers["Retry-After"]) >= 1
               for r in responses if r.status_code == 429)
    assert requests.get(base + "/api/v1/articles", timeout=60, headers={"X-Forwarded-For": "203.0.113.71"}).status_code == 200

    # Several workers served each burst: the limits held across processes, not inside one.
    for prefix in ("/accounts/login/", f"/a/{article.pk}/tip/", "/api/v1/articles"):
        assert _worker_pids(log, prefix) >= 2, prefix
