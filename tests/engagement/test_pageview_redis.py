"""View counting in Redis: exact counts, de-duplication, and exactly-once flushing after crashes.

Needs a Redis server (CI starts one on 127.0.0.1:6379); skips cleanly without one.
"""

import datetime as dt
import os

import pytest
from django.core.cache import caches
from django.utils import timezone

from haowen.engagement.pageviews import redis_counter
from haowen.engagement.models import ArticleViewDay, ViewFlush
from haowen.engagement.pageviews.counter import record_view
from haowen.library.models import Article

REDIS = os.environ.get("HAOWEN_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


@pytest.fixture
def redis_counting(settings):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except Exception:
        pytest.skip(f"no Redis server at {REDIS}")
    settings.REDIS_URL = REDIS
    settings.VIEW_COUNTER = "auto"
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS, "KEY_PREFIX": "haowen-test"}
    }
    client = redis.Redis.from_url(REDIS)
    client.flushdb()
    caches["default"].clear()
    yield client
    client.flushdb()


def test_it_counts_in_redis_and_flushes_exact_totals(redis_counting, make_article):
    article = make_article("讲话", "正文。", views=10)
    assert redis_counter.enabled()
    for visitor in ("a", "b", "c"):
        assert record_view(visitor, article.pk)
    assert not record_view("a", article.pk)  # same visitor within the window
    assert redis_counter.pending_total() == 3
    assert Article.objects.get(pk=article.pk).view_count == 10  # not in the database yet
    assert redis_counter.flush() == 3
    assert Article.objects.get(pk=article.pk).view_count == 13
    assert ArticleViewDay.objects.get(article=article).count == 3
    assert redis_counter.pending_total() == 0
    assert redis_counter.flush() == 0


def test_it_recovers_a_flush_that_died_after_renaming(redis_counting, make_article):
    article = make_article("讲话", "正文。")
    today = timezone.localdate()
    record_view("a", article.pk)
    record_view("b", article.pk)
    # a flusher renamed the hash and died before touching the database
    pending = redis_counter._key(redis_counter.PENDING + today.isoformat())
    redis_counting.rename(pending, redis_counter._key(f"{redis_counter.FLUSHING}{today.isoformat()}:dead1"))
    assert redis_counter.flush() == 2
    assert Article.objects.get(pk=article.pk).view_count == 2


def test_it_never_applies_a_batch_twice_when_a_flush_died_after_committing(redis_counting, make_article):
    article = make_article("讲话", "正文。")
    day = timezone.localdate()
    record_view("a", article.pk)
    leftover = f"{day.isoformat()}:dead2"
    redis_counting.rename(
        redis_counter._key(redis_counter.PENDING + day.isoformat()), redis_counter._key(redis_counter.FLUSHING + leftover)
    )
    # the dead flusher had committed this batch: its token is in the database
    ViewFlush.objects.create(token=leftover)
    assert redis_counter.flush() == 0
    assert Article.objects.get(pk=article.pk).view_count == 0
    assert redis_counter.pending_total() == 0


def test_it_drops_views_of_an_article_deleted_before_the_flush(redis_counting, make_article):
    kept = make_article("留下", "正文一。")
    gone = make_article("删除", "正文二。")
    record_view("a", kept.pk)
    record_view("a", gone.pk)
    Article.objects.filter(pk=gone.pk).delete()
    redis_counter.flush()
    assert Article.objects.get(pk=kept.pk).view_count == 1
    assert redis_counter.pending_total() == 0


def test_it_files_views_under_the_site_day(redis_counting, make_article):
    article = make_article("讲话", "正文。")
    late = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    record_view("a", article.pk, now=late)
    redis_counter.flush()
    assert ArticleViewDay.objects.get(article=article).day == dt.date(2026, 3, 1)
