import pytest

from tests.accounts.personas import (  # noqa: F401  (fixtures)
    client_as,
    fast_passwords,
    member,
    moderator,
    page_settings,
    reader,
)


@pytest.fixture(autouse=True)
def _accounts_settings(page_settings, db):
    """Every accounts test: plain static storage, empty cache (rate-limit counters)."""
    yield
