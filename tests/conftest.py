"""Shared fixtures: a fresh search index per test, personas, and the shared corpus path.

Personas (STYLE.md): ``anonymous`` is the test client without login; ``reader``,
``member``, ``moderator`` and ``tipper`` are created by the accounts/engagement
fixtures in their own conftest files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository; skips the test cleanly when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (home lists, hot lists, rate-limit counters)."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Tests see freshly rendered pages; tests/web/test_pagecache.py turns the cache on."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _views_counted_in_the_database(settings):
    """Counts are visible at once (and fake clocks work) with the database counter, even
    when the suite runs with REDIS_URL; tests/engagement/test_redis_views.py opts in to Redis."""
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
