"""Personas (STYLE.md) for accounts and the leak suite, importable by any test module.

``anonymous`` is a client without login; ``reader`` is signed in without membership;
``member`` holds an active membership; ``moderator`` is staff. The users are created
without a usable password (tests sign them in with ``force_login``), so no PBKDF2 hash
is computed; tests that type a password use :func:`fast_passwords`.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache

PERSONAS = ("anonymous", "reader", "member", "moderator")


@pytest.fixture
def reader(db, django_user_model):
    """A signed-in reader without membership."""
    return django_user_model.objects.create_user("reader")


@pytest.fixture
def member(db, django_user_model):
    """A reader with a membership valid for 30 more days."""
    from haowen.accounts.services import grant_membership

    user = django_user_model.objects.create_user("member")
    grant_membership(user, days=30)
    return user


@pytest.fixture
def moderator(db, django_user_model):
    """Staff (``is_staff``): reads everything, may use the admin."""
    return django_user_model.objects.create_user("moderator", is_staff=True, is_superuser=True)


@pytest.fixture
def client_as(client, request):
    """``client_as("reader")`` → the test client signed in as that persona (``"anonymous"``: not signed in)."""

    def _client(name: str):
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return _client


@pytest.fixture
def fast_passwords(settings):
    """MD5 hashing for tests that type passwords (the default PBKDF2 costs ~0.5 s a hash)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def page_settings(settings):
    """Pages render ``{% static %}``; tests run without collectstatic. Clean rate-limit counters."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    cache.clear()
    yield settings
    cache.clear()
