"""One error envelope (status, code, message) for every API error."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _assert_envelope(response, status, code):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    return body


@pytest.mark.parametrize("path", ["/api/v1/nope", "/api/v2/articles", "/api/v1/articles/1/nope", "/api/openapi.yaml"])
def test_it_answers_unknown_api_paths_with_the_404_envelope(client, path):
    body = _assert_envelope(client.get(path), 404, "not_found")
    assert "/api/docs" in body["message"]
    assert path not in body["message"]  # errors echo nothing from the request


def test_it_answers_unknown_api_posts_with_404_not_a_csrf_403(client):
    _assert_envelope(client.post("/api/v1/nope"), 404, "not_found")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_answers_a_wrong_method_with_the_405_envelope(client, method):
    response = getattr(client, method)("/api/v1/articles")
    _assert_envelope(response, 405, "method_not_allowed")
    assert "GET" in response["Allow"]


def test_it_answers_invalid_parameters_with_the_422_envelope_and_details(client):
    body = _assert_envelope(client.get("/api/v1/articles", {"year": "二〇二二", "page": "-1"}), 422, "validation_error")
    assert "year" in body["message"]
    assert {d["loc"] for d in body["details"]} == {"query.year", "query.page"}
    assert "另有 1 处错误" in body["message"]


def test_it_answers_a_bad_token_with_the_401_envelope(client):
    _assert_envelope(client.get("/api/v1/articles", HTTP_AUTHORIZATION="Bearer hw_nope"), 401, "unauthorized")


def test_it_answers_a_rate_limited_caller_with_the_429_envelope(client, settings):
    settings.API_RATE_ANON = "1/min"
    assert client.get("/api/v1/articles").status_code == 200
    response = client.get("/api/v1/articles")
    _assert_envelope(response, 429, "rate_limited")
    assert 1 <= int(response["Retry-After"]) <= 60


def test_it_answers_a_server_error_with_the_500_envelope_and_logs_it(client, monkeypatch, caplog):
    from haowen.api import v1

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(v1, "search_articles", broken)
    with caplog.at_level("ERROR", logger="haowen.api"):
        body = _assert_envelope(client.get("/api/v1/search", {"q": "务虚会"}), 500, "server_error")
    assert "boom" not in body["message"]  # no internals leak to the caller
    assert any("boom" in (r.exc_text or "") or r.exc_info for r in caplog.records)

