"""Membership writes: grant (idempotent, never shortens), revoke, bad input, demo accounts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from haowen.accounts.entitlement import is_member
from haowen.accounts.models import Membership
from haowen.accounts.services import grant_membership, revoke_membership

TODAY = dt.date(2024, 5, 1)


def test_it_grants_a_membership_for_the_given_days(reader):
    from django.utils import timezone

    m = grant_membership(reader, days=365, note="年费会员")
    expected = timezone.localdate() + dt.timedelta(days=365)
    assert (m.is_member, m.expires_on, m.note) == (True, expected, "年费会员")
    assert is_member(reader)


def test_it_never_shortens_a_membership_when_granting_again(reader):
    grant_membership(reader, days=365, today=TODAY)
    m = grant_membership(reader, days=30, today=TODAY)
    assert m.expires_on == dt.date(2025, 5, 1)
    assert Membership.objects.count() == 1


def test_it_extends_a_membership_that_would_end_sooner(reader):
    grant_membership(reader, days=10, today=TODAY)
    assert grant_membership(reader, days=365, today=TODAY).expires_on == dt.date(2025, 5, 1)


def test_it_restarts_an_expired_membership_from_today(reader):
    grant_membership(reader, days=10, today=TODAY - dt.timedelta(days=100))
    assert grant_membership(reader, days=10, today=TODAY).expires_on == TODAY + dt.timedelta(days=10)


def test_it_grants_a_membership_without_expiry(reader):
    m = grant_membership(reader, days=None)
    assert m.expires_on is None and m.is_active()
    assert grant_membership(reader, days=30).expires_on is None  # an open-ended one is kept


@pytest.mark.parametrize("days", [0, -3, 1.5, "365", True])
def test_it_refuses_bad_days(reader, days):
    with pytest.raises(ValueError, match="days="):
        grant_membership(reader, days=days)
    assert not Membership.objects.exists()


def test_it_refuses_an_unsaved_user(django_user_model, db):
    with pytest.raises(ValueError, match="user"):
        grant_membership(django_user_model(username="ghost"))


def test_it_revokes_a_membership(member):
    m = revoke_membership(member)
    assert m is not None and not m.is_member
    assert not is_member(member)


def test_it_revokes_nothing_quietly(reader):
    assert revoke_membership(reader) is None


def test_it_counts_the_expiry_day_as_a_member_day(reader):
    m = grant_membership(reader, days=1, today=TODAY)
    assert m.is_active(TODAY + dt.timedelta(days=1))
    assert not m.is_active(TODAY + dt.timedelta(days=2))


def test_it_makes_the_demo_member_a_member(db, settings, tmp_path, capsys, fast_passwords):
    settings.DATA_DIR = tmp_path
    call_command("demo_setup")
    call_command("demo_setup")  # twice: idempotent
    from django.contrib.auth import get_user_model

    users = {u.username: u for u in get_user_model().objects.all()}
    assert is_member(users["member"])
    assert not is_member(users["reader"])
    assert Membership.objects.count() == 1
    assert "member" in capsys.readouterr().out


def test_the_demo_creates_two_plans_and_example_contacts_once(db, settings, tmp_path, capsys, fast_passwords):
    from haowen.accounts.models import MembershipPlan
    from haowen.engagement.models import SiteSettings

    settings.DATA_DIR = tmp_path
    SiteSettings.objects.update_or_create(pk=1, defaults={"service_phone": "010-12345678"})  # staff's own
    call_command("demo_setup")
    call_command("demo_setup")  # twice: idempotent
    plans = [(p.name, p.days, p.price_fen) for p in MembershipPlan.objects.offered()]
    assert plans == [("月度会员", 30, 1500), ("年度会员", 365, 9800)]
    row = SiteSettings.objects.get(pk=1)
    assert row.service_phone == "010-12345678"  # never overwritten
    assert row.service_wechat and row.service_email and row.service_hours
    assert "月度会员 ¥15/30天" in capsys.readouterr().out
