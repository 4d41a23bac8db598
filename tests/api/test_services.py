"""API token services: created once, stored hashed, revoked by their owner only."""

from __future__ import annotations

import hashlib

import pytest

from haowen.api import services
from haowen.api.models import ApiToken

pytestmark = pytest.mark.django_db


def test_it_stores_only_a_hash_of_the_token(reader):
    row, token = services.create_token(reader, "  我的  脚本 ")
    assert token.startswith("hw_") and len(token) == 46
    row.refresh_from_db()
    assert row.key_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (row.key_hash, row.prefix, row.name, str(row))
    assert token.startswith(row.prefix) and len(row.prefix) == 9
    assert row.name == "我的 脚本"


def test_it_authenticates_a_live_token_and_records_its_use(reader):
    row, token = services.create_token(reader, "a")
    found = services.authenticate_token(token)
    assert found.pk == row.pk and found.user == reader
    assert found.last_used_at is not None
    assert services.authenticate_token(token + "x") is None
    assert services.authenticate_token("") is None
    assert services.authenticate_token("hw_\ud800") is None  # lone surrogate: no crash


def test_it_makes_different_tokens_every_time(reader):
    tokens = {services.create_token(reader, f"t{i}")[1] for i in range(5)}
    assert len(tokens) == 5


@pytest.mark.parametrize("name", ["", "   ", "长" * 101])
def test_it_refuses_a_bad_name(reader, name):
    with pytest.raises(services.TokenError):
        services.create_token(reader, name)
    assert not ApiToken.objects.exists()


def test_it_refuses_anonymous_and_inactive_users(reader):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(services.TokenError):
        services.create_token(AnonymousUser(), "x")
    reader.is_active = False
    with pytest.raises(services.TokenError):
        services.create_token(reader, "x")


def test_it_caps_the_number_of_tokens(reader):
    for i in range(services.MAX_TOKENS_PER_USER):
        services.create_token(reader, f"t{i}")
    with pytest.raises(services.TokenError, match="最多"):
        services.create_token(reader, "one too many")


def test_it_lets_only_the_owner_revoke_a_token(reader, django_user_model):
    intruder = django_user_model.objects.create_user("intruder")
    row, token = services.create_token(reader, "a")
    assert services.revoke_token(intruder, row.pk) is False
    assert services.authenticate_token(token) is not None
    assert services.revoke_token(reader, row.pk) is True
    assert services.authenticate_token(token) is None
    assert services.revoke_token(reader, row.pk) is False
