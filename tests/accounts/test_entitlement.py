"""The one entitlement function: preview cutting and who reads what."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from haowen.accounts.entitlement import (
    access_level,
    cut_preview,
    entitlement,
    preview,
    public_description,
    visible_text,
)
from haowen.accounts.services import grant_membership

TEN = [f"第{i}段" + "字" * 96 + "。" for i in range(10)]  # ten paragraphs of 100 characters


# --- cut_preview: pure -----------------------------------------------------------------


def test_it_cuts_thirty_percent_in_whole_paragraphs():
    assert cut_preview(TEN) == TEN[:3]


def test_it_rounds_to_the_nearest_paragraph_boundary():
    paragraphs = ["甲" * 100, "乙" * 150, "丙" * 750]  # 30% = 300: 250 is nearer than 100 or 1000
    assert cut_preview(paragraphs) == paragraphs[:2]
    paragraphs = ["甲" * 100, "乙" * 500, "丙" * 400]  # 30% = 300: 100 (off by 200) beats 600 (off by 300)
    assert cut_preview(paragraphs) == paragraphs[:1]


def test_it_shows_at_least_one_paragraph():
    paragraphs = ["短。", "甲" * 500, "乙" * 500]
    assert cut_preview(paragraphs, percent=0) == ["短。"]


def test_it_never_shows_every_paragraph_of_a_gated_text():
    paragraphs = ["甲" * 100, "乙" * 10]
    assert cut_preview(paragraphs, percent=100) == ["甲" * 100]


def test_it_keeps_the_preview_within_max_chars():
    paragraphs = ["甲" * 500] * 20  # 30% = 3,000 characters
    shown = cut_preview(paragraphs)
    assert sum(len(p) for p in shown) <= 1200
    assert shown == paragraphs[:2]


def test_it_cuts_a_huge_first_paragraph_to_max_chars():
    huge = ("这是很长的一句话，" * 30 + "。") * 20  # one paragraph of 5,420 characters
    shown = cut_preview([huge, "第二段。"])
    assert len(shown) == 1
    assert 600 <= len(shown[0]) <= 1200
    assert huge.startswith(shown[0])


def test_it_cuts_at_a_sentence_end_when_one_is_near():
    first = "一句话。" * 400  # 1,600 characters, a sentence end every 4
    shown = cut_preview([first, "后文。"], max_chars=1198)
    assert shown[0].endswith("。") and len(shown[0]) <= 1198


def test_it_cuts_hard_when_no_sentence_ends_nearby():
    first = "没" * 2000
    assert cut_preview([first, "后文"]) == ["没" * 1200]


def test_it_cuts_a_single_paragraph_article_to_its_share():
    only = "字" * 1000
    shown = cut_preview([only])
    assert shown == ["字" * 300]


def test_it_returns_nothing_for_nothing():
    assert cut_preview([]) == []


def test_it_survives_silly_settings():
    assert cut_preview(TEN, percent=-5, max_chars=0) == [TEN[0][:1]]
    assert cut_preview(TEN, percent=500) == TEN[:9]


# --- who reads what ---------------------------------------------------------------------

BODY = "\n".join(TEN)


@pytest.mark.parametrize(
    "level, persona, full",
    [
        ("free", "anonymous", True),
        ("login", "anonymous", False),
        ("login", "reader", True),
        ("members", "anonymous", False),
        ("members", "reader", False),
        ("members", "member", True),
        ("members", "moderator", True),
        ("login", "moderator", True),
    ],
)
def test_it_decides_by_access_level_and_persona(make_article, request, level, persona, full):
    article = make_article(body=BODY, access_level=level, index=False)
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    visible = entitlement(article, user)
    assert visible.is_full is full
    if full:
        assert visible.paragraphs == TEN and visible.remaining_chars == 0 and visible.reason == ""
    else:
        assert visible.paragraphs == TEN[:3]
        assert visible.reason == ("members" if level == "members" else "login")
        assert visible.remaining_chars == 700


def test_it_treats_none_as_anonymous(make_article):
    article = make_article(body=BODY, index=False)
    assert entitlement(article, None).is_full is False


def test_it_uses_the_site_default_for_articles_left_at_default(make_article, reader, settings):
    article = make_article(body=BODY, index=False)
    assert article.access_level == ""
    assert access_level(article) == "login"
    settings.DEFAULT_ACCESS_LEVEL = "members"
    assert entitlement(article, reader).is_full is False
    settings.DEFAULT_ACCESS_LEVEL = "free"
    assert entitlement(article, AnonymousUser()).is_full is True


def test_it_gates_when_the_site_default_is_nonsense(make_article, settings):
    settings.DEFAULT_ACCESS_LEVEL = "everyone"
    article = make_article(body=BODY, index=False)
    assert access_level(article) == "login"
    assert entitlement(article, AnonymousUser()).is_full is False


def test_it_reports_a_bad_site_default_at_start_up(settings):
    from haowen.accounts.checks import check_paywall_settings

    settings.DEFAULT_ACCESS_LEVEL = "everyone"
    settings.PREVIEW_PERCENT = 130
    settings.PREVIEW_MAX_CHARS = 0
    ids = sorted(e.id for e in check_paywall_settings())
    assert ids == ["accounts.E001", "accounts.E002", "accounts.E003"]


def test_it_follows_the_preview_settings(make_article, settings):
    settings.PREVIEW_PERCENT = 50
    settings.PREVIEW_MAX_CHARS = 250
    article = make_article(body=BODY, index=False)
    assert entitlement(article, AnonymousUser()).paragraphs == TEN[:2]


def test_it_ends_a_membership_after_its_last_day(make_article, member):
    article = make_article(body=BODY, access_level="members", index=False)
    membership = member.membership
    membership.expires_on = dt.date.today() - dt.timedelta(days=2)
    membership.save()
    assert entitlement(article, member).is_full is False


def test_it_does_not_let_inactive_staff_in(make_article, moderator):
    article = make_article(body=BODY, access_level="members", index=False)
    moderator.is_active = False
    assert entitlement(article, moderator).is_full is False


def test_it_sees_a_new_membership_at_once(make_article, reader):
    article = make_article(body=BODY, access_level="members", index=False)
    assert entitlement(article, reader).is_full is False
    grant_membership(reader, days=1)
    assert entitlement(article, reader).is_full is True


def test_it_counts_remaining_characters_without_whitespace(make_article):
    article = make_article(body="甲 乙 丙 丁 戊\n" + "己" * 30 + "\n" + "庚 " * 10, index=False)
    visible = entitlement(article, AnonymousUser())
    assert visible.paragraphs == ["甲 乙 丙 丁 戊"]
    assert visible.remaining_chars == 40


def test_it_shows_an_empty_body_as_full(make_article):
    article = make_article(body="正文", index=False)
    article.body = ""
    assert entitlement(article, AnonymousUser()).is_full is True


def test_it_gives_search_the_visible_text(make_article, reader):
    article = make_article(body=BODY, index=False)
    assert visible_text(AnonymousUser())(article) == ("\n".join(TEN[:3]), False)
    assert visible_text(reader)(article) == (BODY, True)


def test_it_builds_descriptions_from_the_preview_only(make_article):
    secret = "只在全文里出现的秘密句子"
    article = make_article(body="开头一句。" * 3 + secret, index=False)
    assert secret not in public_description(article, 1000)
    assert preview(article).paragraphs[0] in "开头一句。" * 3
    long = make_article(title="长文", body=BODY, index=False)
    text = public_description(long, 120)
    assert len(text) == 120 and text.endswith("…")
    assert text[:-1] in " ".join(TEN[:3])


# --- full_text_filter: is_entitled as a query (tag pages, the API's ?tag=) ------------------


@pytest.mark.parametrize("default", ["login", "members", "free", "everyone"])
@pytest.mark.parametrize("persona", ["anonymous", "reader", "member", "moderator", "inactive staff"])
def test_the_query_names_the_articles_entitlement_opens(make_article, request, settings, default, persona):
    from haowen.accounts.entitlement import full_text_filter, is_entitled
    from haowen.library.models import Article

    settings.DEFAULT_ACCESS_LEVEL = default
    for level in ("", "free", "login", "members", "bogus"):  # "bogus": a stray database value
        make_article(title=f"级别{level}", body=f"{level}正文。", access_level=level, index=False)
    if persona == "anonymous":
        user = AnonymousUser()
    elif persona == "inactive staff":
        user = request.getfixturevalue("moderator")
        user.is_active = False
    else:
        user = request.getfixturevalue(persona)
    expected = {a.pk for a in Article.objects.all() if is_entitled(a, user)}
    assert set(Article.objects.filter(full_text_filter(user)).values_list("pk", flat=True)) == expected
    assert set(Article.objects.filter(full_text_filter(None)).values_list("pk", flat=True)) == {
        a.pk for a in Article.objects.all() if is_entitled(a, None)
    }
