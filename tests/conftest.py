"""Shared fixtures: a fresh search index per test, personas, and the shared corpus path.

The personas (``reader``, ``member``, ``staff``, ``moderator``, ``superuser``, …) are defined
once, in :mod:`tests.personas`, loaded here for every test.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from django.conf import settings as _settings
from django.test.utils import override_settings

pytest_plugins = ["tests.personas"]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# The suite is one process. Django's cache (the embedded default's DatabaseCache reaches
# its SQLite file through the "cache" database alias, which pytest-django would block in
# tests that do not ask for it) becomes a LocMemCache, and the rate-limit counters go to
# a SQLite file of this test process, never to the data folder's. The real shared cache
# runs in the multi-process tests (tests/test_limits_multiprocess.py, tests/test_deploy.py).
_TEST_CACHE_FILE = Path(tempfile.gettempdir()) / f"haowen-test-cache-{os.getpid()}.sqlite3"
override_settings(
    CACHE_SQLITE_PATH=_TEST_CACHE_FILE,
    **(
        {"CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "haowen-tests"}}}
        if _settings.CACHES["default"]["BACKEND"].endswith(".DatabaseCache")
        else {}
    ),
).enable()


def pytest_unconfigure(config):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{_TEST_CACHE_FILE}{suffix}").unlink(missing_ok=True)


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository; skips the test cleanly when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (home lists, hot lists) and no rate-limit counts."""
    from django.core.cache import cache

    from haowen.engagement.pageviews import counter as view_counter
    from haowen.accounts.services import forget_recorded_here
    from haowen.library import memo, version
    from haowen.limits.store import counters
    from haowen.web import fragments, pagecache

    cache.clear()
    counters().clear()
    version.forget()  # the number a rolled-back test read is not this test's
    memo.clear_all()  # nor the site settings or synonyms it read
    forget_recorded_here()  # nor the reads it recorded
    fragments.clear_local()
    pagecache.clear_local()
    pagecache.forget_learnt_headers()
    view_counter.forget_seen_here()
    yield


@pytest.fixture
def page_settings(settings):
    """The cache (rate-limit counters, sessions) is empty before and after the test (pages
    render without collectstatic for every test: ``_plain_static_storage``). Returns ``settings``."""
    from django.core.cache import cache

    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Tests see freshly rendered pages; tests/web/test_pagecache.py and
    tests/web/test_search_page_store.py turn the caches on."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _no_search_rate_limits(settings):
    """Search limits are a second line, never what makes a test pass (the leak suite's
    search oracle must hold without them); tests/web/test_search_limits.py turns them on."""
    settings.SEARCH_RATE_ANON = "0"
    settings.SEARCH_RATE_USER = "0"


@pytest.fixture(autouse=True)
def _search_counts_written_at_once(settings):
    """Search analytics are in the database as soon as a search ends; tests/search/
    test_search_log_buffer.py checks the gathering."""
    settings.SEARCH_LOG_FLUSH_SECONDS = 0


@pytest.fixture(autouse=True)
def _views_counted_in_the_database(settings):
    """Counts are visible at once (and fake clocks work) with the database counter, even
    when the suite runs with REDIS_URL; tests/engagement/test_pageview_redis.py opts in to Redis."""
    settings.VIEW_COUNTER = "database"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Pages render without ``collectstatic``: the manifest storage needs collected files."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _isolated_index(settings, tmp_path):
    """Every test gets its own empty tantivy index directory."""
    from haowen.search import follower

    settings.SEARCH_INDEX_DIR = tmp_path / "index"
    follower.reset_engine()
    yield
    follower.reset_engine()


@pytest.fixture
def index_now():
    """Call to apply the index log to the test's index (what the follower thread does)."""
    from haowen.search.follower import apply_pending

    return apply_pending


@pytest.fixture
def make_article(db, index_now):
    """Create an article through the library service and index it; returns the Article."""
    from haowen.library.services import ArticleDraft, save_draft

    counter = {"n": 0}

    def _make(title="测试文章", body="这是一篇测试文章的正文。", kind="other", published_on=None, views=0, index=True, **extra):
        counter["n"] += 1
        paragraphs = body.split("\n") if isinstance(body, str) else body
        draft = ArticleDraft(
            title=title,
            paragraphs=paragraphs,
            kind=kind,
            published_on=published_on or dt.date(2022, 3, 11),
            imported_views=views,
            external_id=extra.pop("external_id", ""),
            source=extra.pop("source", "test"),
        )
        status, article = save_draft(draft)
        for name, value in extra.items():
            setattr(article, name, value)
        if extra:
            article.save()
        if index:
            index_now()
        return article

    return _make
