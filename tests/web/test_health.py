"""/healthz reports the database, the cache and how far this node's index lags the log."""

import json

import pytest

from haowen.web import health


@pytest.mark.django_db
def test_it_reports_healthy_with_the_index_lag(client, make_article):
    make_article("讲话", "正文。")  # indexed by the fixture
    make_article("通知", "正文二。", index=False)  # one log entry not applied yet
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["ok"] and body["database"]["ok"] and body["cache"]["ok"]
    assert body["index"]["lag"] == 1 and body["index"]["head"] == body["index"]["position"] + 1
    assert "正文" not in response.content.decode()


@pytest.mark.django_db
def test_it_answers_503_when_the_index_lags_too_far(client, make_article, monkeypatch):
    make_article("讲话", "正文。", index=False)
    monkeypatch.setattr(health, "MAX_INDEX_LAG", 0)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["index"]["ok"] is False


@pytest.mark.django_db
def test_it_answers_503_when_the_cache_is_down(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(health.cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == {"ok": False, "error": "ConnectionError"}
