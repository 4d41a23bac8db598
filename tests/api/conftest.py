"""API test fixtures: a reader's token, a token client, and rate limits off by default.

Rate limits are switched off here (``API_RATE_*="0"``, ``SEARCH_RATE_*="0"``) so that
tests do not throttle each other; tests/api/test_throttling.py turns them on explicitly.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _api_test_settings(settings):
    settings.API_RATE_ANON = "0"
    settings.API_RATE_TOKEN = "0"
    settings.SEARCH_RATE_ANON = "0"
    settings.SEARCH_RATE_USER = "0"
    settings.TRUSTED_PROXY_COUNT = 0
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reader_token(reader):
    """A live API token string of ``reader``."""
    from haowen.api.services import create_token

    _row, token = create_token(reader, "脚本")
    return token


@pytest.fixture
def bearer():
    """``bearer(token)`` → the extra kwargs a test client call needs to send the token."""

    def _headers(token: str) -> dict:
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    return _headers
