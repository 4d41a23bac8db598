"""Engagement test fixtures: a phone browser, an article; the personas are tests/personas.py's."""

from __future__ import annotations

import pytest
from django.core.cache import cache

BROWSER_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40"
)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Hot lists, site settings and the view fast path live in the cache: start empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def browser(client):
    """The anonymous test client with a phone browser's user agent."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER_UA
    return client


@pytest.fixture
def article(make_article):
    return make_article("在区委务虚会上的讲话", "同志们：\n今天召开区委务虚会。\nXX区要加快发展。", kind="speech", views=185)
