"""View counting: de-duplication window, bots, staff, day rollups, totals, concurrency."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connection, connections
from django.test import Client

from haowen.engagement.pageviews import counter
from haowen.engagement.models import ArticleViewDay, ViewMark
from haowen.library.models import Article

from .conftest import BROWSER_UA

UTC = dt.timezone.utc


def views(article) -> int:
    return Article.objects.get(pk=article.pk).view_count


def rollup(article) -> dict[dt.date, int]:
    return dict(ArticleViewDay.objects.filter(article=article).values_list("day", "count"))


def test_it_counts_a_first_view_and_shows_it(browser, article):
    response = browser.get(article.get_absolute_url())
    assert response.status_code == 200
    assert views(article) == 186  # 185 imported + 1
    assert '<span class="views">186</span>' in response.content.decode()
    assert sum(rollup(article).values()) == 1


def test_it_counts_a_visitor_once_while_they_reload(browser, article):
    for _ in range(5):
        assert browser.get(article.get_absolute_url()).status_code == 200
    assert views(article) == 186


def test_it_counts_again_after_the_30_minute_window(article):
    t0 = dt.datetime(2024, 3, 10, 2, 0, tzinfo=UTC)
    visitor = "v" * 64
    assert counter.record_view(visitor, article.pk, now=t0) is True
    assert counter.record_view(visitor, article.pk, now=t0 + dt.timedelta(minutes=29, seconds=59)) is False
    assert counter.record_view(visitor, article.pk, now=t0 + dt.timedelta(minutes=30)) is True
    assert counter.record_view(visitor, article.pk, now=t0 + dt.timedelta(minutes=45)) is False
    assert views(article) == 187


def test_it_deduplicates_across_processes_through_the_database(article):
    """Another worker process has its own cache: the database mark still holds."""
    t0 = dt.datetime(2024, 3, 10, 2, 0, tzinfo=UTC)
    assert counter.record_view("w" * 64, article.pk, now=t0) is True
    cache.clear()  # what a second process sees: neither its cache…
    counter.forget_seen_here()  # …nor its own memory knows the visitor
    assert counter.record_view("w" * 64, article.pk, now=t0 + dt.timedelta(minutes=10)) is False
    # …and it learns *when* the visitor was counted, so the window still ends on time.
    assert counter.record_view("w" * 64, article.pk, now=t0 + dt.timedelta(minutes=31)) is True
    assert views(article) == 187


@pytest.mark.parametrize(
    "ua",
    [
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
        "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)",
        "curl/8.4.0",
        "",
    ],
)
def test_it_does_not_count_bots(client, article, ua):
    response = client.get(article.get_absolute_url(), HTTP_USER_AGENT=ua)
    assert response.status_code == 200
    assert views(article) == 185
    assert not ArticleViewDay.objects.exists()


def test_it_does_not_count_staff_previews(client, article, moderator):
    client.force_login(moderator)
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
    assert views(article) == 185


def test_it_does_not_count_head_requests(browser, article):
    browser.head(article.get_absolute_url())
    assert views(article) == 185


def test_it_tells_cookieless_visitors_apart_by_ip_and_user_agent(article):
    url = article.get_absolute_url()
    Client().get(url, HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="10.0.0.1")
    Client().get(url, HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="10.0.0.1")  # same person, no cookies
    assert views(article) == 186
    Client().get(url, HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR="10.0.0.2")
    Client().get(url, HTTP_USER_AGENT=BROWSER_UA + " Edge", REMOTE_ADDR="10.0.0.1")
    assert views(article) == 188


def test_it_counts_a_logged_in_reader_once_across_devices(article, reader):
    for ip in ("10.0.0.1", "10.0.0.9"):
        c = Client()
        c.force_login(reader)
        c.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR=ip)
    assert views(article) == 186


def test_it_stores_no_raw_visitor_data(browser, article):
    browser.get(article.get_absolute_url(), REMOTE_ADDR="203.0.113.7")
    mark = ViewMark.objects.get()
    assert len(mark.visitor) == 64 and "203.0.113.7" not in mark.visitor


def test_it_counts_nothing_when_view_counting_is_off(browser, article, settings):
    settings.VIEW_COUNTING = False
    browser.get(article.get_absolute_url())
    assert views(article) == 185


def test_it_rolls_views_up_by_day_in_the_site_time_zone(article):
    # 2024-03-10 15:59:59 UTC is 23:59:59 in Shanghai; one second later it is the 11th.
    late = dt.datetime(2024, 3, 10, 15, 59, 59, tzinfo=UTC)
    counter.record_view("a" * 64, article.pk, now=late)
    counter.record_view("b" * 64, article.pk, now=late + dt.timedelta(seconds=1))
    counter.record_view("c" * 64, article.pk, now=late + dt.timedelta(seconds=2))
    assert rollup(article) == {dt.date(2024, 3, 10): 1, dt.date(2024, 3, 11): 2}


def test_it_keeps_the_total_as_imported_views_plus_rollups(article):
    counter.add_view(article.pk, dt.date(2024, 1, 1), n=3)
    counter.add_view(article.pk, dt.date(2024, 1, 2), n=4)
    assert views(article) == 185 + 7
    Article.objects.filter(pk=article.pk).update(view_count=0)  # drifted, e.g. restored from an old backup
    call_command("rebuild_view_counts", stdout=open("/dev/null", "w"))
    assert views(article) == 192


def test_it_serves_the_page_when_counting_fails(browser, article, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(counter, "record_view", broken)
    response = browser.get(article.get_absolute_url())
    assert response.status_code == 200
    assert views(article) == 185


def test_it_prunes_expired_marks(article):
    t0 = dt.datetime(2024, 3, 10, 2, 0, tzinfo=UTC)
    counter.record_view("p" * 64, article.pk, now=t0)
    counter.record_view("q" * 64, article.pk, now=t0 + dt.timedelta(minutes=20))
    assert counter.prune_marks(now=t0 + dt.timedelta(minutes=35)) == 1
    assert list(ViewMark.objects.values_list("visitor", flat=True)) == ["q" * 64]


@pytest.mark.django_db(transaction=True)
def test_it_loses_no_view_under_concurrent_requests(make_article):
    """N threads, each its own connection, view one article at once on SQLite (WAL)."""
    if connection.vendor == "sqlite":
        assert connection.settings_dict["NAME"] != ":memory:" and "mode=memory" not in str(connection.settings_dict["NAME"])
    article = make_article("并发测试", "并发计数的正文。", views=10)
    threads_n, per_thread = 12, 5
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads_n)

    def worker(i: int):
        try:
            barrier.wait()
            for j in range(per_thread):
                # distinct visitors → every view counts
                counter.record_view(f"{i:02d}-{j:02d}".ljust(64, "x"), article.pk)
                # the same visitor from every thread → counted once in all
                counter.record_view("shared".ljust(64, "s"), article.pk)
        except BaseException as exc:  # noqa: BLE001 - the test reports every escape
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    expected = threads_n * per_thread + 1
    assert Article.objects.get(pk=article.pk).view_count == 10 + expected
    assert sum(ArticleViewDay.objects.filter(article=article).values_list("count", flat=True)) == expected


@pytest.mark.django_db(transaction=True)
def test_it_loses_no_view_when_the_page_is_hit_concurrently(make_article):
    article = make_article("并发页面", "并发页面的正文。")
    n = 8
    errors: list[BaseException] = []
    statuses: list[int] = []
    barrier = threading.Barrier(n)

    def worker(i: int):
        try:
            barrier.wait()
            response = Client().get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA, REMOTE_ADDR=f"10.1.0.{i}")
            statuses.append(response.status_code)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and statuses == [200] * n
    assert Article.objects.get(pk=article.pk).view_count == n


def test_it_ignores_forged_forwarded_for_hops_behind_the_proxy(article, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    url = article.get_absolute_url()
    for forged in ("1.1.1.1", "2.2.2.2", "3.3.3.3"):
        Client().get(url, HTTP_USER_AGENT=BROWSER_UA, HTTP_X_FORWARDED_FOR=f"{forged}, 198.51.100.7")
    assert views(article) == 186
