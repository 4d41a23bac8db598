"""The settings behind the limits: one proxy setting (old names still work) and the cache
each deployment gets. Runs ``haowen/settings.py`` afresh under a given environment."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

SETTINGS = Path(__file__).resolve().parents[2] / "haowen" / "settings.py"
PROXY_VARS = ("TRUSTED_PROXY_COUNT", "API_TRUSTED_PROXIES", "BEHIND_PROXY")


@pytest.fixture
def load(monkeypatch, tmp_path):
    def _load(**env) -> dict:
        for name in (*PROXY_VARS, "REDIS_URL", "DATABASE_URL", "DATABASE_REPLICA_URLS"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HAOWEN_DATA_DIR", str(tmp_path / "data"))
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(SETTINGS))

    return _load


@pytest.mark.parametrize(
    "env, count",
    [
        ({}, 0),
        # deploy/env.example sets only BEHIND_PROXY=1: one proxy. (Before, the API's per-IP
        # limit then counted every client as the proxy's address.)
        ({"BEHIND_PROXY": "1"}, 1),
        ({"API_TRUSTED_PROXIES": "2"}, 2),
        ({"BEHIND_PROXY": "1", "API_TRUSTED_PROXIES": "2"}, 2),
        ({"BEHIND_PROXY": "1", "TRUSTED_PROXY_COUNT": "0"}, 0),
        ({"API_TRUSTED_PROXIES": "1", "TRUSTED_PROXY_COUNT": "3"}, 3),
    ],
)
def test_it_reads_one_proxy_setting_with_the_old_names_as_aliases(load, env, count):
    values = load(**env)
    assert values["TRUSTED_PROXY_COUNT"] == count
    assert values["ALLAUTH_TRUSTED_PROXY_COUNT"] == count


def test_it_gives_the_embedded_default_a_cache_every_process_shares(load, tmp_path):
    values = load()
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert values["DATABASES"]["cache"]["NAME"] == str(tmp_path / "data" / "cache.sqlite3")
    assert values["DATABASES"]["cache"]["NAME"] != values["DATABASES"]["default"]["NAME"]
    assert values["DATABASE_ROUTERS"][0] == "haowen.limits.cachedb.CacheRouter"
    # allauth's own copies of the three limits Haowen enforces are off.
    assert values["ACCOUNT_RATE_LIMITS"] == {"login_failed": "", "signup": "", "reset_password": ""}


def test_it_keeps_redis_for_several_machines(load):
    values = load(REDIS_URL="redis://127.0.0.1:6379/9")
    assert values["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert "cache" not in values["DATABASES"]


def test_it_routes_only_the_cache_model_to_the_cache_file():
    from django.contrib.auth.models import User
    from django.core.cache.backends.db import BaseDatabaseCache

    from haowen.limits.cachedb import CacheRouter

    router, cache_model = CacheRouter(), BaseDatabaseCache("haowen_cache", {}).cache_model_class
    assert router.db_for_read(cache_model) == router.db_for_write(cache_model) == "cache"
    assert router.db_for_read(User) is None and router.db_for_write(User) is None
    assert router.allow_migrate("cache", "django_cache") and not router.allow_migrate("cache", "auth")
    assert router.allow_migrate("default", "django_cache") is False
    assert router.allow_migrate("default", "auth") is None


def test_an_empty_database_url_means_the_embedded_default(load, tmp_path):
    # `DATABASE_URL= make serve` (set but empty) crashed dj_database_url before.
    databases = load(DATABASE_URL="")["DATABASES"]
    assert databases["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert str(databases["default"]["NAME"]).startswith(str(tmp_path / "data"))
