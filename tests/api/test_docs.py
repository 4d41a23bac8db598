"""The OpenAPI description at /api/openapi.json and the docs page at /api/docs (offline, strict CSP)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_it_serves_the_openapi_description_at_the_documented_path(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "好文 API"
    assert {
        "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/search", "/api/v1/me", "/api/v1/hot",
        "/api/v1/articles/{article_id}/related", "/api/v1/articles/{article_id}/comments",
    } <= set(schema["paths"])
    assert schema["components"]["securitySchemes"]["BearerToken"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "hw_…"
    }
    # Reading endpoints take a token or none; /me needs one.
    assert schema["paths"]["/api/v1/search"]["get"]["security"] == [{"BearerToken": []}, {}]
    assert schema["paths"]["/api/v1/me"]["get"]["security"] == [{"BearerToken": []}]
    # Every operation documents the error envelope.
    for path, item in schema["paths"].items():
        for status in ("401", "404", "422", "429", "500"):
            ref = item["get"]["responses"][status]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorOut"), (path, status)


def test_it_serves_the_docs_page_from_local_assets_only(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls, html
    assert all(u.startswith("/static/") for u in urls), urls
    assert "cdn" not in html.lower()
    for url in urls:
        asset = client.get(url)
        assert asset.status_code == 200, url
        b"".join(asset.streaming_content) if asset.streaming else asset.content


def test_it_keeps_the_strict_content_security_policy_on_the_docs_page(client):
    csp = client.get("/api/docs")["Content-Security-Policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp


def test_it_redirects_the_api_root_to_the_docs(client):
    assert client.get("/api/")["Location"] == "/api/docs"
