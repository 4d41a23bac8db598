"""Search rate limits: per client IP for anonymous readers, per user for signed-in readers,
shared by the search page (a Chinese 429 page in the site's look) and the API (JSON 429)."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _search_limits(settings):
    settings.SEARCH_RATE_ANON = "3/min"
    settings.SEARCH_RATE_USER = "5/min"
    settings.API_RATE_ANON = "0"
    settings.API_RATE_TOKEN = "0"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _search(client, q="讲话"):
    return client.get("/search/", {"q": q})


def test_it_limits_anonymous_searches_per_client_ip_with_a_friendly_page():
    reader = Client(REMOTE_ADDR="203.0.113.5")
    assert [_search(reader, f"讲话{i}").status_code for i in range(3)] == [200, 200, 200]
    refused = _search(reader, "再来一次")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60 and refused["Cache-Control"] == "no-store"
    page = refused.content.decode()
    assert 'class="topbar"' in page and "操作过于频繁" in page and "搜索太频繁了" in page
    assert "秒后再试" in page and "Too Many" not in page and "再来一次" not in page
    # Another address has its own budget; a forged X-Forwarded-For is not another address.
    assert _search(Client(REMOTE_ADDR="203.0.113.6")).status_code == 200
    assert _search(Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.2.3.4")).status_code == 429


def test_it_does_not_count_the_empty_search_page():
    reader = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        assert reader.get("/search/").status_code == 200
        assert _search(reader, "   ").status_code == 200
    assert _search(reader).status_code == 200


def test_it_limits_signed_in_readers_per_user_wherever_they_search_from(django_user_model):
    reader = django_user_model.objects.create_user("reader")
    other = django_user_model.objects.create_user("other")
    statuses = []
    for i in range(6):  # a new address each time: the user is what counts
        browser = Client(REMOTE_ADDR=f"198.51.100.{i}")
        browser.force_login(reader)
        statuses.append(_search(browser).status_code)
    assert statuses == [200] * 5 + [429]
    browser = Client(REMOTE_ADDR="198.51.100.1")
    browser.force_login(other)
    assert _search(browser).status_code == 200


def test_it_shares_the_budget_between_the_page_and_the_api(django_user_model):
    from haowen.api.services import create_token

    client = Client(REMOTE_ADDR="203.0.113.9")
    assert _search(client).status_code == 200
    assert client.get("/api/v1/search", {"q": "讲话"}).status_code == 200
    assert _search(client).status_code == 200
    refused = client.get("/api/v1/search", {"q": "讲话"})
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["code"] == "rate_limited" and refused["Content-Type"].startswith("application/json")
    # A token's searches count for its owner, on the page's per-user budget.
    owner = django_user_model.objects.create_user("owner")
    _row, token = create_token(owner, "脚本")
    api = Client(REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert [api.get("/api/v1/search", {"q": "讲话"}).status_code for _ in range(6)] == [200] * 5 + [429]
    page = Client(REMOTE_ADDR="203.0.113.10")
    page.force_login(owner)
    assert _search(page).status_code == 429
