"""The authentication backend loads a signed-in reader with the membership, fresh on every request."""

from __future__ import annotations

import pytest
from django.test import Client

from haowen.accounts.backends import MembershipModelBackend
from haowen.accounts.services import grant_membership

pytestmark = pytest.mark.django_db


def test_it_loads_the_user_and_the_membership_in_one_query(django_user_model, django_assert_num_queries):
    member = django_user_model.objects.create_user("li")
    grant_membership(member, days=30)
    plain = django_user_model.objects.create_user("zhou")
    backend = MembershipModelBackend()
    with django_assert_num_queries(1):
        user = backend.get_user(member.pk)
    with django_assert_num_queries(0):
        assert user.membership.is_member and user.membership.user is user
        assert user.username == "li" and user.date_joined == member.date_joined
    with django_assert_num_queries(1):
        user = backend.get_user(plain.pk)
    with django_assert_num_queries(0):
        assert not hasattr(user, "membership")  # known to be missing: no query to find out


def test_it_refuses_ids_no_active_user_has(django_user_model):
    backend = MembershipModelBackend()
    gone = django_user_model.objects.create_user("gone")
    django_user_model.objects.filter(pk=gone.pk).update(is_active=False)
    for bad in (gone.pk, 10**9, 10**30, -(10**30), "x", "1.5", None):
        assert backend.get_user(bad) is None


def test_every_change_to_the_reader_counts_at_the_next_request(django_user_model, make_article, fast_passwords):
    reader = django_user_model.objects.create_user("wu", password="Mi-ma-2024-wu")
    article = make_article("通知", "正文。", access_level="free")
    browser = Client()
    assert browser.login(username="wu", password="Mi-ma-2024-wu")
    page = browser.get(article.get_absolute_url()).content.decode()
    assert "usernav-name" in page and "usernav-badge" not in page
    # A membership granted elsewhere shows on the very next page.
    grant_membership(reader, days=30)
    assert "usernav-badge" in browser.get(article.get_absolute_url()).content.decode()
    # A password changed elsewhere signs this session out (its auth hash no longer matches).
    reader.set_password("Xin-mi-ma-2025")
    reader.save()
    page = browser.get(article.get_absolute_url()).content.decode()
    assert "usernav-name" not in page and "登录" in page
    # A deactivated account (written around the services) is signed out too.
    assert browser.login(username="wu", password="Xin-mi-ma-2025")
    django_user_model.objects.filter(pk=reader.pk).update(is_active=False)
    assert "usernav-name" not in browser.get(article.get_absolute_url()).content.decode()
