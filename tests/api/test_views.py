"""The token page at /api/tokens/: login required, CSRF, the token shown once."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from haowen.api.models import ApiToken

pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get("/api/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/api/tokens/")
    assert client.post("/api/tokens/", {"name": "x"}).status_code == 302
    assert not ApiToken.objects.exists()


def test_it_creates_a_token_and_shows_it_once(client, reader, bearer):
    client.force_login(reader)
    response = client.post("/api/tokens/", {"name": "数据脚本"})
    assert response.status_code == 200
    html = response.content.decode()
    token = re.search(r'class="api-token-value">(hw_[\w-]+)<', html).group(1)
    assert "no-store" in response["Cache-Control"]
    assert client.get("/api/v1/me", **bearer(token)).json()["token_name"] == "数据脚本"
    # The list shows the name and prefix, never the token again.
    listing = client.get("/api/tokens/").content.decode()
    assert "数据脚本" in listing and token[:9] in listing and token not in listing


def test_it_explains_a_bad_name(client, reader):
    client.force_login(reader)
    response = client.post("/api/tokens/", {"name": "  "})
    assert response.status_code == 400
    assert "请填写令牌名称" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_it_revokes_a_token(client, reader, reader_token, bearer):
    client.force_login(reader)
    row = ApiToken.objects.get(user=reader)
    assert client.get(f"/api/tokens/{row.pk}/revoke/").status_code == 405
    response = client.post(f"/api/tokens/{row.pk}/revoke/", follow=True)
    assert "令牌已撤销" in response.content.decode()
    assert client.get("/api/v1/me", **bearer(reader_token)).status_code == 401


def test_it_does_not_revoke_another_users_token(client, reader, reader_token, bearer, django_user_model):
    intruder = django_user_model.objects.create_user("intruder")
    client.force_login(intruder)
    row = ApiToken.objects.get(user=reader)
    response = client.post(f"/api/tokens/{row.pk}/revoke/", follow=True)
    assert "没有找到这个令牌" in response.content.decode()
    assert client.get("/api/v1/me", **bearer(reader_token)).status_code == 200


def test_it_refuses_posts_without_a_csrf_token(reader, reader_token):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    assert client.post("/api/tokens/", {"name": "x"}).status_code == 403
    row = ApiToken.objects.get(user=reader)
    assert client.post(f"/api/tokens/{row.pk}/revoke/").status_code == 403
    assert ApiToken.objects.count() == 1
