"""Search counts gather in the process and reach the database in one write per query."""

from __future__ import annotations

import pytest

from haowen.search import analytics
from haowen.search.models import QueryDay
from haowen.text.query import parse_query

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_buffer():
    analytics._pending.clear()
    yield
    analytics._pending.clear()


def _rows():
    return {r.query: (r.count, r.anonymous_count, r.results) for r in QueryDay.objects.all()}


def test_counts_wait_for_the_interval_then_land_once(settings, django_assert_num_queries):
    settings.SEARCH_LOG_FLUSH_SECONDS = 3600
    analytics._last_flush[0] = analytics.time.monotonic()
    with django_assert_num_queries(0):
        for _ in range(3):
            analytics.log_search(parse_query("营商环境"), 7, anonymous=True)
        analytics.log_search(parse_query("营商环境"), 8, anonymous=False)
        analytics.log_search(parse_query("乡村振兴"), 2, anonymous=False)
    assert _rows() == {}
    assert analytics.flush() == 2
    assert _rows() == {"营商环境": (4, 3, 8), "乡村振兴": (1, 0, 2)}
    # A second interval adds to the same row of the day.
    analytics.log_search(parse_query("营商环境"), 9, anonymous=True)
    analytics.flush()
    assert _rows()["营商环境"] == (5, 4, 9)
    assert analytics.flush() == 0


def test_a_search_after_the_interval_writes(settings):
    settings.SEARCH_LOG_FLUSH_SECONDS = 3600
    analytics._last_flush[0] = analytics.time.monotonic()
    analytics.log_search(parse_query("述职报告"), 3, anonymous=True)
    assert _rows() == {}
    analytics._last_flush[0] -= 3601
    analytics.log_search(parse_query("述职报告"), 3, anonymous=True)
    assert _rows() == {"述职报告": (2, 2, 3)}


def test_a_full_buffer_writes_whatever_the_time(settings, monkeypatch):
    settings.SEARCH_LOG_FLUSH_SECONDS = 3600
    analytics._last_flush[0] = analytics.time.monotonic()
    monkeypatch.setattr(analytics, "PENDING_MAX", 3)
    for word in ("通知", "方案", "总结"):
        analytics.log_search(parse_query(word + "范文"), 1, anonymous=True)
    assert len(_rows()) == 3
    assert analytics._pending == {}


def test_a_failed_write_loses_the_batch_not_the_search(settings, monkeypatch):
    settings.SEARCH_LOG_FLUSH_SECONDS = 0

    def locked(*args, **kwargs):
        raise analytics.DatabaseError("database is locked")

    monkeypatch.setattr(analytics.QueryDay.objects, "filter", locked)
    analytics.log_search(parse_query("营商环境"), 1, anonymous=True)  # no exception
    assert analytics._pending == {}
