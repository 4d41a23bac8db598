"""The test personas (STYLE.md), one meaning each, loaded for every test by tests/conftest.py.

- ``anonymous``: the test client without login (no fixture);
- ``reader``: signed in, no membership; ``other_reader``: a second such reader;
- ``member``: a reader with a membership valid for 30 more days;
- ``staff``: ``is_staff`` without any model permission (reads every text, sees the admin's
  index and nothing in it);
- ``moderator``: staff with the comment-moderation permissions (``engagement.change_comment``,
  ``engagement.delete_comment``): what a site editor gets;
- ``superuser``: may do everything in the admin (pytest-django's ``admin_client`` signs in a
  superuser of its own);
- ``tipper``: a reader who tips (the payments tests).

The users are created without a usable password (tests sign them in with ``force_login``), so
no PBKDF2 hash is computed; a test that types a password calls :func:`with_password` (and uses
:func:`fast_passwords` unless its module already hashes with MD5).
"""

from __future__ import annotations

import pytest

#: The personas the leak suite and the gated-search tests run every channel as: every kind of
#: reader the entitlement function tells apart (staff read everything).
PERSONAS = ("anonymous", "reader", "member", "moderator")

#: The password :func:`with_password` gives a persona, for tests that sign in through a form.
PASSWORD = "Hw-test-pass-2024"


def with_password(user):
    """Give ``user`` :data:`PASSWORD` (hashed with the test's hasher), save it and return it."""
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    return user


@pytest.fixture
def reader(db, django_user_model):
    """A signed-in reader without membership."""
    return django_user_model.objects.create_user("reader")


@pytest.fixture
def other_reader(db, django_user_model):
    """A second reader without membership (another author of comments, another reporter)."""
    return django_user_model.objects.create_user("other")


@pytest.fixture
def member(db, django_user_model):
    """A reader with a membership valid for 30 more days."""
    from haowen.accounts.services import grant_membership

    user = django_user_model.objects.create_user("member")
    grant_membership(user, days=30)
    return user


@pytest.fixture
def staff(db, django_user_model):
    """Staff (``is_staff``) without any model permission."""
    return django_user_model.objects.create_user("staff", is_staff=True)


@pytest.fixture
def moderator(db, django_user_model):
    """Staff with the comment-moderation permissions (change and delete comments)."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("moderator", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="engagement", codename__in=["change_comment", "delete_comment"])
    )
    return user


@pytest.fixture
def superuser(db, django_user_model):
    """A superuser: every admin page and action."""
    return django_user_model.objects.create_superuser("superuser")


@pytest.fixture
def tipper(db, django_user_model):
    """A signed-in reader who tips."""
    return django_user_model.objects.create_user("tipper", password="pw-tipper-1", first_name="")


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
