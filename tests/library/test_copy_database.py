"""Moving a library between databases (an old SQLite file → a new database) keeps every row.

Runs the real command in a subprocess, as an operator would. The target is a fresh
SQLite file, or a scratch PostgreSQL database when the suite runs on PostgreSQL.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]

SEED_SCRIPT = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth import get_user_model
from haowen.library.models import Article, IndexLogEntry
get_user_model().objects.create_user("reader", password="s3cret-pass")
for i in range(3):
    Article.objects.create(title=f"讲话{i}", body=f"第{i}篇正文。", content_hash=f"h{i}", view_count=i, raw=b"\\x00raw")
IndexLogEntry.objects.create(article_id=1, op="upsert")
"""

CHECK_SCRIPT = """
import django
django.setup()
from django.contrib.auth import get_user_model
from haowen.library.models import Article
assert Article.objects.count() == 3, Article.objects.count()
assert bytes(Article.objects.get(title="讲话2").raw) == b"\\x00raw"
assert get_user_model().objects.get(username="reader").check_password("s3cret-pass")
new = Article.objects.create(title="新", body="新正文。", content_hash="new")
assert new.pk == 4, new.pk  # sequences were reset after the copy
print("checked")
"""


def _env(tmp_path, url):
    return {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "haowen.settings",
            "HAOWEN_DATA_DIR": str(tmp_path / "data"), "REDIS_URL": ""}


def _run(tmp_path, url, *args, script=None):
    cmd = [sys.executable, "-c", script] if script else [sys.executable, "manage.py", *args]
    return subprocess.run(cmd, cwd=ROOT, env=_env(tmp_path, url), capture_output=True, text=True)


@pytest.fixture
def old_library(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    assert _run(tmp_path, url, script=SEED_SCRIPT).returncode == 0
    return url


@pytest.fixture
def target_url(tmp_path):
    suite_db = os.environ.get("DATABASE_URL", "")
    if not suite_db.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'new.sqlite3'}"
        return
    import psycopg

    cfg = dj_database_url.parse(suite_db)
    name = f"haowen_copy_{uuid.uuid4().hex[:8]}"
    admin = dict(host=cfg["HOST"], port=cfg["PORT"] or 5432, user=cfg["USER"], password=cfg["PASSWORD"], dbname="postgres")
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield suite_db.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_it_copies_every_row_and_verifies_counts(tmp_path, old_library, target_url):
    copied = _run(tmp_path, target_url, "copy_database", "--source", old_library)
    assert copied.returncode == 0, copied.stderr
    assert "every model's row count verified" in copied.stdout
    assert "library.Article" in copied.stdout
    checked = _run(tmp_path, target_url, script=CHECK_SCRIPT)
    assert checked.returncode == 0, checked.stderr
    # a second copy into the now non-empty library is refused and changes nothing
    again = _run(tmp_path, target_url, "copy_database", "--source", old_library)
    assert again.returncode != 0 and "already holds articles" in again.stderr


def test_it_refuses_a_bad_source_url(tmp_path):
    target = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    missing = _run(tmp_path, target, "copy_database", "--source", "sqlite:////nonexistent/dir/x.sqlite3")
    assert missing.returncode != 0 and "no such SQLite file" in missing.stderr
    bad = _run(tmp_path, target, "copy_database", "--source", "nonsense://")
    assert bad.returncode != 0 and "not a database URL" in bad.stderr
