"""本周热门 / 本月热门: rolling windows in the site's days, de-duplicated, cached, shown."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from haowen.engagement.pageviews import counter, hot

UTC = dt.timezone.utc
TODAY = dt.date(2024, 3, 10)


@pytest.fixture
def three(make_article):
    return [make_article(f"热门文章{i}", f"第{i}篇文章的正文内容。") for i in range(3)]


def ids(items):
    return [item.id for item in items]


def test_it_uses_rolling_7_and_30_day_windows_at_their_edges(three):
    a, b, c = three
    counter.add_view(a.pk, TODAY - dt.timedelta(days=6), n=5)  # first day of the week window
    counter.add_view(b.pk, TODAY - dt.timedelta(days=7), n=50)  # one day too old for the week
    counter.add_view(c.pk, TODAY - dt.timedelta(days=29), n=7)  # first day of the month window
    counter.add_view(c.pk, TODAY - dt.timedelta(days=30), n=1000)  # too old for both
    assert hot.hot_window(7, TODAY) == (dt.date(2024, 3, 4), TODAY)
    assert hot.hot_window(30, TODAY) == (dt.date(2024, 2, 10), TODAY)
    week = hot.compute_hot(7, TODAY)
    month = hot.compute_hot(30, TODAY)
    assert [(i.id, i.views) for i in week] == [(a.pk, 5)]
    assert [(i.id, i.views) for i in month] == [(b.pk, 50), (c.pk, 7), (a.pk, 5)]


def test_it_cuts_days_at_midnight_in_shanghai(three):
    a, b, _ = three
    # 2024-03-03 15:59:59 UTC = 23:59:59 on the 3rd in Shanghai → outside the week to the 10th.
    counter.record_view("x" * 64, a.pk, now=dt.datetime(2024, 3, 3, 15, 59, 59, tzinfo=UTC))
    # One second later it is 00:00:00 on the 4th in Shanghai → inside.
    counter.record_view("y" * 64, b.pk, now=dt.datetime(2024, 3, 3, 16, 0, 0, tzinfo=UTC))
    assert ids(hot.compute_hot(7, TODAY)) == [b.pk]


def test_it_starts_a_new_day_list_at_local_midnight(three, monkeypatch):
    a, _, _ = three
    counter.add_view(a.pk, dt.date(2024, 3, 3), n=3)
    # 15:59 UTC on the 9th is still the 9th in Shanghai: the 3rd is inside the week.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2024, 3, 9, 15, 59, tzinfo=UTC))
    assert ids(hot.hot_lists()["week"]) == [a.pk]
    # 16:00 UTC on the 9th is the 10th in Shanghai: the 3rd has left the week at once,
    # even though the list for the 9th is still cached.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2024, 3, 9, 16, 0, tzinfo=UTC))
    assert ids(hot.hot_lists()["week"]) == []
    assert ids(hot.hot_lists()["month"]) == [a.pk]


def test_it_folds_near_duplicates_into_their_canonical_article(make_article):
    original = make_article("乡村振兴工作方案", "乡村振兴方案正文。")
    copy = make_article("乡村振兴工作方案（转载）", "乡村振兴方案正文，转载。", canonical=original)
    other = make_article("安全生产通知", "安全生产正文。")
    counter.add_view(original.pk, TODAY, n=3)
    counter.add_view(copy.pk, TODAY, n=4)
    counter.add_view(other.pk, TODAY, n=5)
    week = hot.compute_hot(7, TODAY)
    assert [(i.id, i.views) for i in week] == [(original.pk, 7), (other.pk, 5)]
    assert copy.pk not in ids(week)


def test_it_lists_only_published_articles_and_at_most_ten(make_article):
    articles = [make_article(f"文章{i:02d}", f"正文{i}。") for i in range(12)]
    for n, article in enumerate(articles, start=1):
        counter.add_view(article.pk, TODAY, n=n)
    hidden = articles[-1]
    hidden.is_published = False
    hidden.save()
    week = hot.compute_hot(7, TODAY)
    assert len(week) == 10
    assert ids(week) == [a.pk for a in reversed(articles[1:11])]
    assert hidden.pk not in ids(week)
    assert [i.views for i in week] == sorted((i.views for i in week), reverse=True)


def test_it_serves_cached_lists_without_touching_the_database(three, django_assert_num_queries):
    a, _, _ = three
    counter.add_view(a.pk, timezone.localdate(), n=2)
    first = hot.hot_lists()
    with django_assert_num_queries(0):
        again = hot.hot_lists()
    assert again == first and ids(first["week"]) == [a.pk]


def test_it_shows_the_hot_lists_on_home_and_beside_articles(browser, three):
    a, b, _ = three
    counter.add_view(a.pk, timezone.localdate(), n=9)
    counter.add_view(b.pk, timezone.localdate() - dt.timedelta(days=20), n=4)
    for url in ("/", b.get_absolute_url()):
        html = browser.get(url).content.decode()
        assert "本周热门" in html and "本月热门" in html
        week = html.split('class="hot-list hot-week"', 1)[1].split("</ol>", 1)[0]
        month = html.split('class="hot-list hot-month"', 1)[1].split("</ol>", 1)[0]
        assert a.title in week and b.title not in week
        assert a.title in month and b.title in month
        assert month.index(a.title) < month.index(b.title)


def test_it_says_so_when_nothing_is_hot(browser, three):
    html = browser.get("/").content.decode()
    assert "本周暂无热门文章" in html
