"""The anonymous page cache: faster pages that never outlive a change or widen what a reader sees."""

import pytest
from django.core.cache import cache
from django.test import Client

from haowen.library.models import AccessLevel, Article
from haowen.library.services import update_article

MARKER = "第三段独有的标记句子在这里。"
BODY = "第一段：同志们好。\n第二段：继续讲。\n" + MARKER + "\n第四段。\n第五段。\n第六段。"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def get(client, url):
    return client.get(url, HTTP_USER_AGENT=BROWSER_UA)


def test_it_serves_the_second_anonymous_view_from_the_cache_and_still_counts_it(cached, make_article):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    first = get(Client(REMOTE_ADDR="10.0.0.1"), url)
    assert first["X-Page-Cache"] == "miss"
    second = get(Client(REMOTE_ADDR="10.0.0.2"), url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second and second["Content-Type"].startswith("text/html")
    # two different visitors: both counted, the cached one too
    assert Article.objects.get(pk=article.pk).view_count == 2
    # the same visitor again within the window is not counted twice
    get(Client(REMOTE_ADDR="10.0.0.2"), url)
    assert Article.objects.get(pk=article.pk).view_count == 2


def test_it_never_serves_a_page_after_the_article_changed(cached, make_article):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    assert MARKER in get(Client(), url).content.decode()
    update_article(Article.objects.get(pk=article.pk), access_level=AccessLevel.MEMBERS)
    after = get(Client(), url)
    assert after["X-Page-Cache"] == "miss"
    assert MARKER not in after.content.decode()


def test_it_bypasses_the_cache_for_logged_in_readers(cached, make_article, django_user_model):
    article = make_article("务虚会讲话", BODY)  # site default: login required for the full text
    url = article.get_absolute_url()
    anonymous = get(Client(), url)
    assert MARKER not in anonymous.content.decode()
    reader = django_user_model.objects.create_user("reader", password="pw-123456789")
    client = Client()
    client.force_login(reader)
    page = get(client, url)
    assert not page.has_header("X-Page-Cache")
    assert MARKER in page.content.decode()


def test_it_does_not_cache_unknown_or_withdrawn_articles(cached, make_article):
    article = make_article("务虚会讲话", BODY)
    assert get(Client(), "/a/999999/").status_code == 404
    Article.objects.filter(pk=article.pk).update(is_published=False)
    assert get(Client(), article.get_absolute_url()).status_code == 404


def test_the_home_page_caches_its_lists_briefly(client, make_article):
    from django.test.utils import CaptureQueriesContext
    from django.db import connection

    make_article("第一篇讲话", "正文一。")
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert "第一篇讲话" in client.get("/").content.decode()
    assert not any("ORDER BY" in q["sql"] and "library_article" in q["sql"] for q in queries.captured_queries)
