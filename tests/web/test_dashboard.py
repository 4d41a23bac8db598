"""The operator's dashboard (issue 16): figures match the database; charts are server-side SVG."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.apps import apps
from django.utils import timezone

from haowen.engagement.models import ArticleViewDay
from haowen.library.models import Article
from haowen.payments.models import Purpose, State, TipOrder
from haowen.web import dashboard

try:
    QUERY_LOG = apps.get_model("search", "QueryDay")
except LookupError:
    QUERY_LOG = None


def _order(n, purpose, fen, state, paid_at, user=None, article=None):
    return TipOrder.objects.create(
        out_trade_no=f"HWTEST{n:026d}", purpose=purpose, amount_fen=fen, state=state, provider="sandbox",
        paid_at=paid_at, user=user, article=article, expires_at=paid_at,
        membership_days=30 if purpose == Purpose.MEMBERSHIP else None, plan_name="月度会员",
    )


@pytest.fixture
def data(make_article, django_user_model, page_settings):
    today = timezone.localdate()
    tz = timezone.get_current_timezone()

    def at(days_ago, hour=10):
        return timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour)), tz)

    a, b, c = (make_article(title=t, body=f"{t}的正文。", index=False) for t in ("甲<文>", "乙文", "丙文"))
    Article.objects.filter(pk=c.pk).update(created_at=at(40))  # imported before the window
    for art, days_ago, n in [(a, 0, 5), (a, 1, 7), (b, 1, 20), (b, 10, 100), (c, 35, 999)]:
        ArticleViewDay.objects.create(article=art, day=today - dt.timedelta(days=days_ago), count=n)
    u1, u2 = (django_user_model.objects.create_user(name) for name in ("u1", "u2"))
    _order(1, Purpose.TIP, 666, State.PAID, at(0, 0), article=a)  # local midnight: today
    _order(2, Purpose.TIP, 100, State.REFUNDED, at(0), article=a)  # refunded: no revenue
    _order(3, Purpose.MEMBERSHIP, 1500, State.PAID, at(2), user=u1)
    _order(4, Purpose.MEMBERSHIP, 1500, State.PAID, at(0), user=u1)  # u1's renewal: not new
    _order(5, Purpose.MEMBERSHIP, 9800, State.PAID, at(0), user=u2)
    _order(6, Purpose.MEMBERSHIP, 1500, State.PENDING, at(0), user=u2)
    if QUERY_LOG is not None:  # the search app's per-day query log, where it exists
        for days_ago, query, count, results in [(0, "讲话", 5, 3), (1, "讲话", 4, 3), (2, "无此词", 2, 0),
                                                 (0, "<b>x", 1, 0), (9, "旧词", 99, 0)]:
            QUERY_LOG.objects.create(day=today - dt.timedelta(days=days_ago), query=query, count=count, results=results)
    return {"today": today, "a": a, "b": b}


def test_the_figures_match_the_database(data):
    f = dashboard.figures(data["today"])
    assert len(f["days"]) == 30 and f["days"][-1] == data["today"]
    assert f["views"][-1] == 5 and f["views"][-2] == 27 and f["views"][-11] == 100 and sum(f["views"]) == 132
    assert f["tips_fen"][-1] == 666 and sum(f["tips_fen"]) == 666
    assert f["membership_fen"][-1] == 11300 and f["membership_fen"][-3] == 1500
    assert f["new_members"][-1] == 1 and f["new_members"][-3] == 1 and sum(f["new_members"]) == 2
    assert f["imports"][-1] == 2 and sum(f["imports"]) == 2
    assert f["top_week"] == [(data["b"].pk, "乙文", 20), (data["a"].pk, "甲<文>", 12)]
    if QUERY_LOG is None:
        assert f["searches"] is None  # no search log: the panel is left out
    else:
        assert f["searches"] == {"top": [("讲话", 9), ("无此词", 2), ("<b>x", 1)], "zero": [("无此词", 2), ("<b>x", 1)]}


def test_the_page_is_for_staff_and_draws_svg_without_scripts(data, client, admin_client):
    assert client.get("/admin/dashboard/").status_code == 302
    response = admin_client.get("/admin/dashboard/")
    html = response.content.decode()
    assert response.status_code == 200 and "运营概览" in html
    assert html.count('<svg class="chart"') == 4 and "viewBox" in html
    assert "¥128" in html and "¥6.66" in html and "¥134.66" in html  # members, tips, revenue in yuan
    assert "甲&lt;文&gt;" in html and "甲<文>" not in html
    assert not re.search(r"<script[^>]+src=\"https?://", html)
    assert ("dashboard-searches" in html) == (QUERY_LOG is not None)
    if QUERY_LOG is not None:
        assert "&lt;b&gt;x — 1" in html and "<b>x" not in html


def test_an_empty_site_draws_flat_charts(db, page_settings, admin_client):  # sessions may live in the cache: clear it first
    html = admin_client.get("/admin/dashboard/").content.decode()
    assert html.count('<svg class="chart"') == 4 and "本周还没有阅读记录" in html
