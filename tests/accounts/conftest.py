import pytest


@pytest.fixture(autouse=True)
def _accounts_settings(page_settings, db):
    """Every accounts test: plain static storage, empty cache (rate-limit counters)."""
    yield
