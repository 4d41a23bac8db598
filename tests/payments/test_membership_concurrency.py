"""Concurrent membership notifications on real threads (see tests/payments/membership_race.py).

SQLite: pytest-django's in-memory test database cannot take concurrent writers, so the race
runs in a child process on a fresh SQLite file in WAL mode with ``BEGIN IMMEDIATE``, as the
site runs. PostgreSQL (``DATABASE_URL=postgres://…``): in this process on the transactional
test database, each thread with its own connection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests.payments import membership_race

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0, interactive=False)
from tests.payments.membership_race import run
print(json.dumps(run()))
"""


def _check(result):
    n = result["deliveries"]
    orders = 1 + membership_race.OTHERS
    assert result["errors"] == []
    assert result["answers"] == ["success"] * n
    assert result["states"] == ["paid"] * orders
    assert result["statuses"] == ["accepted"] * orders + ["duplicate"] * (n - orders)
    assert result["days_after_today"] == orders * 30 - 1  # each order's 30 days once, stacked


@pytest.mark.slow
def test_concurrent_duplicates_and_renewals_add_each_orders_days_once_on_sqlite(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DATABASE", "REDIS", "PAYMENTS_"))},
        "DJANGO_SETTINGS_MODULE": "haowen.settings",
        "HAOWEN_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'race.sqlite3'}",
        "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        "SEARCH_INDEX_FOLLOWER": "off",
        "PAYMENTS_PROVIDERS": "sandbox",
        "PAYMENTS_SANDBOX_KEY": "race-test-key",
        "LOG_LEVEL": "WARNING",
    }
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    _check(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicates_and_renewals_add_each_orders_days_once_on_postgresql(settings):
    if connection.vendor != "postgresql":
        pytest.skip("runs on PostgreSQL (DATABASE_URL=postgres://…); SQLite has its own test above")
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "race-test-key"
    settings.SITE_URL = "http://testserver"
    _check(membership_race.run())
