"""Genres and topics in the admin: filters, the change form's check, re-guessing, topics."""

from __future__ import annotations

import html

from django.test import Client

from haowen.library import version
from haowen.library.models import Article, IndexLogEntry, Topic
from tests.accounts.test_admin import _form_data


def _change(client, article, **changes):
    url = f"/admin/library/article/{article.pk}/change/"
    data = {k: html.unescape(v) for k, v in _form_data(client.get(url).content.decode()).items()}
    data.update(changes)
    return client.post(url, data)


def test_the_article_list_filters_by_genre_and_subgenre(client, make_article, superuser):
    speech = make_article("在全县工作会议上的讲话", "同志们：\n开会。", kind="remarks", index=False)
    notice = make_article("关于开展检查的通知", "各单位：\n通知如下。", kind="notice", index=False)
    client.force_login(superuser)
    page = client.get("/admin/library/article/").content.decode()
    assert "?genre__exact=speech" in page and "?subgenre__exact=notice" in page and "讲话稿" in page
    only = client.get("/admin/library/article/", {"genre__exact": "official"}).content.decode()
    assert f"/admin/library/article/{notice.pk}/change/" in only and f"/admin/library/article/{speech.pk}/change/" not in only
    sub = client.get("/admin/library/article/", {"subgenre__exact": "remarks"}).content.decode()
    assert f"/admin/library/article/{speech.pk}/change/" in sub and f"/admin/library/article/{notice.pk}/change/" not in sub


def test_staff_change_the_genre_and_a_wrong_pair_is_refused(client, make_article, superuser):
    article = make_article("在全县工作会议上的讲话", "同志们：\n开会。", kind="remarks", index=False)
    client.force_login(superuser)
    before_log, before_version = IndexLogEntry.objects.count(), version.current()
    refused = _change(client, article, genre="report", subgenre="remarks")
    assert refused.status_code == 200 and "不属于文种" in refused.content.decode()
    article.refresh_from_db()
    assert (article.genre, article.subgenre) == ("speech", "remarks")
    done = _change(client, article, genre="speech", subgenre="host")
    assert done.status_code == 302
    article.refresh_from_db()
    assert (article.genre, article.subgenre) == ("speech", "host")
    assert IndexLogEntry.objects.count() == before_log + 1  # the search facet follows
    version.forget()
    assert version.current() > before_version  # lists by genre drop the old state
    cleared = _change(client, article, genre="official", subgenre="")
    assert cleared.status_code == 302
    article.refresh_from_db()
    assert (article.genre, article.subgenre) == ("official", "")


def test_the_reguess_action_sets_genres_from_titles(client, make_article, superuser):
    wrong = make_article("关于开展安全生产大检查的通知", "各乡镇：\n通知如下。", kind="news", index=False)
    unknown = make_article("随便写的题目", "没有文种的正文。", kind="remarks", index=False)
    client.force_login(superuser)
    response = client.post("/admin/library/article/", {
        "action": "reguess_genre", "_selected_action": [wrong.pk, unknown.pk]}, follow=True)
    assert "重新推测了 2 篇，其中 1 篇文种有变化" in response.content.decode()
    assert Article.objects.values_list("genre", "subgenre").get(pk=wrong.pk) == ("official", "notice")
    assert Article.objects.values_list("genre", "subgenre").get(pk=unknown.pk) == ("speech", "remarks")  # kept


def test_staff_curate_a_topic_with_articles(client, make_article, superuser):
    first = make_article("乡村振兴调研报告", "乡村振兴。", kind="research", index=False)
    second = make_article("在乡村振兴推进会上的讲话", "同志们：\n乡村振兴。", kind="remarks", index=False)
    client.force_login(superuser)
    form = client.get("/admin/library/topic/add/").content.decode()
    assert 'name="entries-0-article"' in form and 'name="query"' in form
    data = {
        "title": "乡村振兴", "slug": "xiangcun-zhenxing", "description": "乡村振兴范文。", "query": "乡村振兴",
        "genre": "", "position": "1", "on_home": "on", "is_published": "on",
        "entries-TOTAL_FORMS": "2", "entries-INITIAL_FORMS": "0", "entries-MIN_NUM_FORMS": "0", "entries-MAX_NUM_FORMS": "1000",
        "entries-0-article": str(second.pk), "entries-0-position": "2",
        "entries-1-article": str(first.pk), "entries-1-position": "1",
    }
    before = version.current()
    response = client.post("/admin/library/topic/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    topic = Topic.objects.get(slug="xiangcun-zhenxing")
    assert [e.article_id for e in topic.entries.all()] == [first.pk, second.pk]
    version.forget()
    assert version.current() > before
    page = Client().get("/zhuanti/xiangcun-zhenxing/").content.decode()
    assert page.index("乡村振兴调研报告") < page.index("在乡村振兴推进会上的讲话")
    assert "乡村振兴</a>" in Client().get("/").content.decode()
