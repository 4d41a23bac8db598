"""The reader's own space (我的, issue 16 part 2): 收藏 with a plain form button, a searchable,
removable list; 阅读历史 (the last 200, clearable, off per reader); the account page; the API
token link out of the header."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from haowen.accounts import services
from haowen.accounts.models import Favorite, ReadingHistory
from haowen.engagement.models import Comment


@pytest.fixture
def two(make_article, page_settings):
    return [
        make_article(title="在全区安全生产工作会议上的讲话", body="同志们：\n今天召开会议。", index=False),
        make_article(title="关于开展<b>卫生</b>检查的通知", body="各单位：\n现将有关事项通知如下。", index=False),
    ]


@pytest.fixture
def signed_in(client, reader):
    client.force_login(reader)
    return client


def test_the_article_page_has_a_favorite_button_that_works_without_javascript(signed_in, reader, two):
    article = two[0]
    html = signed_in.get(article.get_absolute_url()).content.decode()
    assert f'action="/accounts/favorites/{article.pk}/"' in html and "☆ 收藏" in html and "csrfmiddlewaretoken" in html
    response = signed_in.post(f"/accounts/favorites/{article.pk}/", {"action": "add", "next": article.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == article.get_absolute_url()
    html = signed_in.get(article.get_absolute_url()).content.decode()
    assert "★ 已收藏" in html and "已收藏，可在“我的收藏”中查看" in html
    signed_in.post(f"/accounts/favorites/{article.pk}/", {"action": "add"})  # twice: still one
    assert Favorite.objects.filter(user=reader).count() == 1
    signed_in.post(f"/accounts/favorites/{article.pk}/", {"action": "remove", "next": "https://evil.example/"})
    assert not Favorite.objects.exists()


def test_anonymous_readers_are_sent_to_sign_in(client, two, db):
    article = two[0]
    html = client.get(article.get_absolute_url()).content.decode()
    assert f"/accounts/login/?next=/a/{article.pk}/" in html
    response = client.post(f"/accounts/favorites/{article.pk}/", {"action": "add"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    assert client.get("/accounts/favorites/").status_code == 302 and not Favorite.objects.exists()


def test_favorites_of_withdrawn_or_missing_articles(signed_in, two):
    assert signed_in.post("/accounts/favorites/999999/", {"action": "add"}).status_code == 404
    assert signed_in.get("/accounts/favorites/999999/").status_code == 405
    two[1].is_published = False
    two[1].save()
    assert signed_in.post(f"/accounts/favorites/{two[1].pk}/", {"action": "add"}).status_code == 404


def test_the_favorites_list_searches_titles_escapes_and_removes(signed_in, reader, two):
    for a in two:
        services.add_favorite(reader, a)
    html = signed_in.get("/accounts/favorites/").content.decode()
    assert "安全生产" in html and "&lt;b&gt;卫生&lt;/b&gt;" in html and "<b>卫生" not in html
    html = signed_in.get("/accounts/favorites/", {"q": " 卫生 "}).content.decode()
    assert "卫生" in html and "安全生产" not in html
    html = signed_in.get("/accounts/favorites/", {"q": "<script>x"}).content.decode()
    assert "没有标题包含“&lt;script&gt;x”" in html
    assert signed_in.get("/accounts/favorites/", {"q": "讲" * 5000, "page": "x"}).status_code == 200
    signed_in.post(f"/accounts/favorites/{two[1].pk}/", {"action": "remove", "next": "/accounts/favorites/"})
    assert list(Favorite.objects.values_list("article_id", flat=True)) == [two[0].pk]


def test_history_records_what_a_reader_opens_newest_first(signed_in, reader, two, client):
    signed_in.get(two[0].get_absolute_url())
    signed_in.get(two[1].get_absolute_url())
    html = signed_in.get("/accounts/history/").content.decode()
    assert html.index("卫生") < html.index("安全生产") and ReadingHistory.objects.count() == 2
    first = ReadingHistory.objects.get(article=two[0]).read_at
    signed_in.get(two[0].get_absolute_url())  # again at once: no write
    assert ReadingHistory.objects.get(article=two[0]).read_at == first
    services.record_read(reader, two[0], now=timezone.now() + dt.timedelta(minutes=10))
    html = signed_in.get("/accounts/history/").content.decode()
    assert html.index("安全生产") < html.index("卫生") and ReadingHistory.objects.count() == 2


def test_history_keeps_the_last_200(reader, make_article, db):
    now = timezone.now()
    articles = [make_article(title=f"文章{i}", body=f"第{i}篇的正文。", index=False) for i in range(205)]
    for i, a in enumerate(articles):
        services.record_read(reader, a, now=now + dt.timedelta(seconds=i))
    kept = set(ReadingHistory.objects.filter(user=reader).values_list("article_id", flat=True))
    assert len(kept) == 200 and articles[0].pk not in kept and articles[-1].pk in kept


def test_history_is_clearable_and_off_per_reader(signed_in, reader, two, django_user_model):
    other = django_user_model.objects.create_user("other")
    services.record_read(other, two[0])
    signed_in.get(two[0].get_absolute_url())
    assert signed_in.post("/accounts/history/", {"action": "clear"}).status_code == 302
    assert not ReadingHistory.objects.filter(user=reader).exists()
    assert ReadingHistory.objects.filter(user=other).count() == 1  # only the reader's own
    signed_in.get(two[0].get_absolute_url())
    signed_in.post("/accounts/history/", {"action": "off"})
    assert not ReadingHistory.objects.filter(user=reader).exists()
    signed_in.get(two[1].get_absolute_url())
    assert not ReadingHistory.objects.filter(user=reader).exists()
    assert "阅读历史已关闭" in signed_in.get("/accounts/history/").content.decode()
    signed_in.post("/accounts/history/", {"action": "on"})
    signed_in.get(two[1].get_absolute_url())
    assert ReadingHistory.objects.filter(user=reader).count() == 1
    assert signed_in.post("/accounts/history/", {"action": "<x>"}).status_code == 302


def test_forms_need_csrf(reader, two, db):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reader)
    assert strict.post(f"/accounts/favorites/{two[0].pk}/", {"action": "add"}).status_code == 403
    assert strict.post("/accounts/history/", {"action": "clear"}).status_code == 403


def test_writes_are_rate_limited(signed_in, two, monkeypatch):
    from haowen.accounts import views
    from haowen.limits import Rate

    monkeypatch.setattr(views, "SPACE_RATE", Rate(3, 60))
    codes = [signed_in.post(f"/accounts/favorites/{two[0].pk}/", {"action": "add"}).status_code for _ in range(4)]
    assert codes == [302, 302, 302, 429]


def test_the_account_page_gathers_everything_and_the_header_links_it(signed_in, reader, two):
    services.add_favorite(reader, two[0])
    services.record_read(reader, two[1])
    Comment.objects.create(article=two[0], user=reader, body="写得很好<script>", status="published")
    html = signed_in.get("/accounts/me/").content.decode()
    for text in ("我的账户：reader", "您还不是会员", "我的赏赞", "写得很好&lt;script&gt;", "安全生产", "卫生", "/api/tokens/", "联系客服"):
        assert text in html, text
    header = html.split("<main", 1)[0]
    assert "/api/tokens/" not in header and 'href="/accounts/me/"' in header
    assert Client().get("/accounts/me/").status_code == 302


@pytest.fixture
def gated(make_article, page_settings):
    body = "\n".join(["一、总体要求"] + [f"第{i}段公开的内容，介绍背景情况并继续说明。" for i in range(1, 8)]
                     + [f"第{i}段，会员才能打印的内容。" for i in range(8, 30)])
    return make_article(title="会员专享的方案", body=body, index=False, access_level="members")


def test_copy_and_print_are_offered_only_to_entitled_readers(signed_in, reader, gated, two, client):
    from haowen.accounts.services import grant_membership

    html = signed_in.get(gated.get_absolute_url()).content.decode()
    assert "复制全文" not in html and f"/a/{gated.pk}/print/" not in html
    refused = signed_in.get(f"/a/{gated.pk}/print/")
    assert refused.status_code == 403 and "会员才能打印" not in refused.content.decode()
    assert "开通会员" in refused.content.decode()
    grant_membership(reader, days=30)
    html = signed_in.get(gated.get_absolute_url()).content.decode()
    assert "复制全文" in html and f'href="/a/{gated.pk}/print/"' in html and "doc_actions.js" in html
    printed = signed_in.get(f"/a/{gated.pk}/print/")
    page = printed.content.decode()
    assert printed.status_code == 200 and "会员才能打印的内容" in page and printed["Cache-Control"] == "private, no-store"
    assert 'class="topbar"' not in page and "<footer" not in page  # no site chrome
    assert '<p class="print-h">一、总体要求</p>' in page
    assert Client().get(f"/a/{gated.pk}/print/").status_code == 403
    assert Client().get("/a/999999/print/").status_code == 404


def test_a_repeat_read_in_the_same_process_asks_the_database_nothing(reader, two, django_assert_num_queries):
    services.record_read(reader, two[0])
    assert ReadingHistory.objects.filter(user=reader).count() == 1
    with django_assert_num_queries(0):
        services.record_read(reader, two[0])
    # Another article, or the same one after the reader cleared the history, is recorded.
    services.record_read(reader, two[1])
    services.clear_history(reader)
    services.record_read(reader, two[0])
    assert list(ReadingHistory.objects.filter(user=reader).values_list("article_id", flat=True)) == [two[0].pk]


def test_the_prerendered_reader_tools_carry_each_reader_s_own_token(two, django_user_model):
    import re

    pages = []
    for name in ("first", "second"):
        client = Client(enforce_csrf_checks=True)
        client.force_login(django_user_model.objects.create_user(name))
        html = client.get(two[0].get_absolute_url()).content.decode()
        form = re.search(r'<form class="favorite-form".*?</form>', html, re.S).group(0)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        pages.append((client, token))
    assert pages[0][1] != pages[1][1]  # masked tokens differ per render; each must still work
    for client, token in pages:
        response = client.post(f"/accounts/favorites/{two[0].pk}/", {"csrfmiddlewaretoken": token, "action": "add",
                                                                       "next": two[0].get_absolute_url()})
        assert response.status_code == 302
    assert Favorite.objects.filter(article=two[0]).count() == 2
