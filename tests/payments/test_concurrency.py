"""Concurrent duplicate notifications on real threads against a file-based SQLite database.

pytest-django's SQLite test database lives in memory (shared cache), where concurrent
writers fail with "table is locked" instead of queueing, so this test runs its threads in
a child Python process with its own settings: a fresh SQLite file in WAL mode with
``BEGIN IMMEDIATE`` transactions, as the site runs. Eight threads deliver eight separately
signed notifications for the same payment at the same moment (a barrier); exactly one
may move the order to paid, and every one must be answered ``success``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, os
    from urllib.parse import urlencode

    import django
    django.setup()
    from django.core.management import call_command
    call_command("migrate", verbosity=0, interactive=False)

    from django.db import connection
    from haowen.library.services import ArticleDraft, save_draft
    from haowen.payments import services
    from haowen.payments.models import Notification, SandboxTrade, TipOrder
    from haowen.payments.providers import sandbox
    from tests.payments.burst import deliver_at_once

    N = int(os.environ["RACE_THREADS"])
    _, article = save_draft(ArticleDraft(title="并发测试", paragraphs=["正文"]))
    order = services.create_tip_order(article, amount_option="6.66", provider_id="sandbox")
    services.start_payment(order)
    SandboxTrade.objects.update(state="SUCCESS")
    trade = SandboxTrade.objects.get()
    bodies = [urlencode(sandbox.notification_for(trade)) for _ in range(N)]
    connection.close()

    answers, errors = deliver_at_once(bodies)
    order.refresh_from_db()
    print(json.dumps({
        "answers": answers,
        "errors": errors,
        "state": order.state,
        "amount_fen": order.amount_fen,
        "statuses": sorted(Notification.objects.values_list("status", flat=True)),
    }))
    """
)


@pytest.mark.slow
def test_it_makes_exactly_one_paid_transition_under_concurrent_duplicates(tmp_path):
    threads = 8
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DATABASE", "REDIS", "PAYMENTS_"))},
        "DJANGO_SETTINGS_MODULE": "haowen.settings",
        "HAOWEN_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'race.sqlite3'}",
        "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        "SEARCH_INDEX_FOLLOWER": "off",
        "PAYMENTS_PROVIDERS": "sandbox",
        "PAYMENTS_SANDBOX_KEY": "race-test-key",
        "RACE_THREADS": str(threads),
        "LOG_LEVEL": "WARNING",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["answers"] == ["success"] * threads  # the gateway stops retrying every one
    assert result["state"] == "paid" and result["amount_fen"] == 666
    assert result["statuses"] == ["accepted"] + ["duplicate"] * (threads - 1)
